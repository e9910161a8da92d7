"""Test doubles for the ports, recording what the controller asked of them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Signal

from massage_break.core.engine import Engine
from massage_break.core.model import Bout, BreakRecord
from massage_break.core.ports import HistoryStore
from massage_break.core.settings import Settings
from massage_break.ui.controller import AppController


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.t = start or datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.t

    def advance(self, **kw: float) -> None:
        self.t += timedelta(**kw)


class ScriptedIdle:
    name = "scripted"
    available = True

    def __init__(self) -> None:
        self.value = timedelta(0)
        self.closed = False

    def idle(self) -> timedelta:
        return self.value

    def close(self) -> None:
        self.closed = True


class RecordingNotifier(QObject):
    answered = Signal(str)
    name = "recording"
    surface = "notification"

    def __init__(self, fail: bool = False) -> None:
        super().__init__()
        self.sent: list[tuple[str, str, bool]] = []
        self.urgency: list[int] = []
        self.resident: list[bool] = []
        self.extra: list[tuple[tuple[str, str], ...]] = []
        self.withdrawn = 0
        self.fail = fail

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
        if self.fail:
            raise OSError("server went away")
        self.sent.append((title, body, can_snooze))
        self.urgency.append(urgency)
        self.resident.append(resident)
        self.extra.append(extra)

    def withdraw(self) -> None:
        self.withdrawn += 1

    def close(self) -> None:
        pass


class FakeScheduler:
    def __init__(self) -> None:
        self.jobs: dict[str, tuple[object, Callable[[], None]]] = {}
        self.stopped = False

    def schedule_at(self, job_id: str, when: datetime, callback: Callable[[], None]) -> None:
        self.jobs[job_id] = (when, callback)

    def every(self, job_id: str, seconds: float, callback: Callable[[], None]) -> None:
        self.jobs[job_id] = (seconds, callback)

    def cancel(self, job_id: str) -> None:
        self.jobs.pop(job_id, None)

    def shutdown(self) -> None:
        self.stopped = True


class MemoryHistory:
    def __init__(self, fail: bool = False) -> None:
        self.rows: list[BreakRecord] = []
        self.bouts: list[Bout] = []
        self.fail = fail

    def append(self, record: BreakRecord) -> None:
        if self.fail:
            raise OSError("disk full")
        self.rows.append(record)

    def recent(self, limit: int) -> Sequence[BreakRecord]:
        return self.rows[-limit:]

    def between(self, start: datetime, end: datetime) -> Sequence[BreakRecord]:
        return sorted((r for r in self.rows if start <= r.at < end), key=lambda r: r.at)

    def append_bout(self, bout: Bout) -> None:
        if self.fail:
            raise OSError("disk full")
        self.bouts.append(bout)

    def bouts_between(self, start: datetime, end: datetime) -> Sequence[Bout]:
        return sorted(
            (b for b in self.bouts if b.end > start and b.start < end), key=lambda b: b.start
        )

    def close(self) -> None:
        pass


class MemorySettings:
    def __init__(self, fail: bool = False) -> None:
        self.saved: list[Settings] = []
        self.fail = fail

    def load(self) -> Settings:
        return self.saved[-1] if self.saved else Settings()

    def save(self, settings: Settings) -> None:
        if self.fail:
            raise PermissionError("read-only file system")
        self.saved.append(settings)


def fake_controller(
    engine: Engine,
    *,
    clock: FakeClock | None = None,
    history: HistoryStore | None = None,
    settings: MemorySettings | None = None,
) -> AppController:
    """An AppController over the stand-ins above: no scheduler, idle source or notifier."""
    return AppController(
        engine,
        clock or FakeClock(),
        FakeScheduler(),
        ScriptedIdle(),
        RecordingNotifier(),
        history if history is not None else MemoryHistory(),
        settings or MemorySettings(),
        probe_seconds=15,
    )
