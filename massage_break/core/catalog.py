"""The routine catalogue: frozen value types parsed from the TOML data, and its validation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

BANNED_CLAIMS = (
    "cure",
    "detox",
    "qi",
    "meridian",
    "heart fire",
    "align your spine",
    "boost immunity",
    "prevent disease",
    "sleep better",
    "prevents",
    "treats",
)
MAX_CUE = 120
SIDES = ("right", "left")


class CatalogError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Step:
    cue: str
    seconds: int
    frame: str
    hold: bool = False
    repeat: int = 1


@dataclass(frozen=True)
class Illustration:
    dir: str
    frames: dict[str, str]
    alt: dict[str, str]


@dataclass(frozen=True)
class Exercise:
    id: str
    kind: str
    title: str
    summary: str
    body_areas: tuple[str, ...]
    per_side: bool
    gets_you_moving: bool
    default_seconds: int
    steps: tuple[Step, ...]
    illustration: Illustration
    safety_notes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    contraindications: tuple[str, ...] = ()
    enabled: bool = True


@dataclass(frozen=True)
class RoutineItem:
    exercise: str
    seconds: int
    reps: int | None = None


@dataclass(frozen=True)
class Routine:
    id: str
    kind: str
    title: str
    summary: str
    tiers: tuple[str, ...]
    total_seconds: int
    gets_you_moving: bool
    items: tuple[RoutineItem, ...]
    closing_note: str = ""
    enabled: bool = True


@dataclass(frozen=True)
class Tier:
    id: str
    label: str
    min_sitting_min: int
    max_sitting_min: int | None
    target_seconds: tuple[int, int]
    self_routines: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    year: int
    url: str


@dataclass(frozen=True)
class Evidence:
    tier: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Catalog:
    exercises: dict[str, Exercise]
    routines: dict[str, Routine]
    tiers: dict[str, Tier]
    sources: dict[str, Source] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    contraindications: dict[str, str] = field(default_factory=dict)

    def tier_for(self, sitting_minutes: float) -> Tier:
        """The tier whose half-open range holds the sitting time (the first one below all)."""
        chosen = next(iter(self.tiers.values()))
        for tier in self.tiers.values():
            if sitting_minutes >= tier.min_sitting_min:
                chosen = tier
        return chosen


class _Reader:
    """Typed access to loosely typed TOML tables, collecting problems instead of raising."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def get(
        self, table: dict[str, Any], key: str, kind: type[T], where: str, default: T | None = None
    ) -> T:
        value = table.get(key, default)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problems.append(f"{where}: '{key}' must be {kind.__name__}")
            return kind()
        return value

    def strings(self, table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        values = self.get(table, key, list, where, [])
        if not all(isinstance(v, str) for v in values):
            self.problems.append(f"{where}: '{key}' must be a list of strings")
            return ()
        return tuple(values)

    def tables(self, data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        values = self.get(data, key, list, where, [])
        return [v for v in values if isinstance(v, dict)]


def _exercise(r: _Reader, t: dict[str, Any]) -> Exercise:
    eid = r.get(t, "id", str, "exercise")
    where = f"exercise {eid}"
    ill = r.get(t, "illustration", dict, where, {})
    steps = tuple(
        Step(
            cue=r.get(s, "cue", str, where),
            seconds=r.get(s, "seconds", int, where),
            frame=r.get(s, "frame", str, where, "a"),
            hold=r.get(s, "hold", bool, where, False),
            repeat=r.get(s, "repeat", int, where, 1),
        )
        for s in r.tables(t, "steps", where)
    )
    return Exercise(
        id=eid,
        kind=r.get(t, "kind", str, where),
        title=r.get(t, "title", str, where),
        summary=r.get(t, "summary", str, where, ""),
        body_areas=r.strings(t, "body_areas", where),
        per_side=r.get(t, "per_side", bool, where, False),
        gets_you_moving=r.get(t, "gets_you_moving", bool, where, False),
        default_seconds=r.get(t, "default_seconds", int, where),
        steps=steps,
        illustration=Illustration(
            dir=r.get(ill, "dir", str, where, eid),
            frames=dict(r.get(ill, "frames", dict, where, {})),
            alt=dict(r.get(ill, "alt", dict, where, {})),
        ),
        safety_notes=r.strings(t, "safety_notes", where),
        sources=r.strings(t, "sources", where),
        contraindications=r.strings(t, "contraindications", where),
        enabled=r.get(t, "enabled", bool, where, True),
    )


def _routine(r: _Reader, t: dict[str, Any]) -> Routine:
    rid = r.get(t, "id", str, "routine")
    where = f"routine {rid}"
    items = tuple(
        RoutineItem(
            exercise=r.get(i, "exercise", str, where),
            seconds=r.get(i, "seconds", int, where),
            reps=i.get("reps") if isinstance(i.get("reps"), int) else None,
        )
        for i in r.tables(t, "items", where)
    )
    return Routine(
        id=rid,
        kind=r.get(t, "kind", str, where),
        title=r.get(t, "title", str, where),
        summary=r.get(t, "summary", str, where, ""),
        tiers=r.strings(t, "tiers", where),
        total_seconds=r.get(t, "total_seconds", int, where),
        gets_you_moving=r.get(t, "gets_you_moving", bool, where, False),
        items=items,
        closing_note=r.get(t, "closing_note", str, where, ""),
        enabled=r.get(t, "enabled", bool, where, True),
    )


def _tier(r: _Reader, tid: str, t: dict[str, Any]) -> Tier:
    where = f"tier {tid}"
    target = r.get(t, "target_seconds", list, where, [0, 0])
    high = t.get("max_sitting_min")
    return Tier(
        id=tid,
        label=r.get(t, "label", str, where, tid),
        min_sitting_min=r.get(t, "min_sitting_min", int, where),
        max_sitting_min=high if isinstance(high, int) else None,
        target_seconds=(int(target[0]), int(target[-1])) if target else (0, 0),
        self_routines=r.strings(t, "self_routines", where),
        note=r.get(t, "note", str, where, ""),
    )


def parse_catalog(data: dict[str, Any]) -> Catalog:
    """Build the catalogue from parsed TOML; raises CatalogError listing every problem."""
    r = _Reader()
    if r.get(data, "schema_version", int, "catalog") != 1:
        r.problems.append("catalog: unsupported schema_version")
    exercises = [_exercise(r, t) for t in r.tables(data, "exercises", "catalog")]
    routines = [_routine(r, t) for t in r.tables(data, "routines", "catalog")]
    tiers_table = r.get(data, "tiers", dict, "catalog", {})
    tiers = [_tier(r, k, v) for k, v in sorted(tiers_table.items()) if isinstance(v, dict)]
    sources = {
        k: Source(
            k,
            r.get(v, "title", str, f"source {k}"),
            str(v.get("publisher", "")),
            int(v.get("year", 0)),
            str(v.get("url", "")),
        )
        for k, v in r.get(data, "sources", dict, "catalog", {}).items()
        if isinstance(v, dict)
    }
    evidence = {
        e.tier: e
        for e in (
            Evidence(
                r.get(t, "tier", str, "evidence"),
                r.get(t, "text", str, "evidence"),
                r.strings(t, "sources", "evidence"),
            )
            for t in r.tables(data, "evidence", "catalog")
        )
    }
    contraindications = {
        k: str(v.get("question", ""))
        for k, v in r.get(data, "contraindications", dict, "catalog", {}).items()
        if isinstance(v, dict)
    }
    catalog = Catalog(
        exercises={e.id: e for e in exercises},
        routines={x.id: x for x in routines},
        tiers={t.id: t for t in sorted(tiers, key=lambda t: t.min_sitting_min)},
        sources=sources,
        evidence=evidence,
        contraindications=contraindications,
    )
    problems = r.problems or validate(catalog, len(exercises), len(routines))
    if problems:
        raise CatalogError(problems)
    return catalog


def _texts(catalog: Catalog) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for e in catalog.exercises.values():
        out += [(e.id, e.title), (e.id, e.summary), *((e.id, s.cue) for s in e.steps)]
        out += [(e.id, n) for n in e.safety_notes] + [
            (e.id, a) for a in e.illustration.alt.values()
        ]
    for x in catalog.routines.values():
        out += [(x.id, x.title), (x.id, x.summary), (x.id, x.closing_note)]
    out += [(t.id, t.note) for t in catalog.tiers.values()]
    out += [(e.tier, e.text) for e in catalog.evidence.values()]
    return out


def banned_claims(text: str) -> list[str]:
    lowered = text.lower()
    return [w for w in BANNED_CLAIMS if re.search(rf"\b{re.escape(w)}\b", lowered)]


def _validate_exercise(catalog: Catalog, e: Exercise) -> list[str]:
    p: list[str] = []
    if not e.steps:
        p.append(f"exercise {e.id}: no steps")
    for s in e.steps:
        if len(s.cue) > MAX_CUE:
            p.append(f"exercise {e.id}: cue longer than {MAX_CUE} characters")
        if re.sub(r"\{side\}", "", s.cue).count("{") or ("{side}" in s.cue and not e.per_side):
            p.append(f"exercise {e.id}: cue has a placeholder it cannot fill")
        if s.frame not in e.illustration.frames or s.seconds < 1 or s.repeat < 1:
            p.append(f"exercise {e.id}: step has a bad frame, seconds or repeat")
    if set(e.illustration.frames) != set(e.illustration.alt) or not e.illustration.frames:
        p.append(f"exercise {e.id}: every frame needs alt text")
    if not e.sources or any(s not in catalog.sources for s in e.sources):
        p.append(f"exercise {e.id}: sources missing or unknown")
    if any(c not in catalog.contraindications for c in e.contraindications):
        p.append(f"exercise {e.id}: unknown contraindication")
    return p


def _validate_routine(catalog: Catalog, x: Routine) -> list[str]:
    p: list[str] = []
    if x.total_seconds != sum(i.seconds for i in x.items):
        p.append(f"routine {x.id}: item seconds do not add up to total_seconds")
    if any(i.exercise not in catalog.exercises for i in x.items):
        p.append(f"routine {x.id}: unknown exercise")
        return p
    moving = [catalog.exercises[i.exercise].gets_you_moving for i in x.items[:2]]
    if any(t != "T0" for t in x.tiers) and not any(moving):
        p.append(f"routine {x.id}: must start by getting the user moving")
    for tid in x.tiers:
        tier = catalog.tiers.get(tid)
        if tier is None:
            p.append(f"routine {x.id}: unknown tier {tid}")
        elif not tier.target_seconds[0] <= x.total_seconds <= tier.target_seconds[1]:
            p.append(f"routine {x.id}: length outside tier {tid}")
    return p


def validate(catalog: Catalog, n_exercises: int, n_routines: int) -> list[str]:
    """Cross-reference and content rules (content-brief §7.5) over a parsed catalogue."""
    p: list[str] = []
    if len(catalog.exercises) != n_exercises or len(catalog.routines) != n_routines:
        p.append("catalog: ids must be unique")
    for e in catalog.exercises.values():
        p += _validate_exercise(catalog, e)
    for x in catalog.routines.values():
        p += _validate_routine(catalog, x)
    if not catalog.tiers:
        p.append("catalog: no tiers")
    for t in catalog.tiers.values():
        if not t.self_routines or any(r not in catalog.routines for r in t.self_routines):
            p.append(f"tier {t.id}: self routines missing or unknown")
    for owner, text in _texts(catalog):
        for word in banned_claims(text):
            p.append(f"{owner}: text makes a claim we never make ('{word}')")
    return p
