from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from massage_break.core.catalog import parse_catalog
from massage_break.core.engine import Engine
from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.settings import Settings
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
        engine = Engine(Settings(), parse_catalog(data()))
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
    assert r.c.status_dict()["routine_open"] is False


def test_notification_failure_opens_the_routine_instead(qtbot: QtBot) -> None:
    r = Rig(notifier_fails=True)
    r.c.start()
    r.work_until(31)
    assert r.shown and r.shown[0].routine_id == "r.short"


def test_history_failure_is_reported_not_fatal(qtbot: QtBot) -> None:
    r = Rig(history_fails=True)
    r.c.take_break_now()
    r.c.routine_finished(Outcome.SKIPPED)
    assert r.notices and "could not be recorded" in r.notices[0][1]


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


@pytest.mark.parametrize(
    ("message", "ok"),
    [
        ({"command": "status"}, True),
        ({"command": "break-now"}, True),
        ({"command": "pause", "minutes": 30}, True),
        ({"command": "pause", "until": "tomorrow"}, True),
        ({"command": "pause", "minutes": 0}, False),
        ({"command": "pause", "minutes": "x"}, False),
        ({"command": "resume"}, True),
        ({"command": "run"}, True),
        ({"command": "quit"}, True),
        ({"command": "format-disk"}, False),
    ],
)
def test_commands(qtbot: QtBot, message: dict[str, object], ok: bool) -> None:
    r = Rig()
    r.c.start()
    quits: list[bool] = []
    r.c.quit_requested.connect(lambda: quits.append(True))
    reply = r.c.handle_command(message)
    assert reply["ok"] is ok
    if ok:
        assert reply["status"]["detection"] == "scripted"
        assert reply["status"]["text"] == r.c.tooltip()
    assert quits == ([True] if message["command"] == "quit" else [])


def test_stop_interrupts_open_routine_and_stops_scheduler(qtbot: QtBot) -> None:
    r = Rig()
    r.c.start()
    r.c.take_break_now()
    r.c.stop()
    assert r.history.rows[-1].outcome is Outcome.INTERRUPTED and r.sched.stopped
