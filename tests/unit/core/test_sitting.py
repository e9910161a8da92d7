from datetime import UTC, datetime, timedelta

from massage_break.core.model import Activity
from massage_break.core.sitting import SittingTracker, Thresholds

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
S = timedelta(seconds=1)
M = timedelta(minutes=1)


def tracker(probe: timedelta = 10 * M) -> SittingTracker:
    """A slow probe lets these tests feed sparse samples; suspend tests pass a real one."""
    return SittingTracker(Thresholds(short_pause=2 * M, away=5 * M, probe_interval=probe))


def feed(t: SittingTracker, *samples: tuple[timedelta, timedelta]) -> None:
    for at, idle in samples:
        t.update(idle, T0 + at)


def test_starts_unknown_and_counts_from_first_input() -> None:
    t = tracker()
    assert t.activity is Activity.UNKNOWN and t.sitting(T0) == timedelta(0)
    sample = t.update(3 * S, T0)
    assert sample.activity is Activity.ACTIVE and t.bout_start == T0 - 3 * S
    t.update(0 * S, T0 + 10 * M)
    assert t.sitting(T0 + 10 * M) == 10 * M + 3 * S
    # while active, the clock runs on between samples, but not past a missed sample
    assert t.sitting(T0 + 11 * M) == 11 * M + 3 * S
    assert t.sitting(T0 + 90 * M) == 40 * M + 3 * S


def test_short_pause_keeps_the_bout_and_longer_idle_is_only_a_pause() -> None:
    t = tracker()
    feed(t, (0 * M, 0 * S), (5 * M, 90 * S))
    assert t.activity is Activity.ACTIVE
    t.update(3 * M, T0 + 10 * M)
    assert t.activity is Activity.IDLE and t.bout_start == T0
    # sitting counts up to the last input only
    assert t.sitting(T0 + 10 * M) == 7 * M


def test_away_threshold_ends_the_bout_once() -> None:
    t = tracker()
    feed(t, (0 * M, 0 * S))
    first = t.update(5 * M, T0 + 20 * M)
    assert first.bout_ended and first.activity is Activity.AWAY and first.away_for == 5 * M
    second = t.update(6 * M, T0 + 21 * M)
    assert not second.bout_ended and t.sitting(T0 + 21 * M) == timedelta(0)
    # long idle with no bout yet stays away; fresh input starts a new bout
    assert t.update(3 * M, T0 + 22 * M).activity is Activity.AWAY
    assert t.update(1 * S, T0 + 23 * M).activity is Activity.ACTIVE
    assert t.bout_start == T0 + 23 * M - 1 * S


def test_gap_between_samples_after_suspend_counts_as_away() -> None:
    t = tracker(probe=15 * S)
    feed(t, (0 * M, 0 * S), (30 * S, 0 * S), (60 * S, 0 * S))
    for k in range(4, 41):
        t.update(0 * S, T0 + k * 15 * S)
    # the laptop slept 40 minutes; the first key press after wake makes idle read ~0
    sample = t.update(1 * S, T0 + 50 * M)
    assert sample.bout_ended and sample.away_for == 40 * M


def test_short_gap_is_not_suspend() -> None:
    t = tracker(probe=15 * S)
    feed(t, (0 * M, 0 * S))
    assert not t.update(0 * S, T0 + 45 * S).bout_ended


def test_clock_jump_backwards_counts_as_away() -> None:
    t = tracker()
    feed(t, (30 * M, 0 * S))
    sample = t.update(0 * S, T0 - 30 * M)
    assert sample.bout_ended


def test_restart_after_a_moving_break() -> None:
    t = tracker()
    feed(t, (0 * M, 0 * S))
    t.restart(T0 + 30 * M)
    assert t.bout_start is None and t.activity is Activity.AWAY
    t.update(0 * S, T0 + 31 * M)
    assert t.bout_start == T0 + 31 * M
    assert t.sitting(T0 + 30 * M) == timedelta(0)


def test_sitting_never_negative_or_in_future() -> None:
    t = tracker()
    t.update(0 * S, T0 + 10 * M)
    assert t.sitting(T0) == timedelta(0)


def test_a_bout_ends_at_its_last_input_when_the_user_walks_away() -> None:
    t = tracker()
    feed(t, (0 * M, 0 * S), (10 * M, 0 * S))
    assert t.take_ended() == []
    t.update(6 * M, T0 + 20 * M)  # last input at 14 min, away since
    (bout,) = t.take_ended()
    assert (bout.start, bout.end) == (T0, T0 + 14 * M)
    assert bout.seconds == 14 * 60
    assert t.take_ended() == []  # handed over once


def test_a_long_gap_ends_the_bout_at_the_last_input_seen() -> None:
    t = tracker(probe=15 * S)
    feed(t, *((n * 30 * S, 0 * S) for n in range(7)))  # three minutes of typing
    t.update(0 * S, T0 + 63 * M)  # an hour with no samples (suspended), back and typing
    (bout,) = t.take_ended()
    assert (bout.start, bout.end) == (T0, T0 + 3 * M)
    assert t.bout_start == T0 + 63 * M  # and a new one started


def test_a_moving_break_ends_the_bout_and_restart_without_one_records_nothing() -> None:
    t = tracker()
    feed(t, (0 * M, 0 * S), (30 * M, 0 * S))
    t.restart(T0 + 31 * M)
    (bout,) = t.take_ended()
    assert (bout.start, bout.end) == (T0, T0 + 30 * M)
    t.restart(T0 + 32 * M)
    assert t.take_ended() == []


def test_a_clock_set_back_never_gives_a_stretch_in_the_future() -> None:
    t = tracker()
    feed(t, (0 * M, 0 * S), (5 * M, 0 * S), (10 * M, 0 * S))
    t.update(0 * S, T0 - 60 * M)  # the clock went back an hour
    assert t.take_ended() == []  # its times no longer fit the clock: dropped, not invented
    assert t.bout_start == T0 - 60 * M  # a new stretch from the new "now"
    feed(t, (-50 * M, 0 * S))
    t.update(6 * M, T0 - 44 * M)
    (bout,) = t.take_ended()  # later stretches are recorded as usual
    assert (bout.start, bout.end) == (T0 - 60 * M, T0 - 50 * M)


def test_a_key_pressed_in_passing_is_not_a_stretch_of_sitting() -> None:
    t = tracker()
    t.update(0 * S, T0)
    t.update(6 * M, T0 + 6 * M + 30 * S)  # 30 s at the desk, then away
    assert t.take_ended() == [] and t.bout_start is None
