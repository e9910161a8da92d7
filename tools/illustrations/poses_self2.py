"""The second set of self-exercise scenes (frames "a" start and "b" end or hold).

Same figure, props and marks as poses.py. Side views face right, so the near side is the
figure's RIGHT side; one-sided exercises are drawn for the right side only and the app mirrors
them for the left side.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from figure import (
    DIMS,
    ArmA,
    ArmT,
    Blob,
    Built,
    Disc,
    FArm,
    FrontFigure,
    Layer,
    LegA,
    LegT,
    SideFigure,
    Tube,
    ankle_height,
    ink_line,
)
from geom import P, angle_of, down_dir, lerp, poly_d, two_bone, up_dir
from poses import (
    FLOOR,
    LAP,
    band,
    front_seated_hip,
    hands_on_thighs,
    r_out,
    scene,
    seat_top,
    seated_side,
)
from props import (
    arc_arrow,
    chair_front,
    chair_side,
    curve_arrow,
    floor,
    hl_ellipse,
    pulse,
    straight_arrow,
)
from svgdoc import INK, OUTLINE, PAPER, PROP, PROP_W, SIZE, Svg

Scene = Callable[[str], Svg]


# --- helpers --------------------------------------------------------------------------------


def layer(built: Built, name: str):
    for ly in built.layers:
        if ly.name == name:
            return ly
    raise KeyError(name)


def bend_upper(fig: SideFigure, upper: float, pivot_u: float = 14.0) -> Built:
    """A side figure whose chest bends a further `upper` degrees above a point `pivot_u` up
    the chest (a rounded or arched upper back) instead of hinging only at the waist.

    The lower chest, pelvis and legs come from `fig`; the upper chest, neck, head and arms come
    from the same figure leaned by `upper` and moved so that both agree at the pivot. Arm
    targets (ArmT) stay absolute, so limb lengths are unchanged.
    """
    s = fig.s
    base = replace(fig, near_arm=ArmA(0.0), far_arm=ArmA(0.0)).build()  # arms come from `top`

    def pivot(f: SideFigure) -> P:
        waist = f.hip + up_dir(f.pelvis) * (DIMS.pelvis_len * s)
        return waist + up_dir(f.chest) * (pivot_u * s)

    leaned = replace(fig, chest=fig.chest + upper)
    leaned = replace(leaned, hip=fig.hip + (pivot(fig) - pivot(leaned)))
    top = leaned.build()
    b_body, t_body = layer(base, "body"), layer(top, "body")
    b_out, t_out = b_body.shapes[0].points, t_body.shapes[0].points
    # outline order: pelvis front, 2 lower-chest front points, upper chest (6), lower chest
    # back (2 incl. the blend point), pelvis back
    outline = b_out[:3] + t_out[3:9] + b_out[9:]
    body = Layer(
        "body",
        [Blob(outline), *t_body.shapes[1:3], *b_body.shapes[3:]],
        t_body.details,
    )
    layers = [layer(top, "far_arm"), layer(base, "far_leg"), body, layer(top, "near_arm")]
    j = dict(base.j)
    for k in ("shoulder", "neck_base", "head", "eye", "chin", "nape", "upper_back"):
        j[k] = top.j[k]
    for k in ("n_elbow", "n_wrist", "n_hand", "f_elbow", "f_wrist", "f_hand"):
        j[k] = top.j[k]
    j["chest_top_front"] = top.j["chest_front"]
    return Built(layers, j, s)


def side_arms(
    built: Built,
    wrist: P,
    hint: P,
    hand: float,
    k_upper: float = 1.0,
    k_fore: float = 1.0,
    far_offset: P | None = None,
) -> None:
    """Re-pose both arms of a built side figure to reach `wrist` (the far one at an offset).

    `k_upper` / `k_fore` foreshorten the upper arm / forearm+hand as seen from the side when
    the arms also reach inwards (e.g. elbows forward with hands behind the head); the same
    factors in both frames keep the limb lengths constant.
    """
    s, j = built.s, built.j
    l1, l2, lh = DIMS.upper_arm * s * k_upper, DIMS.forearm * s * k_fore, DIMS.hand * s * k_fore
    sh = j["shoulder"]
    el, wr = two_bone(sh, wrist, l1, l2, hint)
    tip = wr + down_dir(hand) * lh
    f_el, f_wr = two_bone(sh, wrist + (far_offset or P(-1.5, -1.5)), l1, l2, hint)
    f_tip = f_wr + down_dir(hand) * lh
    layer(built, "near_arm").shapes = [
        Tube([sh, el], DIMS.w_upper * s),
        Tube([el, wr], DIMS.w_fore * s),
        Tube([wr, tip], DIMS.w_hand * s),
    ]
    layer(built, "far_arm").shapes = [Tube([sh, f_el, f_wr, f_tip], DIMS.w_fore * s, True)]
    j.update(n_elbow=el, n_wrist=wr, n_hand=tip, f_elbow=f_el, f_wrist=f_wr, f_hand=f_tip)


def _clip_top(points: list[P], y0: float) -> list[list[P]]:
    """Parts of a polyline with y >= y0."""
    out: list[list[P]] = []
    cur: list[P] = []
    for a, b in pairwise(points):
        ina, inb = a.y >= y0, b.y >= y0
        if ina and not cur:
            cur = [a]
        if ina and inb:
            cur.append(b)
        elif ina != inb:
            m = lerp(a, b, (y0 - a.y) / (b.y - a.y))
            if ina:
                cur.append(m)
                out.append(cur)
                cur = []
            else:
                cur = [m, b]
    if len(cur) >= 2:
        out.append(cur)
    return out


def crop_top(built: Built, y0: float) -> Built:
    """Cut tubes at y = y0 and drop discs above it (a detail view; the scene then covers the
    band above the crop line with paper)."""
    layers = []
    for ly in built.layers:
        shapes: list = []
        for sh in ly.shapes:
            if isinstance(sh, Tube):
                parts = [q for pl in sh.lines() for q in _clip_top(pl, y0)]
                if parts:
                    shapes.append(Tube(parts[0], sh.w, sh.faint, parts[1:]))
            elif isinstance(sh, Disc):
                if sh.c.y - sh.r - OUTLINE > 0:
                    shapes.append(sh)
            else:
                shapes.append(sh)
        layers.append(Layer(ly.name, shapes, ly.details if ly.name != "body" else []))
    return Built(layers, built.j, built.s)


# --- a little 3-D for arms that reach across the body ----------------------------------------


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


def seated_front(cx: float, s: float) -> tuple[FrontFigure, float]:
    """An upright seated front-view figure with its hands resting on the knees; seat top y."""
    hip = front_seated_hip(cx, s)
    seat_y = hip.y + 6 * s + OUTLINE
    base = FrontFigure(hip=hip, s=s, seated=True, right_leg=LAP, left_leg=LAP)
    j0 = base.build().j
    fig = replace(
        base,
        right_arm=FArm(wrist=j0["r_knee"] + P(-2, -11 * s), hint=P(-1, 0.2), hand=-25),
        left_arm=FArm(wrist=j0["l_knee"] + P(2, -11 * s), hint=P(1, 0.2), hand=-25),
    )
    return fig, seat_y


# --- S03 head turn --------------------------------------------------------------------------


def head_turn(frame: str) -> Svg:
    s = 1.3
    cx = 120.0
    b = frame == "b"
    fig, seat_y = seated_front(cx, s)
    fig = replace(fig, head_yaw=-75.0 if b else 0.0)
    built = fig.build()
    j = built.j
    head = j["head"]
    hr = DIMS.head_r * s
    if b:
        turned_nose(built, fig)

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_front(svg, cx, seat_y, FLOOR, s * 1.08)

    nb = j["neck_base"]
    side = P(2 * nb.x - j["r_neck"].x, j["r_neck"].y)  # the figure's left side of the neck
    hl = hl_ellipse(side + P(0, 3), 5.0 * s, 8.5 * s, -12)

    def marks(svg: Svg) -> None:
        arc_arrow(svg, head + P(0, -hr - 9), hr + 16, 15, 165, ry=7)
        if b:
            pulse(svg, side + P(12, -2), -20, r=4)
        top_view_inset(svg, P(197, 42), -75.0 if b else 0.0)

    return scene(built, props, {"body": [hl]}, marks)


def top_view_inset(svg: Svg, c: P, turn: float) -> None:
    """A small inset seen from above (front of the body towards the viewer): the shoulders, the
    head and its nose, turned `turn` degrees (negative: towards the figure's right, which is
    the viewer's left), with a turning arrow."""
    svg.rect(c.x - 29, c.y - 27, 58, 54, stroke=PROP, fill=PAPER, rx=4)
    hc = c + P(0, -3)
    inset = Built(
        [
            Layer("shoulders", [Tube([hc + P(-18, -2), hc + P(18, -2)], 9.0)]),
            Layer("head", [Disc(hc, 7.5)]),
        ],
        {},
        1.0,
    )
    inset.draw(svg)
    nd = P(0, 1).rotate(-turn)
    n0 = hc + nd * (7.5 + OUTLINE - 0.5)
    svg.path(poly_d([n0, n0 + nd * 4.0]), stroke=INK, width=3.0)
    arc_arrow(svg, hc, 21, 52, 150)


# --- S06 cross-body shoulder stretch --------------------------------------------------------


def cross_body(frame: str) -> Svg:
    s = 1.3
    cx = 118.0
    b = frame == "b"
    fig, seat_y = seated_front(cx, s)
    built = fig.build()
    arms = FrontArms3(built)
    d = DIMS
    # the right arm crosses the chest just below shoulder height, elbow nearly straight;
    # in b it is drawn further across (closer to the chest)
    toward = 62.0 if b else 40.0
    r_sh = SHOULDER3["r"]
    r_el = r_sh + sph(toward, 12) * d.upper_arm
    r_wr = r_el + sph(toward + 10, 10) * d.forearm
    r_tip = r_wr + sph(toward + 10, 10) * d.hand
    # the left hand holds the arm just above the elbow, from the front
    grip = lerp3(r_sh, r_el, 0.8) + V3(0, -1.5, 6.5)
    hand_dir = V3(-0.35, 0.9, 0.25).unit()
    l_sh = SHOULDER3["l"]
    l_wr = grip - hand_dir * (d.hand * 0.45)
    l_el, l_wr = two_bone3(l_sh, l_wr, d.upper_arm, d.forearm, V3(0.5, -1, -0.2))
    l_tip = l_wr + hand_dir * d.hand
    r_tubes = arms.tubes(r_sh, r_el, r_wr, r_tip)
    l_tubes = arms.tubes(l_sh, l_el, l_wr, l_tip)
    layer(built, "r_arm").shapes = r_tubes
    layer(built, "l_arm").shapes = l_tubes[1:]
    i = built.layers.index(layer(built, "r_arm"))
    built.layers.insert(i, Layer("l_upper", l_tubes[:1]))
    j = built.j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_front(svg, cx, seat_y, FLOOR, s * 1.08)

    sh = j["r_shoulder"]
    hl = hl_ellipse(sh + P(-3, -1), 7.5 * s, 8.5 * s, 0)

    def marks(svg: Svg) -> None:
        y = j["l_shoulder"].y - 17 * s
        straight_arrow(svg, P(cx + 16, y), P(cx + 44, y))
        if b:
            pulse(svg, sh + P(-8, -6), -150, r=4)

    return scene(built, props, {"body": [hl]}, marks)


def lerp3(a: V3, b: V3, t: float) -> V3:
    return a + (b - a) * t


# --- S10 seated twist -----------------------------------------------------------------------


def seated_twist(frame: str) -> Svg:
    s = 1.3
    cx = 120.0
    b = frame == "b"
    yaw = -35.0 if b else 0.0
    fig, seat_y = seated_front(cx, s)
    fig = replace(fig, yaw=yaw, head_yaw=-65.0 if b else 0.0)
    built = fig.build()
    arms = FrontArms3(built, yaw)
    d = DIMS
    # arms crossed over the chest: each hand on the front of the opposite shoulder
    specs = []
    for k, sx in (("r", -1.0), ("l", 1.0)):
        sh = SHOULDER3[k]
        wr = V3(-sx * 13.0, 21.0 + (1.5 if k == "r" else -1.5), 9.0 + (1.5 if k == "r" else 0))
        hand_dir = V3(-sx * 0.55, 0.75, -0.35).unit()
        el, wr = two_bone3(sh, wr, d.upper_arm, d.forearm, V3(-sx * 0.1, -0.45, 1))
        tip = wr + hand_dir * d.hand
        specs.append((arms.depth(lerp3(el, wr, 0.5)), k, arms.tubes(sh, el, wr, tip)))
    specs.sort()
    for _, k, tubes in specs:
        layer(built, f"{k}_arm").shapes = tubes
    back, front = (layer(built, f"{k}_arm") for _, k, _ in specs)
    rest = [ly for ly in built.layers if ly not in (back, front)]
    built.layers = [*rest, back, front]
    if b:
        turned_nose(built, fig)
    j = built.j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_front(svg, cx, seat_y, FLOOR, s * 1.08)

    mid = j["waist"] + P(0, -3 * s)
    hl = hl_ellipse(mid, 14.5 * s * math.cos(math.radians(yaw)), 7 * s)

    def marks(svg: Svg) -> None:
        arc_arrow(svg, fig.hip + P(0, -(DIMS.pelvis_len - 2) * s), 34, 20, 160, ry=9)
        if b:
            pulse(svg, mid + P(21 * s, -7 * s), -20, r=4)

    return scene(built, props, {"body": [hl]}, marks)


# --- S14 seated figure-4 (three-quarter view) -----------------------------------------------

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


F4_CAM = (-34.0, 36.0)  # S14 camera: yaw (seen from the front-left), tilt (from above)


def figure4(frame: str) -> Svg:
    """Seen from the front-left and a little above; cropped below the seat like a detail."""
    s = 1.45
    b = frame == "b"
    crop = 222.0
    cam = Cam(P(128, 124), s, yaw=F4_CAM[0], tilt=F4_CAM[1])
    d = DIMS
    hinge = 20.0 if b else 0.0  # tipping forward from the hips with a long back
    torso, m = torso3(cam, hinge, hinge + 2)
    # legs: left foot flat on the floor, right ankle resting on the left knee, right knee out
    l_hip, r_hip = V3(9, 0, 0), V3(-9, 0, 0)
    l_knee = l_hip + V3(1, -4, d.thigh - 0.3).unit() * d.thigh
    l_ankle = l_knee + V3(0, -d.shank, 2).unit() * d.shank
    l_toe = l_ankle + V3(0.2, -4, 15)
    l_heel = l_ankle + V3(0, -4, -3)
    r_ankle = l_knee + V3(-2.0, 12.5, -2.0)
    r_knee, r_ankle = two_bone3(r_hip, r_ankle, d.thigh, d.shank, V3(-1, 0, -0.3))
    r_foot = V3(1, 0.15, 0.35).unit()
    r_heel = r_ankle + r_foot * -3 + V3(0, -3, 0)
    r_toe = r_ankle + r_foot * 15 + V3(0, 1, 0)
    # head: the neck tips forward less than the trunk, keeping the gaze ahead
    nb = m["neck_base"]
    n_ang = math.radians(hinge * 0.5 + 8)
    head = nb + V3(0, math.cos(n_ang), math.sin(n_ang)) * d.neck_len
    # arms: the left hand holds the right ankle, the right hand rests on the right knee
    l_wr_t = r_ankle + V3(4.5, 7.5, 1.0)
    l_el, l_wr = two_bone3(m["l_shoulder"], l_wr_t, d.upper_arm, d.forearm, V3(1, -0.4, -0.3))
    l_tip = l_wr + V3(-0.2, -0.45, 1).unit() * d.hand
    r_wr_t = lerp3(r_knee, r_ankle, 0.22) + V3(0, 9.0, 0)
    r_el, r_wr = two_bone3(m["r_shoulder"], r_wr_t, d.upper_arm, d.forearm, V3(-0.3, -1, -0.4))
    r_tip = r_wr + V3(0.3, -0.5, 1).unit() * d.hand

    p = cam.p

    def tube(pts: list[V3], w: float) -> Tube:
        return Tube([p(q) for q in pts], w * s)

    hr = d.head_r * s
    hp = p(head)
    yaw_off = math.sin(math.radians(cam.yaw)) * hr * 0.85
    nose = [hp + P(yaw_off, 0.5 * s), hp + P(yaw_off, 5.5 * s)]
    layers = [
        Layer(
            "r_arm",
            [
                tube([m["r_shoulder"], r_el], d.w_upper),
                tube([r_el, r_wr], d.w_fore),
                tube([r_wr, r_tip], d.w_hand),
            ],
        ),
        Layer("r_thigh", [tube([r_hip, r_knee], d.w_thigh + 1)]),
        Layer(
            "body",
            [*torso, tube([lerp3(nb, head, 0.1), head], d.w_neck), Disc(hp, hr)],
            [ink_line(nose, 2.5)],
        ),
        Layer(
            "l_leg",
            [
                tube([l_hip, l_knee], d.w_thigh + 1),
                tube([l_knee, l_ankle], d.w_shank),
                tube([l_heel, l_toe], d.w_foot + 1),
            ],
        ),
        Layer(
            "r_shin",
            [
                Disc(p(r_knee), (d.w_thigh + 1) * s / 2),
                tube([r_knee, r_ankle], d.w_shank),
                tube([r_heel, r_toe], d.w_foot + 1),
            ],
        ),
        Layer("r_hand", [tube([r_wr, r_tip], d.w_hand)]),
        Layer(
            "l_arm",
            [
                tube([m["l_shoulder"], l_el], d.w_upper),
                tube([l_el, l_wr], d.w_fore),
                tube([l_wr, l_tip], d.w_hand),
            ],
        ),
    ]
    built = Built(layers, {}, s)

    def props(svg: Svg) -> None:
        seat_y = -(8.5 + OUTLINE)
        x0, x1, z0, z1 = -24.0, 24.0, -31.0, 14.0  # sitting near the front of the seat
        top = [V3(x0, seat_y, z0), V3(x1, seat_y, z0), V3(x1, seat_y, z1), V3(x0, seat_y, z1)]
        floor_y = -200.0  # cut by the crop line
        for q in top:
            a, f = p(q), p(V3(q.x, floor_y, q.z))
            bot = lerp(a, f, (crop - a.y) / (f.y - a.y))  # legs run down to the crop line
            svg.path(poly_d([a, bot]), stroke=PROP, width=PROP_W)
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

    glute = V3(-16.0, -5.0, -5.0)  # outer hip and buttock of the crossed leg
    hl = hl_ellipse(p(glute), 9.0 * s, 7.0 * s, -10)

    def marks(svg: Svg) -> None:
        _, ma = torso3(cam, 0.0, 2.0)
        chest = ma["waist"] + ma["up_c"] * 20.0
        fwd = V3(0, -0.35, 1).unit()
        u = (p(chest + fwd * 10.0) - p(chest)).unit()
        a0 = p(ma["neck_base"]) + P(-32 * s, -12 * s)
        straight_arrow(svg, a0, a0 + u * 26)
        if b:
            pulse(svg, p(glute) + P(-9 * s, 0), 180, r=4)

    svg = Svg()
    props(svg)
    built.draw(svg, {"body": [hl]}, crop_y=crop)
    svg.rect(0, crop, SIZE, SIZE - crop, fill=PAPER)
    marks(svg)
    return svg


# --- S20 spread and soft fist (hand close-up) -----------------------------------------------

# The right hand seen from the palm side, fingers up (the thumb on the viewer's right), at a
# close-up scale; the same outlined-tube style as the figure.
_PALM = [
    P(100, 200),
    P(90, 174),
    P(86, 148),
    P(88, 128),
    P(100, 117),
    P(118, 113),
    P(136, 113),
    P(152, 119),
    P(158, 136),
    P(160, 158),
    P(152, 180),
    P(142, 200),
]
# (knuckle, spread angle from straight up (+ towards the thumb), length, paper width)
_FINGERS = [
    (P(96, 127), -24.0, 46.0, 11.0),
    (P(112, 119), -8.0, 56.0, 12.5),
    (P(129, 117), 4.0, 60.0, 12.5),
    (P(146, 122), 18.0, 54.0, 12.5),
]


def hand_closeup(frame: str) -> Svg:
    b = frame == "b"
    crop = 226.0
    k = 1.18  # the hand is laid out at k = 1 and scaled up about the middle of the crop line

    def t(q: P) -> P:
        return P(122, crop) + (q - P(122, crop)) * k

    def tube(pts: list[P], w: float) -> Tube:
        return Tube([t(q) for q in pts], w * k)

    # the forearm runs out under the crop line (a blob, so its end stays inside the view box)
    forearm = Blob([t(P(121 + sx * 21, y)) for sx, y in ((-1, 186), (-1, 208), (-1, 230))])
    forearm.points += [t(P(142, y)) for y in (230, 208, 186)]
    palm = Blob([t(q) for q in _PALM])
    layers: list[Layer] = []
    if not b:
        fingers = [tube([kn, kn + up_dir(ang) * ln], w) for kn, ang, ln, w in _FINGERS]
        thumb = tube([P(152, 172), P(174, 152), P(190, 138)], 13.0)
        layers.append(Layer("hand", [forearm, palm, *fingers, thumb]))
    else:
        layers.append(Layer("hand", [forearm, palm, tube([P(150, 176), P(156, 160)], 13.0)]))
        # a soft fist seen from the palm side: the middle finger bones point down over the
        # palm, each finger its own layer so the gaps between them show
        for kn, _, _, w in _FINGERS:
            x = kn.x + (kn.x - 121) * -0.05
            layers.append(Layer("finger", [tube([P(x, 107), P(x, 150)], w + 0.5)]))
        # the thumb lies across the outside of the index and middle fingers
        layers.append(Layer("thumb", [tube([P(153, 172), P(146, 155), P(120, 147)], 13.0)]))
    built = Built(layers, {}, k)
    hl = hl_ellipse(t(P(123, 158)), 30 * k, 34 * k)

    def marks(svg: Svg) -> None:
        curve_arrow(svg, t(P(66, 76)), t(P(56, 112)), t(P(80, 132)))
        curve_arrow(svg, t(P(180, 68)), t(P(196, 94)), t(P(178, 116)))

    svg = Svg()
    built.draw(svg, {"hand": [hl]}, crop_y=crop)
    svg.rect(0, crop, SIZE, SIZE - crop, fill=PAPER)
    marks(svg)
    return svg


def turned_nose(built: Built, fig: FrontFigure) -> None:
    """A head turned well to one side shows its nose tick in profile at the head's edge."""
    s, head = built.s, built.j["head"]
    left = fig.side("left")
    side = 1.0 if fig.head_yaw * left > 0 else -1.0
    nd = P(side, 0).rotate(18 * side)
    n0 = head + nd * (DIMS.head_r * s + OUTLINE - 0.5)
    layer(built, "body").details = [ink_line([n0, n0 + nd * (3.5 * s)], 3.0)]


# --- S07 round and reach --------------------------------------------------------------------


def forward_reach(frame: str) -> Svg:
    s = 1.3
    b = frame == "b"

    def pose(f: str) -> Built:
        fig = seated_side(66, s)
        if f == "a":
            fig = replace(fig, neck=10.0)
            j = fig.build().j
            wr = j["chest_front"] + P(14, -2)
            return replace(
                fig,
                near_arm=ArmT(wr, P(0.2, 1), hand=172),
                far_arm=ArmT(wr + P(-2, 1), P(0.2, 1), hand=172),
            ).build()
        # the upper back rounds (the low back stays put), chin dips, blades spread
        fig = replace(fig, chest=3.0, neck=30.0, head_pitch=14.0, shoulder_back=-5.0)
        upper = 17.0
        sh = bend_upper(fig, upper).j["shoulder"]
        wr = sh + down_dir(86) * ((DIMS.upper_arm + DIMS.forearm) * s - 0.5)
        fig = replace(
            fig,
            near_arm=ArmT(wr, P(0, 1), hand=168),
            far_arm=ArmT(wr + P(-2, 1), P(0, 1), hand=168),
        )
        return bend_upper(fig, upper)

    built = pose(frame)
    j = built.j
    a = pose("a").j
    hip = j["hip"]

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_side(svg, hip.x + 24 * s, hip.y + 8.5 * s + OUTLINE, FLOOR, s)

    ub = lerp(j["upper_back"], j["chest_front"], 0.2)
    hl = hl_ellipse(ub, 6.5 * s, 10 * s, angle_of(j["neck_base"] - j["waist"]) + 90)

    def marks(svg: Svg) -> None:
        y = j["n_wrist"].y - 2
        x = j["n_hand"].x + 12
        straight_arrow(svg, P(x, y), P(x + 24, y))
        c = lerp(a["waist"], a["neck_base"], 0.55)
        arc_arrow(svg, c, 30 * s, 150, 248)
        if b:
            pulse(svg, ub + P(-14, 2), 180, r=4)

    return scene(built, props, {"body": [hl]}, marks)


# --- S08 seated chest opener ----------------------------------------------------------------


def seated_opener(frame: str) -> Svg:
    s = 1.35
    b = frame == "b"

    def pose(f: str) -> SideFigure:
        fig = seated_side(100, s)
        if f == "a":
            # near the front of the seat, a little slumped, arms hanging behind the hips
            return replace(
                fig,
                chest=8.0,
                neck=18.0,
                head_pitch=6.0,
                shoulder_back=-2.0,
                near_arm=ArmA(-12, 8),
                far_arm=ArmA(-16, 8),
            )
        # breastbone lifted forward, shoulders drawn back and down, chin level
        return replace(
            fig,
            chest=-6.0,
            neck=2.0,
            shoulder_back=6.0,
            near_arm=ArmA(-24, 6),
            far_arm=ArmA(-28, 6),
        )

    fig = pose(frame)
    built = fig.build()
    j = built.j
    a = pose("a").build().j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        # sitting near the front of the seat: the backrest stays clear behind the back
        chair_side(svg, fig.hip.x + 12 * s, seat_top(fig), FLOOR, s)

    chest = lerp(j["chest_front"], j["shoulder"], 0.45)
    hl = hl_ellipse(chest, 7.5 * s, 11 * s, -20)

    def marks(svg: Svg) -> None:
        c0 = a["chest_front"] + P(14, 2)
        straight_arrow(svg, c0, c0 + up_dir(45) * 26)
        if b:
            pulse(svg, j["shoulder"] + P(8, -16), -60, r=4)

    return scene(built, props, {"body": [hl]}, marks)


# --- S12 seated knee hug --------------------------------------------------------------------


def deg_of(v: P) -> float:
    """Limb angle of a screen vector: from straight down, + forward (+x)."""
    return math.degrees(math.atan2(v.x, v.y))


def knee_hug(frame: str) -> Svg:
    s = 1.3
    b = frame == "b"

    def pose(f: str) -> SideFigure:
        fig = seated_side(74, s)
        thigh, shank = (130.0, -4.0) if f == "b" else (106.0, 6.0)
        fig = replace(fig, neck=9.0, near_leg=LegA(thigh, thigh - shank, 12.0))
        kn, *_ = fig.leg(fig.hip, fig.near_leg)
        v = (kn - fig.hip).unit()
        under = v.perp() if v.perp().y > 0 else -v.perp()
        gap = r_out(DIMS.w_thigh, s) + r_out(DIMS.w_hand, s) - 3.0
        wr = lerp(fig.hip, kn, 0.62) + under * gap
        hdeg = deg_of(v.rotate(-12))  # the hand cups the back of the thigh towards the knee
        return replace(
            fig,
            near_arm=ArmT(wr, P(-0.4, 1), hand=hdeg),
            far_arm=ArmT(wr + P(3, 1), P(-0.4, 1), hand=hdeg),
        )

    fig = pose(frame)
    built = fig.build()
    j = built.j
    kb = pose("b").build().j["n_knee"]

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_side(svg, fig.hip.x + 18 * s, seat_top(fig), FLOOR, s)

    lb = lerp(j["low_back"], j["belly"], 0.3)
    bt = lerp(j["buttock"], j["hip"], 0.35)
    hl = band(lb, bt, -0.05, 1.0, 6.5 * s * 0.9)

    def marks(svg: Svg) -> None:
        start = kb + P(34, 0)
        straight_arrow(svg, start, start + P(-1, -0.4).unit() * 20)
        if b:
            pulse(svg, lerp(j["low_back"], j["buttock"], 0.5) + P(-12, 0), 180, r=4)

    return scene(built, props, {"body": [hl]}, marks)


# --- S25 upper-back arch over the chair back ------------------------------------------------


def chair_extension(frame: str) -> Svg:
    s = 1.3
    b = frame == "b"
    fig0 = seated_side(92, s)
    seat_y = seat_top(fig0)
    pivot_u = 13.0  # the backrest top, just below the shoulder blades (chest frame)
    top_y = fig0.hip.y - (DIMS.pelvis_len + pivot_u) * s
    cs = (seat_y - top_y) / 46  # chair scale that puts the backrest top there

    def pose(f: str) -> Built:
        if f == "b":
            # the upper back arches over the backrest; the low back stays on the chair
            built = bend_upper(replace(fig0, neck=-12.0, head_pitch=-14.0), -20.0, pivot_u)
        else:
            built = bend_upper(replace(fig0, neck=6.0), 0.0, pivot_u)
        j = built.j
        head = j["head"]
        look = (j["eye"] - head).unit()
        # hands clasped behind the head (wrists beside it, behind the ears), elbows forward:
        # the arms also reach inwards, so they are foreshortened in this side view
        wr = head - look * (DIMS.head_r * s * 0.45) + look.perp() * (5 * s)
        side_arms(built, wr, P(1, 0.5), deg_of(-look.rotate(-30)), 0.8, 0.9, P(-1, -1))
        return built

    built = pose(frame)
    j = built.j
    a = pose("a").j
    # the chair: its backrest pad touches the back in frame a
    pad_face = a["low_back"].x - OUTLINE  # front face of the pad at its top
    front_x = pad_face - 5.5 * cs + 2 * cs + 44 * cs

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_side(svg, front_x, seat_y, FLOOR, cs)

    ub = lerp(j["upper_back"], j["chest_front"], 0.18)
    hl = hl_ellipse(ub + P(0, -3), 6.5 * s, 11 * s, angle_of(j["neck_base"] - j["waist"]) + 90)
    top = P(pad_face - 3, top_y)

    def marks(svg: Svg) -> None:
        arc_arrow(svg, top, 30, -105, -172)
        if b:
            pulse(svg, ub + P(-6, -18), -120, r=4)

    return scene(built, props, {"body": [hl]}, marks)


# --- S17 ankle pumps ------------------------------------------------------------------------


def ankle_pumps(frame: str) -> Svg:
    """Lower-body detail: sitting, the right leg stretched out a little, the foot pumping."""
    s = 1.9
    crop = 50.0
    thigh, knee = 84.0, 46.0
    flex = {"a": 48.0, "b": -14.0}  # plantar flexion: a toes pointed, b pulled back
    probe = SideFigure(hip=P(0, 0), s=s)
    r_foot = r_out(DIMS.w_foot, s)

    def lowest(f: str) -> float:
        _, _, heel, toe = probe.leg(P(0, 0), LegA(thigh, knee, flex[f]))
        return max(heel.y, toe.y) + r_foot

    hip = P(44, FLOOR - max(lowest("a"), lowest("b")))
    fig = SideFigure(
        hip=hip,
        s=s,
        near_leg=LegA(thigh, knee, flex[frame]),
        far_leg=LegT(P(hip.x + 44 * s, FLOOR - ankle_height(s))),
    )
    fig = hands_on_thighs(fig, 0.5)
    full = fig.build()
    built = crop_top(full, r_out(DIMS.w_upper, s) + 0.5)
    j = built.j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_side(svg, hip.x + 24 * s, seat_top(fig), FLOOR, s)

    kn, an = j["n_knee"], j["n_ankle"]
    calf = band(kn, an, 0.1, 0.75, 4.6 * s, 3.2 * s, toward=P(-1, 0))
    heel = band(kn, an, 0.78, 1.0, 3.6 * s, 1.2 * s, toward=P(-1, 0))

    def marks(svg: Svg) -> None:
        sdeg = thigh - knee
        t_a = angle_of(down_dir(sdeg + 90 - flex["a"]))
        t_b = angle_of(down_dir(sdeg + 90 - flex["b"]))
        arc_arrow(svg, an, 15 * s + 13, t_a + 6, t_b - 8, double=True)

    svg = Svg()
    props(svg)
    built.draw(svg, {"body": [calf, heel]})
    svg.rect(0, 0, SIZE, crop, fill=PAPER)  # the crop line: everything above is covered
    svg.figure_bbox.y0 = max(svg.figure_bbox.y0, crop)
    marks(svg)
    return svg


SCENES: dict[str, Scene] = {
    "neck.head_turn": head_turn,
    "shoulder.cross_body": cross_body,
    "trunk.seated_twist": seated_twist,
    "hip.seated_figure4": figure4,
    "hand.spread_and_fist": hand_closeup,
    "upper_back.forward_reach": forward_reach,
    "chest.seated_opener": seated_opener,
    "low_back.seated_knee_hug": knee_hug,
    "upper_back.chair_extension": chair_extension,
    "leg.ankle_pumps": ankle_pumps,
}
