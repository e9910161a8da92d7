"""Builds each break's routine from the catalogue: a fresh mix within the tier's time budget.

A composed routine's id spells out its items ("mix:self:T2:move.walk@100;neck.side_tilt@52"),
so the history can hold it and anyone can rebuild it with `routine_for`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from massage_break.core.catalog import Catalog, Exercise, Routine, RoutineItem

WALK = "move.walk"
OPENING = "partner.check_in"
SWAP = "partner.swap_check_in"
CLOSING = "partner.closing_sweep"
FIXED_PARTNER = frozenset({OPENING, SWAP, CLOSING})
ORDER = {"moving": 0, "standing": 1, "either": 2, "seated": 3}  # standing together, seated last
CHECK_INS: dict[str, frozenset[str]] = {
    "neck": frozenset({"neck", "shoulders"}),
    "back": frozenset({"upper_back", "mid_back", "low_back"}),
    "wrists": frozenset({"wrists_hands"}),
    "fine": frozenset(),
}
BALANCE_WINDOW = 2  # body areas worked in this many recent breaks count as worked
FAVOURITE_WEIGHT = 3.0
CHECK_IN_WEIGHT = 3.0
WORKED_WEIGHT = 0.5
ATTEMPTS = 12  # redraws before accepting a mix equal to the last one (a tiny pool)
PREFIX = "mix"


@dataclass(frozen=True)
class Preferences:
    """What the user told us about exercises and their last break."""

    favourites: frozenset[str] = frozenset()
    hidden: frozenset[str] = frozenset()
    check_in: str = "fine"


def mix_id(kind: str, tier: str, items: Sequence[RoutineItem]) -> str:
    def one(i: RoutineItem) -> str:
        return (
            f"{i.exercise}@{i.seconds}"
            + (f"~{i.who}" if i.who else "")
            + ("!" if i.role_swap else "")
        )

    return f"{PREFIX}:{kind}:{tier}:" + ";".join(one(i) for i in items)


def _parse_item(text: str) -> RoutineItem:
    swap = text.endswith("!")
    text = text.rstrip("!")
    head, _, who = text.partition("~")
    exercise, _, seconds = head.partition("@")
    return RoutineItem(exercise, int(seconds), who=who, role_swap=swap)


def routine_for(catalog: Catalog, routine_id: str) -> Routine:
    """A named routine, or the composed one its id spells out (KeyError when neither)."""
    if routine_id in catalog.routines:
        return catalog.routines[routine_id]
    prefix, kind, tier_id, body = [*routine_id.split(":", 3), "", "", ""][:4]
    tier = catalog.tiers[tier_id]
    if prefix != PREFIX or kind not in ("self", "partner"):
        raise KeyError(routine_id)
    items = tuple(_parse_item(t) for t in body.split(";") if t)
    if any(i.exercise not in catalog.exercises for i in items):
        raise KeyError(routine_id)
    partner = kind == "partner"
    named = catalog.routines[tier.partner_routines[0]] if partner else None
    return Routine(
        id=routine_id,
        kind=kind,
        title=_title(catalog, items, partner),
        summary="A fresh mix of exercises chosen for this break.",
        tiers=(tier_id,),
        total_seconds=sum(i.seconds for i in items),
        gets_you_moving=any(catalog.exercises[i.exercise].gets_you_moving for i in items),
        items=items,
        requires_partner=partner,
        swap_roles=named.swap_roles if named else False,
        screening=named.screening if named else (),
        fallback=named.fallback if named else "",
    )


def _title(catalog: Catalog, items: Sequence[RoutineItem], partner: bool) -> str:
    walks = any(catalog.exercises[i.exercise].gets_you_moving for i in items)
    if partner:
        turns = any(i.role_swap for i in items)
        return "Walk, then back rubs in turn" if turns else "Walk, then a back rub"
    return "Walk and stretch" if walks else "Stretch break"


def find(catalog: Catalog, routine_id: str) -> Routine | None:
    """The routine an id names, or None for an id from an older catalogue."""
    try:
        return routine_for(catalog, routine_id)
    except (KeyError, ValueError):
        return None


def areas_of(catalog: Catalog, routine_id: str) -> frozenset[str]:
    routine = find(catalog, routine_id)
    if routine is None:
        return frozenset()
    return frozenset(a for i in routine.items for a in catalog.exercises[i.exercise].body_areas)


def weight(exercise: Exercise, prefs: Preferences, worked: frozenset[str]) -> float:
    w = 1.0
    if exercise.id in prefs.favourites:
        w *= FAVOURITE_WEIGHT
    if set(exercise.body_areas) & CHECK_INS.get(prefs.check_in, frozenset()):
        w *= CHECK_IN_WEIGHT
    if set(exercise.body_areas) <= worked:
        w *= WORKED_WEIGHT
    return w


def _shuffled(
    pool: Sequence[Exercise], weights: Sequence[float], rng: random.Random
) -> list[Exercise]:
    """Weighted order without replacement (each key is u ** (1 / w))."""
    keyed = [(rng.random() ** (1.0 / w), e.id, e) for e, w in zip(pool, weights, strict=True)]
    return [e for _, _, e in sorted(keyed, reverse=True)]


def _fill(order: Sequence[Exercise], budget: int, cost: int = 1) -> list[Exercise]:
    chosen: list[Exercise] = []
    for e in order:
        if e.seconds * cost <= budget:
            chosen.append(e)
            budget -= e.seconds * cost
    return chosen


def walk_id(catalog: Catalog) -> str:
    """The catalogue's walk: the moving exercise without a rep count ("" when it has none)."""
    walks = [
        e.id
        for e in catalog.exercises.values()
        if e.kind == "self" and e.gets_you_moving and not e.dose_reps
    ]
    return WALK if WALK in walks else next(iter(walks), "")


class Composer:
    """Draws a routine for a tier. Deterministic for a given random source."""

    def __init__(self, catalog: Catalog, rng: random.Random) -> None:
        self.catalog = catalog
        self.rng = rng
        self.walk = walk_id(catalog)

    def _pool(self, prefs: Preferences, kind: str) -> list[Exercise]:
        return [
            e
            for e in self.catalog.exercises.values()
            if e.kind == kind
            and e.enabled
            and e.id not in prefs.hidden
            and e.id != self.walk
            and e.id not in FIXED_PARTNER
        ]

    def _order(
        self, pool: list[Exercise], prefs: Preferences, recent: Sequence[str]
    ) -> list[Exercise]:
        worked = frozenset(
            a for r in list(recent)[-BALANCE_WINDOW:] for a in areas_of(self.catalog, r)
        )
        return _shuffled(pool, [weight(e, prefs, worked) for e in pool], self.rng)

    def _walk(self, seconds: int) -> list[RoutineItem]:
        return [RoutineItem(self.walk, seconds)] if seconds and self.walk else []

    @staticmethod
    def _sorted(chosen: list[Exercise]) -> list[Exercise]:
        return sorted(chosen, key=lambda e: ORDER.get(_position(e), 2))

    def compose(
        self,
        tier_id: str,
        recent: Sequence[str] = (),
        prefs: Preferences = Preferences(),
        partner: bool = False,
    ) -> Routine:
        tier = self.catalog.tiers[tier_id]
        build = self._partner if partner and tier.partner_routines else self._self
        last = recent[-1] if recent else ""
        routine = build(tier_id, recent, prefs)
        for _ in range(ATTEMPTS):
            if routine.id != last:
                break
            routine = build(tier_id, recent, prefs)
        return routine

    def _self(self, tier_id: str, recent: Sequence[str], prefs: Preferences) -> Routine:
        tier = self.catalog.tiers[tier_id]
        low, high = tier.target_seconds
        walk = tier.walk_seconds if self.walk not in prefs.hidden else 0
        order = self._order(self._pool(prefs, "self"), prefs, recent)
        chosen = self._sorted(_fill(order, high - walk))
        items = [RoutineItem(e.id, e.seconds) for e in chosen]
        short = low - walk - sum(i.seconds for i in items)
        if walk or (short > 0 and self.walk not in prefs.hidden):
            walk += max(short, 0)  # too little left to choose from: a longer walk instead
        items = self._walk(walk) + items
        return routine_for(self.catalog, mix_id("self", tier_id, items))

    def _partner(self, tier_id: str, recent: Sequence[str], prefs: Preferences) -> Routine:
        tier = self.catalog.tiers[tier_id]
        named = self.catalog.routines[tier.partner_routines[0]]
        low, high = tier.partner_target_seconds
        ex = self.catalog.exercises
        turns = ("B_to_A", "A_to_B") if named.swap_roles else ("giver_to_receiver",)
        fixed = tier.walk_seconds + ex[OPENING].seconds + ex[CLOSING].seconds * len(turns)
        fixed += ex[SWAP].seconds * (len(turns) - 1)
        techniques = _fill(
            self._order(self._pool(prefs, "partner"), prefs, recent), high - fixed, len(turns)
        )
        used = fixed + sum(e.seconds for e in techniques) * len(turns)
        stretches = self._sorted(
            _fill(
                [
                    e
                    for e in self._order(self._pool(prefs, "self"), prefs, recent)
                    if _position(e) != "seated"
                ],
                high - used,
            )
        )
        used += sum(e.seconds for e in stretches)
        walk = tier.walk_seconds + max(low - used, 0)
        items = [
            RoutineItem(WALK, walk, who="both"),
            RoutineItem(OPENING, ex[OPENING].seconds, who="both"),
        ]
        for n, who in enumerate(turns):
            if n:
                items.append(RoutineItem(SWAP, ex[SWAP].seconds, who="both", role_swap=True))
            items += [RoutineItem(e.id, e.seconds, who=who) for e in techniques]
            items.append(RoutineItem(CLOSING, ex[CLOSING].seconds, who=who))
        items += [RoutineItem(e.id, e.seconds, who="both") for e in stretches]
        return routine_for(self.catalog, mix_id("partner", tier_id, items))


def _position(exercise: Exercise) -> str:
    if exercise.gets_you_moving:
        return "moving"
    return exercise.position
