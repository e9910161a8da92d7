"""The only place that reads the wall clock."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """Aware UTC time from the operating system."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def monotonic_seconds() -> float:
    """Seconds on a clock that never jumps, for timing a break on screen."""
    return time.monotonic()
