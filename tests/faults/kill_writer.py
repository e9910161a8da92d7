"""Child process for test_kill9.py: saves settings and appends history rows until killed.

Run as ``python kill_writer.py MODE BASE START JOURNAL`` with MODE ``settings``, ``history``
or ``both``. It prints ``ready`` once the stores are open, then loops from index START. Each
step writes ``S+ i`` / ``H+ i`` to the journal before the write and ``S i`` / ``H i`` after the
store call returned, with one ``os.write`` per line on an O_APPEND file, so a SIGKILL can never
leave half a line and every line in the journal happened.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from massage_break.core.model import BreakRecord, Outcome
from massage_break.core.settings import Settings, validate

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
OUTCOMES = list(Outcome)


def settings_for(i: int) -> Settings:
    """A valid, distinct-looking Settings value for step i (all fields change)."""
    short = 1 + i % 7
    away = short + 1 + (i // 7) % 11
    values = {
        "short_pause_min": short,
        "away_min": away,
        "break_interval_min": max(away + 1, 5) + (i // 3) % 97,
        "snooze_min": 1 + (i // 5) % 60,
        "snooze_limit": i % 11,
    }
    settings = Settings().with_values(**values)
    assert not validate(settings.to_dict()), values
    return settings


def record_for(i: int) -> BreakRecord:
    """History row i: one second after row i-1, identified by its sitting_seconds."""
    return BreakRecord(T0 + timedelta(seconds=i), OUTCOMES[i % len(OUTCOMES)], i, f"r{i}", "T1")


def main(mode: str, base: Path, start: int, journal: Path) -> None:
    from massage_break.adapters.history_store import SqliteHistoryStore
    from massage_break.adapters.settings_store import JsonSettingsStore

    fd = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def note(line: str) -> None:
        os.write(fd, f"{line}\n".encode())

    settings = JsonSettingsStore(base / "settings.json", T0) if mode != "history" else None
    history = SqliteHistoryStore(base / "history.sqlite3", T0) if mode != "settings" else None
    print("ready", flush=True)
    i = start
    while True:
        if settings is not None:
            note(f"S+ {i}")
            settings.save(settings_for(i))
            note(f"S {i}")
        if history is not None:
            note(f"H+ {i}")
            history.append(record_for(i))
            note(f"H {i}")
        i += 1


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
