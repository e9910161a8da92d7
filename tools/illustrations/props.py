"""Props (furniture and room parts) in the prop colour, and the annotation marks:
arrows, pulse ticks, guide lines and target-area highlights.

Props use stroke 2 in PROP, filled with PAPER where they must hide what is behind them.
Arrows use MOTION with stroke 2.5 and small filled arrowheads (never markers).
"""

from __future__ import annotations

from geom import (
    P,
    arc_beziers,
    beziers_d,
    capsule_d,
    ellipse_d,
    from_angle,
    poly_d,
    pt,
)
from svgdoc import (
    MOTION,
    MOTION_W,
    PAPER,
    PROP,
    PROP_W,
    TARGET,
    TARGET_OPACITY,
    Draw,
    Svg,
)

# --- room and furniture ---------------------------------------------------------------------


def floor(svg: Svg, y: float, x0: float = 14.0, x1: float = 226.0) -> None:
    svg.path(poly_d([P(x0, y), P(x1, y)]), stroke=PROP, width=PROP_W)


def chair_side(
    svg: Svg,
    front_x: float,
    seat_y: float,
    floor_y: float,
    s: float = 1.0,
    facing: float = 1.0,
    back: bool = True,
) -> None:
    """A four-legged chair without wheels, seen from the side; the sitter faces `facing`."""
    depth, thick = 44 * s, 4 * s
    bx = front_x - facing * depth  # back edge of the seat
    x0, x1 = min(front_x, bx), max(front_x, bx)
    inset = 3 * s
    for lx in (x0 + inset, x1 - inset):
        svg.path(poly_d([P(lx, seat_y + thick), P(lx, floor_y)]), stroke=PROP, width=PROP_W)
    # a stretcher between the legs
    svg.path(
        poly_d([P(x0 + inset, floor_y - 16 * s), P(x1 - inset, floor_y - 16 * s)]),
        stroke=PROP,
        width=PROP_W,
    )
    if back:
        post = bx + facing * 2 * s
        top = seat_y - 46 * s
        svg.path(
            poly_d([P(post, seat_y), P(post - facing * 4 * s, top)]), stroke=PROP, width=PROP_W
        )
        px = post - facing * 4 * s
        pad_x = min(px, px + facing * 5 * s) - 0.5 * s
        svg.rect(pad_x, top, 6 * s, 24 * s, stroke=PROP, fill=PAPER, rx=2.5 * s)
    svg.rect(x0, seat_y, depth, thick, stroke=PROP, fill=PAPER, rx=1.5 * s)


def chair_front(
    svg: Svg, cx: float, seat_y: float, floor_y: float, s: float = 1.0, back: bool = True
) -> None:
    """A four-legged chair without wheels seen from the front (or back)."""
    hw = 25 * s
    if back:
        bw = 20 * s
        top = seat_y - 44 * s
        for sx in (-1, 1):
            svg.path(
                poly_d([P(cx + sx * bw, seat_y), P(cx + sx * bw, top + 4 * s)]),
                stroke=PROP,
                width=PROP_W,
            )
        svg.rect(cx - bw - 2 * s, top, 2 * bw + 4 * s, 18 * s, stroke=PROP, fill=PAPER, rx=3 * s)
    for sx in (-1, 1):
        svg.path(
            poly_d([P(cx + sx * (hw - 3 * s), seat_y), P(cx + sx * (hw - 3 * s), floor_y)]),
            stroke=PROP,
            width=PROP_W,
        )
    svg.path(
        poly_d([P(cx - hw + 3 * s, floor_y - 16 * s), P(cx + hw - 3 * s, floor_y - 16 * s)]),
        stroke=PROP,
        width=PROP_W,
    )
    svg.rect(cx - hw, seat_y, 2 * hw, 5 * s, stroke=PROP, fill=PAPER, rx=1.5 * s)


def desk_side(
    svg: Svg,
    edge_x: float,
    top_y: float,
    floor_y: float,
    far_x: float = 236.0,
    s: float = 1.0,
    leg_x: float | None = None,
) -> None:
    """A desk whose near edge is at `edge_x`, extending to `far_x` (side view)."""
    x0, x1 = min(edge_x, far_x), max(edge_x, far_x)
    sign = 1 if far_x > edge_x else -1
    if leg_x is None:
        leg_x = edge_x + sign * 6 * s
    # a modesty panel / drawer line under the top keeps it reading as a desk
    svg.path(poly_d([P(leg_x, top_y), P(leg_x, floor_y)]), stroke=PROP, width=PROP_W)
    svg.rect(x0, top_y, x1 - x0, 5 * s, stroke=PROP, fill=PAPER, rx=1.5 * s)


def monitor_side(svg: Svg, x: float, desk_top: float, s: float = 1.0) -> tuple[P, P]:
    """A monitor seen from the side, screen facing -x. Returns (screen top, screen bottom)."""
    base_w = 16 * s
    svg.path(
        poly_d([P(x - base_w / 2, desk_top - 1), P(x + base_w / 2, desk_top - 1)]),
        stroke=PROP,
        width=PROP_W,
    )
    svg.path(
        poly_d([P(x + 2 * s, desk_top - 1), P(x + 2 * s, desk_top - 16 * s)]),
        stroke=PROP,
        width=PROP_W,
    )
    top = P(x - 4 * s, desk_top - 48 * s)
    bot = P(x - 4 * s, desk_top - 14 * s)
    svg.rect(top.x - 1.5 * s, top.y, 5 * s, bot.y - top.y, stroke=PROP, fill=PAPER, rx=1.5 * s)
    return top, bot


def wall(
    svg: Svg, x: float, top: float, floor_y: float, thick: float = 8.0, toward: float = 1.0
) -> None:
    """A wall (or door frame) seen edge-on; its face is at `x`, its body extends `toward`."""
    x0 = x if toward > 0 else x - thick
    svg.rect(x0, top, thick, floor_y - top, stroke=PROP, fill=PAPER)


def window(svg: Svg, x: float, y: float, w: float, h: float) -> None:
    svg.rect(x, y, w, h, stroke=PROP, fill=PAPER, rx=1.0)
    svg.path(poly_d([P(x + w / 2, y), P(x + w / 2, y + h)]), stroke=PROP, width=PROP_W)
    svg.path(poly_d([P(x, y + h * 0.45), P(x + w, y + h * 0.45)]), stroke=PROP, width=PROP_W)
    svg.path(poly_d([P(x - 3, y + h + 2), P(x + w + 3, y + h + 2)]), stroke=PROP, width=PROP_W)


def guide(svg: Svg, a: P, b: P, dotted: bool = True) -> None:
    """A thin prop-coloured guide line (eye-line, height marker)."""
    dash = "0.5 5" if dotted else "6 4"
    svg.path(poly_d([a, b]), stroke=PROP, width=PROP_W, dash=dash)


# --- arrows ---------------------------------------------------------------------------------

HEAD_L = 8.0
HEAD_W = 8.5


def _head(svg: Svg, tip: P, direction: P) -> None:
    u = direction.unit()
    n = u.perp()
    base = tip - u * HEAD_L
    pts = [tip, base + n * (HEAD_W / 2), base + u * 1.5, base - n * (HEAD_W / 2)]
    svg.path(poly_d(pts, closed=True), fill=MOTION, stroke=MOTION, width=1.0)


def straight_arrow(svg: Svg, a: P, b: P, double: bool = False) -> None:
    u = (b - a).unit()
    a2 = a + u * (HEAD_L * 0.6) if double else a
    svg.path(poly_d([a2, b - u * (HEAD_L * 0.6)]), stroke=MOTION, width=MOTION_W)
    _head(svg, b, u)
    if double:
        _head(svg, a, -u)


def curve_arrow(svg: Svg, a: P, ctrl: P, b: P, double: bool = False) -> None:
    """A quadratic-looking curve from a to b bending towards ctrl (drawn as a cubic)."""
    c1 = a + (ctrl - a) * (2 / 3)
    c2 = b + (ctrl - b) * (2 / 3)
    end_dir = (b - c2).unit()
    start_dir = (a - c1).unit()
    b2 = b - end_dir * (HEAD_L * 0.6)
    a2 = a - start_dir * (HEAD_L * 0.6) if double else a
    svg.path(f"M{pt(a2)}C{pt(c1)} {pt(c2)} {pt(b2)}", stroke=MOTION, width=MOTION_W)
    _head(svg, b, end_dir)
    if double:
        _head(svg, a, start_dir)


def arc_arrow(
    svg: Svg, c: P, r: float, a0: float, a1: float, double: bool = False, ry: float | None = None
) -> None:
    """An arc around `c` from screen angle a0 to a1 (degrees, y down) with a head at a1."""
    ry = r if ry is None else ry
    trim = HEAD_L * 0.6 / max(r, ry) * 57.3
    sgn = 1 if a1 > a0 else -1
    s0 = a0 + sgn * trim if double else a0
    s1 = a1 - sgn * trim
    svg.path(beziers_d(arc_beziers(c, r, ry, s0, s1)), stroke=MOTION, width=MOTION_W)

    def tangent(at: float, forward: bool) -> tuple[P, P]:
        pnt = c + P(from_angle(at).x * r, from_angle(at).y * ry)
        tan = P(-from_angle(at).y * r, from_angle(at).x * ry).unit() * sgn
        return pnt, (tan if forward else -tan)

    tip, direc = tangent(a1, True)
    # aim the head along the chord of its own length for a natural look
    back = c + P(from_angle(a1 - sgn * trim * 1.6).x * r, from_angle(a1 - sgn * trim * 1.6).y * ry)
    _head(svg, tip, (tip - back).unit() * 0.6 + direc * 0.4)
    if double:
        tip0, _ = tangent(a0, False)
        back0 = c + P(
            from_angle(a0 + sgn * trim * 1.6).x * r, from_angle(a0 + sgn * trim * 1.6).y * ry
        )
        _head(svg, tip0, (tip0 - back0).unit())


def pulse(
    svg: Svg, c: P, toward: float, r: float = 5.0, length: float = 5.0, spread: float = 38.0
) -> None:
    """Three short motion ticks fanning out from `c` around screen angle `toward` (a hold)."""
    for k in (-1, 0, 1):
        u = from_angle(toward + k * spread)
        svg.path(poly_d([c + u * r, c + u * (r + length)]), stroke=MOTION, width=MOTION_W)


def wave(svg: Svg, c: P, w: float = 22.0, amp: float = 4.5) -> None:
    """A small breathing wave icon (two humps) in the motion colour."""
    x0, q = c.x - w / 2, w / 4
    d = "M" + pt(P(x0, c.y))
    for i in range(4):
        y = c.y + (-amp if i % 2 == 0 else amp)
        xa = x0 + i * q
        d += "C" + pt(P(xa + q * 0.35, y)) + " " + pt(P(xa + q * 0.65, y)) + " "
        d += pt(P(xa + q, c.y))
    svg.path(d, stroke=MOTION, width=MOTION_W)


# --- target highlights (soft fills) -------------------------------------------------------


def hl_ellipse(c: P, rx: float, ry: float, rot: float = 0.0) -> Draw:
    def draw(svg: Svg) -> None:
        svg.path(ellipse_d(c, rx, ry, rot), fill=TARGET, fill_opacity=TARGET_OPACITY)

    return draw


def hl_capsule(a: P, b: P, r: float) -> Draw:
    def draw(svg: Svg) -> None:
        svg.path(capsule_d(a, b, r), fill=TARGET, fill_opacity=TARGET_OPACITY)

    return draw


def hl_path(d: str) -> Draw:
    def draw(svg: Svg) -> None:
        svg.path(d, fill=TARGET, fill_opacity=TARGET_OPACITY)

    return draw
