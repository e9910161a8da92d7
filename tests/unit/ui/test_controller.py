from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from massage_break.core.catalog import parse_catalog
from massage_break.core.engine import Engine
from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui.commands import CommandHandler
from massage_break.ui.controller import PROBE_JOB, WAKEUP_JOB, AppController
from tests.fakes import (
    FakeClock,
    FakeScheduler,
    MemoryHistory,
    MemorySettings,
    RecordingNotifier,
    ScriptedIdle,
)
from tests.unit.core.catalog_data import data
from tests.unit.ui.living import live_until


class Rig:
    def __init__(
        self,
        *,
        notifier_fails: bool = False,
        history_fails: bool = False,
        settings_fail: bool = False,
    ) -> None:
        self.clock = FakeClock()
        self.sched = FakeScheduler()
        self.idle = ScriptedIdle()
        self.notifier = RecordingNotifier(fail=notifier_fails)
        self.history = MemoryHistory(fail=history_fails)
        self.settings = MemorySettings(fail=settings_fail)
        engine = Engine(Settings(typing_grace_s=0), parse_catalog(data()))
        self.c = AppController(
            engine,
            self.clock,
            self.sched,
            self.idle,
            self.notifier,
            self.history,
            self.settings,
            probe_seconds=15,
        )
        self.shown: list[ShowRoutine] = []
        self.notices: list[tuple[str, str]] = []
        self.c.routine_requested.connect(self.shown.append)
        self.c.notice.connect(lambda t, m: self.notices.append((t, m)))

    def work_until(self, minutes: float) -> None:
        while self.clock.now() < self.start() + timedelta(minutes=minutes):
            self.clock.advance(seconds=15)
            self.c.probe()

    def start(self):  # type: ignore[no-untyped-def]
        return FakeClock().now()

    def live_until(self, minutes: float) -> None:
        """Time passes in 15 s steps: the probe runs, and the wake-up job when it is due."""
        live_until(self.clock, self.sched, self.c, self.start() + timedelta(minutes=minutes))

    def fire(self, job: str) -> None:
        self.sched.jobs[job][1]()


def test_probe_job_and_wakeup_drive_a_prompt(qtbot: QtBot) -> None:
    r = Rig()
    r.c.start()
    assert r.sched.jobs[PROBE_JOB][0] == 15
    assert r.sched.jobs[WAKEUP_JOB][0] == r.start() + timedelta(minutes=30)
    r.work_until(29.9)
    r.clock.advance(seconds=10)
    r.fire(WAKEUP_JOB)
    assert len(r.notifier.sent) == 1
    title, body, can_snooze = r.notifier.sent[0]
    assert title == "Time for a break" and "30 min" in body and can_snooze
    assert r.c.tooltip().endswith("break due now")
    r.c.answer("snooze")
    assert r.history.rows[-1].outcome is Outcome.SNOOZED
    assert r.sched.jobs[WAKEUP_JOB][0] == r.clock.now() + timedelta(minutes=5)


def test_start_opens_the_routine_and_finishing_records_it(qtbot: QtBot) -> None:
    r = Rig()
    r.c.start()
    r.work_until(35)
    r.c.answer("start")
    assert r.notifier.withdrawn == 1 and r.shown[0].tier == "T1"
    r.c.routine_finished(Outcome.COMPLETED)
    assert r.history.rows[-1].outcome is Outcome.COMPLETED
    assert CommandHandler(r.c).status()["routine_open"] is False


def test_history_failure_is_reported_not_fatal(qtbot: QtBot) -> None:
    r = Rig(history_fails=True)
    r.c.take_break_now()
    r.c.routine_finished(Outcome.SKIPPED)
    assert r.notices and "could not be recorded" in r.notices[0][1]


def walk_away(r: Rig) -> None:
    r.idle.value = timedelta(minutes=6)
    r.clock.advance(minutes=6)
    r.c.probe()


def test_stretches_of_sitting_go_to_the_history(qtbot: QtBot) -> None:
    r = Rig()
    r.c.start()
    r.work_until(10)
    assert r.history.bouts == []
    walk_away(r)
    (bout,) = r.history.bouts
    assert bout.start == r.start() and bout.seconds == 10 * 60


def test_a_stretch_that_cannot_be_saved_is_only_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    r = Rig(history_fails=True)
    r.c.start()
    r.work_until(10)
    walk_away(r)
    assert r.notices == [] and "could not write a sitting stretch" in caplog.text


def test_pause_resume_and_tomorrow(qtbot: QtBot) -> None:
    r = Rig()
    r.c.start()
    r.c.pause_for(30)
    assert r.c.status.paused_until == r.clock.now() + timedelta(minutes=30)
    assert "paused until" in r.c.tooltip()
    r.c.resume()
    assert r.c.status.paused_until is None
    r.c.pause_until_tomorrow()
    until = r.c.status.paused_until
    assert until is not None and until.astimezone().hour == 8
    assert until > r.clock.now()


def test_apply_settings_saves_and_reschedules(qtbot: QtBot) -> None:
    r = Rig()
    r.c._local_now = r.clock.now  # the user's wall clock is UTC here, whatever the host's
    r.c.start()
    r.c.apply_settings(Settings(break_interval_min=45))
    assert r.settings.saved[-1].break_interval_min == 45
    assert r.sched.jobs[WAKEUP_JOB][0] == r.start() + timedelta(minutes=45)


def test_apply_settings_failure_changes_nothing(qtbot: QtBot) -> None:
    r = Rig(settings_fail=True)
    r.c.start()
    with pytest.raises(OSError):
        r.c.apply_settings(Settings(break_interval_min=45))
    assert r.c.settings.break_interval_min == 30


def test_stop_interrupts_open_routine_and_stops_scheduler(qtbot: QtBot) -> None:
    r = Rig()
    r.c.start()
    r.c.take_break_now()
    r.c.stop()
    assert r.history.rows[-1].outcome is Outcome.INTERRUPTED and r.sched.stopped


class CountingContext:
    name = "counting"

    def __init__(self) -> None:
        self.calls = 0
        self.value: frozenset[str] = frozenset()

    def reasons(self) -> frozenset[str]:
        self.calls += 1
        return self.value


def test_context_is_only_asked_when_a_reminder_is_due(qtbot: QtBot) -> None:
    r = Rig()
    ctx = CountingContext()
    r.c.context = ctx
    r.c.start()
    r.work_until(29.5)
    assert ctx.calls == 0
    ctx.value = frozenset({"call"})
    r.live_until(30)
    assert ctx.calls >= 1 and r.notifier.sent == [] and r.c.reason() == "call"
    assert "waiting until your call ends" in r.c.tooltip()
    ctx.value = frozenset()
    r.live_until(31)
    assert len(r.notifier.sent) == 1 and r.c.reason() == "due"


def test_an_inhibited_session_holds_with_its_reason(qtbot: QtBot) -> None:
    """A video keeping the screen on (and, on X11, fullscreen too): the tooltip and status name
    the more specific reason, then the video alone; the reminder comes once it stops."""
    r = Rig()
    ctx = CountingContext()
    r.c.context = ctx
    r.c.start()
    r.work_until(29.5)
    ctx.value = frozenset({"inhibited", "fullscreen"})
    r.live_until(30)
    assert r.notifier.sent == [] and r.c.reason() == "fullscreen"
    ctx.value = frozenset({"inhibited"})
    r.live_until(30.5)
    assert r.notifier.sent == [] and r.c.reason() == "inhibited"
    assert "video or presentation keeps the screen on" in r.c.tooltip()
    ctx.value = frozenset()
    r.live_until(31.5)
    assert len(r.notifier.sent) == 1 and r.c.reason() == "due"


def test_probe_interval_follows_the_engine(qtbot: QtBot) -> None:
    r = Rig()
    r.c.start()
    r.c.pause_for(60)
    assert r.sched.jobs[PROBE_JOB][0] == 60  # paused: sample slowly
    r.c.resume()
    assert r.sched.jobs[PROBE_JOB][0] == 15


def test_lock_and_unlock(qtbot: QtBot) -> None:
    r = Rig()
    r.c.start()
    r.c.locked(True)
    assert r.c.reason() == "locked" and CommandHandler(r.c).status()["locked"] is True
    r.clock.advance(minutes=20)
    r.c.locked(False)
    assert r.c.status.sitting_seconds == 0 and not r.c.status.locked


def test_third_skip_asks_first(qtbot: QtBot) -> None:
    r = Rig()
    asked: list[bool] = []
    r.c.skip_confirmation_requested.connect(lambda: asked.append(True))
    r.c.start()
    for n in range(3):
        r.live_until(30 * (n + 1) + 1)
        r.c.answer("skip")
    assert asked == [True]
    assert [x.outcome for x in r.history.rows] == [Outcome.SKIPPED] * 2
    r.c.confirm_skip()
    assert [x.outcome for x in r.history.rows] == [Outcome.SKIPPED] * 3


def test_ignored_reminders_escalate(qtbot: QtBot) -> None:
    r = Rig()
    shown: list[str] = []
    r.c.escalated.connect(lambda title, body, prompt: shown.append(body))
    r.c.start()
    r.live_until(41)
    assert r.notifier.urgency == [1, 1, 2] and len(shown) == 1
    assert shown[0].startswith("Still sitting")


def test_failed_notification_falls_back_to_the_window(qtbot: QtBot) -> None:
    r = Rig(notifier_fails=True)
    shown: list[str] = []
    r.c.escalated.connect(lambda title, body, prompt: shown.append(title))
    r.c.start()
    r.work_until(31)
    assert shown == ["Time for a break"]


def test_check_in_steers_the_next_routine(qtbot: QtBot) -> None:
    """Thirty breaks after a "neck" check-in work the neck more often than thirty after
    "wrists", and the other way round (the engine's seed is fixed: no flakiness)."""
    from massage_break.core.composer import areas_of
    from tests.fakes import fake_controller
    from tests.unit.ui.shipped import shipped_catalog

    catalog = shipped_catalog()
    counts: dict[str, dict[str, int]] = {}
    for answer in ("neck", "wrists"):
        c = fake_controller(Engine(Settings(), catalog))
        shown: list[ShowRoutine] = []
        c.routine_requested.connect(shown.append)
        for _ in range(30):
            c.check_in(answer)
            c.take_break_now()  # no sitting yet: the shortest tier
            c.routine_finished(Outcome.COMPLETED, shown[-1].routine_id)
        worked = [areas_of(catalog, s.routine_id) for s in shown]
        counts[answer] = {a: sum(a in w for w in worked) for a in ("neck", "wrists_hands")}
    assert counts["neck"]["neck"] > counts["wrists"]["neck"]
    assert counts["wrists"]["wrists_hands"] > counts["neck"]["wrists_hands"]


def test_reasons(qtbot: QtBot) -> None:
    r = Rig()
    r.c.start()
    assert r.c.reason() == "active"
    r.idle.value = timedelta(minutes=6)
    r.clock.advance(minutes=6)
    r.c.probe()
    assert r.c.reason() == "away"


def test_sleep_and_lock_overlap(qtbot: QtBot) -> None:
    r = Rig()
    r.c.start()
    r.c.locked(True)
    r.c.sleeping(True)
    r.c.sleeping(False)  # resumed, but the screen is still locked
    assert r.c.status.locked
    r.c.locked(False)
    assert not r.c.status.locked


class WatchingIdle(ScriptedIdle):
    name = "watching"

    def __init__(self) -> None:
        super().__init__()
        self.watches: list[object] = []
        self.unwatched = 0

    def watch(self, idle_after: timedelta, on_idle: object, on_active: object) -> None:
        self.watches.append(on_active)

    def unwatch(self) -> None:
        self.unwatched += 1


def test_no_sampling_while_away_when_the_source_can_watch(qtbot: QtBot) -> None:
    r = Rig()
    watcher = WatchingIdle()
    r.c.idle_source = watcher
    r.c.start()
    watcher.value = timedelta(minutes=6)
    r.clock.advance(minutes=6)
    r.c.probe()
    assert PROBE_JOB not in r.sched.jobs and len(watcher.watches) == 1
    watcher.value = timedelta(0)
    r.clock.advance(seconds=10)
    watcher.watches[0]()  # the user is back
    assert r.sched.jobs[PROBE_JOB][0] == 15 and watcher.unwatched == 1
    assert r.c.status.activity.value == "active"


def test_pause_until_tomorrow_follows_working_hours(qtbot: QtBot) -> None:
    from massage_break.core.hours import parse

    r = Rig()
    r.c.start()
    r.c.apply_settings(
        Settings(
            typing_grace_s=0, working_hours=parse({"mon": ["09:30-17:00"], "tue": ["10:00-12:00"]})
        )
    )
    r.c.pause_until_tomorrow()  # Monday 2026-03-02: until Tuesday's start
    assert r.c.status.paused_until is not None
    assert r.c.status.paused_until.astimezone(UTC) == datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


def test_preferences_favourite_hide_and_clear_are_saved(qtbot: QtBot) -> None:
    r = Rig()
    r.c.set_preference("ex.neck", "favourite")
    r.c.set_preference("ex.reach", "clear")
    r.c.set_preference("ex.reach", "clear")  # once is enough
    r.c.set_preference("ex.neck", "hide")
    saved = r.settings.saved[-1]
    assert saved.favourites == () and saved.hidden == ("ex.neck",)
    assert saved.cleared == ("ex.reach",)
    assert r.c.engine.prefs.hidden == frozenset({"ex.neck"})  # the next break leaves it out


class BrokenScheduler(FakeScheduler):
    """Every call fails, as a scheduler that lost its timer would."""

    def schedule_at(self, job_id: str, when: object, callback: object) -> None:
        raise RuntimeError("scheduler broke")

    def every(self, job_id: str, seconds: float, callback: object) -> None:
        raise RuntimeError("scheduler broke")

    def cancel(self, job_id: str) -> None:
        raise RuntimeError("scheduler broke")


class BrokenNotifier(RecordingNotifier):
    def withdraw(self) -> None:
        raise RuntimeError("notification server gone")


@pytest.mark.parametrize("broken", ["scheduler", "notifier"])
def test_a_failing_adapter_loses_no_other_effect(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, broken: str
) -> None:
    r = Rig()
    if broken == "scheduler":
        r.c.scheduler = r.sched = BrokenScheduler()
    else:
        r.c.notifier = r.notifier = BrokenNotifier()
    statuses: list[object] = []
    r.c.status_changed.connect(statuses.append)
    r.c.start()
    r.work_until(31)
    r.c.run(r.c.engine.on_wakeup(r.clock.now(), timedelta(0)))
    assert r.c.status.prompting
    walk_away(r)  # WithdrawPrompt, then the record of the reminder they walked away from
    assert [x.outcome for x in r.history.rows] == [Outcome.DISMISSED]
    assert statuses and not r.c.status.prompting  # the effects after the failure still ran
    assert "failed" in caplog.text and "Traceback" in caplog.text


def test_withdrawing_closes_every_surface(qtbot: QtBot) -> None:
    r = Rig()
    closed: list[bool] = []
    r.c.withdrawn.connect(lambda: closed.append(True))
    r.c.start()
    r.live_until(31)
    r.c.pause_for(30)
    assert closed == [True] and r.notifier.withdrawn == 1


def test_a_window_notifier_is_not_doubled_by_escalation(qtbot: QtBot) -> None:
    r = Rig()
    r.notifier.surface = "window"  # the notifier is the small window itself
    shown: list[str] = []
    r.c.escalated.connect(lambda title, body, prompt: shown.append(body))
    r.c.start()
    r.live_until(41)
    assert r.notifier.urgency == [1, 1, 2] and shown == []
