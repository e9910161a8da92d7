"""Idle time from a Wayland compositor's idle protocols (KWin, wlroots compositors such as sway).

Two protocols say when the seat has had no input for a given time and when input resumes:
`ext-idle-notify-v1` (wayland-protocols staging; KWin 5.27 has it, as newer wlroots
compositors do) and KDE's older `org_kde_kwin_idle` (KWin 5.27 and sway 1.7 have it; sway 1.7
has no other). pywayland ships the first one; the second is described here by hand from
plasma-wayland-protocols' idle.xml. This module is imported only on a Wayland session, so
nobody else loads pywayland (measured: 70-80 ms and 4.5 MB RSS to import it; connecting and
subscribing take 2 ms).

Neither protocol tells the idle time itself, only crossings of one threshold. So the source
asks for a short threshold, IDLE_TIMEOUT: `idle()` is 0 while input is recent, and the
threshold plus the time since the `idled` event once it has passed. 2 s lets the engine see a
pause in typing (NATURAL_PAUSE, 3 s, sampled every second while a reminder waits for one),
while the engine's own thresholds (a short pause, 2 min; away, 5 min) are far above it; and
continuous typing costs nothing (the compositor restarts its timer without telling us), only a
pause of 2 s or more costs two small events: `idled`, then `resumed` at the next key.

The source has its own connection to $WAYLAND_DISPLAY (the app itself may draw through
Xwayland), read by a QSocketNotifier on the GUI thread. If the compositor goes away the source
says so once in the log, reports no idle time (the user counts as active) and is `available`
no more.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from pywayland.client.display import Display
from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
from pywayland.protocol.wayland import WlSeat
from pywayland.protocol_core.argument import Argument
from pywayland.protocol_core.interface import Interface
from pywayland.protocol_core.proxy import Proxy
from pywayland.protocol_core.resource import Resource
from pywayland.scanner.argument import ArgumentType

from massage_break.adapters.idle.errors import IdleUnavailable
from massage_break.core.clock import monotonic_seconds

log = logging.getLogger(__name__)

IDLE_TIMEOUT = timedelta(seconds=2)
EXT_IDLE = "ext-idle-notify"
KDE_IDLE = "kde-idle"
PROTOCOLS = (EXT_IDLE, KDE_IDLE)  # the order they are tried in
_GLOBALS = {EXT_IDLE: "ext_idle_notifier_v1", KDE_IDLE: "org_kde_kwin_idle"}


# ---- org_kde_kwin_idle, from plasma-wayland-protocols' idle.xml (version 1) -----------------


class OrgKdeKwinIdleTimeout(Interface):
    """Fires `idle` after the requested time without input on the seat, then `resumed` at
    the first input after it."""

    name = "org_kde_kwin_idle_timeout"
    version = 1


class OrgKdeKwinIdleTimeoutProxy(Proxy[OrgKdeKwinIdleTimeout]):
    """Its requests (release, simulate_user_activity) are not described: the source never
    sends them; closing the connection releases the timeout."""

    interface = OrgKdeKwinIdleTimeout


class OrgKdeKwinIdleTimeoutResource(Resource[OrgKdeKwinIdleTimeout]):
    """Declares the events, in the XML's order (a client never sends them)."""

    interface = OrgKdeKwinIdleTimeout

    @OrgKdeKwinIdleTimeout.event()
    def idle(self) -> None: ...

    @OrgKdeKwinIdleTimeout.event()
    def resumed(self) -> None: ...


class OrgKdeKwinIdle(Interface):
    name = "org_kde_kwin_idle"
    version = 1


class OrgKdeKwinIdleProxy(Proxy[OrgKdeKwinIdle]):
    interface = OrgKdeKwinIdle

    @OrgKdeKwinIdle.request(
        Argument(ArgumentType.NewId, interface=OrgKdeKwinIdleTimeout),
        Argument(ArgumentType.Object, interface=WlSeat),
        Argument(ArgumentType.Uint),
    )
    def get_idle_timeout(self, seat: Any, timeout: int) -> OrgKdeKwinIdleTimeoutProxy:
        proxy: OrgKdeKwinIdleTimeoutProxy = self._marshal_constructor(
            0, OrgKdeKwinIdleTimeout, seat, timeout
        )
        return proxy


class OrgKdeKwinIdleResource(Resource[OrgKdeKwinIdle]):
    interface = OrgKdeKwinIdle


for _iface, _proxy, _resource in (
    (OrgKdeKwinIdleTimeout, OrgKdeKwinIdleTimeoutProxy, OrgKdeKwinIdleTimeoutResource),
    (OrgKdeKwinIdle, OrgKdeKwinIdleProxy, OrgKdeKwinIdleResource),
):
    _iface._gen_c()
    _iface.proxy_class = _proxy
    _iface.resource_class = _resource


# ---- the idle source ----------------------------------------------------------------------


@dataclass
class _Watch:
    idle_after: timedelta
    on_idle: Callable[[], None]
    on_active: Callable[[], None]
    timer: QTimer = field(default_factory=QTimer)
    is_idle: bool = False


class WaylandIdleSource:
    """The first of `protocols` (EXT_IDLE, KDE_IDLE) that the compositor at `display` (a
    socket name or path; default $WAYLAND_DISPLAY) offers; raises IdleUnavailable if none.
    Made after the QApplication: its events are read in the Qt event loop."""

    available = True

    def __init__(
        self,
        display: str | None = None,
        protocols: Sequence[str] = PROTOCOLS,
        timeout: timedelta = IDLE_TIMEOUT,
    ) -> None:
        socket = display or os.environ.get("WAYLAND_DISPLAY", "")
        if not socket:
            raise IdleUnavailable("WAYLAND_DISPLAY is not set")
        self.timeout = timeout
        self._idled_at: float | None = None  # monotonic seconds of the last `idled`
        self._events: list[bool] = []  # idle (True) / resumed (False), not yet delivered
        self._watch: _Watch | None = None
        self._notifier: QSocketNotifier | None = None
        # by name, never None: with no name libwayland would take WAYLAND_SOCKET, the fd a
        # compositor may have handed the app's own (Qt's) connection
        self._display = Display(socket)
        try:
            self._display.connect()
        except ValueError as exc:
            raise IdleUnavailable(f"cannot connect to the Wayland display {socket}") from exc
        try:
            self.name, self._manager, self._seat = self._bind(socket, protocols)
            self._notification = self._subscribe(timeout)
            self._roundtrip(socket)  # a protocol error shows now, not later
        except IdleUnavailable:
            self._display.disconnect()
            raise
        self._notifier = QSocketNotifier(self._display.get_fd(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._on_readable)

    def _bind(self, socket: str, protocols: Sequence[str]) -> tuple[str, Any, Any]:
        offered: dict[str, int] = {}  # interface → the global's name (a number)

        def on_global(_registry: Any, name: int, interface: str, _version: int) -> None:
            offered.setdefault(interface, name)  # (a handler must return None)

        registry = self._display.get_registry()
        registry.dispatcher["global"] = on_global
        self._roundtrip(socket)
        wanted = [p for p in protocols if _GLOBALS[p] in offered]
        if not wanted or "wl_seat" not in offered:
            names = " or ".join(_GLOBALS[p] for p in protocols)
            raise IdleUnavailable(f"the Wayland display {socket} offers no {names} on a seat")
        seat = registry.bind(offered["wl_seat"], WlSeat, 1)
        protocol = wanted[0]
        # version 1 of both: its notification respects idle inhibitors, so while a video
        # plays the user counts as present, most likely sitting in front of it
        interface = ExtIdleNotifierV1 if protocol == EXT_IDLE else OrgKdeKwinIdle
        return protocol, registry.bind(offered[_GLOBALS[protocol]], interface, 1), seat

    def _roundtrip(self, socket: str) -> None:
        if self._display.roundtrip() < 0:
            raise IdleUnavailable(f"the Wayland display {socket} closed the connection")

    def _subscribe(self, timeout: timedelta) -> Any:
        ms = max(int(timeout.total_seconds() * 1000), 1)
        if self.name == EXT_IDLE:
            notification = self._manager.get_idle_notification(ms, self._seat)
            notification.dispatcher["idled"] = lambda _n: self._on_event(True)
        else:
            notification = self._manager.get_idle_timeout(self._seat, ms)
            notification.dispatcher["idle"] = lambda _n: self._on_event(True)
        notification.dispatcher["resumed"] = lambda _n: self._on_event(False)
        return notification

    # ---- events -------------------------------------------------------------------------

    def _on_event(self, idle: bool) -> None:
        """From inside libwayland's dispatch: note it, act after the dispatch returns."""
        self._idled_at = monotonic_seconds() if idle else None
        self._events.append(idle)

    def _on_readable(self) -> None:
        try:
            self._display.read()
            self._display.dispatch()
            self._display.flush()
        except RuntimeError as exc:
            self._lost(str(exc))
        events, self._events = self._events, []
        for idle in events:
            self._deliver(idle)

    def _lost(self, why: str) -> None:
        log.warning(
            "the Wayland compositor went away (%s): no activity detection, counting as active",
            why,
        )
        self.available = False
        self._idled_at = None
        self._stop_reading()
        self._events.append(False)  # a watcher waiting for the user's return gets it now

    def _stop_reading(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.activated.disconnect(self._on_readable)
            self._notifier.deleteLater()
            self._notifier = None

    def idle(self) -> timedelta:
        if self._idled_at is None:
            return timedelta(0)
        return self.timeout + timedelta(seconds=monotonic_seconds() - self._idled_at)

    # ---- watch: event-driven notice, as GnomeIdleSource gives ----------------------------

    def watch(
        self,
        idle_after: timedelta,
        on_idle: Callable[[], None],
        on_active: Callable[[], None],
    ) -> None:
        """Call `on_idle` once input has stopped for `idle_after`, then `on_active` at the next
        input, alternating; replaces an earlier watch. The callbacks run on the GUI thread,
        never from inside this call. `idle_after` is at least the source's timeout."""
        self.unwatch()
        watch = self._watch = _Watch(idle_after, on_idle, on_active)
        watch.timer.setSingleShot(True)
        watch.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire early
        watch.timer.timeout.connect(lambda: self._went_idle(watch))
        self._arm(watch)

    def unwatch(self) -> None:
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.timer.stop()

    def _arm(self, watch: _Watch) -> None:
        if self._idled_at is not None:
            left = (watch.idle_after - self.idle()).total_seconds()
            watch.timer.start(max(math.ceil(left * 1000), 0))

    def _went_idle(self, watch: _Watch) -> None:
        """The watch's timer: stopped by unwatch() and by input, so `watch` is current."""
        watch.is_idle = True
        watch.on_idle()

    def _deliver(self, idle: bool) -> None:
        watch = self._watch
        if watch is None:
            return
        if idle:
            self._arm(watch)
            return
        watch.timer.stop()
        if watch.is_idle:
            watch.is_idle = False
            watch.on_active()

    def close(self) -> None:
        """Closing the connection ends the notification on the compositor's side too."""
        self.unwatch()
        self._stop_reading()
        self._display.disconnect()
