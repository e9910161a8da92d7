"""The installed app started on damaged settings and history files, on a virtual desktop.

For each kind of damage the real ``massage-break`` starts in a fresh base folder holding the
bad file; the test reads its JSON log, looks for the notice window, and checks the files
left behind after a clean SIGTERM.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from massage_break.adapters.history_store import USER_VERSION, SqliteHistoryStore
from massage_break.core.model import BreakRecord, Outcome
from tests.e2e.app_run import RunningApp
from tests.e2e.desktop import Desktop, find_tool

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        any(find_tool(t) is None for t in ("Xvfb", "dunst", "xdotool", "import")),
        reason="needs xvfb, dunst, xdotool and imagemagick (see scripts/setup)",
    ),
]

NOTICE = r"^Massage Break$"  # the title of the notice box
RNG = random.Random(4242)
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    with Desktop("sni", base_dir=tmp_path_factory.mktemp("desk")) as d:
        yield d


def start(desk: Desktop, base: Path) -> RunningApp:
    app = RunningApp(desk, base, name=base.parent.name)  # one log per test: a unique name
    app.wait_event("started")
    return app


def warnings(app: RunningApp) -> list[str]:
    return [str(e.get("msg")) for e in app.events() if e.get("level") in ("warning", "error")]


def quit_cleanly(app: RunningApp, desk: Desktop) -> None:
    assert app.terminate() == 0, desk.log_tail(app.name, 30)
    assert app.events()[-1]["event"] == "quit"


# ---- settings ------------------------------------------------------------------------------

VALID_SETTINGS = json.dumps({"schema_version": 1, "break_interval_min": 45, "snooze_limit": 7})
BAD_SETTINGS = {
    "corrupt": b'{"schema_version": 1,, "snooze_min": 5}',
    "truncated": VALID_SETTINGS.encode()[: len(VALID_SETTINGS) // 2],
    "empty": b"",
    "binary": b"\xff\xfe\x00" + RNG.randbytes(509),
    "not-an-object": b"[30, 5, 3]",
}


@pytest.mark.parametrize("content", BAD_SETTINGS.values(), ids=BAD_SETTINGS.keys())
def test_bad_settings_are_kept_aside_and_the_user_told(
    desk: Desktop, tmp_path: Path, content: bytes
) -> None:
    """Promise: with a corrupt, truncated, empty, binary or non-object settings file the app
    still starts (defaults), keeps the file aside byte for byte as settings.json.corrupt-*,
    logs it, shows a notice window, and quits cleanly."""
    config = tmp_path / "app" / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_bytes(content)
    app = start(desk, tmp_path / "app")
    aside = list(config.glob("settings.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == content
    assert any("settings file quarantined" in w for w in warnings(app)), warnings(app)
    assert desk.find_window(NOTICE, timeout=10)
    assert app.status()["snoozes_left"] == 3  # the defaults are in use
    quit_cleanly(app, desk)
    assert not (config / "settings.json").exists() or json.loads(
        (config / "settings.json").read_text()
    )
    assert aside[0].read_bytes() == content


def test_settings_from_a_newer_version_are_used_and_never_overwritten(
    desk: Desktop, tmp_path: Path
) -> None:
    """Promise: a settings file from a newer version is read as far as possible (its values
    are in effect), the user is told, and the file stays exactly as it was: not moved, not
    rewritten."""
    config = tmp_path / "app" / "config"
    config.mkdir(parents=True)
    content = json.dumps(
        {"schema_version": 99, "break_interval_min": 45, "snooze_limit": 7, "new_thing": [1]}
    ).encode()
    (config / "settings.json").write_bytes(content)
    app = start(desk, tmp_path / "app")
    assert desk.find_window(NOTICE, timeout=10)
    assert app.status()["snoozes_left"] == 7  # the newer file's values are in effect
    quit_cleanly(app, desk)
    assert (config / "settings.json").read_bytes() == content
    assert sorted(p.name for p in config.iterdir()) == ["settings.json"]


# ---- history -------------------------------------------------------------------------------


def _history_bytes(tmp: Path, rows: int) -> bytes:
    path = tmp / "seed.sqlite3"
    store = SqliteHistoryStore(path, T0)
    for i in range(rows):
        store.append(
            BreakRecord(T0 + timedelta(minutes=i), Outcome.COMPLETED, 1800, "r" * 40, "T1")
        )
    store.close()
    data = path.read_bytes()
    path.unlink()
    return data


def truncated(tmp: Path) -> bytes:
    data = _history_bytes(tmp, 2000)
    return data[: len(data) // 2]


def fake_header(tmp: Path) -> bytes:
    return b"SQLite format 3\x00" + RNG.randbytes(8192 - 16)


BAD_HISTORY: dict[str, Callable[[Path], bytes]] = {
    "corrupt": lambda tmp: b"this is not a database at all\n" * 200,
    "truncated": truncated,
    "binary": lambda tmp: RNG.randbytes(8192),
    "zeros": lambda tmp: b"\x00" * 4096,
    "fake-header": fake_header,
}


def history_rows(path: Path) -> list[tuple[Any, ...]]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute("SELECT * FROM breaks ORDER BY id").fetchall()
    finally:
        db.close()


def user_version(path: Path) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


@pytest.mark.parametrize("make", BAD_HISTORY.values(), ids=BAD_HISTORY.keys())
def test_bad_history_is_kept_aside_and_a_new_one_started(
    desk: Desktop, tmp_path: Path, make: Callable[[Path], bytes]
) -> None:
    """Promise: with a corrupt, truncated, binary, zero-filled or fake-header history the app
    still starts, keeps the file aside byte for byte as history.sqlite3.corrupt-*, logs it,
    shows a notice window, and starts a fresh, valid history."""
    data_dir = tmp_path / "app" / "data"
    data_dir.mkdir(parents=True)
    content = make(tmp_path)
    (data_dir / "history.sqlite3").write_bytes(content)
    app = start(desk, tmp_path / "app")
    aside = list(data_dir.glob("history.sqlite3.corrupt-*"))
    assert [p.name for p in aside if "-wal" not in p.name and "-shm" not in p.name] == [
        aside[0].name
    ]
    assert aside[0].read_bytes() == content
    assert any("history quarantined" in w for w in warnings(app)), warnings(app)
    assert desk.find_window(NOTICE, timeout=10)
    quit_cleanly(app, desk)
    fresh = data_dir / "history.sqlite3"
    assert user_version(fresh) == USER_VERSION and history_rows(fresh) == []
    assert aside[0].read_bytes() == content


def test_history_from_a_newer_version_is_kept_aside_unchanged(
    desk: Desktop, tmp_path: Path
) -> None:
    """Promise: a healthy history written by a newer version (higher user_version) loses no
    data: it is kept aside byte for byte (never converted or migrated), its rows still read,
    the user is told, and this version starts a history of its own."""
    data_dir = tmp_path / "app" / "data"
    data_dir.mkdir(parents=True)
    path = data_dir / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(
        f"""
        CREATE TABLE breaks (id INTEGER PRIMARY KEY, at_utc REAL NOT NULL, outcome TEXT NOT NULL,
            sitting_seconds INTEGER NOT NULL, routine_id TEXT NOT NULL, tier TEXT NOT NULL,
            mood TEXT);
        INSERT INTO breaks VALUES (1, 1772442000.0, 'completed', 1800, 'r.std', 'T2', 'good');
        INSERT INTO breaks VALUES (2, 1772445600.0, 'skipped', 3600, 'r.long', 'T3', NULL);
        PRAGMA user_version = {USER_VERSION + 1};
        """
    )
    db.commit()
    db.close()
    content = path.read_bytes()
    rows = history_rows(path)
    app = start(desk, tmp_path / "app")
    aside = sorted(data_dir.glob("history.sqlite3.corrupt-*"))
    assert [p.name for p in aside] == [aside[0].name], "no -wal or -shm was created for it"
    assert aside[0].read_bytes() == content, "the newer history was modified"
    assert history_rows(aside[0]) == rows and user_version(aside[0]) == USER_VERSION + 1
    assert any("history quarantined" in w for w in warnings(app)), warnings(app)
    assert desk.find_window(NOTICE, timeout=10)
    quit_cleanly(app, desk)
    assert aside[0].read_bytes() == content
    assert user_version(path) == USER_VERSION and history_rows(path) == []


def test_an_empty_history_file_is_simply_a_new_history(desk: Desktop, tmp_path: Path) -> None:
    """Promise: an empty (0-byte) history holds nothing to lose: the app starts without a
    notice and turns it into a valid, empty history (SQLite's own reading of an empty file)."""
    data_dir = tmp_path / "app" / "data"
    data_dir.mkdir(parents=True)
    (data_dir / "history.sqlite3").write_bytes(b"")
    app = start(desk, tmp_path / "app")
    assert app.status()["activity"]  # up and answering
    assert desk.find_windows(NOTICE) == []
    assert not list(data_dir.glob("*.corrupt-*")) and warnings(app) == []
    quit_cleanly(app, desk)
    assert user_version(data_dir / "history.sqlite3") == USER_VERSION
