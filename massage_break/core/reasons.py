"""Why the app is or isn't reminding right now, as one code (the UI turns it into words)."""

from __future__ import annotations

from massage_break.core.model import Status


def reason(status: Status) -> str:
    """One code for the strongest reason first: a pause, the lock screen, working hours, a
    held reminder, a due one, then activity."""
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
