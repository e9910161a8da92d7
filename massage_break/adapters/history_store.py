"""Break history in SQLite: one row per prompt or break, with its outcome."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from massage_break.adapters.atomic import quarantine
from massage_break.adapters.words import translate
from massage_break.core.model import Bout, BreakRecord, Outcome

log = logging.getLogger(__name__)

USER_VERSION = 2
_MIGRATIONS = {
    1: """
        CREATE TABLE breaks (
            id INTEGER PRIMARY KEY,
            at_utc REAL NOT NULL,
            outcome TEXT NOT NULL,
            sitting_seconds INTEGER NOT NULL,
            routine_id TEXT NOT NULL,
            tier TEXT NOT NULL
        );
        CREATE INDEX breaks_at ON breaks (at_utc);
    """,
    # partner routines: the firmest pressure a receiver chose (0-10); NULL for the rest
    2: "ALTER TABLE breaks ADD COLUMN pressure INTEGER;",
}
# Added without a version step, so an older build still opens the file (it ignores the table)
# instead of setting the whole history aside as "from a newer version".
_ADDITIONS = """
    CREATE TABLE IF NOT EXISTS bouts (
        id INTEGER PRIMARY KEY,
        start_utc REAL NOT NULL,
        end_utc REAL NOT NULL
    );
    CREATE INDEX IF NOT EXISTS bouts_end ON bouts (end_utc);
"""


class HistoryError(RuntimeError):
    pass


# SQLite errors that say the file cannot be used right now (read-only or full file system, no
# permission, locked by another program), not that it is damaged: such a file is never moved.
_UNAVAILABLE = {
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_PERM,
    sqlite3.SQLITE_BUSY,
    sqlite3.SQLITE_LOCKED,
}


def _unavailable(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _UNAVAILABLE


class SqliteHistoryStore:
    def __init__(self, path: Path, now: datetime) -> None:
        self.path = path
        self.notice: str | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open(path)
        except sqlite3.DatabaseError as exc:
            if _unavailable(exc):
                self._db = self._in_memory(exc)
            else:
                self._db = self._set_aside(path, now, exc)
        except HistoryError as exc:
            self._db = self._set_aside(path, now, exc)

    def _set_aside(self, path: Path, now: datetime, why: Exception) -> sqlite3.Connection:
        try:
            moved = quarantine(path, now)
        except OSError as exc:  # a read-only folder: leave the file where it is
            return self._in_memory(exc)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(moved.with_name(moved.name + suffix))
        self.notice = translate(
            "notice",
            "Your break history could not be read, so a new one was started. "
            "The old file was kept as %1.",
            moved.name,
        )
        log.warning("history quarantined: %s (%s)", moved, why)
        return self._open(path)

    def _in_memory(self, why: Exception) -> sqlite3.Connection:
        """The file is fine but cannot be written: keep running, record in memory only."""
        reason = getattr(why, "strerror", None) or str(why)
        self.notice = translate(
            "notice",
            "Your break history cannot be saved (%1), so breaks are not recorded "
            "until this is fixed. The file %2 was left as it is.",
            reason,
            self.path.name,
        )
        log.error("history unavailable, recording in memory only: %s (%s)", self.path, why)
        return self._open(Path(":memory:"))

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, isolation_level=None)
        try:
            # Check the version before anything writes: a newer file must stay byte for byte.
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > USER_VERSION:
                raise HistoryError(f"history schema {version} is newer than this app")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            for step in range(version + 1, USER_VERSION + 1):
                db.executescript(
                    f"BEGIN; {_MIGRATIONS[step]} PRAGMA user_version = {step}; COMMIT;"
                )
            db.executescript(f"BEGIN; {_ADDITIONS} COMMIT;")
            db.execute("SELECT count(*) FROM breaks").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def append(self, record: BreakRecord) -> None:
        self._db.execute(
            "INSERT INTO breaks (at_utc, outcome, sitting_seconds, routine_id, tier, pressure)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                record.at.timestamp(),
                str(record.outcome),
                record.sitting_seconds,
                record.routine_id,
                record.tier,
                record.pressure,
            ),
        )

    def recent(self, limit: int) -> Sequence[BreakRecord]:
        rows = self._db.execute(
            f"SELECT {_BREAK_COLUMNS} FROM breaks ORDER BY at_utc DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [_record(row) for row in reversed(rows)]

    def between(self, start: datetime, end: datetime) -> Sequence[BreakRecord]:
        """Rows from `start` up to (not including) `end`, oldest first."""
        return _between(self._db, _BREAK_COLUMNS, start, end)

    def append_bout(self, bout: Bout) -> None:
        self._db.execute(
            "INSERT INTO bouts (start_utc, end_utc) VALUES (?, ?)",
            (bout.start.timestamp(), bout.end.timestamp()),
        )

    def bouts_between(self, start: datetime, end: datetime) -> Sequence[Bout]:
        return _bouts_between(self._db, start, end)

    def delete_before(self, cutoff: datetime) -> int:
        """The retention setting: remove reminders from before `cutoff` and stretches of
        sitting that ended before it; the number of rows removed."""
        return _delete(self._db, cutoff.timestamp())

    def delete_all(self) -> int:
        """Remove every row, overwriting the freed pages; the number of rows removed."""
        return _delete(self._db, None)

    def close(self) -> None:
        self._db.close()


_BREAK_COLUMNS = "at_utc, outcome, sitting_seconds, routine_id, tier, pressure"
_BUSY_MS = 5000  # another process (the app, or a command) writing: wait this long at most


def _between(
    db: sqlite3.Connection, columns: str, start: datetime, end: datetime
) -> list[BreakRecord]:
    rows = db.execute(
        f"SELECT {columns} FROM breaks WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc, id",
        (start.timestamp(), end.timestamp()),
    ).fetchall()
    return [_record(row) for row in rows]


def _bouts_between(db: sqlite3.Connection, start: datetime, end: datetime) -> list[Bout]:
    rows = db.execute(
        "SELECT start_utc, end_utc FROM bouts WHERE end_utc > ? AND start_utc < ?"
        " ORDER BY start_utc, id",
        (start.timestamp(), end.timestamp()),
    ).fetchall()
    return [Bout(datetime.fromtimestamp(a, UTC), datetime.fromtimestamp(b, UTC)) for a, b in rows]


def _delete(db: sqlite3.Connection, before: float | None) -> int:
    db.execute("PRAGMA secure_delete = ON")  # deleted rows do not linger in free pages
    db.execute("BEGIN IMMEDIATE")
    try:
        if before is None:
            removed = db.execute("DELETE FROM breaks").rowcount
            removed += db.execute("DELETE FROM bouts").rowcount
        else:
            removed = db.execute("DELETE FROM breaks WHERE at_utc < ?", (before,)).rowcount
            removed += db.execute("DELETE FROM bouts WHERE end_utc < ?", (before,)).rowcount
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # nor in the write-ahead log
    return removed


def _record(row: tuple[float, str, int, str, str, int | None]) -> BreakRecord:
    at, outcome, sitting, routine_id, tier, pressure = row
    return BreakRecord(
        datetime.fromtimestamp(at, UTC), Outcome(outcome), sitting, routine_id, tier, pressure
    )


class HistoryReader:
    """The history opened read-only, for the command line while the app may be running: it
    never migrates, never writes, and in WAL mode never blocks the app's writes."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise FileNotFoundError(f"no history at {path}")
        self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            self._db.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > USER_VERSION:
                raise HistoryError(f"history schema {version} is newer than this app")
            # a file the app has not migrated yet has no pressure column
            self._columns = _BREAK_COLUMNS if version >= 2 else _BREAK_COLUMNS[:-8] + "NULL"
            tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
            if "breaks" not in tables:
                raise HistoryError("the file holds no break history")
            self._bouts = "bouts" in tables
        except BaseException:
            self._db.close()
            raise

    def between(self, start: datetime, end: datetime) -> Sequence[BreakRecord]:
        return _between(self._db, self._columns, start, end)

    def bouts_between(self, start: datetime, end: datetime) -> Sequence[Bout]:
        return _bouts_between(self._db, start, end) if self._bouts else []

    def close(self) -> None:
        self._db.close()


def delete_history(path: Path) -> int:
    """Delete every row of the history file at `path`, also while the app runs (SQLite
    serialises the two writers). The number of rows removed; 0 when there is no file."""
    if not path.exists():
        return 0
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > USER_VERSION:
            raise HistoryError(f"history schema {version} is newer than this app")
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        if not {"breaks", "bouts"} <= tables:
            raise HistoryError("the file holds no break history")
        return _delete(db, None)
    finally:
        db.close()
