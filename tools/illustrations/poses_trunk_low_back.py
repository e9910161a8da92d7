"""Trunk and low-back scenes: side reach, seated twist, standing back bend and knee hug."""

from __future__ import annotations

import math
from dataclasses import replace

from figure import (
    DIMS,
    ArmT,
    FArm,
    FLeg,
    FrontFigure,
    LegA,
    LegT,
    SideFigure,
)
from geom import P, angle_of, lerp
from poses_base import (
    FLOOR,
    Scene,
    band,
    deg_of,
    flat_ankle,
    layer,
    r_out,
    scene,
    seat_top,
    seated_front,
    seated_side,
    standing_hip_y,
    turned_nose,
)
from props import (
    arc_arrow,
    chair_front,
    chair_side,
    floor,
    hl_ellipse,
    pulse,
    straight_arrow,
)
from svgdoc import OUTLINE, Svg
from view3d import SHOULDER3, V3, FrontArms3, lerp3, two_bone3


def side_reach(frame: str) -> Svg:
    s = 0.82
    b = frame == "b"
    hip = P(120, FLOOR - (94 + 4.5 + 4) * s - OUTLINE)
    legs = FLeg(P(2, 47), P(4, 93))
    base = FrontFigure(
        hip=hip,
        s=s,
        right_leg=legs,
        left_leg=legs,
        right_arm=FArm(out=172, elbow=4),
        left_arm=FArm(out=14, elbow=10),
    )
    fig = base
    if b:
        fig = replace(base, side_bend=24.0, neck_tilt=30.0, right_arm=FArm(out=226, elbow=12))
    built = fig.build()
    j = built.j
    a = base.build().j
    hl = band(j["r_flank0"], j["r_flank1"], -0.15, 1.0, 6.5)

    def marks(svg: Svg) -> None:
        c = a["waist"]
        ht = a["r_hand"]
        a0 = angle_of(ht - c) + 3
        arc_arrow(svg, c, (ht - c).length() + 12, a0, a0 + 52)
        if b:
            pulse(svg, lerp(j["r_flank0"], j["r_flank1"], 0.5) + P(-14, 0), 180, r=4)

    return scene(built, lambda svg: floor(svg, FLOOR), {"body": [hl]}, marks)


def seated_twist(frame: str) -> Svg:
    s = 1.3
    cx = 120.0
    b = frame == "b"
    yaw = -55.0 if b else 0.0
    fig, seat_y = seated_front(cx, s)
    fig = replace(fig, yaw=yaw, head_yaw=-85.0 if b else 0.0)
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


def backbend(frame: str) -> Svg:
    s = 1.0
    b = frame == "b"
    ax = 112.0

    def pose(f: str) -> SideFigure:
        bb = f == "b"
        fig = SideFigure(
            hip=P(ax + (11.0 if bb else 0.0), standing_hip_y(s, 2.0 if bb else 0.5)),
            s=s,
            pelvis=-5.0 if bb else 0.0,
            chest=-15.0 if bb else 0.0,
            neck=-16.0 if bb else 5.0,
            head_pitch=-14.0 if bb else 0.0,
            # hands on the back of the hips draw the shoulders back: the joint sits towards
            # the back of the chest, not on its front
            shoulder_back=9.0,
            near_leg=LegT(flat_ankle(ax + 1, s)),
            far_leg=LegT(flat_ankle(ax + 1, s)),
        )
        j = fig.build().j
        lb, bt = j["low_back"], j["buttock"]
        along = (lb - bt).unit()
        back = along.perp() if along.perp().x < 0 else -along.perp()
        wr = lerp(bt, lb, 0.35) + back * (r_out(DIMS.w_hand, s) + OUTLINE - 2.5)
        hand = math.degrees(math.atan2(-along.x, -along.y))
        return replace(
            fig,
            near_arm=ArmT(wr, P(-1, -0.3), hand=hand),
            far_arm=ArmT(wr + P(2, 1), P(-1, -0.3), hand=hand),
        )

    built = pose(frame).build()
    j = built.j
    a = pose("a").build().j
    hl = hl_ellipse(lerp(j["low_back"], j["belly"], 0.2) + P(0, 3), 6.5, 12, -14 if b else 0)

    def marks(svg: Svg) -> None:
        c = a["hip"]
        ang = angle_of(a["head"] - c)
        arc_arrow(svg, c, (a["head"] - c).length() + 24, ang - 4, ang - 24)

    return scene(built, lambda svg: floor(svg, FLOOR), {"body": [hl]}, marks)


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


SCENES: dict[str, Scene] = {
    "trunk.side_reach": side_reach,
    "trunk.seated_twist": seated_twist,
    "low_back.standing_backbend": backbend,
    "low_back.seated_knee_hug": knee_hug,
}
