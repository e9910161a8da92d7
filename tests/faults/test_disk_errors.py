"""Disk full and read-only folders, for settings and history.

Root ignores file modes, so the faults are made two ways: by patching the system calls the
stores use (always), and for real in a private mount namespace (a tiny tmpfs that fills up, a
read-only bind mount; root with ``unshare`` only).
"""

from __future__ import annotations

import errno
import io
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters import atomic
from massage_break.adapters.history_store import SqliteHistoryStore
from massage_break.adapters.settings_store import JsonSettingsStore
from massage_break.core.catalog import parse_catalog
from massage_break.core.engine import Engine
from massage_break.core.model import Outcome
from massage_break.core.settings import Settings
from massage_break.ui.controller import AppController
from massage_break.ui.windows import Windows
from tests.conftest import ASSETS
from tests.fakes import (
    FakeClock,
    FakeScheduler,
    RecordingNotifier,
    ScriptedIdle,
    fake_controller,
)
from tests.faults.kill_writer import T0, record_for
from tests.unit.core.catalog_data import data
from tests.unit.ui.shipped import shipped_catalog

FS_CHILD = Path(__file__).with_name("fs_child.py")
UNSHARE = ("unshare", "-m", "--propagation", "private")
STEPS = ("open", "write", "fsync", "replace")
ERRNOS = (errno.ENOSPC, errno.EROFS)


def inject(monkeypatch: pytest.MonkeyPatch, step: str, err: int) -> None:
    """Make one step of write_atomic fail the way a full or read-only disk does."""
    failure = OSError(err, os.strerror(err))

    class HalfWriter(io.FileIO):
        def write(self, data: Any) -> int:
            super().write(bytes(data)[: len(data) // 2])  # the disk fills up part-way through
            raise failure

    def failing_open(file: Any, mode: str = "r", *args: Any, **kw: Any) -> Any:
        if step == "open":
            raise failure
        assert mode == "wb"
        return HalfWriter(file, "wb")

    def fail(*_: object) -> None:
        raise failure

    if step in ("open", "write"):
        monkeypatch.setattr(atomic, "open", failing_open, raising=False)
    else:
        monkeypatch.setattr(os, step, fail)


@pytest.mark.parametrize("err", ERRNOS, ids=["ENOSPC", "EROFS"])
@pytest.mark.parametrize("step", STEPS)
def test_failed_settings_save_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, err: int
) -> None:
    """Promise: when the disk is full or read-only at any step of a settings save, the save
    raises an OSError naming the cause, the previous file is intact byte for byte, no temp
    file is left behind, and the next save works once the disk is fine again."""
    path = tmp_path / "settings.json"
    JsonSettingsStore(path, T0).save(Settings(snooze_min=7))
    before = path.read_bytes()
    inject(monkeypatch, step, err)
    with pytest.raises(OSError) as caught:
        JsonSettingsStore(path, T0).save(Settings(snooze_min=8))
    monkeypatch.undo()
    assert caught.value.errno == err and os.strerror(err) in str(caught.value)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["settings.json"]
    store = JsonSettingsStore(path, T0)
    assert store.load() == Settings(snooze_min=7) and store.notice is None
    store.save(Settings(snooze_min=9))
    assert JsonSettingsStore(path, T0).load() == Settings(snooze_min=9)


@pytest.mark.parametrize(("step", "err"), [("fsync", errno.ENOSPC), ("open", errno.EROFS)])
def test_the_settings_dialog_says_why_saving_failed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, err: int
) -> None:
    """Promise: a failed settings save tells the user the cause in the dialog, says their
    previous settings are unchanged, and leaves the running settings as they were."""
    path = tmp_path / "settings.json"
    store = JsonSettingsStore(path, T0)
    store.save(Settings())
    before = path.read_bytes()
    controller = AppController(
        Engine(Settings(), shipped_catalog()),
        FakeClock(),
        FakeScheduler(),
        ScriptedIdle(),
        RecordingNotifier(),
        SqliteHistoryStore(tmp_path / "history.sqlite3", T0),
        store,
        probe_seconds=15,
    )
    windows = Windows(controller, Path(ASSETS), 60)
    windows.show_settings()
    dialog = windows.settings
    assert dialog is not None
    dialog.edits["break_interval_min"].setValue(45)
    inject(monkeypatch, step, err)
    dialog._ok()
    monkeypatch.undo()
    text = dialog.failure.text()
    assert dialog.isVisible() and dialog.failure.isVisible()
    assert text.startswith("Could not save your settings:") and os.strerror(err) in text
    assert "previous settings file is unchanged" in text
    assert controller.settings.break_interval_min == 30 and path.read_bytes() == before
    dialog.reject()
    controller.history.close()


def rig(history: SqliteHistoryStore) -> tuple[AppController, FakeClock, list[tuple[str, str]]]:
    clock = FakeClock()
    controller = fake_controller(
        Engine(Settings(), parse_catalog(data())), clock=clock, history=history
    )
    notices: list[tuple[str, str]] = []
    controller.notice.connect(lambda title, message: notices.append((title, message)))
    controller.start()
    return controller, clock, notices


def take_a_break(controller: AppController, clock: FakeClock) -> None:
    clock.advance(minutes=1)
    controller.probe()
    controller.take_break_now()
    clock.advance(minutes=1)
    controller.routine_finished(Outcome.COMPLETED)


def rows(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("SELECT count(*) FROM breaks").fetchone()[0])
    finally:
        db.close()


def test_history_that_turns_read_only_is_reported_and_the_app_goes_on(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Promise: when the history database turns read-only mid-session, each break that cannot
    be recorded is logged as an error and shown to the user, the app keeps running, earlier
    rows stay, and recording resumes once the database is writable again."""
    path = tmp_path / "history.sqlite3"
    history = SqliteHistoryStore(path, T0)
    controller, clock, notices = rig(history)
    take_a_break(controller, clock)
    assert rows(path) == 1 and notices == []

    writable = history._db
    history._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    with caplog.at_level(logging.ERROR):
        take_a_break(controller, clock)
    assert "could not write history: attempt to write a readonly database" in caplog.text
    assert notices and notices[-1][0] == "History not saved"
    assert "readonly" in notices[-1][1]
    assert controller.engine.showing is None  # the break itself ended normally
    status = controller.status
    clock.advance(seconds=15)
    controller.probe()  # still running: it samples and publishes a new status
    assert controller.status is not status and controller.status.sitting_seconds > 0
    assert rows(path) == 1

    history._db.close()
    history._db = writable
    take_a_break(controller, clock)
    assert rows(path) == 2 and len(notices) == 1
    controller.stop()
    history.close()


def test_full_history_database_is_reported_and_keeps_its_rows(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Promise: when the history database cannot grow (SQLITE_FULL, as on a full disk) the
    failed row is logged and shown, the app keeps running and earlier rows stay readable."""
    path = tmp_path / "history.sqlite3"
    history = SqliteHistoryStore(path, T0)
    controller, clock, notices = rig(history)
    take_a_break(controller, clock)
    pages = history._db.execute("PRAGMA page_count").fetchone()[0]
    history._db.execute(f"PRAGMA max_page_count = {pages}")
    with caplog.at_level(logging.ERROR):
        for _ in range(200):  # until a row no longer fits
            take_a_break(controller, clock)
            if notices:
                break
    assert notices and "database or disk is full" in notices[-1][1]
    assert "could not write history: database or disk is full" in caplog.text
    kept = len(history.recent(10_000))
    controller.stop()
    history.close()
    assert kept >= 1 and rows(path) == kept


@pytest.mark.parametrize("how", ["readonly-wal", "readonly-rollback", "locked"])
def test_history_that_cannot_be_written_at_start_is_not_set_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, how: str
) -> None:
    """Promise: a valid history that cannot be written at start (a read-only file, or one
    locked by another program) is left exactly where and as it is and never called corrupt;
    the app runs on: either it reads the file and each failed write is a clear error, or
    it tells the user at once and records in memory."""
    path = tmp_path / "history.sqlite3"
    history = SqliteHistoryStore(path, T0)
    history.append(record_for(1))
    history.close()
    if how == "readonly-rollback":  # e.g. restored by a backup tool in rollback-journal mode
        db = sqlite3.connect(path)
        db.execute("PRAGMA journal_mode=DELETE")
        db.close()
    before = path.read_bytes()
    real_connect = sqlite3.connect
    blocker = None
    if how == "locked":  # another program holds an exclusive lock on the file
        blocker = real_connect(path, isolation_level=None)
        blocker.execute("PRAGMA locking_mode=EXCLUSIVE")
        blocker.execute("BEGIN EXCLUSIVE")

    def connect(target: Any, *args: Any, **kw: Any) -> Any:
        if str(target) != str(path):
            return real_connect(target, *args, **kw)
        if how.startswith("readonly"):
            return real_connect(f"file:{path}?mode=ro", *args, uri=True, **kw)
        return real_connect(target, *args, **{**kw, "timeout": 0})

    monkeypatch.setattr(sqlite3, "connect", connect)
    with caplog.at_level(logging.ERROR):
        store = SqliteHistoryStore(path, T0)
    monkeypatch.undo()
    if blocker is not None:
        blocker.rollback()
        blocker.close()
    if how == "readonly-wal":  # the file reads fine; the controller reports each failed row
        assert store.notice is None and [r.sitting_seconds for r in store.recent(5)] == [1]
        with pytest.raises(sqlite3.OperationalError, match="readonly database"):
            store.append(record_for(2))
    else:
        assert store.notice is not None and "cannot be saved" in store.notice
        assert "left as it is" in store.notice and "history unavailable" in caplog.text
        store.append(record_for(2))  # the session can still record, in memory
        assert [r.sitting_seconds for r in store.recent(5)] == [2]
    store.close()
    assert not list(tmp_path.glob("*.corrupt-*"))
    assert path.read_bytes() == before and rows(path) == 1


def _can_unshare() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = subprocess.run(
        [*UNSHARE, "mount", "-t", "tmpfs", "t", "/mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(
    not _can_unshare(), reason="needs root and a private mount namespace (unshare -m)"
)


def in_namespace(scenario: str, directory: Path) -> dict[str, Any]:
    done = subprocess.run(
        [*UNSHARE, sys.executable, str(FS_CHILD), scenario, str(directory)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


@needs_mounts
def test_real_full_disk_keeps_the_previous_settings(tmp_path: Path) -> None:
    """Promise: on a really full file system a settings save fails with ENOSPC, the previous
    file loads unchanged without a notice and no temp file is left."""
    out = in_namespace("settings-full", tmp_path)
    assert out["error"]["errno"] == errno.ENOSPC and "No space left" in out["error"]["text"]
    assert out["unchanged"] and out["loaded_snooze"] == 7 and out["notice"] is None
    assert out["files"] == ["filler", "settings.json"]


@needs_mounts
def test_real_full_disk_keeps_history_rows(tmp_path: Path) -> None:
    """Promise: on a really full file system appending history fails with a clear error,
    committed rows stay readable, and once space is free the history opens and records again
    without being called corrupt."""
    out = in_namespace("history-full", tmp_path)
    assert out["error"]["text"] == "database or disk is full"
    assert out["readable_while_full"] == out["committed"]
    assert out["notice_after"] is None
    assert out["rows_after"] == list(range(out["committed"]))
    assert out["appends_after"] is True


@needs_mounts
def test_real_read_only_folder(tmp_path: Path) -> None:
    """Promise: with the config and data folders on a read-only mount, saving settings fails
    with EROFS and changes nothing, settings still load, a valid history is neither moved
    nor called corrupt, a corrupt settings file is left in place (not overwritten later), and
    the app can start: nothing here raises."""
    out = in_namespace("read-only", tmp_path)
    assert out["save_error"]["errno"] == errno.EROFS
    assert "Read-only file system" in out["save_error"]["text"]
    assert out["loaded_snooze"] == 7 and out["load_notice"] is None
    assert "history_open_error" not in out, out.get("history_open_error")
    assert "cannot be saved" in out["history_notice"] and out["history_append"] == "ok"
    assert "corrupt_load_error" not in out, out.get("corrupt_load_error")
    assert out["corrupt_loaded"] and out["corrupt_read_only"]
    assert "left as it is" in out["corrupt_notice"]
    assert out["unchanged"]
    assert out["files"] == {"good": ["history.sqlite3", "settings.json"], "bad": ["settings.json"]}
