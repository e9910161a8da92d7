"""The D-Bus notifier against a stand-in server that closes notifications itself."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_break.adapters.notify import DbusNotifier
from tests.unit.adapters.dbus_standins import NotificationServer, PrivateBus


def _notifier(bus: PrivateBus) -> DbusNotifier:
    return DbusNotifier("Massage Break", "", bus=bus.address)


def test_start_survives_a_server_that_closed_the_notification_first(
    qtbot: QtBot, session_bus: PrivateBus
) -> None:
    with NotificationServer(session_bus.address) as server:
        notifier = _notifier(session_bus)
        answers: list[str] = []
        notifier.answered.connect(answers.append)
        notifier.notify("Time for a break", "You have been sitting for 1 h.", can_snooze=True)
        server.click(1, "start")
        qtbot.waitUntil(lambda: answers == ["start"], timeout=3000)
        # the app's own CloseNotification got InvalidId; the answer still arrived, once
        qtbot.waitUntil(lambda: server.called("CloseNotification") == [(1,)], timeout=3000)
        qtbot.wait(100)
        assert answers == ["start"]
        notifier.withdraw()  # nothing open any more: no call, no error
        notifier.close()
        assert server.called("CloseNotification") == [(1,)]


def test_a_click_on_the_notification_body_starts_the_break(
    qtbot: QtBot, session_bus: PrivateBus
) -> None:
    with NotificationServer(session_bus.address) as server:
        notifier = _notifier(session_bus)
        answers: list[str] = []
        notifier.answered.connect(answers.append)
        notifier.notify("Time for a break", "body", can_snooze=False, can_skip=False)
        call = server.called("Notify")[0]
        assert call[0] == "Massage Break"
        # the desktop finds the app's name and icon through the desktop file of this id
        assert call[6]["desktop-entry"] == ("s", "io.github.massage_break.MassageBreak")
        actions = call[5]
        # one labelled Start: the default action has no label, so no server draws two
        assert actions == ["default", "", "start", "Start break"]
        server.click(1, "default")
        qtbot.waitUntil(lambda: answers == ["start"], timeout=3000)
        notifier.close()


def test_closing_after_the_server_went_away_raises_nothing(
    qtbot: QtBot, session_bus: PrivateBus
) -> None:
    server = NotificationServer(session_bus.address)
    notifier = _notifier(session_bus)
    notifier.notify("Time for a break", "body", can_snooze=True)
    server.stop()  # the server (or the whole bus) is gone at logout
    notifier.close()
    assert server.called("Notify")


def test_an_extra_action_is_offered_and_answered_by_its_key(
    qtbot: QtBot, session_bus: PrivateBus
) -> None:
    with NotificationServer(session_bus.address) as server:
        notifier = _notifier(session_bus)
        answers: list[str] = []
        notifier.answered.connect(answers.append)
        notifier.notify("Time for a break", "body", False, False, extra=(("buddy", "With Ana"),))
        assert server.called("Notify")[0][5] == [
            "default",
            "",
            "start",
            "Start break",
            "buddy",
            "With Ana",
        ]
        server.click(1, "buddy")
        qtbot.waitUntil(lambda: answers == ["buddy"], timeout=3000)
        notifier.notify("Time for a break", "body", False, False)
        server.click(2, "buddy")  # offered last time only: only the closing counts
        qtbot.waitUntil(lambda: answers == ["buddy", "dismiss"], timeout=3000)
        notifier.close()
