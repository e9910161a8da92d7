"""Reachable without a tray: the installed app on a desktop that has no tray host at first.

The first start writes its launcher (desktop entry + icon); starting the app again through
that very entry (`gio launch`, as the app grid does) opens its main window; a tray host that
comes later (a StatusNotifierWatcher, as GNOME's AppIndicator extension brings) gets the icon.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from .app_run import ARTIFACTS, RunningApp, write_settings
from .desktop import Desktop, find_tool

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        any(find_tool(t) is None for t in ("Xvfb", "dunst", "xdotool", "gio")),
        reason="needs xvfb, dunst, xdotool and gio (see scripts/setup)",
    ),
]


def _launch(desk: Desktop, entry: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["gio", "launch", str(entry)],
        env=desk.env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_no_tray_window_from_a_second_start_then_the_icon_when_a_host_comes(
    tmp_path: Path,
) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with Desktop(None, base_dir=tmp_path / "desk") as desk:
        base = tmp_path / "app"
        write_settings(base)  # not a first start: no welcome in the way
        app = RunningApp(desk, base)
        started = app.wait_event("started")
        assert started["tray"] is False
        assert app.wait_event("tray_shown")["tray"] is False

        # the launcher, where the desktop looks, starting this installation
        written = app.wait_event("desktop_entry_written")
        entry = Path(written["path"])
        share = desk.root / "home" / ".local" / "share"
        assert entry == share / "applications" / "io.github.massage_break.MassageBreak.desktop"
        icon = share / "icons/hicolor/scalable/apps/io.github.massage_break.MassageBreak.svg"
        assert Path(written["icon"]) == icon and icon.read_bytes().startswith(b"<")
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout

        # started again from the app grid: the running app shows its window
        done = _launch(desk, entry)
        assert done.returncode == 0, done.stderr
        shown = app.wait_event("main_window_shown")
        assert shown["tray"] is False
        wid = desk.find_window("^Massage Break$")
        desk.screenshot(ARTIFACTS / "main-window-no-tray.png")
        assert desk.window_geometry(wid).width >= 300
        assert app.proc.poll() is None  # the second start did not start a second app

        # a tray host comes: the icon appears in it
        marker = len(app.events())
        desk.start_sni_watcher()
        assert app.wait_event("tray_shown", after=marker, timeout=15)["tray"] is True
        (item,) = desk.wait_for_tray_item(timeout=10)
        assert item["sender"]  # registered by the app's own connection
        # with a tray, a second start still opens the window (someone clicked the app grid)
        marker = len(app.events())
        assert _launch(desk, entry).returncode == 0
        assert app.wait_event("main_window_shown", after=marker)["tray"] is True

        # the host goes away and comes back (the extension reloaded): hidden, shown again
        marker = len(app.events())
        desk.stop_sni_watcher()
        assert app.wait_event("tray_shown", after=marker, timeout=15)["tray"] is False
        marker = len(app.events())
        desk.start_sni_watcher()
        assert app.wait_event("tray_shown", after=marker, timeout=15)["tray"] is True
        (again,) = desk.wait_for_tray_item(timeout=10)
        assert again["sender"] == item["sender"]  # the same icon, registered again
        time.sleep(1)  # and no second icon, no flicker of one made again
        assert [e["event"] for e in desk.tray_events()] == ["ready", "registered"]

        # the command-line sub-commands still answer as before
        status = app.status()
        assert status["notifier"] == "dbus" and "Sitting" in status["text"]
        assert app.terminate() == 0
