"""Property-based tests of the reminder engine: random event sequences, explicit times.

A Hypothesis state machine drives ``Engine`` the way the controller does (the scheduler fires
each ``ScheduleWakeup`` at its time; the context is looked up only when a reminder is due)
with idle samples of any value, user answers, finished routines, pauses, settings changes,
locks and long gaps (suspend), and checks after every call what must always hold.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from massage_break.core.catalog import parse_catalog
from massage_break.core.engine import MAX_REPEATS, Engine
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
from massage_break.core.settings import FIELDS, Settings, validate
from tests.unit.core.catalog_data import data

CATALOG = parse_catalog(data())
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
KNOWN = (ScheduleWakeup, CancelWakeup, PromptBreak, WithdrawPrompt, ShowRoutine, Record, RecordBout)
CONTEXTS = ("call", "dnd", "fullscreen", "inhibited")
SUSPEND = timedelta(hours=1)

seconds = st.one_of(
    st.sampled_from([0, 1, 2, 3, 15, 30, 44, 46, 60, 90, 119, 120, 121, 299, 300, 301]),
    st.integers(0, 15 * 60),
)
idles = st.one_of(seconds, st.integers(0, 6 * 3600)).map(lambda s: timedelta(seconds=s))
gaps = st.one_of(
    st.just(15),
    seconds,
    st.integers(3600, 3 * 86400),  # a suspend or a night away
).map(lambda s: timedelta(seconds=s))
wake_idles = st.one_of(st.none(), idles)


@st.composite
def any_settings(draw: st.DrawFn) -> Settings:
    """Settings the dialog would accept: every field within bounds, thresholds in order."""
    values: dict[str, Any] = {}
    for spec in FIELDS:
        low = st.integers(spec.minimum, min(spec.maximum, spec.minimum + 5))
        values[spec.name] = draw(st.one_of(low, st.integers(spec.minimum, spec.maximum)))
    values["away_min"] = max(values["away_min"], values["short_pause_min"] + 1)
    values["break_interval_min"] = max(values["break_interval_min"], values["away_min"] + 1)
    hours = draw(
        st.one_of(
            st.just(()),
            st.lists(
                st.tuples(st.integers(0, 6), st.integers(0, 1439), st.integers(1, 1440)).filter(
                    lambda s: s[1] != s[2]
                ),
                max_size=3,
            ).map(lambda spans: tuple(sorted(spans))),
        )
    )
    out = Settings().with_values(**values, working_hours=hours)
    assert not validate(out.to_dict()), validate(out.to_dict())
    return out


def sample(handler: Any) -> Any:
    """Marks a handler that takes the context as an argument (a sample or a wake-up)."""
    handler.sampled = True
    return handler


class EngineMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = T0
        self.pending: datetime | None = None  # the scheduler's one wake-up job
        self.context: frozenset[str] = frozenset()  # what the shell would report if asked
        self.records: list[Record] = []
        self.bouts: list[RecordBout] = []
        self.fresh_open = False  # a repeat-0 reminder is out and not yet answered or withdrawn
        self.fresh_prompts = 0

    @initialize(s=any_settings(), detection=st.booleans(), idle=idles)
    def start(self, s: Settings, detection: bool, idle: timedelta) -> None:
        self.engine = Engine(s, CATALOG, detection_available=detection)
        self.call(sample(lambda now, ctx: self.engine.on_idle_sample(idle, now, ctx)))

    # ---- driving ---------------------------------------------------------------------------

    def call(self, handler: Any) -> list[Effect]:
        """Run one engine handler at self.now the way the controller does, and check it."""
        engine, now = self.engine, self.now
        context = self.context if engine.wants_context(now) else frozenset()
        prompt_before = engine.prompt
        # a sample or a wake-up is handed the context; the other handlers keep the last one
        sampled = getattr(handler, "sampled", False)
        effects: list[Effect] = handler(now, context) if sampled else handler(now)
        self.check(effects, now, prompt_before)
        return effects

    def advance(self, gap: timedelta, wake_idle: timedelta | None) -> None:
        """Let time pass; the scheduler fires a due wake-up at its own time on the way, or,
        across a suspend (a gap of over an hour), once and late, when the machine wakes."""
        target = self.now + gap
        if gap > SUSPEND and self.pending is not None and self.pending <= target:
            self.now, self.pending = target, None
            self.call(sample(lambda now, ctx: self.engine.on_wakeup(now, wake_idle, ctx)))
        at_once = 0
        while self.pending is not None and self.pending <= target:
            at_once = at_once + 1 if self.pending <= self.now else 0
            assert at_once < 5, f"a storm of wake-ups at {self.now}"
            self.now = max(self.now, self.pending)
            self.pending = None
            self.call(sample(lambda now, ctx: self.engine.on_wakeup(now, wake_idle, ctx)))
        self.now = target

    # ---- the properties --------------------------------------------------------------------

    def check(self, effects: list[Effect], now: datetime, before: PromptBreak | None) -> None:
        engine = self.engine
        answered = False  # a Record or a withdrawal earlier in this same list of effects
        last = before
        for effect in effects:
            assert isinstance(effect, (*KNOWN, StatusChanged, SetProbe)), effect
            if isinstance(effect, ScheduleWakeup):
                # never in the past; not even "now", which would spin the scheduler
                assert effect.at > now, f"wake-up not in the future: {effect.at} <= {now}"
                self.pending = effect.at
            elif isinstance(effect, CancelWakeup):
                self.pending = None
            elif isinstance(effect, PromptBreak):
                assert engine.tracker.activity is not Activity.AWAY, "prompted while away"
                assert not engine.policy.is_paused(now), "prompted while paused"
                assert engine.locked_since is None, "prompted while locked"
                assert engine.in_hours(now), "prompted outside working hours"
                assert engine.showing is None, "prompted over an open routine"
                if effect.repeat == 0:
                    assert not self.fresh_open or answered, "a second reminder for one break"
                    assert not engine.context, "prompted during a call or a film"
                    self.fresh_open = True
                    self.fresh_prompts += 1
                else:
                    assert last is not None and effect.repeat == last.repeat + 1
                    assert effect.routine_id == last.routine_id
                    assert effect.repeat <= MAX_REPEATS
                last = effect
            elif isinstance(effect, Record):
                assert effect.record.at == now, "a record stamped with another time"
                if self.records:
                    assert effect.record.at >= self.records[-1].record.at, "records out of order"
                self.records.append(effect)
                answered, self.fresh_open = True, False
            elif isinstance(effect, RecordBout):
                bout = effect.bout
                assert bout.start <= bout.end <= now, "a stretch of sitting in the future"
                if self.bouts:
                    assert bout.start >= self.bouts[-1].bout.end, "stretches overlap"
                self.bouts.append(effect)
            elif isinstance(effect, WithdrawPrompt | ShowRoutine):
                answered, self.fresh_open = True, False
            elif isinstance(effect, StatusChanged):
                status = effect.status
                limit = engine.settings.snooze_limit
                assert 0 <= status.snoozes_left <= limit, (status.snoozes_left, limit)
                assert status.paused_until is None or status.paused_until > now
                assert status.paused_until is None or status.next_break_at is None
                assert status.sitting_seconds >= 0
                assert status.prompting == (engine.prompt is not None)
        assert engine.prompt is None or engine.showing is None, "a reminder over a routine"

    @invariant()
    def wakeup_is_kept(self) -> None:
        """Whatever the engine waits for is in the scheduler (a stale job only re-evaluates)."""
        if hasattr(self, "engine") and self.engine._wakeup is not None:
            assert self.pending == self.engine._wakeup

    # ---- events ----------------------------------------------------------------------------

    @rule(gap=gaps, idle=idles, wake_idle=wake_idles)
    def sample(self, gap: timedelta, idle: timedelta, wake_idle: timedelta | None) -> None:
        self.advance(gap, wake_idle)
        self.call(sample(lambda now, ctx: self.engine.on_idle_sample(idle, now, ctx)))

    @rule(
        n=st.integers(1, 60),
        every=st.sampled_from([1, 5, 15, 15, 15, 30, 60]).map(lambda s: timedelta(seconds=s)),
        idle=st.sampled_from([0, 0, 1, 2, 5, 20, 90]).map(lambda s: timedelta(seconds=s)),
    )
    def work(self, n: int, every: timedelta, idle: timedelta) -> None:
        """Someone at the keyboard, sampled at a steady pace."""
        for _ in range(n):
            self.advance(every, idle)
            self.call(sample(lambda now, ctx: self.engine.on_idle_sample(idle, now, ctx)))

    @rule(wake_idle=wake_idles)
    def next_wakeup(self, wake_idle: timedelta | None) -> None:
        if self.pending is not None:
            self.advance(max(self.pending - self.now, timedelta(0)), wake_idle)

    @rule(gap=gaps, wake_idle=wake_idles)
    def stray_wakeup(self, gap: timedelta, wake_idle: timedelta | None) -> None:
        """A wake-up that comes late or from an earlier schedule: it must only re-evaluate."""
        self.advance(gap, None)
        self.call(sample(lambda now, ctx: self.engine.on_wakeup(now, wake_idle, ctx)))

    @rule(gap=seconds.map(lambda s: timedelta(seconds=s)), action=st.sampled_from(UserAction))
    def user(self, gap: timedelta, action: UserAction) -> None:
        self.advance(gap, None)
        self.call(lambda now: self.engine.on_user(action, now))

    @rule(
        gap=seconds.map(lambda s: timedelta(seconds=s)),
        outcome=st.sampled_from(Outcome),
        other=st.one_of(st.none(), st.sampled_from([*sorted(CATALOG.routines), "no.such"])),
    )
    def routine_finished(self, gap: timedelta, outcome: Outcome, other: str | None) -> None:
        self.advance(gap, None)
        self.call(lambda now: self.engine.on_routine_finished(outcome, now, other))

    @rule(gap=seconds.map(lambda s: timedelta(seconds=s)), minutes=st.integers(1, 24 * 60))
    def pause(self, gap: timedelta, minutes: int) -> None:
        self.advance(gap, None)
        self.call(lambda now: self.engine.pause(now + timedelta(minutes=minutes), now))

    @rule(gap=seconds.map(lambda s: timedelta(seconds=s)))
    def resume(self, gap: timedelta) -> None:
        self.advance(gap, None)
        self.call(self.engine.resume)

    @rule(gap=seconds.map(lambda s: timedelta(seconds=s)), s=any_settings())
    def change_settings(self, gap: timedelta, s: Settings) -> None:
        self.advance(gap, None)
        self.call(lambda now: self.engine.on_settings(s, now))

    @rule(gap=seconds.map(lambda s: timedelta(seconds=s)))
    def lock(self, gap: timedelta) -> None:
        self.advance(gap, None)
        self.call(self.engine.on_locked)

    @rule(gap=gaps, idle=idles)
    def unlock(self, gap: timedelta, idle: timedelta) -> None:
        self.advance(gap, None)
        self.call(sample(lambda now, ctx: self.engine.on_unlocked(idle, now, ctx)))

    @rule(reasons=st.frozensets(st.sampled_from(CONTEXTS)))
    def context_changes(self, reasons: frozenset[str]) -> None:
        self.context = reasons

    # ---- liveness --------------------------------------------------------------------------

    def teardown(self) -> None:
        """Whatever happened, once nothing stands in the way, continuous work brings a break.

        Promise: a reminder is never lost for good: after the run, with the routine closed,
        the reminder answered, reminders resumed, the screen unlocked and no working hours,
        sitting at the keyboard for the interval (plus the snooze and the typing grace)
        brings a fresh reminder."""
        if not hasattr(self, "engine"):
            return
        engine = self.engine
        before = self.fresh_prompts
        self.context = frozenset()
        step = timedelta(seconds=15)
        self.advance(step, None)
        self.call(
            lambda now: engine.on_settings(engine.settings.with_values(working_hours=()), now)
        )
        self.call(sample(lambda now, ctx: engine.on_unlocked(timedelta(0), now, ctx)))
        self.call(engine.resume)
        self.call(lambda now: engine.on_routine_finished(Outcome.SKIPPED, now))
        self.call(lambda now: engine.on_user(UserAction.SKIP, now))
        s = engine.settings
        budget = (s.break_interval_min + s.snooze_min) * engine.minute
        budget += timedelta(seconds=s.typing_grace_s) + 2 * step
        start = self.now
        while self.now - start <= budget and self.fresh_prompts == before:
            self.advance(step, timedelta(0))
            self.call(sample(lambda now, ctx: engine.on_idle_sample(timedelta(0), now, ctx)))
        prompted = self.fresh_prompts > before
        assert prompted, f"no reminder after {self.now - start} of continuous work"


EngineMachine.TestCase.settings = settings(
    max_examples=200,
    deadline=None,
    stateful_step_count=40,
    suppress_health_check=[HealthCheck.too_slow],
)
TestEngineProperties = EngineMachine.TestCase
TestEngineProperties.__doc__ = """Promise: for any sequence of samples, answers, pauses,
settings, locks and suspends at non-decreasing times: no reminder while away, paused, locked,
outside working hours or over a routine; at most one fresh reminder per due break; no
wake-up scheduled in the past; history records in time order; the status stays consistent
(snoozes within the limit, paused_until in the future); and a break is never lost for good."""


def test_a_reminder_withdrawn_by_a_pause_still_gets_its_history_row() -> None:
    """Promise: every reminder ends in exactly one history row ("one history row: a prompt
    and how it ended"), also when the user pauses reminders while one is showing."""
    engine = Engine(Settings(typing_grace_s=0), CATALOG)
    now = T0
    effects: list[Effect] = []
    while now <= T0 + timedelta(minutes=30):
        effects += engine.on_idle_sample(timedelta(0), now)
        now += timedelta(seconds=15)
    assert [e for e in effects if isinstance(e, PromptBreak)], "the reminder came"
    effects = engine.pause(now + timedelta(minutes=30), now)
    assert WithdrawPrompt() in effects
    rows = [e.record.outcome for e in effects if isinstance(e, Record)]
    assert rows == [Outcome.DISMISSED], "the withdrawn reminder left no row"
