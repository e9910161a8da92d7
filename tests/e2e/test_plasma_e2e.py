"""The installed app inside a real KDE Plasma 5.27 session on Wayland, used as a person would:
the welcome, a reminder from the app's own schedule in Plasma's popup and Start pressed on
Plasma's own button, typing into another window across a whole escalation without answering
it, KWin's activity detection, and the tray icon when the watcher comes after the app.

Screenshots go to test-artifacts/e2e/; with MB_UPDATE_DOCS=1 the welcome, the routine and the
escalated reminder also go to docs/screenshots/."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from .app_run import ARTIFACTS, FAST, MINUTE_S, REPO, RunningApp, write_settings
from .shells.plasma import PlasmaSession

pytestmark = pytest.mark.e2e

PROBE = Path(__file__).resolve().parent / "shells" / "qt_probe.py"
APP_CLASS = "io.github.massage_break.MassageBreak"
# reminded after 10 s of sitting, escalated after one repeat
SETTINGS = {**FAST, "escalate_after": 1}
ANSWERS = ("notification_action", "routine_requested", "routine_shown", "history_recorded")


def _shot(plasma: PlasmaSession, name: str, *, docs: bool = False) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = plasma.screenshot(ARTIFACTS / name)
    if docs and os.environ.get("MB_UPDATE_DOCS"):
        shutil.copy(path, REPO / "docs" / "screenshots" / name)
    return path


def _clean_exit(plasma: PlasmaSession, app: RunningApp) -> None:
    code = app.terminate()
    log = plasma.log_path(app.name).read_text(errors="replace")
    assert code == 0, log[-3000:]
    assert "Traceback" not in log, log[-3000:]


def _app_activations(plasma: PlasmaSession, app: RunningApp, since: float) -> list[Any]:
    return [
        a
        for a in plasma.activations(since)
        if a["window"]
        and (a["window"]["pid"] == app.proc.pid or a["window"]["resource_class"] == APP_CLASS)
    ]


def _changed(before: Any, after: Any) -> int:
    """How many pixels differ between two same-sized images."""
    a, b = before.rgba, after.rgba
    return sum(1 for i in range(0, len(a), 4) if a[i : i + 3] != b[i : i + 3])


def test_first_start_welcomes_with_its_icon_in_plasmas_tray(tmp_path: Path) -> None:
    began = time.monotonic()
    with PlasmaSession(tmp_path / "plasma") as plasma:
        session_s = time.monotonic() - began
        tray_before = plasma.tray_area()
        app = RunningApp(plasma, tmp_path / "app", "--minute-seconds", MINUTE_S)
        started = app.wait_event("started")
        assert started["tray"] is True and started["notifier"] == "dbus"
        app.wait_event("welcome_shown")
        welcome = plasma.wait_window("^Welcome to Massage Break$")
        assert welcome.resource_class == APP_CLASS and welcome.width >= 500
        (item,) = plasma.wait(plasma.tray_items, "the app's StatusNotifierItem")
        assert item.endswith("/StatusNotifierItem")
        plasma.wait(
            lambda: _changed(tray_before, plasma.tray_area()) > 150, "the icon drawn in the tray"
        )
        time.sleep(0.5)  # the window's first frames
        _shot(plasma, "plasma-welcome.png", docs=True)
        # Start, bottom right of the welcome, clicked where it is drawn
        plasma.click_at(welcome.x + welcome.width - 52, welcome.y + welcome.height - 24)
        done = app.wait_event("welcome_done")
        assert done["interval"] == 30 and done["autostart"] is True  # Start, not closed
        plasma.wait(lambda: not plasma.find_windows("^Welcome to Massage Break$"), "it closes")
        _clean_exit(plasma, app)
    print(f"Plasma session up in {session_s:.1f}s {plasma.timings}")


def test_a_reminder_in_plasmas_popup_and_start_on_its_own_button(tmp_path: Path) -> None:
    base = tmp_path / "app"
    write_settings(base, **SETTINGS)
    with PlasmaSession(tmp_path / "plasma") as plasma, plasma.fidget():
        app = RunningApp(plasma, base, "--minute-seconds", MINUTE_S)
        started = app.wait_event("started")
        assert started["notifier"] == "dbus" and started["escalation"] == "notification"
        sent = app.wait_event("notification_sent", timeout=40, urgency=1)
        note = next(n for n in plasma.notifications() if n["id"] == sent["id"])
        assert note["action_pairs"]["start"] == "Start break"
        assert note["app_name"] == "Massage Break"
        popup = plasma.press_notification_button("Start break")
        assert popup.resource_class == "org.kde.plasmashell"
        assert app.wait_event("notification_action", action="start")["id"] == sent["id"]
        invoked = plasma.signals("ActionInvoked")
        assert [(s["id"], s["action_key"]) for s in invoked] == [(sent["id"], "start")]
        app.wait_event("routine_shown")
        app.wait_event("routine_painted", timeout=15)
        routine = plasma.wait_window(" — Massage Break$")
        assert routine.resource_class == APP_CLASS
        time.sleep(0.5)
        _shot(plasma, "plasma-routine.png", docs=True)
        _clean_exit(plasma, app)
    assert [o for o, _ in app.history()] == ["interrupted"]


def test_typing_elsewhere_across_a_whole_escalation_answers_nothing(tmp_path: Path) -> None:
    base = tmp_path / "app"
    write_settings(base, **SETTINGS)
    typed_file = tmp_path / "typed.txt"
    with PlasmaSession(tmp_path / "plasma") as plasma:
        plasma.spawn([sys.executable, str(PROBE), "window", "Notes", str(typed_file)], name="notes")
        notes = plasma.wait_window("^Notes$")
        plasma.wait(lambda: (w := plasma.active_window()) and w.id == notes.id, "notes active")
        since = time.time()
        app = RunningApp(plasma, base, "--minute-seconds", MINUTE_S)
        app.wait_event("started")
        typed = ""
        escalated: dict[str, Any] | None = None
        deadline = time.monotonic() + 90
        words = ["a quick note ", "on the plan ", "space and enter "]
        n = 0
        # type on until the reminder escalated and 6 s more passed (a repeat of the popup)
        while time.monotonic() < deadline:
            chunk = words[n % len(words)]
            n += 1
            plasma.type_text(chunk)
            plasma.press("Return")  # a focused default button would take it; no one has it
            typed += chunk
            found = [
                e
                for e in app.events()
                if e.get("event") == "notification_sent" and e.get("urgency") == 2
            ]
            if found and escalated is None:
                escalated = found[0]
                until = time.monotonic() + 6
            if escalated is not None and time.monotonic() > until:
                break
        assert escalated is not None, app.desk.log_tail(app.name, 30)
        assert escalated["resident"] is True
        first = app.wait_event("notification_sent", urgency=1)
        assert escalated["closed"] == first["id"] != escalated["id"]  # taken down, not stacked
        note = plasma.notifications()[-1]
        assert note["hints"]["urgency"] == 2 and note["hints"]["resident"] is True
        assert [e for e in app.events() if e.get("event") in ANSWERS] == []
        # every key went to the notes window: nothing of the app took the keyboard
        plasma.wait(lambda: typed_file.read_text() == typed + "\n", "all typed text in notes")
        assert plasma.active_window() is not None and plasma.active_window().id == notes.id
        assert _app_activations(plasma, app, since) == []
        assert not [w for w in plasma.windows() if w.resource_class == APP_CLASS]
        popups = [a for a in plasma.added_windows(since) if a["window"]["notification"]]
        assert popups  # Plasma did show the reminder, and its popup never took the keyboard
        assert not [a for a in plasma.activations(since) if a["window"]["notification"]]
        _shot(plasma, "plasma-escalated-while-typing.png", docs=True)
        _clean_exit(plasma, app)
    assert not {o for o, _ in app.history()} & {"snoozed", "skipped", "started", "completed"}


def test_activity_detection_on_kwin(tmp_path: Path) -> None:
    base = tmp_path / "app"
    # idle after 4 s without input; no reminder, no "away", while this runs
    write_settings(base, break_interval_min=60, short_pause_min=2, away_min=30)
    with PlasmaSession(tmp_path / "plasma") as plasma:
        app = RunningApp(plasma, base, "--minute-seconds", MINUTE_S)
        started = app.wait_event("started")
        assert started["idle"] in ("ext-idle-notify", "kde-idle")
        status = app.status()
        assert status["activity_detection"] == started["idle"] and status["detection_available"]
        plasma.nudge()
        plasma.wait(lambda: app.status()["activity"] == "active", "active", timeout=10)
        idle = plasma.wait(
            lambda: (s := app.status())["activity"] == "idle" and s, "idle", timeout=20
        )
        assert idle["activity_detection"] == started["idle"]
        plasma.type_text("hello")  # into the desktop: real input through KWin
        back = plasma.wait(
            lambda: (s := app.status())["activity"] == "active" and s, "active", timeout=6
        )
        assert back["sitting_seconds"] >= idle["sitting_seconds"]
        _clean_exit(plasma, app)


def test_the_tray_icon_appears_when_the_watcher_starts_after_the_app(tmp_path: Path) -> None:
    base = tmp_path / "app"
    write_settings(base)  # not a first start
    with PlasmaSession(tmp_path / "plasma", watcher=False) as plasma:
        app = RunningApp(plasma, base, "--minute-seconds", MINUTE_S)
        assert app.wait_event("started")["tray"] is False
        assert app.wait_event("tray_shown")["tray"] is False
        tray_before = plasma.tray_area()
        mark = len(app.events())
        plasma.start_watcher()  # kded5 and its statusnotifierwatcher, late
        assert app.wait_event("tray_shown", after=mark, timeout=20)["tray"] is True
        (item,) = plasma.wait(plasma.tray_items, "the app's StatusNotifierItem")
        assert item.endswith("/StatusNotifierItem")
        plasma.wait(
            lambda: _changed(tray_before, plasma.tray_area()) > 150, "the icon drawn in the tray"
        )
        _shot(plasma, "plasma-tray-late.png")
        _clean_exit(plasma, app)
