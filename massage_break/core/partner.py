"""Partner sessions: the screening decision and the pressure check (content-brief §4.2)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from massage_break.core.catalog import PRESSURE_CEILING, Catalog, Routine


@dataclass(frozen=True)
class Screening:
    """What the answers allow: the routine to run and why, in the app's own words."""

    routine_id: str
    partner: bool  # False: the self fallback runs instead
    gentle_only: bool  # the giver's hands or wrists hurt: gentle techniques only


def screen(
    catalog: Catalog, routine: Routine, answers: Mapping[str, bool], giver_hurts: bool
) -> Screening:
    """Any "yes" (or an unanswered question) switches to the routine's self fallback."""
    if any(answers.get(code, True) for code in routine.screening):
        return Screening(routine.fallback, False, False)
    return Screening(routine.id, True, giver_hurts)


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
