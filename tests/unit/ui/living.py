"""Time passing for an AppController on fake parts, as the app's own loop would run it."""

from __future__ import annotations

from datetime import datetime

from massage_break.ui.controller import WAKEUP_JOB, AppController
from tests.fakes import FakeClock, FakeScheduler


def live_until(
    clock: FakeClock, sched: FakeScheduler, controller: AppController, end: datetime
) -> None:
    """Time passes in 15 s steps until ``end``: the wake-up job runs when it is due, else
    the probe."""
    while clock.now() < end:
        clock.advance(seconds=15)
        wake = sched.jobs.get(WAKEUP_JOB)
        if wake is not None and wake[0] <= clock.now():  # type: ignore[operator]
            sched.jobs.pop(WAKEUP_JOB)
            wake[1]()
        else:
            controller.probe()
