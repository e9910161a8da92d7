"""Idle time from `org.freedesktop.ScreenSaver.GetSessionIdleTime` (KDE Plasma on X11, others).

Units differ between implementations. KDE's (kscreenlocker, `Interface::GetSessionIdleTime`)
returns `KIdleTime::idleTime()`, which is **milliseconds**, although the old draft spec and the
gnome-screensaver family speak of seconds. So milliseconds are assumed, and `_UnitGuess`
switches to seconds only on evidence: while the user stays idle, consecutive samples grow at
about 1 unit per second of wall time (milliseconds grow ~1000 per second). A seconds verdict
needs three such steps in a row, each at least 1 s long, before any step has shown the
millisecond rate (which settles the question for good). Mere coincidence during typing would
need three matching steps in a row before the user's first pause, and the cost of a wrong
"seconds" verdict is large, hence the strictness.

Plasma on Wayland answers with an error (NotSupported), which makes this source unavailable.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from massage_break.adapters.dbus_link import CallFailed, DBusLink
from massage_break.adapters.idle.bus import open_link
from massage_break.adapters.idle.errors import IdleUnavailable
from massage_break.core.clock import Clock, SystemClock

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
PATHS = ("/ScreenSaver", "/org/freedesktop/ScreenSaver")

_SECONDS_RATE = (0.8, 1.25)  # units per second of wall time, continuously idle, in seconds
_MS_RATE = (500.0, 2000.0)  # the same, in milliseconds
_SECONDS_STREAK = 3


class _UnitGuess:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self.unit_ms = 1  # 1: value is ms; 1000: value is seconds
        self.settled = False
        self._last: tuple[datetime, int] | None = None
        self._streak = 0

    def to_timedelta(self, raw: int) -> timedelta:
        if not self.settled:
            self._observe(raw)
        return timedelta(milliseconds=raw * self.unit_ms)

    def _observe(self, raw: int) -> None:
        now = self._clock.now()
        last, self._last = self._last, (now, raw)
        if last is None:
            return
        span = (now - last[0]).total_seconds()
        if span < 1:
            self._last = last  # too short to judge: keep the older sample
            return
        rate = (raw - last[1]) / span
        if _MS_RATE[0] <= rate <= _MS_RATE[1]:
            self.settled = True
        elif raw > last[1] and _SECONDS_RATE[0] <= rate <= _SECONDS_RATE[1]:
            self._streak += 1
            if self._streak >= _SECONDS_STREAK:
                self.unit_ms, self.settled = 1000, True
                log.info("GetSessionIdleTime counts in seconds here")
        else:
            self._streak = 0


class ScreenSaverIdleSource:
    """`link` (optional) is a session-bus DBusLink the source takes over on success."""

    name = "screensaver"
    available = True

    def __init__(
        self, link: DBusLink | None = None, bus: str = "SESSION", clock: Clock | None = None
    ) -> None:
        self._link, owned = open_link(link, bus)
        self._units = _UnitGuess(clock or SystemClock())
        self._failing = False
        try:
            self._path, first = self._find_path()
        except IdleUnavailable:
            if owned:
                self._link.close()
            raise
        self._units.to_timedelta(first)

    def _find_path(self) -> tuple[str, int]:
        try:
            present = self._link.has_owner(BUS_NAME)
        except CallFailed as exc:
            raise IdleUnavailable(f"the session bus does not answer: {exc}") from exc
        if not present:
            raise IdleUnavailable(f"{BUS_NAME} is not on the session bus")
        reasons = []
        for path in PATHS:
            try:
                return path, self._query(path)
            except CallFailed as exc:
                reasons.append(f"{path}: {exc}")
        raise IdleUnavailable(f"{BUS_NAME} gives no idle time ({'; '.join(reasons)})")

    def _query(self, path: str) -> int:
        return int(self._link.call(BUS_NAME, path, INTERFACE, "GetSessionIdleTime")[0])

    def idle(self) -> timedelta:
        try:
            raw = self._query(self._path)
        except CallFailed as exc:
            if not self._failing:
                log.warning("screensaver idle time unavailable, counting as active: %s", exc)
            self._failing = True
            return timedelta(0)
        self._failing = False
        return self._units.to_timedelta(raw)

    def close(self) -> None:
        self._link.close()
