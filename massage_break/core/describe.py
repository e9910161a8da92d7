"""Human wording for durations and status (tooltips, the routine window, status output)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from massage_break.core.model import Activity, Status


def minutes_text(minutes: float) -> str:
    """42 -> '42 min', 72 -> '1 h 12 min', 120 -> '2 h'."""
    total = max(int(minutes), 0)
    hours, mins = divmod(total, 60)
    if hours and mins:
        return f"{hours} h {mins} min"
    if hours:
        return f"{hours} h"
    return f"{mins} min"


def length_text(seconds: int) -> str:
    """Break length: 60 -> '1-minute', 100 -> '2-minute', 540 -> '9-minute'."""
    return f"{max(round(seconds / 60), 1)}-minute"


def clock_text(seconds: int) -> str:
    """Countdown: 75 -> '1:15'."""
    mins, secs = divmod(max(seconds, 0), 60)
    return f"{mins}:{secs:02d}"


def why_text(sitting_seconds: int, routine_seconds: int, minute: timedelta) -> str:
    """'Sitting 1 h 12 min → 5-minute break'."""
    sat = minutes_text(sitting_seconds / minute.total_seconds())
    return f"Sitting {sat} → {length_text(routine_seconds)} break"


HOLD_TEXT = {
    "typing": "waiting for a pause in your typing",
    "fullscreen": "waiting until the fullscreen window closes",
    "call": "waiting until your call ends",
    "dnd": "waiting until do-not-disturb ends",
}


def status_text(status: Status, now: datetime, minute: timedelta, local_time: str = "") -> str:
    """The tray tooltip: how long they have sat, and when or why not the next break comes."""
    scale = minute.total_seconds()
    sitting = f"Sitting {minutes_text(status.sitting_seconds / scale)}"
    if status.paused_until is not None:
        tail = f"paused until {local_time}" if local_time else "reminders paused"
    elif status.locked:
        sitting, tail = "Screen locked", "counts as time away"
    elif not status.in_hours:
        tail = "outside your working hours"
    elif status.holding is not None:
        tail = "break due: " + HOLD_TEXT.get(status.holding, "waiting for a good moment")
    elif status.prompting:
        tail = "break due now"
    elif status.activity is Activity.AWAY:
        sitting, tail = "Away from the desk", "the sitting clock starts when you are back"
    elif status.activity is Activity.UNKNOWN:
        sitting, tail = "Starting", "measuring activity"
    elif status.next_break_at is not None:
        left = max((status.next_break_at - now).total_seconds(), 0) / scale
        tail = "next break in " + ("under 1 min" if left < 1 else minutes_text(left))
    else:
        tail = "no break scheduled"
    text = f"{sitting} · {tail}"
    if not status.detection_available:
        text += "\nActivity detection unavailable: counting wall-clock time"
    return text


def reason(status: Status) -> str:
    """One word for why the app is or isn't reminding right now, the strongest reason first:
    a pause, the lock screen, working hours, a held reminder, a due one, then activity."""
    if status.paused_until is not None:
        return "paused"
    if status.locked:
        return "locked"
    if not status.in_hours:
        return "outside_hours"
    if status.holding is not None:
        return status.holding
    if status.prompting:
        return "due"
    if not status.detection_available:
        return "detection_unavailable"
    return str(status.activity)


_SIDE = {"right": "left", "left": "right", "Right": "Left", "Left": "Right"}


def mirrored_text(text: str) -> str:
    """Alt text of a mirrored frame: 'right' and 'left' trade places."""
    return re.sub(r"\b(right|left|Right|Left)\b", lambda m: _SIDE[m.group(1)], text)
