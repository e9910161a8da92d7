"""Hand, wrist and eye scenes: the two forearm stretches, spread and fist, far gaze and
eyes-closed breathing."""

from __future__ import annotations

from dataclasses import replace

from figure import (
    DIMS,
    ArmT,
    Blob,
    Built,
    FArm,
    FrontFigure,
    Layer,
    LegA,
    SideFigure,
    Tube,
)
from geom import P, angle_of, down_dir, lerp, up_dir
from poses_base import (
    FLOOR,
    LAP,
    Scene,
    band,
    front_seated_hip,
    hands_on_thighs,
    r_out,
    scene,
    seat_top,
    seated_side,
    thigh_rest,
)
from props import (
    arc_arrow,
    chair_front,
    chair_side,
    curve_arrow,
    desk_side,
    floor,
    guide,
    hl_ellipse,
    monitor_side,
    pulse,
    wave,
    window,
)
from svgdoc import OUTLINE, PAPER, SIZE, Svg


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
    if b:
        # the other hand has come up onto the palm (S18) / the back of the hand (S19)
        other = ArmT(other_wr, P(-0.2, 1), hand=hand)
    else:
        # the arm is out and the hand set; the other hand still rests on its thigh
        rest, ang = thigh_rest(fig, 0.55, near=False)
        other = ArmT(rest, P(-1, 0.4), hand=ang)
    fig = replace(
        fig,
        near_arm=ArmT(wr, P(0, 1), hand=hand),
        far_arm=other,
        far_hand_front=b,
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


def far_gaze(frame: str) -> Svg:
    s = 1.1
    b = frame == "b"
    desk_top = FLOOR - 80 * s
    edge = seated_side(56, s).hip.x + 42 * s
    if b:
        # eyes off the screen: sitting back, hands in the lap, the head lifted and turned to
        # the far window
        fig = hands_on_thighs(
            replace(seated_side(56, s), pelvis=-4.0, chest=-12.0, neck=-4.0, head_pitch=-22.0),
            0.62,
        )
    else:
        # leaning in to the screen, hands resting on the desk
        fig = replace(seated_side(56, s), chest=8.0, neck=22.0, head_pitch=16.0)
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


SCENES: dict[str, Scene] = {
    "wrist.flexor_stretch": wrist_flexor,
    "wrist.extensor_stretch": wrist_extensor,
    "hand.spread_and_fist": hand_closeup,
    "eyes.far_gaze": far_gaze,
    "eyes.rest_breathe": rest_breathe,
}
