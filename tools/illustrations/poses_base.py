"""Shared helpers for the self-exercise scenes: the floor line, seated and standing set-ups,
highlight bands and the scene wrapper (background props, figure, marks)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from figure import (
    DIMS,
    ArmA,
    ArmT,
    Blob,
    Built,
    Disc,
    FArm,
    FLeg,
    FrontFigure,
    Layer,
    LegT,
    SideFigure,
    Tube,
    ankle_height,
    foot_points,
)
from geom import P, down_dir, lerp, two_bone, up_dir
from props import (
    hl_capsule,
)
from svgdoc import OUTLINE, PAPER, SIZE, Draw, Svg

FLOOR = 226.0


Over = dict[str, list[Draw]]


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


LAP = FLeg(P(4, 9), P(5, 55))


def front_seated_hip(cx: float, s: float) -> P:
    return P(cx, FLOOR - (LAP.ankle.y + 8.5) * s - OUTLINE)


Scene = Callable[[str], Svg]


def layer(built: Built, name: str):
    for ly in built.layers:
        if ly.name == name:
            return ly
    raise KeyError(name)


def bend_upper(fig: SideFigure, upper: float, pivot_u: float = 14.0) -> Built:
    """A side figure whose chest bends a further `upper` degrees above a point `pivot_u` up
    the chest (a rounded or arched upper back) instead of hinging only at the waist.

    The lower chest, pelvis and legs come from `fig`; the upper chest, neck, head and arms come
    from the same figure leaned by `upper` and moved so that both agree at the pivot. Arm
    targets (ArmT) stay absolute, so limb lengths are unchanged.
    """
    s = fig.s
    base = replace(fig, near_arm=ArmA(0.0), far_arm=ArmA(0.0)).build()  # arms come from `top`

    def pivot(f: SideFigure) -> P:
        waist = f.hip + up_dir(f.pelvis) * (DIMS.pelvis_len * s)
        return waist + up_dir(f.chest) * (pivot_u * s)

    leaned = replace(fig, chest=fig.chest + upper)
    leaned = replace(leaned, hip=fig.hip + (pivot(fig) - pivot(leaned)))
    top = leaned.build()
    b_body, t_body = layer(base, "body"), layer(top, "body")
    b_out, t_out = b_body.shapes[0].points, t_body.shapes[0].points
    # outline order: pelvis front, 2 lower-chest front points, upper chest (6), lower chest
    # back (2 incl. the blend point), pelvis back
    outline = b_out[:3] + t_out[3:9] + b_out[9:]
    body = Layer(
        "body",
        [Blob(outline), *t_body.shapes[1:3], *b_body.shapes[3:]],
        t_body.details,
    )
    layers = [layer(top, "far_arm"), layer(base, "far_leg"), body, layer(top, "near_arm")]
    j = dict(base.j)
    for k in ("shoulder", "neck_base", "head", "eye", "chin", "nape", "upper_back"):
        j[k] = top.j[k]
    for k in ("n_elbow", "n_wrist", "n_hand", "f_elbow", "f_wrist", "f_hand"):
        j[k] = top.j[k]
    j["chest_top_front"] = top.j["chest_front"]
    return Built(layers, j, s)


def side_arms(
    built: Built,
    wrist: P,
    hint: P,
    hand: float,
    k_upper: float = 1.0,
    k_fore: float = 1.0,
    far_offset: P | None = None,
) -> None:
    """Re-pose both arms of a built side figure to reach `wrist` (the far one at an offset).

    `k_upper` / `k_fore` foreshorten the upper arm / forearm+hand as seen from the side when
    the arms also reach inwards (e.g. elbows forward with hands behind the head); the same
    factors in both frames keep the limb lengths constant.
    """
    s, j = built.s, built.j
    l1, l2, lh = DIMS.upper_arm * s * k_upper, DIMS.forearm * s * k_fore, DIMS.hand * s * k_fore
    sh = j["shoulder"]
    el, wr = two_bone(sh, wrist, l1, l2, hint)
    tip = wr + down_dir(hand) * lh
    f_el, f_wr = two_bone(sh, wrist + (far_offset or P(-1.5, -1.5)), l1, l2, hint)
    f_tip = f_wr + down_dir(hand) * lh
    layer(built, "near_arm").shapes = [
        Tube([sh, el], DIMS.w_upper * s),
        Tube([el, wr], DIMS.w_fore * s),
        Tube([wr, tip], DIMS.w_hand * s),
    ]
    layer(built, "far_arm").shapes = [Tube([sh, f_el, f_wr, f_tip], DIMS.w_fore * s, True)]
    j.update(n_elbow=el, n_wrist=wr, n_hand=tip, f_elbow=f_el, f_wrist=f_wr, f_hand=f_tip)


def _clip_top(points: list[P], y0: float) -> list[list[P]]:
    """Parts of a polyline with y >= y0."""
    out: list[list[P]] = []
    cur: list[P] = []
    for a, b in pairwise(points):
        ina, inb = a.y >= y0, b.y >= y0
        if ina and not cur:
            cur = [a]
        if ina and inb:
            cur.append(b)
        elif ina != inb:
            m = lerp(a, b, (y0 - a.y) / (b.y - a.y))
            if ina:
                cur.append(m)
                out.append(cur)
                cur = []
            else:
                cur = [m, b]
    if len(cur) >= 2:
        out.append(cur)
    return out


def crop_top(built: Built, y0: float) -> Built:
    """Cut tubes at y = y0 and drop discs above it (a detail view; the scene then covers the
    band above the crop line with paper)."""
    layers = []
    for ly in built.layers:
        shapes: list = []
        for sh in ly.shapes:
            if isinstance(sh, Tube):
                parts = [q for pl in sh.lines() for q in _clip_top(pl, y0)]
                if parts:
                    shapes.append(Tube(parts[0], sh.w, sh.faint, parts[1:]))
            elif isinstance(sh, Disc):
                if sh.c.y - sh.r - OUTLINE > 0:
                    shapes.append(sh)
            else:
                shapes.append(sh)
        layers.append(Layer(ly.name, shapes, ly.details if ly.name != "body" else []))
    return Built(layers, built.j, built.s)


def seated_front(cx: float, s: float) -> tuple[FrontFigure, float]:
    """An upright seated front-view figure with its hands resting on the knees; seat top y."""
    hip = front_seated_hip(cx, s)
    seat_y = hip.y + 6 * s + OUTLINE
    base = FrontFigure(hip=hip, s=s, seated=True, right_leg=LAP, left_leg=LAP)
    j0 = base.build().j
    fig = replace(
        base,
        right_arm=FArm(wrist=j0["r_knee"] + P(-2, -11 * s), hint=P(-1, 0.2), hand=-25),
        left_arm=FArm(wrist=j0["l_knee"] + P(2, -11 * s), hint=P(1, 0.2), hand=-25),
    )
    return fig, seat_y


def deg_of(v: P) -> float:
    """Limb angle of a screen vector: from straight down, + forward (+x)."""
    return math.degrees(math.atan2(v.x, v.y))
