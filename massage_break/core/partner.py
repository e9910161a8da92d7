"""Partner sessions: the screening decision and the pressure check (content-brief §4.2)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from massage_break.core.catalog import PRESSURE_CEILING, Catalog, Routine, RoutineItem


@dataclass(frozen=True)
class Screening:
    """What the answers allow: the routine to run and why, in the app's own words."""

    routine_id: str
    partner: bool  # False: the self fallback runs instead
    gentle_only: bool  # the giver's hands or wrists hurt: gentle techniques only
    receiver: str = ""  # turn-taking routines, one person screened out: who receives (A or B)


def screen(
    catalog: Catalog, routine: Routine, answers: Mapping[str, bool], giver_hurts: bool
) -> Screening:
    """Any "yes" (or an unanswered question) switches to the routine's self fallback."""
    if any(answers.get(code, True) for code in routine.screening):
        return Screening(routine.fallback, False, False)
    return Screening(routine.id, True, giver_hurts)


def screen_both(routine: Routine, answers: Mapping[str, Mapping[str, bool]]) -> Screening:
    """Turn-taking routines screen both people: `answers` per person ("A", "B"; B receives
    first), each with the receiver questions and "giver". Both pass: turns as planned. One
    passes: that person receives, the other only gives and joins the shared steps. Neither:
    the self fallback. Hands that hurt on anyone who gives keep it gentle."""

    def passes(person: str) -> bool:
        given = answers.get(person, {})
        return not any(given.get(code, True) for code in routine.screening)

    def hurts(person: str) -> bool:
        return answers.get(person, {}).get("giver", True)

    ok = [p for p in ("B", "A") if passes(p)]
    if not ok:
        return Screening(routine.fallback, False, False)
    if len(ok) == 2:
        return Screening(routine.id, True, hurts("A") or hurts("B"))
    giver = "A" if ok[0] == "B" else "B"
    return Screening(routine.id, True, hurts(giver), receiver=ok[0])


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
    """The routine with only the techniques a sore-handed giver can do; the time of the
    dropped ones goes to the walk at the start."""
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


def pressure_message(value: int, catalog: Catalog) -> tuple[bool, str]:
    """Whether the receiver's rating is one to continue with, and what to tell them."""
    cap = min(catalog.partner.pressure_cap, PRESSURE_CEILING)
    low, high = catalog.partner.pressure_target
    if value > cap:
        return False, f"{value} is more than a lay partner should use. Ease off to {high} or less."
    if value < low:
        return True, f"{value} is light. Fine for sweeps; most strokes feel best at {low}-{high}."
    if value <= high:
        return True, f"{value} is the target: firm but easy, you can breathe and relax."
    return True, f"{value} is the ceiling. Keep it there or lighter, never more."
