"""Break history in SQLite: one row per prompt or break, with its outcome."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from massage_break.adapters.atomic import quarantine
from massage_break.core.model import BreakRecord, Outcome

log = logging.getLogger(__name__)

USER_VERSION = 1
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
}


class HistoryError(RuntimeError):
    pass


class SqliteHistoryStore:
    def __init__(self, path: Path, now: datetime) -> None:
        self.path = path
        self.notice: str | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except (sqlite3.DatabaseError, HistoryError) as exc:
            moved = quarantine(path, now)
            for suffix in ("-wal", "-shm"):
                side = path.with_name(path.name + suffix)
                if side.exists():
                    side.rename(moved.with_name(moved.name + suffix))
            self.notice = (
                f"Your break history could not be read, so a new one was started. "
                f"The old file was kept as {moved.name}."
            )
            log.warning("history quarantined: %s (%s)", moved, exc)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > USER_VERSION:
                raise HistoryError(f"history schema {version} is newer than this app")
            for step in range(version + 1, USER_VERSION + 1):
                db.executescript(
                    f"BEGIN; {_MIGRATIONS[step]} PRAGMA user_version = {step}; COMMIT;"
                )
            db.execute("SELECT count(*) FROM breaks").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def append(self, record: BreakRecord) -> None:
        self._db.execute(
            "INSERT INTO breaks (at_utc, outcome, sitting_seconds, routine_id, tier)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                record.at.timestamp(),
                str(record.outcome),
                record.sitting_seconds,
                record.routine_id,
                record.tier,
            ),
        )

    def recent(self, limit: int) -> Sequence[BreakRecord]:
        rows = self._db.execute(
            "SELECT at_utc, outcome, sitting_seconds, routine_id, tier FROM breaks"
            " ORDER BY at_utc DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [
            BreakRecord(datetime.fromtimestamp(at, UTC), Outcome(outcome), sitting, rid, tier)
            for at, outcome, sitting, rid, tier in reversed(rows)
        ]

    def close(self) -> None:
        self._db.close()
