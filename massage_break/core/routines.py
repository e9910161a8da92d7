"""Fitting a routine into the longest break the user allows."""

from __future__ import annotations

from dataclasses import replace

from massage_break.core.catalog import Catalog, Routine
from massage_break.core.player import SAFETY_TECHNIQUES

KEPT = SAFETY_TECHNIQUES | {"partner.check_in"}


def fit(routine: Routine, catalog: Catalog, max_seconds: int) -> Routine:
    """The routine within `max_seconds`, by leaving out whole exercises from the end: holds
    keep their length, and the walk, the role-swap check-in and the closing sweeps stay."""
    items = list(routine.items)
    total = sum(i.seconds for i in items)
    for index in reversed(range(len(items))):
        if total <= max_seconds:
            break
        item = items[index]
        exercise = catalog.exercises[item.exercise]
        if exercise.gets_you_moving or item.role_swap or item.exercise in KEPT:
            continue
        total -= item.seconds
        del items[index]
    return replace(routine, items=tuple(items), total_seconds=total)
