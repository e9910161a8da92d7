"""Neck and shoulder scenes (frame "a" start, "b" end or hold): chin glide, side tilt, head
turn, shoulder rolls and the cross-body stretch."""

from __future__ import annotations

from dataclasses import replace

from figure import (
    DIMS,
    ArmA,
    Built,
    Disc,
    FArm,
    FrontFigure,
    Layer,
    SideFigure,
    Tube,
)
from geom import P, angle_of, lerp, poly_d
from poses_base import (
    FLOOR,
    LAP,
    Scene,
    band,
    front_seated_hip,
    hands_on_thighs,
    layer,
    scene,
    seat_top,
    seated_front,
    seated_side,
    turned_nose,
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
from svgdoc import INK, OUTLINE, PAPER, PROP, Svg
from view3d import SHOULDER3, V3, FrontArms3, lerp3, sph, two_bone3


def chin_glide(frame: str) -> Svg:
    s = 1.35

    def pose(f: str) -> SideFigure:
        return hands_on_thighs(replace(seated_side(72, s), neck=15.0 if f == "a" else -2.0))

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

    hl = band(j["neck_base"], j["head"], -0.05, 0.5, 5.5, 5.0, toward=P(-1, 0))
    return scene(built, props, {"body": [hl]}, marks)


def side_tilt(frame: str) -> Svg:
    s = 1.3
    cx = 120.0
    hip = front_seated_hip(cx, s)
    seat_y = hip.y + 6 * s + OUTLINE
    cs = s * 1.08
    base = FrontFigure(hip=hip, s=s, seated=True, right_leg=LAP, left_leg=LAP)
    j0 = base.build().j
    fig = replace(
        base,
        neck_tilt=0.0 if frame == "a" else 36.0,
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
    bj = replace(fig, neck_tilt=36.0).build().j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_front(svg, cx, seat_y, FLOOR, cs)

    top, sh = j["r_neck"], j["r_shoulder"]
    hl = hl_ellipse(lerp(top, sh, 0.32), (sh - top).length() * 0.52, 5.2 * s, angle_of(sh - top))

    def marks(svg: Svg) -> None:
        arc_arrow(svg, bj["neck_base"], DIMS.neck_len * s + 22, -80, -30)
        if frame == "b":
            pulse(svg, lerp(top, sh, 0.3) + P(-6, -9), -130, r=5)

    return scene(built, props, {"body": [hl]}, marks)


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
