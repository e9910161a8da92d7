"""AppController paths the main tests leave out: the session ending under the app, a
preference that cannot be saved, a saved pause from an earlier run, and an idle source
that watches but cannot be told to stop."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from massage_break.core.model import Outcome
from massage_break.ui.controller import PROBE_JOB
from tests.unit.ui.test_controller import Rig, WatchingIdle


def test_the_session_ending_under_the_app_records_the_open_break_and_shows_nothing(
    qtbot: QtBot,
) -> None:
    r = Rig()
    r.c.start()
    r.work_until(35)
    r.c.answer("start")
    withdrawn: list[int] = []
    r.c.withdrawn.connect(lambda: withdrawn.append(1))
    shown = len(r.shown)
    r.c.record_quit()
    assert r.history.rows[-1].outcome is Outcome.INTERRUPTED
    assert r.history.bouts  # the sitting before the break is kept too
    assert withdrawn == [] and len(r.shown) == shown and r.notices == []


def test_a_preference_that_cannot_be_saved_is_said(qtbot: QtBot) -> None:
    r = Rig(settings_fail=True)
    r.c.set_preference("ex.neck", "favourite")
    assert r.notices == [
        ("Preference not saved", "Could not save your settings: read-only file system")
    ]
    assert "ex.neck" not in r.c.settings.favourites


def test_a_pause_saved_by_an_earlier_run_resumes_only_while_it_lasts(qtbot: QtBot) -> None:
    r = Rig()
    r.c.start()
    r.c.pause_until(r.clock.now() - timedelta(minutes=1))  # ended while the app was closed
    assert r.c.status.paused_until is None
    until = r.clock.now() + timedelta(minutes=20)
    r.c.pause_until(until)
    assert r.c.status.paused_until == until


class WatchOnly(WatchingIdle):
    unwatch = None  # type: ignore[assignment]


def test_an_idle_source_that_cannot_unwatch_is_watched_once_and_sampled_again(
    qtbot: QtBot,
) -> None:
    r = Rig()
    watcher = WatchOnly()
    r.c.idle_source = watcher
    r.c.start()
    watcher.value = timedelta(minutes=6)
    r.clock.advance(minutes=6)
    r.c.probe()
    r.c._set_probe(15)  # the engine asks again while away: no second watch
    assert len(watcher.watches) == 1 and PROBE_JOB not in r.sched.jobs
    watcher.value = timedelta(0)
    r.clock.advance(seconds=10)
    watcher.watches[0]()  # type: ignore[operator]
    assert r.sched.jobs[PROBE_JOB][0] == 15
    assert r.c.status.activity.value == "active"
