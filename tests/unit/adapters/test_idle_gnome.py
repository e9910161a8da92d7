"""GnomeIdleSource against a stand-in Mutter IdleMonitor on a private session bus."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.dbus_link import DBusLink
from massage_break.adapters.idle.errors import IdleUnavailable
from massage_break.adapters.idle.gnome import GnomeIdleSource
from tests.unit.adapters.dbus_standins import MutterIdleMonitor, PrivateBus, spoof

FIVE_MIN = timedelta(minutes=5)


class Events:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def idle(self) -> None:
        self.seen.append("idle")

    def active(self) -> None:
        self.seen.append("active")


@pytest.fixture
def mutter(session_bus: PrivateBus) -> Iterator[MutterIdleMonitor]:
    with MutterIdleMonitor(session_bus.address, idletime_ms=1234) as service:
        yield service


@pytest.fixture
def source(session_bus: PrivateBus, mutter: MutterIdleMonitor) -> Iterator[GnomeIdleSource]:
    src = GnomeIdleSource(bus=session_bus.address)
    yield src
    src.close()


def test_idle_time_comes_from_getidletime(
    source: GnomeIdleSource, mutter: MutterIdleMonitor
) -> None:
    assert (source.name, source.available) == ("gnome", True)
    assert source.idle() == timedelta(milliseconds=1234)
    mutter.idletime_ms = 2**40  # uint64: more than 32 bits survive
    assert source.idle() == timedelta(milliseconds=2**40)


def test_missing_service_is_a_clear_error(session_bus: PrivateBus) -> None:
    with pytest.raises(IdleUnavailable, match=r"org\.gnome\.Mutter\.IdleMonitor is not on"):
        GnomeIdleSource(bus=session_bus.address)
    assert session_bus.unique_names() == set()  # its own connection was closed


def test_no_session_bus_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(IdleUnavailable, match="DBUS_SESSION_BUS_ADDRESS is not set"):
        GnomeIdleSource()


def test_a_borrowed_link_stays_open_when_the_service_is_missing(
    session_bus: PrivateBus,
) -> None:
    link = DBusLink(session_bus.address)
    with pytest.raises(IdleUnavailable):
        GnomeIdleSource(link)
    assert link.connected and link.has_owner("org.freedesktop.DBus")
    link.close()


def test_watch_alternates_idle_and_active_and_rearms(
    qtbot: QtBot, source: GnomeIdleSource, mutter: MutterIdleMonitor
) -> None:
    events = Events()
    source.watch(FIVE_MIN, events.idle, events.active)
    assert mutter.idle_intervals() == [300_000]
    assert mutter.active_watches() == 0

    expected: list[str] = []
    for _ in range(3):
        mutter.fire_idle()
        expected.append("idle")
        qtbot.waitUntil(lambda: events.seen == expected)
        qtbot.waitUntil(lambda: mutter.active_watches() == 1)  # re-armed after each idle
        mutter.fire_active()
        expected.append("active")
        qtbot.waitUntil(lambda: events.seen == expected)
    assert mutter.idle_intervals() == [300_000]  # the idle watch was kept, not re-added
    assert len(mutter.called("AddUserActiveWatch")) == 3


def test_a_repeated_idle_firing_is_not_reported_twice(
    qtbot: QtBot, source: GnomeIdleSource, mutter: MutterIdleMonitor
) -> None:
    events = Events()
    source.watch(FIVE_MIN, events.idle, events.active)
    mutter.fire_idle()
    qtbot.waitUntil(lambda: mutter.active_watches() == 1)
    mutter.fire_idle()
    qtbot.wait(100)
    assert events.seen == ["idle"]
    assert mutter.active_watches() == 1


def test_signals_in_one_read_are_all_handled(
    qtbot: QtBot, source: GnomeIdleSource, mutter: MutterIdleMonitor
) -> None:
    events = Events()
    source.watch(FIVE_MIN, events.idle, events.active)
    qtbot.wait(50)  # let the drain that follows every call run first
    idle_id = mutter._ids(active=False)[0]
    owner = mutter.watches[idle_id][0]
    noise = mutter.signal(mutter.PATH, mutter.IFACE, "WatchFired", "u", (999,), destination=owner)
    mutter.emit(noise, noise, mutter.fired(idle_id), noise)
    time.sleep(0.3)  # no event processing: everything is in the socket before the first read
    qtbot.waitUntil(lambda: events.seen == ["idle"])


def test_signals_that_arrive_during_a_call_are_not_stranded(
    qtbot: QtBot, source: GnomeIdleSource, mutter: MutterIdleMonitor
) -> None:
    """WatchFired sent just before a GetIdletime reply lands in jeepney's buffer while the
    call waits; the socket notifier never sees it, so the link must drain after calls."""
    events = Events()
    source.watch(FIVE_MIN, events.idle, events.active)
    idle_id = mutter._ids(active=False)[0]

    def fire_first(member: str) -> None:
        if member == "GetIdletime":
            mutter.before_reply = None
            mutter.emit(mutter.fired(idle_id))

    mutter.before_reply = fire_first
    source.idle()
    assert events.seen == []  # not run inside idle()
    qtbot.waitUntil(lambda: events.seen == ["idle"])


def test_already_idle_at_watch_time_reports_idle_soon(
    qtbot: QtBot, source: GnomeIdleSource, mutter: MutterIdleMonitor
) -> None:
    mutter.idletime_ms = 400_000
    events = Events()
    source.watch(FIVE_MIN, events.idle, events.active)
    assert events.seen == []
    qtbot.waitUntil(lambda: events.seen == ["idle"])
    qtbot.waitUntil(lambda: mutter.active_watches() == 1)


def test_unwatch_and_rewatch_replace_the_watches(
    qtbot: QtBot, source: GnomeIdleSource, mutter: MutterIdleMonitor
) -> None:
    first, second = Events(), Events()
    source.watch(FIVE_MIN, first.idle, first.active)
    source.watch(timedelta(minutes=2), second.idle, second.active)
    assert mutter.idle_intervals() == [120_000]
    mutter.fire_idle()
    qtbot.waitUntil(lambda: second.seen == ["idle"])
    source.unwatch()
    assert mutter.watches == {}
    assert first.seen == []


def test_signals_from_an_impostor_are_ignored(
    qtbot: QtBot, source: GnomeIdleSource, mutter: MutterIdleMonitor, session_bus: PrivateBus
) -> None:
    events = Events()
    source.watch(FIVE_MIN, events.idle, events.active)
    idle_id = mutter._ids(active=False)[0]
    spoof(
        session_bus.address, mutter.signal(mutter.PATH, mutter.IFACE, "WatchFired", "u", (idle_id,))
    )
    qtbot.wait(150)
    assert events.seen == []


def test_watches_come_back_after_mutter_restarts(
    qtbot: QtBot, session_bus: PrivateBus, mutter: MutterIdleMonitor
) -> None:
    source = GnomeIdleSource(bus=session_bus.address)
    events = Events()
    source.watch(FIVE_MIN, events.idle, events.active)
    mutter.stop()
    with MutterIdleMonitor(session_bus.address) as restarted:
        qtbot.waitUntil(lambda: restarted.idle_intervals() == [300_000])
        restarted.fire_idle()
        qtbot.waitUntil(lambda: events.seen == ["idle"])
        qtbot.waitUntil(lambda: restarted.active_watches() == 1)
        source.close()


def test_a_lost_bus_means_zero_idle_not_an_exception(
    qtbot: QtBot,
    session_bus: PrivateBus,
    mutter: MutterIdleMonitor,
    caplog: pytest.LogCaptureFixture,
) -> None:
    source = GnomeIdleSource(bus=session_bus.address)
    source.watch(FIVE_MIN, lambda: None, lambda: None)
    mutter.stop()
    session_bus.stop()
    assert source.idle() == timedelta(0)
    assert source.idle() == timedelta(0)
    warnings = [r for r in caplog.records if "GNOME idle time unavailable" in r.getMessage()]
    assert len(warnings) == 1
    source.close()


def test_close_releases_the_connection(
    qapp: object, session_bus: PrivateBus, mutter: MutterIdleMonitor
) -> None:
    before = session_bus.unique_names()
    source = GnomeIdleSource(bus=session_bus.address)
    source.watch(FIVE_MIN, lambda: None, lambda: None)
    assert len(session_bus.unique_names() - before) == 1
    source.close()
    source.close()  # twice is fine
    assert session_bus.unique_names() == before
    assert source.idle() == timedelta(0)
