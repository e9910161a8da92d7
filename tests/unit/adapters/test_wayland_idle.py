"""WaylandIdleSource against real compositors: a bare KWin 5.27 (ext-idle-notify-v1 and
org_kde_kwin_idle) and sway 1.7 (org_kde_kwin_idle), each fresh per test, driven with the
input they count as the user's (KWin's fake input, wtype)."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.idle import create_idle_source
from massage_break.adapters.idle.errors import IdleUnavailable
from massage_break.adapters.idle.wayland import EXT_IDLE, KDE_IDLE, WaylandIdleSource
from tests.e2e.shells.compositors import KWin, Sway
from tests.unit.adapters.dbus_standins import PrivateBus, ScreenSaver

TIMEOUT = timedelta(milliseconds=300)  # short, so the tests are quick


@pytest.fixture
def kwin(tmp_path: Path) -> Iterator[KWin]:
    with KWin(tmp_path / "kwin") as compositor:
        yield compositor


@pytest.fixture
def sway(tmp_path: Path) -> Iterator[Sway]:
    with Sway(tmp_path / "sway") as compositor:
        yield compositor


def idle_then_active(qtbot: QtBot, source: WaylandIdleSource, user_input: object) -> None:
    """No input: idle from the timeout on, growing; then real input: active again."""
    qtbot.waitUntil(lambda: source.idle() >= TIMEOUT, timeout=5000)
    first = source.idle()
    qtbot.wait(200)
    assert source.idle() >= first + timedelta(milliseconds=150)  # it grows with the clock
    user_input()  # type: ignore[operator]
    qtbot.waitUntil(lambda: source.idle() == timedelta(0), timeout=5000)
    qtbot.waitUntil(lambda: source.idle() >= TIMEOUT, timeout=5000)  # and idle again


def test_kwin_offers_ext_idle_notify_first(qtbot: QtBot, kwin: KWin) -> None:
    source = WaylandIdleSource(str(kwin.socket), timeout=TIMEOUT)
    try:
        assert (source.name, source.available) == (EXT_IDLE, True)
        assert source.idle() == timedelta(0)  # no event yet: recent input, as far as known
        with kwin.fake_input() as fake:
            idle_then_active(qtbot, source, fake.key)
            idle_then_active(qtbot, source, fake.move)  # the pointer counts too
    finally:
        source.close()


def test_kwin_org_kde_kwin_idle(qtbot: QtBot, kwin: KWin) -> None:
    source = WaylandIdleSource(str(kwin.socket), protocols=(KDE_IDLE,), timeout=TIMEOUT)
    try:
        assert source.name == KDE_IDLE
        with kwin.fake_input() as fake:
            idle_then_active(qtbot, source, fake.key)
    finally:
        source.close()


def test_sway_offers_org_kde_kwin_idle(qtbot: QtBot, sway: Sway) -> None:
    assert "ext_idle_notifier_v1" not in sway.globals()  # sway 1.7; 1.8 has it
    source = WaylandIdleSource(str(sway.socket), timeout=TIMEOUT)
    try:
        assert source.name == KDE_IDLE
        idle_then_active(qtbot, source, sway.type_key)
    finally:
        source.close()


def test_the_environment_names_the_display(
    qtbot: QtBot, sway: Sway, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", str(sway.socket))
    source = WaylandIdleSource()
    try:
        assert source.name == KDE_IDLE and source.timeout == timedelta(seconds=2)
    finally:
        source.close()


def test_a_compositor_without_the_protocols(sway: Sway) -> None:
    with pytest.raises(IdleUnavailable, match=r"offers no ext_idle_notifier_v1 on a seat"):
        WaylandIdleSource(str(sway.socket), protocols=(EXT_IDLE,))


def test_no_wayland_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    with pytest.raises(IdleUnavailable, match="WAYLAND_DISPLAY is not set"):
        WaylandIdleSource()


def test_nothing_listens_at_the_display(tmp_path: Path) -> None:
    with pytest.raises(IdleUnavailable, match="cannot connect to the Wayland display"):
        WaylandIdleSource(str(tmp_path / "wayland-9"))


def test_a_server_that_hangs_up_at_once(tmp_path: Path) -> None:
    """Something at the socket accepts the connection and closes it, as a compositor that
    dies while we connect."""
    path = tmp_path / "wayland-0"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(1)
        server.settimeout(5)

        def hang_up() -> None:
            conn, _ = server.accept()
            conn.close()

        thread = threading.Thread(target=hang_up)
        thread.start()
        try:
            with pytest.raises(IdleUnavailable, match="closed the connection"):
                WaylandIdleSource(str(path))
        finally:
            thread.join(5)


def test_the_compositor_dying_is_logged_once_and_counts_as_active(
    qtbot: QtBot, kwin: KWin, caplog: pytest.LogCaptureFixture
) -> None:
    source = WaylandIdleSource(str(kwin.socket), timeout=TIMEOUT)
    back: list[str] = []
    try:
        source.watch(TIMEOUT, lambda: back.append("idle"), lambda: back.append("active"))
        qtbot.waitUntil(lambda: back == ["idle"], timeout=5000)
        assert source.idle() >= TIMEOUT
        kwin.kill()
        qtbot.waitUntil(lambda: not source.available, timeout=5000)
        assert source.idle() == timedelta(0)  # no idle time known: the user counts as active
        assert back == ["idle", "active"]  # a watcher waiting for the return is let go
        qtbot.wait(200)
        warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1 and "compositor went away" in warnings[0]
    finally:
        source.close()


def test_watch_says_idle_after_the_time_then_active_at_input(qtbot: QtBot, kwin: KWin) -> None:
    source = WaylandIdleSource(str(kwin.socket), timeout=TIMEOUT)
    seen: list[str] = []
    try:
        with kwin.fake_input() as fake:
            source.watch(
                timedelta(milliseconds=800),
                lambda: seen.append("idle"),
                lambda: seen.append("active"),
            )
            qtbot.waitUntil(lambda: source.idle() >= TIMEOUT, timeout=5000)
            assert seen == []  # idle, but not yet for 800 ms
            qtbot.waitUntil(lambda: seen == ["idle"], timeout=5000)
            assert source.idle() >= timedelta(milliseconds=800)
            fake.key()
            qtbot.waitUntil(lambda: seen == ["idle", "active"], timeout=5000)
            # input before the watch's time: neither callback
            qtbot.waitUntil(lambda: source.idle() >= TIMEOUT, timeout=5000)
            fake.key()
            qtbot.waitUntil(lambda: source.idle() == timedelta(0), timeout=5000)
            assert seen == ["idle", "active"]
            # a watch added while the user is already away that long: idle at once
            qtbot.waitUntil(lambda: source.idle() >= timedelta(milliseconds=500), timeout=5000)
            late: list[str] = []
            source.watch(TIMEOUT, lambda: late.append("idle"), lambda: late.append("active"))
            assert late == []  # never from inside watch()
            qtbot.waitUntil(lambda: late == ["idle"], timeout=1000)
            source.unwatch()
            fake.key()
            qtbot.waitUntil(lambda: source.idle() == timedelta(0), timeout=5000)
            qtbot.wait(100)
            assert late == ["idle"] and seen == ["idle", "active"]  # unwatched: no more calls
    finally:
        source.close()


# ---- choosing it ----------------------------------------------------------------------------


@pytest.fixture
def wayland_session(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    monkeypatch.setattr(sys, "platform", "linux")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    caplog.set_level(logging.INFO, logger="massage_break.adapters.idle")
    yield


@pytest.mark.usefixtures("wayland_session")
def test_kwin_session_chooses_ext_idle_notify_after_gnome(
    qtbot: QtBot,
    kwin: KWin,
    session_bus: PrivateBus,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", str(kwin.socket))
    # Plasma's screen saver, which cannot tell the idle time on Wayland, comes after it
    with ScreenSaver(session_bus.address, error="org.freedesktop.DBus.Error.NotSupported"):
        before = session_bus.unique_names()
        source = create_idle_source(session_bus.address)
        try:
            assert source.name == EXT_IDLE and source.available
            assert session_bus.unique_names() == before  # the unused bus link was closed
        finally:
            source.close()
    info = [r.getMessage() for r in caplog.records]
    assert any("gnome unavailable" in m for m in info)
    assert "activity detection: ext-idle-notify" in info


@pytest.mark.usefixtures("wayland_session")
def test_sway_session_chooses_kde_idle(
    qtbot: QtBot, sway: Sway, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", str(sway.socket))
    source = create_idle_source()  # no session bus at all
    try:
        assert source.name == KDE_IDLE
    finally:
        source.close()


@pytest.mark.usefixtures("wayland_session")
def test_a_dead_wayland_display_falls_through_to_the_screensaver(
    tmp_path: Path,
    session_bus: PrivateBus,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", str(tmp_path / "gone"))
    with ScreenSaver(session_bus.address):
        source = create_idle_source(session_bus.address)
        assert source.name == "screensaver"
        source.close()
    info = [r.getMessage() for r in caplog.records]
    assert any("wayland unavailable: cannot connect" in m for m in info)


@pytest.mark.usefixtures("wayland_session")
def test_a_wayland_session_without_a_display_name(caplog: pytest.LogCaptureFixture) -> None:
    create_idle_source()
    assert "idle source wayland skipped: WAYLAND_DISPLAY is not set" in [
        r.getMessage() for r in caplog.records
    ]


def test_x11_users_do_not_load_pywayland(tmp_path: Path) -> None:
    """An X11 session never imports the Wayland module (nor pywayland)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "WAYLAND", "XDG_SES"))}
    env.update(XDG_SESSION_TYPE="x11", DISPLAY=":9876", WAYLAND_DISPLAY=str(tmp_path / "w"))
    code = (
        "import sys; from massage_break.adapters.idle import create_idle_source; "
        "s = create_idle_source(); "
        "print(s.name, 'pywayland' in sys.modules, "
        "'massage_break.adapters.idle.wayland' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert done.stdout.split() == ["none", "False", "False"]
