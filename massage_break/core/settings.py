"""User settings: one table of fields (default, bounds, unit), validation, migration.

No words here: validation returns codes (ERROR_*), and ui/settings_words.py holds the labels."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from massage_break.core import hours
from massage_break.core.hours import Span

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class FieldSpec:
    name: str
    default: int
    minimum: int
    maximum: int
    unit: str  # "min", "s" or "times"


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("break_interval_min", 30, 5, 180, "min"),
    FieldSpec("snooze_min", 5, 1, 60, "min"),
    FieldSpec("snooze_limit", 3, 0, 10, "times"),
    FieldSpec("short_pause_min", 2, 1, 30, "min"),
    FieldSpec("away_min", 5, 2, 120, "min"),
    FieldSpec("max_break_min", 12, 1, 30, "min"),
    FieldSpec("typing_grace_s", 60, 0, 300, "s"),
    FieldSpec("escalate_after", 2, 1, 3, "times"),
    FieldSpec("skip_limit", 3, 1, 10, "times"),
)

FIELD_BY_NAME: dict[str, FieldSpec] = {f.name: f for f in FIELDS}
# which page of the settings dialog a number belongs on (the rest go on "Reminders")
GROUPS: dict[str, str] = {
    "short_pause_min": "Activity",
    "away_min": "Activity",
    "typing_grace_s": "Activity",
    "max_break_min": "Routines",
}


BOOL_FIELDS: dict[str, bool] = {  # name: default
    "partner_mode": False,
    "reduced_motion": False,
    "sound": True,
    "buddy": False,  # break buddy: off until the user turns it on; nothing listens while off
}
#: how long the history keeps its rows, in days (0: everything); applied at each start
KEEP_HISTORY_DAYS = (0, 365, 90)

#: exercise id lists, stored as JSON lists: favourites; hidden ("Hide this exercise", or
#: "Not for me" to its health question); cleared (its health question answered "OK for me")
ID_LISTS = ("favourites", "hidden", "cleared")
#: the languages the app ships besides its English source; "" follows the system
LANGUAGES = ("en", "zh_CN")
#: the longest name a buddy sees (the wire format's limit for `hello`)
BUDDY_NAME_MAX = 40


@dataclass(frozen=True)
class Settings:
    break_interval_min: int = 30
    snooze_min: int = 5
    snooze_limit: int = 3
    short_pause_min: int = 2
    away_min: int = 5
    max_break_min: int = 12
    typing_grace_s: int = 60
    escalate_after: int = 2
    skip_limit: int = 3
    partner_mode: bool = False  # off until the user turns it on (welcome or Settings)
    reduced_motion: bool = False
    sound: bool = True
    buddy: bool = False  # break buddy on: listen on the local network for a paired buddy
    favourites: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    cleared: tuple[str, ...] = ()  # exercise ids whose health questions were "OK for me"
    working_hours: tuple[Span, ...] = ()  # empty: remind at any time
    keep_history_days: int = 0  # one of KEEP_HISTORY_DAYS; 0 keeps everything
    language: str = ""  # "" follows the system; otherwise one of LANGUAGES
    buddy_name: str = ""  # the name the buddy sees; "" uses the login's real name

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ID_LISTS:
            data[name] = list(getattr(self, name))
        data["working_hours"] = hours.dump(self.working_hours)
        return {"schema_version": SCHEMA_VERSION, **data}

    def with_values(self, **values: Any) -> Settings:
        return replace(self, **values)


def with_preference(s: Settings, exercise_id: str, change: str) -> Settings:
    """Favourite ("favourite"), unfavourite ("unfavourite"), hide ("hide") or clear ("clear":
    its health questions were answered "OK for me") an exercise. It leaves the favourite and
    hidden lists first, so a hidden favourite is no longer a favourite."""
    favourites = [f for f in s.favourites if f != exercise_id]
    hidden = [h for h in s.hidden if h != exercise_id]
    cleared = list(s.cleared)
    if change == "favourite":
        favourites.append(exercise_id)
    elif change == "hide":
        hidden.append(exercise_id)
    elif change == "clear" and exercise_id not in cleared:
        cleared.append(exercise_id)
    return replace(s, favourites=tuple(favourites), hidden=tuple(hidden), cleared=tuple(cleared))


class SettingsError(ValueError):
    """The stored settings cannot be used as they are."""


class FutureVersionError(SettingsError):
    """Written by a newer version of the app: read it, but never overwrite it."""


#: what validation can say about a field (the UI puts these into words)
ERROR_NOT_A_NUMBER = "not_a_number"
ERROR_OUT_OF_RANGE = "out_of_range"
ERROR_NOT_ABOVE_SHORT_PAUSE = "not_above_short_pause"  # away_min
ERROR_NOT_ABOVE_AWAY = "not_above_away"  # break_interval_min
ERROR_NOT_TEXT = "not_text"  # buddy_name
ERROR_TOO_LONG = "too_long"  # buddy_name: over BUDDY_NAME_MAX characters
ERROR_NOT_PRINTABLE = "not_printable"  # buddy_name: a control character, or only spaces


def field_error(name: str, value: object) -> str | None:
    """The error code for a field's value, or None when the value is acceptable."""
    spec = FIELD_BY_NAME[name]
    if isinstance(value, bool) or not isinstance(value, int):
        return ERROR_NOT_A_NUMBER
    if not spec.minimum <= value <= spec.maximum:
        return ERROR_OUT_OF_RANGE
    return None


def buddy_name_error(value: object) -> str | None:
    """The error code for a buddy name, or None: "" (use the login's name) or 1 to
    BUDDY_NAME_MAX printable characters that are not all spaces."""
    if not isinstance(value, str):
        return ERROR_NOT_TEXT
    if len(value) > BUDDY_NAME_MAX:
        return ERROR_TOO_LONG
    if value and (not value.isprintable() or not value.strip()):
        return ERROR_NOT_PRINTABLE
    return None


def cross_errors(values: dict[str, int]) -> dict[str, str]:
    """Error codes that involve more than one field, keyed by the field to mark."""
    errors: dict[str, str] = {}
    if values["short_pause_min"] >= values["away_min"]:
        errors["away_min"] = ERROR_NOT_ABOVE_SHORT_PAUSE
    if values["away_min"] >= values["break_interval_min"]:
        errors["break_interval_min"] = ERROR_NOT_ABOVE_AWAY
    return errors


def validate(values: dict[str, object]) -> dict[str, str]:
    """All error codes for a full set of values, keyed by field name; empty when valid."""
    errors: dict[str, str] = {}
    for spec in FIELDS:
        message = field_error(spec.name, values.get(spec.name))
        if message is not None:
            errors[spec.name] = message
    if errors:
        return errors
    ints = {spec.name: int(str(values[spec.name])) for spec in FIELDS}
    return cross_errors(ints)


def _migrate_v0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (unreleased previews) stored the interval in seconds under another name."""
    out = {k: v for k, v in data.items() if k != "interval_seconds"}
    if isinstance(data.get("interval_seconds"), int):
        out["break_interval_min"] = max(1, data["interval_seconds"] // 60)
    return out


def from_dict(data: object) -> tuple[Settings, list[str]]:
    """Settings from stored data. Unknown keys are ignored; bad values fall back to defaults.

    Returns the settings and a list of human-readable notes about what was replaced.
    Raises FutureVersionError for files from a newer schema and SettingsError for data that is
    not a settings object at all.
    """
    if not isinstance(data, dict):
        raise SettingsError("the settings file does not hold a settings object")
    version = data.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise SettingsError("the settings file has no valid schema_version")
    if version > SCHEMA_VERSION:
        raise FutureVersionError(
            f"the settings file was written by a newer version (schema {version})"
        )
    if version == 0:
        data = _migrate_v0(data)
    defaults = Settings()
    values: dict[str, Any] = {}
    notes: list[str] = []
    for spec in FIELDS:
        raw = data.get(spec.name, spec.default)
        if field_error(spec.name, raw) is None:
            values[spec.name] = int(raw)
        else:
            notes.append(f"{spec.name}: {raw!r} replaced by the default {spec.default}")
            values[spec.name] = getattr(defaults, spec.name)
    if cross_errors(values):
        notes.append("thresholds did not fit together; defaults restored for them")
        for name in ("short_pause_min", "away_min", "break_interval_min"):
            values[name] = getattr(defaults, name)
    extra: dict[str, Any] = {}
    for name, default in BOOL_FIELDS.items():
        raw = data.get(name, default)
        extra[name] = raw if isinstance(raw, bool) else default
        if not isinstance(raw, bool):
            notes.append(f"{name}: {raw!r} replaced by the default {default}")
    for name in ID_LISTS:
        raw = data.get(name, [])
        ok = isinstance(raw, list) and all(isinstance(x, str) for x in raw)
        extra[name] = tuple(dict.fromkeys(raw)) if ok else ()
        if not ok:
            notes.append(f"{name}: not a list of exercise ids; cleared")
    keep = data.get("keep_history_days", 0)
    ok = keep in KEEP_HISTORY_DAYS and not isinstance(keep, bool)
    extra["keep_history_days"] = keep if ok else 0
    if not ok:
        notes.append(f"keep_history_days: {keep!r} replaced by keeping everything")
    try:
        extra["working_hours"] = hours.parse(data.get("working_hours", {}))
    except hours.HoursError as exc:
        notes.append(f"working_hours: {exc}; reminders allowed at any time")
        extra["working_hours"] = ()
    raw_name = data.get("buddy_name", "")
    extra["buddy_name"] = raw_name if buddy_name_error(raw_name) is None else ""
    if buddy_name_error(raw_name) is not None:
        notes.append(f"buddy_name: {raw_name!r} replaced by the login's name")
    raw_language = data.get("language", "")
    extra["language"] = raw_language if language_ok(raw_language) else ""
    if not language_ok(raw_language):
        notes.append(f"language: {raw_language!r} is not shipped; following the system")
    return Settings(**values, **extra), notes


def language_ok(value: object) -> bool:
    """ "" (follow the system) or a shipped language code."""
    return value == "" or value in LANGUAGES


def field_names() -> list[str]:
    return [f.name for f in fields(Settings)]
