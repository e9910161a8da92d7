"""Has the user switched notifications to do-not-disturb? Asked over the session bus.

Whoever owns `org.freedesktop.Notifications` decides how:

* dunst: property `paused` of `org.dunstproject.cmd0` (`dunstctl set-paused true`);
* KDE Plasma (and any server with the same extension): property `Inhibited` of
  `org.freedesktop.Notifications`;
* GNOME Shell (server name "gnome-shell"): the `show-banners` key of
  `org.gnome.desktop.notifications` is false. GNOME keeps it in dconf and offers no D-Bus
  read for it, so it is read from the user's dconf database file (`_gvdb.py`); a value set
  only in a system database (/etc/dconf) is not seen.

Anything else (no server, mako, xfce4-notifyd, ...) counts as "not DND". The server is
identified once per bus owner; after that a call is one property read (dunst, KDE), or one
NameOwner query to the bus (GNOME adds a stat() of the dconf file). Calls never start a
service (NO_AUTO_START) and wait at most `timeout` seconds for a reply.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from massage_break.adapters.context._gvdb import DconfBool
from massage_break.adapters.context.probe import DND, ContextUnavailable

log = logging.getLogger(__name__)

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
#: backend -> (interface, property) read with org.freedesktop.DBus.Properties.Get
PROPERTIES = {
    "dunst": ("org.dunstproject.cmd0", "paused"),
    "kde": (NOTIFICATIONS, "Inhibited"),
}
GNOME_KEY = "/org/gnome/desktop/notifications/show-banners"
_UNRESOLVED = "?"  # never a bus name


def default_dconf_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(config, "dconf", "user")


class DbusDndSource:
    reason = DND
    name = "dbus"

    def __init__(
        self,
        bus: str = "SESSION",
        *,
        timeout: float = 0.5,
        dconf_path: str | os.PathLike[str] | None = None,
    ) -> None:
        try:
            from jeepney import DBusAddress, MessageFlag, MessageType, new_method_call
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError as exc:  # not on Linux, or not installed
            raise ContextUnavailable(f"jeepney is not available: {exc}") from exc
        self._new_call, self._message_bus = new_method_call, message_bus
        self._no_auto_start, self._error_type = MessageFlag.no_auto_start, MessageType.error
        self._open = open_dbus_connection
        self._bus, self._timeout = bus, timeout
        self._objects = {
            "server": DBusAddress(NOTIFICATIONS_PATH, NOTIFICATIONS, NOTIFICATIONS),
            "props": DBusAddress(
                NOTIFICATIONS_PATH, NOTIFICATIONS, "org.freedesktop.DBus.Properties"
            ),
        }
        self._gnome = DconfBool(dconf_path or default_dconf_path(), GNOME_KEY)
        self._owner: str | None = _UNRESOLVED
        self.backend: str | None = None  # "dunst", "kde", "gnome" or None
        try:
            self._conn: Any = open_dbus_connection(bus=bus)
        except (OSError, KeyError, ValueError) as exc:
            raise ContextUnavailable(f"no session bus: {exc}") from exc

    def active(self) -> bool:
        if self.backend in PROPERTIES:
            value = self._property(self.backend)
            if value is not None:
                return value
            self._owner = _UNRESOLVED  # the server went away or changed: look again
        owner = self._name_owner()
        if owner != self._owner:
            self.backend, value = self._identify() if owner else (None, False)
            self._owner = owner  # only now: a timeout above means "identify again next time"
            log.info("do-not-disturb from: %s", self.backend or "nothing (no known server)")
            return value
        if self.backend == "gnome":
            return self._gnome.value() is False
        return False

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # ------------------------------------------------------------------ helpers

    def _identify(self) -> tuple[str | None, bool]:
        info = self._call(self._objects["server"], "GetServerInformation")
        if info and info[0] == "gnome-shell":
            return "gnome", self._gnome.value() is False
        for backend in PROPERTIES:
            value = self._property(backend)
            if value is not None:
                return backend, value
        return None, False

    def _property(self, backend: str) -> bool | None:
        body = self._call(self._objects["props"], "Get", "ss", PROPERTIES[backend])
        if not body or not isinstance(body[0], tuple) or body[0][0] != "b":
            return None
        return bool(body[0][1])

    def _name_owner(self) -> str | None:
        body = self._send(self._message_bus.GetNameOwner(NOTIFICATIONS))
        return str(body[0]) if body else None

    def _call(
        self, obj: Any, member: str, signature: str | None = None, args: tuple[Any, ...] = ()
    ) -> tuple[Any, ...] | None:
        return self._send(self._new_call(obj, member, signature, args))

    def _send(self, msg: Any) -> tuple[Any, ...] | None:
        """The reply's body, or None for a D-Bus error. Raises on timeout or a lost bus."""
        msg.header.flags |= self._no_auto_start
        if self._conn is None:
            self._conn = self._open(bus=self._bus)  # reconnect after a lost bus
        try:
            reply = self._conn.send_and_get_reply(msg, timeout=self._timeout)
        except TimeoutError:  # a hung server: keep the connection, the reply is dropped later
            raise
        except OSError:  # the bus went away
            self.close()
            self._owner = _UNRESOLVED
            raise
        if reply.header.message_type == self._error_type:
            return None
        return tuple(reply.body)
