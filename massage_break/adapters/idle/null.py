"""Used when no activity source works: the user counts as always active."""

from __future__ import annotations

from datetime import timedelta


class NullIdleSource:
    name = "none"
    available = False

    def idle(self) -> timedelta:
        return timedelta(0)

    def close(self) -> None:
        pass
