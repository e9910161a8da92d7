from datetime import UTC, datetime, timedelta

from massage_break.core.policy import BreakPolicy

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
M = timedelta(minutes=1)


def policy() -> BreakPolicy:
    return BreakPolicy(interval=30 * M, snooze=5 * M, snooze_limit=2)


def test_due_counts_from_bout_start() -> None:
    p = policy()
    assert p.due_at() is None
    p.new_bout(T0)
    assert p.due_at() == T0 + 30 * M
    p.end_bout()
    assert p.due_at() is None


def test_snooze_is_limited() -> None:
    p = policy()
    p.new_bout(T0)
    assert p.do_snooze(T0 + 30 * M) and p.due_at() == T0 + 35 * M
    assert p.do_snooze(T0 + 35 * M) and p.snoozes_left() == 0
    assert not p.can_snooze() and not p.do_snooze(T0 + 40 * M)
    assert p.due_at() == T0 + 40 * M


def test_snooze_never_brings_the_break_forward() -> None:
    p = policy()
    p.new_bout(T0)
    p.do_snooze(T0)
    assert p.due_at() == T0 + 30 * M


def test_dismiss_waits_without_using_a_snooze() -> None:
    p = policy()
    p.new_bout(T0)
    p.wait_a_little(T0 + 30 * M)
    assert p.due_at() == T0 + 35 * M and p.snoozes_left() == 2


def test_skip_restarts_the_interval_and_snoozes() -> None:
    p = policy()
    p.new_bout(T0)
    p.do_snooze(T0 + 30 * M)
    p.restart_interval(T0 + 31 * M)
    assert p.due_at() == T0 + 61 * M and p.snoozes_left() == 2


def test_pause_and_resume() -> None:
    p = policy()
    p.pause(T0 + 60 * M)
    assert p.is_paused(T0) and not p.is_paused(T0 + 60 * M)
    p.resume()
    assert not p.is_paused(T0)


def test_configure_changes_the_due_time() -> None:
    p = policy()
    p.new_bout(T0)
    p.configure(45 * M, 10 * M, 1)
    assert p.due_at() == T0 + 45 * M and p.snoozes_left() == 1
