"""Neck and shoulder scenes (frame "a" start, "b" end or hold): chin glide, side tilt, head
turn, shoulder rolls and the cross-body stretch."""

from __future__ import annotations

import math
from dataclasses import replace

from figure import (
    DIMS,
    ArmA,
    Blob,
    Built,
    Disc,
    FArm,
    FrontFigure,
    Layer,
    LegA,
    SideFigure,
    Tube,
    ink_line,
)
from geom import P, angle_of, lerp
from poses_base import (
    FLOOR,
    LAP,
    Scene,
    band,
    hands_on_thighs,
    layer,
    scene,
    seat_top,
    seated_front,
    seated_side,
)
from props import (
    arc_arrow,
    chair_front,
    chair_side,
    floor,
    guide,
    hl_ellipse,
    pulse,
    straight_arrow,
)
from svgdoc import INK, OUTLINE, PAPER, PROP, Draw, Svg
from view3d import SHOULDER3, V3, FrontArms3, lerp3, sph, two_bone3


def chin_glide(frame: str) -> Svg:
    """Upper-body detail at a larger scale, cropped below the knees: the head slides straight
    back over the shoulders, the neck going from leaning forward to upright, eyes level."""
    s = 1.9

    def pose(f: str) -> SideFigure:
        fig = SideFigure(
            hip=P(62, 192),
            s=s,
            neck=22.0 if f == "a" else -5.0,
            near_leg=LegA(86, 86),
            far_leg=LegA(86, 86),
        )
        return hands_on_thighs(fig)

    fig = pose(frame)
    built, a, b = fig.build(), pose("a").build().j, pose("b").build().j
    j = built.j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_side(svg, fig.hip.x + 24 * s, seat_top(fig), FLOOR, s)

    def marks(svg: Svg) -> None:
        eye = j["eye"]
        guide(svg, P(eye.x + 14, eye.y), P(226, eye.y))
        y = a["chin"].y + 3
        straight_arrow(svg, P(a["chin"].x + 26, y), P(b["chin"].x + 9, y))
        if frame == "b":
            pulse(svg, j["nape"] + P(-4, 9), 180, r=5)

    hl = band(j["neck_base"], j["head"], -0.05, 0.5, 5.5, 6.0, toward=P(-1, 0))
    return scene(built, props, {"body": [hl]}, marks, crop_y=FLOOR)


def side_tilt(frame: str) -> Svg:
    """Upper-body detail at a larger scale, cropped through the thighs: the right hand holds
    the seat edge while the head tips towards the left shoulder."""
    s = 1.7
    cx = 120.0
    hip = P(cx, 166.0)
    seat_y = hip.y + 6 * s + OUTLINE
    cs = s * 1.08
    base = FrontFigure(hip=hip, s=s, seated=True, right_leg=LAP, left_leg=LAP)
    j0 = base.build().j
    fig = replace(
        base,
        neck_tilt=0.0 if frame == "a" else 40.0,
        right_arm=FArm(
            wrist=P(cx - 25 * cs - 1.5, seat_y - 1),
            hint=P(-1, 0.1),
            hand=-4,
            upper_len=0.92,
            fore_len=0.86,
        ),
        left_arm=FArm(wrist=j0["l_knee"] + P(2, -11 * s), hint=P(1, 0.2), hand=-25),
    )
    built = fig.build()
    j = built.j
    bj = replace(fig, neck_tilt=40.0).build().j

    def props(svg: Svg) -> None:
        chair_front(svg, cx, seat_y, FLOOR, cs)

    top, sh = j["r_neck"], j["r_shoulder"]
    hl = hl_ellipse(lerp(top, sh, 0.32), (sh - top).length() * 0.52, 5.2 * s, angle_of(sh - top))

    def marks(svg: Svg) -> None:
        arc_arrow(svg, bj["neck_base"], DIMS.neck_len * s + 22, -80, -30)
        if frame == "b":
            pulse(svg, lerp(top, sh, 0.3) + P(-6, -9), -130, r=5)

    return scene(built, props, {"body": [hl]}, marks, crop_y=FLOOR)


def head_turn(frame: str) -> Svg:
    """Head and shoulders close up, seen from the front (left), and the same seen from above
    (right panel). a faces the viewer: both ears, both eyes, the nose in the middle. b has
    turned to look over the right shoulder, so the front view shows the head in profile (nose
    and chin at its edge, one ear mid-head, the head as wide as it is deep) and the view from
    above shows the nose pointing over the shoulder while the shoulders stay square."""
    s = 3.2
    cx = 100.0
    crop = 226.0
    b = frame == "b"
    base = FrontFigure(hip=P(0, 0), s=s, seated=True, right_leg=LAP, left_leg=LAP)
    hip = P(cx, 96.0 - base.build().j["head"].y)
    fig = replace(base, hip=hip, right_arm=FArm(out=6.0), left_arm=FArm(out=6.0))
    built = fig.build()
    built.layers = [ly for ly in built.layers if ly.name != "lap"]
    j = built.j
    head = j["head"]
    hr = DIMS.head_r * s
    body = layer(built, "body")
    # the trunk is cut off at the crop line (the scene covers everything below it)
    trunk = [
        P(q.x, min(q.y, crop + 4)) for sh in body.shapes if isinstance(sh, Blob) for q in sh.points
    ]
    neck = Tube([j["neck_base"] + (head - j["neck_base"]) * 0.1, head], DIMS.w_neck * s)
    body.shapes = [Blob(trunk), neck]
    eye_r = 1.6
    if b:
        side = fig.side("right")  # the face turns to the figure's right (the viewer's left)
        # in profile the head is deeper than it is wide: the back of the skull bulges out on
        # the far side while the face keeps to the near edge
        c = head + P(-side * hr * 0.14, -hr * 0.04)
        skull = Blob(_ellipse(c, hr * 1.1, hr * 1.0))
        face = c + P(side * hr * 1.02, 0)
        nose = Tube([face + P(0, -hr * 0.16), face + P(side * hr * 0.3, hr * 0.18)], 6.5)
        chin = Tube([c + P(side * hr * 0.62, hr * 0.8), c + P(side * hr * 0.92, hr * 0.6)], 9.0)
        body.shapes += [skull, nose, chin]
        ear = c + P(-side * hr * 0.05, hr * 0.1)
        body.details = [
            ink_line(_ellipse(ear, hr * 0.17, hr * 0.27)[2:9], 2.5, smooth=True),
            ink_dot(c + P(side * hr * 0.74, -hr * 0.14), eye_r),
            # the jaw runs back to below the ear
            ink_line([c + P(side * hr * 0.55, hr * 0.86), ear + P(0, hr * 0.42)], 2.5),
            # the neck muscle that stands out on the turned-away side
            ink_line([ear + P(0, hr * 0.45), lerp(j["neck_base"], j["l_shoulder"], 0.2)], 2.5),
        ]
    else:
        skull = Blob(_ellipse(head, hr * 0.86, hr * 1.06))
        ears = [Disc(head + P(sx * hr * 0.86, hr * 0.08), hr * 0.2) for sx in (-1, 1)]
        body.shapes += [*ears, skull]
        body.details = [
            ink_line([head + P(0, -hr * 0.05), head + P(0, hr * 0.28)], 2.5),
            *(ink_dot(head + P(sx * hr * 0.34, -hr * 0.14), eye_r) for sx in (-1, 1)),
        ]

    nb = j["neck_base"]
    lside = P(2 * nb.x - j["r_neck"].x, j["r_neck"].y)  # the figure's left side of the neck
    hl = hl_ellipse(lside + P(0, 4), 4.0 * s, 8.0 * s, -12)

    def marks(svg: Svg) -> None:
        arc_arrow(svg, head + P(0, -hr - 8), hr + 16, 15, 165, ry=7)
        if b:
            pulse(svg, lside + P(14, -4), -20, r=5)
        top_view(svg, P(194, 46), -75.0 if b else 0.0)

    return scene(built, None, {"body": [hl]}, marks, crop_y=crop)


def top_view(svg: Svg, c: P, turn: float) -> None:
    """A panel seen from above (the front of the body towards the viewer): the shoulders and
    the head with its nose and ears, turned `turn` degrees (negative: towards the figure's
    right, which is the viewer's left), with a turning arrow."""
    svg.rect(c.x - 32, c.y - 32, 64, 64, stroke=PROP, fill=PAPER, rx=5)
    hc = c + P(0, -3)
    hr = 11.0
    nd = P(0, 1).rotate(-turn)
    panel = Built(
        [
            Layer("shoulders", [Tube([c + P(-21, 3), c + P(21, 3)], 11.0)]),
            Layer(
                "head",
                [
                    Disc(hc + nd.perp() * hr, 3.0),
                    Disc(hc - nd.perp() * hr, 3.0),
                    Tube([hc + nd * (hr - 3), hc + nd * (hr + 4)], 6.0),
                    Disc(hc, hr),
                ],
            ),
        ],
        {},
        1.0,
    )
    panel.draw(svg)
    arc_arrow(svg, hc, hr + 13, 52, 150)


def _ellipse(c: P, rx: float, ry: float, n: int = 16) -> list[P]:
    return [
        c + P(math.cos(2 * math.pi * i / n) * rx, math.sin(2 * math.pi * i / n) * ry)
        for i in range(n)
    ]


def ink_dot(c: P, r: float) -> Draw:
    def draw(svg: Svg) -> None:
        svg.circle(c, r, fill=INK)

    return draw


def shoulder_rolls(frame: str) -> Svg:
    s = 1.35

    def pose(f: str) -> SideFigure:
        up = f == "b"
        # the arms hang loose at the sides and ride up with the shoulders
        return replace(
            seated_side(80, s),
            shrug=16.0 if up else 0.0,
            shoulder_back=8.0 if up else 0.0,
            near_arm=ArmA(3.0, 8.0),
            far_arm=ArmA(-3.0, 8.0),
        )

    fig = pose(frame)
    built = fig.build()
    a = pose("a").build().j
    j = built.j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_side(svg, fig.hip.x + 24 * s, seat_top(fig), FLOOR, s)

    top = lerp(j["neck_base"], j["shoulder"], 0.5) + P(-2, -7 * s)
    hl = hl_ellipse(top, 9.5 * s, 4.8 * s, -6)

    def marks(svg: Svg) -> None:
        arc_arrow(svg, a["shoulder"] + P(-2, 1), 17 * s, 15, -245)

    return scene(built, props, {"body": [hl]}, marks)


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
    toward = 72.0 if b else 34.0
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


SCENES: dict[str, Scene] = {
    "neck.chin_glide": chin_glide,
    "neck.side_tilt": side_tilt,
    "neck.head_turn": head_turn,
    "shoulder.rolls": shoulder_rolls,
    "shoulder.cross_body": cross_body,
}
