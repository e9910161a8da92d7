"""Idle time from GNOME's compositor (Mutter), which works on Wayland and X11 alike.

`idle()` asks `GetIdletime`. `watch()` adds event-driven notice, as Workrave and Safe Eyes do:
an idle watch (`AddIdleWatch`, which Mutter keeps until removed and fires each time idle time
crosses the interval) and, once idle, a user-active watch (`AddUserActiveWatch`, which fires
once and is then gone, so it is re-armed after every idle firing). Mutter sends `WatchFired`
to the connection that added the watch; it arrives on the same connection, read inside the Qt
event loop. If Mutter restarts (its bus name changes owner) the watches are added again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QTimer

from massage_break.adapters.dbus_link import (
    DBUS_NAME,
    DBUS_PATH,
    CallFailed,
    DBusLink,
    Subscription,
)
from massage_break.adapters.idle.bus import open_link
from massage_break.adapters.idle.errors import IdleUnavailable

log = logging.getLogger(__name__)

BUS_NAME = "org.gnome.Mutter.IdleMonitor"
PATH = "/org/gnome/Mutter/IdleMonitor/Core"
INTERFACE = "org.gnome.Mutter.IdleMonitor"


@dataclass
class _Watch:
    interval_ms: int
    on_idle: Callable[[], None]
    on_active: Callable[[], None]
    idle_id: int | None = None
    active_id: int | None = None
    is_idle: bool = False


class GnomeIdleSource:
    """`link` (optional) is a session-bus DBusLink the source takes over on success."""

    name = "gnome"
    available = True

    def __init__(self, link: DBusLink | None = None, bus: str = "SESSION") -> None:
        self._link, owned = open_link(link, bus)
        self._watch: _Watch | None = None
        self._subs: list[Subscription] = []
        self._failing = False
        try:
            if not self._link.has_owner(BUS_NAME):
                raise IdleUnavailable(f"{BUS_NAME} is not on the session bus")
            self._call("GetIdletime")
        except CallFailed as exc:
            if owned:
                self._link.close()
            raise IdleUnavailable(f"{BUS_NAME} does not answer: {exc}") from exc
        except IdleUnavailable:
            if owned:
                self._link.close()
            raise

    def _call(self, member: str, signature: str = "", body: tuple[Any, ...] = ()) -> Any:
        """The reply's first argument (None for methods that return nothing)."""
        reply = self._link.call(BUS_NAME, PATH, INTERFACE, member, signature, body)
        return reply[0] if reply else None

    def idle(self) -> timedelta:
        try:
            ms = int(self._call("GetIdletime"))
        except CallFailed as exc:
            if not self._failing:
                log.warning("GNOME idle time unavailable, counting as active: %s", exc)
            self._failing = True
            return timedelta(0)
        if self._failing:
            log.info("GNOME idle time is back")
            self._failing = False
        return timedelta(milliseconds=ms)

    def watch(
        self,
        idle_after: timedelta,
        on_idle: Callable[[], None],
        on_active: Callable[[], None],
    ) -> None:
        """Call `on_idle` when input has stopped for `idle_after`, then `on_active` at the next
        input, alternating. Replaces an earlier watch. If the user is already idle that long,
        `on_idle` runs on the next turn of the event loop. The callbacks run on the GUI thread.
        Raises CallFailed if Mutter refuses, BusUnavailable without a QCoreApplication.
        """
        self.unwatch()
        interval = max(int(idle_after.total_seconds() * 1000), 1)
        if not self._subs:
            self._subs = [
                self._link.subscribe(
                    self._on_fired,
                    interface=INTERFACE,
                    member="WatchFired",
                    path=PATH,
                    sender=BUS_NAME,
                ),
                self._link.subscribe(
                    self._on_owner_changed,
                    interface=DBUS_NAME,
                    member="NameOwnerChanged",
                    path=DBUS_PATH,
                    sender=DBUS_NAME,
                    arg0=BUS_NAME,
                ),
            ]
        watch = self._watch = _Watch(interval, on_idle, on_active)
        self._arm(watch)
        if int(self._call("GetIdletime")) >= interval:
            QTimer.singleShot(0, lambda: self._went_idle(watch))

    def unwatch(self) -> None:
        watch, self._watch = self._watch, None
        if watch is None or not self._link.connected:
            return
        for wid in (watch.idle_id, watch.active_id):
            if wid is not None:
                try:
                    self._call("RemoveWatch", "u", (wid,))
                except CallFailed as exc:  # already gone (fired, or Mutter restarted)
                    log.debug("RemoveWatch %s: %s", wid, exc)

    def _arm(self, watch: _Watch) -> None:
        watch.idle_id = int(self._call("AddIdleWatch", "t", (watch.interval_ms,)))
        watch.active_id = None
        if watch.is_idle:
            watch.active_id = int(self._call("AddUserActiveWatch"))

    def _on_fired(self, body: tuple[Any, ...]) -> None:
        watch = self._watch
        if watch is None:
            return
        wid = body[0]
        if wid == watch.idle_id:
            self._went_idle(watch)
        elif wid == watch.active_id:
            watch.active_id = None  # Mutter removes user-active watches once they fire
            if watch.is_idle:
                watch.is_idle = False
                watch.on_active()

    def _went_idle(self, watch: _Watch) -> None:
        if watch is not self._watch:
            return  # replaced or removed meanwhile
        if watch.active_id is None:
            try:  # arm before the callback, so input during it is not missed
                watch.active_id = int(self._call("AddUserActiveWatch"))
            except CallFailed as exc:
                log.warning("cannot watch for the user's return: %s", exc)
        if not watch.is_idle:
            watch.is_idle = True
            watch.on_idle()

    def _on_owner_changed(self, body: tuple[Any, ...]) -> None:
        watch = self._watch
        if watch is None:
            return
        watch.idle_id = watch.active_id = None  # the old owner's watch ids mean nothing now
        if body[2]:
            log.info("GNOME idle monitor restarted; adding the watches again")
            try:
                self._arm(watch)
            except CallFailed as exc:
                log.warning("cannot re-arm the GNOME idle watches: %s", exc)

    def close(self) -> None:
        """Closing the connection removes the watches on Mutter's side too."""
        self._watch = None
        self._subs.clear()
        self._link.close()
