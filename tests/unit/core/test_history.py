"""The history window's day summaries: local days, outcome groups, sitting before breaks."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from massage_break.core.history import (
    GROUPS,
    OUTCOME_GROUP,
    day_bounds,
    last_days,
    sitting_on,
    summarise,
)
from massage_break.core.model import Bout, BreakRecord, Outcome

BERLIN = ZoneInfo("Europe/Berlin")


def rec(at: datetime, outcome: Outcome, sitting_min: int = 30) -> BreakRecord:
    return BreakRecord(at.astimezone(UTC), outcome, sitting_min * 60, "self.x", "T1")


def test_every_outcome_has_a_group_shown_in_the_window() -> None:
    assert set(OUTCOME_GROUP) == set(Outcome)
    assert set(OUTCOME_GROUP.values()) == set(GROUPS)


def test_rows_fall_on_the_local_day_not_the_utc_day() -> None:
    # 23:30 UTC on 2 March is 00:30 on 3 March in Berlin
    late = rec(datetime(2026, 3, 2, 23, 30, tzinfo=UTC), Outcome.COMPLETED)
    early = rec(datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN), Outcome.SKIPPED)
    d2, d3 = summarise([late, early], [date(2026, 3, 2), date(2026, 3, 3)], BERLIN)
    assert (d2.counts["skipped"], d2.taken) == (1, 0)
    assert (d3.counts["skipped"], d3.taken) == (0, 1)


def test_counts_longest_sitting_and_average_before_a_taken_break() -> None:
    day = date(2026, 3, 3)
    at = datetime(2026, 3, 3, 10, 0, tzinfo=BERLIN)
    rows = [
        rec(at, Outcome.SNOOZED, 50),
        rec(at + timedelta(minutes=10), Outcome.COMPLETED, 60),
        rec(at + timedelta(hours=2), Outcome.COMPLETED, 40),
        rec(at + timedelta(hours=4), Outcome.DISMISSED, 95),
        rec(at + timedelta(hours=5), Outcome.INTERRUPTED, 30),
    ]
    (summary,) = summarise(rows, [day], BERLIN)
    assert summary.counts == {
        "taken": 2,
        "cut short": 1,
        "snoozed": 1,
        "skipped": 0,
        "no answer": 1,
    }
    assert summary.total == 5
    assert summary.longest_sitting_s == 95 * 60
    assert summary.average_before_break_s == 50 * 60  # (60 + 40) / 2


def test_a_day_without_rows_is_all_zero_and_has_no_average() -> None:
    (summary,) = summarise([], [date(2026, 3, 3)], BERLIN)
    assert summary.total == 0 and summary.longest_sitting_s == 0
    assert summary.average_before_break_s is None


def test_rows_outside_the_days_asked_for_are_left_out() -> None:
    old = rec(datetime(2026, 2, 1, 10, 0, tzinfo=BERLIN), Outcome.COMPLETED)
    (summary,) = summarise([old], [date(2026, 3, 3)], BERLIN)
    assert summary.total == 0


def test_last_days_end_today_oldest_first() -> None:
    days = last_days(date(2026, 3, 3), 7)
    assert days[0] == date(2026, 2, 25) and days[-1] == date(2026, 3, 3) and len(days) == 7


def test_day_bounds_follow_daylight_saving() -> None:
    begin, end = day_bounds(date(2026, 3, 29), BERLIN)  # clocks go forward: a 23-hour day
    assert end - begin == timedelta(hours=23)
    assert begin == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    begin, end = day_bounds(date(2026, 10, 25), BERLIN)  # clocks go back: 25 hours
    assert end - begin == timedelta(hours=25)


def test_sitting_on_a_day_splits_a_stretch_over_midnight() -> None:
    day = date(2026, 3, 3)
    evening = Bout(
        datetime(2026, 3, 2, 23, 30, tzinfo=BERLIN), datetime(2026, 3, 3, 0, 20, tzinfo=BERLIN)
    )
    morning = Bout(
        datetime(2026, 3, 3, 9, 0, tzinfo=BERLIN), datetime(2026, 3, 3, 10, 30, tzinfo=BERLIN)
    )
    other = Bout(
        datetime(2026, 3, 4, 9, 0, tzinfo=BERLIN), datetime(2026, 3, 4, 9, 30, tzinfo=BERLIN)
    )
    sat = sitting_on(day, [evening, morning, other], BERLIN)
    assert sat.total_s == (20 + 90) * 60  # only the 20 minutes after midnight count
    assert sat.stretches == 2 and sat.longest_s == 90 * 60
    assert sitting_on(date(2026, 3, 5), [evening], BERLIN).longest_s == 0


def test_retention_cutoff() -> None:
    from massage_break.core.history import retention_cutoff

    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert retention_cutoff(now, 0) is None
    assert retention_cutoff(now, 90) == datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
