"""The status reason: the strongest reason first."""

from datetime import UTC, datetime

import pytest

from massage_break.core.model import Activity, Status
from massage_break.core.reasons import reason

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _status(**kw: object) -> Status:
    base: dict[str, object] = {
        "activity": Activity.ACTIVE,
        "sitting_seconds": 60,
        "next_break_at": None,
        "paused_until": None,
        "prompting": False,
    }
    return Status(**{**base, **kw})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kw", "word"),
    [
        # each row also holds every weaker reason, so the order itself is what is tested
        ({"paused_until": NOW, "locked": True, "prompting": True}, "paused"),
        ({"locked": True, "in_hours": False, "holding": "call"}, "locked"),
        ({"in_hours": False, "holding": "call", "prompting": True}, "outside_hours"),
        ({"holding": "call", "prompting": True, "detection_available": False}, "call"),
        ({"prompting": True, "detection_available": False}, "due"),
        ({"detection_available": False, "activity": Activity.AWAY}, "detection_unavailable"),
        ({"activity": Activity.AWAY}, "away"),
        ({}, "active"),
    ],
)
def test_reason_takes_the_strongest_first(kw: dict[str, object], word: str) -> None:
    assert reason(_status(**kw)) == word
