"""Break reminders as freedesktop notifications with Start / Snooze / Skip.

QtDBus cannot send Notify (it cannot marshal the uint32 argument), so this goes through
DBusLink (jeepney). The server sends ActionInvoked only to the connection that called Notify,
so one connection sends and listens.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from massage_break.adapters.dbus_link import BusUnavailable, CallFailed, DBusLink
from massage_break.identity import APP_ID
from massage_break.log import event

log = logging.getLogger(__name__)

#: buttons a reminder offers besides the default action: GNOME Shell draws no more than
#: three, so every server gets the same first three (Start, an extra, Snooze, Skip)
MAX_ACTIONS = 3
CLOSED_EXPIRED, CLOSED_BY_USER = 1, 2
NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class NotifierUnavailable(RuntimeError):
    pass


class NotificationConnection(QObject):
    """One connection to the notification server, for one kind of notification. The server
    sends ActionInvoked only to the connection that called Notify, so each kind (the break
    reminder, a buddy's invitation) has its own and hears the answers to its own.
    Subclasses define `_on_action(body)` and `_on_closed(body)`."""

    def __init__(self, app_name: str, icon: str, bus: str = "SESSION") -> None:
        super().__init__()
        try:
            self._link = DBusLink(bus, self)
        except BusUnavailable as exc:
            raise NotifierUnavailable(f"no session bus: {exc}") from exc
        try:
            caps = self._call("GetCapabilities")[0]
            server = self._call("GetServerInformation")
            if "actions" not in caps:
                raise NotifierUnavailable(f"{server[0]} shows no action buttons")
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
        self.server = f"{server[0]} {server[2]}"
        self._app_name, self._icon = app_name, icon
        self._current = 0

    def _on_action(self, body: tuple[Any, ...]) -> None: ...  # (id, action key)

    def _on_closed(self, body: tuple[Any, ...]) -> None: ...  # (id, reason)

    def _call(self, member: str, signature: str = "", body: tuple[Any, ...] = ()) -> Any:
        return self._link.call(NAME, PATH, NAME, member, signature, body, auto_start=True)

    def _show(self, title: str, body: str, actions: list[str], hints: dict[str, Any]) -> int:
        """Notify, replacing this connection's notification still on screen; its id."""
        hints = {"desktop-entry": ("s", APP_ID), **hints}
        self._current = self._call(
            "Notify",
            "susssasa{sv}i",
            (self._app_name, self._current, self._icon, title, body, actions, hints, 0),
        )[0]
        return int(self._current)

    def _close_quietly(self, nid: int) -> None:
        """CloseNotification for `nid`. The server may have closed it already (GNOME's
        notification-daemon closes it after an action and then answers InvalidId), or be
        gone: the spec allows both, and neither may cost the user's answer."""
        try:
            self._call("CloseNotification", "u", (nid,))
        except CallFailed as exc:
            log.debug("closing notification %d: %s", nid, exc)

    def close(self) -> None:
        self.withdraw()
        self._link.close()

    def withdraw(self) -> None:
        if self._current:
            nid, self._current = self._current, 0
            self._close_quietly(nid)


class DbusNotifier(NotificationConnection):
    """Emits `answered` with "start", "snooze", "skip", "dismiss" or an extra action's key."""

    answered = Signal(str)
    name = "dbus"
    surface = "notification"

    def __init__(self, app_name: str, icon: str, bus: str = "SESSION") -> None:
        super().__init__(app_name, icon, bus)
        self._answered: set[int] = set()
        self._offered: frozenset[str] = frozenset()  # the action keys of the current one
        log.info("notifications via %s", self.server)

    def notify(
        self,
        title: str,
        body: str,
        can_snooze: bool,
        can_skip: bool = True,
        urgency: int = 1,
        extra: tuple[tuple[str, str], ...] = (),
        resident: bool = False,
    ) -> None:
        """Takes this reminder's earlier notification down first (a repeat, an escalation), so
        one reminder is one notification. It is closed and sent anew rather than replaced
        (replaces_id): GNOME Shell 43 redraws a banner replaced while on screen without any
        buttons, and the critical repeat could then not be snoozed or skipped."""
        tr = QCoreApplication.translate  # the same words as the reminder window ("prompt")
        buttons = [("start", tr("prompt", "Start break")), *extra]  # e.g. "Take it with Ana"
        if can_snooze:
            buttons.append(("snooze", tr("prompt", "Snooze")))
        if can_skip:  # the first to go: Skip is in the break's own window too
            buttons.append(("skip", tr("prompt", "Skip")))
        buttons = buttons[:MAX_ACTIONS]
        # The default action (a click on the notification) has no label: servers that draw a
        # labelled default as a button (xfce4-notifyd) would show a second Start button.
        actions = ["default", ""]
        for key, label in buttons:
            actions += [key, label]
        self._offered = frozenset(key for key, _label in buttons)
        hints: dict[str, Any] = {"urgency": ("y", urgency), "category": ("s", "presence")}
        if resident:
            hints["resident"] = ("b", True)
        closed = self._current
        if closed:
            self.withdraw()  # its late answer or close is not taken for this reminder's
        nid = self._show(title, body, actions, hints)
        event(
            "notification_sent",
            id=nid,
            actions=[key for key, _label in buttons],
            urgency=urgency,
            resident=resident,
            closed=closed,
        )

    def withdraw(self) -> None:
        """Take the reminder off the screen; an answer to it after this is not taken."""
        if self._current:
            self._answered.add(self._current)
        super().withdraw()

    def _mine(self, nid: int) -> bool:
        return nid == self._current and nid not in self._answered

    def _on_action(self, body: tuple[Any, ...]) -> None:
        nid, key = body[0], body[1]
        answer = "start" if key == "default" else key
        if self._mine(nid) and (answer == "start" or answer in self._offered):
            self._answered.add(nid)
            event("notification_action", id=nid, action=answer)
            self.withdraw()  # some servers keep it on screen after an action
            self.answered.emit(answer)

    def _on_closed(self, body: tuple[Any, ...]) -> None:
        nid, reason = body[0], body[1]
        if self._mine(nid) and reason in (CLOSED_EXPIRED, CLOSED_BY_USER):
            self._answered.add(nid)
            self._current = 0
            event("notification_closed", id=nid, reason=reason)
            self.answered.emit("dismiss")
