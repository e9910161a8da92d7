import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from massage_break.adapters.history_store import USER_VERSION, SqliteHistoryStore
from massage_break.core.model import Bout, BreakRecord, Outcome

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def rec(minute: int, outcome: Outcome = Outcome.COMPLETED) -> BreakRecord:
    return BreakRecord(NOW + timedelta(minutes=minute), outcome, 1800 + minute, "self.x", "T1")


def test_rows_round_trip_in_time_order(tmp_path: Path) -> None:
    h = SqliteHistoryStore(tmp_path / "h.sqlite3", NOW)
    for m, o in ((2, Outcome.SNOOZED), (1, Outcome.SKIPPED), (3, Outcome.COMPLETED)):
        h.append(rec(m, o))
    h.close()
    h = SqliteHistoryStore(tmp_path / "h.sqlite3", NOW)
    rows = h.recent(10)
    assert [r.at for r in rows] == [rec(1).at, rec(2).at, rec(3).at]
    assert rows[0] == rec(1, Outcome.SKIPPED)
    assert [r.outcome for r in h.recent(2)] == [Outcome.SNOOZED, Outcome.COMPLETED]
    assert h.notice is None


def test_rows_between_two_instants_start_inclusive_end_exclusive(tmp_path: Path) -> None:
    h = SqliteHistoryStore(tmp_path / "h.sqlite3", NOW)
    for m in (30, -5, 0, 10, 20):
        h.append(rec(m))
    rows = h.between(rec(0).at, rec(20).at)
    assert [r.at for r in rows] == [rec(0).at, rec(10).at]
    assert h.between(rec(40).at, rec(50).at) == []


@pytest.mark.parametrize("content", [b"this is not sqlite at all" * 100, b"\x00" * 4096])
def test_corrupt_history_is_kept_aside_and_a_new_one_started(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(content)
    h = SqliteHistoryStore(path, NOW)
    h.append(rec(1))
    assert len(h.recent(5)) == 1
    aside = tmp_path / "h.sqlite3.corrupt-20260302-090000"
    assert aside.read_bytes() == content
    assert h.notice is not None and aside.name in h.notice


def test_newer_schema_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future (x)")
    db.execute("PRAGMA user_version = 9")
    db.commit()
    db.close()
    h = SqliteHistoryStore(path, NOW)
    assert h.notice is not None
    moved = sqlite3.connect(tmp_path / "h.sqlite3.corrupt-20260302-090000")
    assert moved.execute("PRAGMA user_version").fetchone()[0] == 9


def test_empty_file_is_a_fresh_database(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"")
    h = SqliteHistoryStore(path, NOW)
    assert h.notice is None and h.recent(1) == []


def test_stretches_of_sitting_round_trip_and_overlap_queries(tmp_path: Path) -> None:
    h = SqliteHistoryStore(tmp_path / "h.sqlite3", NOW)
    early = Bout(NOW - timedelta(hours=2), NOW - timedelta(hours=1))
    late = Bout(NOW, NOW + timedelta(minutes=40))
    h.append_bout(late)
    h.append_bout(early)
    assert h.bouts_between(NOW - timedelta(days=1), NOW + timedelta(days=1)) == [early, late]
    # a stretch that overlaps the window counts, one that only touches its edge does not
    assert h.bouts_between(NOW - timedelta(minutes=90), NOW) == [early]
    assert h.bouts_between(NOW + timedelta(minutes=10), NOW + timedelta(minutes=20)) == [late]


def test_a_history_from_before_stretches_gains_their_table_and_keeps_its_rows(
    tmp_path: Path,
) -> None:
    """The table is added without a version step: an older build can still open the file."""
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE breaks (id INTEGER PRIMARY KEY, at_utc REAL NOT NULL, outcome TEXT NOT NULL,
            sitting_seconds INTEGER NOT NULL, routine_id TEXT NOT NULL, tier TEXT NOT NULL);
        CREATE INDEX breaks_at ON breaks (at_utc);
        INSERT INTO breaks VALUES (1, 1772442000.0, 'completed', 1800, 'self.x', 'T1');
        PRAGMA user_version = 1;
        """
    )
    db.close()
    h = SqliteHistoryStore(path, NOW)
    assert h.notice is None and [r.outcome for r in h.recent(5)] == [Outcome.COMPLETED]
    h.append_bout(Bout(NOW, NOW + timedelta(minutes=5)))
    h.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == USER_VERSION == 2
    assert db.execute("SELECT count(*) FROM bouts").fetchone()[0] == 1
    db.close()


def _version_1_file(path: Path) -> None:
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE breaks (id INTEGER PRIMARY KEY, at_utc REAL NOT NULL, outcome TEXT NOT NULL,
            sitting_seconds INTEGER NOT NULL, routine_id TEXT NOT NULL, tier TEXT NOT NULL);
        INSERT INTO breaks VALUES (1, 1772442000.0, 'completed', 1800, 'partner.x', 'T2');
        PRAGMA user_version = 1;
        """
    )
    db.close()


def test_migration_2_adds_the_pressure_and_keeps_old_rows(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    _version_1_file(path)
    h = SqliteHistoryStore(path, NOW)
    (old,) = h.recent(5)
    assert old.pressure is None and old.routine_id == "partner.x"
    h.append(replace(rec(1), pressure=4))
    h.close()
    h = SqliteHistoryStore(path, NOW)
    assert [r.pressure for r in h.recent(5)] == [None, 4]
    h.close()


def test_retention_removes_only_older_rows(tmp_path: Path) -> None:
    h = SqliteHistoryStore(tmp_path / "h.sqlite3", NOW)
    for m in (-600, -10, 5):
        h.append(rec(m))
    h.append_bout(Bout(rec(-700).at, rec(-650).at))  # ended before the cut-off
    h.append_bout(Bout(rec(-30).at, rec(-1).at))  # started before, ended after
    assert h.delete_before(rec(-60).at) == 2
    assert [r.at for r in h.between(rec(-9999).at, rec(9999).at)] == [rec(-10).at, rec(5).at]
    assert len(h.bouts_between(rec(-9999).at, rec(9999).at)) == 1


def test_delete_all_leaves_no_row_and_no_trace_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    h = SqliteHistoryStore(path, NOW)
    h.append(replace(rec(1), routine_id="self.unmistakable-routine-name"))
    h.append_bout(Bout(NOW, NOW + timedelta(minutes=5)))
    assert h.delete_all() == 2
    assert h.recent(5) == [] and h.bouts_between(rec(-99).at, rec(99).at) == []
    h.close()
    assert b"unmistakable-routine-name" not in path.read_bytes()


def test_the_reader_reads_an_old_file_without_changing_it(tmp_path: Path) -> None:
    from massage_break.adapters.history_store import HistoryReader

    path = tmp_path / "h.sqlite3"
    _version_1_file(path)
    before = path.read_bytes()
    reader = HistoryReader(path)
    (row,) = reader.between(datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
    assert row.pressure is None and reader.bouts_between(NOW, NOW + timedelta(days=1)) == []
    reader.close()
    assert path.read_bytes() == before


def test_the_reader_refuses_what_is_not_a_history(tmp_path: Path) -> None:
    from massage_break.adapters.history_store import HistoryError, HistoryReader

    with pytest.raises(FileNotFoundError):
        HistoryReader(tmp_path / "none.sqlite3")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.close()
    with pytest.raises(HistoryError):
        HistoryReader(other)
    newer = tmp_path / "newer.sqlite3"
    sqlite3.connect(newer).execute("PRAGMA user_version = 9").connection.close()
    with pytest.raises(HistoryError):
        HistoryReader(newer)


def test_delete_history_by_path(tmp_path: Path) -> None:
    from massage_break.adapters.history_store import HistoryError, delete_history

    assert delete_history(tmp_path / "none.sqlite3") == 0
    path = tmp_path / "h.sqlite3"
    h = SqliteHistoryStore(path, NOW)
    h.append(rec(1))
    assert delete_history(path) == 1  # while the store is still open, as in a running app
    assert h.recent(5) == []
    h.append(rec(2))  # and the open store keeps writing afterwards
    assert len(h.recent(5)) == 1
    h.close()
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.close()
    with pytest.raises(HistoryError):
        delete_history(other)
    newer = tmp_path / "newer.sqlite3"
    sqlite3.connect(newer).execute("PRAGMA user_version = 9").connection.close()
    with pytest.raises(HistoryError):
        delete_history(newer)
