"""AppController: runs the engine's effects and is the one bridge between engine and widgets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any, Protocol

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
from massage_break.core.settings import Settings
from massage_break.log import event
from massage_break.ui.i18n import content, tr
from massage_break.ui.wording import length_text, minutes_text, status_text, time_text

log = logging.getLogger(__name__)

WAKEUP_JOB = "next-break"
PROBE_JOB = "idle-probe"
MORNING = time(8, 0)


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
    settings_requested = Signal()
    history_requested = Signal()
    notice = Signal(str, str)  # title, message for the user
    quit_requested = Signal()
    escalated = Signal(str, str, object)  # title, body, PromptBreak: show the small window
    skip_confirmation_requested = Signal()
    recorded = Signal(object)  # BreakRecord or Bout, once it is in the history

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
    ) -> None:
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
        self.scheduler.every(PROBE_JOB, self.probe_seconds, self.probe)
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

    def _now(self) -> datetime:
        """The current time, with the context (fullscreen, call...) looked up only when a
        reminder is due: the probes are cheap, but there is no reason to run them idle."""
        now = self.clock.now()
        self.engine.context = (
            self.context.reasons() if self.engine.wants_context(now) else frozenset()
        )
        return now

    def probe(self) -> None:
        idle = self.idle_source.idle()
        self.run(self.engine.on_idle_sample(idle, self._now()))

    def _wakeup(self) -> None:
        idle = self.idle_source.idle()
        self.run(self.engine.on_wakeup(self._now(), idle))

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
            self.run(self.engine.on_unlocked(self.idle_source.idle(), now))

    def answer(self, action: str) -> None:
        """A reply from a notification or prompt: start, snooze, skip or dismiss."""
        prompt = self.engine.prompt
        if action == "skip" and prompt is not None and prompt.confirm_skip:
            self.skip_confirmation_requested.emit()
            return
        self.run(self.engine.on_user(UserAction(action), self.clock.now()))

    def confirm_skip(self) -> None:
        self.run(self.engine.on_user(UserAction.SKIP, self.clock.now()))

    def set_preference(self, exercise_id: str, change: str) -> None:
        """Favourite, unfavourite, hide or clear (its health questions answered "OK for me")
        an exercise; saved with the settings."""
        s = self.settings
        favourites = [f for f in s.favourites if f != exercise_id]
        hidden = [h for h in s.hidden if h != exercise_id]
        cleared = list(s.cleared)
        if change == "favourite":
            favourites.append(exercise_id)
        elif change == "hide":
            hidden.append(exercise_id)
        elif change == "clear" and exercise_id not in cleared:
            cleared.append(exercise_id)
        new = replace(s, favourites=tuple(favourites), hidden=tuple(hidden), cleared=tuple(cleared))
        try:
            self.apply_settings(new)
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

    def routine_finished(self, outcome: Outcome, routine_id: str | None = None) -> None:
        self.run(self.engine.on_routine_finished(outcome, self.clock.now(), routine_id))

    def pause_for(self, minutes: int) -> None:
        now = self.clock.now()
        self.run(self.engine.pause(now + timedelta(minutes=minutes), now))

    def pause_until_tomorrow(self) -> None:
        """Until 08:00 tomorrow, or the start of tomorrow's working hours when they are set."""
        local = self._local_now()
        midnight = datetime.combine(local.date() + timedelta(days=1), time(0), local.tzinfo)
        morning = midnight.replace(hour=MORNING.hour, minute=MORNING.minute)
        spans = self.settings.working_hours
        if spans:
            start = hours.next_change(spans, midnight, local.tzinfo or self.engine.tz)
            if start is not None and not hours.within(spans, midnight, self.engine.tz):
                morning = start
        self.run(self.engine.pause(morning, self.clock.now()))

    def resume(self) -> None:
        self.run(self.engine.resume(self.clock.now()))

    def apply_settings(self, settings: Settings) -> None:
        """Save, then apply to the running schedule. Raises OSError if saving failed."""
        self.settings_store.save(settings)
        self.run(self.engine.on_settings(settings, self.clock.now()))
        event("settings_applied", **settings.to_dict())

    # ---- effects ---------------------------------------------------------------------------

    def run(self, effects: list[Effect]) -> None:
        for effect in effects:
            if isinstance(effect, ScheduleWakeup):
                self.scheduler.schedule_at(WAKEUP_JOB, effect.at, self._wakeup)
            elif isinstance(effect, CancelWakeup):
                self.scheduler.cancel(WAKEUP_JOB)
            elif isinstance(effect, PromptBreak):
                self._prompt(effect)
            elif isinstance(effect, WithdrawPrompt):
                self.notifier.withdraw()
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
        try:
            self.notifier.notify(
                tr("app", "Time for a break"), body, prompt.can_snooze, prompt.can_skip, urgency
            )
        except Exception as exc:  # a notification server that went away mid-session
            log.warning("notification failed (%s); showing the reminder window", exc)
            self.escalated.emit(tr("app", "Time for a break"), body, prompt)
            return
        if prompt.escalate:
            self.escalated.emit(tr("app", "Time for a break"), body, prompt)

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
        s = self.status
        if s.paused_until is not None:
            return "paused"
        if s.locked:
            return "locked"
        if not s.in_hours:
            return "outside_hours"
        if s.holding is not None:
            return s.holding
        if s.prompting:
            return "due"
        if not s.detection_available:
            return "detection_unavailable"
        return str(s.activity)

    def status_dict(self) -> dict[str, Any]:
        s = self.status
        return {
            "activity": str(s.activity),
            "sitting_seconds": s.sitting_seconds,
            "sitting_minutes": round(s.sitting_seconds / self.minute.total_seconds(), 1),
            "next_break_at": s.next_break_at.isoformat() if s.next_break_at else None,
            "paused_until": s.paused_until.isoformat() if s.paused_until else None,
            "prompting": s.prompting,
            "routine_open": self.engine.showing is not None,
            "snoozes_left": s.snoozes_left,
            "detection": self.idle_source.name,
            "detection_available": s.detection_available,
            "notifier": self.notifier.name,
            "tier": self.engine.tier_id(self.clock.now()),
            "holding": s.holding,
            "in_hours": s.in_hours,
            "locked": s.locked,
            "reason": self.reason(),
            "text": self.tooltip(),
        }

    def handle_command(self, message: dict[str, Any]) -> dict[str, Any]:
        command = message.get("command")
        event("command", command=command)
        if command == "break-now":
            self.take_break_now()
        elif command == "pause":
            minutes = message.get("minutes")
            if message.get("until") == "tomorrow":
                self.pause_until_tomorrow()
            elif isinstance(minutes, int) and 0 < minutes <= 24 * 60:
                self.pause_for(minutes)
            else:
                return {"ok": False, "error": "pause needs minutes (1 to 1440) or 'tomorrow'"}
        elif command == "resume":
            self.resume()
        elif command == "run":
            self.settings_requested.emit()
        elif command == "history":
            self.history_requested.emit()
        elif command == "quit":
            self.quit_requested.emit()
        elif command != "status":
            return {"ok": False, "error": f"unknown command {command!r}"}
        return {"ok": True, "status": self.status_dict()}
