"""Partner sessions: screening per person, the giver's check, pressure per receiver, the swap
(content-brief §4.2).

People are labelled "A" and "B" in turn-taking routines: A gives first, so B receives first
(`who = "A_to_B"`), then they swap (`who = "B_to_A"`). Routines without turns, and the
one-receiver version, have a single receiver "R". Screening results are plain booleans with
no label attached, so a decision can never say whose answer ruled a person out.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from massage_break.core.catalog import PRESSURE_CEILING, Catalog, Routine, RoutineItem

RECEIVER = "R"  # the one receiver when there are no turns


@dataclass(frozen=True)
class Screening:
    """What the answers allow, and nothing about who gave them."""

    routine_id: str
    partner: bool  # False: the self fallback runs instead
    one_receiver: bool = False  # only one may receive: no second turn; the pair picks who


def people(routine: Routine) -> tuple[str, ...]:
    """Whose screening pages to show, in order: the first receiver first."""
    return ("B", "A") if routine.swap_roles else (RECEIVER,)


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


def session_routine(
    catalog: Catalog, routine: Routine, screening: Screening, giver_sore: bool
) -> Routine:
    """The routine to play once screening and the giver check are done."""
    run = one_way_version(routine) if screening.one_receiver else routine
    return gentle_version(catalog, run) if giver_sore else run


def one_way_version(routine: Routine) -> Routine:
    """The routine with one receiver: the second turn and its check-in are left out, the
    shared steps stay, and "A gives, B receives" becomes plain giver and receiver."""
    kept: list[RoutineItem] = []
    swapped = False
    for item in routine.items:
        swapped = swapped or item.role_swap
        if swapped and (item.role_swap or item.who != "both"):
            continue
        who = "giver_to_receiver" if item.who == "A_to_B" else item.who
        kept.append(replace(item, who=who))
    return replace(
        routine,
        title="A walk, then a back rub for one of you",
        summary="After a walk together, one of you gives the other a gentle back rub; "
        "then you both finish with the stretches.",
        items=tuple(kept),
        total_seconds=sum(i.seconds for i in kept),
        swap_roles=False,
    )


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


def roles(who: str) -> tuple[str, str]:
    """(giver, receiver) of a step: ("A", "B") for "A_to_B"; ("", "") for shared steps and
    for plain giver-to-receiver steps, where nobody needs a letter."""
    if who in ("A_to_B", "B_to_A"):
        giver, receiver = who.split("_to_")
        return giver, receiver
    return "", ""


def receiver_of(who: str) -> str:
    """Whose pressure rating a step uses: "A" or "B" in turns, else the one receiver."""
    return roles(who)[1] or RECEIVER


def pressure_ok(value: int, catalog: Catalog) -> bool:
    """A rating to continue with: 0 up to the cap (never above the lay ceiling of 5)."""
    return 0 <= value <= min(catalog.partner.pressure_cap, PRESSURE_CEILING)


def rate(ratings: Mapping[str, int], person: str, value: int, catalog: Catalog) -> dict[str, int]:
    """The ratings with this receiver's own number added; refuses a number above the cap."""
    if not pressure_ok(value, catalog):
        raise ValueError(f"pressure {value} is outside 0-{catalog.partner.pressure_cap}")
    return {**ratings, person: value}


def pressure_for(ratings: Mapping[str, int], who: str, catalog: Catalog) -> int:
    """The pressure for a step: its receiver's rating, or the gentle end of the target
    when that receiver has not rated yet."""
    return ratings.get(receiver_of(who), catalog.partner.pressure_target[0])


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
