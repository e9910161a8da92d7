"""Partner sessions: screening per person, the giver's check, pressure per receiver, the swap
(content-brief §4.2).

People are labelled "A" and "B" in turn-taking routines: A receives first (`who = "B_to_A"`),
then they swap (`who = "A_to_B"`). Routines without turns, and the
one-receiver version, have a single receiver "R". Screening results are plain booleans with
no label attached, so a decision can never say whose answer ruled a person out.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from massage_break.core.catalog import PRESSURE_CEILING, Catalog, Routine

RECEIVER = "R"  # the one receiver when there are no turns


@dataclass(frozen=True)
class Screening:
    """What the answers allow, and nothing about who gave them."""

    routine_id: str
    partner: bool  # False: the self fallback runs instead
    one_receiver: bool = False  # only one may receive: no second turn; the pair picks who


def may_receive(routine: Routine, answers: Mapping[str, bool]) -> bool:
    """One person's own answers: any "yes", or a question left unanswered, rules them out."""
    return not any(answers.get(code, True) for code in routine.screening)


def decide(routine: Routine, results: Collection[bool]) -> Screening:
    """The session from each person's `may_receive`, in any order. Turn-taking routines
    need two results: both pass, turns as planned; one passes, one receiver and no second
    turn; none, the self fallback. Other routines need their one receiver to pass."""
    passing = sum(1 for ok in results if ok)
    if passing == 0:
        return Screening(routine.fallback, False)
    if routine.swap_roles and passing < 2:
        return Screening(routine.id, True, one_receiver=True)
    return Screening(routine.id, True)


def gentle_version(catalog: Catalog, routine: Routine) -> Routine:
    """The routine with only the techniques a giver with a sore back, shoulder or wrist can
    do (never leaning in with body weight); the time of the dropped ones goes to the walk at
    the start."""
    allowed = set(catalog.partner.gentle_only)
    kept = [
        i
        for i in routine.items
        if catalog.exercises[i.exercise].kind != "partner" or i.exercise in allowed
    ]
    spare = routine.total_seconds - sum(i.seconds for i in kept)
    if spare and kept:
        kept[0] = replace(kept[0], seconds=kept[0].seconds + spare)
    return replace(routine, items=tuple(kept))


def pressure_ok(value: int, catalog: Catalog) -> bool:
    """A rating to continue with: 0 up to the cap (never above the lay ceiling of 5)."""
    return 0 <= value <= min(catalog.partner.pressure_cap, PRESSURE_CEILING)


def rate(ratings: Mapping[str, int], person: str, value: int, catalog: Catalog) -> dict[str, int]:
    """The ratings with this receiver's own number added; refuses a number above the cap."""
    if not pressure_ok(value, catalog):
        raise ValueError(f"pressure {value} is outside 0-{catalog.partner.pressure_cap}")
    return {**ratings, person: value}


def pressure_message(value: int, catalog: Catalog) -> tuple[bool, str]:
    """Whether the receiver's rating is one to continue with, and what to tell them."""
    cap = min(catalog.partner.pressure_cap, PRESSURE_CEILING)
    low, high = catalog.partner.pressure_target
    if value > cap:
        return False, (
            f"{value} is more than a partner should ever use: {cap} is the most. "
            f"Pick {high} or less."
        )
    if value < low:
        return True, f"{value} is light. Fine for sweeps; most strokes feel best at {low}-{high}."
    if value <= high:
        return True, f"{value} is the target: firm but easy, you can breathe and relax."
    return True, f"{value} is the ceiling. Keep it there or lighter, never more."
