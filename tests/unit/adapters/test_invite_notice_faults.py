"""The invitation's notifier against a real private bus when the server is missing, shows no
buttons, closes the invitation itself, or is asked to take it back."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.invite_notice import DbusInviteNotice
from massage_break.adapters.notify import NotifierUnavailable
from tests.unit.adapters.dbus_standins import NotificationServer, PrivateBus, Reply


class NoButtons(NotificationServer):
    """A server that shows plain notifications only (no action buttons)."""

    def handle(
        self, path: str, interface: str, member: str, body: tuple[Any, ...], sender: str
    ) -> Reply:
        if member == "GetCapabilities":
            return "as", (["body"],)
        return super().handle(path, interface, member, body, sender)


def test_no_notification_server_means_no_notice_and_no_connection_left(
    session_bus: PrivateBus,
) -> None:
    before = session_bus.unique_names()
    with pytest.raises(NotifierUnavailable, match="no notification server"):
        DbusInviteNotice("Massage Break", "", bus=session_bus.address)
    assert session_bus.unique_names() == before


def test_a_server_without_buttons_cannot_carry_an_invitation(session_bus: PrivateBus) -> None:
    with NoButtons(session_bus.address) as server:
        before = session_bus.unique_names()
        with pytest.raises(NotifierUnavailable, match="no action buttons"):
            DbusInviteNotice("Massage Break", "", bus=session_bus.address)
        assert session_bus.unique_names() == before  # its connection was closed
        assert server.called("Notify") == []


def test_withdraw_closes_the_invitation_on_screen_once(
    qtbot: QtBot, session_bus: PrivateBus
) -> None:
    with NotificationServer(session_bus.address) as server:
        notice = DbusInviteNotice("Massage Break", "", bus=session_bus.address)
        answers: list[str] = []
        notice.answered.connect(answers.append)
        notice.show("Ana is taking a break", "Take a partner break together?")
        assert server.open == {1}
        notice.withdraw()
        assert server.called("CloseNotification") == [(1,)] and server.open == set()
        notice.withdraw()  # nothing on screen any more: no second call
        assert server.called("CloseNotification") == [(1,)]
        qtbot.wait(100)
        assert answers == []  # taking it back is not an answer
        notice.close()


def test_withdrawing_one_the_server_already_closed_is_quiet(
    qtbot: QtBot, session_bus: PrivateBus, caplog: pytest.LogCaptureFixture
) -> None:
    with NotificationServer(session_bus.address) as server:
        notice = DbusInviteNotice("Massage Break", "", bus=session_bus.address)
        notice.show("Ana is taking a break", "Take a partner break together?")
        server.open.clear()  # gone from the screen on the server's side
        with caplog.at_level(logging.DEBUG, logger="massage_break.adapters.notify"):
            notice.withdraw()
        assert "closing notification 1" in caplog.text
        notice.show("Ana is taking a break", "Take a partner break together?")
        assert server.open == {2}  # the notifier still works
        notice.close()
        assert server.open == set()


@pytest.mark.parametrize("reason", [1, 2])  # expired, closed by the user
def test_an_invitation_closed_unanswered_is_a_dismissal(
    qtbot: QtBot, session_bus: PrivateBus, reason: int
) -> None:
    with NotificationServer(session_bus.address) as server:
        notice = DbusInviteNotice("Massage Break", "", bus=session_bus.address)
        answers: list[str] = []
        notice.answered.connect(answers.append)
        notice.show("Ana is taking a break", "Take a partner break together?")
        closed = server.signal(server.PATH, server.IFACE, "NotificationClosed", "uu", (1, reason))
        server.emit(closed)
        qtbot.waitUntil(lambda: answers == ["dismiss"], timeout=3000)
        server.emit(closed)  # the same notification again: answered already
        qtbot.wait(100)
        assert answers == ["dismiss"]
        notice.close()
        assert server.called("CloseNotification") == []  # nothing left to take back


def test_closed_by_the_app_or_someone_elses_notification_is_no_answer(
    qtbot: QtBot, session_bus: PrivateBus
) -> None:
    with NotificationServer(session_bus.address) as server:
        notice = DbusInviteNotice("Massage Break", "", bus=session_bus.address)
        answers: list[str] = []
        notice.answered.connect(answers.append)
        notice.show("Ana is taking a break", "Take a partner break together?")
        server.emit(
            server.signal(server.PATH, server.IFACE, "NotificationClosed", "uu", (1, 3)),
            server.signal(server.PATH, server.IFACE, "NotificationClosed", "uu", (7, 2)),
            server.signal(server.PATH, server.IFACE, "ActionInvoked", "us", (1, "default")),
        )
        qtbot.wait(200)
        assert answers == []
        server.click(1, "join")
        qtbot.waitUntil(lambda: answers == ["join"], timeout=3000)
        notice.close()
