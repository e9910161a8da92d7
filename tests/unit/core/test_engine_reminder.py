"""One reminder, one answer; a repeat says the current sitting time (issue 18)."""

from __future__ import annotations

import pytest

from massage_break.core.model import (
    Outcome,
    PromptBreak,
    Record,
    ShowRoutine,
    UserAction,
    WithdrawPrompt,
)
from tests.unit.core.test_engine import NO_GRACE, S, at, engine, of, work


def test_a_repeat_says_how_long_they_have_been_sitting_now() -> None:
    """The issue: "Still sitting (16 min)" at 29 min. Interval 16, snooze 5 (defaults
    otherwise): reminders at 16, 21, 26 and 31 min of sitting, each with its own minutes."""
    e = engine(NO_GRACE.with_values(break_interval_min=16))
    prompts: list[PromptBreak] = []
    prompts += of(work(e, 0, 16), PromptBreak)
    for t in (21, 26, 31):
        prompts += of(work(e, t - 4.75, t), PromptBreak)
    assert [(p.repeat, p.sitting_seconds) for p in prompts] == [
        (0, 16 * 60),
        (1, 21 * 60),
        (2, 26 * 60),
        (3, 31 * 60),
    ]
    # the same reminder all along: same routine and tier
    assert len({(p.routine_id, p.tier) for p in prompts}) == 1


def test_a_repeat_after_a_short_pause_counts_the_pause_as_sitting() -> None:
    """A short pause (under the away threshold) does not end the stretch: a repeat during it
    counts from the stretch's start, like the tray does."""
    e = engine()
    work(e, 0, 30)
    e.on_idle_sample(60 * S, at(31))  # a minute without input: still sitting
    (repeat,) = of(e.on_wakeup(at(35), idle=0 * S), PromptBreak)
    assert repeat.repeat == 1 and repeat.sitting_seconds == 35 * 60


def test_the_answer_to_a_repeat_records_the_minutes_it_showed() -> None:
    e = engine()
    work(e, 0, 30)
    work(e, 30.25, 35)
    effects = e.on_user(UserAction.SNOOZE, at(35.5))
    (record,) = of(effects, Record)
    assert record.record.sitting_seconds == 35 * 60


@pytest.mark.parametrize(
    ("action", "outcome"),
    [
        (UserAction.SNOOZE, Outcome.SNOOZED),
        (UserAction.SKIP, Outcome.SKIPPED),
        (UserAction.DISMISS, Outcome.DISMISSED),
    ],
)
def test_every_answer_takes_the_reminder_off_every_surface(
    action: UserAction, outcome: Outcome
) -> None:
    """Before, only Start withdrew: a Snooze in the window left the notification up, and a
    click on it minutes later started a break."""
    e = engine()
    work(e, 0, 30)
    effects = e.on_user(action, at(30.5))
    assert effects[0] == WithdrawPrompt()
    assert of(effects, Record)[0].record.outcome is outcome
    # a second answer (the stale surface) finds nothing to answer
    assert e.on_user(action, at(31)) == []


def test_start_and_take_now_withdraw_once_and_open_the_routine() -> None:
    for action in (UserAction.START, UserAction.TAKE_NOW):
        e = engine()
        work(e, 0, 30)
        effects = e.on_user(action, at(30.5))
        assert of(effects, WithdrawPrompt) == [WithdrawPrompt()]
        assert len(of(effects, ShowRoutine)) == 1
        # the routine is open: a late Start brings it forward, with nothing to withdraw
        again = e.on_user(UserAction.START, at(31))
        assert of(again, WithdrawPrompt) == [] and len(again) == 1


def test_an_answer_with_no_snooze_left_still_withdraws() -> None:
    e = engine(NO_GRACE.with_values(snooze_limit=0))
    work(e, 0, 30)
    effects = e.on_user(UserAction.SNOOZE, at(30.5))
    assert effects[0] == WithdrawPrompt()
    assert of(effects, Record)[0].record.outcome is Outcome.DISMISSED
