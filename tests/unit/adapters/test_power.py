"""PowerMonitor against stand-in logind (on a second daemon playing the system bus) and
screen savers (on the session bus)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.power import PowerMonitor
from tests.unit.adapters.dbus_standins import (
    GnomeScreenSaver,
    Logind,
    PrivateBus,
    ScreenSaver,
    StandIn,
    spoof,
)

SENTINEL = "org.example.Sentinel"


def settled(qtbot: QtBot, monitor: PowerMonitor, *senders: StandIn) -> None:
    """Wait until the monitor has handled everything these stand-ins sent so far: each sends
    a sentinel signal after it, and D-Bus keeps one sender's messages in order."""
    seen: list[tuple[int]] = []
    subs = [
        (link, link.subscribe(seen.append, interface=SENTINEL, member="Ping"))
        for link in monitor._links
    ]
    for n, sender in enumerate(senders):
        sender.emit(sender.signal("/sentinel", SENTINEL, "Ping", "u", (n,)))
    qtbot.waitUntil(lambda: sorted(body[0] for body in seen) == list(range(len(senders))))
    for link, sub in subs:
        link.unsubscribe(sub)


class Recorder:
    def __init__(self, monitor: PowerMonitor) -> None:
        self.sleeping: list[bool] = []
        self.locked: list[bool] = []
        monitor.sleeping.connect(self.sleeping.append)
        monitor.locked.connect(self.locked.append)


@pytest.fixture
def logind(system_bus: PrivateBus) -> Iterator[Logind]:
    with Logind(system_bus.address) as service:
        yield service


@pytest.fixture
def monitor(
    qapp: object, session_bus: PrivateBus, system_bus: PrivateBus, logind: Logind
) -> Iterator[PowerMonitor]:
    pm = PowerMonitor(session_bus=session_bus.address, system_bus=system_bus.address)
    yield pm
    pm.close()


def test_all_sources_found(monitor: PowerMonitor, logind: Logind) -> None:
    assert monitor.sources == ["logind-sleep", "logind-session", "screensaver"]
    assert monitor.session_path == Logind.SESSION
    assert monitor.is_locked is False  # LockedHint read at start
    assert logind.called("GetSessionByPID")


def test_prepare_for_sleep(qtbot: QtBot, monitor: PowerMonitor, logind: Logind) -> None:
    with qtbot.waitSignal(monitor.sleeping, timeout=3000) as going:
        logind.prepare_for_sleep(True)
    assert going.args == [True]
    with qtbot.waitSignal(monitor.sleeping, timeout=3000) as back:
        logind.prepare_for_sleep(False)
    assert back.args == [False]


def test_locked_hint_and_lock_requests(qtbot: QtBot, monitor: PowerMonitor, logind: Logind) -> None:
    with qtbot.waitSignal(monitor.locked, timeout=3000) as locked:
        logind.locked_hint(True)
    assert locked.args == [True] and monitor.is_locked is True
    with qtbot.waitSignal(monitor.locked, timeout=3000) as unlocked:
        logind.lock_request("Unlock")
    assert unlocked.args == [False]
    with qtbot.waitSignal(monitor.locked, timeout=3000) as again:
        logind.lock_request("Lock")
    assert again.args == [True]


def test_screen_savers_on_the_session_bus(
    qtbot: QtBot, monitor: PowerMonitor, session_bus: PrivateBus
) -> None:
    with ScreenSaver(session_bus.address) as kde:
        with qtbot.waitSignal(monitor.locked, timeout=3000) as kde_on:
            kde.active_changed(True)
        assert kde_on.args == [True]
    with GnomeScreenSaver(session_bus.address) as gnome:
        with qtbot.waitSignal(monitor.locked, timeout=3000) as gnome_off:
            gnome.active_changed(False)
        assert gnome_off.args == [False]


def test_several_signals_in_one_read_are_all_seen(
    qtbot: QtBot, monitor: PowerMonitor, session_bus: PrivateBus
) -> None:
    record = Recorder(monitor)
    with ScreenSaver(session_bus.address) as kde:
        qtbot.wait(50)
        kde.active_changed(True, False, True)
        time.sleep(0.3)  # all three are in the socket before Qt looks
        qtbot.waitUntil(lambda: record.locked == [True, False, True])


def test_the_same_lock_from_several_sources_is_reported_once(
    qtbot: QtBot, monitor: PowerMonitor, logind: Logind, session_bus: PrivateBus
) -> None:
    record = Recorder(monitor)
    with ScreenSaver(session_bus.address) as kde:
        kde.active_changed(True)
        logind.locked_hint(True)
        logind.lock_request("Lock")
        qtbot.waitUntil(lambda: record.locked == [True])
        settled(qtbot, monitor, kde, logind)
        assert record.locked == [True]
        logind.locked_hint(False)
        kde.active_changed(False)
        qtbot.waitUntil(lambda: record.locked == [True, False])
        settled(qtbot, monitor, kde, logind)
        assert record.locked == [True, False]


def test_signals_from_impostors_are_ignored(
    qtbot: QtBot, monitor: PowerMonitor, logind: Logind, system_bus: PrivateBus
) -> None:
    record = Recorder(monitor)
    spoof(
        system_bus.address,
        logind.signal(Logind.PATH, Logind.MANAGER, "PrepareForSleep", "b", (True,)),
    )
    spoof(system_bus.address, logind.signal(Logind.SESSION, Logind.SESSION_IFACE, "Lock"))
    logind.prepare_for_sleep(False)  # the real one, sent after the impostor's
    qtbot.waitUntil(lambda: record.sleeping == [False])
    settled(qtbot, monitor, logind)
    assert record.sleeping == [False] and record.locked == []


def test_session_found_with_get_session_auto(
    qapp: object, session_bus: PrivateBus, system_bus: PrivateBus
) -> None:
    with Logind(system_bus.address, by_pid=False, locked=True) as logind:
        pm = PowerMonitor(session_bus.address, system_bus.address)
        assert pm.session_path == Logind.SESSION
        assert pm.is_locked is True
        assert logind.called("GetSession") == [("auto",)]
        pm.close()


def test_default_system_bus_comes_from_the_environment(
    qtbot: QtBot, system_bus: PrivateBus, logind: Logind, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", system_bus.address)
    pm = PowerMonitor(session_bus=None)
    assert pm.sources == ["logind-sleep", "logind-session"]
    with qtbot.waitSignal(pm.sleeping, timeout=3000):
        logind.prepare_for_sleep(True)
    pm.close()


def test_missing_buses_and_services_are_skipped(
    system_bus: PrivateBus, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="massage_break.adapters.power")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    pm = PowerMonitor(session_bus="SESSION", system_bus=system_bus.address)  # no logind
    assert pm.sources == [] and pm.is_locked is None
    pm.close()
    assert system_bus.unique_names() == set()
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "org.freedesktop.login1 is not on the system bus" in text
    assert "DBUS_SESSION_BUS_ADDRESS is not set" in text

    pm = PowerMonitor(session_bus="unix:path=/nonexistent/bus", system_bus="unix:path=/nope")
    assert pm.sources == []
    pm.close()
    pm = PowerMonitor(session_bus=None, system_bus=None)
    assert pm.sources == []
    pm.close()


def test_no_login_session_still_gives_sleep_notices(qtbot: QtBot, system_bus: PrivateBus) -> None:
    class Sessionless(Logind):
        def handle(self, path, interface, member, body, sender):  # type: ignore[no-untyped-def]
            if member in ("GetSessionByPID", "GetSession"):
                from tests.unit.adapters.dbus_standins import Fault

                raise Fault("org.freedesktop.login1.NoSuchSession", "none")
            return super().handle(path, interface, member, body, sender)

    with Sessionless(system_bus.address) as logind:
        pm = PowerMonitor(session_bus=None, system_bus=system_bus.address)
        assert pm.sources == ["logind-sleep"] and pm.session_path is None
        with qtbot.waitSignal(pm.sleeping, timeout=3000):
            logind.prepare_for_sleep(True)
        pm.close()


def test_close_releases_everything(
    qtbot: QtBot,
    session_bus: PrivateBus,
    system_bus: PrivateBus,
    logind: Logind,
) -> None:
    before = (session_bus.unique_names(), system_bus.unique_names())
    pm = PowerMonitor(session_bus.address, system_bus.address)
    record = Recorder(pm)
    assert len(session_bus.unique_names() - before[0]) == 1
    assert len(system_bus.unique_names() - before[1]) == 1
    pm.close()
    assert (session_bus.unique_names(), system_bus.unique_names()) == before
    live = PowerMonitor(session_bus.address, system_bus.address)
    heard = Recorder(live)
    logind.prepare_for_sleep(True)
    logind.locked_hint(True)
    qtbot.waitUntil(lambda: heard.sleeping == [True] and heard.locked == [True])
    settled(qtbot, live, logind)  # a monitor still open has had both: the closed one none
    assert record.sleeping == [] and record.locked == []
    live.close()
    pm.close()


def test_a_dying_system_bus_is_survived(
    qtbot: QtBot, session_bus: PrivateBus, system_bus: PrivateBus, logind: Logind
) -> None:
    pm = PowerMonitor(session_bus.address, system_bus.address)
    logind.stop()
    system_bus.stop()
    with ScreenSaver(session_bus.address) as kde, qtbot.waitSignal(pm.locked, timeout=3000):
        kde.active_changed(True)
    pm.close()
