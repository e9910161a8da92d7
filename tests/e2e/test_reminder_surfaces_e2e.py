"""One reminder, one answer, and typing never answers it: the installed app on Xvfb with
dunst, on an X11 session (the escalation opens the small window beside the notification) and
as an X11 client inside a Wayland session (Xwayland: WAYLAND_DISPLAY set; the escalation stays
one critical, resident notification)."""

from __future__ import annotations

import re
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

# reminded 10 s after the start, escalated 4 s later
SETTINGS = {**FAST, "escalate_after": 1}
WINDOW = r"^Break reminder"


def _minutes(body: str) -> int:
    found = re.match(r"Still sitting \((\d+) min\)", body)
    assert found, body
    return int(found.group(1))


def _answered(app: RunningApp, after: int) -> list[dict[str, object]]:
    return [
        e
        for e in app.events()[after:]
        if e.get("event") in ("notification_action", "history_recorded", "routine_requested")
    ]


def test_x11_typing_into_the_escalated_window_answers_nothing_and_start_takes_it_away(
    tmp_path: Path,
) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    base = tmp_path / "app"
    write_settings(base, **SETTINGS)
    with Desktop("sni", base_dir=tmp_path / "desk") as desk:
        desk.mouse_move(600, 700)
        with Fidget(desk):
            app = RunningApp(desk, base, "--minute-seconds", MINUTE_S)
            started = app.wait_event("started")
            assert started["notifier"] == "dbus" and started["escalation"] == "window"
            first = app.wait_event("notification_sent", timeout=40, urgency=1)
            shown = app.wait_event("prompt_window_shown", timeout=20)
            assert shown["urgency"] == 2
            again = app.wait_event("notification_sent", urgency=2)
            assert again["closed"] == first["id"] != again["id"] and again["resident"]
            note = desk.notifications()[-1]
            assert _minutes(note["body"]) >= 7 and note["hints"]["urgency"] == 2
            wid = desk.find_window(WINDOW, timeout=10)
            # the window is given the keyboard (as a Wayland compositor would) while the user
            # types: space, Enter, Escape, letters; none of it answers the reminder
            mark = len(app.events())
            desk.focus_window(wid)
            desk.type_keys("a quick note ")
            desk.key("Return", "space", "Escape", "Tab", "space", "KP_Enter")
            time.sleep(0.6)
            assert _answered(app, mark) == [] and desk.find_windows(WINDOW) != []
            desk.screenshot(ARTIFACTS / "reminder-window-after-typing.png")
            # Start on the notification: the window goes with it
            desk.invoke_action("start", notification_id=note["id"])
            app.wait_event("routine_shown", after=mark)
            gone = app.wait_event("reminder_withdrawn", after=mark)
            assert gone["surfaces"] == ["notification", "window"]
            deadline = time.monotonic() + 5
            while desk.find_windows(WINDOW) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert desk.find_windows(WINDOW) == []
            assert desk.dunst_count("displayed") == 0
        assert app.terminate() == 0
        assert [o for o, _ in app.history()] == ["interrupted"]


def test_xwayland_the_escalation_is_one_resident_notification_and_never_a_window(
    tmp_path: Path,
) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    base = tmp_path / "app"
    write_settings(base, **SETTINGS)
    with Desktop("sni", base_dir=tmp_path / "desk") as desk:
        desk.mouse_move(600, 700)
        with Fidget(desk):
            # a Wayland session around an X11 client: Qt stays on xcb (QT_QPA_PLATFORM)
            app = RunningApp(
                desk, base, "--minute-seconds", MINUTE_S, env={"WAYLAND_DISPLAY": "wayland-mb"}
            )
            started = app.wait_event("started")
            assert started["notifier"] == "dbus" and started["escalation"] == "notification"
            first = app.wait_event("notification_sent", timeout=40, urgency=1)
            again = app.wait_event("notification_sent", timeout=20, urgency=2)
            assert again["resident"] is True and again["closed"] == first["id"] != again["id"]
            note = desk.notifications()[-1]
            assert note["replaces_id"] == 0 and note["hints"]["resident"] is True
            assert _minutes(note["body"]) >= 7
            time.sleep(0.5)
            assert desk.dunst_count("displayed") == 1  # the first one taken down, not stacked
            assert desk.find_windows(WINDOW) == []
            assert not [e for e in app.events() if e.get("event") == "prompt_window_shown"]
            mark = len(app.events())
            desk.type_keys("typing on ")
            desk.key("Return", "space")
            time.sleep(0.4)
            assert _answered(app, mark) == []
            desk.invoke_action("snooze", notification_id=note["id"])
            app.wait_event("history_recorded", after=mark, outcome="snoozed")
            gone = app.wait_event("reminder_withdrawn", after=mark)
            assert gone["surfaces"] == ["notification"]
        assert app.terminate() == 0
        assert [o for o, _ in app.history()] == ["snoozed"]
