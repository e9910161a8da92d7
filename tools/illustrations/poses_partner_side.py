"""The partner scenes drawn from the side: P0 check-in, P3 lean compression (with a back-view
inset of the hand placement) and P8 posture cue. The receiver sits on a chair without wheels,
facing right; the giver stands behind on the left in the lighter `prop` tone. In a side view
nothing hides anything, so who stands where reads without a depth trick.
"""

from __future__ import annotations

import math
from dataclasses import replace

from figure import DIMS, ArmA, ArmT, Built, Layer, LegT, SideFigure, Tube
from geom import P, lerp
from partner import (
    Hand,
    dial,
    fill_capsule,
    fill_ellipse,
    giver_tone,
    hand_shapes,
    nogo_mark,
    nogo_zone,
    speech_bubble,
    ticks,
)
from partner_back import (
    X_STRIP_U,
    che,
    palm_wrist,
    paraspinal,
    receiver_back,
    spine_zone,
    waist_side_zones,
)
from poses_base import FLOOR, Scene, ankle_height, seat_top, seated_side, standing_hip_y
from props import chair_side, curve_arrow, desk_side, floor, straight_arrow
from svgdoc import OUTLINE, PAPER, PROP, PROP_W, Draw, Svg

DOWN = 90.0  # finger angle: pointing down the page


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


# --- P8 posture cue (side view) -------------------------------------------------------------


def posture_cue(frame: str) -> Svg:
    b = frame == "b"
    s = SS
    hx = 156.0

    def sitter(lifted: bool) -> SideFigure:
        """a: sitting up straight, clear of the backrest; b: breastbone lifted and the
        shoulder blades drawn back into the giver's still palm."""
        base = seated_side(hx, s)
        if lifted:
            return replace(base, pelvis=-3.0, chest=-14.0, neck=-2.0, shoulder_back=6.0)
        return replace(base, pelvis=2.0, chest=4.0, neck=10.0)

    rec = hands_on_lap(sitter(b), s)
    rb = rec.build()
    rj = rb.j
    # the open palm rests on the back and gives way as the blades draw back into it
    palm = rj["upper_back"] + P(-OUTLINE - 2.8, -2.0)
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
    if b:
        a0 = rj["chest_front"] + P(10, 6)
        curve_arrow(svg, a0, a0 + P(6, -12), a0 + P(5, -27))
    return svg


SCENES: dict[str, Scene] = {
    "partner.check_in": check_in,
    "partner.lean_compression": lean_compression,
    "partner.posture_cue": posture_cue,
}
