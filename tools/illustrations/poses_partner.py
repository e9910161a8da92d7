"""The partner-massage scenes P0-P9: frame "a" (start) and frame "b" (end or hold).

The receiver sits clothed on a chair without wheels and is drawn in ink; the giver stands
behind and is drawn in the lighter `prop` tone. Back views use the composition in partner.py;
P0, P3 and P8 are side views (facing right) with the giver standing behind on the left.
One-sided techniques (P2, P6) are drawn for the receiver's right side; the app mirrors them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from figure import DIMS, ArmA, ArmT, Blob, Built, Layer, LegT, SideFigure, Tube
from geom import P, capsule_d, lerp, poly_d
from partner import (
    BLADE_G,
    CX,
    X_STRIP_U,
    BackScene,
    GiverArm,
    Hand,
    S,
    band_poly,
    che,
    dial,
    fill_blob,
    fill_capsule,
    fill_ellipse,
    giver_joints,
    giver_tone,
    hand_shapes,
    hop_arrow,
    light_arrow,
    nogo_mark,
    nogo_zone,
    paraspinal,
    receiver_back,
    receiver_joints,
    rect_poly,
    render_back,
    roll_arrow,
    speech_bubble,
    spine_zone,
    ticks,
    waist_side_zones,
)
from poses_base import FLOOR, ankle_height, seat_top, seated_side, standing_hip_y
from props import arc_arrow, chair_side, curve_arrow, desk_side, floor, straight_arrow
from svgdoc import INK, OUTLINE, PAPER, PROP, PROP_W, TARGET, TARGET_OPACITY, Draw, Svg

J = receiver_joints()
NB, WAIST = J["neck_base"], J["waist"]
HS = S  # hand scale in back views
DOWN = 90.0  # finger angle: pointing down the page
NOGO_LOW = che(0, -12.5)  # the no-go marker just below the spine strip


def palm_wrist(centre: P, fingers: float = DOWN, scale: float = HS) -> P:
    """Wrist point for a palm whose centre should land on `centre`."""
    a = math.radians(fingers)
    return centre - P(math.cos(a), math.sin(a)) * (6.5 * scale)


def palm_arm(centre: P, side: float, fingers: float = DOWN, hint_y: float = -0.2) -> GiverArm:
    """A flat palm (fingers along `fingers`) centred on `centre`; side +1 is the giver's right
    hand (viewer's right). The thumb lies on the outer side."""
    a = math.radians(fingers)
    u = P(math.cos(a), math.sin(a))
    # the thumb goes on the side facing away from the spine
    thumb = 1.0 if u.perp().x * side > 0 else -1.0
    return GiverArm(palm_wrist(centre, fingers), Hand("palm", fingers, thumb), hint=P(side, hint_y))


def hang(side: float) -> GiverArm:
    """An unused giver arm hanging down (almost straight) behind the receiver."""
    sh = giver_joints()["r_shoulder" if side > 0 else "l_shoulder"]
    reach = (DIMS.upper_arm + DIMS.forearm) * S * 0.97
    return GiverArm(sh + P(side * 0.12, 1).unit() * reach, None, P(side, 0), None, behind=True)


# --- side-view pair (P0, P8) ----------------------------------------------------------------

SS = 1.05  # side-view scale for the whole-scene frames


def giver_side(x: float, s: float, **kw: object) -> SideFigure:
    """The giver standing (side view, facing right), feet a little apart, knees soft."""
    ay = FLOOR - ankle_height(s)
    fig = SideFigure(
        hip=P(x, standing_hip_y(s, 1.5)),
        s=s,
        pelvis=2.0,
        chest=6.0,
        neck=12.0,
        near_leg=LegT(P(x + 6 * s, ay)),
        far_leg=LegT(P(x - 7 * s, ay)),
    )
    return replace(fig, **kw)  # type: ignore[arg-type]


def draw_giver(svg: Svg, built: Built, over: dict[str, list[Draw]] | None = None) -> None:
    k = len(svg.parts)
    built.draw(svg, over)
    giver_tone(svg, k)


def hands_on_lap(fig: SideFigure, s: float) -> SideFigure:
    w = fig.hip + P(30 * s, -9.5 * s)
    return replace(
        fig,
        near_arm=ArmT(w, P(-1, 0.4), hand=82),
        far_arm=ArmT(w + P(-4, 0), P(-1, 0.4), hand=82),
    )


# --- P0 check-in ----------------------------------------------------------------------------


def check_in(frame: str) -> Svg:
    b = frame == "b"
    s = SS
    rec = hands_on_lap(seated_side(138, s), s)
    rj = rec.build().j
    front = rec.hip.x + 24 * s
    giver = giver_side(88, s)
    if b:
        # both palms resting lightly on the shoulder blades
        spot = rj["upper_back"] + P(-OUTLINE - 2.6, -2)
        giver = replace(
            giver,
            chest=10.0,
            near_arm=ArmT(spot, P(0.1, 1), hand=186),
            far_arm=ArmT(spot + P(1.5, -3), P(0.1, 1), hand=186),
        )
    else:
        giver = replace(giver, near_arm=ArmA(4, 14), far_arm=ArmA(-4, 14))
    svg = Svg()
    floor(svg, FLOOR)
    chair_side(svg, front, seat_top(rec), FLOOR, s)
    rec.build().draw(svg)
    gb = giver.build()
    draw_giver(svg, gb)
    if not b:
        speech_bubble(P(140, 38), 42, 25, gb.j["head"] + P(15, -6))(svg)
    dial(P(198, 52), 22, 1.0 if b else 0.0)(svg)
    return svg


# --- P1 palm glide --------------------------------------------------------------------------


def palm_glide(frame: str) -> Svg:
    b = frame == "b"
    x = X_STRIP_U + 1.0
    c_top, c_low = 27.0, 14.5  # palm centres (chest units up from the waist)
    cu = c_low if b else c_top
    right, left = palm_arm(che(x, cu), 1), palm_arm(che(-x, cu), -1)

    def arrows(svg: Svg) -> None:
        for sx in (-1, 1):
            xs = sx * X_STRIP_U
            if b:
                straight_arrow(svg, che(xs, 32.5), che(xs, c_low + 10.5))
            else:
                straight_arrow(svg, che(xs, c_top - 9.5), che(xs, 1.5))

    sc = BackScene(
        right,
        left,
        zones=[spine_zone(J), *waist_side_zones(J)],
        marks_nogo=[NOGO_LOW],
        target=paraspinal(J),
        marks=[arrows],
    )
    return render_back(sc)


# --- P2 palm circles ------------------------------------------------------------------------


def palm_circles(frame: str) -> Svg:
    b = frame == "b"
    centre = che(12.0, 14.0)
    fingers = 165.0 if b else 155.0
    right = GiverArm(
        palm_wrist(centre, fingers), Hand("palm", fingers, -1), hint=P(1, 0.4), bend=1.08
    )
    g = BLADE_G + 1.0
    ridge = band_poly(che(g, 23.0), che(17.0, 25.8), 1.8 * S)
    ridge_l = band_poly(che(-g, 23.0), che(-17.0, 25.8), 1.8 * S)

    def marks(svg: Svg) -> None:
        arc_arrow(svg, centre, 16.0, -40, 225)

    sc = BackScene(
        right,
        hang(-1),
        zones=[spine_zone(J), ridge, ridge_l],
        marks_nogo=[che(11.0, 31.4), NOGO_LOW],
        target=[fill_ellipse(che(12.0, 17.5), 10.5 * S, 10.5 * S)],
        marks=[marks],
    )
    return render_back(sc)


# --- P3 lean compression (side view + back inset) -------------------------------------------


def _inset(svg: Svg, x0: float, y0: float, size: float, b: bool) -> None:
    """A small back view of the torso in a frame: palms one each side of the spine at the top
    of the shoulder blades; the spine and the soft area below the ribs at the sides hatched."""
    svg.rect(x0, y0, size, size, stroke=PROP, width=PROP_W, fill=PAPER, rx=4)
    keep = replace(svg.figure_bbox)  # the inset is a detail, not part of the main figure
    s = 1.05
    hip = P(x0 + size / 2, y0 + size - 15.5)
    built = receiver_back(hip, s).build()
    j = built.j
    w = j["waist"]
    body = next(layer for layer in built.layers if layer.name == "body")
    nb = j["neck_base"]
    neck = Tube([nb, P(nb.x, y0 + 1.0)], DIMS.w_neck * s)
    torso = Built([replace(body, shapes=[body.shapes[-3], neck])], j, s)
    zones = [spine_zone(j, 2.6, 32.5, -6, s), *waist_side_zones(j, s, 12.5)]
    over: dict[str, list[Draw]] = {"body": [*paraspinal(j, 30, 3, s)]}
    over["body"] += [nogo_zone(z, 2.8) for z in zones]
    torso.draw(svg, over)
    hs = s * 0.9
    hands = []
    for sx in (-1, 1):
        c = che(sx * (X_STRIP_U + 1.7), 24.5, s, w)
        shapes, details = hand_shapes(palm_wrist(c, DOWN, hs), Hand("palm", DOWN, -sx), hs)
        hands.append(Layer("hand", list(shapes), details))
    draw_giver(svg, Built(hands, {}, s))
    if b:
        for sx in (-1, 1):
            ticks(svg, che(sx * 18.0, 25.0, s, w), sx * 90 - 90, r=1.5, length=3.5)
    # trim what hangs outside the frame and redraw its edges
    svg.rect(x0 - 2, 0, size + 4, y0 - 1, fill=PAPER)
    svg.rect(x0, y0, size, size, stroke=PROP, width=PROP_W, rx=4)
    svg.figure_bbox = keep


def lean_compression(frame: str) -> Svg:
    b = frame == "b"
    s = 1.0
    desk_top = FLOOR - 76 * s
    edge = 140.0
    cush_top = desk_top - 10
    rec = seated_side(100, s)
    rec = replace(rec, pelvis=16.0, chest=56.0, neck=70.0, head_pitch=12.0)
    # forearms folded on the cushion, the head resting on them
    wr = P(edge + 34, cush_top - 4.5)
    rec = replace(
        rec,
        near_arm=ArmT(wr, P(-0.2, 1), hand=80),
        far_arm=ArmT(wr + P(-2, 0), P(-0.2, 1), hand=80),
    )
    rb = rec.build()
    rj = rb.j
    up = (rj["neck_base"] - rj["waist"]).unit()
    out = up.rotate(-90)  # away from the back surface
    contact = lerp(rj["waist"], rj["neck_base"], 0.78) + out * (12.0 * s + OUTLINE)
    gx = 60.0
    hand_dir = 180.0 - math.degrees(math.atan2(up.x, -up.y))  # along the back, towards the head
    giver = giver_side(
        gx + (2 if b else 0),
        s,
        pelvis=8.0 if b else 2.0,
        chest=34.0 if b else 10.0,
        neck=40.0 if b else 18.0,
        head_pitch=8.0 if b else 12.0,
    )
    wrist = contact + out * (DIMS.w_hand * s / 2 + OUTLINE - 1.0) - up * 4
    giver = replace(
        giver,
        near_arm=ArmT(wrist, P(-0.3, 1), hand=hand_dir),
        far_arm=ArmT(wrist + P(-1.5, -2.5), P(-0.3, 1), hand=hand_dir),
    )
    gb = giver.build()
    gj = gb.j
    svg = Svg()
    floor(svg, FLOOR)
    chair_side(svg, rec.hip.x + 24 * s, seat_top(rec), FLOOR, s)
    desk_side(svg, edge, desk_top, FLOOR, 232, s, leg_x=edge + 62)
    svg.rect(edge + 2, cush_top, 46, 10, stroke=PROP, fill=PAPER, rx=5)
    # the soft area below the ribs at the side of the waist (towards the back), hatched
    w = rj["waist"]
    side = [w + up * 7 + out * 7, w - up * 5 + out * 7, w - up * 5 - out * 4, w + up * 7 - out * 4]
    tgt = fill_capsule(
        lerp(rj["waist"], rj["neck_base"], 0.3) + out * 8.0,
        lerp(rj["waist"], rj["neck_base"], 0.95) + out * 8.0,
        4.0,
    )
    rb.draw(svg, {"body": [tgt, nogo_zone(side, 2.8)]})
    draw_giver(svg, gb)
    nogo_mark(w - up * 11 - out * 8, 4.5)(svg)
    # the lean: an arrow from the giver's chest down along the arms
    arm_dir = (wrist - gj["shoulder"]).unit()
    a0 = gj["shoulder"] + arm_dir.perp() * -13 + arm_dir * 4
    straight_arrow(svg, a0, a0 + arm_dir * 34)
    if b:
        ticks(svg, contact + out * 1.5 + up * 3, math.degrees(math.atan2(out.y, out.x)) - 35, 7)
    _inset(svg, 150, 14, 76, b)
    return svg


# --- P4 shoulder kneading -------------------------------------------------------------------

SHOULDER_U = 33.2  # height of the shoulder tops (chest units)


def shoulder_kneading(frame: str) -> Svg:
    b = frame == "b"
    arms = []
    for sx in (1, -1):
        wr = che(sx * 15.2, SHOULDER_U + 4.6)
        hand = Hand("grip", DOWN - sx * 10, sx, close=1.0 if b else 0.0)
        arms.append(GiverArm(wr, hand, hint=P(sx, -0.4)))
    neck = rect_poly(CX - 8.6, J["head"].y + 19.5, CX + 8.6, che(0, 34.6).y)

    def marks(svg: Svg) -> None:
        for sx in (-1, 1):
            base = che(sx * 26.0, SHOULDER_U + 0.5)
            if b:
                straight_arrow(svg, base, base + P(0, -13))

    tgt = [fill_capsule(che(sx * 7.8, 32.3), che(sx * 18.5, 28.5), 3.6 * S) for sx in (-1, 1)]
    sc = BackScene(
        arms[0],
        arms[1],
        zones=[neck, spine_zone(J, top=32.0)],
        marks_nogo=[che(0, 39.6), NOGO_LOW],
        nogo_r=4.2,
        target=tgt,
        marks=[marks],
    )
    return render_back(sc)


# --- P5 soft-fist roll ----------------------------------------------------------------------


def _fist_inset(svg: Svg, x0: float, y0: float, size: float) -> None:
    """Hand detail: a loose fist seen from the thumb side, pressed against the back (a
    vertical line) with the flat middle part of the fingers; the knuckle points stay clear."""
    svg.rect(x0, y0, size, size, stroke=PROP, width=PROP_W, fill=PAPER, rx=4)
    back_x = x0 + size - 12.0
    svg.path(
        capsule_d(P(back_x + 5.0, y0 + 10), P(back_x + 5.0, y0 + size - 10), 3.6),
        fill=TARGET,
        fill_opacity=TARGET_OPACITY,
    )
    svg.path(poly_d([P(back_x, y0 + 6), P(back_x, y0 + size - 6)]), stroke=INK, width=3)
    # fist outline (paper edge), thumb side: the back of the hand at the top, the knuckles
    # top right, the flat of the middle finger bones flush with the back, the fingertips
    # tucked under
    face = back_x - 1.5 - OUTLINE
    cy = y0 + size / 2 + 1
    k = len(svg.parts)
    fore = Tube([P(x0 + 5, cy + 9), P(face - 18, cy + 1.5)], DIMS.w_fore * 1.35)
    fist = Blob(
        [
            P(face - 22, cy - 5.5),
            P(face - 12, cy - 9.5),
            P(face - 4.5, cy - 10.0),
            P(face, cy - 5.5),
            P(face, cy + 5.5),
            P(face - 3.5, cy + 9.5),
            P(face - 14, cy + 9.5),
            P(face - 22, cy + 6.0),
        ]
    )
    for sh in (fore, fist):
        sh.ink(svg)
    for sh in (fore, fist):
        sh.paper(svg)
    # the curled fingers (stacked lines at the face) and the thumb across them
    d = poly_d([P(face - 6.5, cy - 9.0), P(face - 6.5, cy + 8.5)])
    for dy in (-4.0, 0.5, 5.0):
        d += poly_d([P(face - 6.5, cy + dy), P(face - 1.5, cy + dy)])
    svg.path(d, stroke=INK, width=1.4)
    thumb = Tube([P(face - 19, cy + 3.5), P(face - 9.5, cy + 2.0)], 3.2)
    thumb.ink(svg)
    thumb.paper(svg)
    giver_tone(svg, k)


def soft_fist_roll(frame: str) -> Svg:
    b = frame == "b"
    cu = 11.5 if b else 25.5
    arms = []
    for sx in (1, -1):
        c = che(sx * (X_STRIP_U + 1.9), cu)
        arms.append(GiverArm(c - P(0, 5.4 * HS), Hand("fist", DOWN), hint=P(sx, -0.2)))

    def marks(svg: Svg) -> None:
        for sx in (-1, 1):
            xs = sx * X_STRIP_U
            if b:
                roll_arrow(svg, che(xs, 33.5), che(xs, cu + 8.5), 3.4)
            else:
                roll_arrow(svg, che(xs, cu - 8.5), che(xs, 1.0), 3.4)

    sc = BackScene(
        arms[0],
        arms[1],
        zones=[spine_zone(J)],
        marks_nogo=[NOGO_LOW],
        target=paraspinal(J),
        marks=[marks, lambda svg: _fist_inset(svg, 170, 13, 56)],
    )
    return render_back(sc)


# --- P6 tender-spot holds -------------------------------------------------------------------


def tender_spot_hold(frame: str) -> Svg:
    b = frame == "b"
    spot = che(5.7, 21.0)
    # the hand rests on the upper back beside the spot, fingers towards the shoulder top; the
    # pad of the thumb lies on the spot
    fingers = -125.0
    tip = spot + P(4.0, -0.6)
    wrist = tip + P(16.5, -2.0)
    hand = Hand("thumb", fingers, -1, tip=tip)
    right = GiverArm(wrist, hand, hint=P(1, 0.7), bend=1.1)

    def marks(svg: Svg) -> None:
        if b:
            ticks(svg, spot, 72, r=6.0, length=5.0)

    sc = BackScene(
        right,
        hang(-1),
        zones=[spine_zone(J)],
        marks_nogo=[NOGO_LOW],
        target=[fill_ellipse(spot, 2.5 * S, 2.5 * S)],
        marks=[marks],
    )
    return render_back(sc)


# --- P7 light patting -----------------------------------------------------------------------


def light_patting(frame: str) -> Svg:
    b = frame == "b"
    arms = []
    for sx in (1, -1):
        lift = 0.0 if b else 14.0
        wr = che(sx * 14.0, SHOULDER_U + 8.5 + lift)
        arms.append(GiverArm(wr, Hand("cup", DOWN + sx * 6, 1), hint=P(sx, -0.4)))
    low = [che(-16.2, 3.0), che(16.2, 3.0), che(16.8, -13.0), che(-16.8, -13.0)]

    def marks(svg: Svg) -> None:
        for sx in (-1, 1):
            y = 22.0
            pts = [che(sx * 4.5, y), che(sx * 10.5, y - 0.5), che(sx * 16.8, y + 1.0)]
            hop_arrow(svg, pts, 6.0)

    tgt = fill_blob(
        [
            che(-19.5, 27.5),
            che(-8.0, 33.2),
            che(8.0, 33.2),
            che(19.5, 27.5),
            che(16.5, 15.0),
            che(0.0, 13.5),
            che(-16.5, 15.0),
        ]
    )
    sc = BackScene(
        arms[0],
        arms[1],
        zones=[spine_zone(J, bottom=-2.6 - 0.4), low],
        marks_nogo=[che(0, -18.5)],
        target=[tgt],
        marks=[marks],
    )
    return render_back(sc)


# --- P8 posture cue (side view) -------------------------------------------------------------


def posture_cue(frame: str) -> Svg:
    b = frame == "b"
    s = SS
    hx = 156.0

    def sitter(tall: bool) -> SideFigure:
        base = seated_side(hx, s)
        if tall:
            return replace(base, pelvis=-2.0, chest=-5.0, neck=6.0, shoulder_back=3.0)
        return replace(base, pelvis=-10.0, chest=14.0, neck=30.0, head_pitch=12.0)

    rec = hands_on_lap(sitter(b), s)
    tall = sitter(True).build()
    # the palm stays still where the tall back meets it
    palm = tall.j["upper_back"] + P(-OUTLINE - 2.8, -2.0)
    rb = rec.build()
    rj = rb.j
    giver = giver_side(104, s, chest=12.0, neck=16.0)
    giver = replace(giver, near_arm=ArmT(palm, P(0.1, 1), hand=182.0))
    gb = giver.build()
    svg = Svg()
    floor(svg, FLOOR)
    chair_side(svg, rec.hip.x + 14 * s, seat_top(rec), FLOOR, s)
    up = (rj["neck_base"] - rj["waist"]).unit()
    inward = up.rotate(90)  # from the back surface into the body
    ub = lerp(rj["upper_back"], rj["neck_base"], 0.3) + inward * 3.6
    hl = fill_ellipse(ub, 4.6, 11.5, math.degrees(math.atan2(up.x, -up.y)))
    rb.draw(svg, {"body": [hl]})
    draw_giver(svg, gb)
    a0 = rj["chest_front"] + P(10, 6)
    curve_arrow(svg, a0, a0 + P(6, -12), a0 + P(5, -27))
    return svg


# --- P9 closing sweep -----------------------------------------------------------------------


def closing_sweep(frame: str) -> Svg:
    b = frame == "b"
    arms = []
    for sx in (1, -1):
        if b:
            arms.append(palm_arm(che(sx * 13.2, 6.5), sx, DOWN - sx * 6))
        else:
            arms.append(palm_arm(che(sx * 14.0, 25.0), sx, DOWN + sx * 4))

    def marks(svg: Svg) -> None:
        for sx in (-1, 1):
            x = sx * 32.0
            light_arrow(svg, [che(x - sx * 1.5, 29.0), che(x, 15.0), che(x - sx * 1.0, -1.0)])

    sc = BackScene(arms[0], arms[1], zones=[spine_zone(J)], marks_nogo=[NOGO_LOW], marks=[marks])
    return render_back(sc)


PARTNER_SCENES: dict[str, Callable[[str], Svg]] = {
    "partner.check_in": check_in,
    "partner.palm_glide": palm_glide,
    "partner.palm_circles": palm_circles,
    "partner.lean_compression": lean_compression,
    "partner.shoulder_kneading": shoulder_kneading,
    "partner.soft_fist_roll": soft_fist_roll,
    "partner.tender_spot_hold": tender_spot_hold,
    "partner.light_patting": light_patting,
    "partner.posture_cue": posture_cue,
    "partner.closing_sweep": closing_sweep,
}
