from datetime import UTC

from massage_break.core.clock import SystemClock


def test_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is UTC


def test_monotonic_seconds_never_go_back() -> None:
    from massage_break.core.clock import monotonic_seconds

    first = monotonic_seconds()
    assert monotonic_seconds() >= first
