"""Choosing a routine for a sitting time, and turning it into a timed list of steps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from massage_break.core.catalog import SIDES, Catalog, Exercise, Routine


class RoutineSelector:
    """Picks the tier's routine, rotating so the same routine is not shown twice in a row."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def pick(self, tier_id: str, recent: Sequence[str]) -> Routine:
        """`recent` lists routine ids shown before, oldest first."""
        tier = self.catalog.tiers[tier_id]
        candidates = [r for r in tier.self_routines if self.catalog.routines[r].enabled] or list(
            tier.self_routines
        )
        fresh = [c for c in candidates if not recent or c != recent[-1]] or candidates
        history = list(recent)

        def last_seen(routine_id: str) -> int:
            # -1 for never shown; otherwise the position of its latest showing
            if routine_id not in history:
                return -1
            return len(history) - 1 - history[::-1].index(routine_id)

        return self.catalog.routines[min(fresh, key=last_seen)]


@dataclass(frozen=True)
class Segment:
    """One timed step of a routine as the player shows it."""

    item_index: int
    exercise_id: str
    title: str
    cue: str
    seconds: int
    frame: str
    hold: bool
    side: str | None
    mirrored: bool
    reps: int | None


def split_seconds(total: int, weights: Sequence[int]) -> list[int]:
    """Split `total` in proportion to `weights` with whole seconds that add up exactly."""
    whole = sum(weights)
    raw = [total * w / whole for w in weights]
    parts = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def _segments_for(index: int, exercise: Exercise, seconds: int, reps: int | None) -> list[Segment]:
    sides: Sequence[str | None] = SIDES if exercise.per_side else (None,)
    out: list[Segment] = []
    for side, side_seconds in zip(sides, split_seconds(seconds, [1] * len(sides)), strict=True):
        step_times = split_seconds(side_seconds, [s.seconds * s.repeat for s in exercise.steps])
        for step, step_seconds in zip(exercise.steps, step_times, strict=True):
            out.append(
                Segment(
                    item_index=index,
                    exercise_id=exercise.id,
                    title=exercise.title,
                    cue=step.cue.replace("{side}", side or ""),
                    seconds=step_seconds,
                    frame=step.frame,
                    hold=step.hold,
                    side=side,
                    mirrored=side == SIDES[1],
                    reps=reps,
                )
            )
    return [s for s in out if s.seconds > 0]


def timeline(routine: Routine, catalog: Catalog) -> list[Segment]:
    """Every step of the routine with its share of the item's seconds."""
    out: list[Segment] = []
    for index, item in enumerate(routine.items):
        out += _segments_for(index, catalog.exercises[item.exercise], item.seconds, item.reps)
    return out
