import itertools
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.scheduling import QtJobScheduler
from massage_break.core.clock import SystemClock


def test_jobs_run_on_the_gui_thread_once(qtbot: QtBot) -> None:
    sched = QtJobScheduler()
    threads: list[str] = []
    try:
        when = SystemClock().now() + timedelta(milliseconds=100)
        sched.schedule_at("job", when, lambda: threads.append(threading.current_thread().name))
        qtbot.waitUntil(lambda: bool(threads), timeout=3000)
        after: list[
            int
        ] = []  # a later job: once it has run, a second run of the first would have too
        sched.schedule_at("later", when + timedelta(milliseconds=200), lambda: after.append(1))
        qtbot.waitUntil(lambda: bool(after), timeout=3000)
        assert threads == ["MainThread"]
        assert not sched.has_job("job")
    finally:
        sched.shutdown()


def test_late_job_still_runs_once(qtbot: QtBot) -> None:
    sched = QtJobScheduler()
    ran: list[int] = []
    try:
        sched.schedule_at("late", datetime(2020, 1, 1, tzinfo=UTC), lambda: ran.append(1))
        qtbot.waitUntil(lambda: bool(ran), timeout=3000)
        after: list[int] = []  # a later job: once it has run, a second late run would have
        soon = SystemClock().now() + timedelta(milliseconds=200)
        sched.schedule_at("sentinel", soon, lambda: after.append(1))
        qtbot.waitUntil(lambda: bool(after), timeout=3000)
        assert ran == [1]
    finally:
        sched.shutdown()


def test_fifty_reschedules_do_not_add_wakeups(qtbot: QtBot) -> None:
    sched = QtJobScheduler()
    ticks: list[int] = []
    try:
        sched.every("tick", 0.5, lambda: ticks.append(1))
        far = SystemClock().now() + timedelta(hours=1)
        for n in range(50):
            sched.schedule_at("next-break", far + timedelta(seconds=n), lambda: None)
        start = sched.wakeups
        qtbot.waitUntil(lambda: len(ticks) >= 4, timeout=10_000)
        # one wake-up per tick, give or take the first; the stock QtScheduler would have
        # woken hundreds of times for the 50 reschedules by now
        assert sched.wakeups - start <= len(ticks) + 2
    finally:
        sched.shutdown()


def test_cancel_removes_only_existing_jobs(qtbot: QtBot) -> None:
    sched = QtJobScheduler()
    try:
        sched.cancel("nothing")
        sched.schedule_at("j", SystemClock().now() + timedelta(hours=1), lambda: None)
        assert sched.has_job("j")
        sched.cancel("j")
        assert not sched.has_job("j")
        sched.wakeup()
    finally:
        sched.shutdown()
    sched.shutdown()  # twice is harmless


# ---- jobs that change jobs from inside their own run ----------------------------------------
# APScheduler 3.x updates each job after its run from the job object it took before: a job
# removed meanwhile raised JobLookupError out of the timer's slot (pytest-qt fails the test on
# that), the rest of the batch was skipped and the timer was never armed again.


def _batch(sched: QtJobScheduler, jobs: dict[str, Callable[[], None]]) -> None:
    """Add `jobs` as interval jobs that are all due when the event loop next turns, so the
    scheduler runs them in one batch, in this order."""
    for job_id, callback in jobs.items():
        sched.every(job_id, 0.05, callback)
    time.sleep(0.1)  # the event loop does not turn here: all of them are due together


def test_a_job_that_cancels_itself_leaves_the_batch_and_the_timer_running(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    sched = QtJobScheduler()
    ran: list[str] = []
    try:
        later = SystemClock().now() + timedelta(milliseconds=400)
        sched.schedule_at("later", later, lambda: ran.append("later"))

        def cancel_self() -> None:
            ran.append("probe")
            sched.cancel("probe")
            assert not sched.has_job("probe")  # as the caller sees it, already gone

        _batch(sched, {"probe": cancel_self, "other": lambda: ran.append("other")})
        sched.cancel("nothing")  # outside a batch, a missing job is no error either
        qtbot.waitUntil(lambda: "later" in ran, timeout=3000)
        late_by = SystemClock().now() - later
        assert ran[:2] == ["probe", "other"]  # the rest of the batch ran
        assert ran.count("probe") == 1 and not sched.has_job("probe")
        assert "other" in ran[2:]  # the interval job after it kept running
        # nothing was added after the batch: the timer itself was re-armed, on time
        assert late_by < timedelta(milliseconds=500)
        assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    finally:
        sched.shutdown()


def test_a_job_that_reschedules_another_and_itself(qtbot: QtBot) -> None:
    sched = QtJobScheduler()
    ran: list[str] = []
    try:
        soon = SystemClock().now() + timedelta(milliseconds=300)

        def first() -> None:
            ran.append("first")
            sched.schedule_at("second", soon, lambda: ran.append("second, moved"))
            sched.every("first", 0.05, first_again)  # and itself, to a new callback
            assert sched.has_job("second") and sched.has_job("first")

        def first_again() -> None:
            ran.append("first again")
            sched.cancel("first")

        _batch(
            sched,
            {
                "first": first,
                "second": lambda: ran.append("second, stale"),
                "third": lambda: ran.append("third"),
            },
        )
        qtbot.waitUntil(lambda: "second, moved" in ran, timeout=3000)
        qtbot.waitUntil(lambda: ran.count("third") >= 4, timeout=3000)
        # the moved job did not run its old callback in the batch that moved it
        assert "second, stale" not in ran
        assert ran[:2] == ["first", "third"]
        assert ran.count("second, moved") == 1 and ran.count("first again") == 1
        assert not sched.has_job("first") and not sched.has_job("second")
    finally:
        sched.shutdown()


def test_a_one_off_job_that_schedules_its_own_next_run(qtbot: QtBot) -> None:
    """The wake-up job's pattern: it runs and asks for the next wake-up under its own id.
    APScheduler used to remove that replacement right after the run."""
    sched = QtJobScheduler()
    runs: list[datetime] = []
    try:

        def wake() -> None:
            runs.append(SystemClock().now())
            if len(runs) < 3:
                sched.schedule_at("wake", runs[-1] + timedelta(milliseconds=150), wake)

        sched.schedule_at("wake", SystemClock().now() + timedelta(milliseconds=50), wake)
        qtbot.waitUntil(lambda: len(runs) == 3, timeout=3000)
        gaps = [b - a for a, b in itertools.pairwise(runs)]
        assert all(timedelta(milliseconds=140) < g < timedelta(milliseconds=400) for g in gaps)
        assert not sched.has_job("wake")
    finally:
        sched.shutdown()


def test_an_interval_job_may_change_its_own_interval(qtbot: QtBot) -> None:
    sched = QtJobScheduler()
    runs: list[int] = []
    try:

        def tick() -> None:
            runs.append(1)
            if len(runs) == 1:
                sched.every("tick", 0.05, tick)  # faster from now on

        sched.every("tick", 0.4, tick)
        qtbot.waitUntil(lambda: bool(runs), timeout=3000)
        qtbot.wait(500)  # at 0.4 s it would run once more; at 0.05 s many times
        assert len(runs) >= 5
    finally:
        sched.shutdown()


def test_a_change_that_fails_after_the_batch_is_logged_and_the_rest_apply(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    sched = QtJobScheduler()
    ran: list[str] = []
    try:

        def change() -> None:
            ran.append("change")
            sched.cancel("change")
            sched.schedule_at("bad", "not a date", lambda: None)  # type: ignore[arg-type]
            sched.schedule_at("good", SystemClock().now(), lambda: ran.append("good"))

        _batch(sched, {"change": change})
        qtbot.waitUntil(lambda: "good" in ran, timeout=3000)
        assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == [
            "could not change the job bad"
        ]
        assert not sched.has_job("bad") and not sched.has_job("change")
    finally:
        sched.shutdown()


def test_a_job_that_shuts_the_scheduler_down(qtbot: QtBot) -> None:
    sched = QtJobScheduler()
    ran: list[str] = []

    def quit_now() -> None:
        ran.append("quit")
        sched.cancel("tick")
        sched.shutdown()

    _batch(sched, {"quit": quit_now, "tick": lambda: ran.append("tick")})
    qtbot.waitUntil(lambda: bool(ran), timeout=3000)
    qtbot.wait(300)
    assert ran == ["quit"]  # the cancelled job did not run, and nothing ran after
