"""A whole figure in three-quarter view: joints placed in 3-D, projected by a `Cam`.

Figure coordinates (as in view3d.Cam): x to the figure's LEFT, y up, z forwards; the origin
is midway between the hip joints. The chest can turn against the pelvis (`twist`, + towards
the figure's left) and the head turns further (`head_turn`). Limbs are given as 3-D joint
chains; each limb is its own layer, drawn behind or in front of the body by its depth, so
crossed arms and a far arm read right.

Also here: a chair and a wall in the same projection.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from figure import DIMS, Blob, Built, Disc, Layer, Tube, ink_line
from geom import P, poly_d
from svgdoc import OUTLINE, PAPER, PROP, PROP_W, Svg
from view3d import _SEC_CHEST, _SEC_PELVIS, V3, Cam, hull


def turn_y(v: V3, deg: float) -> V3:
    """Rotate about the vertical axis; + turns the front (z) towards the figure's left (x)."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return V3(v.x * c + v.z * s, v.y, -v.x * s + v.z * c)


@dataclass
class Trunk:
    """Pelvis and chest frames: lean forward (+) in degrees, chest twist about the spine."""

    lean_p: float = 0.0
    lean_c: float = 0.0
    twist: float = 0.0
    shrug: float = 0.0

    def frames(self) -> tuple[V3, V3, V3, V3, V3]:
        """(pelvis up, pelvis forward, chest up, chest forward, chest left)."""

        def lean(deg: float) -> tuple[V3, V3]:
            r = math.radians(deg)
            return V3(0, math.cos(r), math.sin(r)), V3(0, -math.sin(r), math.cos(r))

        up_p, fw_p = lean(self.lean_p)
        up_c, fw_c = lean(self.lean_c)
        fw_c = turn_y(fw_c, self.twist)
        left_c = turn_y(V3(1, 0, 0), self.twist)
        return up_p, fw_p, up_c, fw_c, left_c

    def marks(self) -> dict[str, V3]:
        up_p, _, up_c, fw_c, left_c = self.frames()
        waist = up_p * DIMS.pelvis_len

        def che(x: float, u: float, f: float) -> V3:
            return waist + left_c * x + up_c * u + fw_c * f

        return {
            "waist": waist,
            "neck_base": che(0, 30.0, -1.0),
            "r_shoulder": che(-19.5, 27.0 + self.shrug, 0.0),
            "l_shoulder": che(19.5, 27.0 + self.shrug, 0.0),
            "chest_r": che(-10.5, 20.0, 11.5),
            "chest_l": che(10.5, 20.0, 11.5),
            "flank_r": che(-16.5, 8.0, 0.0),
            "flank_l": che(16.5, 8.0, 0.0),
            "up_c": up_c,
            "fw_c": fw_c,
            "left_c": left_c,
        }

    def blobs(self, cam: Cam) -> list[Blob]:
        up_p, fw_p, up_c, fw_c, left_c = self.frames()
        waist = up_p * DIMS.pelvis_len
        left_p = V3(1, 0, 0)
        out = []
        for base, up, fw, lf, secs in (
            (V3(0, 0, 0), up_p, fw_p, left_p, _SEC_PELVIS),
            (waist, up_c, fw_c, left_c, _SEC_CHEST),
        ):
            pts: list[P] = []
            for u, hw, front, back in secs:
                c = base + up * u + fw * ((front + back) / 2)
                half = (front - back) / 2
                for k in range(16):
                    t = math.radians(k * 22.5)
                    pts.append(cam.p(c + lf * (hw * math.cos(t)) + fw * (half * math.sin(t))))
            out.append(Blob(hull(pts)))
        return out


@dataclass
class Limb:
    name: str
    points: list[V3]
    widths: list[float]  # paper width per segment (scale 1)
    front: bool | None = None  # force in front of (True) or behind (False) the body


@dataclass
class Fig3:
    cam: Cam
    trunk: Trunk
    limbs: list[Limb]
    head_turn: float = 0.0  # further turn of the head (+ towards the figure's left)
    neck_lean: float = 8.0
    over_body: list = field(default_factory=list)  # extra shapes merged into the body layer

    def head(self) -> V3:
        m = self.trunk.marks()
        r = math.radians(self.trunk.lean_c * 0.6 + self.neck_lean)
        return (
            m["neck_base"]
            + V3(0, math.cos(r), 0) * DIMS.neck_len
            + turn_y(V3(0, 0, math.sin(r)), self.trunk.twist) * DIMS.neck_len
        )

    def build(self) -> Built:
        cam, s = self.cam, self.cam.s
        m = self.trunk.marks()
        head = self.head()
        hp, hr = cam.p(head), DIMS.head_r * s
        nb = m["neck_base"]
        neck = Tube([cam.p(nb + (head - nb) * 0.1), hp], DIMS.w_neck * s)
        # nose tick: a vertical tick where the facing direction meets the head's outline
        face = turn_y(V3(0, 0, 1), self.trunk.twist + self.head_turn)
        off = (cam.p(head + face * (hr / s)) - hp).x
        details = []
        if cam.depth(head + face) > cam.depth(head) - 0.2 or abs(off) > hr * 0.9:
            if abs(off) > hr * 0.5:
                sd = 1.0 if off > 0 else -1.0
                nd = P(sd, 0).rotate(18 * sd)
                n0 = hp + nd * (hr + OUTLINE - 0.5)
                details.append(ink_line([n0, n0 + nd * (3.5 * s)], 3.0))
            else:
                details.append(ink_line([hp + P(off, 0.5 * s), hp + P(off, 5.5 * s)], 2.5))
        body = Layer("body", [*self.trunk.blobs(cam), *self.over_body, neck, Disc(hp, hr)], details)
        c_depth = cam.depth(m["waist"] + m["fw_c"] * 2)
        behind: list[tuple[float, Layer]] = []
        front: list[tuple[float, Layer]] = []
        joints = {k: cam.p(v) for k, v in m.items() if k not in ("up_c", "fw_c", "left_c")}
        joints["head"] = hp
        for limb in self.limbs:
            pts = [cam.p(q) for q in limb.points]
            tubes = [
                Tube([a, b], w * s) for a, b, w in zip(pts, pts[1:], limb.widths, strict=False)
            ]
            depth = sum(cam.depth(q) for q in limb.points[1:]) / (len(limb.points) - 1)
            is_front = limb.front if limb.front is not None else depth > c_depth
            (front if is_front else behind).append((depth, Layer(limb.name, list(tubes))))
            for i, q in enumerate(pts):
                joints[f"{limb.name}{i}"] = q
        behind.sort(key=lambda t: t[0])
        front.sort(key=lambda t: t[0])
        layers = [ly for _, ly in behind] + [body] + [ly for _, ly in front]
        return Built(layers, joints, s)


def arm(name: str, sh: V3, el: V3, wr: V3, tip: V3, front: bool | None = None) -> Limb:
    d = DIMS
    return Limb(name, [sh, el, wr, tip], [d.w_upper, d.w_fore, d.w_hand], front)


def leg(name: str, hip: V3, kn: V3, an: V3, heel: V3, toe: V3, front: bool | None = None):
    d = DIMS
    return [
        Limb(name, [hip, kn, an], [d.w_thigh, d.w_shank], front),
        Limb(name + "_foot", [heel, toe], [d.w_foot], front),
    ]


def chair3(
    svg: Svg, cam: Cam, seat_y: float, floor_y: float, box: tuple[float, float, float, float]
) -> None:
    """A four-legged chair without wheels in the same projection: seat `box` = (x0, x1, z0,
    z1) at height `seat_y`, legs down to `floor_y`, a backrest at the back edge (z0)."""
    x0, x1, z0, z1 = box
    p = cam.p
    top = [V3(x0, seat_y, z0), V3(x1, seat_y, z0), V3(x1, seat_y, z1), V3(x0, seat_y, z1)]
    for q in top:
        svg.path(poly_d([p(q), p(V3(q.x, floor_y, q.z))]), stroke=PROP, width=PROP_W)
    for x in (x0 + 2, x1 - 2):
        svg.path(
            poly_d([p(V3(x, seat_y, z0 + 1)), p(V3(x, seat_y + 44, z0 - 3))]),
            stroke=PROP,
            width=PROP_W,
        )
    pad = [V3(x0, seat_y + 46, z0 - 3.5), V3(x1, seat_y + 46, z0 - 3.5)]
    pad += [V3(x1, seat_y + 26, z0 - 2), V3(x0, seat_y + 26, z0 - 2)]
    svg.path(poly_d([p(q) for q in pad], closed=True), stroke=PROP, width=PROP_W, fill=PAPER)
    svg.path(poly_d([p(q) for q in top], closed=True), stroke=PROP, width=PROP_W, fill=PAPER)


def floor3(svg: Svg, cam: Cam, y: float, x0: float, x1: float, z0: float, z1: float) -> None:
    """The floor as two receding lines (its near and far edges are left open)."""
    p = cam.p
    svg.path(poly_d([p(V3(x0, y, z1)), p(V3(x1, y, z1))]), stroke=PROP, width=PROP_W)
