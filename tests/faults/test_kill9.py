"""SIGKILL a process while it writes settings and history, many times, then start again.

A child process (kill_writer.py) saves settings through ``JsonSettingsStore.save`` and appends
rows through ``SqliteHistoryStore.append`` in a tight loop, journalling each write before it
starts and after it returned. The test kills it at a random moment (seeded), then opens the
stores again the way the next start would and compares them with the journal.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from massage_break.adapters.history_store import SqliteHistoryStore
from massage_break.adapters.settings_store import JsonSettingsStore
from massage_break.core.settings import Settings
from tests.faults.kill_writer import T0, record_for, settings_for

CHILD = Path(__file__).with_name("kill_writer.py")
KILLS = 60
MAX_DELAY_S = 0.012  # after "ready": long enough for many writes, short enough to stay fast
TEMP_NAME = re.compile(r"^\.settings\.json\.(\d+)\.tmp$")


@dataclass
class Run:
    """What one killed child wrote in its journal."""

    pid: int
    begun: dict[str, list[int]] = field(default_factory=lambda: {"S": [], "H": []})
    done: dict[str, list[int]] = field(default_factory=lambda: {"S": [], "H": []})

    def in_flight(self, kind: str) -> int | None:
        """The write that had started but not returned when the kill landed."""
        begun, done = self.begun[kind], self.done[kind]
        if begun and (not done or begun[-1] != done[-1]):
            assert len(begun) == len(done) + 1, "only the last write can be unfinished"
            return begun[-1]
        assert begun == done
        return None


def kill_child(mode: str, base: Path, start: int, rng: random.Random) -> Run:
    journal = base / f"journal-{start}.txt"
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(base / "store"), str(start), str(journal)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, MAX_DELAY_S))
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:  # pragma: no cover - only when an assertion above failed
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
    run = Run(proc.pid)
    for line in journal.read_text().splitlines():
        kind, index = line.split()
        target = run.begun if kind.endswith("+") else run.done
        target[kind[0]].append(int(index))
    return run


def leftover_temps(store: Path, run: Run) -> list[Path]:
    """Temp files may outlive a kill, but only the killed writer's own, never in the way."""
    temps = [p for p in store.iterdir() if p.name.startswith(".")]
    for temp in temps:
        match = TEMP_NAME.match(temp.name)
        assert match is not None, f"unexpected file {temp.name}"
    return temps


def test_kill9_while_saving_settings_leaves_a_whole_file(tmp_path: Path) -> None:
    """Promise: a kill -9 at any moment of a settings save leaves settings that load without a
    notice and equal the last completed save or the one in flight; a temp file left by the
    killed writer is ignored by the next start and does not stop it from saving."""
    rng = random.Random(20260302)
    (tmp_path / "store").mkdir()
    path = tmp_path / "store" / "settings.json"
    current = Settings()  # nothing saved yet: the next start sees the defaults
    in_flight_kills = 0
    stale: set[str] = set()
    for k in range(KILLS):
        run = kill_child("settings", tmp_path, k * 1_000_000, rng)
        store = JsonSettingsStore(path, T0)
        loaded = store.load()
        assert store.notice is None and not store.read_only, f"kill {k}: {store.notice}"
        done, flying = run.done["S"], run.in_flight("S")
        allowed = {settings_for(done[-1]) if done else current}
        if flying is not None:
            in_flight_kills += 1
            allowed.add(settings_for(flying))
        assert loaded in allowed, f"kill {k}: loaded {loaded} is none of the expected values"
        current = loaded
        for temp in leftover_temps(path.parent, run):
            if temp.name not in stale:
                assert TEMP_NAME.match(temp.name)[1] == str(run.pid)  # type: ignore[index]
                stale.add(temp.name)
        assert not list(path.parent.glob("*.corrupt-*"))
    # the kills really landed inside saves, not only between them
    assert in_flight_kills >= KILLS // 4, in_flight_kills
    # a later start saves over whatever the kills left behind
    JsonSettingsStore(path, T0).save(Settings(break_interval_min=42))
    assert JsonSettingsStore(path, T0).load() == Settings(break_interval_min=42)


def test_kill9_while_appending_history_loses_no_committed_row(tmp_path: Path) -> None:
    """Promise: a kill -9 never loses a committed history row: after every kill the history
    opens without a notice, passes SQLite's integrity check, holds every row the writer saw
    committed (plus at most the one in flight) and lists them in time order."""
    rng = random.Random(19700101)
    (tmp_path / "store").mkdir()
    path = tmp_path / "store" / "history.sqlite3"
    committed: list[int] = []
    may_exist: set[int] = set()
    for k in range(KILLS):
        run = kill_child("history", tmp_path, k * 1_000_000, rng)
        committed += run.done["H"]
        flying = run.in_flight("H")
        if flying is not None:
            may_exist.add(flying)
        store = SqliteHistoryStore(path, T0)
        try:
            assert store.notice is None, f"kill {k}: {store.notice}"
            rows = store.recent(10_000_000)
        finally:
            store.close()
        present = [r.sitting_seconds for r in rows]
        missing = set(committed) - set(present)
        assert not missing, f"kill {k}: committed rows lost: {sorted(missing)[:10]}"
        assert set(present) - set(committed) <= may_exist
        assert present == sorted(present), "rows are not in time order"
        assert rows == [record_for(i) for i in present]
        db = sqlite3.connect(path)
        try:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            ids = [i for (i,) in db.execute("SELECT sitting_seconds FROM breaks ORDER BY id")]
        finally:
            db.close()
        assert ids == present, "insertion order and time order disagree"
        assert not list(path.parent.glob("*.corrupt-*"))
    assert len(committed) > KILLS  # the writer got real work done between kills
    assert sorted(os.listdir(path.parent)) == ["history.sqlite3"]  # WAL checkpointed away
