"""Continuous sitting, measured from keyboard and mouse idle samples.

A bout starts with the first input after a break. Pauses shorter than the short-pause threshold
are sitting; a pause between the two thresholds is "idle" (the bout goes on, paused); an
absence of at least the away threshold ends the bout and counts as a real break. A gap between
samples much longer than the probe interval (a suspend, a frozen session) counts as absence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from massage_break.core.model import Activity, Bout


@dataclass(frozen=True)
class Thresholds:
    short_pause: timedelta
    away: timedelta
    probe_interval: timedelta

    @property
    def max_sample_gap(self) -> timedelta:
        return self.probe_interval * 3


@dataclass(frozen=True)
class Sample:
    """What one idle sample told the tracker."""

    activity: Activity
    bout_ended: bool  # this sample ended a bout: the user took a real break
    away_for: timedelta


class SittingTracker:
    def __init__(self, thresholds: Thresholds) -> None:
        self.thresholds = thresholds
        self.bout_start: datetime | None = None
        self.last_input: datetime | None = None
        self.last_sample: datetime | None = None
        self.activity = Activity.UNKNOWN
        self._ended: list[Bout] = []
        self._last_end = datetime.min.replace(tzinfo=UTC)

    def _end_bout(self, end: datetime, now: datetime) -> None:
        """Hand the bout over; never past `now`, even after the clock was set back. A stretch
        shorter than a short pause (a key pressed in passing) is not sitting and is dropped."""
        if self.bout_start is not None:
            # idle counters that disagree (a reset source, a clock set back) cannot make two
            # stretches overlap or one end in the future
            end = max(min(end, now), self._last_end)
            bout = Bout(min(max(self.bout_start, self._last_end), end), end)
            if bout.end - bout.start >= self.thresholds.short_pause:
                self._ended.append(bout)
                self._last_end = end
            self.bout_start = None

    def finish(self, now: datetime) -> None:
        """The app is closing: the bout so far ends at its last counted moment."""
        if self.bout_start is not None:
            self._end_bout(self.bout_start + self.sitting(now), now)

    def take_ended(self) -> list[Bout]:
        """The bouts that ended since the last call, oldest first."""
        ended, self._ended = self._ended, []
        return ended

    def update(self, idle: timedelta, now: datetime) -> Sample:
        gap = now - self.last_sample if self.last_sample is not None else timedelta(0)
        self.last_sample = now
        ended = False
        away_for = timedelta(0)
        if gap > self.thresholds.max_sample_gap or gap < timedelta(0):
            # Suspended, locked, or the clock jumped: we cannot know what happened in between,
            # so the gap counts as time away. Long enough, it was a real break; then the
            # present sample is judged on its own (the user may be back already).
            absence = max(idle, abs(gap))
            if absence >= self.thresholds.away:
                ended, away_for = self.bout_start is not None, absence
                self._end_bout(self.last_input or now, now)
        idle = max(idle, timedelta(0))
        last_input = now - idle
        if idle >= self.thresholds.away:
            ended = ended or self.bout_start is not None
            away_for = max(away_for, idle)
            self._end_bout(last_input, now)
            self.activity = Activity.AWAY
        elif self.bout_start is None:
            if idle < self.thresholds.short_pause:
                self.bout_start = last_input
                self.activity = Activity.ACTIVE
            else:
                self.activity = Activity.AWAY  # idle since the last break: still away
        else:
            self.activity = Activity.ACTIVE if idle < self.thresholds.short_pause else Activity.IDLE
        if self.activity is not Activity.AWAY:
            self.last_input = last_input
        return Sample(self.activity, ended, away_for)

    def restart(self, now: datetime) -> None:
        """The user has just had a moving break: the next input starts a new bout."""
        self._end_bout(self.last_input or now, now)
        self.activity = Activity.AWAY
        self.last_sample = now

    def sitting(self, now: datetime) -> timedelta:
        """Length of the current bout, from its first input.

        While the user is active it runs up to `now` (they are at the desk this minute); during
        a pause it stops at the latest input. Never negative, never into the future.
        """
        if self.bout_start is None or self.last_input is None:
            return timedelta(0)
        end = self.last_input
        if self.activity is Activity.ACTIVE and self.last_sample is not None:
            end = max(end, min(now, self.last_sample + self.thresholds.max_sample_gap))
        end = min(end, now)
        return max(end - self.bout_start, timedelta(0))
