"""Trunk and low-back scenes: side reach, seated twist, standing back bend and knee hug."""

from __future__ import annotations

import math
from dataclasses import replace

from fig3 import Fig3, Limb, Trunk, arm, chair3, leg
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
    r_out,
    scene,
    seat_top,
    seated_side,
    standing_hip_y,
)
from props import (
    arc_arrow,
    chair_side,
    floor,
    hl_ellipse,
    pulse,
    straight_arrow,
)
from svgdoc import OUTLINE, Svg
from view3d import V3, Cam, two_bone3


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
    """Three-quarter view from the front-left and a little above: sitting tall on a chair,
    arms crossed, hands on the front of the opposite shoulders; the ribs turn to the right
    while the hips and knees keep facing forward."""
    b = frame == "b"
    s = 1.22
    cam = Cam(P(124, 128), s, yaw=-14.0, tilt=12.0)
    d = DIMS
    trunk = Trunk(twist=-55.0 if b else 0.0)
    m = trunk.marks()
    fw, lf, up = m["fw_c"], m["left_c"], m["up_c"]
    seat_y = -(d.w_thigh / 2 + OUTLINE + 2.0)
    limbs: list[Limb] = []
    for side, sx in (("r", -1.0), ("l", 1.0)):
        hip = V3(sx * 9.0, 0, 0)
        kn = hip + V3(sx * 2.5, -1.0, d.thigh - 0.5).unit() * d.thigh
        an = kn + V3(0, -d.shank, 3.0).unit() * d.shank
        heel, toe = an + V3(0, -4.5, -3.0), an + V3(sx * 1.0, -4.5, 15.0)
        limbs += leg(f"{side}_leg", hip, kn, an, heel, toe, front=True)
    floor_y = limbs[0].points[2].y - 4.5 - (d.w_foot / 2 + OUTLINE)
    # arms crossed: each hand on the front of the opposite shoulder, the right arm on top
    for side, sx, lift in (("r", -1.0, 0.0), ("l", 1.0, -3.0)):
        sh = m[f"{side}_shoulder"]
        other = m["l_shoulder" if side == "r" else "r_shoulder"]
        wr = other + fw * 9.0 + up * (-6.0 + lift) + lf * (sx * 4.0)
        el, wr = two_bone3(sh, wr, d.upper_arm, d.forearm, fw * 1.0 + up * -0.6 + lf * (sx * 0.2))
        tip = wr + (other + fw * 6.0 + up * 2.0 - wr).unit() * d.hand
        limbs.append(arm(f"{side}_arm", sh, el, wr, tip, front=True))
    limbs[-1], limbs[-2] = limbs[-2], limbs[-1]
    fig = Fig3(cam, trunk, limbs, head_turn=-25.0 if b else 0.0)
    built = fig.build()
    # the crossed arms: the right forearm lies over the left one
    names = [ly.name for ly in built.layers]
    order = [ly for ly in built.layers if ly.name not in ("r_arm", "l_arm")]
    arms_ = [built.layers[names.index("l_arm")], built.layers[names.index("r_arm")]]
    built.layers = order + arms_
    rib = cam.p(m["waist"] + up * 10.0 + fw * 4.0)

    def props(svg: Svg) -> None:
        floor(svg, cam.p(V3(0, floor_y, 20)).y + 6)
        chair3(svg, cam, seat_y, floor_y, (-25.0, 25.0, -30.0, 14.0))

    def marks(svg: Svg) -> None:
        c = cam.p(V3(0, d.pelvis_len + 6, 0))
        arc_arrow(svg, c, 40, 20, 160, ry=11)

    hl = hl_ellipse(rib, 15 * s, 8 * s)
    return scene(built, props, {"body": [hl]}, marks)


def backbend(frame: str) -> Svg:
    s = 1.0
    b = frame == "b"
    ax = 112.0

    def pose(f: str) -> SideFigure:
        bb = f == "b"
        fig = SideFigure(
            hip=P(ax + (10.0 if bb else 0.0), standing_hip_y(s, 2.0 if bb else 0.5)),
            s=s,
            pelvis=-5.0 if bb else 0.0,
            chest=-15.0 if bb else 0.0,
            # eyes stay ahead: the neck and head don't tip back further than the chest
            neck=-8.0 if bb else 5.0,
            head_pitch=-8.0 if bb else 0.0,
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
