"""The interfaces the engine's shell needs from the outside world."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from massage_break.core.model import Bout, BreakRecord
from massage_break.core.settings import Settings


class IdleSource(Protocol):
    """Time since the last keyboard or mouse input."""

    name: str
    available: bool

    def idle(self) -> timedelta: ...

    def close(self) -> None: ...


class Notifier(Protocol):
    """Shows a break reminder and reports the answer through the callbacks given at creation.
    `surface` names what the user sees: "notification", "balloon" (the tray's) or "window"."""

    name: str
    surface: str

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
        """Show the reminder; urgency 0 low, 1 normal, 2 critical (for an ignored one).
        `extra`: more answers as (action key, label), e.g. ("buddy", "Take it with Ana");
        choosing one reports its key through the same callback as Start. `resident`: it
        stays until it is answered or withdrawn (where the surface can say so)."""

    def withdraw(self) -> None: ...

    def close(self) -> None: ...


class Scheduler(Protocol):
    """Named jobs on the GUI thread; a new job replaces the one of the same id. A job may
    cancel or replace itself or any other job from inside its own run."""

    def schedule_at(self, job_id: str, when: datetime, callback: Callable[[], None]) -> None: ...

    def every(self, job_id: str, seconds: float, callback: Callable[[], None]) -> None: ...

    def cancel(self, job_id: str) -> None: ...

    def shutdown(self) -> None: ...


class Autostart(Protocol):
    """Whether the app starts at login; the platform's own entry is the truth."""

    name: str

    def enabled(self) -> bool: ...

    def set_enabled(self, on: bool) -> None:
        """Raises OSError when the entry cannot be written or removed."""


class SettingsStore(Protocol):
    def load(self) -> Settings: ...

    def save(self, settings: Settings) -> None: ...


class HistoryStore(Protocol):
    def append(self, record: BreakRecord) -> None: ...

    def recent(self, limit: int) -> Sequence[BreakRecord]: ...

    def between(self, start: datetime, end: datetime) -> Sequence[BreakRecord]: ...

    def append_bout(self, bout: Bout) -> None: ...

    def bouts_between(self, start: datetime, end: datetime) -> Sequence[Bout]:
        """Bouts that overlap [start, end), oldest first."""

    def close(self) -> None: ...
