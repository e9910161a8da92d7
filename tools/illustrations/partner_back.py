"""The back-view composition of the partner scenes, seen through the giver's eyes.

The viewer stands where the giver stands: behind the seated receiver. So the giver's own body
is out of the picture and only the giver's arms come into it, from the bottom edge, drawn a
little larger than the receiver (they are nearer) and OVER the receiver's back. Nothing of the
giver is ever behind the receiver, so the picture can't read as a hug from the front.

Two set-ups, as each technique's `receiver_position` says:

* `upright`: the receiver sits tall on a chair without wheels (seat, legs and the two posts
  of a low backrest show beside the hips).
* `desk`: the receiver leans forward onto a cushion on a desk, the elbows resting out to the
  sides on the desk top and the head bowed onto the forearms; the desk's top and legs show
  around them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from figure import DIMS, Built, Disc, FArm, FLeg, FrontFigure, Layer, Tube
from geom import P, from_angle, lerp
from partner import (
    HATCH_GAP,
    Hand,
    fill_capsule,
    giver_tone,
    hand_shapes,
    nogo_mark,
    nogo_zone,
    rect_poly,
)
from svgdoc import OUTLINE, PAPER, PROP, PROP_W, SIZE, Draw, Svg

S = 2.0  # scale of the receiver in back views
GS = 2.3  # scale of the giver's arms and hands: nearer the viewer, so larger
CX = 120.0
HIP = P(CX, 204.0)  # receiver's hip centre
CROP = 228.0
BLADE_G = 8.0  # shoulder-blade gap from the spine (chest units)
X_STRIP_U = 7.4  # centre of each muscle strip from the midline (chest units)
G_SHOULDER_X = 74.0  # the giver's shoulders, left and right of the middle, below the frame
G_SHOULDER_Y = 262.0
DESK_NEAR = 150.0  # the desk top's near edge (where the receiver's elbows rest)
DESK_FAR = 124.0


@dataclass
class GiverArm:
    """One giver arm: from the giver's shoulder below the frame to `wrist` on the receiver's
    back; the elbow bows out by `bow` (a fraction of the shoulder-wrist distance) towards
    the side of that arm."""

    wrist: P
    hand: Hand | None
    bow: float = 0.16


def receiver_back(hip: P = HIP, s: float = S, blades: float | None = BLADE_G) -> FrontFigure:
    """The receiver seen from behind, sitting upright, arms hanging with the hands in the lap
    (forearms hidden in front of the body), legs hidden under the seat."""
    arm = FArm(out=7, elbow=0, fore_len=0.12, fore_behind=True)
    leg = FLeg(P(2, 3), P(2, 5))
    return FrontFigure(
        hip=hip,
        s=s,
        back=True,
        blades=blades,
        right_arm=arm,
        left_arm=arm,
        right_leg=leg,
        left_leg=leg,
    )


def receiver_desk() -> Built:
    """The receiver leaning on the desk: elbows out to the sides on the desk top (the forearms
    lie forward, hidden by the body), the head bowed forward onto them, so from behind only
    its crown shows above the shoulders (drawn behind the upper back)."""
    arm = FArm(out=62, elbow=-40, fore_len=0.2, upper_len=0.62, fore_behind=True)
    fig = receiver_back()
    fig = FrontFigure(**{**fig.__dict__, "right_arm": arm, "left_arm": arm, "shrug": 2.0})
    built = fig.build()
    j = dict(built.j)
    nb = j["neck_base"]
    head = nb + P(0, -DIMS.head_r * S * 0.35)
    body = next(layer for layer in built.layers if layer.name == "body")
    crown = [Disc(head, sh.r) for sh in body.shapes if isinstance(sh, Disc) and sh.c == j["head"]]
    rest = [
        sh
        for sh in body.shapes
        if not (isinstance(sh, Disc) and sh.c == j["head"])
        and not (isinstance(sh, Tube) and sh.points[0] == nb)
    ]
    j["head"] = head
    layers: list[Layer] = []
    for lay in built.layers:
        if lay is body:
            layers += [Layer("head", list(crown)), Layer("body", rest, lay.details)]
        else:
            layers.append(lay)
    return Built(layers, j, S)


def arm_layer(name: str, sh: P, arm: GiverArm, s: float = GS) -> Layer:
    side = 1.0 if sh.x > CX else -1.0
    v = arm.wrist - sh
    el = lerp(sh, arm.wrist, 0.5) + P(side, 0) * (v.length() * arm.bow)
    shapes: list = [Tube([sh, el], DIMS.w_upper * s), Tube([el, arm.wrist], DIMS.w_fore * s)]
    details: list[Draw] = []
    if arm.hand is not None:
        hs, det = hand_shapes(arm.wrist, arm.hand, s)
        shapes += hs
        details += det
    return Layer(name, shapes, details)


@dataclass
class BackScene:
    """Everything a back-view partner frame needs. An arm left as None is out of view."""

    right: GiverArm | None  # the giver's right arm (viewer's right)
    left: GiverArm | None
    desk: bool = False
    zones: list[list[P]] = field(default_factory=list)  # no-go polygons
    marks_nogo: list[P] = field(default_factory=list)  # no-go marker positions
    target: list[Draw] = field(default_factory=list)
    marks: list[Draw] = field(default_factory=list)  # arrows, ticks (drawn last)
    hatch_gap: float = HATCH_GAP
    nogo_r: float = 5.0


def chair_back_view(svg: Svg, cx: float, seat_y: float, s: float, posts: bool) -> None:
    """The receiver's chair seen from behind: the seat and four plain legs (no wheels), cut at
    the bottom of the frame; with `posts`, the two posts of a low backrest beside the hips."""
    hw = 26 * s
    for sx in (-1, 1):
        x = cx + sx * (hw - 3 * s)
        svg.path(f"M{x:.1f} {seat_y:.1f}L{x:.1f} {CROP:.1f}", stroke=PROP, width=PROP_W)
        xi = cx + sx * (hw - 9 * s)
        svg.path(f"M{xi:.1f} {seat_y:.1f}L{xi:.1f} {CROP:.1f}", stroke=PROP, width=PROP_W)
        if posts:
            top = seat_y - 30 * s
            svg.rect(x - 2.5 * s, top, 5 * s, 30 * s, stroke=PROP, fill=PAPER, rx=2 * s)
    svg.rect(cx - hw, seat_y, 2 * hw, 5 * s, stroke=PROP, fill=PAPER, rx=1.5 * s)


def desk_back_view(svg: Svg) -> None:
    """The desk beyond the receiver: its top seen a little from above, the front rail, two
    and two legs."""
    top = [P(22, DESK_NEAR), P(218, DESK_NEAR), P(204, DESK_FAR), P(36, DESK_FAR)]
    d = "M" + "L".join(f"{q.x:.1f} {q.y:.1f}" for q in top) + "Z"
    svg.path(d, stroke=PROP, width=PROP_W, fill=PAPER)
    svg.rect(22, DESK_NEAR, 196, 7, stroke=PROP, fill=PAPER)
    for x in (28.0, 212.0):
        svg.path(f"M{x:.1f} {DESK_NEAR + 7:.1f}L{x:.1f} {CROP:.1f}", stroke=PROP, width=PROP_W)


_RJ = receiver_back().build().j
_DJ = receiver_desk().j


def receiver_joints(desk: bool = False) -> dict[str, P]:
    """Named joints of the back-view receiver (upright or leaning on the desk)."""
    return dict(_DJ if desk else _RJ)


def giver_shoulder(side: float) -> P:
    return P(CX + side * G_SHOULDER_X, G_SHOULDER_Y)


def render_back(sc: BackScene) -> Svg:
    """Props, the receiver with target fills and no-go hatching, then the giver's arms and
    hands over the receiver, then markers and arrows."""
    svg = Svg()
    rec = receiver_desk() if sc.desk else receiver_back().build()
    if sc.desk:
        desk_back_view(svg)
    chair_back_view(svg, CX, HIP.y + 8.5 * S + OUTLINE, S, posts=not sc.desk)
    over: dict[str, list[Draw]] = {"body": [*sc.target]}
    over["body"] += [nogo_zone(z, sc.hatch_gap) for z in sc.zones]
    rec.draw(svg, over)
    arms = [
        arm_layer(name, giver_shoulder(side), arm)
        for name, arm, side in (("g_r", sc.right, 1.0), ("g_l", sc.left, -1.0))
        if arm is not None
    ]
    if arms:
        k = len(svg.parts)
        Built(arms, {}, GS).draw(svg, crop_y=CROP)
        giver_tone(svg, k)
    svg.rect(0, CROP, SIZE, SIZE - CROP, fill=PAPER)
    svg.figure_bbox.y1 = min(svg.figure_bbox.y1, CROP)
    for c in sc.marks_nogo:
        nogo_mark(c, sc.nogo_r)(svg)
    for m in sc.marks:
        m(svg)
    return svg


# --- standard zones on the receiver's back ---------------------------------------------------


def che(x: float, u: float, s: float = S, waist: P | None = None) -> P:
    """A point on the receiver's back (back view): x chest units out to the viewer's right,
    u chest units up from the waist."""
    w = waist if waist is not None else _RJ["waist"]
    return P(w.x + x * s, w.y - u * s)


def spine_zone(
    j: dict[str, P], half: float = 3.2, top: float = 33.0, bottom: float = -5.5, s: float = S
) -> list[P]:
    """The spine: a narrow strip down the middle of the back (top/bottom in chest units)."""
    w = j["waist"]
    return rect_poly(w.x - half, w.y - top * s, w.x + half, w.y - bottom * s)


def waist_side_zones(j: dict[str, P], s: float = S, inner: float = 13.5) -> list[list[P]]:
    """The soft area below the lowest ribs at the sides of the waist (both sides)."""
    w = j["waist"]
    out = []
    for sx in (-1, 1):
        x_in = w.x + sx * inner * s
        x_out0 = w.x + sx * 16.9 * s  # just inside the body edge below the ribs
        x_out1 = w.x + sx * 16.3 * s  # ... and at the waist
        y0, y1 = w.y - 8.0 * s, w.y + 5.0 * s
        out.append([P(x_in, y0), P(x_out0, y0), P(x_out1, y1), P(x_in, y1)])
    return out


def paraspinal(j: dict[str, P], top: float = 31.0, bottom: float = 4.0, s: float = S):
    """The two muscle strips beside (not on) the spine, as target fills (chest units)."""
    w = j["waist"]
    return [
        fill_capsule(
            P(w.x + sx * X_STRIP_U * s, w.y - top * s),
            P(w.x + sx * X_STRIP_U * s, w.y - bottom * s),
            3.5 * s,
        )
        for sx in (-1, 1)
    ]


def palm_wrist(centre: P, fingers: float, scale: float) -> P:
    """Wrist point for a palm (fingers along screen angle `fingers`) centred on `centre`."""
    return centre - from_angle(fingers) * (6.5 * scale)
