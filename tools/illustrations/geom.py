"""Small 2-D geometry helpers for the illustration generator (pure stdlib).

Canvas convention: x grows to the right, y grows downwards (SVG).

Limb angles use the "from straight down" convention: 0 deg points down the page,
+90 deg points forward (+x), 180 deg points up and -90 deg points backwards (-x).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    """A point or vector."""

    x: float
    y: float

    def __add__(self, o: P) -> P:
        return P(self.x + o.x, self.y + o.y)

    def __sub__(self, o: P) -> P:
        return P(self.x - o.x, self.y - o.y)

    def __mul__(self, k: float) -> P:
        return P(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self) -> P:
        return P(-self.x, -self.y)

    def length(self) -> float:
        return math.hypot(self.x, self.y)

    def unit(self) -> P:
        n = self.length()
        return P(self.x / n, self.y / n) if n else P(0.0, 0.0)

    def perp(self) -> P:
        """Rotate by +90 deg on screen (clockwise visually, because y points down)."""
        return P(-self.y, self.x)

    def dot(self, o: P) -> float:
        return self.x * o.x + self.y * o.y

    def rotate(self, deg: float) -> P:
        """Rotate on screen; positive turns clockwise as seen (y down)."""
        r = math.radians(deg)
        c, s = math.cos(r), math.sin(r)
        return P(self.x * c - self.y * s, self.x * s + self.y * c)


def down_dir(deg: float, facing: float = 1.0) -> P:
    """Unit vector at `deg` from straight down, positive towards `facing` (+1 right, -1 left)."""
    r = math.radians(deg)
    return P(facing * math.sin(r), math.cos(r))


def up_dir(deg: float, facing: float = 1.0) -> P:
    """Unit vector at `deg` from straight up, positive leaning towards `facing`."""
    r = math.radians(deg)
    return P(facing * math.sin(r), -math.cos(r))


def lerp(a: P, b: P, t: float) -> P:
    return a + (b - a) * t


def angle_of(v: P) -> float:
    """Screen angle in degrees (atan2 with y down)."""
    return math.degrees(math.atan2(v.y, v.x))


def from_angle(deg: float, r: float = 1.0) -> P:
    a = math.radians(deg)
    return P(math.cos(a) * r, math.sin(a) * r)


def two_bone(root: P, target: P, l1: float, l2: float, hint: P) -> tuple[P, P]:
    """Two-bone inverse kinematics.

    Returns (middle joint, end) with bone lengths exactly l1 and l2. Of the two mirror
    solutions the one whose middle joint lies further along `hint` (a direction) is chosen.
    An unreachable target is approached along the straight line (and reported).
    """
    d_vec = target - root
    d = d_vec.length()
    reach = l1 + l2
    if d > reach - 1e-6:
        u = d_vec.unit()
        if d > reach + 0.5:
            print(f"  ik: target {d:.1f} beyond reach {reach:.1f}; limb straightened")
        return root + u * l1, root + u * reach
    d = max(d, abs(l1 - l2) + 1e-6)
    cos_a = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    a = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    u = d_vec.unit()
    best: tuple[float, P] | None = None
    for sgn in (1.0, -1.0):
        mid = root + u.rotate(sgn * a) * l1
        score = (mid - lerp(root, target, 0.5)).dot(hint)
        if best is None or score > best[0]:
            best = (score, mid)
    assert best is not None
    mid = best[1]
    end = mid + (target - mid).unit() * l2
    return mid, end


# --- path building -----------------------------------------------------------------------


def fmt(v: float) -> str:
    """Compact number formatting (one decimal)."""
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    if s == "-0":
        s = "0"
    return s


def pt(p: P) -> str:
    return f"{fmt(p.x)} {fmt(p.y)}"


def poly_d(points: list[P], closed: bool = False) -> str:
    d = "M" + pt(points[0]) + "".join("L" + pt(q) for q in points[1:])
    return d + ("Z" if closed else "")


def smooth_d(points: list[P], closed: bool = True, tension: float = 1.0) -> str:
    """Catmull-Rom spline through `points` as cubic Beziers."""
    n = len(points)
    if n < 3:
        return poly_d(points, closed)
    d = "M" + pt(points[0])
    segs = n if closed else n - 1
    for i in range(segs):
        p0 = points[(i - 1) % n] if (closed or i > 0) else points[0]
        p1 = points[i]
        p2 = points[(i + 1) % n]
        p3 = points[(i + 2) % n] if (closed or i + 2 < n) else points[n - 1]
        c1 = p1 + (p2 - p0) * (tension / 6)
        c2 = p2 - (p3 - p1) * (tension / 6)
        d += "C" + pt(c1) + " " + pt(c2) + " " + pt(p2)
    return d + ("Z" if closed else "")


def arc_beziers(c: P, rx: float, ry: float, a0: float, a1: float) -> list[tuple[P, P, P, P]]:
    """Approximate an elliptical arc (screen degrees a0 -> a1) with cubic Beziers.

    SVG Tiny 1.2 has no arc command, so every arc goes through here.
    """
    segs = max(1, math.ceil(abs(a1 - a0) / 60))
    step = (a1 - a0) / segs
    out = []
    for i in range(segs):
        t0 = math.radians(a0 + i * step)
        t1 = math.radians(a0 + (i + 1) * step)
        k = 4 / 3 * math.tan((t1 - t0) / 4)
        p0 = P(c.x + rx * math.cos(t0), c.y + ry * math.sin(t0))
        p3 = P(c.x + rx * math.cos(t1), c.y + ry * math.sin(t1))
        c1 = P(p0.x - k * rx * math.sin(t0), p0.y + k * ry * math.cos(t0))
        c2 = P(p3.x + k * rx * math.sin(t1), p3.y - k * ry * math.cos(t1))
        out.append((p0, c1, c2, p3))
    return out


def beziers_d(segs: list[tuple[P, P, P, P]], move: bool = True) -> str:
    d = ("M" + pt(segs[0][0])) if move else ""
    for _, c1, c2, p3 in segs:
        d += "C" + pt(c1) + " " + pt(c2) + " " + pt(p3)
    return d


def capsule_d(a: P, b: P, r: float) -> str:
    """A stadium (round-capped segment) outline as a closed path, drawn clockwise."""
    v = b - a
    if v.length() < 1e-6:
        v = P(1e-3, 0)
    ang = angle_of(v)
    segs = arc_beziers(b, r, r, ang - 90, ang + 90) + arc_beziers(a, r, r, ang + 90, ang + 270)
    d = "M" + pt(segs[0][0])
    for s in segs:
        d += "C" + pt(s[1]) + " " + pt(s[2]) + " " + pt(s[3])
    return d + "Z"


def ellipse_d(c: P, rx: float, ry: float, rot: float = 0.0) -> str:
    """A closed (optionally rotated) ellipse as a path, drawn clockwise."""
    segs = arc_beziers(P(0, 0), rx, ry, 0, 360)
    d = ""
    for i, (p0, c1, c2, p3) in enumerate(segs):
        q0, q1, q2, q3 = (c + q.rotate(rot) for q in (p0, c1, c2, p3))
        if i == 0:
            d += "M" + pt(q0)
        d += "C" + pt(q1) + " " + pt(q2) + " " + pt(q3)
    return d + "Z"
