"""AppController: runs the engine's effects and is the one bridge between engine and widgets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from massage_break.core import hours
from massage_break.core.catalog import Catalog
from massage_break.core.clock import Clock
from massage_break.core.composer import routine_for
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
    Status,
    StatusChanged,
    UserAction,
    WithdrawPrompt,
)
from massage_break.core.ports import HistoryStore, IdleSource, Notifier, Scheduler, SettingsStore
from massage_break.core.reasons import reason
from massage_break.core.settings import Settings, with_preference
from massage_break.log import event
from massage_break.ui.i18n import content, tr
from massage_break.ui.wording import length_text, minutes_text, status_text, time_text

log = logging.getLogger(__name__)

WAKEUP_JOB = "next-break"
PROBE_JOB = "idle-probe"


class ContextSource(Protocol):
    name: str

    def reasons(self) -> frozenset[str]: ...


class _NoContext:
    name = "none"

    def reasons(self) -> frozenset[str]:
        return frozenset()


class AppController(QObject):
    status_changed = Signal(object)  # Status
    routine_requested = Signal(object)  # ShowRoutine
    # ShowRoutine, SharedLink | None: a break shared with a buddy (see start_shared)
    shared_routine_requested = Signal(object, object)
    settings_requested = Signal()
    history_requested = Signal()
    window_requested = Signal()  # the app was started again: show its main window
    notice = Signal(str, str)  # title, message for the user
    quit_requested = Signal()
    escalated = Signal(str, str, object)  # title, body, PromptBreak: show the small window
    withdrawn = Signal()  # the reminder is over: close every surface that shows it
    skip_confirmation_requested = Signal()
    recorded = Signal(object)  # BreakRecord or Bout, once it is in the history
    history_changed = Signal()  # rows were deleted (retention, or "Delete all history")
    settings_applied = Signal(object)  # Settings, once saved and applied

    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        scheduler: Scheduler,
        idle_source: IdleSource,
        notifier: Notifier,
        history: HistoryStore,
        settings_store: SettingsStore,
        *,
        probe_seconds: float,
        local_now: Callable[[], datetime] | None = None,
        context: ContextSource | None = None,
        window_on_escalation: bool = True,
    ) -> None:
        """`window_on_escalation`: an escalated reminder also opens the small window beside
        the notifier's surface. False on Wayland with a notification server: a compositor
        focuses any new window there, so the escalation stays a critical, resident
        notification (the window is still the fallback when the notification fails)."""
        super().__init__()
        self.engine = engine
        self.clock = clock
        self.scheduler = scheduler
        self.idle_source = idle_source
        self.notifier = notifier
        self.history = history
        self.settings_store = settings_store
        self.probe_seconds = probe_seconds
        self.context = context or _NoContext()
        self._away_reasons: frozenset[str] = frozenset()
        self._watching = False
        self._local_now = local_now or (lambda: self.clock.now().astimezone())
        self.status: Status = engine.status(clock.now())
        self.window_on_escalation = window_on_escalation
        #: what shows the current reminder: "notification", "balloon", "window"
        self._surfaces: set[str] = set()
        #: more answers a due reminder offers, as (action key, label); the break buddy's
        #: "Take it with <name>" (ui/buddy_control.py sets this and `extra_answers`)
        self.prompt_extras: Callable[[], tuple[tuple[str, str], ...]] = lambda: ()
        self.extra_answers: dict[str, Callable[[], None]] = {}
        self._adapt: Callable[[ShowRoutine], tuple[ShowRoutine, object]] | None = None

    @property
    def catalog(self) -> Catalog:
        return self.engine.catalog

    @property
    def settings(self) -> Settings:
        return self.engine.settings

    @property
    def minute(self) -> timedelta:
        return self.engine.minute

    # ---- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        try:
            self.scheduler.every(PROBE_JOB, self.probe_seconds, self.probe)
        except Exception:  # the first sample below still runs, and sets the probe again
            log.exception("could not schedule the activity probe")
        self.probe()

    def stop(self) -> None:
        """At quit: a prompt or routine still open ends as 'interrupted'."""
        self.run(self.engine.on_quit(self.clock.now()))
        self.scheduler.shutdown()

    def record_quit(self) -> None:
        """The session ended under the app (display or bus gone): record what was open, as
        `stop` does, but run only the effects that write history: nothing on screen or bus."""
        for effect in self.engine.on_quit(self.clock.now()):
            if isinstance(effect, Record):
                self._record(effect)
            elif isinstance(effect, RecordBout):
                self._record_bout(effect)

    # ---- inputs ----------------------------------------------------------------------------

    def _context_now(self, now: datetime) -> frozenset[str]:
        """The context (fullscreen, call...), looked up only when a reminder is due: the
        probes are cheap, but there is no reason to run them idle."""
        return self.context.reasons() if self.engine.wants_context(now) else frozenset()

    def probe(self) -> None:
        idle = self.idle_source.idle()
        now = self.clock.now()
        self.run(self.engine.on_idle_sample(idle, now, self._context_now(now)))

    def _wakeup(self) -> None:
        idle = self.idle_source.idle()
        now = self.clock.now()
        self.run(self.engine.on_wakeup(now, idle, self._context_now(now)))

    def locked(self, is_locked: bool) -> None:
        """Screen locked (True) or unlocked (False), from the power monitor."""
        self._set_away("lock", is_locked)

    def sleeping(self, is_asleep: bool) -> None:
        """About to sleep (True) or resumed (False), from the power monitor."""
        self._set_away("sleep", is_asleep)

    def _set_away(self, why: str, on: bool) -> None:
        was = bool(self._away_reasons)
        self._away_reasons = self._away_reasons | {why} if on else self._away_reasons - {why}
        now = self.clock.now()
        if self._away_reasons and not was:
            self.run(self.engine.on_locked(now))
        elif was and not self._away_reasons:
            event("resumed", after=why)
            idle = self.idle_source.idle()
            self.run(self.engine.on_unlocked(idle, now, self._context_now(now)))

    def answer(self, action: str) -> None:
        """A reply from a notification or prompt: start, snooze, skip, dismiss, or the key of
        one of `prompt_extras`."""
        extra = self.extra_answers.get(action)
        if extra is not None:
            extra()
            return
        prompt = self.engine.prompt
        if action == "skip" and prompt is not None and prompt.confirm_skip:
            self.skip_confirmation_requested.emit()
            return
        self.run(self.engine.on_user(UserAction(action), self.clock.now()))

    def start_shared(
        self, action: UserAction, adapt: Callable[[ShowRoutine], tuple[ShowRoutine, object]]
    ) -> None:
        """Start a break as `action` does, but the routine it opens goes through `adapt`,
        which may change it (a partner routine) and give the shared break's link; the window
        is then asked for with `shared_routine_requested`."""
        self._adapt = adapt
        try:
            self.run(self.engine.on_user(action, self.clock.now()))
        finally:
            self._adapt = None

    def confirm_skip(self) -> None:
        self.run(self.engine.on_user(UserAction.SKIP, self.clock.now()))

    def set_preference(self, exercise_id: str, change: str) -> None:
        """Favourite, unfavourite, hide or clear (its health questions answered "OK for me")
        an exercise; saved with the settings."""
        try:
            self.apply_settings(with_preference(self.settings, exercise_id, change))
        except OSError as exc:
            self.notice.emit(
                tr("app", "Preference not saved"),
                tr("app", "Could not save your settings: %1", exc),
            )

    def check_in(self, answer: str) -> None:
        self.engine.on_check_in(answer)
        event("check_in", answer=answer)

    def take_break_now(self) -> None:
        self.run(self.engine.on_user(UserAction.TAKE_NOW, self.clock.now()))

    def routine_finished(
        self, outcome: Outcome, routine_id: str | None = None, pressure: int | None = None
    ) -> None:
        """The routine window closed. `pressure`: the firmest pressure a partner routine's
        receivers chose on their pressure pages (0-10), recorded with the break."""
        self.run(self.engine.on_routine_finished(outcome, self.clock.now(), routine_id, pressure))

    def pause_for(self, minutes: int) -> None:
        now = self.clock.now()
        self.run(self.engine.pause(now + timedelta(minutes=minutes), now))

    def pause_until_tomorrow(self) -> None:
        """Until 08:00 tomorrow, or the start of tomorrow's working hours when they are set."""
        morning = hours.tomorrow_morning(
            self.settings.working_hours, self._local_now(), self.engine.tz
        )
        self.run(self.engine.pause(morning, self.clock.now()))

    def pause_until(self, until: datetime) -> None:
        """A pause saved by an earlier run that has not ended yet."""
        now = self.clock.now()
        if until > now:
            self.run(self.engine.pause(until, now))

    def resume(self) -> None:
        self.run(self.engine.resume(self.clock.now()))

    def apply_settings(self, settings: Settings) -> None:
        """Save, then apply to the running schedule. Raises OSError if saving failed."""
        self.settings_store.save(settings)
        self.run(self.engine.on_settings(settings, self.clock.now()))
        event("settings_applied", **settings.to_dict())
        self.settings_applied.emit(settings)

    # ---- effects ---------------------------------------------------------------------------

    def run(self, effects: list[Effect]) -> None:
        """Run each effect on its own: one that fails is logged with its traceback and the
        rest still run (a notification server that went away must not lose the history row)."""
        for effect in effects:
            try:
                self._run_one(effect)
            except Exception:
                log.exception("effect %s failed", type(effect).__name__)

    def _run_one(self, effect: Effect) -> None:
        if isinstance(effect, ScheduleWakeup):
            self.scheduler.schedule_at(WAKEUP_JOB, effect.at, self._wakeup)
        elif isinstance(effect, CancelWakeup):
            self.scheduler.cancel(WAKEUP_JOB)
        elif isinstance(effect, PromptBreak):
            self._prompt(effect)
        elif isinstance(effect, WithdrawPrompt):
            self._withdraw()
        elif isinstance(effect, ShowRoutine) and self._adapt is not None:
            adapt, self._adapt = self._adapt, None  # once: a second one would invite twice
            request, link = adapt(effect)
            event("routine_requested", routine=request.routine_id, tier=request.tier, shared=True)
            self.shared_routine_requested.emit(request, link)
        elif isinstance(effect, ShowRoutine):
            event("routine_requested", routine=effect.routine_id, tier=effect.tier)
            self.routine_requested.emit(effect)
        elif isinstance(effect, Record):
            self._record(effect)
        elif isinstance(effect, RecordBout):
            self._record_bout(effect)
        elif isinstance(effect, StatusChanged):
            self.status = effect.status
            self.status_changed.emit(effect.status)
        elif isinstance(effect, SetProbe):
            self._set_probe(effect.seconds)

    def _set_probe(self, seconds: float) -> None:
        """Sample every `seconds`; while the user is away and the idle source can tell us
        when they are back (GNOME's idle monitor), stop sampling altogether."""
        watch = getattr(self.idle_source, "watch", None)
        if self.engine.tracker.activity is Activity.AWAY and watch is not None:
            # usually from inside the probe job's own run: the scheduler applies it after
            self.scheduler.cancel(PROBE_JOB)
            if not self._watching:
                self._watching = True
                watch(self.minute * self.settings.away_min, lambda: None, self._back)
            return
        self.scheduler.every(PROBE_JOB, seconds, self.probe)

    def _back(self) -> None:
        """The idle source saw input after an absence: sample now, and keep sampling."""
        self._watching = False
        unwatch = getattr(self.idle_source, "unwatch", None)
        if unwatch is not None:
            unwatch()
        self.scheduler.every(PROBE_JOB, self.probe_seconds, self.probe)
        self.probe()

    def _prompt(self, prompt: PromptBreak) -> None:
        routine = routine_for(self.catalog, prompt.routine_id)
        sat = minutes_text(prompt.sitting_seconds / self.minute.total_seconds())
        length = length_text(routine.total_seconds)
        if prompt.repeat:
            body = tr(
                "app",
                "Still sitting (%1). %2: a %3 break, when you can.",
                sat,
                content(routine.title),
                length,
            )
        else:
            body = tr(
                "app",
                "You have been sitting for %1. %2: a %3 break.",
                sat,
                content(routine.title),
                length,
            )
        event(
            "prompt",
            routine=prompt.routine_id,
            tier=prompt.tier,
            sitting=prompt.sitting_seconds,
            notifier=self.notifier.name,
            repeat=prompt.repeat,
            escalate=prompt.escalate,
        )
        urgency = 2 if prompt.escalate else 1
        extra = self.prompt_extras()
        try:
            title = tr("app", "Time for a break")
            # an escalated one stays on screen until it is answered (resident)
            self.notifier.notify(
                title,
                body,
                prompt.can_snooze,
                prompt.can_skip,
                urgency,
                extra=extra,
                resident=prompt.escalate,
            )
        except Exception as exc:  # a notification server that went away mid-session
            log.warning("notification failed (%s); showing the reminder window", exc)
            self._show_window(title, body, prompt)
            return
        self._surfaces.add(self.notifier.surface)
        if prompt.escalate and self.window_on_escalation and self.notifier.surface != "window":
            # the notifier is not already the small window: show that one beside it
            self._show_window(title, body, prompt)

    def _show_window(self, title: str, body: str, prompt: PromptBreak) -> None:
        self._surfaces.add("window")
        self.escalated.emit(title, body, prompt)

    def _withdraw(self) -> None:
        """One reminder, one answer: whatever answered it (or walking away, a pause), every
        surface that shows it goes. The small window first, so it goes even when the
        notification server fails to take its notification back."""
        surfaces, self._surfaces = sorted(self._surfaces), set()
        try:
            self.withdrawn.emit()
            self.notifier.withdraw()
        finally:
            event("reminder_withdrawn", surfaces=surfaces)

    def _record_bout(self, effect: RecordBout) -> None:
        """A stretch of sitting for the history window. A failure is only logged: the same
        disk problem is already reported when a break cannot be recorded."""
        try:
            self.history.append_bout(effect.bout)
        except Exception as exc:
            log.error("could not write a sitting stretch: %s", exc)
            return
        self.recorded.emit(effect.bout)
        event("bout_recorded", minutes=round(effect.bout.seconds / self.minute.total_seconds(), 1))

    def _record(self, effect: Record) -> None:
        r = effect.record
        try:
            self.history.append(r)
        except Exception as exc:
            log.error("could not write history: %s", exc)
            self.notice.emit(
                tr("app", "History not saved"),
                tr("app", "This break could not be recorded: %1", exc),
            )
            return
        self.recorded.emit(r)
        event(
            "history_recorded",
            outcome=str(r.outcome),
            routine=r.routine_id,
            tier=r.tier,
            sitting=r.sitting_seconds,
        )

    # ---- text and commands -----------------------------------------------------------------

    def tooltip(self) -> str:
        paused = self.status.paused_until
        local = time_text(paused.astimezone(self._local_now().tzinfo)) if paused else ""
        return status_text(self.status, self.clock.now(), self.minute, local)

    def reason(self) -> str:
        """One word for why the app is or isn't reminding right now."""
        return reason(self.status)
