"""The installed app on a virtual desktop: Xvfb, a private session bus, a tray host, dunst.

It is driven like a person would: the pointer moves while they "work", reminders come from the
schedule, answers go through dunst's action menu, buttons are clicked with xdotool.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from .app_run import (
    ARTIFACTS,
    FAST,
    MINUTE_S,
    Fidget,
    RunningApp,
    needs_x11_desktop,
    write_settings,
)
from .desktop import Desktop

pytestmark = [pytest.mark.e2e, needs_x11_desktop]


@pytest.fixture
def desk(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Desktop("sni", base_dir=tmp_path / "desk") as d:
        yield d


def test_reminder_snooze_start_and_complete(desk: Desktop, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    base = tmp_path / "app"
    write_settings(base, **FAST)
    desk.mouse_move(600, 700)
    with Fidget(desk):
        app = RunningApp(desk, base, "--minute-seconds", MINUTE_S)
        started = app.wait_event("started")
        assert started["tray"] is True and started["notifier"] == "dbus"
        assert started["idle"] == "x11"
        desk.wait_for_tray_item(timeout=10)

        # the reminder comes from the schedule, not from us
        note = desk.wait_for_notification("Time for a break", timeout=40)
        assert note["action_pairs"] == {
            "default": "",
            "start": "Start break",
            "snooze": "Snooze",
            "skip": "Skip",
        }
        assert "sitting for 5 min" in note["body"]
        time.sleep(0.5)
        desk.screenshot(ARTIFACTS / "notification.png")

        # Snooze: the same reminder comes back after the snooze time (4 s)
        count = len(desk.notifications())
        desk.invoke_action("snooze", notification_id=note["id"])
        snoozed_at = time.monotonic()
        app.wait_event("history_recorded", outcome="snoozed")
        again = desk.wait_for_notification("Time for a break", timeout=30, after=count)
        assert time.monotonic() - snoozed_at >= 3.5

        # Start opens the routine window
        n_events = len(app.events())
        desk.invoke_action("start", notification_id=again["id"])
        shown = app.wait_event("routine_shown", after=n_events)
        painted = app.wait_event("routine_painted", after=n_events)
        first = app.wait_event("screen_shown", after=n_events)  # the new exercise screens
        assert first["number"] == 1 and first["seconds"] >= 8
    wid = desk.find_window(r"— Massage Break$", timeout=10)
    assert desk.window_name(wid) == shown["title"]
    time.sleep(0.5)
    desk.screenshot(ARTIFACTS / "routine-window.png")
    status = app.status()
    assert status["routine_open"] is True and status["prompting"] is False

    # Done, clicked like a person would
    x, y = painted["done"]
    desk.click(x, y)
    app.wait_event("history_recorded", outcome="completed")
    assert desk.find_windows(r"— Massage Break$") == []

    # the history window (from the command line here; the tray menu has it too) shows the day
    assert app.command("history").returncode == 0
    assert app.wait_event("history_shown")["today_rows"] == 2  # snoozed, then completed
    hist = desk.find_window(r"^Your breaks – Massage Break$", timeout=10)
    time.sleep(0.5)
    desk.screenshot(ARTIFACTS / "history-window.png")
    geo = desk.window_geometry(hist)
    desk.click(geo.x + geo.width - 50, geo.y + geo.height - 22)  # Close, bottom right
    deadline = time.monotonic() + 10
    while desk.find_windows(r"^Your breaks") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert desk.find_windows(r"^Your breaks") == []

    assert app.terminate() == 0
    outcomes = [o for o, _ in app.history()]
    assert outcomes == ["snoozed", "completed"]
    assert not [e for e in app.events() if e.get("event") == "welcome_shown"]  # not a first start
    assert app.events()[-1]["event"] == "quit"


def test_first_start_welcomes_then_a_second_instance_forwards(
    desk: Desktop, tmp_path: Path
) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    base = tmp_path / "app"  # nothing saved yet: a first start
    app = RunningApp(desk, base)
    app.wait_event("started")
    app.wait_event("welcome_shown")
    welcome = desk.find_window(r"^Welcome to Massage Break$", timeout=10)
    time.sleep(0.3)
    desk.screenshot(ARTIFACTS / "welcome.png")
    geo = desk.window_geometry(welcome)
    desk.click(geo.x + geo.width - 50, geo.y + geo.height - 22)  # Start, bottom right
    done = app.wait_event("welcome_done")
    assert done["interval"] == 30 and done["autostart"] is True
    saved = json.loads((base / "config" / "settings.json").read_text())
    assert saved["break_interval_min"] == 30
    entry = (base / "autostart" / "io.github.massage_break.MassageBreak.desktop").read_text()
    assert f"--base-dir {base.resolve()}" in entry and "Exec=" in entry

    second = app.command()  # a plain second start
    assert second.returncode == 0 and "already running" in second.stdout
    assert app.command("pause", "30m").returncode == 0
    status = app.status()
    assert status["paused_until"] is not None and "paused until" in status["text"]
    assert app.command("resume").returncode == 0
    assert app.status()["paused_until"] is None
    bad = app.command("pause", "soon")
    assert bad.returncode == 2 and "not a duration" in bad.stderr
    assert app.command("quit").returncode == 0
    assert app.proc.wait(10) == 0
    gone = app.command("status")
    assert gone.returncode == 3 and "not running" in gone.stderr


def test_no_tray_and_no_notification_server_falls_back_to_a_prompt_window(tmp_path: Path) -> None:
    with Desktop(None, base_dir=tmp_path / "desk", notifications=False) as desk:
        base = tmp_path / "app"
        write_settings(base, **FAST)
        desk.mouse_move(600, 700)
        with Fidget(desk):
            app = RunningApp(desk, base, "--minute-seconds", MINUTE_S)
            started = app.wait_event("started")
            assert started["tray"] is False and started["notifier"] == "window"
            app.wait_event("notification_sent", timeout=40, notifier="window")
            wid = desk.find_window(r"^Break reminder", timeout=10)
            geo = desk.window_geometry(wid)
            desk.screenshot(ARTIFACTS / "prompt-window.png")
            # "Start break" is the right-most button of the prompt
            desk.click(geo.x + geo.width - 50, geo.y + geo.height - 22)
            app.wait_event("routine_shown")
        desk.find_window(r"— Massage Break$", timeout=10)
        assert app.terminate() == 0
        assert [o for o, _ in app.history()] == ["interrupted"]


def test_corrupt_settings_are_kept_aside_and_the_user_told(desk: Desktop, tmp_path: Path) -> None:
    base = tmp_path / "app"
    (base / "config").mkdir(parents=True)
    (base / "config" / "settings.json").write_bytes(b'{"schema_version": 1, "snooze')
    app = RunningApp(desk, base)
    app.wait_event("started")
    aside = list((base / "config").glob("settings.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b'{"schema_version": 1, "snooze'
    wid = desk.find_window(r"^Massage Break$", timeout=10)  # the notice box
    assert wid
    status = json.loads(app.command("status", "--json").stdout)
    # the display started seconds ago: its idle time is under the 2-minute short pause
    assert (status["activity"], status["reason"]) == ("active", "active")
    assert app.terminate() == 0


def test_a_pause_survives_a_restart_and_export_runs_beside_the_app(
    desk: Desktop, tmp_path: Path
) -> None:
    base = tmp_path / "app"
    write_settings(base)
    app = RunningApp(desk, base, name="first")
    app.wait_event("started")
    assert app.command("pause", "tomorrow").returncode == 0
    until = app.status()["paused_until"]
    assert until is not None and app.status()["reason"] == "paused"
    assert json.loads((base / "state" / "state.json").read_text())["paused_until"] is not None
    # the history leaves the app while it runs: a break recorded, then exported as JSON
    assert app.command("break-now").returncode == 0
    painted = app.wait_event("routine_painted", timeout=15)
    desk.mouse_move(1, 1)
    desk.click(*painted["done"])
    app.wait_event("history_recorded", timeout=10)
    exported = app.command("export", "--format", "json")
    assert exported.returncode == 0
    (row,) = json.loads(exported.stdout)
    assert row["kind"] == "reminder" and row["outcome"] == "completed"
    assert app.terminate() == 0
    again = RunningApp(desk, base, name="second")
    again.wait_event("started")
    status = again.status()
    assert status["paused_until"] == until and status["reason"] == "paused"
    assert again.command("resume").returncode == 0
    assert json.loads((base / "state" / "state.json").read_text())["paused_until"] is None
    assert again.terminate() == 0
