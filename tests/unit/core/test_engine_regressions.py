"""Regressions found by the property tests in tests/faults/test_engine_properties.py."""

from datetime import UTC, datetime, timedelta

from massage_break.core.catalog import parse_catalog
from massage_break.core.engine import Engine
from massage_break.core.model import Activity, Outcome, PromptBreak, UserAction
from massage_break.core.policy import BreakPolicy
from massage_break.core.settings import Settings
from tests.unit.core.catalog_data import data

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
S = timedelta(seconds=1)
M = timedelta(minutes=1)
NO_GRACE = Settings(typing_grace_s=0)


def at(minutes: float) -> datetime:
    return T0 + minutes * M


def work(e: Engine, start: float, end: float) -> list[PromptBreak]:
    prompts = []
    t = start
    while t <= end + 1e-9:
        prompts += [x for x in e.on_idle_sample(0 * S, at(t)) if isinstance(x, PromptBreak)]
        t += 0.25
    return prompts


def test_back_from_a_long_lock_the_new_bout_gets_its_reminder() -> None:
    """One sample after a long gap both ends the old bout and starts the new one; the new
    bout must get a due time, or no reminder ever comes while the user works on."""
    e = Engine(NO_GRACE, parse_catalog(data()))
    work(e, 0, 20)
    e.on_locked(at(20))
    e.on_unlocked(0 * S, at(80))  # an hour at lunch, back at the keyboard at once
    assert e.policy.due_at() == at(110)
    prompts = work(e, 80.25, 111)
    assert [p.repeat for p in prompts] == [0]


def test_a_long_suspend_without_a_lock_event_also_starts_a_timed_bout() -> None:
    e = Engine(NO_GRACE, parse_catalog(data()))
    work(e, 0, 20)
    e.on_idle_sample(0 * S, at(80))  # the laptop lid: no lock signal, just a gap
    assert e.policy.due_at() == at(110)


def test_a_routine_closed_while_away_does_not_remind_the_empty_desk() -> None:
    """A break that ends while the tracker says the user is away (the bout already ended)
    must not start an interval with nobody sitting: the next bout starts it."""
    e = Engine(NO_GRACE, parse_catalog(data()))
    work(e, 0, 10)
    e.on_user(UserAction.TAKE_NOW, at(10))
    e.on_idle_sample(10 * M, at(20))  # the user walked away with the window open
    assert e.tracker.activity is Activity.AWAY
    e.on_routine_finished(Outcome.INTERRUPTED, at(21))
    assert e.policy.due_at() is None
    effects = e.on_wakeup(at(60))
    assert not [x for x in effects if isinstance(x, PromptBreak)]
    e.on_idle_sample(0 * S, at(90))  # back: a new bout, a new interval
    assert e.policy.due_at() == at(120)


def test_restart_interval_between_bouts_keeps_no_due_time() -> None:
    p = BreakPolicy(30 * M, 5 * M, 2)
    p.restart_interval(T0)
    assert p.anchor is None and p.due_at() is None
    p.new_bout(T0)
    p.do_snooze(T0 + 30 * M)
    p.restart_interval(T0 + 31 * M)
    assert p.due_at() == T0 + 61 * M and p.snoozes_left() == 2
