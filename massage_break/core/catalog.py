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
MAX_STEPS = 4  # cues on one screen
SIDES = ("right", "left")
PRESSURE_CEILING = 5  # lay partners never go above this on the 0-10 scale
DENIED_TECHNIQUES = ("manipulation", "thrust", "stepping", "deep_tissue", "elbow", "device")
ROLES = ("giver", "receiver", "both")


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
    role: str = ""  # partner steps: "giver", "receiver" or "both"


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
    pressure_target: tuple[int, int] = (0, 0)  # partner techniques only
    pressure_max: int = 0
    no_go_zones: tuple[str, ...] = ()
    technique: str = ""
    dose_hold_s: int = 0  # a static hold lasts at least this long
    dose_reps: int = 0
    stop_if: tuple[str, ...] = ()
    check_in_after_s: int = 0  # partner techniques: when to ask for a pressure number
    position: str = "either"  # standing, seated, either, moving

    @property
    def side_seconds(self) -> int:
        """The exercise's own time for one screen (one side of a one-sided exercise)."""
        return sum(s.seconds * s.repeat for s in self.steps)

    @property
    def seconds(self) -> int:
        """The exercise's own time, both sides included."""
        return self.side_seconds * (len(SIDES) if self.per_side else 1)


@dataclass(frozen=True)
class RoutineItem:
    exercise: str
    seconds: int
    reps: int | None = None
    who: str = ""  # partner routines: both, A_to_B, B_to_A, receiver, giver_to_receiver
    role_swap: bool = False  # this item starts the second half, roles swapped


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
    requires_partner: bool = False
    swap_roles: bool = False
    screening: tuple[str, ...] = ()
    fallback: str = ""


@dataclass(frozen=True)
class Tier:
    id: str
    label: str
    min_sitting_min: int
    max_sitting_min: int | None
    target_seconds: tuple[int, int]
    self_routines: tuple[str, ...]
    note: str = ""
    partner_routines: tuple[str, ...] = ()
    partner_target_seconds: tuple[int, int] = (0, 0)
    walk_seconds: int = 0  # composed breaks open with a walk this long


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    year: int
    url: str
    doi: str = ""


@dataclass(frozen=True)
class Evidence:
    tier: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class PressureLevel:
    value: int
    label: str
    use: str


@dataclass(frozen=True)
class PartnerProtocol:
    """What every partner session shares: consent, stop words, pressure scale, aftercare."""

    consent_script: str = ""
    stop_words: tuple[str, ...] = ()
    pressure_scale: tuple[PressureLevel, ...] = ()
    pressure_cap: int = 5
    pressure_target: tuple[int, int] = (3, 4)
    no_touch_note: str = ""
    aftercare: tuple[str, ...] = ()
    fallback_note: str = ""
    giver_question: str = ""
    gentle_only: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalog:
    exercises: dict[str, Exercise]
    routines: dict[str, Routine]
    tiers: dict[str, Tier]
    sources: dict[str, Source] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    contraindications: dict[str, str] = field(default_factory=dict)
    partner: PartnerProtocol = field(default_factory=PartnerProtocol)

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

    def pair(
        self, table: dict[str, Any], key: str, where: str, default: tuple[int, int] = (0, 0)
    ) -> tuple[int, int]:
        value = table.get(key, list(default))
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            self.problems.append(f"{where}: '{key}' must be two whole numbers")
            return default
        return (value[0], value[1])

    def tables(self, data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        values = self.get(data, key, list, where, [])
        return [v for v in values if isinstance(v, dict)]


def _exercise(r: _Reader, t: dict[str, Any]) -> Exercise:
    eid = r.get(t, "id", str, "exercise")
    where = f"exercise {eid}"
    ill = r.get(t, "illustration", dict, where, {})
    dose = r.get(t, "dose", dict, where, {})
    steps = tuple(
        Step(
            cue=r.get(s, "cue", str, where),
            seconds=r.get(s, "seconds", int, where),
            frame=r.get(s, "frame", str, where, "a"),
            hold=r.get(s, "hold", bool, where, False),
            repeat=r.get(s, "repeat", int, where, 1),
            role=r.get(s, "role", str, where, ""),
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
        pressure_target=r.pair(t, "pressure_target", where),
        pressure_max=r.get(t, "pressure_max", int, where, 0),
        no_go_zones=r.strings(t, "no_go_zones", where),
        technique=r.get(t, "technique", str, where, ""),
        dose_hold_s=r.get(dose, "hold_s", int, where, 0),
        dose_reps=r.get(dose, "reps", int, where, 0),
        stop_if=r.strings(t, "stop_if", where),
        check_in_after_s=r.get(t, "check_in_after_s", int, where, 0),
        position=r.get(t, "position", str, where, "either"),
    )


def _routine(r: _Reader, t: dict[str, Any]) -> Routine:
    rid = r.get(t, "id", str, "routine")
    where = f"routine {rid}"
    items = tuple(
        RoutineItem(
            exercise=r.get(i, "exercise", str, where),
            seconds=r.get(i, "seconds", int, where),
            reps=i.get("reps") if isinstance(i.get("reps"), int) else None,
            who=r.get(i, "who", str, where, ""),
            role_swap=r.get(i, "role_swap", bool, where, False),
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
        requires_partner=r.get(t, "requires_partner", bool, where, False),
        swap_roles=r.get(t, "swap_roles", bool, where, False),
        screening=r.strings(t, "screening", where),
        fallback=r.get(t, "fallback", str, where, ""),
    )


def _tier(r: _Reader, tid: str, t: dict[str, Any]) -> Tier:
    where = f"tier {tid}"
    high = t.get("max_sitting_min")
    return Tier(
        id=tid,
        label=r.get(t, "label", str, where, tid),
        min_sitting_min=r.get(t, "min_sitting_min", int, where),
        max_sitting_min=high if isinstance(high, int) else None,
        target_seconds=r.pair(t, "target_seconds", where),
        self_routines=r.strings(t, "self_routines", where),
        note=r.get(t, "note", str, where, ""),
        partner_routines=r.strings(t, "partner_routines", where),
        partner_target_seconds=r.pair(t, "partner_target_seconds", where),
        walk_seconds=r.get(t, "walk_seconds", int, where, 0),
    )


def _partner(r: _Reader, data: dict[str, Any]) -> PartnerProtocol:
    t = r.get(data, "partner", dict, "catalog", {})
    g = r.get(data, "giver_check", dict, "catalog", {})
    where = "partner"
    return PartnerProtocol(
        consent_script=r.get(t, "consent_script", str, where, ""),
        stop_words=r.strings(t, "stop_words", where),
        pressure_scale=tuple(
            PressureLevel(
                r.get(p, "value", int, where),
                r.get(p, "label", str, where),
                r.get(p, "use", str, where, ""),
            )
            for p in r.tables(t, "pressure_scale", where)
        ),
        pressure_cap=r.get(t, "pressure_cap", int, where, 5),
        pressure_target=r.pair(t, "pressure_target", where, (3, 4)),
        no_touch_note=r.get(t, "no_touch_note", str, where, ""),
        aftercare=r.strings(t, "aftercare", where),
        fallback_note=r.get(t, "fallback_note", str, where, ""),
        giver_question=r.get(g, "question", str, "giver_check", ""),
        gentle_only=r.strings(g, "gentle_only", "giver_check"),
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
            str(v.get("doi", "")),
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
        partner=_partner(r, data),
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
    out += [(code, q) for code, q in catalog.contraindications.items()]
    pp = catalog.partner
    out += [
        ("partner", t)
        for t in (
            pp.consent_script,
            pp.no_touch_note,
            pp.fallback_note,
            pp.giver_question,
            *pp.aftercare,
        )
    ]
    out += [("partner", f"{lvl.label} {lvl.use}") for lvl in pp.pressure_scale]
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
        if s.hold and s.seconds < e.dose_hold_s:
            p.append(f"exercise {e.id}: a hold is shorter than its dose")
    if not 2 <= len(e.steps) <= MAX_STEPS:
        p.append(f"exercise {e.id}: a screen shows 2 to {MAX_STEPS} cues")
    if set(e.illustration.frames) != set(e.illustration.alt) or not e.illustration.frames:
        p.append(f"exercise {e.id}: every frame needs alt text")
    if not e.sources or any(s not in catalog.sources for s in e.sources):
        p.append(f"exercise {e.id}: sources missing or unknown")
    if any(c not in catalog.contraindications for c in e.contraindications):
        p.append(f"exercise {e.id}: unknown contraindication")
    if e.kind == "partner":
        p += _validate_technique(e)
    return p


def _validate_technique(e: Exercise) -> list[str]:
    p: list[str] = []
    low, high = e.pressure_target
    if not 0 < low <= high <= e.pressure_max <= PRESSURE_CEILING:
        p.append(f"exercise {e.id}: pressure outside the lay limit of {PRESSURE_CEILING}")
    if "spine_midline" not in e.no_go_zones:
        p.append(f"exercise {e.id}: the spine must be a no-go zone")
    if not e.technique or e.technique in DENIED_TECHNIQUES:
        p.append(f"exercise {e.id}: technique missing or excluded")
    if any(s.role not in ROLES for s in e.steps):
        p.append(f"exercise {e.id}: every step needs a role (giver, receiver or both)")
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
    touches = any(catalog.exercises[i.exercise].kind == "partner" for i in x.items)
    if touches and not x.requires_partner:
        p.append(f"routine {x.id}: partner techniques need requires_partner")
    for tid in x.tiers:
        tier = catalog.tiers.get(tid)
        if tier is None:
            p.append(f"routine {x.id}: unknown tier {tid}")
            continue
        low, high = tier.partner_target_seconds if x.requires_partner else tier.target_seconds
        if not low <= x.total_seconds <= high:
            p.append(f"routine {x.id}: length outside tier {tid}")
    if x.requires_partner:
        fallback = catalog.routines.get(x.fallback)
        if fallback is None or fallback.requires_partner or not set(fallback.tiers) & set(x.tiers):
            p.append(f"routine {x.id}: needs a self fallback routine in the same tier")
        if not x.screening or any(c not in catalog.contraindications for c in x.screening):
            p.append(f"routine {x.id}: screening questions missing or unknown")
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
    for source in catalog.sources.values():
        if source.doi and not re.fullmatch(r"10\.\d{4,9}/\S+", source.doi):
            p.append(f"source {source.id}: '{source.doi}' is not a DOI")
    for t in catalog.tiers.values():
        if not t.self_routines or any(r not in catalog.routines for r in t.self_routines):
            p.append(f"tier {t.id}: self routines missing or unknown")
        partner = [catalog.routines.get(r) for r in t.partner_routines]
        if any(r is None or not r.requires_partner for r in partner):
            p.append(f"tier {t.id}: partner routines missing or not partner routines")
    for owner, text in _texts(catalog):
        for word in banned_claims(text):
            p.append(f"{owner}: text makes a claim we never make ('{word}')")
    return p
