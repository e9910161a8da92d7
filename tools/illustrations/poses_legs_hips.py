"""Hip and leg scenes: hip-front stretch, figure-4, calf stretch and ankle pumps."""

from __future__ import annotations

from dataclasses import replace

from fig3 import Fig3, Limb, Trunk, arm, chair3, leg
from figure import (
    DIMS,
    ArmT,
    LegA,
    LegT,
    SideFigure,
    ankle_height,
)
from geom import P, angle_of, down_dir, lerp, up_dir
from poses_base import (
    FLOOR,
    Scene,
    ankle_from_toe,
    band,
    crop_top,
    fit_hip_y,
    flat_ankle,
    hands_on_thighs,
    r_out,
    scene,
    seat_top,
)
from props import (
    arc_arrow,
    chair_side,
    desk_side,
    floor,
    hl_ellipse,
    pulse,
    straight_arrow,
    wall,
)
from svgdoc import OUTLINE, PAPER, SIZE, Svg
from view3d import V3, Cam, lerp3, two_bone3


def hip_flexor(frame: str) -> Svg:
    s = 1.0
    b = frame == "b"
    desk_top = FLOOR - 84 * s
    x0 = 96.0
    edge = x0 + 24
    back_foot = 48.0 if b else 56.0
    back_ankle = ankle_from_toe(x0 - 40, back_foot, s)
    front_ankle = flat_ankle(x0 + 36, s)
    hx = x0 + (10 if b else 0)
    hip = P(hx, fit_hip_y(hx, [back_ankle, front_ankle], s, 8.0 if b else 2.0))
    fig = SideFigure(
        hip=hip,
        s=s,
        pelvis=-6.0 if b else 0.0,
        chest=-1.0 if b else 1.0,
        neck=10.0,
        near_leg=LegT(back_ankle, foot=back_foot),
        far_leg=LegT(front_ankle),
    )
    wr = P(edge + 4, desk_top - r_out(DIMS.w_hand, s) + 1)
    fig = replace(
        fig,
        near_arm=ArmT(wr, P(-0.5, 1), hand=93),
        far_arm=ArmT(wr + P(-3, 0), P(-0.5, 1), hand=93),
    )
    built = fig.build()
    j = built.j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        desk_side(svg, edge, desk_top, FLOOR, 236, s, leg_x=edge + 70)

    hl = band(j["hip"], j["n_knee"], 0.05, 0.42, 5.0, 4.0, toward=P(1, 0))

    def marks(svg: Svg) -> None:
        y = hip.y - 4
        x = x0 - 28
        straight_arrow(svg, P(x - 22, y), P(x - 2, y))
        if b:
            pulse(svg, lerp(j["hip"], j["n_knee"], 0.3) + P(-12, 4), 190, r=4)

    return scene(built, props, {"body": [hl]}, marks)


def figure4(frame: str) -> Svg:
    """Seen from the front, a little to the left and above: sitting on a chair, the left foot
    flat, the right ankle resting on the left knee and the right knee dropped out to the side
    (the "4"); in b the trunk tips forward from the hips with a long back."""
    b = frame == "b"
    s = 1.3
    d = DIMS
    cam = Cam(P(126, 118), s, yaw=-24.0, tilt=22.0)
    hinge = 34.0 if b else 0.0
    trunk = Trunk(lean_p=hinge, lean_c=hinge + 2.0)
    m = trunk.marks()
    seat_y = -(d.w_thigh / 2 + OUTLINE + 2.0)
    l_hip, r_hip = V3(9.0, 0, 0), V3(-9.0, 0, 0)
    l_kn = l_hip + V3(1.5, -1.0, d.thigh - 0.5).unit() * d.thigh
    l_an = l_kn + V3(0, -d.shank, 2.0).unit() * d.shank
    l_heel, l_toe = l_an + V3(0, -4.5, -3.0), l_an + V3(1.0, -4.5, 15.0)
    # the right ankle lies on top of the left knee, just beyond it; the right knee drops out
    r_an_t = l_kn + V3(5.0, 14.0, -1.0)
    r_kn, r_an = two_bone3(r_hip, r_an_t, d.thigh, d.shank, V3(-1.0, -0.35, 0.3))
    r_heel, r_toe = r_an + V3(-2.0, -3.5, -2.0), r_an + V3(12.0, 5.0, 5.0)
    floor_y = l_an.y - 4.5 - (d.w_foot / 2 + OUTLINE)
    limbs: list[Limb] = []
    limbs += leg("l_leg", l_hip, l_kn, l_an, l_heel, l_toe, front=True)
    limbs += leg("r_leg", r_hip, r_kn, r_an, r_heel, r_toe, front=True)
    # hands resting on the crossed leg: the right hand on the right knee, the left hand on
    # the right ankle
    fw, up = m["fw_c"], m["up_c"]
    for side, target, pole in (
        ("r", lerp3(r_kn, r_an, 0.3) + V3(0.0, 9.0, 1.0), V3(-1.0, -0.3, -0.2)),
        ("l", lerp3(r_kn, r_an, 0.8) + V3(0.0, 8.5, 1.0), V3(1.0, -0.4, -0.2)),
    ):
        sh = m[f"{side}_shoulder"]
        el, wr = two_bone3(sh, target, d.upper_arm, d.forearm, pole)
        tip = wr + (wr - el).unit() * (d.hand * 0.6) + V3(0, -d.hand * 0.75, 0)
        limbs.append(arm(f"{side}_arm", sh, el, wr, tip, front=True))
    fig = Fig3(cam, trunk, limbs, neck_lean=8.0 - hinge * 0.5)
    built = fig.build()
    order = ["l_leg_foot", "l_leg", "r_leg", "r_leg_foot", "r_arm", "l_arm"]
    rest = [ly for ly in built.layers if ly.name not in order]
    by_name = {ly.name: ly for ly in built.layers}
    built.layers = rest + [by_name[n] for n in order]
    # the outer hip and buttock of the crossed leg, where its thigh leaves the seat
    glute = cam.p(V3(-21.0, 0.0, -4.0))
    hl = hl_ellipse(glute, 8.0 * s, 10.0 * s, 10)

    def props(svg: Svg) -> None:
        floor(svg, cam.p(V3(0, floor_y, 20)).y + 6)
        chair3(svg, cam, seat_y, floor_y, (-25.0, 25.0, -32.0, 12.0))

    def marks(svg: Svg) -> None:
        c = cam.p(m["waist"] + up * 22.0 + fw * 14.0)
        u = (cam.p(m["waist"] + up * 22.0 + fw * 24.0 + V3(0, -6, 0)) - c).unit()
        a0 = c + P(-30 * s, -14 * s)
        straight_arrow(svg, a0, a0 + u * 24)

    return scene(built, props, {"r_leg": [hl]}, marks)


def calf_stretch(frame: str) -> Svg:
    s = 1.0
    b = frame == "b"
    back_ankle = flat_ankle(64, s)
    leg_len = (DIMS.thigh + DIMS.shank) * s - 0.6

    def pose(f: str) -> SideFigure:
        lean = 18.0 if f == "b" else 7.0  # a: arms long, body upright; b: leaning in
        return SideFigure(
            hip=back_ankle + up_dir(lean) * leg_len,
            s=s,
            pelvis=lean - 2,
            chest=lean - 3,
            neck=lean - 6,
            near_leg=LegT(back_ankle),
            far_leg=LegT(flat_ankle(110, s)),
        )

    a = pose("a").build()
    sh = a.j["shoulder"]
    wall_x = sh.x + 58 + r_out(DIMS.w_hand, s)
    wr = P(wall_x - r_out(DIMS.w_hand, s) + 0.5, sh.y + 2)
    fig = replace(
        pose(frame),
        near_arm=ArmT(wr, P(0, 1), hand=180),
        far_arm=ArmT(wr + P(-1, 4), P(0, 1), hand=180),
    )
    built = fig.build()
    j = built.j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        wall(svg, wall_x, 14, FLOOR, 9)

    hl = band(j["n_knee"], j["n_ankle"], 0.12, 0.62, 4.0, 3.0, toward=P(-1, 0))

    def marks(svg: Svg) -> None:
        c = back_ankle
        head = a.j["head"]
        ang = angle_of(head - c)
        arc_arrow(svg, c, (head - c).length() + 24, ang - 2, ang + 9)
        if b:
            pulse(svg, lerp(j["n_knee"], j["n_ankle"], 0.4) + P(-10, 0), 185, r=4)

    return scene(built, props, {"body": [hl]}, marks)


def ankle_pumps(frame: str) -> Svg:
    """Lower-body detail: sitting, the right leg stretched out a little, the foot pumping."""
    s = 1.8
    crop = 50.0
    thigh = 84.0
    flex = {"a": 55.0, "b": -20.0}  # plantar flexion: a toes pointed, b pulled back
    # a: the foot stretches away toes first and the knee opens a little, lifting the shin;
    # b: the toes are drawn back up towards the shin
    knee = {"a": 36.0, "b": 46.0}
    probe = SideFigure(hip=P(0, 0), s=s)
    r_foot = r_out(DIMS.w_foot, s)

    def lowest(f: str) -> float:
        _, _, heel, toe = probe.leg(P(0, 0), LegA(thigh, knee[f], flex[f]))
        return max(heel.y, toe.y) + r_foot

    hip = P(44, FLOOR - max(lowest("a"), lowest("b")))
    fig = SideFigure(
        hip=hip,
        s=s,
        near_leg=LegA(thigh, knee[frame], flex[frame]),
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
        t_a = angle_of(down_dir(thigh - knee["a"] + 90 - flex["a"]))
        t_b = angle_of(down_dir(thigh - knee["b"] + 90 - flex["b"]))
        arc_arrow(svg, an, 15 * s + 13, t_a + 6, t_b - 8, double=True)

    svg = Svg()
    props(svg)
    built.draw(svg, {"body": [calf, heel]})
    svg.rect(0, 0, SIZE, crop, fill=PAPER)  # the crop line: everything above is covered
    svg.figure_bbox.y0 = max(svg.figure_bbox.y0, crop)
    marks(svg)
    return svg


SCENES: dict[str, Scene] = {
    "hip.standing_flexor": hip_flexor,
    "hip.seated_figure4": figure4,
    "leg.calf_stretch": calf_stretch,
    "leg.ankle_pumps": ankle_pumps,
}
