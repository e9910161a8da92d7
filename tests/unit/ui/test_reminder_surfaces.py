"""One reminder, one answer: an answer on any surface takes every other surface of that
reminder away. The notification is the real DbusNotifier on a private bus (a stand-in server
that behaves like GNOME's notification-daemon), the window is the real PromptWindow opened by
Windows, the balloon the real TrayNotifier."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from massage_break.adapters.notify import DbusNotifier
from massage_break.core.engine import Engine
from massage_break.core.model import Outcome
from massage_break.core.settings import Settings
from massage_break.ui.commands import CommandHandler
from massage_break.ui.controller import AppController
from massage_break.ui.prompt_window import PromptWindow
from massage_break.ui.tray import Tray
from massage_break.ui.tray_notifier import TrayNotifier
from massage_break.ui.windows import Windows
from tests.conftest import ASSETS
from tests.fakes import (
    FakeClock,
    FakeScheduler,
    MemoryHistory,
    MemorySettings,
    RecordingNotifier,
    ScriptedIdle,
)
from tests.unit.adapters.dbus_standins import (
    HAVE_DBUS_DAEMON,
    NotificationServer,
    PrivateBus,
    private_bus,
)
from tests.unit.ui.living import live_until
from tests.unit.ui.shipped import shipped_catalog

# reminders at 30 min, again at 35 (escalated: escalate_after=1), 40, 45
SETTINGS = Settings(typing_grace_s=0, escalate_after=1)


@pytest.fixture
def server(qtbot: QtBot) -> Iterator[NotificationServer]:
    if not HAVE_DBUS_DAEMON:
        pytest.skip("dbus-daemon is not installed")
    with private_bus() as bus, NotificationServer(bus.address) as standin:
        standin.bus = bus  # type: ignore[attr-defined]
        yield standin


def dbus_notifier(server: NotificationServer) -> DbusNotifier:
    bus: PrivateBus = server.bus  # type: ignore[attr-defined]
    return DbusNotifier("Massage Break", "", bus=bus.address)


class Rig:
    def __init__(self, notifier: Any, *, window_on_escalation: bool = True) -> None:
        self.clock = FakeClock()
        self.sched = FakeScheduler()
        self.history = MemoryHistory()
        self.notifier = notifier
        self.c = AppController(
            Engine(SETTINGS, shipped_catalog()),
            self.clock,
            self.sched,
            ScriptedIdle(),
            notifier,
            self.history,
            MemorySettings(),
            probe_seconds=15,
            window_on_escalation=window_on_escalation,
        )
        notifier.answered.connect(self.c.answer)
        self.windows = Windows(self.c, Path(ASSETS), 60)
        self.start = self.clock.now()
        self.c.start()

    def live_until(self, minutes: float) -> None:
        live_until(self.clock, self.sched, self.c, self.start + timedelta(minutes=minutes))

    @property
    def window(self) -> PromptWindow:
        assert self.windows.prompt is not None, "the small window was never shown"
        return self.windows.prompt

    def window_up(self) -> bool:
        return self.windows.prompt is not None and self.windows.prompt.isVisible()

    def outcomes(self) -> list[Outcome]:
        return [r.outcome for r in self.history.rows]

    def close(self) -> None:
        if self.windows.routine is not None:
            self.windows.routine.close()
        self.c.scheduler.shutdown()
        self.notifier.close()


def withdrawn(caplog: pytest.LogCaptureFixture) -> list[list[str]]:
    return [
        r.fields["surfaces"]  # type: ignore[attr-defined]
        for r in caplog.records
        if getattr(r, "fields", {}).get("event") == "reminder_withdrawn"
    ]


def sent(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [
        r.fields  # type: ignore[attr-defined]
        for r in caplog.records
        if getattr(r, "fields", {}).get("event") == "notification_sent"
        and r.fields.get("notifier") is None  # type: ignore[attr-defined]
    ]


@pytest.fixture(autouse=True)
def _events(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="massage_break")


# ---------------------------------------------------------------- notification and window


def test_start_on_the_notification_takes_the_window_away(
    qtbot: QtBot, server: NotificationServer, caplog: pytest.LogCaptureFixture
) -> None:
    r = Rig(dbus_notifier(server))
    r.live_until(36)  # reminded at 30, escalated at 35: notification and window
    assert r.window_up()
    (first, second) = sent(caplog)
    # one reminder, one notification: the escalation takes the first one down
    assert second["closed"] == first["id"] != second["id"]
    assert (first["id"],) in server.called("CloseNotification")
    assert (second["urgency"], second["resident"]) == (2, True)
    server.click(first["id"], "start")  # a stale banner: not taken
    assert r.windows.routine is None
    server.click(second["id"], "start")
    qtbot.waitUntil(lambda: r.windows.routine is not None, timeout=3000)
    assert not r.window_up()
    assert withdrawn(caplog) == [["notification", "window"]]
    r.close()


def test_snooze_in_the_window_closes_the_notification_and_a_stale_click_does_nothing(
    qtbot: QtBot, server: NotificationServer, caplog: pytest.LogCaptureFixture
) -> None:
    """The issue: the window answered, the critical notification stayed, and a click on it
    minutes later started a break."""
    r = Rig(dbus_notifier(server))
    r.live_until(36)
    nid = sent(caplog)[-1]["id"]
    qtbot.mouseClick(r.window.btn_snooze, Qt.MouseButton.LeftButton)
    assert r.outcomes() == [Outcome.SNOOZED] and not r.window_up()
    qtbot.waitUntil(lambda: (nid,) in server.called("CloseNotification"), timeout=3000)
    assert nid not in server.open
    assert withdrawn(caplog) == [["notification", "window"]]
    # the user clicks what they still see of it (a server that kept it): nothing happens
    server.click(nid, "start")
    qtbot.wait(200)
    assert r.windows.routine is None and r.outcomes() == [Outcome.SNOOZED]
    r.close()


def test_a_closed_notification_takes_the_window_with_it(
    qtbot: QtBot, server: NotificationServer, caplog: pytest.LogCaptureFixture
) -> None:
    r = Rig(dbus_notifier(server))
    r.live_until(36)
    nid = sent(caplog)[-1]["id"]
    server.emit(server.signal(server.PATH, server.IFACE, "NotificationClosed", "uu", (nid, 2)))
    qtbot.waitUntil(lambda: r.outcomes() == [Outcome.DISMISSED], timeout=3000)
    assert not r.window_up() and withdrawn(caplog) == [["notification", "window"]]
    # the first one was taken down for the escalation; the closed one is not closed again
    assert server.called("CloseNotification") == [(sent(caplog)[0]["id"],)]
    r.close()


def test_the_tray_menu_and_the_break_now_command_take_both_away(
    qtbot: QtBot, server: NotificationServer, caplog: pytest.LogCaptureFixture
) -> None:
    tray = Tray()
    r = Rig(dbus_notifier(server))
    tray.take_break.connect(r.c.take_break_now)
    r.live_until(36)
    nid = sent(caplog)[-1]["id"]
    tray.act_break.trigger()  # "Take a break now" while the reminder is up
    assert r.windows.routine is not None and not r.window_up()
    qtbot.waitUntil(lambda: (nid,) in server.called("CloseNotification"), timeout=3000)
    assert withdrawn(caplog) == [["notification", "window"]]
    r.windows.routine.btn_done.click()
    qtbot.waitUntil(lambda: r.windows.routine is None)

    r.live_until(36 + 36)  # the next stretch: reminded, then escalated again
    nid = sent(caplog)[-1]["id"]
    assert r.window_up()
    reply = CommandHandler(r.c).handle({"command": "break-now"})
    assert reply["ok"] and not r.window_up() and r.windows.routine is not None
    qtbot.waitUntil(lambda: (nid,) in server.called("CloseNotification"), timeout=3000)
    assert withdrawn(caplog)[-1] == ["notification", "window"]
    r.close()


# ---------------------------------------------------------------- Wayland: no window


def test_on_wayland_the_escalation_is_a_resident_critical_notification_only(
    qtbot: QtBot, server: NotificationServer, caplog: pytest.LogCaptureFixture
) -> None:
    r = Rig(dbus_notifier(server), window_on_escalation=False)
    r.live_until(46)  # reminded at 30, 35, 40, 45
    assert r.windows.prompt is None  # never a window
    calls = server.called("Notify")
    assert len(calls) == 4 and len(server.open) == 1  # the last one only, never stacked
    ids = [e["id"] for e in sent(caplog)]
    assert [e["closed"] for e in sent(caplog)] == [0, *ids[:-1]]  # each taken down for the next
    assert [c[1] for c in calls] == [0, 0, 0, 0]  # never replaced (GNOME Shell 43's empty banner)
    assert [c[6]["urgency"] for c in calls] == [("y", 1), ("y", 2), ("y", 2), ("y", 2)]
    assert [c[6].get("resident") for c in calls] == [None, ("b", True), ("b", True), ("b", True)]
    # the body says the minutes of each repeat
    assert [c[4].split(")")[0] for c in calls[1:]] == [
        "Still sitting (35 min",
        "Still sitting (40 min",
        "Still sitting (45 min",
    ]
    server.click(ids[0], "snooze")  # the first banner, taken down: not taken
    server.click(ids[-1], "snooze")
    qtbot.waitUntil(lambda: r.outcomes() == [Outcome.SNOOZED], timeout=3000)
    assert withdrawn(caplog) == [["notification"]]
    r.close()


def test_on_wayland_a_failed_notification_still_falls_back_to_the_window(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    r = Rig(RecordingNotifier(fail=True), window_on_escalation=False)
    r.live_until(31)
    assert r.window_up() and r.window.body.text().startswith("You have been sitting for 30")
    qtbot.mouseClick(r.window.btn_skip, Qt.MouseButton.LeftButton)
    assert r.outcomes() == [Outcome.SKIPPED] and withdrawn(caplog) == [["window"]]
    r.close()


# ---------------------------------------------------------------- the tray balloon


def test_a_balloon_click_takes_the_window_away_and_a_window_answer_the_balloon(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    icon = QSystemTrayIcon()
    balloon = TrayNotifier(icon)
    r = Rig(balloon)
    r.live_until(36)
    assert r.window_up()
    icon.messageClicked.emit()  # a click on the balloon: Start
    assert r.windows.routine is not None and not r.window_up()
    assert withdrawn(caplog) == [["balloon", "window"]]
    r.windows.routine.btn_done.click()
    qtbot.waitUntil(lambda: r.windows.routine is None)

    r.live_until(36 + 36)
    assert r.window_up()
    qtbot.mouseClick(r.window.btn_snooze, Qt.MouseButton.LeftButton)
    assert withdrawn(caplog)[-1] == ["balloon", "window"]
    icon.messageClicked.emit()  # the old balloon, still on screen: nothing happens
    assert r.windows.routine is None
    assert r.outcomes() == [Outcome.COMPLETED, Outcome.SNOOZED]
    r.close()


def test_the_window_as_the_only_notifier_is_withdrawn_by_the_tray_menu(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    window = PromptWindow()
    qtbot.addWidget(window)
    r = Rig(window)
    r.live_until(36)
    assert window.isVisible() and r.windows.prompt is None  # never a second window
    r.c.take_break_now()
    assert not window.isVisible() and withdrawn(caplog) == [["window"]]
    r.close()
