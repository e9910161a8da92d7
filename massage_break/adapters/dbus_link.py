"""One jeepney D-Bus connection inside the Qt event loop.

Method calls block the GUI thread for at most `timeout` seconds; the services asked here answer
locally within milliseconds. Signals arrive when a QSocketNotifier reports the socket readable,
but jeepney may already hold more messages than the socket shows: one read can carry several,
and a blocking call keeps the signals that came before its reply. So every wake-up drains
jeepney's buffer completely, and a call made while signals are subscribed schedules one more
drain on the next turn of the event loop (the same pattern as adapters/notify.py).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal

try:
    from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, new_method_call
    from jeepney.io.blocking import open_dbus_connection
    from jeepney.low_level import MessageFlag

    _JEEPNEY_ERROR = ""
except ImportError as exc:  # jeepney is a dependency on Linux only
    _JEEPNEY_ERROR = str(exc)

log = logging.getLogger(__name__)

DBUS_NAME = "org.freedesktop.DBus"
DBUS_PATH = "/org/freedesktop/DBus"
CALL_TIMEOUT = 3.0

SignalHandler = Callable[[tuple[Any, ...]], None]


class BusUnavailable(RuntimeError):
    """The bus cannot be reached: no address, nothing listening, or jeepney missing."""


class CallFailed(RuntimeError):
    """A method call got an error reply, no reply in time, or the connection broke."""

    def __init__(self, member: str, reason: str, error_name: str | None = None) -> None:
        super().__init__(f"{member}: {reason}")
        self.error_name = error_name


@dataclass(eq=False)
class Subscription:
    rule: Any  # jeepney MatchRule, checked locally (without the sender: see subscribe)
    handler: SignalHandler


def _describe(bus: str, exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"{exc.args[0]} is not set"
    return f"cannot connect to the {bus.lower()} bus: {exc}"


class DBusLink(QObject):
    """A connection to one bus. `bus` is "SESSION", "SYSTEM" or a D-Bus address.

    Emits `lost` once if the bus goes away; later calls raise CallFailed.
    """

    lost = Signal()

    def __init__(self, bus: str = "SESSION", parent: QObject | None = None) -> None:
        super().__init__(parent)
        if _JEEPNEY_ERROR:
            raise BusUnavailable(f"jeepney is not available: {_JEEPNEY_ERROR}")
        self.bus = bus
        self._queue: deque[Any] = deque()
        self._subs: list[Subscription] = []
        self._filter: Any = None
        self._notifier: QSocketNotifier | None = None
        try:
            self._conn: Any = open_dbus_connection(bus=bus)
        except (OSError, KeyError, ValueError, RuntimeError) as exc:
            raise BusUnavailable(_describe(bus, exc)) from exc

    @property
    def connected(self) -> bool:
        return self._conn is not None

    @property
    def unique_name(self) -> str:
        return str(self._conn.unique_name) if self._conn is not None else ""

    def call(
        self,
        destination: str,
        path: str,
        interface: str,
        member: str,
        signature: str = "",
        body: tuple[Any, ...] = (),
        timeout: float = CALL_TIMEOUT,
        auto_start: bool = False,
    ) -> tuple[Any, ...]:
        """Call a method and return the reply's arguments. A service is started for the call
        only with `auto_start` (notification servers are often started on demand)."""
        if self._conn is None:
            raise CallFailed(member, "the connection is closed")
        address = DBusAddress(path, bus_name=destination, interface=interface)
        msg = new_method_call(address, member, signature or None, body)
        if not auto_start:
            msg.header.flags |= MessageFlag.no_auto_start
        try:
            reply = self._conn.send_and_get_reply(msg, timeout=timeout)
        except TimeoutError:
            raise CallFailed(member, f"no reply within {timeout:g} s") from None
        except OSError as exc:
            self._on_lost(exc)
            raise CallFailed(member, f"connection lost: {exc}") from exc
        finally:
            if self._subs:
                QTimer.singleShot(0, self._drain)
        if reply.header.message_type is MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name)
            text = reply.body[0] if reply.body and isinstance(reply.body[0], str) else ""
            raise CallFailed(member, f"{name}: {text}" if text else str(name), name)
        return tuple(reply.body)

    def has_owner(self, name: str) -> bool:
        return bool(self.call(DBUS_NAME, DBUS_PATH, DBUS_NAME, "NameHasOwner", "s", (name,))[0])

    def subscribe(
        self,
        handler: SignalHandler,
        *,
        interface: str,
        member: str,
        path: str | None = None,
        sender: str | None = None,
        arg0: str | None = None,
    ) -> Subscription:
        """Call `handler(body)` for each matching signal, on the GUI thread.

        The bus checks `sender` (it resolves a well-known name to its current owner); locally
        only the other fields are compared, since messages carry the sender's unique name.
        """
        local = MatchRule(type="signal", interface=interface, member=member, path=path)
        remote = MatchRule(
            type="signal", sender=sender, interface=interface, member=member, path=path
        )
        if arg0 is not None:
            local.add_arg_condition(0, arg0)
            remote.add_arg_condition(0, arg0)
        self._start_watching()
        self.call(DBUS_NAME, DBUS_PATH, DBUS_NAME, "AddMatch", "s", (remote.serialise(),))
        sub = Subscription(local, handler)
        self._subs.append(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        # The bus-side match stays until the connection closes: harmless, and no round trip.
        if sub in self._subs:
            self._subs.remove(sub)

    def _start_watching(self) -> None:
        if self._notifier is not None or self._conn is None:
            return
        if QCoreApplication.instance() is None:
            raise BusUnavailable("receiving signals needs a QCoreApplication")
        self._filter = self._conn.filter(MatchRule(type="signal"), queue=self._queue)
        self._notifier = QSocketNotifier(self._conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self, *_: object) -> None:
        """Read everything the socket and jeepney's buffer hold, then dispatch."""
        if self._conn is None or self._notifier is None:
            return
        while True:
            try:
                self._conn.recv_messages(timeout=0)
            except TimeoutError:
                break
            except OSError as exc:
                self._on_lost(exc)
                break
        self._dispatch()

    def _dispatch(self) -> None:
        while self._queue:
            msg = self._queue.popleft()
            for sub in tuple(self._subs):
                if sub.rule.matches(msg):
                    try:
                        sub.handler(tuple(msg.body))
                    except Exception:
                        log.exception("D-Bus signal handler failed")

    def _on_lost(self, exc: BaseException) -> None:
        if self._conn is None:
            return
        log.warning("%s bus connection lost: %s", self.bus.lower(), exc)
        self._shut()
        self.lost.emit()

    def _shut(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)  # before the socket closes, or Qt warns
            self._notifier.deleteLater()
            self._notifier = None
        if self._filter is not None:
            self._filter.close()
            self._filter = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        """Drop the connection; the bus forgets its match rules and any watches tied to it."""
        self._subs.clear()
        self._shut()
        self._queue.clear()
