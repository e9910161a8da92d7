"""Hip and leg scenes: hip-front stretch, figure-4, calf stretch and ankle pumps."""

from __future__ import annotations

import math
from dataclasses import replace

from figure import (
    DIMS,
    ArmT,
    Built,
    Disc,
    Layer,
    LegA,
    LegT,
    SideFigure,
    Tube,
    ankle_height,
    ink_line,
)
from geom import P, angle_of, down_dir, lerp, poly_d, up_dir
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
    hl_capsule,
    pulse,
    straight_arrow,
    wall,
)
from svgdoc import OUTLINE, PAPER, PROP, PROP_W, SIZE, Svg
from view3d import V3, Cam, lerp3, torso3, two_bone3


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


F4_CAM = (-34.0, 36.0)  # S14 camera: yaw (seen from the front-left), tilt (from above)


def figure4(frame: str) -> Svg:
    """Seen from the front-left and a little above; cropped below the seat like a detail."""
    s = 1.45
    b = frame == "b"
    crop = 222.0
    cam = Cam(P(128, 124), s, yaw=F4_CAM[0], tilt=F4_CAM[1])
    d = DIMS
    hinge = 32.0 if b else 0.0  # tipping forward from the hips with a long back
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

    # the outer hip and buttock of the crossed leg: the upper, outer side of that thigh where
    # it leaves the seat (drawn over the thigh, away from the groin)
    h0, k0 = p(r_hip), p(r_knee)
    out = (k0 - h0).unit().perp()
    out = out if out.y < 0 else -out
    off = out * (4.0 * s)
    hl = hl_capsule(lerp(h0, k0, 0.08) + off, lerp(h0, k0, 0.5) + off, 6 * s)

    def marks(svg: Svg) -> None:
        _, ma = torso3(cam, 0.0, 2.0)
        chest = ma["waist"] + ma["up_c"] * 20.0
        fwd = V3(0, -0.35, 1).unit()
        u = (p(chest + fwd * 10.0) - p(chest)).unit()
        a0 = p(ma["neck_base"]) + P(-32 * s, -12 * s)
        straight_arrow(svg, a0, a0 + u * 26)

    svg = Svg()
    props(svg)
    built.draw(svg, {"l_leg": [hl]}, crop_y=crop)
    svg.rect(0, crop, SIZE, SIZE - crop, fill=PAPER)
    marks(svg)
    return svg


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
    "hip.standing_flexor": hip_flexor,
    "hip.seated_figure4": figure4,
    "leg.calf_stretch": calf_stretch,
    "leg.ankle_pumps": ankle_pumps,
}
