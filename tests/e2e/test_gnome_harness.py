"""The GNOME Shell harness (tests/e2e/shells/gnome.py) against real programs.

Each test starts its own headless GNOME Shell 43 and proves what the end-to-end tests rely on:
windows and focus read through the shell, typing and clicks that count as the user's (mutter's
idle monitor sees them), GNOME Shell's own notification buttons pressed with the pointer,
screenshots, dark mode, the AppIndicator extension turned on late, and a clean teardown.
"""

from __future__ import annotations

import os
import struct
import sys
import time
from pathlib import Path

import pytest

from .shells.gnome import GnomeSession, missing_tools

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        bool(missing_tools()), reason="needs GNOME Shell (see scripts/test-packages.txt)"
    ),
]

SHELLS = Path(__file__).resolve().parent / "shells"
TEXT_WINDOW = SHELLS / "text_window.py"
NOTIFY_CLIENT = SHELLS / "notify_client.py"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def start_text_window(gs: GnomeSession, title: str, *extra: str, x11: bool = False) -> int:
    env = gs.env_xwayland() if x11 else None
    proc = gs.spawn([sys.executable, str(TEXT_WINDOW), title, *extra], name=title, env=env)
    gs.wait_for_window(title, focused=True)
    wait_line(gs, title, "ready")
    return proc.pid


def wait_line(
    gs: GnomeSession, name: str, event: str, timeout: float = 10, **match: object
) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in gs.json_lines(name):
            if line["event"] == event and all(line.get(k) == v for k, v in match.items()):
                return line
        time.sleep(0.05)
    raise AssertionError(f"no {event} {match} from {name}:\n{gs.log_tail(name)}")


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One session for the tests that only add windows and notifications (start-up and
    teardown cost ~3.5 s each); dark mode, the tray and teardown get their own."""
    with GnomeSession(tmp_path_factory.mktemp("gnome")) as session:
        yield session


@pytest.fixture
def gs(shared: GnomeSession) -> GnomeSession:
    shared.clear_notifications()
    return shared


def test_native_window_gets_focus_typed_text_and_idle_resets(
    gs: GnomeSession, tmp_path: Path
) -> None:
    assert gs.start_seconds < 20
    pid = start_text_window(gs, "Notes")
    ready = wait_line(gs, "Notes", "ready")
    assert ready["platform"] == "wayland" and ready["dark"] is False
    win = next(w for w in gs.windows() if w.title == "Notes")
    assert win.pid == pid and win.has_focus and not win.x11
    assert gs.focused_title() == "Notes"
    assert pid in gs.focused_pids()

    gs.type_text("Hello, GNOME! 42")
    wait_line(gs, "Notes", "text", text="Hello, GNOME! 42")

    time.sleep(1.2)
    assert gs.idle_time_ms() >= 1000  # nobody touched anything for 1.2 s
    gs.press_key("Shift_L")
    assert gs.idle_time_ms() < 500  # an injected key is the user's

    shot = gs.screenshot(tmp_path / "desktop.png")
    assert png_size(shot) == (1280, 800)
    assert shot.stat().st_size > 5000


def test_xwayland_window_and_pointer(gs: GnomeSession) -> None:
    pid = start_text_window(gs, "Old app", x11=True)
    assert wait_line(gs, "Old app", "ready")["platform"] == "xcb"
    win = next(w for w in gs.windows() if w.pid == pid)
    assert win.x11 and win.has_focus
    gs.type_text("via xwayland")
    wait_line(gs, "Old app", "text", text="via xwayland")

    # absolute pointer motion lands where asked; a click inside the window keeps its focus
    x, y = win.rect.center
    gs.click_at(x, y)
    assert gs.pointer() == (x, y)
    gs.move_by(15, -10)
    time.sleep(0.1)
    assert gs.pointer() == (x + 15, y - 10)
    assert gs.focused_title() == "Old app"


def test_focus_recorder_sees_every_focus_change(gs: GnomeSession) -> None:
    before = len(gs.focus_events())
    first = start_text_window(gs, "First")
    since = len(gs.focus_events())
    second = start_text_window(gs, "Second")
    gs.activate_window("First")
    gs.wait_for_window("First", focused=True)
    # a notification is shell chrome: it never takes the keyboard
    note = gs.spawn(["notify-send", "Hello", "not a window"], name="hello")
    note.wait(10)
    gs.wait_for_notification("Hello", on_banner=True)
    gs.type_text("x")
    wait_line(gs, "First", "text", text="x")
    assert gs.focused_pids(since) == [second, first]
    created = [e for e in gs.focus_events()[before:] if e["kind"] == "created"]
    assert [e["pid"] for e in created] == [first, second]


def test_notification_buttons_are_gnome_shells_own(gs: GnomeSession, tmp_path: Path) -> None:
    start_text_window(gs, "Work")
    asker = gs.spawn(
        [
            "notify-send",
            "-a",
            "Asker",
            "-A",
            "yes=Yes",
            "-A",
            "no=No",
            "-A",
            "later=Later",
            "-A",
            "never=Never",
            "Question",
            "Pick one",
        ],
        name="asker",
    )
    note = gs.wait_for_notification("Question", on_banner=True)
    assert note.app == "Asker" and note.body == "Pick one"
    assert note.actions == ("Yes", "No", "Later", "Never")
    assert note.buttons == ("Yes", "No", "Later")  # GNOME draws at most three
    assert (note.urgency, note.hint_urgency, note.resident) == (1, 1, False)

    banner = gs.press_notification_button("Later", title="Question", screenshot=tmp_path / "b.png")
    assert banner["expanded"] and banner["hover"]
    assert png_size(tmp_path / "b.png") == (1280, 800)
    asker.wait(10)
    assert gs.log_path("asker").read_text().split() == ["later"]
    assert not [n for n in gs.notifications() if n.title == "Question"]
    assert gs.focused_title() == "Work"  # pressing a banner button moved no window focus


def test_critical_resident_notification_stays_after_a_press(gs: GnomeSession) -> None:
    gs.spawn(
        [
            sys.executable,
            str(NOTIFY_CLIENT),
            "Urgent",
            "Stays",
            "--critical",
            "--resident",
            "go=Go",
            "stop=Stop",
        ],
        name="client",
    )
    note = gs.wait_for_notification("Urgent", on_banner=True)
    assert (note.urgency, note.hint_urgency, note.resident) == (3, 2, True)
    assert note.expanded  # GNOME expands critical banners itself
    gs.press_notification_button("Go", title="Urgent")
    wait_line(gs, "client", "action", key="go")
    time.sleep(0.5)
    assert [n.title for n in gs.notifications()] == ["Urgent"]  # resident: still there

    # the Eval fallback (no pointer) runs the same action callback
    gs.invoke_notification_action("Stop", title="Urgent")
    wait_line(gs, "client", "action", key="stop")
    assert not [e for e in gs.json_lines("client") if e["event"] == "closed"]


def test_dark_session(tmp_path: Path) -> None:
    with GnomeSession(tmp_path / "gnome", dark=True) as gs:
        assert gs.get_gsetting("org.gnome.desktop.interface", "color-scheme") == "'prefer-dark'"
        start_text_window(gs, "Night")
        ready = wait_line(gs, "Night", "ready")
        assert ready["dark"] is True and ready["color_scheme"] == "Dark"
        shot = gs.screenshot(tmp_path / "dark.png")
        assert png_size(shot) == (1280, 800)


def test_appindicator_enabled_after_the_app_started(tmp_path: Path) -> None:
    with GnomeSession(tmp_path / "gnome") as gs:
        check_appindicator(gs, tmp_path)


def check_appindicator(gs: GnomeSession, tmp_path: Path) -> None:
    assert not gs.name_has_owner("org.kde.StatusNotifierWatcher")  # stock GNOME: no tray
    start_text_window(gs, "Tray", "--tray")
    assert wait_line(gs, "Tray", "ready")["tray_available"] is False
    assert gs.tray_icons() == []
    uuid = gs.enable_appindicator()
    assert gs.extension_state(uuid) == 1
    icons = gs._wait(lambda: [i for i in gs.tray_icons() if i["visible"]], "tray icon", 15)
    x, y, w, _h = icons[0]["area"]
    assert y < 32 and 0 < w < 100 and x > 640  # right-hand side of the top bar
    shot = gs.screenshot(tmp_path / "top.png", area=(0, 0, 1280, 32))
    assert png_size(shot) == (1280, 32)


def test_close_ends_the_whole_session(tmp_path: Path) -> None:
    gs = GnomeSession(tmp_path / "gnome").start()
    start_text_window(gs, "Bye")
    pids = gs.session_pids()
    assert len(pids) >= 4  # dbus-run-session, dbus-daemon, gnome-shell, pipewire, Xwayland...
    runtime = gs.runtime_dir
    assert (runtime / "gnome-shell-disable-extensions").exists()
    gs.close()
    assert gs.session_pids() == []
    alive = []
    for pid in pids:
        try:
            os.kill(pid, 0)
            alive.append(pid)
        except ProcessLookupError:
            pass
    assert alive == []
    assert not runtime.exists()
    assert gs._system_bus is not None and gs._system_bus.poll() is not None
