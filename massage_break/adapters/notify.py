"""Break reminders as freedesktop notifications with Start / Snooze / Skip, over jeepney.

QtDBus cannot send Notify (it cannot marshal the uint32 argument), so jeepney does. The server
sends ActionInvoked only to the connection that called Notify, so one connection sends and
listens; its socket is watched by a QSocketNotifier inside the Qt event loop, and jeepney's
own buffer is drained after every read (one read may carry several messages).
"""

from __future__ import annotations

import logging
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from massage_break.log import event

log = logging.getLogger(__name__)

ACTIONS = ("start", "snooze", "skip")
_CLOSED_EXPIRED, _CLOSED_BY_USER = 1, 2


class NotifierUnavailable(RuntimeError):
    pass


class DbusNotifier(QObject):
    """Emits `answered` with "start", "snooze", "skip" or "dismiss"."""

    answered = Signal(str)
    name = "dbus"

    def __init__(self, app_name: str, icon: str, bus: str = "SESSION") -> None:
        super().__init__()
        try:
            from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
            from jeepney.io.blocking import Proxy, open_dbus_connection
        except ImportError as exc:  # not on Linux, or not installed
            raise NotifierUnavailable(f"jeepney is not available: {exc}") from exc
        self._new_call = new_method_call
        self._addr = DBusAddress(
            "/org/freedesktop/Notifications",
            bus_name="org.freedesktop.Notifications",
            interface="org.freedesktop.Notifications",
        )
        self._queue: deque[Any] = deque()
        self._watch: QSocketNotifier | None = None
        try:
            self._conn: Any = open_dbus_connection(bus=bus)
        except (OSError, KeyError, ValueError) as exc:
            raise NotifierUnavailable(f"no session bus: {exc}") from exc
        try:
            caps = self._call("GetCapabilities", "", ())[0]
            server = self._call("GetServerInformation", "", ())
        except Exception as exc:
            self._conn.close()
            raise NotifierUnavailable(f"no notification server: {exc}") from exc
        if "actions" not in caps:
            self._conn.close()
            raise NotifierUnavailable(f"{server[0]} shows no action buttons")
        self.server = f"{server[0]} {server[2]}"
        rule_args = {
            "type": "signal",
            "interface": self._addr.interface,
            "path": self._addr.object_path,
        }
        self._filter = self._conn.filter(MatchRule(**rule_args), queue=self._queue)
        Proxy(message_bus, self._conn).AddMatch(MatchRule(**rule_args))
        self._app_name, self._icon = app_name, icon
        self._current = 0
        self._answered: set[int] = set()
        self._watch = QSocketNotifier(self._conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._drain)
        log.info("notifications via %s", self.server)

    def _call(self, member: str, signature: str, body: tuple[Any, ...]) -> Any:
        msg = self._new_call(self._addr, member, signature, body)
        reply = self._conn.send_and_get_reply(msg, timeout=3)
        # Signals that arrived while waiting for the reply sit in jeepney's buffer or our
        # queue, where the socket notifier cannot see them: look at them once we are back.
        QTimer.singleShot(0, self._drain)
        if reply.header.message_type.name == "error":
            raise NotifierUnavailable(f"{member} failed: {reply.body}")
        return reply.body

    def notify(
        self, title: str, body: str, can_snooze: bool, can_skip: bool = True, urgency: int = 1
    ) -> None:
        actions = ["default", "Start", "start", "Start break"]
        if can_snooze:
            actions += ["snooze", "Snooze"]
        if can_skip:
            actions += ["skip", "Skip"]
        hints = {
            "urgency": ("y", urgency),
            "desktop-entry": ("s", "massage-break"),
            "category": ("s", "presence"),
        }
        self._current = self._call(
            "Notify",
            "susssasa{sv}i",
            (self._app_name, self._current, self._icon, title, body, actions, hints, 0),
        )[0]
        event("notification_sent", id=self._current, actions=actions[2::2])

    def withdraw(self) -> None:
        if self._current:
            nid, self._current = self._current, 0
            self._answered.add(nid)
            self._call("CloseNotification", "u", (nid,))

    def _drain(self, *_: object) -> None:
        """Read everything the socket and jeepney's buffer hold, then act on our signals."""
        if self._watch is None or not self._watch.isEnabled():
            return  # not fully set up, or closed
        while True:
            try:
                self._conn.recv_messages(timeout=0)
            except TimeoutError:
                break
            except OSError as exc:
                log.warning("notification connection lost: %s", exc)
                self._watch.setEnabled(False)
                return
        while self._queue:
            self._handle(self._queue.popleft())

    def _handle(self, msg: Any) -> None:
        member = msg.header.fields.get(3)  # HeaderFields.member
        nid = msg.body[0]
        if nid != self._current or nid in self._answered:
            return
        if member == "ActionInvoked":
            key = msg.body[1]
            answer = "start" if key == "default" else key
            if answer in ACTIONS:
                self._answered.add(nid)
                event("notification_action", id=nid, action=answer)
                self.withdraw()  # some servers keep it on screen after an action
                self.answered.emit(answer)
        elif member == "NotificationClosed" and msg.body[1] in (_CLOSED_EXPIRED, _CLOSED_BY_USER):
            self._answered.add(nid)
            self._current = 0
            event("notification_closed", id=nid, reason=msg.body[1])
            self.answered.emit("dismiss")

    def close(self) -> None:
        try:
            self.withdraw()
        except Exception as exc:  # the bus may already be gone at shutdown
            log.debug("withdraw at close failed: %s", exc)
        if self._watch is not None:
            self._watch.setEnabled(False)
        self._conn.close()
