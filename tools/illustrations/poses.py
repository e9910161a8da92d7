"""The exercise scenes: for each id, frame "a" (start) and frame "b" (end or hold).

Every scene uses the one figure from figure.py. Side views face right, so the near side is
the figure's RIGHT side; one-sided exercises are drawn for the right side only and the app
mirrors them for the left side.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from figure import (
    DIMS,
    ArmA,
    ArmT,
    Built,
    FArm,
    FLeg,
    FrontFigure,
    LegA,
    LegT,
    SideFigure,
    ankle_height,
    foot_points,
)
from geom import P, angle_of, down_dir, lerp, up_dir
from props import (
    arc_arrow,
    chair_front,
    chair_side,
    desk_side,
    floor,
    guide,
    hl_capsule,
    hl_ellipse,
    hl_path,
    monitor_side,
    pulse,
    straight_arrow,
    wall,
    wave,
    window,
)
from svgdoc import OUTLINE, PAPER, SIZE, Draw, Svg

FLOOR = 226.0
Over = dict[str, list[Draw]]


# --- helpers --------------------------------------------------------------------------------


def r_out(w: float, s: float) -> float:
    """Outer radius of a tube of paper width w (scale s)."""
    return w * s / 2 + OUTLINE


def seated_side(hip_x: float, s: float) -> SideFigure:
    """Sitting upright on a chair seen from the side: feet flat, the far foot a little back."""
    ay = FLOOR - ankle_height(s)
    return SideFigure(
        hip=P(hip_x, ay - 45 * s),
        s=s,
        near_leg=LegT(P(hip_x + 44 * s, ay)),
        far_leg=LegT(P(hip_x + 37 * s, ay)),
    )


def seat_top(fig: SideFigure | FrontFigure) -> float:
    return fig.hip.y + 8.5 * fig.s + OUTLINE


def thigh_rest(fig: SideFigure, t: float, near: bool = True) -> tuple[P, float]:
    """A wrist point for a hand resting on top of the thigh at fraction t, and hand angle."""
    kn, *_ = fig.leg(fig.hip, fig.near_leg if near else fig.far_leg)
    v = (kn - fig.hip).unit()
    up = P(v.y, -v.x)
    lift = r_out(DIMS.w_thigh, fig.s) + r_out(DIMS.w_hand, fig.s) - 2.0
    base = lerp(fig.hip, kn, t) + up * lift
    ang = math.degrees(math.atan2(v.x, v.y))  # from straight down
    return base, ang


def hands_on_thighs(fig: SideFigure, t: float = 0.5) -> SideFigure:
    wn, an = thigh_rest(fig, t)
    wf, af = thigh_rest(fig, t - 0.08, near=False)
    return replace(
        fig,
        near_arm=ArmT(wn, P(-1, 0.4), hand=an),
        far_arm=ArmT(wf + P(-2, 0), P(-1, 0.4), hand=af),
    )


def standing_hip_y(s: float, drop: float = 0.0, foot: float = 90.0) -> float:
    """Hip height for straight legs with the ankles right below the hips."""
    return FLOOR - ankle_height(s, foot) - (DIMS.thigh + DIMS.shank) * s + 0.3 + drop


def fit_hip_y(hip_x: float, ankles: list[P], s: float, slack: float = 1.5) -> float:
    """The highest hip height that every leg reaches with its knee bent at least a little."""
    reach = (DIMS.thigh + DIMS.shank) * s - slack
    return max(a.y - math.sqrt(max(reach * reach - (a.x - hip_x) ** 2, 0.0)) for a in ankles)


def ankle_from_toe(toe_x: float, foot: float, s: float) -> P:
    """Ankle for a heel-up foot whose toe rests on the floor at toe_x."""
    fdir = down_dir(foot)
    _, toe = foot_points(P(0, 0), fdir, s)
    r = r_out(DIMS.w_foot, s)
    return P(toe_x - toe.x, FLOOR - r - toe.y)


def flat_ankle(x: float, s: float, foot: float = 90.0) -> P:
    return P(x, FLOOR - ankle_height(s, foot))


def band(
    a: P, b: P, t0: float, t1: float, r: float, off: float = 0.0, toward: P | None = None
) -> Draw:
    """A highlight capsule along segment a->b from fraction t0 to t1, shifted sideways by
    `off` towards the side that `toward` points to."""
    v = (b - a).unit()
    n = v.perp()
    if toward is not None and n.dot(toward) < 0:
        n = -n
    return hl_capsule(lerp(a, b, t0) + n * off, lerp(a, b, t1) + n * off, r)


def scene(
    fig: Built,
    props: Callable[[Svg], None] | None = None,
    over: Over | None = None,
    marks: Callable[[Svg], None] | None = None,
    under: Callable[[Svg], None] | None = None,
    crop_y: float | None = None,
) -> Svg:
    svg = Svg()
    if props:
        props(svg)
    if under:
        under(svg)
    fig.draw(svg, over, crop_y)
    if crop_y is not None:
        svg.rect(0, crop_y, SIZE, SIZE - crop_y, fill=PAPER)
    if marks:
        marks(svg)
    return svg


# --- S01 chin glide -------------------------------------------------------------------------


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


# --- S02 side tilt --------------------------------------------------------------------------

LAP = FLeg(P(4, 9), P(5, 55))


def front_seated_hip(cx: float, s: float) -> P:
    return P(cx, FLOOR - (LAP.ankle.y + 8.5) * s - OUTLINE)


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
        neck_tilt=0.0 if frame == "a" else 30.0,
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
    bj = replace(fig, neck_tilt=30.0).build().j

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


# --- S04 shoulder rolls ---------------------------------------------------------------------


def shoulder_rolls(frame: str) -> Svg:
    s = 1.35

    def pose(f: str) -> SideFigure:
        up = f == "b"
        fig = replace(
            seated_side(80, s), shrug=12.0 if up else 0.0, shoulder_back=6.0 if up else 0.0
        )
        return hands_on_thighs(fig, 0.55)

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


# --- S05 shoulder-blade squeeze -------------------------------------------------------------


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


# --- S09 wall chest stretch -----------------------------------------------------------------


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
        hip=base + P(5, 0) if b else base,
        s=s,
        yaw=35.0 if b else 0.0,
        head_yaw=60.0 if b else 0.0,
        chest_line=True,
        right_arm=FArm(wrist=wrist, hint=P(0, 1), hand=0),
        left_arm=FArm(out=6, elbow=4) if not b else FArm(out=4, elbow=6, upper_len=0.94),
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


# --- S11 side reach -------------------------------------------------------------------------


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


# --- S13 standing back bend -----------------------------------------------------------------


def backbend(frame: str) -> Svg:
    s = 1.0
    b = frame == "b"
    ax = 112.0

    def pose(f: str) -> SideFigure:
        bb = f == "b"
        fig = SideFigure(
            hip=P(ax + (8.0 if bb else 0.0), standing_hip_y(s, 1.5 if bb else 0.5)),
            s=s,
            pelvis=-5.0 if bb else 0.0,
            chest=-15.0 if bb else 0.0,
            neck=-6.0 if bb else 5.0,
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


# --- S15 standing hip-front stretch ---------------------------------------------------------


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


# --- S16 calf stretch -----------------------------------------------------------------------


def calf_stretch(frame: str) -> Svg:
    s = 1.0
    b = frame == "b"
    back_ankle = flat_ankle(64, s)
    leg_len = (DIMS.thigh + DIMS.shank) * s - 0.6

    def pose(f: str) -> SideFigure:
        lean = 21.0 if f == "b" else 15.0
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
    wall_x = sh.x + 60 + r_out(DIMS.w_hand, s)
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


# --- S18 / S19 wrist stretches --------------------------------------------------------------


def _wrist(frame: str, flexor: bool) -> Svg:
    """Arm detail: a seated upper body at a larger scale, cropped below the knees."""
    s = 1.9
    b = frame == "b"
    crop = FLOOR
    fig = SideFigure(
        hip=P(56, 188),
        s=s,
        neck=8.0,
        near_leg=LegA(86, 86),
        far_leg=LegA(86, 86),
        far_shoulder_fwd=14.0,
    )
    sh = fig.build().j["shoulder"]
    wr = sh + P(62 * s, 8)
    if flexor:
        hand_a, hand_b = 175.0, 207.0
    else:
        hand_a, hand_b = 8.0, -30.0
    hand = hand_b if b else hand_a
    hd = down_dir(hand)
    # the other hand lies on the palm (S18) / the back of the hand (S19), on the front side
    n = P(-hd.y, hd.x)
    if n.x < 0:
        n = -n
    gap = 2 * r_out(DIMS.w_hand, s) - 3.0
    other_wr = wr + n * gap + hd * ((-2 if flexor else 2) * s)
    fig = replace(
        fig,
        near_arm=ArmT(wr, P(0, 1), hand=hand),
        far_arm=ArmT(other_wr, P(-0.2, 1), hand=hand),
        far_hand_front=True,
    )
    built = fig.build()
    j = built.j

    def props(svg: Svg) -> None:
        chair_side(svg, fig.hip.x + 24 * s, seat_top(fig), crop, s)

    el, w = j["n_elbow"], j["n_wrist"]
    hl = band(el, w, 0.04, 0.96, 3.4 * s, 2.4 * s, toward=P(0, 1 if flexor else -1))

    def marks(svg: Svg) -> None:
        a0, a1 = angle_of(down_dir(hand_a)), angle_of(down_dir(hand_b))
        r = DIMS.hand * s + 17
        if flexor:
            arc_arrow(svg, wr, r, a0 + 10, a1 - 2)
        else:
            arc_arrow(svg, wr, r, a0 - 10, a1 + 2)
        if b:
            pulse(svg, lerp(el, w, 0.3) + P(0, -15), -90, r=4)

    return scene(built, props, {"near_arm": [hl]}, marks, crop_y=crop)


def wrist_flexor(frame: str) -> Svg:
    return _wrist(frame, True)


def wrist_extensor(frame: str) -> Svg:
    return _wrist(frame, False)


# --- S21 far gaze ---------------------------------------------------------------------------


def far_gaze(frame: str) -> Svg:
    s = 1.1
    b = frame == "b"
    fig = replace(seated_side(56, s), neck=4.0 if b else 10.0, head_pitch=-8.0 if b else 16.0)
    desk_top = FLOOR - 80 * s
    edge = fig.hip.x + 42 * s
    wr = P(edge + 16, desk_top - r_out(DIMS.w_hand, s) + 1.5)
    fig = replace(
        fig,
        near_arm=ArmT(wr, P(-0.3, 1), hand=92),
        far_arm=ArmT(wr + P(-4, 0), P(-0.3, 1), hand=92),
    )
    built = fig.build()
    j = built.j
    mon_x = edge + 56
    win = (194.0, 22.0, 28.0, 42.0)

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        window(svg, *win)
        chair_side(svg, fig.hip.x + 24 * s, seat_top(fig), FLOOR, s)
        desk_side(svg, edge, desk_top, FLOOR, 232, s, leg_x=edge + 50)

    def marks(svg: Svg) -> None:
        top, bot = monitor_side(svg, mon_x, desk_top, s)
        eye = j["eye"]
        if b:
            tgt = P(win[0] + win[2] / 2 - 3, win[1] + win[3] * 0.62)
        else:
            tgt = lerp(top, bot, 0.45) + P(-3, 0)
        guide(svg, eye + (tgt - eye).unit() * 7, tgt, dotted=False)

    hl = hl_ellipse(j["eye"] + P(-1, 0), 4.2, 3.2)
    return scene(built, props, {"body": [hl]}, marks)


# --- S22 eyes closed, slow breaths ----------------------------------------------------------


def rest_breathe(frame: str) -> Svg:
    s = 1.3
    b = frame == "b"
    cx = 120.0
    hip = front_seated_hip(cx, s)
    seat_y = hip.y + 6 * s + OUTLINE
    base = FrontFigure(hip=hip, s=s, seated=True, right_leg=LAP, left_leg=LAP)
    j0 = base.build().j
    head = j0["head"]
    if b:
        ra = FArm(wrist=head + P(-8 * s, 14 * s), hint=P(-0.3, 1), hand=-10, upper_len=0.5)
        la = FArm(wrist=head + P(8 * s, 14 * s), hint=P(0.3, 1), hand=-10, upper_len=0.5)
    else:
        ra = FArm(wrist=j0["r_knee"] + P(-2, -11 * s), hint=P(-1, 0.2), hand=-25)
        la = FArm(wrist=j0["l_knee"] + P(2, -11 * s), hint=P(1, 0.2), hand=-25)
    built = replace(base, right_arm=ra, left_arm=la).build()
    j = built.j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_front(svg, cx, seat_y, FLOOR, s * 1.08)

    eyes = hl_ellipse(j["eyes"], 8.5 * s, 3.6 * s)

    def marks(svg: Svg) -> None:
        if b:
            eyes(svg)
        wave(svg, j["chest"] + P(0, 1))

    return scene(built, props, {} if b else {"body": [eyes]}, marks)


# --- S23 walk -------------------------------------------------------------------------------


def walk(frame: str) -> Svg:
    s = 1.0
    hip = P(112, standing_hip_y(s, 6.0))
    front = LegT(P(hip.x + 27, FLOOR - ankle_height(s, 102)), foot=102)
    back_foot = 52.0
    rear = LegT(ankle_from_toe(hip.x - 22, back_foot, s), foot=back_foot)
    arm_f, arm_b = ArmA(24, 28), ArmA(-26, 14)
    fig = SideFigure(hip=hip, s=s, pelvis=2, chest=4, neck=12)
    if frame == "a":
        fig = replace(fig, near_leg=front, far_leg=rear, near_arm=arm_b, far_arm=arm_f)
    else:
        fig = replace(fig, near_leg=rear, far_leg=front, near_arm=arm_f, far_arm=arm_b)
    built = fig.build()

    def under(svg: Svg) -> None:
        hl_path(built.outline_capsules(3.5))(svg)

    def marks(svg: Svg) -> None:
        y = FLOOR - 7
        straight_arrow(svg, P(hip.x + 52, y), P(hip.x + 86, y))

    return scene(built, lambda svg: floor(svg, FLOOR), None, marks, under)


# --- S24 sit-to-stand -----------------------------------------------------------------------


def sit_to_stand(frame: str) -> Svg:
    s = 1.0
    seat_front = 98.0
    ax = 131.0
    ay = FLOOR - ankle_height(s)
    seat_y = FLOOR - 47.0
    seated_hip = P(seat_front - 8, seat_y - 8.5 * s - OUTLINE)
    standing_hip = P(ax - 3, standing_hip_y(s, 0.5))
    fig = SideFigure(
        hip=standing_hip,
        s=s,
        near_leg=LegT(P(ax, ay)),
        far_leg=LegT(P(ax - 4, ay)),
        near_arm=ArmA(3, 10),
        far_arm=ArmA(-3, 10),
    )
    if frame == "a":
        # at the front edge of the seat, leaning forward, arms reaching ahead as a counterweight
        fig = replace(
            fig,
            hip=seated_hip,
            pelvis=30,
            chest=36,
            neck=40,
            head_pitch=12,
            near_arm=ArmA(68, 12),
            far_arm=ArmA(60, 14),
        )
    built = fig.build()
    j = built.j

    def props(svg: Svg) -> None:
        floor(svg, FLOOR)
        chair_side(svg, seat_front, seat_y, FLOOR, s)

    thigh = band(j["hip"], j["n_knee"], 0.0, 0.85, 5.5)
    glute = hl_ellipse(lerp(j["hip"], j["buttock"], 0.6), 8, 9.5)

    def marks(svg: Svg) -> None:
        a0 = seated_hip + P(-22, -14)
        straight_arrow(svg, a0, a0 + (standing_hip - seated_hip).unit() * 42)

    return scene(built, props, {"body": [glute, thigh]}, marks)


SCENES: dict[str, Callable[[str], Svg]] = {
    "neck.chin_glide": chin_glide,
    "neck.side_tilt": side_tilt,
    "shoulder.rolls": shoulder_rolls,
    "upper_back.blade_squeeze": blade_squeeze,
    "chest.wall_stretch": chest_wall,
    "trunk.side_reach": side_reach,
    "low_back.standing_backbend": backbend,
    "hip.standing_flexor": hip_flexor,
    "leg.calf_stretch": calf_stretch,
    "wrist.flexor_stretch": wrist_flexor,
    "wrist.extensor_stretch": wrist_extensor,
    "eyes.far_gaze": far_gaze,
    "eyes.rest_breathe": rest_breathe,
    "move.walk": walk,
    "move.sit_to_stand": sit_to_stand,
}
