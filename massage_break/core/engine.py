"""The reminder state machine: events in, effects out. It never reads the clock itself."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from massage_break.core.catalog import Catalog
from massage_break.core.model import (
    BreakRecord,
    CancelWakeup,
    Effect,
    Outcome,
    PromptBreak,
    Record,
    ScheduleWakeup,
    ShowRoutine,
    Status,
    StatusChanged,
    UserAction,
    WithdrawPrompt,
)
from massage_break.core.policy import BreakPolicy
from massage_break.core.routines import RoutineSelector
from massage_break.core.settings import Settings
from massage_break.core.sitting import SittingTracker, Thresholds

RECENT_KEEP = 20
MAX_REPEATS = 3  # an ignored reminder comes back at most this often


class Engine:
    """Owns the sitting tracker and break policy; every handler returns the effects to run.

    `minute` is the length of one settings minute (shortened only for demos and tests).
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
    ) -> None:
        self.minute = minute
        self.probe_interval = probe_interval
        self.detection_available = detection_available
        self.catalog = catalog
        self.selector = RoutineSelector(catalog)
        self.recent = list(recent)[-RECENT_KEEP:]
        self.settings = settings
        self.tracker = SittingTracker(self._thresholds(settings))
        self.policy = BreakPolicy(*self._policy_args(settings))
        self.prompt: PromptBreak | None = None
        self.showing: ShowRoutine | None = None
        self._wakeup: datetime | None = None
        self._prompted_at = datetime.min.replace(tzinfo=UTC)

    # ---- configuration ---------------------------------------------------------------------

    def _thresholds(self, s: Settings) -> Thresholds:
        return Thresholds(
            self.minute * s.short_pause_min, self.minute * s.away_min, self.probe_interval
        )

    def _policy_args(self, s: Settings) -> tuple[timedelta, timedelta, int]:
        return self.minute * s.break_interval_min, self.minute * s.snooze_min, s.snooze_limit

    def on_settings(self, settings: Settings, now: datetime) -> list[Effect]:
        self.settings = settings
        self.tracker.thresholds = self._thresholds(settings)
        self.policy.configure(*self._policy_args(settings))
        return self._evaluate(now)

    # ---- events ----------------------------------------------------------------------------

    def on_idle_sample(self, idle: timedelta, now: datetime) -> list[Effect]:
        had_bout = self.tracker.bout_start is not None
        sample = self.tracker.update(idle, now)
        effects: list[Effect] = []
        if sample.bout_ended:
            self.policy.end_bout()
            if self.prompt is not None:
                # They walked away from the reminder: that was a break, just not an answer.
                effects += [WithdrawPrompt(), self._record(Outcome.DISMISSED, self.prompt, now)]
                self.prompt = None
        if not had_bout and self.tracker.bout_start is not None:
            self.policy.new_bout(self.tracker.bout_start)
        return effects + self._evaluate(now)

    def on_wakeup(self, now: datetime) -> list[Effect]:
        self._wakeup = None
        return self._evaluate(now)

    def on_user(self, action: UserAction, now: datetime) -> list[Effect]:
        if action in (UserAction.TAKE_NOW, UserAction.START):
            return self._show(now)
        prompt = self.prompt
        if prompt is None:
            return []  # a late answer to a reminder that is already gone
        self.prompt = None
        if action is UserAction.SNOOZE and self.policy.do_snooze(now):
            outcome = Outcome.SNOOZED
        elif action is UserAction.DISMISS:
            self.policy.wait_a_little(now)
            outcome = Outcome.DISMISSED
        else:  # SKIP, or a snooze beyond the limit
            self.policy.restart_interval(now)
            outcome = Outcome.SKIPPED
        return [self._record(outcome, prompt, now), *self._evaluate(now)]

    def on_routine_finished(self, outcome: Outcome, now: datetime) -> list[Effect]:
        showing = self.showing
        if showing is None:
            return []
        self.showing = None
        routine = self.catalog.routines[showing.routine_id]
        if outcome is Outcome.COMPLETED and routine.gets_you_moving:
            self.tracker.restart(now)
            self.policy.end_bout()
        elif outcome is Outcome.SNOOZED and self.policy.do_snooze(now):
            pass
        else:
            self.policy.restart_interval(now)
        return [self._record(outcome, showing, now), *self._evaluate(now)]

    def pause(self, until: datetime, now: datetime) -> list[Effect]:
        self.policy.pause(until)
        effects: list[Effect] = []
        if self.prompt is not None:
            effects += [WithdrawPrompt()]
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
        return effects

    # ---- state -----------------------------------------------------------------------------

    def sitting(self, now: datetime) -> timedelta:
        return self.tracker.sitting(now)

    def tier_id(self, now: datetime) -> str:
        return self.catalog.tier_for(self.sitting(now) / self.minute).id

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
        )

    # ---- internals -------------------------------------------------------------------------

    def _record(self, outcome: Outcome, about: PromptBreak | ShowRoutine, now: datetime) -> Record:
        return Record(
            BreakRecord(now, outcome, about.sitting_seconds, about.routine_id, about.tier)
        )

    def _choose(self, now: datetime) -> tuple[str, str, int]:
        tier = self.tier_id(now)
        routine = self.selector.pick(tier, self.recent)
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

    def _evaluate(self, now: datetime) -> list[Effect]:
        effects: list[Effect] = []
        if self.policy.paused_until is not None and not self.policy.is_paused(now):
            self.policy.resume()
        due = self.policy.due_at()
        wake: datetime | None = None
        if self.policy.is_paused(now):
            wake = self.policy.paused_until
        elif self.showing is not None:
            pass  # the routine window reports back; nothing to wake for
        elif self.prompt is not None and self.prompt.repeat < MAX_REPEATS:
            # An unanswered reminder comes back after the snooze time, a little firmer.
            wake = self._prompted_at + self.policy.snooze
            if wake <= now:
                self.prompt = replace(self.prompt, repeat=self.prompt.repeat + 1)
                effects.append(self.prompt)
                self._prompted_at, wake = now, now + self.policy.snooze
        elif self.prompt is not None:
            pass  # asked often enough: the tray shows the break is due, no more nagging
        elif due is not None:  # a due time exists only while a bout runs (user at the desk)
            if due > now:
                wake = due
            else:
                routine_id, tier, sitting = self._choose(now)
                self.prompt = PromptBreak(routine_id, tier, sitting, self.policy.can_snooze())
                effects.append(self.prompt)
                self._prompted_at, wake = now, now + self.policy.snooze
        if wake != self._wakeup:
            self._wakeup = wake
            effects.append(CancelWakeup() if wake is None else ScheduleWakeup(wake))
        effects.append(StatusChanged(self.status(now)))
        return effects
