"""DBusLink, the jeepney connection the D-Bus adapters share, on a private bus."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.dbus_link import BusUnavailable, CallFailed, DBusLink
from tests.unit.adapters.dbus_standins import GnomeScreenSaver, PrivateBus

IFACE = "org.gnome.ScreenSaver"


def test_calls_and_errors(session_bus: PrivateBus) -> None:
    link = DBusLink(session_bus.address)
    assert link.unique_name.startswith(":")
    assert link.has_owner("org.freedesktop.DBus")
    assert not link.has_owner("org.example.Nobody")
    with pytest.raises(CallFailed, match="NameHasNoOwner") as info:
        link.call("org.example.Nobody", "/", "org.example.X", "Hello")
    assert info.value.error_name == "org.freedesktop.DBus.Error.NameHasNoOwner"  # no auto-start
    link.close()
    assert not link.connected and link.unique_name == ""
    with pytest.raises(CallFailed, match="closed"):
        link.has_owner("org.freedesktop.DBus")


def test_unreachable_buses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(BusUnavailable, match="DBUS_SESSION_BUS_ADDRESS is not set"):
        DBusLink()
    with pytest.raises(BusUnavailable, match="cannot connect"):
        DBusLink("unix:path=/nonexistent/bus")
    with pytest.raises(BusUnavailable, match="not supported"):
        DBusLink("tcp:host=localhost,port=1")


def test_a_failing_handler_does_not_stop_the_others(
    qtbot: QtBot, session_bus: PrivateBus, caplog: pytest.LogCaptureFixture
) -> None:
    link = DBusLink(session_bus.address)
    seen: list[Any] = []

    def broken(body: tuple[Any, ...]) -> None:
        raise ValueError("boom")

    link.subscribe(broken, interface=IFACE, member="ActiveChanged")
    kept = link.subscribe(seen.append, interface=IFACE, member="ActiveChanged")
    with GnomeScreenSaver(session_bus.address) as saver:
        saver.active_changed(True)
        qtbot.waitUntil(lambda: seen == [(True,)])
        link.unsubscribe(kept)
        link.unsubscribe(kept)  # twice is harmless
        after: list[Any] = []
        link.subscribe(after.append, interface=IFACE, member="ActiveChanged")
        saver.active_changed(False)
        qtbot.waitUntil(lambda: after == [(False,)])  # the same signal reached the link
    assert seen == [(True,)]
    assert any(r.levelno == logging.ERROR and "handler failed" in r.message for r in caplog.records)
    link.close()


def test_lost_is_emitted_when_the_bus_dies(qtbot: QtBot, session_bus: PrivateBus) -> None:
    link = DBusLink(session_bus.address)
    link.subscribe(lambda body: None, interface=IFACE, member="ActiveChanged")
    with qtbot.waitSignal(link.lost, timeout=3000):
        session_bus.stop()
    assert not link.connected
    with pytest.raises(CallFailed):
        link.has_owner("org.freedesktop.DBus")
    link.close()
