"""Idle inhibitors from the real services: gnome-session (with gnome-settings-daemon's
org.freedesktop.ScreenSaver proxy) and KWin + powerdevil, with real inhibitors
(gnome-session-inhibit, kde-inhibit, a program calling org.freedesktop.ScreenSaver.Inhibit)."""

from __future__ import annotations

import logging
import signal
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from jeepney import DBusAddress, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection
from pytestqt.qtbot import QtBot

from massage_break.adapters.context import INHIBITED, create_context_probe
from massage_break.adapters.context.inhibit import (
    FDO_POWER,
    GNOME_SESSION,
    POWERDEVIL,
    SessionInhibitSource,
    backends_for,
)
from massage_break.adapters.context.probe import ContextUnavailable
from massage_break.adapters.dbus_link import DBusLink
from tests.unit.adapters.dbus_standins import Fault, Reply, StandIn
from tests.unit.adapters.real_services import GNOME_SESSION as GNOME_SESSION_BIN
from tests.unit.adapters.real_services import (
    KWIN,
    SCREENSAVER_PROXY,
    UPOWERD,
    Services,
    missing,
    wait_until,
)
from tests.unit.adapters.real_services import POWERDEVIL as POWERDEVIL_BIN

_GNOME = missing(GNOME_SESSION_BIN, SCREENSAVER_PROXY, "gnome-session-inhibit", "dbus-daemon")
_PLASMA = missing(KWIN, POWERDEVIL_BIN, UPOWERD, "kde-inhibit", "dbus-daemon")
needs_gnome = pytest.mark.skipif(
    bool(_GNOME), reason=f"needs {', '.join(_GNOME)} (apt: gnome-session-bin gnome-settings-daemon)"
)
needs_plasma = pytest.mark.skipif(
    bool(_PLASMA), reason=f"needs {', '.join(_PLASMA)} (apt: kwin-wayland powerdevil upower)"
)
SAVER = "org.freedesktop.ScreenSaver"


class Events(logging.Handler):
    """The `inhibited` events the app logs."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.seen: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        fields = getattr(record, "fields", {})
        if fields.get("event") == "inhibited":
            self.seen.append(fields)


@pytest.fixture
def events() -> Iterator[Events]:
    handler = Events()
    logger = logging.getLogger("massage_break")
    old = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(old)


@pytest.fixture(scope="module")
def gnome() -> Iterator[Services]:
    with Services(system_bus=True) as services:
        services.gnome_session()
        services.screensaver_proxy()
        yield services


@pytest.fixture(scope="module")
def plasma() -> Iterator[Services]:
    with Services(system_bus=True) as services:
        services.plasma_power()
        yield services


def source(services: Services, **kw: Any) -> SessionInhibitSource:
    return SessionInhibitSource(DBusLink(services.session.address), **kw)


def inhibit(services: Services, *argv: str) -> subprocess.Popen[bytes]:
    return services.start(argv[0], argv)


def test_the_desktop_picks_the_order() -> None:
    assert backends_for("ubuntu:GNOME") == (GNOME_SESSION, POWERDEVIL, FDO_POWER)
    assert backends_for("KDE") == (POWERDEVIL, GNOME_SESSION, FDO_POWER)
    assert backends_for(None)[0] is GNOME_SESSION


def test_no_session_bus_means_unavailable(qapp: object) -> None:
    with pytest.raises(ContextUnavailable, match="no session bus"):
        SessionInhibitSource(bus="unix:path=/nonexistent/bus")


def test_a_closed_connection_means_unavailable(qapp: object) -> None:
    with Services() as services:
        link = DBusLink(services.session.address)
        link.close()
        with pytest.raises(ContextUnavailable, match="cannot follow"):
            SessionInhibitSource(link)


class NamelessManager(StandIn):
    """A session manager that says "inhibited" but cannot list its inhibitors: the hold still
    counts, just without a name (this exercises our error path, not gnome-session)."""

    bus_name = GNOME_SESSION.bus_name

    def handle(
        self, path: str, interface: str, member: str, body: tuple[Any, ...], sender: str
    ) -> Reply:
        if member == "IsInhibited":
            return "b", (True,)
        raise Fault("org.freedesktop.DBus.Error.AccessDenied", "not telling")


def test_inhibited_without_names_when_the_list_fails(qapp: object) -> None:
    with Services() as services, NamelessManager(services.session.address):
        src = source(services, desktop="GNOME")
        try:
            assert src.active() and src.by == []
        finally:
            src.close()


@needs_gnome
def test_gnome_idle_inhibitor_holds_and_names_the_app(
    qtbot: QtBot, gnome: Services, events: Events
) -> None:
    src = source(gnome, desktop="GNOME")
    try:
        assert src.backend is GNOME_SESSION and not src.active()
        backup = inhibit(gnome, "gnome-session-inhibit", "--inhibit", "suspend",
                         "--app-id", "org.example.Backup", "--inhibit-only")  # fmt: skip
        player = inhibit(gnome, "gnome-session-inhibit", "--inhibit", "idle",
                         "--app-id", "org.example.Player", "--reason", "Playing a film",
                         "--inhibit-only")  # fmt: skip
        qtbot.waitUntil(src.active, timeout=5000)
        assert src.by == ["org.example.Player"]  # the suspend-only one is not named
        assert {"event": "inhibited", "on": True, "by": "org.example.Player"} in events.seen
        gnome.stop(player)
        qtbot.waitUntil(lambda: not src.active(), timeout=5000)
        assert events.seen[-1] == {"event": "inhibited", "on": False, "by": ""}
        # a suspend inhibitor alone (a backup, a download) is not a video
        assert backup.poll() is None and not src.active()
        gnome.stop(backup)
    finally:
        src.close()


@needs_gnome
def test_freedesktop_screensaver_inhibit_reaches_gnome_session(
    qtbot: QtBot, gnome: Services
) -> None:
    """What a browser playing a video does: org.freedesktop.ScreenSaver.Inhibit, answered by
    gnome-settings-daemon's proxy; UnInhibit, or the program quitting, ends it."""
    src = source(gnome)
    saver = DBusAddress("/org/freedesktop/ScreenSaver", SAVER, SAVER)
    try:
        with open_dbus_connection(gnome.session.address) as browser:
            cookie = browser.send_and_get_reply(
                new_method_call(saver, "Inhibit", "ss", ("org.example.Browser", "video")),
                timeout=5,
            ).body[0]
            qtbot.waitUntil(src.active, timeout=5000)
            assert src.by == ["org.example.Browser"]
            browser.send_and_get_reply(new_method_call(saver, "UnInhibit", "u", (cookie,)))
            qtbot.waitUntil(lambda: not src.active(), timeout=5000)
            browser.send_and_get_reply(new_method_call(saver, "Inhibit", "ss", ("b", "video")))
            qtbot.waitUntil(src.active, timeout=5000)
        # the browser left the bus without UnInhibit
        qtbot.waitUntil(lambda: not src.active(), timeout=5000)
    finally:
        src.close()


@needs_gnome
def test_a_session_manager_that_starts_later_or_dies_is_followed(
    qtbot: QtBot, events: Events
) -> None:
    with Services(system_bus=True) as services:
        src = source(services, desktop="GNOME")
        try:
            assert src.backend is None and not src.active()
            manager = services.gnome_session()
            qtbot.waitUntil(lambda: src.backend is GNOME_SESSION, timeout=5000)
            inhibit(services, "gnome-session-inhibit", "--inhibit", "idle:logout",
                    "--app-id", "org.example.Slides", "--inhibit-only")  # fmt: skip
            qtbot.waitUntil(src.active, timeout=5000)
            services.stop(manager, signal.SIGKILL)  # inhibiting, then gone
            qtbot.waitUntil(lambda: src.backend is None and not src.active(), timeout=5000)
            services.session.stop()  # the bus itself goes away
            qtbot.waitUntil(lambda: not src._link.connected, timeout=5000)
            assert not src.active() and events.seen[-1]["on"] is False
        finally:
            src.close()


@needs_gnome
def test_a_service_that_does_not_answer_counts_as_not_inhibited(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    with Services() as services, open_dbus_connection(services.session.address) as hung:
        Proxy(message_bus, hung).RequestName(GNOME_SESSION.bus_name, 4)
        with caplog.at_level(logging.WARNING, logger="massage_break.adapters.context"):
            src = source(services, desktop="GNOME")
        try:
            assert src.backend is GNOME_SESSION and not src.active()
            assert "cannot read the idle inhibitors from gnome-session" in caplog.text
        finally:
            src.close()


@needs_gnome
def test_the_context_probe_holds_for_an_inhibited_session(
    qtbot: QtBot, gnome: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", gnome.session.address)
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    probe = create_context_probe()
    try:
        assert f"{INHIBITED}=dbus" in probe.name.split()
        assert INHIBITED not in probe.reasons()
        player = inhibit(gnome, "gnome-session-inhibit", "--inhibit", "idle",
                         "--app-id", "org.example.Player", "--inhibit-only")  # fmt: skip
        qtbot.waitUntil(lambda: INHIBITED in probe.reasons(), timeout=5000)
        gnome.stop(player)
        qtbot.waitUntil(lambda: INHIBITED not in probe.reasons(), timeout=5000)
    finally:
        probe.close()


@needs_plasma
def test_plasma_screen_inhibition_holds(qtbot: QtBot, plasma: Services, events: Events) -> None:
    """kde-inhibit --screenSaver calls org.freedesktop.ScreenSaver.Inhibit; KWin's screen
    locker hands it to powerdevil, which enforces it after 5 s."""
    src = source(plasma, desktop="KDE")
    try:
        assert src.backend is POWERDEVIL and not src.active()
        film = inhibit(plasma, "kde-inhibit", "--screenSaver", "sleep", "60")
        qtbot.waitUntil(src.active, timeout=12000)
        assert src.by == ["Running Script"]  # the name kde-inhibit gives itself
        assert events.seen[-1] == {"event": "inhibited", "on": True, "by": "Running Script"}
        plasma.stop(film)
        qtbot.waitUntil(lambda: not src.active(), timeout=5000)
    finally:
        src.close()


@needs_plasma
def test_plasma_power_only_inhibition_is_not_idle_but_the_old_interface_says_so(
    qtbot: QtBot, plasma: Services
) -> None:
    """kde-inhibit --power (org.freedesktop.PowerManagement.Inhibit: "do not suspend") is not
    a video for powerdevil's policy agent; the old HasInhibit, used where there is no policy
    agent (Xfce's power manager), counts it."""
    kde = source(plasma, desktop="KDE")
    old = source(plasma, backends=(FDO_POWER,))
    try:
        assert old.backend is FDO_POWER and not old.active()
        download = inhibit(plasma, "kde-inhibit", "--power", "sleep", "60")
        qtbot.waitUntil(old.active, timeout=12000)
        assert old.by == []  # that interface does not say who
        wait_until(lambda: plasma.has_owner("org.kde.Solid.PowerManagement"), 1, "powerdevil")
        qtbot.wait(500)  # InhibitionsChanged follows HasInhibitChanged
        assert not kde.active()
        plasma.stop(download)
        qtbot.waitUntil(lambda: not old.active(), timeout=5000)
    finally:
        kde.close()
        old.close()
