"""A break buddy's invitation as a desktop notification: Join / In 5 min / Decline.

It has its own D-Bus connection, separate from the break reminder's: the server sends
ActionInvoked only to the connection that called Notify, so each notifier hears the answers
to its own notifications, and a reminder and an invitation can be on screen together.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal

from massage_break.adapters.notify import CLOSED_BY_USER, CLOSED_EXPIRED, NotificationConnection
from massage_break.log import event

#: the action keys, in the order the buttons appear
ACTIONS = ("join", "later", "decline")


class DbusInviteNotice(NotificationConnection):
    """Emits `answered` with "join", "later", "decline", or "dismiss" (closed unanswered)."""

    answered = Signal(str)
    name = "dbus"

    def show(self, title: str, body: str) -> None:
        """Show the invitation, replacing one still on screen."""
        tr = QCoreApplication.translate
        actions = [
            "join",
            tr("buddy", "Join"),
            "later",
            tr("buddy", "In 5 min"),
            "decline",
            tr("buddy", "Decline"),
        ]
        nid = self._show(
            title, body, actions, {"urgency": ("y", 1), "category": ("s", "im.received")}
        )
        event("invite_notice_sent", id=nid)

    def _on_action(self, body: tuple[Any, ...]) -> None:
        nid, key = body[0], body[1]
        if nid == self._current and nid and key in ACTIONS:
            self._current = 0
            event("invite_notice_action", id=nid, action=key)
            self._close_quietly(nid)
            self.answered.emit(key)

    def _on_closed(self, body: tuple[Any, ...]) -> None:
        nid, reason = body[0], body[1]
        if nid == self._current and nid and reason in (CLOSED_EXPIRED, CLOSED_BY_USER):
            self._current = 0
            self.answered.emit("dismiss")
