"""APScheduler 3.x on the Qt event loop, with one owned timer and jobs on the GUI thread.

The stock QtScheduler loses track of its timers under PySide6 (QTimer.singleShot returns None),
so every reschedule starts another timer chain; it also runs jobs on a thread pool. This
subclass owns one precise single-shot QTimer and uses the same-thread "debug" executor.

APScheduler 3.x must not see a job change while it runs a batch of due jobs: after each job
it updates (or, for a one-off job, removes) that job in the store, from the job object it took
before the run. A job cancelled from inside its own run makes that update raise
`JobLookupError`, which skips the rest of the batch and leaves the timer unarmed, so nothing
runs until the next `add_job`; a job replaced from inside its own run has the replacement
overwritten by the old job (an interval job) or removed (a one-off job). So every change asked
for during a batch waits until the batch is over (the last one asked for per job id wins), and
a due job changed by an earlier job of the same batch does not run its stale callback.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import Qt, QTimer

log = logging.getLogger(__name__)

MAX_TIMER_MS = 2_147_483_647


class OwnedTimerQtScheduler(QtScheduler):  # type: ignore[misc]
    _qtimer: QTimer | None = None
    process_calls = 0  # counted for tests and benchmarks: how often the scheduler woke
    processing = False  # True while a batch of due jobs runs

    def __init__(self, after_batch: Callable[[], None], **options: Any) -> None:
        """`after_batch` runs after each batch of due jobs, the timer armed again."""
        self.after_batch = after_batch
        super().__init__(**options)

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

    def _process_jobs(self) -> None:
        self.process_calls += 1
        self.processing = True
        try:
            wait_seconds = BaseScheduler._process_jobs(self)
        finally:
            self.processing = False
        self._start_timer(wait_seconds)
        self.after_batch()  # changes made here re-arm the timer themselves


# What to do with a job id once the batch is over: (apply, whether the job exists afterwards)
_Change = tuple[Callable[[], None], bool]


class QtJobScheduler:
    """The Scheduler port: named jobs replace each other, late jobs still run once, and a job
    may cancel or replace itself (or any other job) from inside its run."""

    def __init__(self) -> None:
        self._deferred: dict[str, _Change] = {}
        self._stopping = False
        self._sched = OwnedTimerQtScheduler(
            self._apply_deferred,
            executors={"default": {"type": "debug"}},
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
            timezone="UTC",
        )
        self._sched.start()

    @property
    def wakeups(self) -> int:
        return int(self._sched.process_calls)

    def schedule_at(self, job_id: str, when: datetime, callback: Callable[[], None]) -> None:
        self._add(job_id, callback, "date", run_date=when)

    def every(self, job_id: str, seconds: float, callback: Callable[[], None]) -> None:
        self._add(job_id, callback, "interval", seconds=seconds)

    def _add(self, job_id: str, callback: Callable[[], None], trigger: str, **when: Any) -> None:
        """Add or replace the named job (after the running batch, if one runs)."""
        self._change(
            job_id,
            lambda: self._sched.add_job(
                self._guarded(job_id, callback), trigger, id=job_id, replace_existing=True, **when
            ),
            exists=True,
        )

    def cancel(self, job_id: str) -> None:
        self._change(job_id, lambda: self._remove(job_id), exists=False)

    def has_job(self, job_id: str) -> bool:
        if job_id in self._deferred:
            return self._deferred[job_id][1]
        return self._sched.get_job(job_id) is not None

    def wakeup(self) -> None:
        """Re-check due jobs now (after a resume from suspend)."""
        self._sched.wakeup()

    def shutdown(self) -> None:
        """Stop for good; from inside a job, once its batch is over (shutting down clears the
        job store, which the batch still updates), and no later job of that batch runs."""
        self._deferred.clear()
        if self._sched.processing:
            self._stopping = True
        elif self._sched.running:
            self._sched.shutdown(wait=False)

    def _remove(self, job_id: str) -> None:
        if self._sched.get_job(job_id) is not None:
            self._sched.remove_job(job_id)

    def _change(self, job_id: str, apply: Callable[[], None], *, exists: bool) -> None:
        if not self._sched.processing:
            apply()
            return
        self._deferred.pop(job_id, None)  # the newest change goes last, in the order asked
        self._deferred[job_id] = (apply, exists)

    def _guarded(self, job_id: str, callback: Callable[[], Any]) -> Callable[[], None]:
        def run() -> None:
            if self._stopping or job_id in self._deferred:
                return  # cancelled or replaced by an earlier job of this batch: stale
            callback()

        run.__qualname__ = run.__name__ = job_id  # what APScheduler's log lines call it
        return run

    def _apply_deferred(self) -> None:
        if self._stopping:
            self._stopping = False
            self.shutdown()
            return
        while self._deferred:
            job_id = next(iter(self._deferred))
            apply, _ = self._deferred.pop(job_id)
            try:
                apply()
            except Exception:  # as it would have failed in the caller; the others still apply
                log.exception("could not change the job %s", job_id)
