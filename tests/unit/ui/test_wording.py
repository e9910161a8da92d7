from datetime import UTC, datetime, timedelta

import pytest

from massage_break.core.model import Activity, Status
from massage_break.ui.wording import (
    clock_text,
    length_text,
    minutes_text,
    status_text,
    why_text,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
M = timedelta(minutes=1)


@pytest.mark.parametrize(
    ("m", "text"),
    [
        (0, "0 min"),
        (42, "42 min"),
        (72, "1 h 12 min"),
        (120, "2 h"),
        (-3, "0 min"),
        (59.9, "59 min"),
    ],
)
def test_minutes_text(m: float, text: str) -> None:
    assert minutes_text(m) == text


def test_small_texts() -> None:
    assert length_text(60) == "1-minute" and length_text(20) == "1-minute"
    assert length_text(540) == "9-minute"
    assert clock_text(75) == "1:15" and clock_text(-4) == "0:00"
    assert why_text(72 * 60, 300, M) == "Sitting 1 h 12 min → 5-minute break"


def status(**kw: object) -> Status:
    base: dict[str, object] = dict(
        activity=Activity.ACTIVE,
        sitting_seconds=42 * 60,
        next_break_at=NOW + 8 * M,
        paused_until=None,
        prompting=False,
    )
    base.update(kw)
    return Status(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kw", "text"),
    [
        ({}, "Sitting 42 min · next break in 8 min"),
        (
            {"next_break_at": NOW + 20 * timedelta(seconds=1)},
            "Sitting 42 min · next break in under 1 min",
        ),
        ({"prompting": True}, "Sitting 42 min · break due now"),
        ({"paused_until": NOW + 60 * M}, "Sitting 42 min · reminders paused"),
        (
            {"activity": Activity.AWAY},
            "Away from the desk · the sitting clock starts when you are back",
        ),
        ({"activity": Activity.UNKNOWN}, "Starting · measuring activity"),
        ({"next_break_at": None}, "Sitting 42 min · no break scheduled"),
        ({"locked": True}, "Screen locked · counts as time away"),
        ({"in_hours": False}, "Sitting 42 min · outside your working hours"),
        ({"holding": "call"}, "Sitting 42 min · break due: waiting until your call ends"),
        (
            {"holding": "inhibited"},
            "Sitting 42 min · break due: waiting while a video or presentation keeps the screen on",
        ),
        ({"holding": "odd"}, "Sitting 42 min · break due: waiting for a good moment"),
        (
            {"detection_available": False},
            "Sitting 42 min · next break in 8 min\n"
            "Activity detection unavailable: counting wall-clock time",
        ),
    ],
)
def test_status_text(kw: dict[str, object], text: str) -> None:
    assert status_text(status(**kw), NOW, M) == text


def test_status_text_names_the_pause_end() -> None:
    assert status_text(status(paused_until=NOW), NOW, M, "14:00").endswith("paused until 14:00")


def test_mirrored_text_swaps_sides_only_as_whole_words() -> None:
    from massage_break.ui.wording import mirrored_text

    assert mirrored_text("Right hand on the left knee; bright light") == (
        "Left hand on the right knee; bright light"
    )
