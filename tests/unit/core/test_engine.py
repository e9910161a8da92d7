from datetime import UTC, datetime, timedelta

import pytest

from massage_break.core.catalog import parse_catalog
from massage_break.core.engine import Engine
from massage_break.core.model import (
    Activity,
    CancelWakeup,
    Effect,
    Outcome,
    PromptBreak,
    Record,
    RecordBout,
    ScheduleWakeup,
    SetProbe,
    ShowRoutine,
    StatusChanged,
    UserAction,
    WithdrawPrompt,
)
from massage_break.core.settings import Settings
from tests.unit.core.catalog_data import data

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
S = timedelta(seconds=1)
M = timedelta(minutes=1)


def at(minutes: float) -> datetime:
    return T0 + minutes * M


NO_GRACE = Settings(typing_grace_s=0)  # most scenarios: remind on the dot


def engine(settings: Settings = NO_GRACE, **kw: object) -> Engine:
    return Engine(settings, parse_catalog(data()), **kw)  # type: ignore[arg-type]


def of(effects: list[Effect], kind: type) -> list:  # type: ignore[type-arg]
    return [e for e in effects if isinstance(e, kind)]


def work(e: Engine, start: float, end: float, step: float = 0.25) -> list[Effect]:
    """Active typing from `start` to `end` minutes, sampled every 15 s."""
    out: list[Effect] = []
    t = start
    while t <= end + 1e-9:
        out += e.on_idle_sample(0 * S, at(t))
        t += step
    return out


def test_first_input_schedules_the_break_interval_ahead() -> None:
    e = engine()
    effects = e.on_idle_sample(0 * S, T0)
    assert of(effects, ScheduleWakeup) == [ScheduleWakeup(at(30))]
    status = of(effects, StatusChanged)[-1].status
    assert status.activity is Activity.ACTIVE and status.next_break_at == at(30)
    # the same wake-up is not scheduled twice
    assert of(e.on_idle_sample(0 * S, at(0.25)), ScheduleWakeup) == []


def test_prompt_fires_from_the_wakeup_once() -> None:
    e = engine()
    work(e, 0, 29.75)
    effects = e.on_wakeup(at(30))
    prompt = of(effects, PromptBreak)
    assert len(prompt) == 1 and prompt[0].routine_id.startswith("mix:self:T1:")
    assert prompt[0] == PromptBreak(prompt[0].routine_id, "T1", 30 * 60, True)
    # unanswered, it comes back after the snooze time
    assert of(effects, ScheduleWakeup) == [ScheduleWakeup(at(35))]
    assert of(e.on_wakeup(at(30)), PromptBreak) == []
    assert of(work(e, 30, 31), PromptBreak) == []
    assert e.status(at(31)).prompting


def test_early_wakeup_only_reschedules() -> None:
    e = engine()
    e.on_idle_sample(0 * S, T0)
    e.on_settings(NO_GRACE.with_values(break_interval_min=40), at(1))
    effects = e.on_wakeup(at(30))
    assert of(effects, PromptBreak) == [] and of(effects, ScheduleWakeup) == [
        ScheduleWakeup(at(40))
    ]


def test_no_prompt_while_away_and_none_after_a_real_break() -> None:
    e = engine()
    work(e, 0, 20)
    effects: list[Effect] = []
    for k in range(1, 21):  # no input from minute 20 on, sampled every 15 s
        effects = e.on_idle_sample(k * 15 * S, at(20 + k / 4))
        if k == 8:
            assert e.status(at(22)).activity is Activity.IDLE
    assert e.status(at(25)).activity is Activity.AWAY
    assert of(effects, CancelWakeup) == [CancelWakeup()]
    assert of(e.on_wakeup(at(30)), PromptBreak) == []
    # back at the desk: a fresh bout with a fresh interval
    e.on_idle_sample(19.75 * M, at(39.75))
    assert of(e.on_idle_sample(0 * S, at(40)), ScheduleWakeup) == [ScheduleWakeup(at(70))]


def test_due_while_idle_prompts_while_away_does_not() -> None:
    e = engine()
    work(e, 0, 28)
    effects: list[Effect] = []
    for k in range(1, 9):  # reading from minute 28 on: idle, not away
        effects += e.on_idle_sample(k * 15 * S, at(28 + k / 4))
    assert e.status(at(30)).activity is Activity.IDLE
    assert of(effects, PromptBreak) != []


def test_walking_away_from_a_prompt_withdraws_it() -> None:
    e = engine()
    work(e, 0, 29.75)
    e.on_wakeup(at(30))
    effects = e.on_idle_sample(6 * M, at(36))
    assert WithdrawPrompt() in effects
    assert of(effects, Record)[0].record.outcome is Outcome.DISMISSED
    assert not e.status(at(36)).prompting


def test_snooze_reprompts_after_the_snooze_time_until_the_limit() -> None:
    e = engine()
    work(e, 0, 29.75)
    e.on_wakeup(at(30))
    effects = e.on_user(UserAction.SNOOZE, at(30.5))
    assert of(effects, Record)[0].record.outcome is Outcome.SNOOZED
    assert of(effects, ScheduleWakeup) == [ScheduleWakeup(at(35.5))]
    for n in (2, 3):
        prompt = of(e.on_wakeup(at(30.5 + 5 * (n - 1))), PromptBreak)
        assert prompt and prompt[0].can_snooze
        e.on_user(UserAction.SNOOZE, at(30.5 + 5 * (n - 1)))
    last = of(e.on_wakeup(at(45.5)), PromptBreak)[0]
    assert not last.can_snooze and e.status(at(45.5)).snoozes_left == 0
    # a stale "Snooze" beyond the limit: the reminder just waits a little, no snooze used
    effects = e.on_user(UserAction.SNOOZE, at(46))
    assert of(effects, Record)[0].record.outcome is Outcome.DISMISSED
    assert of(effects, ScheduleWakeup) == [ScheduleWakeup(at(51))]


def test_skip_and_dismiss() -> None:
    e = engine()
    work(e, 0, 29.75)
    e.on_wakeup(at(30))
    effects = e.on_user(UserAction.SKIP, at(31))
    assert of(effects, Record)[0].record.outcome is Outcome.SKIPPED
    assert e.status(at(31)).next_break_at == at(61)
    e.on_wakeup(at(61))
    effects = e.on_user(UserAction.DISMISS, at(62))
    assert of(effects, Record)[0].record.outcome is Outcome.DISMISSED
    assert e.status(at(62)).next_break_at == at(67) and e.status(at(62)).snoozes_left == 3


def test_late_answer_is_ignored() -> None:
    assert engine().on_user(UserAction.SKIP, T0) == []
    assert engine().on_routine_finished(Outcome.COMPLETED, T0) == []


def test_start_opens_the_prompted_routine_and_completion_restarts_sitting() -> None:
    e = engine()
    work(e, 0, 29.75)
    e.on_wakeup(at(30))
    effects = e.on_user(UserAction.START, at(30.2))
    assert effects[0] == WithdrawPrompt()
    show = of(effects, ShowRoutine)[0]
    assert show.routine_id.startswith("mix:self:T1:") and show.tier == "T1"
    assert of(e.on_user(UserAction.TAKE_NOW, at(30.3)), ShowRoutine) == [show]
    effects = e.on_routine_finished(Outcome.COMPLETED, at(33))
    record = of(effects, Record)[0].record
    assert (record.outcome, record.routine_id, record.sitting_seconds) == (
        Outcome.COMPLETED,
        show.routine_id,
        30 * 60 + 12,
    )
    assert e.sitting(at(33)) == timedelta(0) and record.pressure is None
    assert of(e.on_idle_sample(0 * S, at(33.1)), ScheduleWakeup) == [ScheduleWakeup(at(63.1))]


def test_the_partner_pressure_is_recorded_with_the_break() -> None:
    e = engine()
    work(e, 0, 10)
    e.on_user(UserAction.TAKE_NOW, at(10))
    effects = e.on_routine_finished(Outcome.COMPLETED, at(15), None, pressure=4)
    assert of(effects, Record)[0].record.pressure == 4


def test_completing_a_micro_break_keeps_the_sitting_clock() -> None:
    e = engine()
    work(e, 0, 10)
    show = of(e.on_user(UserAction.TAKE_NOW, at(10)), ShowRoutine)[0]
    assert show.tier == "T0" and show.routine_id.startswith("mix:self:T0:")
    e.on_routine_finished(Outcome.COMPLETED, at(11))
    assert e.sitting(at(10)) == 10 * M
    assert e.status(at(11)).next_break_at == at(41)
    # the next early break is never the same mix
    assert of(e.on_user(UserAction.TAKE_NOW, at(12)), ShowRoutine)[0].routine_id != show.routine_id


@pytest.mark.parametrize(
    ("outcome", "next_at", "snoozes"),
    [(Outcome.SNOOZED, 46, 2), (Outcome.SKIPPED, 71, 3), (Outcome.INTERRUPTED, 71, 3)],
)
def test_routine_window_outcomes(outcome: Outcome, next_at: float, snoozes: int) -> None:
    e = engine()
    work(e, 0, 40)
    e.on_user(UserAction.TAKE_NOW, at(40))
    effects = e.on_routine_finished(outcome, at(41))
    assert of(effects, Record)[0].record.outcome is outcome
    assert e.status(at(41)).next_break_at == at(next_at)
    assert e.status(at(41)).snoozes_left == snoozes


def test_snooze_from_window_without_snoozes_left_restarts_interval() -> None:
    e = engine()
    e.on_settings(NO_GRACE.with_values(snooze_limit=0), T0)
    work(e, 0, 40)
    show = of(e.on_user(UserAction.TAKE_NOW, at(40)), ShowRoutine)[0]
    assert not show.can_snooze
    e.on_routine_finished(Outcome.SNOOZED, at(41))
    assert e.status(at(41)).next_break_at == at(71)


def test_pause_withdraws_and_holds_prompts_until_it_ends() -> None:
    e = engine()
    work(e, 0, 29.75)
    e.on_wakeup(at(30))
    effects = e.pause(at(90), at(31))
    assert effects[0] == WithdrawPrompt() and ScheduleWakeup(at(90)) in effects
    status = e.status(at(31))
    assert status.paused_until == at(90) and status.next_break_at is None
    assert of(work(e, 31, 89.75), PromptBreak) == []
    effects = e.on_wakeup(at(90))
    assert of(effects, PromptBreak) != []
    assert e.status(at(90)).paused_until is None


def test_pause_without_prompt_and_resume() -> None:
    e = engine()
    work(e, 0, 5)
    assert of(e.pause(at(60), at(5)), WithdrawPrompt) == []
    effects = e.resume(at(6))
    assert of(effects, ScheduleWakeup) == [ScheduleWakeup(at(30))]


def test_tiers_escalate_with_sitting_time() -> None:
    e = engine()
    effects = work(e, 0, 130, step=0.5)
    prompts = of(effects, PromptBreak)  # unanswered for 100 minutes
    assert [(p.tier, p.repeat) for p in prompts] == [("T1", n) for n in range(4)]
    assert e.tier_id(at(130)) == "T3"
    assert of(e.on_user(UserAction.TAKE_NOW, at(130)), ShowRoutine)[0].routine_id.startswith(
        "mix:self:T3:"
    )


def test_minute_scale_and_recent_history() -> None:
    e = engine(
        minute=timedelta(seconds=1),
        probe_interval=timedelta(seconds=0.5),
        recent=["r.micro"],
        detection_available=False,
    )
    effects = e.on_idle_sample(0 * S, T0)
    assert of(effects, ScheduleWakeup) == [ScheduleWakeup(T0 + 30 * S)]
    assert not e.status(T0).detection_available
    assert e.recent == ["r.micro"]
    assert of(e.on_user(UserAction.TAKE_NOW, T0), ShowRoutine)[0].routine_id.startswith("mix:")


def test_quit_interrupts_what_is_open() -> None:
    e = engine()
    assert e.on_quit(T0) == []
    work(e, 0, 29.75)
    e.on_wakeup(at(30))
    effects = e.on_quit(at(31))
    assert effects[0] == WithdrawPrompt()
    assert of(effects, Record)[0].record.outcome is Outcome.INTERRUPTED
    e.on_user(UserAction.TAKE_NOW, at(32))
    effects = e.on_quit(at(33))
    assert [r.record.outcome for r in of(effects, Record)] == [Outcome.INTERRUPTED]
    assert e.showing is None and e.prompt is None


# ---- respectful timing ---------------------------------------------------------------------


def test_typing_grace_waits_for_a_pause_in_input() -> None:
    e = engine(Settings())  # default grace: 60 s
    work(e, 0, 29.75)
    effects = e.on_wakeup(at(30))
    assert of(effects, PromptBreak) == [] and e.status(at(30)).holding == "typing"
    assert SetProbe(1.0) in effects  # look closely for the pause
    # still typing 20 s later: still held
    assert of(e.on_idle_sample(1 * S, at(30) + 20 * S), PromptBreak) == []
    # they stop for 4 s: now
    effects = e.on_idle_sample(4 * S, at(30) + 24 * S)
    assert of(effects, PromptBreak) != [] and SetProbe(15.0) in effects
    assert e.status(at(30.5)).holding is None


def test_typing_grace_gives_up_after_the_grace_time() -> None:
    e = engine(Settings(typing_grace_s=30))
    work(e, 0, 29.75)
    e.on_wakeup(at(30))
    assert of(e.on_idle_sample(0 * S, at(30) + 29 * S), PromptBreak) == []
    assert of(e.on_idle_sample(0 * S, at(30) + 30 * S), PromptBreak) != []


def test_no_grace_without_activity_detection() -> None:
    e = engine(Settings(), detection_available=False)
    work(e, 0, 29.75)
    assert of(e.on_wakeup(at(30)), PromptBreak) != []


@pytest.mark.parametrize("reason", ["fullscreen", "call", "dnd", "inhibited"])
def test_bad_moments_hold_the_reminder_until_they_end(reason: str) -> None:
    e = engine()
    work(e, 0, 29.75)
    assert e.wants_context(at(30))
    bad = frozenset({reason})
    effects = e.on_wakeup(at(30), context=bad)
    assert of(effects, PromptBreak) == [] and e.status(at(30)).holding == reason
    assert ScheduleWakeup(at(30) + 30 * S) in effects and e.context == bad
    assert of(e.on_idle_sample(0 * S, at(30.5), bad), PromptBreak) == []
    effects = e.on_wakeup(at(31))
    assert len(of(effects, PromptBreak)) == 1  # reminded once it ended
    assert not e.wants_context(at(31))


@pytest.mark.parametrize(
    ("context", "named"),
    [
        ({"inhibited", "fullscreen"}, "fullscreen"),  # a fullscreen player that inhibits idle
        ({"inhibited", "call"}, "call"),  # a call app keeps the screen on too
        ({"inhibited", "dnd", "fullscreen"}, "dnd"),
        ({"inhibited", "zzz-new"}, "inhibited"),  # a reason the order does not know comes last
        ({"zzz-new", "aaa-new"}, "aaa-new"),  # and among those, by name
    ],
)
def test_several_bad_moments_name_the_most_specific(context: set[str], named: str) -> None:
    e = engine()
    work(e, 0, 29.75)
    effects = e.on_wakeup(at(30), context=frozenset(context))
    assert of(effects, PromptBreak) == [] and e.status(at(30)).holding == named


def test_an_inhibited_session_holds_until_the_video_ends_then_reminds_at_once() -> None:
    """A film inhibits idle from 29 min to 41 min: the break due at 30 waits, and comes with the
    first sample after the film, not a whole interval later; the sitting clock kept running."""
    e = engine()
    work(e, 0, 28.75)
    inhibited = frozenset({"inhibited"})
    for t in (29.0, 29.25, 29.5, 29.75):
        assert of(e.on_idle_sample(0 * S, at(t), inhibited), PromptBreak) == []
    effects = e.on_wakeup(at(30), 0 * S, inhibited)
    assert of(effects, PromptBreak) == [] and e.status(at(30)).holding == "inhibited"
    assert ScheduleWakeup(at(30.5)) in effects  # looks again in 30 s
    t = 30.25
    while t < 41:
        assert of(e.on_idle_sample(0 * S, at(t), inhibited), PromptBreak) == [], t
        t += 0.25
    assert e.status(at(40.75)).sitting_seconds >= 40 * 60
    effects = e.on_idle_sample(0 * S, at(41))  # the film ended
    assert len(of(effects, PromptBreak)) == 1 and e.status(at(41)).holding is None


def test_working_hours_hold_reminders_but_not_the_sitting_clock() -> None:
    from massage_break.core.hours import parse

    hours = parse({"mon": ["09:00-09:20", "09:40-17:00"]})  # 2026-03-02 is a Monday
    e = engine(NO_GRACE.with_values(working_hours=hours))
    effects = work(e, 0, 39.75)
    assert of(effects, PromptBreak) == []
    status = e.status(at(30))
    assert not status.in_hours and status.sitting_seconds >= 29 * 60
    assert ScheduleWakeup(at(40)) in effects  # the next working-hours start
    assert SetProbe(60.0) in effects  # nothing can prompt: sample slowly
    assert of(e.on_wakeup(at(40)), PromptBreak) != []


def test_lock_and_sleep_count_as_away() -> None:
    e = engine()
    work(e, 0, 20)
    effects = e.on_locked(at(20))
    assert e.status(at(20)).locked and SetProbe(60.0) in effects
    assert of(e.on_wakeup(at(31)), PromptBreak) == []
    assert e.on_idle_sample(0 * S, at(22)) != []  # samples during the lock change nothing
    assert e.tracker.bout_start == T0
    # a short lock (2 min) is not a break: the bout goes on and the reminder follows
    effects = e.on_unlocked(0 * S, at(22))
    assert e.tracker.bout_start == T0 and not e.status(at(22)).locked
    e2 = engine()
    work(e2, 0, 20)
    e2.on_locked(at(20))
    e2.on_locked(at(21))  # a second signal keeps the first time
    effects = e2.on_unlocked(0 * S, at(40))  # 20 min asleep: a real break
    assert of(effects, PromptBreak) == [] and e2.tracker.bout_start == at(40)


def test_unlock_without_lock_is_a_plain_sample() -> None:
    e = engine()
    e.on_unlocked(0 * S, T0)
    assert e.tracker.bout_start == T0


def test_suspend_past_the_due_time_reminds_at_most_once() -> None:
    e = engine()
    work(e, 0, 25)
    # asleep from 25 to 28 min (short: not a break), due at 30
    effects = e.on_idle_sample(0 * S, at(28))
    effects += work(e, 28.25, 35)
    assert len([p for p in of(effects, PromptBreak) if p.repeat == 0]) == 1


@pytest.mark.parametrize("jump", [timedelta(hours=1), -timedelta(hours=1)])
def test_clock_jumps_count_as_time_away(jump: timedelta) -> None:
    e = engine()
    work(e, 0, 25)
    effects = e.on_idle_sample(0 * S, at(25) + jump)
    assert of(effects, PromptBreak) == []
    assert e.tracker.bout_start == at(25) + jump  # a fresh bout from the new time


def test_skip_limit_and_confirmation() -> None:
    e = engine()
    work(e, 0, 29.75)
    prompts = []
    for n in range(4):
        prompts += of(e.on_wakeup(at(30 + 30 * n)), PromptBreak)
        e.on_user(UserAction.SKIP, at(30 + 30 * n))
    assert [(p.can_skip, p.confirm_skip) for p in prompts] == [
        (True, False),
        (True, False),
        (True, True),
        (False, False),
    ]
    # the fourth prompt cannot be skipped: a stale Skip just waits a little
    assert e.status(at(120)).next_break_at == at(125)
    # a new bout resets the count
    e.on_idle_sample(10 * M, at(130))
    e.on_idle_sample(0 * S, at(131))
    assert e._skips == 0


def test_escalation_flag_after_ignored_reminders() -> None:
    e = engine(NO_GRACE.with_values(escalate_after=2))
    work(e, 0, 29.75)
    prompts = of(e.on_wakeup(at(30)), PromptBreak)
    for t in (35, 40, 45):
        prompts += of(e.on_wakeup(at(t)), PromptBreak)
    assert [(p.repeat, p.escalate) for p in prompts] == [
        (0, False),
        (1, False),
        (2, True),
        (3, True),
    ]


def test_finished_partner_routine_is_recorded_by_its_own_id() -> None:
    e = engine()
    work(e, 0, 40)
    e.on_user(UserAction.TAKE_NOW, at(40))
    effects = e.on_routine_finished(Outcome.COMPLETED, at(45), routine_id="p.short")
    assert of(effects, Record)[0].record.routine_id == "p.short"
    e.on_user(UserAction.TAKE_NOW, at(46))
    effects = e.on_routine_finished(Outcome.COMPLETED, at(47), routine_id="no.such.routine")
    assert of(effects, Record)[0].record.routine_id.startswith("mix:self:")
    assert e.sitting(at(45)) == timedelta(0)


def test_check_in_and_preferences_steer_the_choice() -> None:
    e = engine(NO_GRACE.with_values(hidden=("ex.neck",)))
    e.on_check_in("wrists")
    assert e.prefs.check_in == "wrists" and e.prefs.hidden == frozenset({"ex.neck"})
    work(e, 0, 70, step=0.5)
    show = of(e.on_user(UserAction.TAKE_NOW, at(70)), ShowRoutine)[0]
    assert "ex.neck" not in show.routine_id  # hidden exercises never appear


def test_wakeup_with_a_fresh_sample() -> None:
    e = engine(Settings())
    work(e, 0, 29.75)
    assert e.on_wakeup(at(30)) and e.status(at(30)).holding == "typing"
    effects = e.on_wakeup(at(30) + 5 * S, idle=5 * S)
    assert of(effects, PromptBreak) != []


def test_stretches_of_sitting_are_recorded_when_they_end() -> None:
    e = engine()
    assert of(work(e, 0, 20), RecordBout) == []
    effects = e.on_idle_sample(6 * M, at(26))  # away since 20 min
    (bout,) = [r.bout for r in of(effects, RecordBout)]
    assert (bout.start, bout.end) == (at(0), at(20))


def test_a_completed_walk_ends_the_stretch_before_its_record() -> None:
    e = engine()
    work(e, 0, 29.75)
    e.on_wakeup(at(30))
    e.on_user(UserAction.START, at(30.2))
    effects = e.on_routine_finished(Outcome.COMPLETED, at(33))
    assert isinstance(effects[0], RecordBout) and isinstance(effects[1], Record)
    assert effects[0].bout.end == at(29.75)


def test_quitting_records_the_stretch_so_far() -> None:
    e = engine()
    work(e, 0, 12)
    (bout,) = [r.bout for r in of(e.on_quit(at(12.1)), RecordBout)]
    assert (bout.start, bout.end) == (at(0), at(12.1))
    assert of(engine().on_quit(at(1)), RecordBout) == []  # nothing measured yet
