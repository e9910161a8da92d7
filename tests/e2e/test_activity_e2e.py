"""Real X11 activity under Xvfb, read back through `massage-break status --json`."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from .app_run import Fidget, RunningApp, write_settings
from .desktop import Desktop, find_tool

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        any(find_tool(t) is None for t in ("Xvfb", "dunst", "xdotool")),
        reason="needs xvfb, dunst and xdotool (see scripts/setup)",
    ),
]


@pytest.fixture
def desk(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Desktop("sni", base_dir=tmp_path / "desk") as d:
        yield d


def wait_status(app: RunningApp, check, timeout: float = 15.0) -> dict:  # type: ignore[no-untyped-def,type-arg]
    deadline = time.monotonic() + timeout
    status: dict = {}  # type: ignore[type-arg]
    while time.monotonic() < deadline:
        status = app.status()
        if check(status):
            return status
        time.sleep(0.25)
    raise AssertionError(f"status never matched; last: {status}")


def test_activity_short_pause_and_absence(desk: Desktop, tmp_path: Path) -> None:
    """Promise: input extends the bout, a short pause keeps it, a real absence resets it."""
    base = tmp_path / "app"
    # one settings minute = 1 s: short pause 3 s, away 8 s, no reminder for 60 s
    write_settings(base, break_interval_min=60, short_pause_min=3, away_min=8)
    desk.mouse_move(10, 10)
    app = RunningApp(desk, base, "--minute-seconds", "1")
    app.wait_event("started")
    with Fidget(desk, every=0.3):
        first = wait_status(app, lambda s: s["activity"] == "active" and s["sitting_seconds"] >= 3)
    assert first["detection"] == "x11" and first["reason"] == "active"
    time.sleep(2.0)  # a pause shorter than the short-pause threshold
    during = app.status()
    assert during["sitting_seconds"] >= first["sitting_seconds"]
    with Fidget(desk, every=0.3):
        after = wait_status(
            app,
            lambda s: (
                s["activity"] == "active" and s["sitting_seconds"] >= first["sitting_seconds"] + 2
            ),
        )
    assert after["next_break_at"] == first["next_break_at"]  # same bout
    away = wait_status(app, lambda s: s["activity"] == "away", timeout=20)
    assert away["sitting_seconds"] == 0 and away["reason"] == "away"
    with Fidget(desk, every=0.3):
        back = wait_status(app, lambda s: s["activity"] == "active")
    assert back["next_break_at"] != first["next_break_at"]  # a fresh bout
    assert app.terminate() == 0


def test_typing_grace_holds_the_reminder_until_typing_stops(desk: Desktop, tmp_path: Path) -> None:
    """Promise: a reminder never pops up mid-sentence; it waits for a pause in typing."""
    base = tmp_path / "app"
    write_settings(base, break_interval_min=5, short_pause_min=2, away_min=4, typing_grace_s=60)
    desk.mouse_move(10, 10)
    app = RunningApp(desk, base, "--minute-seconds", "1")
    app.wait_event("started")
    typing = subprocess.Popen(  # a person typing steadily (XTEST key presses)
        ["bash", "-c", "while true; do xdotool key shift; sleep 0.3; done"], env=desk.env
    )
    try:
        held = wait_status(app, lambda s: s["holding"] == "typing", timeout=20)
        assert held["reason"] == "typing" and "pause in your typing" in held["text"]
        time.sleep(3)
        assert not [n for n in desk.notifications() if "Time for a break" in n["summary"]]
    finally:
        typing.terminate()
        typing.wait(5)
    stopped = time.monotonic()
    desk.wait_for_notification("Time for a break", timeout=15)
    assert time.monotonic() - stopped >= 2.5  # it waited for the pause
    assert app.terminate() == 0


FULLSCREEN_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel("A film")
w.setWindowTitle("fullscreen test window")
w.showFullScreen()
app.exec()
"""


def test_fullscreen_window_defers_the_reminder_until_it_closes(
    desk: Desktop, tmp_path: Path
) -> None:
    """Promise: no reminder over a film or a presentation; it follows once that ends."""
    import sys

    base = tmp_path / "app"
    write_settings(base, break_interval_min=10, short_pause_min=2, away_min=8, typing_grace_s=0)
    desk.mouse_move(10, 10)
    film = desk.spawn([sys.executable, "-c", FULLSCREEN_WINDOW], name="film")
    desk.find_window("^fullscreen test window$", timeout=15)
    app = RunningApp(desk, base, "--minute-seconds", "1")
    app.wait_event("started")
    with Fidget(desk, every=0.5):
        held = wait_status(app, lambda s: s["holding"] == "fullscreen", timeout=20)
        assert "fullscreen window closes" in held["text"]
        time.sleep(2)
        assert not [n for n in desk.notifications() if "Time for a break" in n["summary"]]
        film.terminate()
        film.wait(5)
        closed = time.monotonic()
        desk.wait_for_notification("Time for a break", timeout=45)
    assert time.monotonic() - closed < 40  # within the 30 s re-check, plus slack
    assert app.terminate() == 0
