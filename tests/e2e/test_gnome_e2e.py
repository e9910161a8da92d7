"""The installed app inside a real GNOME Shell 43 (Wayland; also through Xwayland), as a user
meets it: the welcome, reminders from the app's own schedule on GNOME Shell's own banners,
Start pressed with the pointer, typing through a whole escalation, walking away and coming
back, no tray on stock GNOME, and the tray icon once the AppIndicator extension is turned on.

Input comes from mutter's RemoteDesktop (it counts as the user's); windows, focus and
notifications are read from the shell (tests/e2e/shells/gnome.py). Screenshots go to
test-artifacts/e2e/gnome-*.png; with MB_UPDATE_DOCS=1 also to docs/screenshots/.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from .app_run import ARTIFACTS, FAST, MINUTE_S, RunningApp, app_command, write_settings
from .shells.gnome import GnomeSession, Typist, missing_tools

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        bool(missing_tools()), reason="needs GNOME Shell (see scripts/test-packages.txt)"
    ),
]

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs" / "screenshots"
TEXT_WINDOW = Path(__file__).resolve().parent / "shells" / "text_window.py"
SETTINGS = {**FAST, "escalate_after": 2}  # reminders while typing too: no typing grace
ANSWERS = {"snoozed", "skipped", "started", "completed"}


def start_app(gs: GnomeSession, base: Path, *, x11: bool = False) -> RunningApp:
    env = gs.env_xwayland() if x11 else None
    return RunningApp(gs, base, "--minute-seconds", MINUTE_S, env=env)


def start_notes(gs: GnomeSession, title: str = "Notes") -> int:
    """The other program the person works in (a Qt text window), focused."""
    proc = gs.spawn([sys.executable, str(TEXT_WINDOW), title], name="notes")
    gs.wait_for_window(title, focused=True)
    return proc.pid


def notes_text(gs: GnomeSession) -> str:
    texts = [e["text"] for e in gs.json_lines("notes") if e["event"] == "text"]
    return texts[-1] if texts else ""


def wait_notes_text(gs: GnomeSession, text: str, timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while notes_text(gs) != text and time.monotonic() < deadline:
        time.sleep(0.05)
    assert notes_text(gs) == text, f"typed {text!r}, the window has {notes_text(gs)!r}"


def shot(gs: GnomeSession, name: str, **kw: Any) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = gs.screenshot(ARTIFACTS / name, **kw)
    assert path.stat().st_size > (2000 if "area" in kw else 5000)
    if os.environ.get("MB_UPDATE_DOCS"):  # a test run leaves the checkout as it was
        shutil.copy(path, DOCS / name)
    return path


def lightness(path: Path, x: int, y: int) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return image.pixelColor(x, y).lightness()


def wait_unanswered(app: RunningApp, name: str, timeout: float = 30, **match: Any) -> dict:
    """Wait for an event of the app; fail at once when the reminder got an answer."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        events = app.events()
        answered = [
            e
            for e in events
            if e.get("event") in ("notification_action", "routine_shown")
            or (e.get("event") == "history_recorded" and e.get("outcome") in ANSWERS)
        ]
        assert answered == [], f"the reminder was answered while typing: {answered}"
        for ev in events:
            if ev.get("event") == name and all(ev.get(k) == v for k, v in match.items()):
                return ev
        time.sleep(0.1)
    raise AssertionError(f"no {name} {match}; app log:\n{app.desk.log_tail(app.name, 30)}")


def app_log_problems(gs: GnomeSession, app: RunningApp) -> list[str]:
    text = gs.log_path(app.name).read_text(errors="replace")
    return [word for word in ("Traceback", "JobLookupError") if word in text]


# ---------------------------------------------------------------------------- (a) welcome


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_welcome_on_first_start(dark: bool, tmp_path: Path) -> None:
    theme = "dark" if dark else "light"
    with GnomeSession(tmp_path / "gnome", dark=dark) as gs:
        app = start_app(gs, tmp_path / "app")  # a fresh base dir: the first start
        started = app.wait_event("started")
        assert started["tray"] is False and started["idle"] == "gnome"
        app.wait_event("welcome_shown")
        # a window the user is meant to read: it has the focus
        win = gs.wait_for_window("Welcome", pid=app.proc.pid, focused=True)
        assert not win.x11
        time.sleep(0.8)  # painted
        path = shot(gs, f"gnome-welcome-{theme}.png")
        # the dialog's own background follows the session's style
        x, y, _w, h = win.rect
        paper = lightness(path, x + 20, y + h - 20)
        assert paper < 90 if dark else paper > 200, paper
        assert app.terminate() == 0


# ------------------------------------------------------- (b) the shell's Start opens the break


@pytest.mark.parametrize(
    ("x11", "dark"), [(False, False), (True, True)], ids=["wayland-light", "xwayland-dark"]
)
def test_start_on_gnome_shells_banner_opens_the_break(
    x11: bool, dark: bool, tmp_path: Path
) -> None:
    theme = "dark" if dark else "light"
    base = tmp_path / "app"
    write_settings(base, **SETTINGS)
    with GnomeSession(tmp_path / "gnome", dark=dark) as gs:
        start_notes(gs)
        with Typist(gs):  # working: the sitting counts, the schedule runs
            app = start_app(gs, base, x11=x11)
            assert app.wait_event("started")["notifier"] == "dbus"
            app.wait_event("prompt", timeout=40, repeat=0)
            note = gs.wait_for_notification("Time for a break", on_banner=True, timeout=10)
        # shown by GNOME Shell's own server, as the app asked
        assert note.app is not None and "Massage Break" in note.app, note
        assert "sitting for" in note.body
        assert "Start break" in note.buttons, note
        shown_before = len(app.events())
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        banner = ARTIFACTS / f"gnome-reminder-{theme}.png"
        gs.press_notification_button("Start break", title="Time for a break", screenshot=banner)
        if os.environ.get("MB_UPDATE_DOCS"):
            shutil.copy(banner, DOCS / banner.name)
        shown = app.wait_event("routine_shown", after=shown_before)
        app.wait_event("routine_painted", after=shown_before)
        win = gs.wait_for_window(shown["title"], pid=app.proc.pid)
        assert win.x11 is x11
        time.sleep(0.6)
        shot(gs, f"gnome-routine-{theme}.png")
        acts = [e["action"] for e in app.events() if e.get("event") == "notification_action"]
        assert acts == ["start"]
        assert not [n for n in gs.notifications() if n.title == "Time for a break"]
        assert app.terminate() == 0
        assert app_log_problems(gs, app) == []


# ------------------------------------ (c) typing through a whole escalation answers nothing


@pytest.mark.parametrize("x11", [False, True], ids=["wayland", "xwayland"])
def test_typing_through_a_whole_escalation_never_answers(x11: bool, tmp_path: Path) -> None:
    base = tmp_path / "app"
    write_settings(base, **SETTINGS)
    with GnomeSession(tmp_path / "gnome") as gs:
        notes = start_notes(gs)
        since = len(gs.focus_events())
        # spaces and Return: what pressed a focused reminder's default button before
        with Typist(gs, "typing on and on, never looking up\n", interval=0.08) as typist:
            app = start_app(gs, base, x11=x11)
            app.wait_event("started")
            app.wait_event("prompt", timeout=40, repeat=0)
            escalated = wait_unanswered(app, "prompt", escalate=True)
            last = wait_unanswered(app, "prompt", repeat=3)  # the last repeat
            assert escalated["repeat"] == SETTINGS["escalate_after"]
            assert last["escalate"] is True
            time.sleep(3)  # a little more typing after the last one
            if not x11:
                shot(gs, "gnome-escalated-light.png")
        typed = typist.typed
        wait_notes_text(gs, typed)  # every key reached the window the person works in
        events = app.events()
        answers = [e for e in events if e.get("event") == "history_recorded"]
        assert [e["outcome"] for e in answers if e["outcome"] in ANSWERS] == []
        assert [
            e for e in events if e.get("event") in ("notification_action", "routine_shown")
        ] == []
        # nothing of the app ever took the keyboard
        assert app.proc.pid not in gs.focused_pids(since)
        assert gs.focused_pids(since) in ([], [notes])
        assert gs.focused_title() == "Notes"
        # the escalated reminder is a critical, resident notification of GNOME Shell's
        sent = [e for e in events if e.get("event") == "notification_sent"]
        assert any(e.get("urgency") == 2 and e.get("resident") is True for e in sent), sent
        held = [n for n in gs.notifications() if n.title == "Time for a break"]
        assert held and held[-1].hint_urgency == 2 and held[-1].resident, held
        assert app.terminate() == 0
        assert app_log_problems(gs, app) == []


def test_the_escalated_reminder_answers_to_the_pointer(tmp_path: Path) -> None:
    """Typing cannot answer the escalated reminder, but the person who looks up can: the
    last repeat (critical, sent while the previous critical banner is still on screen) has
    its Snooze on GNOME Shell's banner, and pressing it snoozes and takes the reminder away.

    GNOME Shell 43 empties a banner's buttons when its notification is replaced while shown
    (update() clears the actions, the daemon adds them back without telling the banner), so
    the app takes the earlier one down and sends a new one instead of replacing it."""
    base = tmp_path / "app"
    # snooze 6 s: each normal banner has left (after GNOME's 4 s) before its repeat comes
    write_settings(base, **{**SETTINGS, "snooze_min": 3})
    with GnomeSession(tmp_path / "gnome") as gs:
        start_notes(gs)
        with Typist(gs):
            app = start_app(gs, base)
            escalated = wait_unanswered(app, "prompt", timeout=50, repeat=3)
        time.sleep(0.5)  # the hand goes to the mouse
        note = gs.wait_for_notification("Time for a break", on_banner=True, timeout=5)
        assert (note.hint_urgency, note.resident) == (2, True)
        assert "Still sitting" in note.body
        n_events = len(app.events())
        gs.press_notification_button("Snooze", title="Time for a break", timeout=5)
        snoozed = app.wait_event("history_recorded", after=n_events, outcome="snoozed")
        assert snoozed["sitting"] >= escalated["sitting"]
        gs._wait(
            lambda: not [n for n in gs.notifications() if n.title == "Time for a break"],
            "the reminder gone from the shell",
            5,
        )
        assert app.terminate() == 0
        assert app_log_problems(gs, app) == []


# ------------------------------------------------------------ (d) walking away and coming back


def test_walk_away_and_come_back(tmp_path: Path) -> None:
    base = tmp_path / "app"
    # due after 12 s of sitting; 6 s without input is a real break
    write_settings(
        base, **{**SETTINGS, "break_interval_min": 6, "short_pause_min": 1, "away_min": 3}
    )
    with GnomeSession(tmp_path / "gnome") as gs:
        start_notes(gs)
        with Typist(gs):
            app = start_app(gs, base)
            app.wait_event("started")
            time.sleep(2)  # sitting, far from due
        # away: no input for longer than away_min
        time.sleep(9)
        assert gs.idle_time_ms() >= 8_000
        status = app.status()
        assert status["activity"] == "away", status
        assert not [e for e in app.events() if e.get("event") == "prompt"]
        n_events = len(app.events())
        with Typist(gs):  # back at the desk
            back = time.monotonic()
            prompt = app.wait_event("prompt", timeout=30, after=n_events)
            came = time.monotonic() - back
        # sitting starts again on return, and the reminder comes one interval (12 s) later
        assert 10 <= came <= 17, came
        assert prompt["repeat"] == 0
        gs.wait_for_notification("Time for a break", timeout=10)
        assert app.terminate() == 0
        assert app_log_problems(gs, app) == []


# --------------------------------------------------- (e) no tray: a second start opens the window


def test_second_start_opens_the_main_window_without_a_tray(tmp_path: Path) -> None:
    base = tmp_path / "app"
    write_settings(base, **SETTINGS)
    with GnomeSession(tmp_path / "gnome") as gs:
        app = start_app(gs, base)
        assert app.wait_event("started")["tray"] is False  # stock GNOME has no tray
        assert [w for w in gs.windows() if w.pid == app.proc.pid] == []
        n_events = len(app.events())
        again = gs.spawn([app_command(), "--base-dir", str(base)], name="again")
        assert again.wait(20) == 0
        app.wait_event("main_window_shown", after=n_events)
        # asked for: it comes forward (the focus follows the map by a moment)
        win = gs.wait_for_window("Massage Break", pid=app.proc.pid, exact=True, focused=True)
        assert not win.x11
        assert app.terminate() == 0
        assert app_log_problems(gs, app) == []


def test_first_start_then_the_app_grid_opens_the_main_window(tmp_path: Path) -> None:
    """A new user: first start (the welcome; the app writes its desktop entry), a click
    on the welcome's Start, and later a click on Massage Break in the app grid (the shell
    runs the entry's Exec) brings up the main window, under the app's own name."""
    # the app's own folders under HOME hold its socket: a HOME short enough for one
    home = Path(tempfile.mkdtemp(prefix="gh-", dir="/tmp"))
    with contextlib.ExitStack() as stack:
        stack.callback(shutil.rmtree, home, ignore_errors=True)
        gs = stack.enter_context(GnomeSession(tmp_path / "gnome", home=home))
        app = RunningApp(gs, None, "--minute-seconds", MINUTE_S)  # the app's own folders
        app.wait_event("welcome_shown")
        entry = Path(app.wait_event("desktop_entry_written")["path"])
        assert entry.parent == gs.home / ".local" / "share" / "applications"
        welcome = gs.wait_for_window("Welcome", pid=app.proc.pid, focused=True)
        x, y, w, h = welcome.rect
        gs.click_at(x + w - 52, y + h - 26)  # its Start button, bottom right
        gs._wait(
            lambda: not [w for w in gs.windows() if w.pid == app.proc.pid], "welcome closed", 10
        )
        known = gs._wait(lambda: gs.shell_app(entry.name), "the shell knows the entry", 20)
        assert known["name"] == "Massage Break"
        n_events = len(app.events())
        gs.launch_app(entry.name)
        app.wait_event("main_window_shown", after=n_events)
        gs.wait_for_window("Massage Break", pid=app.proc.pid, exact=True, focused=True)
        assert gs.window_app("Massage Break") == "Massage Break"  # the top bar's name
        time.sleep(0.8)
        shot(gs, "gnome-main-window-light.png")
        assert app.terminate() == 0
        assert app_log_problems(gs, app) == []


# ------------------------------------------------ (f) the tray icon appears when a host appears


def test_tray_icon_appears_when_appindicator_is_enabled_later(tmp_path: Path) -> None:
    base = tmp_path / "app"
    write_settings(base, **SETTINGS)
    with GnomeSession(tmp_path / "gnome") as gs:
        app = start_app(gs, base)
        assert app.wait_event("started")["tray"] is False
        assert gs.tray_icons() == []
        n_events = len(app.events())
        gs.enable_appindicator()  # the extension turned on after the app started
        app.wait_event("tray_shown", after=n_events, tray=True)
        icons = gs._wait(lambda: [i for i in gs.tray_icons() if i["visible"]], "tray icon", 15)
        time.sleep(1)  # an icon made twice would show by now
        icons = [i for i in gs.tray_icons() if i["visible"]]
        assert [i["pid"] for i in icons] == [app.proc.pid], icons  # one icon, the app's
        x, y, w, _h = icons[0]["area"]
        assert y < 32 and 0 < w < 100 and x > 640  # in the top bar, on the right
        time.sleep(0.5)
        shot(gs, "gnome-tray-light.png", area=(0, 0, 1280, 32))
        assert app.terminate() == 0
        assert app_log_problems(gs, app) == []
