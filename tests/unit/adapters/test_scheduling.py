import threading
from datetime import UTC, datetime, timedelta

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
