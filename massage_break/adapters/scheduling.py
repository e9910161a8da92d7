"""APScheduler 3.x on the Qt event loop, with one owned timer and jobs on the GUI thread.

The stock QtScheduler loses track of its timers under PySide6 (QTimer.singleShot returns None),
so every reschedule starts another timer chain; it also runs jobs on a thread pool. This
subclass owns one precise single-shot QTimer and uses the same-thread "debug" executor.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import Qt, QTimer

MAX_TIMER_MS = 2_147_483_647


class OwnedTimerQtScheduler(QtScheduler):  # type: ignore[misc]
    _qtimer: QTimer | None = None
    process_calls = 0  # counted for tests and benchmarks: how often the scheduler woke

    def _start_timer(self, wait_seconds: float | None) -> None:
        if self._qtimer is None:
            self._qtimer = QTimer()
            self._qtimer.setSingleShot(True)
            # A coarse timer may fire a little early; the scheduler then finds nothing due and
            # re-arms with a tiny wait, over and over. Precise + ceil avoids that busy loop.
            self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
            self._qtimer.timeout.connect(self._process_jobs)
        self._qtimer.stop()
        if wait_seconds is not None:
            self._qtimer.start(min(math.ceil(wait_seconds * 1000), MAX_TIMER_MS))

    def _stop_timer(self) -> None:
        if self._qtimer is not None:
            self._qtimer.stop()

    def _process_jobs(self) -> Any:
        self.process_calls += 1
        return super()._process_jobs()


class QtJobScheduler:
    """The Scheduler port: named jobs replace each other, late jobs still run once."""

    def __init__(self) -> None:
        self._sched = OwnedTimerQtScheduler(
            executors={"default": {"type": "debug"}},
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
            timezone="UTC",
        )
        self._sched.start()

    @property
    def wakeups(self) -> int:
        return int(self._sched.process_calls)

    def schedule_at(self, job_id: str, when: datetime, callback: Callable[[], None]) -> None:
        self._sched.add_job(callback, "date", run_date=when, id=job_id, replace_existing=True)

    def every(self, job_id: str, seconds: float, callback: Callable[[], None]) -> None:
        self._sched.add_job(callback, "interval", seconds=seconds, id=job_id, replace_existing=True)

    def cancel(self, job_id: str) -> None:
        if self._sched.get_job(job_id) is not None:
            self._sched.remove_job(job_id)

    def has_job(self, job_id: str) -> bool:
        return self._sched.get_job(job_id) is not None

    def wakeup(self) -> None:
        """Re-check due jobs now (after a resume from suspend)."""
        self._sched.wakeup()

    def shutdown(self) -> None:
        if self._sched.running:
            self._sched.shutdown(wait=False)
