"""What the history window shows: each local day's reminders, how they ended, and the longest
stretch of sitting that came before one. Pure: the caller passes the rows, the zone and today."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from massage_break.core.model import Bout, BreakRecord, Outcome

# how each outcome is counted in the window: "no answer" is a reminder closed, walked away
# from or paused over; "cut short" a routine stopped early or a reminder open at quit
OUTCOME_GROUP = {
    Outcome.COMPLETED: "taken",
    Outcome.INTERRUPTED: "cut short",
    Outcome.SNOOZED: "snoozed",
    Outcome.SKIPPED: "skipped",
    Outcome.DISMISSED: "no answer",
}
GROUPS = ("taken", "cut short", "snoozed", "skipped", "no answer")


@dataclass(frozen=True)
class DaySummary:
    day: date
    counts: dict[str, int]  # one entry per GROUPS name
    longest_sitting_s: int  # the longest sitting that led to a reminder or a break
    taken_sitting_s: int  # total sitting before the breaks that were taken

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def taken(self) -> int:
        return self.counts["taken"]

    @property
    def average_before_break_s(self) -> int | None:
        return self.taken_sitting_s // self.taken if self.taken else None


def day_bounds(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants where a local day begins and ends (23 or 25 hours on DST days)."""
    begin = datetime.combine(day, time(0), tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tz).astimezone(UTC)
    return begin, end


def local_day(record: BreakRecord, tz: tzinfo) -> date:
    return record.at.astimezone(tz).date()


def summarise(records: Iterable[BreakRecord], days: Sequence[date], tz: tzinfo) -> list[DaySummary]:
    """One summary per day asked for, in the order given; days without rows are all zero."""
    wanted = set(days)
    rows: dict[date, list[BreakRecord]] = {day: [] for day in days}
    for record in records:
        day = local_day(record, tz)
        if day in wanted:
            rows[day].append(record)
    return [_summary(day, rows[day]) for day in days]


def _summary(day: date, rows: list[BreakRecord]) -> DaySummary:
    counts = dict.fromkeys(GROUPS, 0)
    for row in rows:
        counts[OUTCOME_GROUP[row.outcome]] += 1
    taken = [r.sitting_seconds for r in rows if r.outcome is Outcome.COMPLETED]
    longest = max((r.sitting_seconds for r in rows), default=0)
    return DaySummary(day, counts, longest, sum(taken))


@dataclass(frozen=True)
class DaySitting:
    total_s: float  # sitting inside the local day (a stretch over midnight is split)
    stretches: int
    longest_s: float  # the longest stretch that touched the day, counted whole


def sitting_on(day: date, bouts: Iterable[Bout], tz: tzinfo) -> DaySitting:
    begin, end = day_bounds(day, tz)
    inside = [b for b in bouts if b.end > begin and b.start < end]
    total = sum((min(b.end, end) - max(b.start, begin)).total_seconds() for b in inside)
    return DaySitting(total, len(inside), max((b.seconds for b in inside), default=0.0))


def last_days(today: date, count: int) -> list[date]:
    """`count` days ending with today, oldest first."""
    return [today - timedelta(days=n) for n in range(count - 1, -1, -1)]


def retention_cutoff(now: datetime, keep_days: int) -> datetime | None:
    """Rows from before this instant are removed; None keeps everything (keep_days 0)."""
    return now - timedelta(days=keep_days) if keep_days > 0 else None
