"""A little 3-D for the three-quarter views: vectors, two-bone IK in space, an orthographic
camera and a torso built from cross-sections."""

from __future__ import annotations

import math
from dataclasses import dataclass

from figure import (
    DIMS,
    Blob,
    Built,
    Tube,
)
from geom import P


@dataclass(frozen=True)
class V3:
    """A 3-D point or vector: x to the viewer's right (front view), y up, z towards the viewer
    (or, for Fig3, x to the figure's left, y up, z forwards)."""

    x: float
    y: float
    z: float

    def __add__(self, o: V3) -> V3:
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o: V3) -> V3:
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k: float) -> V3:
        return V3(self.x * k, self.y * k, self.z * k)

    def dot(self, o: V3) -> float:
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o: V3) -> V3:
        return V3(
            self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x
        )

    def length(self) -> float:
        return math.sqrt(self.dot(self))

    def unit(self) -> V3:
        n = self.length()
        return self * (1 / n) if n else self


def two_bone3(root: V3, target: V3, l1: float, l2: float, pole: V3) -> tuple[V3, V3]:
    """3-D two-bone IK: (middle joint, end) with exact bone lengths; the middle joint bends
    towards `pole` (a direction)."""
    d_vec = target - root
    d = min(d_vec.length(), l1 + l2 - 1e-6)
    u = d_vec.unit()
    a = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - a * a, 0.0))
    side = (pole - u * pole.dot(u)).unit()
    mid = root + u * a + side * h
    return mid, mid + (root + u * d - mid).unit() * l2


def sph(toward: float, drop: float, fwd: float = 1.0) -> V3:
    """A front-view direction: `toward` degrees from straight ahead (towards the viewer) to
    the viewer's right, `drop` degrees below horizontal."""
    t, dr = math.radians(toward), math.radians(drop)
    return V3(math.sin(t) * math.cos(dr), -math.sin(dr), fwd * math.cos(t) * math.cos(dr))


@dataclass
class FrontArms3:
    """Projects 3-D arm joints given in the chest frame of a FrontFigure (x viewer-right,
    y up from the waist, z towards the viewer) onto the page, including the chest yaw."""

    built: Built
    yaw: float = 0.0

    def p(self, v: V3) -> P:
        s = self.built.s
        c, sn = math.cos(math.radians(self.yaw)), math.sin(math.radians(self.yaw))
        return self.built.j["waist"] + P((v.x * c + v.z * sn) * s, -v.y * s)

    def depth(self, v: V3) -> float:
        c, sn = math.cos(math.radians(self.yaw)), math.sin(math.radians(self.yaw))
        return v.z * c - v.x * sn

    def tubes(self, sh: V3, el: V3, wr: V3, tip: V3) -> list:
        s = self.built.s
        a, b, c, d = (self.p(q) for q in (sh, el, wr, tip))
        return [
            Tube([a, b], DIMS.w_upper * s),
            Tube([b, c], DIMS.w_fore * s),
            Tube([c, d], DIMS.w_hand * s),
        ]


SHOULDER3 = {"r": V3(-20.5, 26.0, 0.0), "l": V3(20.5, 26.0, 0.0)}  # FrontFigure, front view


def lerp3(a: V3, b: V3, t: float) -> V3:
    return a + (b - a) * t


# Torso cross-sections (paper edge) as (height, half-width, front, back) in the pelvis frame
# (origin: between the hip joints) and the chest frame (origin: the waist). They follow the
# front-view and side-view outlines of figure.py, so the 3/4 torso matches both.
_SEC_PELVIS = [
    (-10.0, 8.0, 4.0, -7.0),
    (-8.0, 14.5, 6.5, -9.5),
    (-1.0, 17.0, 9.5, -13.0),
    (9.0, 17.2, 10.0, -12.5),
    (22.0, 16.0, 10.0, -10.5),
]


_SEC_CHEST = [
    (0.0, 16.0, 10.0, -10.5),
    (15.0, 18.3, 13.0, -12.0),
    (26.5, 21.5, 11.5, -10.5),
    (32.0, 17.5, 6.5, -9.0),
    (34.5, 8.0, 3.0, -5.0),
]


def hull(points: list[P]) -> list[P]:
    """Convex hull (monotone chain), counter-clockwise on screen."""
    pts = sorted(set((round(q.x, 2), round(q.y, 2)) for q in points))

    def cross(o: tuple, a: tuple, b: tuple) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple] = []
    upper: list[tuple] = []
    for q in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], q) <= 0:
            lower.pop()
        lower.append(q)
    for q in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], q) <= 0:
            upper.pop()
        upper.append(q)
    return [P(x, y) for x, y in lower[:-1] + upper[:-1]]


@dataclass
class Cam:
    """An orthographic camera: `yaw` turns the view (negative: seen from the figure's
    front-left, so it faces the viewer's left), `tilt` looks down from above."""

    origin: P
    s: float
    yaw: float
    tilt: float

    def _rot(self, v: V3) -> tuple[float, float, float]:
        c, sn = math.cos(math.radians(self.yaw)), math.sin(math.radians(self.yaw))
        x = v.z * sn + v.x * c  # figure coords: x = figure's left, y up, z forwards
        d = v.z * c - v.x * sn
        ct, st = math.cos(math.radians(self.tilt)), math.sin(math.radians(self.tilt))
        return x, -v.y * ct + d * st, d * ct + v.y * st

    def p(self, v: V3) -> P:
        x, y, _ = self._rot(v)
        return self.origin + P(x * self.s, y * self.s)

    def depth(self, v: V3) -> float:
        return self._rot(v)[2]


def torso3(cam: Cam, lean_p: float, lean_c: float) -> tuple[list[Blob], dict[str, V3]]:
    """The projected torso (pelvis and chest blobs, merged by their layer) and a few 3-D
    landmarks, for a torso leaning forward by `lean_p` (pelvis) and `lean_c` (chest) degrees."""
    d = DIMS

    def frame(lean: float) -> tuple[V3, V3]:
        r = math.radians(lean)
        return V3(0, math.cos(r), math.sin(r)), V3(0, -math.sin(r), math.cos(r))

    up_p, fw_p = frame(lean_p)
    up_c, fw_c = frame(lean_c)
    o = V3(0, 0, 0)
    waist = o + up_p * d.pelvis_len
    blobs = []
    for base, up, fw, secs in ((o, up_p, fw_p, _SEC_PELVIS), (waist, up_c, fw_c, _SEC_CHEST)):
        pts: list[P] = []
        for u, hw, front, back in secs:
            c = base + up * u + fw * ((front + back) / 2)
            half = (front - back) / 2
            for k in range(16):
                t = math.radians(k * 22.5)
                pts.append(cam.p(c + V3(hw * math.cos(t), 0, 0) + fw * (half * math.sin(t))))
        blobs.append(Blob(hull(pts)))
    marks = {
        "waist": waist,
        "neck_base": waist + up_c * 30.0 + fw_c * -1.0,
        "chest": waist + up_c * 17.0 + fw_c * 13.0,
        "r_shoulder": waist + up_c * 27.0 + V3(-19.5, 0, 0),
        "l_shoulder": waist + up_c * 27.0 + V3(19.5, 0, 0),
        "up_c": up_c,
        "fw_c": fw_c,
    }
    return blobs, marks
