"""The portable single-instance path (QLockFile + QLocalServer, what Windows gets), forced on
Linux with MASSAGE_BREAK_IPC=qt: a second start is forwarded, commands are answered."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .app_run import RunningApp, app_command
from .desktop import Desktop

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        any(shutil.which(t) is None for t in ("Xvfb", "dunst", "xdotool")),
        reason="needs xvfb, dunst and xdotool (see scripts/setup)",
    ),
]

QT_PATH = {"MASSAGE_BREAK_IPC": "qt"}


def run(desk: Desktop, base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [app_command(), "--base-dir", str(base), *args],
        env={**desk.env, **QT_PATH},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_second_start_and_status_go_through_the_qt_path(tmp_path: Path) -> None:
    base = tmp_path / "app"
    with Desktop("sni", base_dir=tmp_path / "desk") as desk:
        app = RunningApp(desk, base, env=QT_PATH)
        app.wait_event("started")
        desk.wait_for_tray_item(timeout=10)
        assert (base / "state" / "ipc" / "instance.qtlock").exists()
        assert not (base / "state" / "ipc" / "command.sock").exists()  # not the Linux path

        status = run(desk, base, "status", "--json")
        assert status.returncode == 0, status.stderr
        assert json.loads(status.stdout)["paused_until"] is None

        second = run(desk, base)  # a second start opens the first one's window
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        app.wait_event("command", command="show")  # the running instance heard it
        app.wait_event("main_window_shown")
        assert app.proc.poll() is None
        assert run(desk, base, "pause", "30m").returncode == 0
        assert json.loads(run(desk, base, "status", "--json").stdout)["paused_until"] is not None

        assert app.terminate() == 0
        gone = run(desk, base, "status")
        assert gone.returncode == 3 and "not running" in gone.stderr
