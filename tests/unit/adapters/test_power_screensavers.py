"""PowerMonitor against real screen savers (MATE's and Cinnamon's, each on its own Xvfb, on a
private session bus), driven by their own command-line tools, and killed while active."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.power import SCREENSAVERS, PowerMonitor
from tests.unit.adapters.dbus_standins import Logind
from tests.unit.adapters.real_services import (
    CINNAMON_SAVER,
    KWIN,
    MATE_SAVER,
    Services,
    missing,
)

_MATE = missing(MATE_SAVER, "mate-screensaver-command", "Xvfb", "dbus-daemon")
_CINNAMON = missing(CINNAMON_SAVER, "cinnamon-screensaver-command", "Xvfb", "dbus-daemon")
needs_mate = pytest.mark.skipif(
    bool(_MATE), reason=f"needs {', '.join(_MATE)} (apt: mate-screensaver xvfb)"
)
needs_cinnamon = pytest.mark.skipif(
    bool(_CINNAMON),
    reason=f"needs {', '.join(_CINNAMON)} (apt: cinnamon-screensaver cinnamon-common "
    "gir1.2-cvc-1.0 gir1.2-caribou-1.0)",
)

_KWIN = missing(KWIN, "dbus-send", "dbus-daemon")
needs_kwin = pytest.mark.skipif(bool(_KWIN), reason=f"needs {', '.join(_KWIN)} (apt: kwin-wayland)")


class Seen:
    def __init__(self, monitor: PowerMonitor) -> None:
        self.locked: list[bool] = []
        monitor.locked.connect(self.locked.append)


@pytest.fixture
def services() -> Iterator[Services]:
    with Services() as s:
        yield s


@pytest.fixture
def monitor(qapp: object, services: Services) -> Iterator[PowerMonitor]:
    pm = PowerMonitor(session_bus=services.session.address, system_bus=None)
    yield pm
    pm.close()


def test_every_screen_saver_name_is_followed() -> None:
    assert set(SCREENSAVERS) == {
        "org.freedesktop.ScreenSaver",
        "org.gnome.ScreenSaver",
        "org.mate.ScreenSaver",
        "org.cinnamon.ScreenSaver",
        "org.xfce.ScreenSaver",
    }


@needs_mate
def test_mate_screensaver_activation_lock_and_crash(
    qtbot: QtBot, services: Services, monitor: PowerMonitor
) -> None:
    display = services.xvfb()
    saver = services.mate_screensaver(display)
    seen = Seen(monitor)
    command = "mate-screensaver-command"
    services.run([command, "--activate"], display)
    qtbot.waitUntil(lambda: seen.locked == [True], timeout=5000)
    assert monitor.active_savers == {"org.mate.ScreenSaver"}
    services.run([command, "--deactivate"], display)
    qtbot.waitUntil(lambda: seen.locked == [True, False], timeout=5000)
    services.run([command, "--lock"], display)
    qtbot.waitUntil(lambda: seen.locked == [True, False, True], timeout=5000)
    # locked, and then the screen saver is gone: it can never say "inactive" now
    services.stop(saver, signal.SIGKILL)
    qtbot.waitUntil(lambda: seen.locked == [True, False, True, False], timeout=5000)
    assert monitor.is_locked is False and monitor.active_savers == set()


@needs_cinnamon
def test_cinnamon_screensaver_lock_unlock_and_exit(
    qtbot: QtBot, services: Services, monitor: PowerMonitor
) -> None:
    display = services.xvfb()
    saver = services.cinnamon_screensaver(display)
    seen = Seen(monitor)
    command = "cinnamon-screensaver-command"
    services.run([command, "--lock"], display)
    qtbot.waitUntil(lambda: seen.locked == [True], timeout=10000)
    services.run([command, "--deactivate"], display)
    qtbot.waitUntil(lambda: seen.locked == [True, False], timeout=10000)
    services.run([command, "--lock"], display)
    qtbot.waitUntil(lambda: seen.locked == [True, False, True], timeout=10000)
    services.stop(saver)  # asked to quit while locked: it leaves without ActiveChanged(false)
    qtbot.waitUntil(lambda: seen.locked[-1] is False, timeout=10000)
    assert not services.has_owner("org.cinnamon.ScreenSaver")


@needs_kwin
def test_kwin_screen_locker_and_kwin_dying_while_locked(
    qtbot: QtBot, services: Services, monitor: PowerMonitor
) -> None:
    """Plasma on Wayland: KWin's own screen locker locks (ActiveChanged on both of its
    paths, reported once); KWin crashing while locked ends the lock."""
    kwin = services.kwin()
    seen = Seen(monitor)
    subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.ScreenSaver",
         "/ScreenSaver", "org.freedesktop.ScreenSaver.Lock"],
        env=services.env, check=True, timeout=20, capture_output=True,
    )  # fmt: skip
    qtbot.waitUntil(lambda: seen.locked == [True], timeout=10000)
    assert monitor.active_savers == {"org.freedesktop.ScreenSaver"}
    services.stop(kwin, signal.SIGKILL)
    qtbot.waitUntil(lambda: seen.locked == [True, False], timeout=5000)


@needs_mate
@needs_cinnamon
def test_a_lock_ends_only_when_no_screen_saver_still_holds_it(
    qtbot: QtBot, services: Services, monitor: PowerMonitor
) -> None:
    """Two screen savers: one that was never active leaving changes nothing; the active one
    leaving ends the lock."""
    mate = services.mate_screensaver(services.xvfb())
    display = services.xvfb()
    cinnamon = services.cinnamon_screensaver(display)
    seen = Seen(monitor)
    services.run(["cinnamon-screensaver-command", "--lock"], display)
    qtbot.waitUntil(lambda: seen.locked == [True], timeout=10000)
    services.stop(mate, signal.SIGKILL)
    services.wait_gone("org.mate.ScreenSaver")
    qtbot.wait(300)
    assert seen.locked == [True] and monitor.is_locked is True
    services.stop(cinnamon, signal.SIGKILL)
    qtbot.waitUntil(lambda: seen.locked == [True, False], timeout=5000)


@needs_mate
def test_a_screen_saver_leaving_does_not_end_a_logind_lock(
    qtbot: QtBot, services: Services
) -> None:
    """logind still says the session is locked (its LockedHint): the lock stays."""
    system = Services()
    try:
        with Logind(system.session.address) as logind:
            monitor = PowerMonitor(
                session_bus=services.session.address, system_bus=system.session.address
            )
            try:
                seen = Seen(monitor)
                display = services.xvfb()
                saver = services.mate_screensaver(display)
                logind.locked_hint(True)
                qtbot.waitUntil(lambda: seen.locked == [True], timeout=5000)
                services.run(["mate-screensaver-command", "--lock"], display)
                qtbot.waitUntil(lambda: bool(monitor.active_savers), timeout=5000)
                services.stop(saver, signal.SIGKILL)
                qtbot.waitUntil(lambda: not monitor.active_savers, timeout=5000)
                assert seen.locked == [True] and monitor.is_locked is True
                logind.locked_hint(False)
                qtbot.waitUntil(lambda: seen.locked == [True, False], timeout=5000)
            finally:
                monitor.close()
    finally:
        system.close()
