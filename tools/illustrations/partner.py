"""Building blocks for the partner-massage scenes: a seated receiver and a standing giver.

The giver is the same figure as everywhere else, drawn in the lighter `prop` line tone (every
ink stroke of the giver is recoloured), so "who does what" reads without colour.

The back-view composition (receiver, chair or desk, the giver's arms) is in partner_back.py.

Also here: no-go hatching (diagonal line paths clipped to a polygon, no patterns), the small
no-go marker, giver hands (flat palm, soft fist, thumb press, cupped hand), a speech bubble and
a 0-10 dial glyph.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from figure import Blob, Tube
from geom import (
    P,
    arc_beziers,
    beziers_d,
    capsule_d,
    ellipse_d,
    lerp,
    poly_d,
    pt,
    smooth_d,
)
from props import HEAD_L, _head
from svgdoc import (
    INK,
    MOTION,
    MOTION_W,
    NOGO,
    PAPER,
    PROP,
    PROP_W,
    TARGET,
    TARGET_OPACITY,
    Draw,
    Svg,
)

GIVER = PROP  # the giver's line tone
HATCH_W = 1.4
HATCH_GAP = 3.2


# --- tone ------------------------------------------------------------------------------------


def giver_tone(svg: Svg, start: int) -> None:
    """Recolour every ink stroke/fill written since `start` to the giver's tone."""
    for i in range(start, len(svg.parts)):
        svg.parts[i] = svg.parts[i].replace(INK, GIVER)


# --- no-go hatching --------------------------------------------------------------------------


def hatch_lines(poly: list[P], gap: float = HATCH_GAP, angle: float = -45.0) -> str:
    """Parallel lines at screen `angle` (degrees) clipped to a simple polygon, as one path."""
    a = math.radians(angle)
    d = P(math.cos(a), math.sin(a))
    n = P(-d.y, d.x)
    vals = [n.dot(q) for q in poly]
    lo, hi = min(vals), max(vals)
    out = ""
    c = lo + ((hi - lo) % gap) / 2 if hi - lo > gap else (lo + hi) / 2
    while c < hi:
        hits: list[P] = []
        for i, q0 in enumerate(poly):
            q1 = poly[(i + 1) % len(poly)]
            v0, v1 = n.dot(q0) - c, n.dot(q1) - c
            if (v0 < 0) != (v1 < 0):
                hits.append(lerp(q0, q1, v0 / (v0 - v1)))
        hits.sort(key=d.dot)
        for k in range(0, len(hits) - 1, 2):
            if (hits[k + 1] - hits[k]).length() > 0.6:
                out += "M" + pt(hits[k]) + "L" + pt(hits[k + 1])
        c += gap
    return out


def nogo_zone(poly: list[P], gap: float = HATCH_GAP, angle: float = -45.0) -> Draw:
    """A no-go zone: red diagonal hatching plus a thin red rim."""

    def draw(svg: Svg) -> None:
        svg.path(poly_d(poly, closed=True), stroke=NOGO, width=1.1)
        d = hatch_lines(poly, gap, angle)
        if d:
            svg.path(d, stroke=NOGO, width=HATCH_W)

    return draw


def nogo_mark(c: P, r: float = 5.0) -> Draw:
    """The small "no" marker: a red circle with a slash, on a paper disc."""

    def draw(svg: Svg) -> None:
        svg.circle(c, r + 1.2, fill=PAPER)
        ring = beziers_d(arc_beziers(c, r, r, 0, 360)) + "Z"
        k = r * 0.72
        svg.path(ring, stroke=NOGO, width=1.8)
        svg.path(poly_d([c + P(-k, -k), c + P(k, k)]), stroke=NOGO, width=1.8)

    return draw


def rect_poly(x0: float, y0: float, x1: float, y1: float) -> list[P]:
    return [P(x0, y0), P(x1, y0), P(x1, y1), P(x0, y1)]


def band_poly(a: P, b: P, half: float) -> list[P]:
    """A thin quadrilateral around segment a-b."""
    n = (b - a).unit().perp() * half
    return [a + n, b + n, b - n, a - n]


# --- target fills ----------------------------------------------------------------------------


def fill_capsule(a: P, b: P, r: float) -> Draw:
    def draw(svg: Svg) -> None:
        svg.path(capsule_d(a, b, r), fill=TARGET, fill_opacity=TARGET_OPACITY)

    return draw


def fill_ellipse(c: P, rx: float, ry: float, rot: float = 0.0) -> Draw:
    def draw(svg: Svg) -> None:
        svg.path(ellipse_d(c, rx, ry, rot), fill=TARGET, fill_opacity=TARGET_OPACITY)

    return draw


def fill_blob(points: list[P]) -> Draw:
    def draw(svg: Svg) -> None:
        svg.path(smooth_d(points), fill=TARGET, fill_opacity=TARGET_OPACITY)

    return draw


# --- arrows ----------------------------------------------------------------------------------


def light_arrow(svg: Svg, pts: list[P], width: float = 1.8) -> None:
    """A thin (calm) arrow along a smooth open curve."""
    end = pts[-1]
    u = (end - pts[-2]).unit()
    body = [*pts[:-1], end - u * (HEAD_L * 0.6)]
    d = smooth_d(body, closed=False) if len(body) > 2 else poly_d(body)
    svg.path(d, stroke=MOTION, width=width)
    _head(svg, end, u)


def roll_arrow(svg: Svg, top: P, bottom: P, loop: float = 5.0) -> None:
    """A downward arrow with one small loop in it: "roll down"."""
    v = bottom - top
    u = v.unit()
    n = u.perp()
    m = lerp(top, bottom, 0.45)
    a = m - u * loop
    pts = [
        top,
        a,
        m + n * loop * 1.1,
        m + u * loop * 0.9,
        m - n * loop * 1.1,
        m - u * loop * 0.2 + n * loop * 0.2,
        m + u * loop * 2.0,
        bottom - u * (HEAD_L * 0.6),
    ]
    svg.path(smooth_d(pts, closed=False), stroke=MOTION, width=MOTION_W)
    _head(svg, bottom, u)


def hop_arrow(svg: Svg, pts: list[P], height: float = 7.0) -> None:
    """Small bouncing arrow: hops between successive points, head on the last hop."""
    d = "M" + pt(pts[0])
    for i in range(len(pts) - 1):
        a, b = pts[i], pts[i + 1]
        if i == len(pts) - 2:
            b = b + (a - b).unit() * (HEAD_L * 0.5)
        up = P(0, -height)
        d += "C" + pt(a + up) + " " + pt(b + up) + " " + pt(b)
    svg.path(d, stroke=MOTION, width=MOTION_W)
    a, b = pts[-2], pts[-1]
    _head(svg, b, (b - (lerp(a, b, 0.75) + P(0, -height * 0.75))).unit())


def ticks(svg: Svg, c: P, toward: float, r: float = 5.0, length: float = 4.5) -> None:
    """Pulse: three short motion ticks fanning out around screen angle `toward`."""
    for k in (-1, 0, 1):
        a = math.radians(toward + k * 38)
        u = P(math.cos(a), math.sin(a))
        svg.path(poly_d([c + u * r, c + u * (r + length)]), stroke=MOTION, width=MOTION_W)


# --- glyphs ----------------------------------------------------------------------------------


def speech_bubble(c: P, w: float, h: float, tail: P) -> Draw:
    """A rounded speech bubble (no text) with a tail pointing at `tail`, three small dots."""

    def draw(svg: Svg) -> None:
        rx, ry = w / 2, h / 2
        segs = arc_beziers(c, rx, ry, 0, 360)
        body = beziers_d(segs) + "Z"
        u = (tail - c).unit()
        base = c + P(u.x * rx * 0.8, u.y * ry * 0.8)
        side = u.perp() * 4.5
        tail_d = poly_d([base + side, tail, base - side])
        svg.path(body, stroke=INK, width=PROP_W, fill=PAPER)
        svg.path(tail_d, stroke=INK, width=PROP_W, fill=PAPER)
        svg.path(poly_d([base + side * 0.7, base - side * 0.7]), stroke=PAPER, width=2.6)
        for k in (-1, 0, 1):
            svg.circle(c + P(k * w * 0.22, 0), 2.0, fill=INK)

    return draw


def dial(c: P, r: float, value: float) -> Draw:
    """A 0-10 pressure dial: a half ring with 11 ticks, the 3-5 band filled, a needle."""

    def ang(v: float) -> float:
        return 180 + v * 18  # 0 at the left, 10 at the right (screen degrees, y down)

    def draw(svg: Svg) -> None:
        band = arc_beziers(c, r - 1, r - 1, ang(3), ang(5))
        inner = arc_beziers(c, r * 0.62, r * 0.62, ang(5), ang(3))
        d = beziers_d(band) + "L" + pt(inner[0][0]) + beziers_d(inner, move=False) + "Z"
        svg.path(d, fill=TARGET, fill_opacity=TARGET_OPACITY)
        svg.path(beziers_d(arc_beziers(c, r, r, 180, 360)), stroke=INK, width=PROP_W)
        svg.path(poly_d([c + P(-r, 0), c + P(r, 0)]), stroke=INK, width=PROP_W)
        tk = ""
        for v in range(11):
            a = math.radians(ang(v))
            u = P(math.cos(a), math.sin(a))
            ln = 0.22 if v in (0, 5, 10) else 0.13
            tk += "M" + pt(c + u * r) + "L" + pt(c + u * (r * (1 - ln)))
        svg.path(tk, stroke=INK, width=1.4)
        a = math.radians(ang(value))
        tip = c + P(math.cos(a), math.sin(a)) * (r * 0.78)
        svg.path(poly_d([c, tip]), stroke=INK, width=2.4)
        svg.circle(c, 2.6, fill=INK)

    return draw


# --- giver hands -----------------------------------------------------------------------------


# Hand outlines (paper edge) in a local frame: `a` runs from the wrist along the fingers, `b`
# across the hand towards the thumb side. Units are figure units before scaling.
_PALM = [
    (-1.0, -3.5),
    (5.0, -4.2),
    (10.5, -4.0),
    (13.4, -2.6),
    (14.4, 0.0),
    (13.6, 2.6),
    (10.5, 3.9),
    (9.2, 5.6),
    (6.2, 6.5),
    (3.0, 5.3),
    (-1.0, 3.5),
]
_PALM_FINGERS = [((10.2, -1.4), (13.2, -1.4)), ((10.2, 1.2), (13.4, 1.2))]
_FIST = [
    (-1.0, -3.3),
    (4.0, -4.3),
    (8.5, -4.3),
    (11.0, -3.0),
    (11.4, 0.0),
    (11.0, 3.0),
    (8.5, 4.3),
    (4.0, 4.3),
    (-1.0, 3.3),
]
_FIST_LINES = [
    ((7.6, -3.4), (7.9, 0.0), (7.6, 3.4)),
    ((7.9, -1.4), (11.0, -1.5)),
    ((7.9, 1.4), (11.0, 1.5)),
]
# a hand over the top of a shoulder, seen from behind: the back of the hand down to the
# knuckles shows, the fingers are over the front; the thumb (drawn separately) lies on the back
_GRIP = [(-1.0, -3.8), (3.0, -4.8), (6.5, -4.8), (8.6, -2.5), (9.0, 0.0), (8.6, 2.5),
         (6.5, 4.8), (3.0, 4.8), (-1.0, 3.8)]  # fmt: skip
_GRIP_LINES = [((5.8, -3.9), (6.6, 0.0), (5.8, 3.9))]
# a cupped hand about to pat, seen from behind: the same silhouette, the cup shown by a curve
_CUP_LINES = [((6.0, -3.8), (8.6, 0.0), (6.0, 3.8))]


def _local(wrist: P, fingers: float, s: float, flip: float) -> Callable[[float, float], P]:
    a = math.radians(fingers)
    u = P(math.cos(a), math.sin(a))
    n = u.perp() * flip

    def q(x: float, y: float) -> P:
        return wrist + u * (x * s) + n * (y * s)

    return q


def palm_points(wrist: P, fingers: float, s: float, thumb: float) -> list[P]:
    """Outline of a flat hand seen from its back: heel at `wrist`, fingers along screen angle
    `fingers`, thumb on the side given by the sign of `thumb` (+ = the perp side)."""
    q = _local(wrist, fingers, s, 1.0 if thumb >= 0 else -1.0)
    return [q(x, y) for x, y in _PALM]


@dataclass
class Hand:
    """A giver hand: `kind` is palm, fist, thumb, cup or grip; `fingers` the screen angle the
    fingers point to; `thumb` the side of the thumb (+1 / -1 along the hand's perp);
    `close` (grip) 0 = open, 1 = squeezed."""

    kind: str
    fingers: float
    thumb: float = 1.0
    close: float = 0.0
    tip: P | None = None  # thumb kind: where the thumb pad rests


def _thumb(root: P, tip: P, w: float) -> Draw:
    """A thumb drawn over the hand with its own outline (so it reads as a separate digit)."""

    def draw(svg: Svg) -> None:
        t = Tube([root, tip], w)
        t.ink(svg)
        t.paper(svg)

    return draw


def _lines(q: Callable[[float, float], P], lines: list, w: float) -> Draw:
    def draw(svg: Svg) -> None:
        d = "".join(poly_d([q(x, y) for x, y in ln]) for ln in lines)
        svg.path(d, stroke=INK, width=w)

    return draw


def hand_shapes(wrist: P, hand: Hand, s: float) -> tuple[list[Tube | Blob], list[Draw]]:
    """Shapes and ink details for one hand (the caller applies the giver tone)."""
    t = 1.0 if hand.thumb >= 0 else -1.0
    q = _local(wrist, hand.fingers, s, t)
    if hand.kind == "palm":
        return [Blob([q(x, y) for x, y in _PALM])], [_lines(q, _PALM_FINGERS, 1.3)]
    if hand.kind == "fist":
        return [Blob([q(x, y) for x, y in _FIST])], [_lines(q, _FIST_LINES, 1.4)]
    if hand.kind == "cup":
        return [Blob([q(x, y) for x, y in _GRIP])], [_lines(q, _CUP_LINES, 1.3)]
    if hand.kind == "thumb":
        # a relaxed hand lying on the back, the thumb pad stretched out to the spot
        body = [q(x, y) for x, y in _PALM[:7]] + [q(6.0, 4.2), q(2.5, 4.2), q(-1.0, 3.5)]
        root = q(3.0, 2.6)
        tip = hand.tip if hand.tip is not None else q(7.5, 10.7)
        return [Blob(body)], [_lines(q, _PALM_FINGERS, 1.3), _thumb(root, tip, 3.4 * s)]
    if hand.kind == "grip":
        c = hand.close
        root = q(3.5, 3.2)
        tip = q(13.0 - 5.0 * c, 4.6 - 1.0 * c)
        return [Blob([q(x, y) for x, y in _GRIP])], [
            _lines(q, _GRIP_LINES, 1.3),
            _thumb(root, tip, 3.2 * s),
        ]
    raise ValueError(hand.kind)
