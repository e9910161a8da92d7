"""The partner scenes seen from behind the receiver, through the giver's eyes (partner_back.py):
P1 palm glide, P2 palm circles, P4 shoulder kneading, P5 soft-fist roll, P6 tender-spot
holds, P7 light patting and P9 closing sweep.

The giver's arms come in from the bottom edge and lie over the receiver's back. Techniques
done leaning on a desk (P1, P2, P5, P6) show the receiver resting forward on the desk; the
others show the receiver sitting upright. One-sided techniques (P2, P6) are drawn for the
receiver's right side; the app mirrors them.
"""

from __future__ import annotations

from figure import DIMS, Blob, Tube
from geom import P, capsule_d, poly_d
from partner import (
    Hand,
    band_poly,
    fill_blob,
    fill_capsule,
    fill_ellipse,
    giver_tone,
    hop_arrow,
    light_arrow,
    rect_poly,
    roll_arrow,
    ticks,
)
from partner_back import (
    BLADE_G,
    CX,
    X_STRIP_U,
    BackScene,
    GiverArm,
    S,
    che,
    palm_wrist,
    paraspinal,
    receiver_joints,
    render_back,
    spine_zone,
    waist_side_zones,
)
from poses_base import Scene
from props import arc_arrow, straight_arrow
from svgdoc import INK, OUTLINE, PAPER, PROP, PROP_W, TARGET, TARGET_OPACITY, Svg

J = receiver_joints()
HS = 1.75  # scale of the giver's hands on the back
UP = -90.0  # finger angle: pointing up the page (away from the giver)
NOGO_LOW = che(0, -12.5)  # the no-go marker just below the spine strip


def palm_arm(centre: P, side: float, fingers: float = UP) -> GiverArm:
    """A flat palm centred on `centre`, fingers along `fingers`; side +1 is the giver's right
    hand (viewer's right). Seen from the back of the hand, the thumb lies towards the middle."""
    return GiverArm(palm_wrist(centre, fingers, HS), Hand("palm", fingers, -side))


# --- P1 palm glide --------------------------------------------------------------------------


def palm_glide(frame: str) -> Svg:
    b = frame == "b"
    x = 11.5
    c_top, c_low = 25.0, 16.5  # palm centres (chest units up from the waist)
    cu = c_low if b else c_top
    right, left = palm_arm(che(x, cu), 1), palm_arm(che(-x, cu), -1)

    def arrows(svg: Svg) -> None:
        for sx in (-1, 1):
            xs = sx * X_STRIP_U
            if b:
                straight_arrow(svg, che(xs, 33.5), che(xs, c_low + 9.5))
            else:
                straight_arrow(svg, che(xs, c_top - 9.5), che(xs, 7.0))

    sc = BackScene(
        right,
        left,
        desk=True,
        zones=[spine_zone(J), *waist_side_zones(J)],
        marks_nogo=[NOGO_LOW],
        target=paraspinal(J),
        marks=[arrows],
    )
    return render_back(sc)


# --- P2 palm circles ------------------------------------------------------------------------


def palm_circles(frame: str) -> Svg:
    b = frame == "b"
    # the palm travels round the circle: low and in (a), then up and out (b)
    centre = che(16.0, 8.5) if b else che(10.0, 0.5)
    fingers = -62.0 if b else -105.0
    right = GiverArm(palm_wrist(centre, fingers, HS), Hand("palm", fingers, -1), bow=0.1)
    g = BLADE_G + 1.0
    ridge = band_poly(che(g, 23.0), che(17.0, 25.8), 1.8 * S)
    ridge_l = band_poly(che(-g, 23.0), che(-17.0, 25.8), 1.8 * S)

    def marks(svg: Svg) -> None:
        arc_arrow(svg, che(12.5, 6.5), 18.0, -40, 225)

    sc = BackScene(
        right,
        None,
        desk=True,
        zones=[spine_zone(J), ridge, ridge_l],
        marks_nogo=[che(11.0, 31.4), NOGO_LOW],
        target=[fill_ellipse(che(12.0, 11.0), 9.0 * S, 11.0 * S)],
        marks=[marks],
    )
    return render_back(sc)


# --- P4 shoulder kneading -------------------------------------------------------------------

SHOULDER_U = 33.2  # height of the shoulder tops (chest units)


def shoulder_kneading(frame: str) -> Svg:
    b = frame == "b"
    # a: both hands resting over the shoulder tops, fingers over the front; b: the right hand
    # closes on the muscle and lifts it a touch while the left has moved out along the shoulder
    specs = {
        1: (che(16.5, 27.5 + (7.0 if b else 0.0)), 1.0 if b else 0.0, -84.0 if b else -96.0),
        -1: (che(-22.5, 24.0) if b else che(-16.5, 27.5), 0.0, -70.0 if b else -84.0),
    }
    arms = {}
    for sx, (wr, close, fingers) in specs.items():
        arms[sx] = GiverArm(wr, Hand("grip", fingers, -sx, close=close), bow=0.12)
    neck = rect_poly(CX - 8.6, J["head"].y + 19.5, CX + 8.6, che(0, 34.6).y)

    def marks(svg: Svg) -> None:
        if b:
            base = che(27.0, SHOULDER_U + 2.0)
            straight_arrow(svg, base, base + P(0, -14))

    tgt = [fill_capsule(che(sx * 7.8, 32.3), che(sx * 18.5, 28.5), 3.6 * S) for sx in (-1, 1)]
    sc = BackScene(
        arms[1],
        arms[-1],
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
    cu = 9.0 if b else 24.0
    arms = []
    for sx in (1, -1):
        c = che(sx * 10.5, cu)
        arms.append(GiverArm(c - P(0, -5.4 * HS), Hand("fist", UP)))

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
        desk=True,
        zones=[spine_zone(J)],
        marks_nogo=[NOGO_LOW],
        target=paraspinal(J),
        marks=[marks, lambda svg: _fist_inset(svg, 172, 13, 56)],
    )
    return render_back(sc)


# --- P6 tender-spot holds -------------------------------------------------------------------


def _thumb_on(spot: P) -> GiverArm:
    """The right hand lying on the upper back, fingers towards the shoulder top, the pad of
    the thumb on `spot` (the thumb lies towards the middle of the back)."""
    fingers = -62.0
    u = P(0.469, -0.883)  # along the fingers (screen angle -62)
    n = P(-u.y, u.x) * -1.0  # towards the thumb side
    tip_local = u * 7.5 + n * 10.7
    wrist = spot - tip_local * HS
    return GiverArm(wrist, Hand("thumb", fingers, -1, tip=spot), bow=0.1)


def tender_spot_hold(frame: str) -> Svg:
    b = frame == "b"
    spot = che(7.2, 20.0)
    # a: the thumb feels along the muscle a little lower down; b: it holds still on the spot
    at = spot if b else che(7.2, 6.0)

    def marks(svg: Svg) -> None:
        if b:
            ticks(svg, spot, 200, r=6.0, length=5.0)
        else:
            straight_arrow(svg, che(7.2, 9.5), che(7.2, 17.5))

    sc = BackScene(
        _thumb_on(at),
        None,
        desk=True,
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
        # a: cupped hands raised above the shoulders, wrists loose; b: landing on the back
        wr = che(sx * 15.0, 20.0) if b else che(sx * 27.0, 44.0)
        arms.append(GiverArm(wr, Hand("cup", UP - sx * (4 if b else 18), -sx), bow=0.14))
    low = [che(-16.2, 3.0), che(16.2, 3.0), che(16.8, -13.0), che(-16.8, -13.0)]

    def marks(svg: Svg) -> None:
        for sx in (-1, 1):
            if b:
                y = 31.0
                pts = [che(sx * 4.5, y), che(sx * 10.5, y - 0.5), che(sx * 16.8, y + 1.0)]
                hop_arrow(svg, pts, 6.0)
            else:
                straight_arrow(svg, che(sx * 22.0, 46.0), che(sx * 18.0, 36.0))

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
        zones=[spine_zone(J, bottom=-3.0), low],
        marks_nogo=[che(0, -18.5)],
        target=[tgt],
        marks=[marks],
    )
    return render_back(sc)


# --- P9 closing sweep -----------------------------------------------------------------------


def closing_sweep(frame: str) -> Svg:
    b = frame == "b"
    arms = []
    for sx in (1, -1):
        if b:
            arms.append(palm_arm(che(sx * 13.5, 6.0), sx, UP + sx * 12))
        else:
            arms.append(palm_arm(che(sx * 12.5, 25.0), sx, UP - sx * 4))

    def marks(svg: Svg) -> None:
        for sx in (-1, 1):
            x = sx * 30.0
            light_arrow(svg, [che(x - sx * 1.5, 29.0), che(x, 15.0), che(x - sx * 1.0, -1.0)])

    sc = BackScene(arms[0], arms[1], zones=[spine_zone(J)], marks_nogo=[NOGO_LOW], marks=[marks])
    return render_back(sc)


SCENES: dict[str, Scene] = {
    "partner.palm_glide": palm_glide,
    "partner.palm_circles": palm_circles,
    "partner.shoulder_kneading": shoulder_kneading,
    "partner.soft_fist_roll": soft_fist_roll,
    "partner.tender_spot_hold": tender_spot_hold,
    "partner.light_patting": light_patting,
    "partner.closing_sweep": closing_sweep,
}
