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


def one_receiver(routine: Routine, receiver: str) -> Routine:
    """A turn-taking routine for one receiver ("A" or "B"): that person's turn only, as plain
    giver and receiver, with the shared steps kept and the other turn and the swap left out."""
    turn = "B_to_A" if receiver == "A" else "A_to_B"
    items = tuple(
        replace(i, who="giver_to_receiver") if i.who == turn else i
        for i in routine.items
        if not i.role_swap and i.who in (turn, "both", "receiver", "")
    )
    return replace(
        routine,
        title="A walk, then a back rub for one of you",
        summary="After a walk together, one of you gives the other a gentle back rub; "
        "then you both finish with the stretches.",
        items=items,
        total_seconds=sum(i.seconds for i in items),
        swap_roles=False,
    )
