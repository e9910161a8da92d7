"""Upper-back and chest scenes: blade squeeze, forward reach, chair extension, the seated
chest opener and the wall chest stretch."""

from __future__ import annotations

import math
from dataclasses import replace

from fig3 import Fig3, Limb, Trunk, arm, leg
from figure import (
    DIMS,
    ArmA,
    ArmT,
    Built,
    FArm,
    FrontFigure,
    SideFigure,
)
from geom import P, angle_of, down_dir, lerp, poly_d, up_dir
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
)
from svgdoc import OUTLINE, PAPER, PROP, Svg
from view3d import V3, Cam, two_bone3


def blade_squeeze(frame: str) -> Svg:
    """Back detail: standing, seen from behind, cropped at mid-thigh."""
    s = 1.55
    hip = P(120, 160)
    b = frame == "b"
    if b:
        arm = FArm(out=4, elbow=106, fore_len=0.72, hand=-8, fore_behind=True)
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
    """Three-quarter view from the front-left and a little above. The right forearm stands
    upright against a wall on the figure's right, elbow just below shoulder height, feet
    together; in b the right foot has stepped forward and the chest (and the body with it)
    turns away from the wall, to the left, towards the viewer, while the forearm stays where it
    was on the wall."""
    b = frame == "b"
    s = 0.98
    d = DIMS
    cam0 = Cam(P(128, 118), s, yaw=-42.0, tilt=16.0)
    trunk = Trunk(twist=55.0 if b else 0.0)
    m = trunk.marks()
    a_sh = Trunk().marks()["r_shoulder"]
    wall_x = -54.0  # elbow centre; the wall face is one forearm radius further out
    face_x = wall_x - (d.w_fore / 2 + OUTLINE) - 0.5
    elbow = V3(wall_x, a_sh.y - 6.0, a_sh.z - 8.5)
    # in b the body has turned and stepped so the upper arm still reaches the same elbow
    sh_b = m["r_shoulder"]
    shift = V3(wall_x + 33.5 - sh_b.x, 0.0, elbow.z + 10.5 - sh_b.z) if b else V3(0, 0, 0)
    o = cam0.p(shift) - cam0.p(V3(0, 0, 0))
    cam = Cam(cam0.origin + o, s, cam0.yaw, cam0.tilt)
    el = elbow - shift
    wr = el + V3(0, d.forearm, 0.5)
    tip = wr + V3(0, d.hand, 0.3)
    limbs: list[Limb] = [arm("r_arm", m["r_shoulder"], el, wr, tip)]
    fw, up, lf = m["fw_c"], m["up_c"], m["left_c"]
    l_sh = m["l_shoulder"]
    l_el = l_sh + up * -d.upper_arm * 0.98 + lf * 4.0 + fw * (-3.0 if b else 2.0)
    l_wr = l_el + (up * -1.0 + fw * (0.45 if b else 0.25)).unit() * d.forearm
    limbs.append(arm("l_arm", l_sh, l_el, l_wr, l_wr + (l_wr - l_el).unit() * d.hand))
    legs_len = d.thigh + d.shank - 1.5
    # a: standing side-on, feet together; b: the right foot has stepped forward
    for side, sx, fz in (("r", -1.0, 26.0 if b else 1.0), ("l", 1.0, -6.0 if b else -1.0)):
        hip = V3(sx * 9.0, 0, 0)
        an = hip + V3(sx * 2.0, -math.sqrt(legs_len**2 - fz**2 - 4.0), fz)
        kn, an = two_bone3(hip, an, d.thigh, d.shank, V3(0, 0, 1))
        heel, toe = an + V3(0, -4.5, -3.0), an + V3(sx * 1.5, -4.5, 15.0)
        limbs += leg(f"{side}_leg", hip, kn, an, heel, toe)
    floor_y = min(q.y for q in (limbs[-1].points[0], limbs[-3].points[0])) - (
        d.w_foot / 2 + OUTLINE
    )
    fig = Fig3(cam, trunk, limbs, head_turn=20.0 if b else 0.0)
    built = fig.build()
    chest = cam.p(m["chest_r"] * 0.55 + m["r_shoulder"] * 0.45 + fw * 3.0)

    def wall_shapes(svg: Svg) -> None:
        top, z0, z1 = 96.0, -80.0, 28.0
        fy = floor_y + shift.y
        pts = [V3(face_x, fy, z0), V3(face_x, top, z0), V3(face_x, top, z1), V3(face_x, fy, z1)]
        svg.path(poly_d([cam0.p(q) for q in pts], closed=True), stroke=PROP, fill=PAPER)
        edge = [V3(face_x, fy, z1), V3(face_x - 8, fy, z1), V3(face_x - 8, top, z1)]
        svg.path(poly_d([cam0.p(q) for q in [*edge, V3(face_x, top, z1)]], closed=True),
                 stroke=PROP, fill=PAPER)  # fmt: skip
        floor(svg, cam0.p(V3(0, floor_y, 30.0)).y + 4)
        # shoulder height, dashed along the wall: the elbow stays just below it
        y = a_sh.y
        guide(svg, cam0.p(V3(face_x, y, -45.0)), cam0.p(V3(face_x, y, 24.0)), dotted=False)

    def marks(svg: Svg) -> None:
        arc_arrow(svg, cam.p(V3(0, d.pelvis_len + 4, 0)), 36, 160, 20, ry=10)

    hl = hl_ellipse(chest, 10 * s, 8 * s, 20)
    return scene(built, wall_shapes, {"body": [hl]}, marks)


SCENES: dict[str, Scene] = {
    "upper_back.blade_squeeze": blade_squeeze,
    "upper_back.forward_reach": forward_reach,
    "upper_back.chair_extension": chair_extension,
    "chest.seated_opener": seated_opener,
    "chest.wall_stretch": chest_wall,
}
