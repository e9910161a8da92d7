"""When the next break is due: interval from the bout start, snooze, skip, pause."""

from __future__ import annotations

from datetime import datetime, timedelta


class BreakPolicy:
    def __init__(self, interval: timedelta, snooze: timedelta, snooze_limit: int) -> None:
        self.interval = interval
        self.snooze = snooze
        self.snooze_limit = snooze_limit
        self.anchor: datetime | None = None  # the interval counts from here
        self.snoozed_until: datetime | None = None
        self.snoozes_used = 0
        self.paused_until: datetime | None = None

    def configure(self, interval: timedelta, snooze: timedelta, snooze_limit: int) -> None:
        self.interval, self.snooze, self.snooze_limit = interval, snooze, snooze_limit

    def new_bout(self, start: datetime) -> None:
        self.anchor = start
        self.snoozed_until = None
        self.snoozes_used = 0

    def end_bout(self) -> None:
        self.anchor = None
        self.snoozed_until = None
        self.snoozes_used = 0

    def due_at(self) -> datetime | None:
        if self.anchor is None:
            return None
        due = self.anchor + self.interval
        if self.snoozed_until is not None:
            due = max(due, self.snoozed_until)
        return due

    def is_paused(self, now: datetime) -> bool:
        return self.paused_until is not None and now < self.paused_until

    def snoozes_left(self) -> int:
        return max(self.snooze_limit - self.snoozes_used, 0)

    def can_snooze(self) -> bool:
        return self.snoozes_left() > 0

    def do_snooze(self, now: datetime) -> bool:
        """Push the prompt back by the snooze time; False when the limit is used up."""
        if not self.can_snooze():
            return False
        self.snoozes_used += 1
        self.snoozed_until = now + self.snooze
        return True

    def wait_a_little(self, now: datetime) -> None:
        """A dismissed prompt comes back after the snooze time, without using a snooze."""
        self.snoozed_until = now + self.snooze

    def restart_interval(self, now: datetime) -> None:
        """After a skip or a break that did not get the user moving. Between bouts (the user
        is away) there is nothing to restart: the next bout sets the anchor."""
        if self.anchor is not None:
            self.anchor = now
        self.snoozed_until = None
        self.snoozes_used = 0

    def pause(self, until: datetime) -> None:
        self.paused_until = until

    def resume(self) -> None:
        self.paused_until = None
