"""Upper-back and chest scenes: blade squeeze, forward reach, chair extension, the seated
chest opener and the wall chest stretch."""

from __future__ import annotations

from dataclasses import replace

from figure import (
    DIMS,
    ArmA,
    ArmT,
    Built,
    FArm,
    FLeg,
    FrontFigure,
    SideFigure,
)
from geom import P, angle_of, down_dir, lerp, up_dir
from poses_base import (
    FLOOR,
    Scene,
    bend_upper,
    deg_of,
    scene,
    seat_top,
    seated_side,
    side_arms,
)
from props import (
    arc_arrow,
    chair_side,
    floor,
    guide,
    hl_ellipse,
    pulse,
    straight_arrow,
    wall,
)
from svgdoc import OUTLINE, Svg


def blade_squeeze(frame: str) -> Svg:
    """Back detail: standing, seen from behind, cropped at mid-thigh."""
    s = 1.55
    hip = P(120, 160)
    b = frame == "b"
    if b:
        arm = FArm(out=3, elbow=98, fore_len=0.62, hand=-4, fore_behind=True)
    else:
        arm = FArm(out=3, elbow=88, fore_len=0.25, fore_behind=True)
    fig = FrontFigure(
        hip=hip, s=s, back=True, right_arm=arm, left_arm=arm, blades=4.0 if b else 8.5
    )
    built = fig.build()
    j = built.j
    c = j["mid_back"]
    hl = hl_ellipse(c + P(0, -1), 9.5 * s, 12 * s)

    def marks(svg: Svg) -> None:
        y = c.y - 1
        for sx in (-1, 1):
            straight_arrow(svg, P(c.x + sx * 66, y), P(c.x + sx * 46, y))
        if b:
            pulse(svg, c + P(17, -30), -75, r=6, length=5, spread=42)

    return scene(built, None, {"body": [hl]}, marks, crop_y=FLOOR)


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


def chest_wall(frame: str) -> Svg:
    s = 1.0
    b = frame == "b"
    base = P(132, FLOOR - 99 - 4.5 - 4 - OUTLINE)
    ref = FrontFigure(hip=base, s=s).build().j
    shoulder = ref["r_shoulder"]
    elbow = shoulder + down_dir(80, -1) * (DIMS.upper_arm * s)
    wrist = elbow + P(0, -DIMS.forearm * s)
    wall_x = elbow.x - (DIMS.w_fore * s / 2 + OUTLINE) - 0.5
    fig = FrontFigure(
        hip=base + P(9, 0) if b else base,
        s=s,
        yaw=55.0 if b else 0.0,
        head_yaw=85.0 if b else 0.0,
        chest_line=True,
        right_arm=FArm(wrist=wrist, hint=P(0, 1), hand=0),
        # the free arm swings away with the turn
        left_arm=FArm(out=6, elbow=4) if not b else FArm(out=24, elbow=34, upper_len=0.85),
        right_leg=FLeg(P(2, 50), P(3, 99)),
        left_leg=FLeg(P(1, 48), P(2, 94)),
    )
    built = fig.build()
    j = built.j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR - 5)
        wall(svg, wall_x, 14, FLOOR - 5, 9, toward=-1)

    hl = hl_ellipse(lerp(j["r_shoulder"], j["r_chest"], 0.5) + P(1, 1), 10.5, 8, 20)

    def marks(svg: Svg) -> None:
        y = shoulder.y - 1
        guide(svg, P(wall_x + 3, y), P(shoulder.x + 10, y), dotted=False)
        arc_arrow(svg, j["waist"] + P(3, 4), 30, 160, 25, ry=9)
        if b:
            pulse(svg, j["r_shoulder"] + P(-3, -13), -105, r=4)

    return scene(built, props, {"body": [hl]}, marks)


SCENES: dict[str, Scene] = {
    "upper_back.blade_squeeze": blade_squeeze,
    "upper_back.forward_reach": forward_reach,
    "upper_back.chair_extension": chair_extension,
    "chest.seated_opener": seated_opener,
    "chest.wall_stretch": chest_wall,
}
