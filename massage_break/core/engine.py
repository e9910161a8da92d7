"""The reminder state machine: events in, effects out. It never reads the clock itself."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, tzinfo

from massage_break.core import hours
from massage_break.core.catalog import Catalog
from massage_break.core.composer import Composer, Preferences, find, routine_for
from massage_break.core.model import (
    Activity,
    BreakRecord,
    CancelWakeup,
    Effect,
    Outcome,
    PromptBreak,
    Record,
    RecordBout,
    ScheduleWakeup,
    SetProbe,
    ShowRoutine,
    Status,
    StatusChanged,
    UserAction,
    WithdrawPrompt,
)
from massage_break.core.policy import BreakPolicy
from massage_break.core.settings import Settings
from massage_break.core.sitting import SittingTracker, Thresholds

RECENT_KEEP = 20
MAX_REPEATS = 3  # an ignored reminder comes back at most this often
NATURAL_PAUSE = timedelta(seconds=3)  # input stopped this long: a good moment to remind
TYPING_PROBE = 1.0  # seconds between samples while waiting for that pause
HOLD_RECHECK = timedelta(seconds=30)  # how often a held reminder looks again (call, film)
SLOW_FACTOR = 4  # away, paused or outside working hours: sample this many times less often
#: When several bad moments hold a reminder, the one named to the user (most specific first):
#: a call, do-not-disturb, a fullscreen window, then another program keeping the session from
#: going idle (a video or a presentation; a call app or a fullscreen player often does that too).
HOLD_ORDER = ("call", "dnd", "fullscreen", "inhibited")


class Engine:
    """Owns the sitting tracker and break policy; every handler returns the effects to run.

    `minute` is the length of one settings minute (shortened only for demos and tests);
    `tz` is the user's time zone, for working hours.
    """

    def __init__(
        self,
        settings: Settings,
        catalog: Catalog,
        *,
        minute: timedelta = timedelta(minutes=1),
        probe_interval: timedelta = timedelta(seconds=15),
        detection_available: bool = True,
        recent: Iterable[str] = (),
        tz: tzinfo = UTC,
        rng: random.Random | None = None,
    ) -> None:
        self.minute = minute
        self.probe_interval = probe_interval
        self.detection_available = detection_available
        self.tz = tz
        self.catalog = catalog
        self.composer = Composer(catalog, rng or random.Random(0))
        self.recent = list(recent)[-RECENT_KEEP:]
        self.settings = settings
        self.check_in = "fine"
        self._context: frozenset[str] = frozenset()  # fullscreen / call / dnd: the last sample's
        self.tracker = SittingTracker(self._thresholds(settings))
        self.policy = BreakPolicy(*self._policy_args(settings))
        self.prompt: PromptBreak | None = None
        self.showing: ShowRoutine | None = None
        self.locked_since: datetime | None = None
        self.holding: str | None = None
        self._last_idle = timedelta(0)
        self._typing_since: datetime | None = None
        self._skips = 0
        self._wakeup: datetime | None = None
        self._probe = probe_interval.total_seconds()
        self._prompted_at = datetime.min.replace(tzinfo=UTC)

    # ---- configuration ---------------------------------------------------------------------

    def _thresholds(self, s: Settings) -> Thresholds:
        return Thresholds(
            self.minute * s.short_pause_min, self.minute * s.away_min, self.probe_interval
        )

    def _policy_args(self, s: Settings) -> tuple[timedelta, timedelta, int]:
        return self.minute * s.break_interval_min, self.minute * s.snooze_min, s.snooze_limit

    @property
    def prefs(self) -> Preferences:
        s = self.settings
        return Preferences(frozenset(s.favourites), frozenset(s.hidden), self.check_in)

    def on_settings(self, settings: Settings, now: datetime) -> list[Effect]:
        self.settings = settings
        self.tracker.thresholds = replace(
            self._thresholds(settings), probe_interval=self.tracker.thresholds.probe_interval
        )
        self.policy.configure(*self._policy_args(settings))
        return self._evaluate(now)

    # ---- events ----------------------------------------------------------------------------

    @property
    def context(self) -> frozenset[str]:
        """Why the moment is bad for a reminder (fullscreen, call, dnd, inhibited), as the last
        sample or wake-up was told; the shell looks it up only when `wants_context` says so."""
        return self._context

    def on_idle_sample(
        self, idle: timedelta, now: datetime, context: frozenset[str] = frozenset()
    ) -> list[Effect]:
        self._context = context
        if self.locked_since is not None:
            return self._evaluate(now)  # the lock decides; samples resume after unlock
        had_bout = self.tracker.bout_start is not None
        sample = self.tracker.update(idle, now)
        self._last_idle = idle
        effects: list[Effect] = self._ended_bouts()
        if sample.bout_ended:
            self.policy.end_bout()
            self._skips = 0
            if self.prompt is not None:
                # They walked away from the reminder: that was a break, just not an answer.
                effects += [WithdrawPrompt(), self._record(Outcome.DISMISSED, self.prompt, now)]
                self.prompt = None
        # A new bout, also when one sample ended the last (a long gap) and the user is back.
        if (sample.bout_ended or not had_bout) and self.tracker.bout_start is not None:
            self.policy.new_bout(self.tracker.bout_start)
            self._skips = 0
        return effects + self._evaluate(now)

    def on_wakeup(
        self, now: datetime, idle: timedelta | None = None, context: frozenset[str] = frozenset()
    ) -> list[Effect]:
        """A scheduled wake-up fired; with `idle`, a fresh sample taken at that moment."""
        self._wakeup = None
        if idle is not None:
            return self.on_idle_sample(idle, now, context)
        self._context = context
        return self._evaluate(now)

    def on_locked(self, now: datetime) -> list[Effect]:
        """Screen locked or the machine going to sleep: the user is away from now on."""
        if self.locked_since is None:
            self.locked_since = now
        return self._evaluate(now)

    def on_unlocked(
        self, idle: timedelta, now: datetime, context: frozenset[str] = frozenset()
    ) -> list[Effect]:
        """Back from the lock screen or from sleep. No sample was taken while locked, so the
        tracker sees the whole lock as one gap: long enough, it was a break."""
        self.locked_since = None
        return self.on_idle_sample(idle, now, context)

    def on_user(self, action: UserAction, now: datetime) -> list[Effect]:
        if action in (UserAction.TAKE_NOW, UserAction.START):
            return self._show(now)
        prompt = self.prompt
        if prompt is None:
            return []  # a late answer to a reminder that is already gone
        self.prompt = None
        # one reminder, one answer: every other surface that shows it goes (WithdrawPrompt)
        if action is UserAction.SNOOZE and self.policy.do_snooze(now):
            outcome = Outcome.SNOOZED
        elif action is UserAction.DISMISS:
            self.policy.wait_a_little(now)
            outcome = Outcome.DISMISSED
        elif action is UserAction.SKIP and prompt.can_skip:
            self._skips += 1
            self.policy.restart_interval(now)
            outcome = Outcome.SKIPPED
        else:  # nothing left to postpone with: the reminder simply waits a little
            self.policy.wait_a_little(now)
            outcome = Outcome.DISMISSED
        return [WithdrawPrompt(), self._record(outcome, prompt, now), *self._evaluate(now)]

    def on_check_in(self, answer: str) -> None:
        """The one-tap answer after a routine ("neck", "back", "wrists", "fine")."""
        self.check_in = answer

    def on_routine_finished(
        self,
        outcome: Outcome,
        now: datetime,
        routine_id: str | None = None,
        pressure: int | None = None,
    ) -> list[Effect]:
        """`routine_id` names the routine that actually ran (a partner routine, say);
        `pressure` the firmest pressure its receivers chose (0-10), kept in the history."""
        showing = self.showing
        if showing is None:
            return []
        self.showing = None
        if routine_id is not None and find(self.catalog, routine_id) is not None:
            showing = replace(showing, routine_id=routine_id)
        routine = routine_for(self.catalog, showing.routine_id)
        if outcome is Outcome.COMPLETED and routine.gets_you_moving:
            self.tracker.restart(now)
            self.policy.end_bout()
        elif outcome is Outcome.SNOOZED and self.policy.do_snooze(now):
            pass
        else:
            self.policy.restart_interval(now)
        record = self._record(outcome, showing, now, pressure)
        return [*self._ended_bouts(), record, *self._evaluate(now)]

    def pause(self, until: datetime, now: datetime) -> list[Effect]:
        self.policy.pause(until)
        effects: list[Effect] = []
        if self.prompt is not None:
            # pausing is a deliberate "not now": the open reminder ends as dismissed
            effects += [WithdrawPrompt(), self._record(Outcome.DISMISSED, self.prompt, now)]
            self.prompt = None
        return effects + self._evaluate(now)

    def resume(self, now: datetime) -> list[Effect]:
        self.policy.resume()
        return self._evaluate(now)

    def on_quit(self, now: datetime) -> list[Effect]:
        """The app is closing: whatever was open ends as interrupted."""
        effects: list[Effect] = []
        if self.showing is not None:
            effects.append(self._record(Outcome.INTERRUPTED, self.showing, now))
            self.showing = None
        if self.prompt is not None:
            effects += [WithdrawPrompt(), self._record(Outcome.INTERRUPTED, self.prompt, now)]
            self.prompt = None
        self.tracker.finish(now)  # the stretch so far, up to the last input
        return effects + self._ended_bouts()

    # ---- state -----------------------------------------------------------------------------

    def sitting(self, now: datetime) -> timedelta:
        return self.tracker.sitting(now)

    def tier_id(self, now: datetime) -> str:
        return self.catalog.tier_for(self.sitting(now) / self.minute).id

    def in_hours(self, now: datetime) -> bool:
        return hours.within(self.settings.working_hours, now, self.tz)

    def wants_context(self, now: datetime) -> bool:
        """True when a reminder would go out now unless the moment is bad (call, film...)."""
        due = self.policy.due_at()
        return (
            due is not None
            and due <= now
            and self.prompt is None
            and self.showing is None
            and self.locked_since is None
            and not self.policy.is_paused(now)
            and self.in_hours(now)
        )

    def status(self, now: datetime) -> Status:
        paused = self.policy.is_paused(now)
        return Status(
            activity=self.tracker.activity,
            sitting_seconds=int(self.sitting(now).total_seconds()),
            next_break_at=None if paused else self.policy.due_at(),
            paused_until=self.policy.paused_until if paused else None,
            prompting=self.prompt is not None,
            detection_available=self.detection_available,
            snoozes_left=self.policy.snoozes_left(),
            holding=self.holding,
            in_hours=self.in_hours(now),
            locked=self.locked_since is not None,
        )

    # ---- internals -------------------------------------------------------------------------

    def _ended_bouts(self) -> list[Effect]:
        return [RecordBout(bout) for bout in self.tracker.take_ended()]

    def _record(
        self,
        outcome: Outcome,
        about: PromptBreak | ShowRoutine,
        now: datetime,
        pressure: int | None = None,
    ) -> Record:
        return Record(
            BreakRecord(now, outcome, about.sitting_seconds, about.routine_id, about.tier, pressure)
        )

    def _choose(self, now: datetime) -> tuple[str, str, int]:
        tier = self.tier_id(now)
        routine = self.composer.compose(tier, self.recent, self.prefs)
        self.recent = [*self.recent, routine.id][-RECENT_KEEP:]
        return routine.id, tier, int(self.sitting(now).total_seconds())

    def _show(self, now: datetime) -> list[Effect]:
        if self.showing is not None:
            return [self.showing]  # already open: bring it forward
        effects: list[Effect] = []
        prompt, self.prompt = self.prompt, None
        if prompt is not None:
            effects.append(WithdrawPrompt())
        if prompt is not None and prompt.tier == self.tier_id(now):
            routine_id, tier = prompt.routine_id, prompt.tier
            sitting = int(self.sitting(now).total_seconds())
        else:  # nothing prompted, or the prompt waited so long that the tier has moved on
            routine_id, tier, sitting = self._choose(now)
        self.showing = ShowRoutine(routine_id, tier, sitting, self.policy.can_snooze())
        return [*effects, self.showing, *self._evaluate(now)]

    def _new_prompt(self, now: datetime) -> PromptBreak:
        routine_id, tier, sitting = self._choose(now)
        limit = self.settings.skip_limit
        return PromptBreak(
            routine_id,
            tier,
            sitting,
            self.policy.can_snooze(),
            can_skip=self._skips < limit,
            confirm_skip=self._skips + 1 == limit,
        )

    def _hold(self, now: datetime) -> tuple[str | None, datetime | None]:
        """Why a due reminder should wait a moment, and when to look again."""
        if self._context:
            self._typing_since = None
            return min(self._context, key=_hold_rank), now + HOLD_RECHECK
        grace = timedelta(seconds=self.settings.typing_grace_s)
        if self.detection_available and grace and self._last_idle < NATURAL_PAUSE:
            self._typing_since = self._typing_since or now
            if now - self._typing_since < grace:
                return "typing", self._typing_since + grace
        self._typing_since = None
        return None, None

    def _evaluate(self, now: datetime) -> list[Effect]:
        effects: list[Effect] = []
        if self.policy.paused_until is not None and not self.policy.is_paused(now):
            self.policy.resume()
        due = self.policy.due_at()
        wake: datetime | None = None
        self.holding = None
        if self.policy.is_paused(now):
            wake = self.policy.paused_until
        elif self.showing is not None or self.locked_since is not None:
            pass  # the routine window or the unlock reports back; nothing to wake for
        elif not self.in_hours(now):
            wake = hours.next_change(self.settings.working_hours, now, self.tz)
        elif self.prompt is not None and self.prompt.repeat < MAX_REPEATS:
            # An unanswered reminder comes back after the snooze time, a little firmer.
            wake = self._prompted_at + self.policy.snooze
            if wake <= now:
                # it says how long they have been sitting now, not at the first reminder
                repeat = self.prompt.repeat + 1
                self.prompt = replace(
                    self.prompt,
                    repeat=repeat,
                    escalate=repeat >= self.settings.escalate_after,
                    sitting_seconds=int(self.sitting(now).total_seconds()),
                )
                effects.append(self.prompt)
                self._prompted_at, wake = now, now + self.policy.snooze
        elif self.prompt is not None:
            pass  # asked often enough: the tray shows the break is due, no more nagging
        elif due is not None:  # a due time exists only while a bout runs (user at the desk)
            wake = due
            if due <= now:
                self.holding, wake = self._hold(now)
                if self.holding is None:
                    self.prompt = self._new_prompt(now)
                    effects.append(self.prompt)
                    self._prompted_at, wake = now, now + self.policy.snooze
        if wake != self._wakeup:
            self._wakeup = wake
            effects.append(CancelWakeup() if wake is None else ScheduleWakeup(wake))
        effects += self._probe_effects(now)
        effects.append(StatusChanged(self.status(now)))
        return effects

    def _probe_effects(self, now: datetime) -> list[Effect]:
        """Sample fast while waiting for a typing pause, slowly when nothing can prompt."""
        normal = self.probe_interval.total_seconds()
        resting = (
            self.tracker.activity is Activity.AWAY
            or self.locked_since is not None
            or self.policy.is_paused(now)
            or not self.in_hours(now)
        )
        seconds = (
            min(TYPING_PROBE, normal)
            if self.holding == "typing"
            else normal * SLOW_FACTOR
            if resting
            else normal
        )
        if seconds == self._probe:
            return []
        self._probe = seconds
        # a gap between samples only means "suspended" if it is much longer than planned
        self.tracker.thresholds = replace(
            self.tracker.thresholds, probe_interval=timedelta(seconds=max(seconds, normal))
        )
        return [SetProbe(seconds)]


def _hold_rank(reason: str) -> tuple[int, str]:
    """HOLD_ORDER first, then any other reason by name."""
    return (HOLD_ORDER.index(reason) if reason in HOLD_ORDER else len(HOLD_ORDER), reason)
