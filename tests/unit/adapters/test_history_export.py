"""The history as CSV: every reminder and stretch, oldest first, in local time."""

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from massage_break.adapters.history_export import COLUMNS, export_csv
from massage_break.adapters.history_store import SqliteHistoryStore
from massage_break.core.model import Bout, BreakRecord, Outcome
from tests.unit.ui.shipped import shipped_catalog

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def test_every_row_in_time_order_with_local_times(tmp_path: Path) -> None:
    store = SqliteHistoryStore(tmp_path / "h.sqlite3", NOW)
    store.append(BreakRecord(NOW, Outcome.COMPLETED, 45 * 60, "self.standard_break", "T2"))
    store.append(BreakRecord(NOW + timedelta(hours=1), Outcome.SKIPPED, 1800, "gone", "T1"))
    store.append_bout(Bout(NOW - timedelta(minutes=45), NOW - timedelta(minutes=1)))
    out = tmp_path / "history.csv"
    assert export_csv(store, shipped_catalog(), BERLIN, out) == 3
    rows = list(csv.reader(out.open()))
    assert tuple(rows[0]) == COLUMNS
    assert [r[0] for r in rows[1:]] == ["sitting", "reminder", "reminder"]
    assert rows[1][1:3] == ["2026-03-02T09:15:00+01:00", "2026-03-02T09:59:00+01:00"]
    assert rows[1][-2] == "44.0"
    assert rows[2][1:] == [
        "2026-03-02T10:00:00+01:00",
        "",
        "completed",
        "self.standard_break",
        "Standard desk break",
        "T2",
        "45.0",
        "",
    ]
    assert rows[3][5] == ""  # a routine no longer in the catalogue: its id is kept
    store.close()


def test_a_folder_that_is_not_there_raises_and_writes_nothing(tmp_path: Path) -> None:
    store = SqliteHistoryStore(tmp_path / "h.sqlite3", NOW)
    with pytest.raises(OSError):
        export_csv(store, shipped_catalog(), BERLIN, tmp_path / "missing" / "h.csv")
    assert not (tmp_path / "missing").exists()
    store.close()
