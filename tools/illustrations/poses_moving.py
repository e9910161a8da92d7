"""Moving scenes: the walk and sit-to-stand."""

from __future__ import annotations

from dataclasses import replace

from figure import (
    ArmA,
    LegA,
    LegT,
    SideFigure,
    ankle_height,
)
from geom import P, lerp
from poses_base import (
    FLOOR,
    Scene,
    ankle_from_toe,
    band,
    scene,
    standing_hip_y,
)
from props import (
    chair_side,
    floor,
    hl_ellipse,
    hl_path,
    straight_arrow,
)
from svgdoc import OUTLINE, Svg


def walk(frame: str) -> Svg:
    """Two phases of one stride, not mirror images. a (contact): the far foot lands heel first
    in front while the near foot pushes off from its toes behind, the near arm swinging
    forward. b (passing): the far leg stands straight under the body and the near knee swings
    through, lifted in front (a march step), the near arm swinging back and the far arm
    forward with the elbow bent."""
    s = 1.0
    if frame == "a":
        hip = P(112, standing_hip_y(s, 6.0))
        lead = LegT(P(hip.x + 27, FLOOR - ankle_height(s, 102)), foot=102)
        back_foot = 52.0
        trail = LegT(ankle_from_toe(hip.x - 22, back_foot, s), foot=back_foot)
        fig = SideFigure(
            hip=hip,
            s=s,
            pelvis=2,
            chest=4,
            neck=12,
            near_leg=trail,
            far_leg=lead,
            near_arm=ArmA(26, 22),
            far_arm=ArmA(-28, 12),
        )
    else:
        hip = P(112, standing_hip_y(s))
        fig = SideFigure(
            hip=hip,
            s=s,
            pelvis=0,
            chest=2,
            neck=10,
            near_leg=LegA(55, 80, 15),
            far_leg=LegT(P(hip.x + 2, FLOOR - ankle_height(s))),
            near_arm=ArmA(-30, 20),
            far_arm=ArmA(28, 40),
        )
    built = fig.build()

    def under(svg: Svg) -> None:
        hl_path(built.outline_capsules(3.5))(svg)

    def marks(svg: Svg) -> None:
        y = FLOOR - 7
        straight_arrow(svg, P(hip.x + 52, y), P(hip.x + 86, y))

    return scene(built, lambda svg: floor(svg, FLOOR), None, marks, under)


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


SCENES: dict[str, Scene] = {
    "move.walk": walk,
    "move.sit_to_stand": sit_to_stand,
}
