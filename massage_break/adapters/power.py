"""Suspend and screen-lock notices as Qt signals, from logind and the session's screen saver.

* `sleeping(bool)`: logind `Manager.PrepareForSleep(b)` on the system bus (True before suspend,
  False after resume).
* `locked(bool)`: this login session's `LockedHint` (PropertiesChanged) and its `Lock`/`Unlock`
  requests, found with `GetSessionByPID(own pid)` or `GetSession("auto")`; and on the session
  bus every screen saver's `ActiveChanged(b)`: `org.freedesktop.ScreenSaver` (KDE's screen
  locker), `org.gnome.ScreenSaver` (GNOME Shell, gnome-screensaver), `org.mate.ScreenSaver`,
  `org.cinnamon.ScreenSaver`, `org.xfce.ScreenSaver` (each sends it from its own interface of
  the same name). An active screen saver counts as locked: either way the user is away.
  Several sources report the same lock, so `locked` is emitted only when the state changes.
  A screen saver that leaves the bus while active (it crashed, or was killed) cannot say
  "inactive" any more: its `NameOwnerChanged` ends the lock, unless another screen saver or
  logind still says locked.

Every source is optional. A missing bus or service is logged and skipped; the constructor
never raises. `sources` lists what works.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from massage_break.adapters.dbus_link import BusUnavailable, CallFailed, DBusLink, SignalHandler

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
DBUS = "org.freedesktop.DBus"
DBUS_PATH = "/org/freedesktop/DBus"
#: Bus names of the screen savers; each also names the interface its ActiveChanged comes from.
SCREENSAVERS = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.xfce.ScreenSaver",
)


class PowerMonitor(QObject):
    """`session_bus` / `system_bus`: "SESSION" / "SYSTEM" (from the environment), a D-Bus
    address, or None to leave that bus alone."""

    sleeping = Signal(bool)
    locked = Signal(bool)

    def __init__(
        self,
        session_bus: str | None = "SESSION",
        system_bus: str | None = "SYSTEM",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self.session_path: str | None = None
        self.is_locked: bool | None = None  # None until some source has said
        self.active_savers: set[str] = set()  # screen savers whose last word was "active"
        self._logind_locked = False
        self._links: list[DBusLink] = []
        if system_bus is not None:
            self._guarded("logind", lambda: self._watch_logind(system_bus))
        if session_bus is not None:
            self._guarded("screen saver", lambda: self._watch_screensavers(session_bus))

    def _guarded(self, what: str, setup: Callable[[], None]) -> None:
        try:
            setup()
        except (BusUnavailable, CallFailed) as exc:
            log.info("%s notices unavailable: %s", what, exc)
        except Exception:  # never let an odd bus break start-up
            log.exception("%s notices unavailable", what)

    def _open(self, bus: str) -> DBusLink:
        link = DBusLink(bus, self)
        self._links.append(link)
        return link

    def _watch_logind(self, bus: str) -> None:
        link = self._open(bus)
        if not link.has_owner(LOGIN1):
            log.info("logind notices unavailable: %s is not on the system bus", LOGIN1)
            self._drop(link)
            return
        link.subscribe(
            self._on_prepare_for_sleep,
            interface=MANAGER,
            member="PrepareForSleep",
            path=LOGIN1_PATH,
            sender=LOGIN1,
        )
        self.sources.append("logind-sleep")
        path = self._find_session(link)
        if path is None:
            return
        for handler, interface, member, arg0 in (
            (self._on_session_properties, PROPERTIES, "PropertiesChanged", SESSION),
            (lambda _: self._logind(True, "logind Lock"), SESSION, "Lock", None),
            (lambda _: self._logind(False, "logind Unlock"), SESSION, "Unlock", None),
        ):
            link.subscribe(
                handler, interface=interface, member=member, path=path, sender=LOGIN1, arg0=arg0
            )
        self.session_path = path
        self.sources.append("logind-session")
        try:
            hint = link.call(LOGIN1, path, PROPERTIES, "Get", "ss", (SESSION, "LockedHint"))[0]
            self.is_locked = self._logind_locked = bool(hint[1])
        except CallFailed as exc:
            log.info("cannot read LockedHint: %s", exc)

    @staticmethod
    def _find_session(link: DBusLink) -> str | None:
        reasons = []
        for member, signature, arg in (
            ("GetSessionByPID", "u", os.getpid()),
            ("GetSession", "s", "auto"),
        ):
            try:
                path = str(link.call(LOGIN1, LOGIN1_PATH, MANAGER, member, signature, (arg,))[0])
            except CallFailed as exc:
                reasons.append(str(exc))
                continue
            log.info("login session %s (via %s)", path, member)
            return path
        log.info("no login session for lock notices: %s", "; ".join(reasons))
        return None

    def _watch_screensavers(self, bus: str) -> None:
        link = self._open(bus)
        for name in SCREENSAVERS:
            link.subscribe(
                self._on_active_changed(name), interface=name, member="ActiveChanged", sender=name
            )
            link.subscribe(
                self._on_saver_owner(name),
                interface=DBUS,
                member="NameOwnerChanged",
                path=DBUS_PATH,
                sender=DBUS,
                arg0=name,
            )
        present = [name for name in SCREENSAVERS if link.has_owner(name)]
        log.info("screen saver on the session bus: %s", ", ".join(present) or "none yet")
        self.sources.append("screensaver")

    def _drop(self, link: DBusLink) -> None:
        self._links.remove(link)
        link.close()

    def _on_prepare_for_sleep(self, body: tuple[Any, ...]) -> None:
        going = bool(body[0])
        log.info("system %s", "going to sleep" if going else "resumed")
        self.sleeping.emit(going)

    def _on_active_changed(self, name: str) -> SignalHandler:
        def handler(body: tuple[Any, ...]) -> None:
            active = bool(body[0])
            if active:
                self.active_savers.add(name)
            else:
                self.active_savers.discard(name)
            self._set_locked(active, f"{name} ActiveChanged")

        return handler

    def _on_saver_owner(self, name: str) -> SignalHandler:
        def handler(body: tuple[Any, ...]) -> None:
            if body[2] or name not in self.active_savers:
                return  # a new owner says when it activates; an inactive one changes nothing
            self.active_savers.discard(name)
            if self.active_savers or self._logind_locked:
                log.info("%s left the session bus while active; still locked", name)
                return
            self._set_locked(False, f"{name} left the session bus while active")

        return handler

    def _on_session_properties(self, body: tuple[Any, ...]) -> None:
        changed = body[1]
        if "LockedHint" in changed:
            self._logind(bool(changed["LockedHint"][1]), "logind LockedHint")

    def _logind(self, value: bool, source: str) -> None:
        self._logind_locked = value
        self._set_locked(value, source)

    def _set_locked(self, value: bool, source: str) -> None:
        if value == self.is_locked:
            return
        log.info("session %s (%s)", "locked" if value else "unlocked", source)
        self.is_locked = value
        self.locked.emit(value)

    def close(self) -> None:
        """Close every bus connection; no signal is emitted afterwards."""
        for link in self._links:
            link.close()
        self._links.clear()
