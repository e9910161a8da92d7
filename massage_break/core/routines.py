"""Choosing a routine for a sitting time, and turning it into a timed list of steps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from massage_break.core.catalog import SIDES, Catalog, Exercise, Routine, RoutineItem

MIN_ITEM_SECONDS = 10  # a stretch shorter than this is dropped rather than rushed


CHECK_INS: dict[str, frozenset[str]] = {
    "neck": frozenset({"neck", "shoulders"}),
    "back": frozenset({"upper_back", "mid_back", "low_back"}),
    "wrists": frozenset({"wrists_hands"}),
    "fine": frozenset(),
}
BALANCE_WINDOW = 2  # favour body areas not worked in this many recent breaks


@dataclass(frozen=True)
class Preferences:
    """What the user told us about exercises and their last break."""

    favourites: frozenset[str] = frozenset()
    hidden: frozenset[str] = frozenset()
    check_in: str = "fine"


class RoutineSelector:
    """Picks a routine for a tier.

    In order of weight: avoid hidden exercises; never the same routine twice in a row (when
    the tier has another); steer toward the areas of the last check-in; favour body areas not
    worked in the last two breaks; favour favourites; then the least recently shown.
    """

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def areas(self, routine_id: str) -> frozenset[str]:
        routine = self.catalog.routines[routine_id]
        return frozenset(
            a for i in routine.items for a in self.catalog.exercises[i.exercise].body_areas
        )

    def candidates(self, tier_id: str, partner: bool = False) -> list[str]:
        tier = self.catalog.tiers[tier_id]
        ids = tier.partner_routines if partner and tier.partner_routines else tier.self_routines
        return [r for r in ids if self.catalog.routines[r].enabled] or list(ids)

    def pick(
        self,
        tier_id: str,
        recent: Sequence[str],
        prefs: Preferences = Preferences(),
        partner: bool = False,
    ) -> Routine:
        """`recent` lists routine ids shown before, oldest first."""
        candidates = self.candidates(tier_id, partner)
        fresh = [c for c in candidates if not recent or c != recent[-1]] or candidates
        history = list(recent)
        worked = frozenset(
            a
            for r in history[-BALANCE_WINDOW:]
            if r in self.catalog.routines
            for a in self.areas(r)
        )
        wanted = CHECK_INS.get(prefs.check_in, frozenset())

        def score(routine_id: str) -> tuple[int, int, int, int, int]:
            items = {i.exercise for i in self.catalog.routines[routine_id].items}
            areas = self.areas(routine_id)
            last = (
                len(history) - 1 - history[::-1].index(routine_id) if routine_id in history else -1
            )
            return (
                len(items & prefs.hidden),
                -len(areas & wanted),
                len(areas & worked),
                -len(items & prefs.favourites),
                last,
            )

        return self.catalog.routines[min(fresh, key=score)]


def fit(routine: Routine, catalog: Catalog, max_seconds: int) -> Routine:
    """The routine trimmed to `max_seconds`: stretches shrink or go, the walk never does."""
    if routine.total_seconds <= max_seconds:
        return routine
    moving = [catalog.exercises[i.exercise].gets_you_moving for i in routine.items]
    pairs = list(zip(routine.items, moving, strict=True))
    budget = max(max_seconds - sum(i.seconds for i, m in pairs if m), 0)
    others = [i.seconds for i, m in pairs if not m]
    shares = iter(split_seconds(budget, others) if others and budget else [0] * len(others))
    items = []
    for item, is_moving in pairs:
        if is_moving:
            items.append(item)
        elif (seconds := next(shares)) >= MIN_ITEM_SECONDS:
            items.append(replace(item, seconds=seconds))
    return replace(routine, items=tuple(items), total_seconds=sum(i.seconds for i in items))


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
    repeat: int = 1  # the step's movement is done this many times within its seconds
    role: str = ""  # partner steps: who acts (giver, receiver, both)
    who: str = ""  # partner items: both, A_to_B, B_to_A ...
    swap: bool = False  # first step after the partners change roles


def split_seconds(total: int, weights: Sequence[int]) -> list[int]:
    """Split `total` in proportion to `weights` with whole seconds that add up exactly."""
    whole = sum(weights)
    raw = [total * w / whole for w in weights]
    parts = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def _segments_for(index: int, exercise: Exercise, item: RoutineItem) -> list[Segment]:
    seconds, reps = item.seconds, item.reps
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
                    repeat=step.repeat,
                    role=step.role,
                    who=item.who,
                )
            )
    out = [s for s in out if s.seconds > 0]
    if item.role_swap and out:
        out[0] = replace(out[0], swap=True)
    return out


def timeline(routine: Routine, catalog: Catalog) -> list[Segment]:
    """Every step of the routine with its share of the item's seconds."""
    out: list[Segment] = []
    for index, item in enumerate(routine.items):
        out += _segments_for(index, catalog.exercises[item.exercise], item)
    return out
