"""Proves the Plasma session harness (tests/e2e/shells/plasma.py) with real programs, without
the app: KWin's windows and focus, fake input that reaches windows and resets idle, Plasma's
own notification buttons, the tray, screenshots, Breeze Dark and a clean teardown."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .shells.plasma import PlasmaSession
from .shells.qt_probe import MAGENTA

pytestmark = pytest.mark.e2e

PROBE = Path(__file__).resolve().parent / "shells" / "qt_probe.py"


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlasmaSession]:
    """One session for the tests that only add windows and notifications to it."""
    with PlasmaSession(tmp_path_factory.mktemp("plasma")) as session:
        yield session


@pytest.fixture
def plasma(shared: PlasmaSession) -> Iterator[PlasmaSession]:
    """The shared session; the programs a test started there end with the test."""
    before = {pid for _, pid in shared.processes()}
    yield shared
    for name, pid in list(shared.processes()):
        if pid not in before and name not in ("kded5",):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGTERM)


def _probe_window(plasma: PlasmaSession, title: str, out: Path) -> None:
    plasma.spawn([sys.executable, str(PROBE), "window", title, str(out)], name=title)


def _brightness(plasma: PlasmaSession) -> float:
    """Mean brightness (0..255) of the panel's left half (no icons or clock there)."""
    panel = plasma.panel()
    strip = plasma.capture().crop(panel.x + 300, panel.y + 8, 300, panel.height - 16)
    data = strip.rgba
    return sum(data[i] + data[i + 1] + data[i + 2] for i in range(0, len(data), 4)) / (
        3 * strip.width * strip.height
    )


def test_session_starts_lists_its_shell_and_ends_without_leftovers(tmp_path: Path) -> None:
    began = time.monotonic()
    session = PlasmaSession(tmp_path).start()
    try:
        started = time.monotonic() - began
        windows = session.windows()
        assert any(w.dock and w.resource_class == "org.kde.plasmashell" for w in windows)
        desktop = [w for w in windows if w.caption.startswith("Desktop")]
        assert desktop and desktop[0].width == 1280 and desktop[0].height == 800
        assert (
            session.name_owner_pid("org.freedesktop.Notifications")
            == dict(session.processes())["plasmashell"]
        )
        shot = session.screenshot(tmp_path / "plasma.png")
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        image = session.capture()
        assert (image.width, image.height) == (1280, 800)
        # the wallpaper and the panel, not a blank frame (plasmashell loads the wallpaper
        # image after the desktop window maps: on a busy machine the first frames are plain)
        session.wait(lambda: session.capture().colours() > 1000, "the wallpaper drawn", 30)
        assert _brightness(session) > 180  # Breeze: a light panel
        assert session.session_pids()
        runtime = session.runtime_dir
        print(f"session up in {started:.1f}s {session.timings}")
    finally:
        session.close()
    assert session.session_pids() == []
    assert not runtime.exists()


def test_a_new_window_gets_focus_and_typed_text(plasma: PlasmaSession, tmp_path: Path) -> None:
    since = time.time() - 1
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    _probe_window(plasma, "Harness first", first)
    one = plasma.wait_window("^Harness first$")
    plasma.wait(lambda: (w := plasma.active_window()) and w.id == one.id, "first active")
    plasma.type_text("Hello, Plasma 5!")
    plasma.wait(lambda: first.exists() and first.read_text() == "Hello, Plasma 5!\n", "typed")

    _probe_window(plasma, "Harness second", second)
    two = plasma.wait_window("^Harness second$")
    plasma.wait(lambda: (w := plasma.active_window()) and w.id == two.id, "second active")
    plasma.type_text("ab")
    plasma.wait(lambda: second.exists() and second.read_text() == "ab\n", "typed into second")
    assert first.read_text() == "Hello, Plasma 5!\n"  # the first one no longer has the keys

    plasma.activate(one)
    plasma.wait(lambda: (w := plasma.active_window()) and w.id == one.id, "first active again")
    plasma.type_text("?")
    plasma.wait(lambda: first.read_text() == "Hello, Plasma 5!?\n", "typed into first again")

    activated = [a["window"]["id"] for a in plasma.activations(since) if a["window"]]
    assert activated[-3:] == [one.id, two.id, one.id]
    added = [a["window"]["caption"] for a in plasma.added_windows(since)]
    assert "Harness first" in added and "Harness second" in added
    panel = plasma.panel()
    assert panel.id not in activated  # what never became active is told apart


def test_a_click_lands_where_it_is_aimed(plasma: PlasmaSession, tmp_path: Path) -> None:
    out = tmp_path / "click.txt"
    _probe_window(plasma, "Harness click", out)
    win = plasma.wait_window("^Harness click$")
    desktop = next(w for w in plasma.windows() if w.caption.startswith("Desktop"))
    plasma.activate(desktop)
    plasma.wait(lambda: not plasma.find_windows("^Harness click$")[0].active, "desktop active")
    plasma.click_at(*win.center)
    plasma.wait(lambda: plasma.find_windows("^Harness click$")[0].active, "clicked to front")
    plasma.type_text("x")
    plasma.wait(lambda: out.exists() and out.read_text() == "x\n", "typed after the click")


def test_fake_input_counts_as_the_users_for_kwins_idle_timer(plasma: PlasmaSession) -> None:
    from pywayland.client import Display
    from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
    from pywayland.protocol.wayland import WlSeat

    display = Display(str(plasma.runtime_dir / plasma.socket))
    display.connect()
    try:
        registry = display.get_registry()
        globals_: dict[str, int] = {}
        registry.dispatcher["global"] = lambda _r, name, iface, _v: globals_.setdefault(iface, name)
        display.roundtrip()
        seat = registry.bind(globals_["wl_seat"], WlSeat, 1)
        notifier = registry.bind(globals_["ext_idle_notifier_v1"], ExtIdleNotifierV1, 1)
        events: list[str] = []
        note = notifier.get_idle_notification(700, seat)
        note.dispatcher["idled"] = lambda _n: events.append("idled")
        note.dispatcher["resumed"] = lambda _n: events.append("resumed")

        def wait_for(count: int, timeout: float = 10.0) -> None:
            deadline = time.monotonic() + timeout
            while len(events) < count and time.monotonic() < deadline:
                display.roundtrip()
                time.sleep(0.05)

        wait_for(1)
        assert events == ["idled"]  # nobody touched anything for 0.7 s
        plasma.nudge()
        wait_for(2)
        assert events == ["idled", "resumed"]
        plasma.type_text("a")  # a key press into the desktop counts too
        time.sleep(0.2)
        wait_for(3)
        assert events[2] == "idled"
        plasma.press("Shift")
        wait_for(4)
        assert events == ["idled", "resumed", "idled", "resumed"]
    finally:
        display.disconnect()


def test_plasmas_own_notification_button_is_pressed(plasma: PlasmaSession) -> None:
    sender = subprocess.Popen(
        [
            "notify-send",
            "--app-name=Harness",
            "--expire-time=0",
            "--action=start=Start",
            "--action=snooze=Snooze 5 min",
            "Break time",
            "Stand up and stretch",
        ],
        env=plasma.env_wayland(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        note = plasma.wait_for_notification("Break time")
        assert note["action_pairs"] == {"start": "Start", "snooze": "Snooze 5 min"}
        popup = plasma.press_notification_button("Snooze 5 min")
        assert popup.resource_class == "org.kde.plasmashell"
        out, _ = sender.communicate(timeout=10)
    finally:
        sender.kill()
        sender.wait()
    assert out.strip() == "snooze"
    invoked = plasma.signals("ActionInvoked")
    assert [(s["id"], s["action_key"]) for s in invoked] == [(note["id"], "snooze")]


def test_a_tray_icon_registers_with_a_late_watcher_and_is_drawn(tmp_path: Path) -> None:
    with PlasmaSession(tmp_path, watcher=False) as plasma:
        assert not plasma.name_has_owner("org.kde.StatusNotifierWatcher")
        assert plasma.tray_items() == []
        before = plasma.tray_area().count(lambda r, g, b: (r, g, b) == MAGENTA)
        plasma.start_watcher()
        shown = tmp_path / "tray.txt"
        plasma.spawn([sys.executable, str(PROBE), "tray", str(shown)], name="tray")
        items = plasma.wait(plasma.tray_items, "the probe's StatusNotifierItem")
        assert len(items) == 1
        magenta = plasma.wait(
            lambda: plasma.tray_area().count(lambda r, g, b: (r, g, b) == MAGENTA) > 100,
            "the magenta icon drawn in the panel",
        )
        assert magenta and before == 0
        plasma.screenshot(tmp_path / "tray.png")


def test_breeze_dark(tmp_path: Path) -> None:
    with PlasmaSession(tmp_path, dark=True) as plasma:
        globals_ = (plasma.home / ".config" / "kdeglobals").read_text()
        assert "ColorScheme=BreezeDark" in globals_
        assert _brightness(plasma) < 80  # a dark panel
        sender = subprocess.Popen(
            ["notify-send", "-t", "0", "-A", "ok=Got it", "Dark", "Words on dark"],
            env=plasma.env_wayland(),
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            plasma.wait_for_notification("Dark")
            plasma.press_notification_button("Got it")  # read by OCR on a dark popup
            out, _ = sender.communicate(timeout=10)
        finally:
            sender.kill()
            sender.wait()
        assert out.strip() == "ok"
        plasma.screenshot(tmp_path / "dark.png")
