"""The whole history as one CSV file, for a spreadsheet or a backup: reminders and stretches of
sitting, oldest first, in local time. Written atomically."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from massage_break.adapters.atomic import write_atomic
from massage_break.core.catalog import Catalog
from massage_break.core.composer import find
from massage_break.core.ports import HistoryStore

COLUMNS = ("kind", "start", "end", "outcome", "routine", "routine_title", "tier", "sat_minutes")
_EVER = (datetime(1970, 1, 1, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC))


def export_csv(history: HistoryStore, catalog: Catalog, tz: tzinfo, path: Path) -> int:
    """Write every row to `path`; the number of rows written. Raises OSError."""
    rows: list[tuple[datetime, list[str]]] = []

    def local(at: datetime) -> str:
        return at.astimezone(tz).isoformat(timespec="seconds")

    for r in history.between(*_EVER):
        routine = find(catalog, r.routine_id)
        title = routine.title if routine else ""
        minutes = f"{r.sitting_seconds / 60:.1f}"
        rows.append(
            (
                r.at,
                ["reminder", local(r.at), "", str(r.outcome), r.routine_id, title, r.tier, minutes],
            )
        )
    for b in history.bouts_between(*_EVER):
        minutes = f"{b.seconds / 60:.1f}"
        rows.append((b.start, ["sitting", local(b.start), local(b.end), "", "", "", "", minutes]))
    rows.sort(key=lambda row: row[0])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(fields for _, fields in rows)
    write_atomic(path, out.getvalue().encode("utf-8"))
    return len(rows)
