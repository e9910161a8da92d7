"""A break buddy's invitation as a desktop notification: Join / In 5 min / Decline.

It has its own D-Bus connection, separate from the break reminder's: the server sends
ActionInvoked only to the connection that called Notify, so each notifier hears the answers
to its own notifications, and a reminder and an invitation can be on screen together.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from massage_break.adapters.dbus_link import BusUnavailable, CallFailed, DBusLink
from massage_break.adapters.notify import NAME, PATH, NotifierUnavailable
from massage_break.identity import APP_ID
from massage_break.log import event

log = logging.getLogger(__name__)

#: the action keys, in the order the buttons appear
ACTIONS = ("join", "later", "decline")
_CLOSED_EXPIRED, _CLOSED_BY_USER = 1, 2


class DbusInviteNotice(QObject):
    """Emits `answered` with "join", "later", "decline", or "dismiss" (closed unanswered)."""

    answered = Signal(str)
    name = "dbus"

    def __init__(self, app_name: str, icon: str, bus: str = "SESSION") -> None:
        super().__init__()
        try:
            self._link = DBusLink(bus, self)
        except BusUnavailable as exc:
            raise NotifierUnavailable(f"no session bus: {exc}") from exc
        try:
            caps = self._call("GetCapabilities")[0]
            if "actions" not in caps:
                raise NotifierUnavailable("the notification server shows no action buttons")
            self._link.subscribe(self._on_action, interface=NAME, member="ActionInvoked", path=PATH)
            self._link.subscribe(
                self._on_closed, interface=NAME, member="NotificationClosed", path=PATH
            )
        except (CallFailed, BusUnavailable) as exc:
            self._link.close()
            raise NotifierUnavailable(f"no notification server: {exc}") from exc
        except NotifierUnavailable:
            self._link.close()
            raise
        self._app_name, self._icon = app_name, icon
        self._current = 0

    def _call(self, member: str, signature: str = "", body: tuple[Any, ...] = ()) -> Any:
        return self._link.call(NAME, PATH, NAME, member, signature, body, auto_start=True)

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
        hints = {
            "urgency": ("y", 1),
            "desktop-entry": ("s", APP_ID),
            "category": ("s", "im.received"),
        }
        self._current = self._call(
            "Notify",
            "susssasa{sv}i",
            (self._app_name, self._current, self._icon, title, body, actions, hints, 0),
        )[0]
        event("invite_notice_sent", id=self._current)

    def withdraw(self) -> None:
        """Take the invitation off the screen (answered elsewhere, or no answer in time)."""
        if self._current:
            nid, self._current = self._current, 0
            try:
                self._call("CloseNotification", "u", (nid,))
            except CallFailed as exc:  # closed already by the server, or the server is gone
                log.debug("closing invitation %d: %s", nid, exc)

    def _on_action(self, body: tuple[Any, ...]) -> None:
        nid, key = body[0], body[1]
        if nid == self._current and nid and key in ACTIONS:
            self._current = 0
            event("invite_notice_action", id=nid, action=key)
            try:
                self._call("CloseNotification", "u", (nid,))
            except CallFailed as exc:
                log.debug("closing invitation %d: %s", nid, exc)
            self.answered.emit(key)

    def _on_closed(self, body: tuple[Any, ...]) -> None:
        nid, reason = body[0], body[1]
        if nid == self._current and nid and reason in (_CLOSED_EXPIRED, _CLOSED_BY_USER):
            self._current = 0
            self.answered.emit("dismiss")

    def close(self) -> None:
        self.withdraw()
        self._link.close()
