"""The whole history as CSV or JSON, for a spreadsheet, a script or a backup: reminders and
stretches of sitting, oldest first, in local time. The history window's Export button and
`massage-break export` write the same columns."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Protocol

from massage_break.adapters.atomic import write_atomic
from massage_break.core.catalog import Catalog
from massage_break.core.composer import find
from massage_break.core.model import Bout, BreakRecord

COLUMNS = (
    "kind",
    "start",
    "end",
    "outcome",
    "routine",
    "routine_title",
    "tier",
    "sat_minutes",
    "pressure",
)
FORMATS = ("csv", "json")
_EVER = (datetime(1970, 1, 1, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC))


class HistoryRows(Protocol):
    """What an export reads: the app's store or the read-only reader."""

    def between(self, start: datetime, end: datetime) -> Sequence[BreakRecord]: ...

    def bouts_between(self, start: datetime, end: datetime) -> Sequence[Bout]: ...


def history_rows(
    history: HistoryRows, catalog: Catalog, tz: tzinfo, since: datetime | None = None
) -> list[dict[str, str]]:
    """Every row from `since` on (everything without it), oldest first, as text by column."""
    start = since or _EVER[0]
    rows: list[tuple[datetime, dict[str, str]]] = []

    def local(at: datetime) -> str:
        return at.astimezone(tz).isoformat(timespec="seconds")

    for r in history.between(start, _EVER[1]):
        routine = find(catalog, r.routine_id)
        row = dict.fromkeys(COLUMNS, "")
        row.update(
            kind="reminder",
            start=local(r.at),
            outcome=str(r.outcome),
            routine=r.routine_id,
            routine_title=routine.title if routine else "",
            tier=r.tier,
            sat_minutes=f"{r.sitting_seconds / 60:.1f}",
            pressure="" if r.pressure is None else str(r.pressure),
        )
        rows.append((r.at, row))
    for b in history.bouts_between(start, _EVER[1]):
        if b.start < start:
            continue  # a stretch is listed from its start, like in the window's chart
        row = dict.fromkeys(COLUMNS, "")
        row.update(
            kind="sitting",
            start=local(b.start),
            end=local(b.end),
            sat_minutes=f"{b.seconds / 60:.1f}",
        )
        rows.append((b.start, row))
    rows.sort(key=lambda pair: pair[0])
    return [row for _, row in rows]


def as_csv(rows: Sequence[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def as_json(rows: Sequence[dict[str, str]]) -> str:
    """A list of objects with the CSV's columns; numbers as numbers, empty fields as null."""

    def typed(column: str, value: str) -> str | float | int | None:
        if value == "":
            return None
        if column == "sat_minutes":
            return float(value)
        if column == "pressure":
            return int(value)
        return value

    return (
        json.dumps(
            [{c: typed(c, row[c]) for c in COLUMNS} for row in rows], indent=2, ensure_ascii=False
        )
        + "\n"
    )


def render(rows: Sequence[dict[str, str]], fmt: str) -> str:
    return as_json(rows) if fmt == "json" else as_csv(rows)


def export_csv(history: HistoryRows, catalog: Catalog, tz: tzinfo, path: Path) -> int:
    """Write every row to `path` as CSV; the number of rows written. Raises OSError."""
    rows = history_rows(history, catalog, tz)
    write_atomic(path, as_csv(rows).encode("utf-8"))
    return len(rows)
