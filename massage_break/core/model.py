"""Value types shared by the engine, the adapters and the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Outcome(StrEnum):
    COMPLETED = "completed"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    DISMISSED = "dismissed"
    INTERRUPTED = "interrupted"


class UserAction(StrEnum):
    TAKE_NOW = "take_now"  # tray menu, IPC break-now
    START = "start"  # notification "Start"
    SNOOZE = "snooze"
    SKIP = "skip"
    DISMISS = "dismiss"  # notification closed without an answer


class Activity(StrEnum):
    """What the sitting tracker believes the user is doing."""

    ACTIVE = "active"
    IDLE = "idle"  # a short pause: the bout goes on
    AWAY = "away"  # long enough to count as a break
    UNKNOWN = "unknown"  # no sample yet


@dataclass(frozen=True)
class BreakRecord:
    """One history row: a prompt (or a break taken on request) and how it ended."""

    at: datetime
    outcome: Outcome
    sitting_seconds: int
    routine_id: str
    tier: str
    pressure: int | None = None  # partner routines: the firmest pressure a receiver chose, 0-10


@dataclass(frozen=True)
class Bout:
    """One stretch of continuous sitting: from its first input to its last."""

    start: datetime
    end: datetime

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()


@dataclass(frozen=True)
class Status:
    activity: Activity
    sitting_seconds: int
    next_break_at: datetime | None
    paused_until: datetime | None
    prompting: bool
    detection_available: bool = True
    snoozes_left: int = 0
    holding: str | None = None  # why a due reminder waits: typing, call, dnd, fullscreen, inhibited
    in_hours: bool = True  # False outside the working hours: no reminders
    locked: bool = False  # screen locked or the machine asleep


# ---- effects: what the engine asks the shell to do ------------------------------------------


@dataclass(frozen=True)
class ScheduleWakeup:
    at: datetime


@dataclass(frozen=True)
class CancelWakeup:
    pass


@dataclass(frozen=True)
class PromptBreak:
    routine_id: str
    tier: str
    sitting_seconds: int
    can_snooze: bool
    repeat: int = 0  # how often this reminder has come back unanswered
    can_skip: bool = True
    confirm_skip: bool = False  # the last skip allowed in this stretch: ask before skipping
    escalate: bool = False  # ignored often enough: a firmer reminder (critical, or the window)


@dataclass(frozen=True)
class WithdrawPrompt:
    pass


@dataclass(frozen=True)
class SetProbe:
    """Sample activity every `seconds`: fast while waiting for a typing pause, slow while away."""

    seconds: float


@dataclass(frozen=True)
class ShowRoutine:
    routine_id: str
    tier: str
    sitting_seconds: int
    can_snooze: bool


@dataclass(frozen=True)
class Record:
    record: BreakRecord


@dataclass(frozen=True)
class RecordBout:
    bout: Bout


@dataclass(frozen=True)
class StatusChanged:
    status: Status


Effect = (
    ScheduleWakeup
    | CancelWakeup
    | PromptBreak
    | WithdrawPrompt
    | ShowRoutine
    | Record
    | RecordBout
    | StatusChanged
    | SetProbe
)
