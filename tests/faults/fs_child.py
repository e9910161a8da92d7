"""Child process for test_disk_errors.py: real full and read-only file systems.

Run as root inside a private mount namespace (``unshare -m --propagation private``) so the
mounts it makes vanish with it: ``python fs_child.py SCENARIO DIR``. It prints one JSON object
describing what happened; the test makes the assertions.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from massage_break.adapters.history_store import SqliteHistoryStore
from massage_break.adapters.settings_store import JsonSettingsStore
from massage_break.core.model import BreakRecord, Outcome
from massage_break.core.settings import Settings

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


def row(i: int) -> BreakRecord:
    return BreakRecord(NOW + timedelta(seconds=i), Outcome.COMPLETED, i, f"r{i}", "T1")


def fill(directory: Path) -> None:
    """Write until the file system is full."""
    with open(directory / "filler", "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    with contextlib.suppress(OSError), open(directory / "filler", "ab", buffering=0) as fh:
        while True:  # the last few bytes of a partly used block
            fh.write(b"\0")


def error(exc: BaseException) -> dict[str, Any]:
    return {"type": type(exc).__name__, "errno": getattr(exc, "errno", None), "text": str(exc)}


def listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def settings_full(d: Path) -> dict[str, Any]:
    mount("-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(d))
    path = d / "settings.json"
    JsonSettingsStore(path, NOW).save(Settings(snooze_min=7))
    before = path.read_bytes()
    fill(d)
    out: dict[str, Any] = {}
    try:
        JsonSettingsStore(path, NOW).save(Settings(snooze_min=8))
    except OSError as exc:
        out["error"] = error(exc)
    store = JsonSettingsStore(path, NOW)
    out["loaded_snooze"] = store.load().snooze_min
    out["notice"] = store.notice
    out["unchanged"] = path.read_bytes() == before
    out["files"] = listing(d)
    return out


def history_full(d: Path) -> dict[str, Any]:
    mount("-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(d))
    path = d / "history.sqlite3"
    store = SqliteHistoryStore(path, NOW)
    for i in range(50):
        store.append(row(i))
    fill(d)
    out: dict[str, Any] = {"committed": 50}
    for i in range(50, 100_000):
        try:
            store.append(row(i))
        except Exception as exc:
            out["error"] = error(exc)
            break
        out["committed"] = i + 1
    out["readable_while_full"] = len(store.recent(1_000_000))
    with contextlib.suppress(Exception):
        store.close()
    (d / "filler").unlink()
    again = SqliteHistoryStore(path, NOW)
    out["notice_after"] = again.notice
    out["rows_after"] = [r.sitting_seconds for r in again.recent(1_000_000)]
    again.append(row(10**6))
    out["appends_after"] = len(again.recent(1_000_000)) == len(out["rows_after"]) + 1
    again.close()
    return out


def read_only(d: Path) -> dict[str, Any]:
    good, bad = d / "good", d / "bad"
    good.mkdir()
    bad.mkdir()
    JsonSettingsStore(good / "settings.json", NOW).save(Settings(snooze_min=7))
    history = SqliteHistoryStore(good / "history.sqlite3", NOW)
    for i in range(3):
        history.append(row(i))
    history.close()
    (bad / "settings.json").write_bytes(b'{"schema_version": 1, "snoo')
    before = {p: p.read_bytes() for p in (*good.iterdir(), *bad.iterdir())}
    for directory in (good, bad):
        mount("--bind", str(directory), str(directory))
        mount("-o", "remount,bind,ro", str(directory))
    out: dict[str, Any] = {}
    try:
        JsonSettingsStore(good / "settings.json", NOW).save(Settings(snooze_min=8))
    except OSError as exc:
        out["save_error"] = error(exc)
    store = JsonSettingsStore(good / "settings.json", NOW)
    out["loaded_snooze"] = store.load().snooze_min
    out["load_notice"] = store.notice
    try:
        history = SqliteHistoryStore(good / "history.sqlite3", NOW)
    except Exception as exc:
        out["history_open_error"] = error(exc)
    else:
        out["history_notice"] = history.notice
        try:
            history.append(row(99))
            out["history_append"] = "ok"
        except Exception as exc:
            out["history_append"] = error(exc)
        history.close()
    corrupt = JsonSettingsStore(bad / "settings.json", NOW)
    try:
        out["corrupt_loaded"] = corrupt.load() == Settings()
        out["corrupt_notice"] = corrupt.notice
        out["corrupt_read_only"] = corrupt.read_only
    except Exception as exc:
        out["corrupt_load_error"] = error(exc)
    out["unchanged"] = all(p.read_bytes() == data for p, data in before.items())
    out["files"] = {"good": listing(good), "bad": listing(bad)}
    return out


SCENARIOS = {"settings-full": settings_full, "history-full": history_full, "read-only": read_only}

if __name__ == "__main__":
    if os.geteuid() != 0:
        raise SystemExit("run as root in a private mount namespace")
    print(json.dumps(SCENARIOS[sys.argv[1]](Path(sys.argv[2]))))
