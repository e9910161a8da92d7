"""A private dbus-daemon and small jeepney services standing in for Mutter, KDE's screen
saver and logind, so the adapters talk real D-Bus without touching the user's buses.

Each stand-in owns its bus name on its own connection and serves method calls from a thread;
the test changes its state and makes it emit signals.
"""

from __future__ import annotations

import selectors
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection
from jeepney.low_level import Message

from tests.e2e.bus_record import bus_config

HAVE_DBUS_DAEMON = shutil.which("dbus-daemon") is not None


class PrivateBus:
    """A dbus-daemon of our own; `address` is what DBUS_*_BUS_ADDRESS would hold."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="mb-bus-"))  # short: socket paths max 108
        conf = self.dir / "bus.conf"
        conf.write_text(bus_config(f"unix:dir={self.dir}"))
        self.proc = subprocess.Popen(
            ["dbus-daemon", "--nofork", "--nopidfile", f"--config-file={conf}", "--print-address"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        assert self.proc.stdout is not None
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            if not sel.select(timeout=10):
                self.stop()
                raise RuntimeError("dbus-daemon did not print its address")
        self.address = self.proc.stdout.readline().decode().strip()
        if not self.address:
            self.stop()
            raise RuntimeError("dbus-daemon exited without an address")

    def unique_names(self) -> set[str]:
        with open_dbus_connection(self.address) as conn:
            names = Proxy(message_bus, conn).ListNames()[0]
            return {n for n in names if n.startswith(":") and n != conn.unique_name}

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        shutil.rmtree(self.dir, ignore_errors=True)


@contextmanager
def private_bus() -> Iterator[PrivateBus]:
    bus = PrivateBus()
    try:
        yield bus
    finally:
        bus.stop()


class Fault(Exception):
    """Raised by a handler: the caller gets a D-Bus error reply."""

    def __init__(self, name: str, text: str = "") -> None:
        super().__init__(text)
        self.name, self.text = name, text


Reply = tuple[str, tuple[Any, ...]]  # (signature, body)


class StandIn:
    """Owns `bus_name` and answers calls with `handle(path, interface, member, body, sender)`."""

    bus_name = ""

    def __init__(self, address: str) -> None:
        self.conn: DBusConnection = open_dbus_connection(address)
        self.calls: list[tuple[str, str, tuple[Any, ...]]] = []  # (path, member, body)
        self.lock = threading.RLock()
        self.before_reply: Callable[[str], None] | None = None  # runs before each reply
        reply = Proxy(message_bus, self.conn).RequestName(self.bus_name, 4)  # DO_NOT_QUEUE
        assert reply == (1,), f"could not own {self.bus_name}: {reply}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name=self.bus_name, daemon=True)
        self._thread.start()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def handle(
        self, path: str, interface: str, member: str, body: tuple[Any, ...], sender: str
    ) -> Reply:
        raise Fault("org.freedesktop.DBus.Error.UnknownMethod", f"no {interface}.{member}")

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                msg = self.conn.receive(timeout=0.02)
            except TimeoutError:
                continue
            except OSError:
                return
            if msg.header.message_type is MessageType.method_call:
                self._answer(msg)

    def _answer(self, msg: Message) -> None:
        fields = msg.header.fields
        path, member = fields[HeaderFields.path], fields[HeaderFields.member]
        interface, sender = fields.get(HeaderFields.interface, ""), fields[HeaderFields.sender]
        body = tuple(msg.body)
        with self.lock:
            self.calls.append((path, member, body))
            try:
                signature, out = self.handle(path, interface, member, body, sender)
                reply = new_method_return(msg, signature or None, out)
            except Fault as fault:
                reply = new_error(msg, fault.name, "s", (fault.text,))
            if self.before_reply is not None:
                self.before_reply(member)
            self.conn.send(reply)

    def signal(
        self,
        path: str,
        interface: str,
        member: str,
        signature: str = "",
        body: tuple[Any, ...] = (),
        destination: str | None = None,
    ) -> Message:
        msg = new_signal(DBusAddress(path, interface=interface), member, signature or None, body)
        if destination is not None:
            msg.header.fields[HeaderFields.destination] = destination
        return msg

    def emit(self, *messages: Message) -> None:
        """Send the signals in ONE write, so the client gets them in one read."""
        with self.lock:
            data = b"".join(m.serialise(serial=next(self.conn.outgoing_serial)) for m in messages)
            self.conn.sock.sendall(data)

    def called(self, member: str) -> list[tuple[Any, ...]]:
        with self.lock:
            return [body for _, m, body in self.calls if m == member]

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.conn.close()


class MutterIdleMonitor(StandIn):
    """org.gnome.Mutter.IdleMonitor: persistent idle watches, one-shot user-active watches,
    WatchFired sent to the watch's owner only (as Mutter does)."""

    bus_name = "org.gnome.Mutter.IdleMonitor"
    PATH = "/org/gnome/Mutter/IdleMonitor/Core"
    IFACE = "org.gnome.Mutter.IdleMonitor"

    def __init__(self, address: str, idletime_ms: int = 0) -> None:
        self.idletime_ms = idletime_ms
        self.watches: dict[int, tuple[str, int | None]] = {}  # id -> (owner, interval|None)
        self._next_id = 0
        super().__init__(address)

    def handle(
        self, path: str, interface: str, member: str, body: tuple[Any, ...], sender: str
    ) -> Reply:
        if path != self.PATH or interface != self.IFACE:
            return super().handle(path, interface, member, body, sender)
        if member == "GetIdletime":
            return "t", (self.idletime_ms,)
        if member in ("AddIdleWatch", "AddUserActiveWatch"):
            self._next_id += 1
            self.watches[self._next_id] = (sender, body[0] if body else None)
            return "u", (self._next_id,)
        if member == "RemoveWatch":
            self.watches.pop(body[0], None)
            return "", ()
        return super().handle(path, interface, member, body, sender)

    def _ids(self, active: bool) -> list[int]:
        with self.lock:
            return [i for i, (_, ms) in self.watches.items() if (ms is None) == active]

    def fired(self, wid: int) -> Message:
        with self.lock:
            owner = self.watches[wid][0]
            if self.watches[wid][1] is None:
                del self.watches[wid]  # user-active watches fire once
        return self.signal(self.PATH, self.IFACE, "WatchFired", "u", (wid,), destination=owner)

    def fire_idle(self) -> None:
        self.emit(*(self.fired(i) for i in self._ids(active=False)))

    def fire_active(self) -> None:
        self.emit(*(self.fired(i) for i in self._ids(active=True)))

    def idle_intervals(self) -> list[int]:
        with self.lock:
            return [ms for _, ms in self.watches.values() if ms is not None]

    def active_watches(self) -> int:
        return len(self._ids(active=True))


class ScreenSaver(StandIn):
    """org.freedesktop.ScreenSaver at `paths`; GetSessionIdleTime returns `value` (or fails
    with `error`, as Plasma on Wayland does)."""

    bus_name = "org.freedesktop.ScreenSaver"
    IFACE = "org.freedesktop.ScreenSaver"

    def __init__(
        self, address: str, paths: tuple[str, ...] = ("/ScreenSaver",), error: str = ""
    ) -> None:
        self.paths, self.error, self.value = paths, error, 0
        super().__init__(address)

    def handle(
        self, path: str, interface: str, member: str, body: tuple[Any, ...], sender: str
    ) -> Reply:
        if path in self.paths and interface == self.IFACE and member == "GetSessionIdleTime":
            if self.error:
                raise Fault(self.error, "GetSessionIdleTime is not supported on this platform")
            return "u", (self.value,)
        raise Fault("org.freedesktop.DBus.Error.UnknownObject", f"no object at {path}")

    def active_changed(self, *values: bool) -> None:
        self.emit(
            *(self.signal("/ScreenSaver", self.IFACE, "ActiveChanged", "b", (v,)) for v in values)
        )


class GnomeScreenSaver(StandIn):
    bus_name = "org.gnome.ScreenSaver"

    def active_changed(self, value: bool) -> None:
        self.emit(
            self.signal(
                "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", "b", (value,)
            )
        )


class Logind(StandIn):
    """org.freedesktop.login1 with one session; `by_pid=False` makes GetSessionByPID fail
    (as for a process outside any session) so the adapter has to use GetSession("auto")."""

    bus_name = "org.freedesktop.login1"
    PATH = "/org/freedesktop/login1"
    MANAGER = "org.freedesktop.login1.Manager"
    SESSION_IFACE = "org.freedesktop.login1.Session"
    SESSION = "/org/freedesktop/login1/session/_32"

    def __init__(self, address: str, by_pid: bool = True, locked: bool = False) -> None:
        self.by_pid, self.locked = by_pid, locked
        super().__init__(address)

    def handle(
        self, path: str, interface: str, member: str, body: tuple[Any, ...], sender: str
    ) -> Reply:
        if path == self.PATH and member == "GetSessionByPID":
            if not self.by_pid:
                raise Fault("org.freedesktop.login1.NoSessionForPID", f"PID {body[0]} has none")
            return "o", (self.SESSION,)
        if path == self.PATH and member == "GetSession" and body == ("auto",):
            return "o", (self.SESSION,)
        if path == self.SESSION and member == "Get" and body == (self.SESSION_IFACE, "LockedHint"):
            return "v", (("b", self.locked),)
        return super().handle(path, interface, member, body, sender)

    def prepare_for_sleep(self, going: bool) -> None:
        self.emit(self.signal(self.PATH, self.MANAGER, "PrepareForSleep", "b", (going,)))

    def locked_hint(self, value: bool) -> None:
        self.locked = value
        self.emit(
            self.signal(
                self.SESSION,
                "org.freedesktop.DBus.Properties",
                "PropertiesChanged",
                "sa{sv}as",
                (self.SESSION_IFACE, {"LockedHint": ("b", value)}, []),
            )
        )

    def lock_request(self, member: str) -> None:
        self.emit(self.signal(self.SESSION, self.SESSION_IFACE, member))


def spoof(address: str, message: Message) -> None:
    """Send a signal from a connection that does NOT own the service's name."""
    with open_dbus_connection(address) as conn:
        conn.send(message)
        Proxy(message_bus, conn).GetId()  # a round trip: the signal has been routed


class NotificationServer(StandIn):
    """org.freedesktop.Notifications that behaves like GNOME's notification-daemon: after an
    action it closes the notification itself, so a later CloseNotification fails with
    InvalidId (the spec allows that)."""

    bus_name = "org.freedesktop.Notifications"
    IFACE = "org.freedesktop.Notifications"
    PATH = "/org/freedesktop/Notifications"

    def __init__(self, address: str) -> None:
        self.open: set[int] = set()
        self.next_id = 0
        super().__init__(address)

    def handle(
        self, path: str, interface: str, member: str, body: tuple[Any, ...], sender: str
    ) -> Reply:
        if member == "GetCapabilities":
            return "as", (["actions", "body"],)
        if member == "GetServerInformation":
            return "ssss", ("stand-in", "tests", "1.0", "1.2")
        if member == "Notify":
            if body[1] in self.open:  # replaces_id of one still open: the same id (the spec)
                return "u", (body[1],)
            self.next_id += 1
            self.open.add(self.next_id)
            return "u", (self.next_id,)
        if member == "CloseNotification":
            if body[0] not in self.open:
                raise Fault("org.freedesktop.Notifications.Error.InvalidId", "Invalid id")
            self.open.discard(body[0])
            return "", ()
        raise Fault("org.freedesktop.DBus.Error.UnknownMethod", member)

    def click(self, nid: int, key: str) -> None:
        """A click on an action: ActionInvoked, then the server closes it (reason 2)."""
        self.open.discard(nid)
        self.emit(
            self.signal(self.PATH, self.IFACE, "ActionInvoked", "us", (nid, key)),
            self.signal(self.PATH, self.IFACE, "NotificationClosed", "uu", (nid, 2)),
        )
