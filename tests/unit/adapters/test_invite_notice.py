"""A buddy's invitation as a notification on its own D-Bus connection."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.invite_notice import DbusInviteNotice
from massage_break.adapters.notify import DbusNotifier, NotifierUnavailable
from tests.unit.adapters.dbus_standins import NotificationServer, PrivateBus


def test_join_later_decline_each_answer_once(qtbot: QtBot, session_bus: PrivateBus) -> None:
    with NotificationServer(session_bus.address) as server:
        notice = DbusInviteNotice("Massage Break", "", bus=session_bus.address)
        answers: list[str] = []
        notice.answered.connect(answers.append)
        notice.show("Ana is taking a break", "Take a partner break together?")
        call = server.called("Notify")[0]
        assert call[3:5] == ("Ana is taking a break", "Take a partner break together?")
        assert call[5] == ["join", "Join", "later", "In 5 min", "decline", "Decline"]
        server.click(1, "later")
        qtbot.waitUntil(lambda: answers == ["later"], timeout=3000)
        server.click(1, "join")  # the same notification again: already answered
        notice.show("Ana is taking a break", "Take a partner break together?")
        server.click(2, "decline")
        qtbot.waitUntil(lambda: answers == ["later", "decline"], timeout=3000)
        notice.close()


def test_the_reminder_and_the_invitation_hear_only_their_own_answers(
    qtbot: QtBot, session_bus: PrivateBus
) -> None:
    with NotificationServer(session_bus.address) as server:
        reminder = DbusNotifier("Massage Break", "", bus=session_bus.address)
        notice = DbusInviteNotice("Massage Break", "", bus=session_bus.address)
        heard: list[str] = []
        reminder.answered.connect(lambda a: heard.append(f"reminder:{a}"))
        notice.answered.connect(lambda a: heard.append(f"invite:{a}"))
        reminder.notify("Time for a break", "body", True)
        notice.show("Ana is taking a break", "Join?")
        server.click(2, "join")
        qtbot.waitUntil(lambda: heard == ["invite:join"], timeout=3000)
        qtbot.wait(100)
        assert heard == ["invite:join"]
        notice.withdraw()  # answered already: nothing to close
        reminder.close()
        notice.close()


def test_no_bus_means_no_notice(session_bus: PrivateBus) -> None:
    with pytest.raises(NotifierUnavailable):
        DbusInviteNotice("Massage Break", "", bus="unix:path=/nonexistent/bus")
