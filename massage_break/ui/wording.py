"""Words for durations and status (tooltip, routine window, status output), in the user's
language. The core hands over numbers and codes; this module turns them into sentences."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QTime

from massage_break.core.model import Activity, Status
from massage_break.ui.i18n import N_, tr


def number(value: int) -> str:
    return QLocale().toString(value)


def minutes_text(minutes: float) -> str:
    """42 -> '42 min', 72 -> '1 h 12 min', 120 -> '2 h'."""
    total = max(int(minutes), 0)
    hours, mins = divmod(total, 60)
    if hours and mins:
        return tr("wording", "%1 h %2 min", number(hours), number(mins))
    if hours:
        return tr("wording", "%1 h", number(hours))
    return tr("wording", "%1 min", number(mins))


def length_text(seconds: int) -> str:
    """Break length: 60 -> '1-minute', 100 -> '2-minute', 540 -> '9-minute'."""
    n = max(round(seconds / 60), 1)
    return tr("wording", "%n-minute", n=n)


def clock_text(seconds: int) -> str:
    """Countdown: 75 -> '1:15' (digits in the user's locale)."""
    mins, secs = divmod(max(seconds, 0), 60)
    loc = QLocale()
    return f"{loc.toString(mins)}:{loc.toString(secs).rjust(2, loc.zeroDigit())}"


def why_text(sitting_seconds: int, routine_seconds: int, minute: timedelta) -> str:
    """'Sitting 1 h 12 min → 5-minute break'."""
    sat = minutes_text(sitting_seconds / minute.total_seconds())
    return tr("wording", "Sitting %1 → %2 break", sat, length_text(routine_seconds))


def hold_text(code: str) -> str:
    texts = {
        "typing": tr("wording", "waiting for a pause in your typing"),
        "fullscreen": tr("wording", "waiting until the fullscreen window closes"),
        "call": tr("wording", "waiting until your call ends"),
        "dnd": tr("wording", "waiting until do-not-disturb ends"),
        "inhibited": tr("wording", "waiting while a video or presentation keeps the screen on"),
    }
    return texts.get(code, tr("wording", "waiting for a good moment"))


def status_text(status: Status, now: datetime, minute: timedelta, local_time: str = "") -> str:
    """The tray tooltip: how long they have sat, and when or why not the next break comes."""
    scale = minute.total_seconds()
    sitting = tr("wording", "Sitting %1", minutes_text(status.sitting_seconds / scale))
    if status.paused_until is not None:
        tail = (
            tr("wording", "paused until %1", local_time)
            if local_time
            else tr("wording", "reminders paused")
        )
    elif status.locked:
        sitting, tail = tr("wording", "Screen locked"), tr("wording", "counts as time away")
    elif not status.in_hours:
        tail = tr("wording", "outside your working hours")
    elif status.holding is not None:
        tail = tr("wording", "break due: %1", hold_text(status.holding))
    elif status.prompting:
        tail = tr("wording", "break due now")
    elif status.activity is Activity.AWAY:
        sitting = tr("wording", "Away from the desk")
        tail = tr("wording", "the sitting clock starts when you are back")
    elif status.activity is Activity.UNKNOWN:
        sitting, tail = tr("wording", "Starting"), tr("wording", "measuring activity")
    elif status.next_break_at is not None:
        left = max((status.next_break_at - now).total_seconds(), 0) / scale
        tail = tr(
            "wording",
            "next break in %1",
            tr("wording", "under 1 min") if left < 1 else minutes_text(left),
        )
    else:
        tail = tr("wording", "no break scheduled")
    text = tr("wording", "%1 · %2", sitting, tail)
    if not status.detection_available:
        text += "\n" + tr("wording", "Activity detection unavailable: counting wall-clock time")
    return text


_SIDE = {"right": "left", "left": "right", "Right": "Left", "Left": "Right"}


def mirrored_text(text: str) -> str:
    """English alt text of a mirrored frame: 'right' and 'left' trade places (translated
    afterwards, so the words match the picture as drawn)."""
    return re.sub(r"\b(right|left|Right|Left)\b", lambda m: _SIDE[m.group(1)], text)


def day_text(day: date) -> str:
    """A calendar day in the user's language: 'Monday 2 March' / '3月2日 星期一'.

    The pattern itself is translated (QLocale date format: dddd weekday, d day, MMMM month)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("wording", "dddd d MMMM"))


def weekday_short(day: date) -> str:
    """'Mon' under a bar of the history chart."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def time_text(moment: datetime) -> str:
    """A clock time ('14:05' or '2:05 PM', as the locale writes it)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


#: the history outcome groups (core codes) in words
GROUP_WORDS = {
    "taken": N_("wording", "taken"),
    "cut short": N_("wording", "cut short"),
    "snoozed": N_("wording", "snoozed"),
    "skipped": N_("wording", "skipped"),
    "no answer": N_("wording", "no answer"),
}


def group_text(group: str) -> str:
    return tr("wording", GROUP_WORDS.get(group, group))


def group_count_text(group: str, n: int) -> str:
    """'3 taken', '1 break taken' ... with the plural the language needs."""
    texts = {
        "taken": tr("wording", "%n break taken", n=n)
        if n == 1
        else tr("wording", "%n breaks taken", n=n),
        "cut short": tr("wording", "%n cut short", n=n),
        "snoozed": tr("wording", "%n snoozed", n=n),
        "skipped": tr("wording", "%n skipped", n=n),
        "no answer": tr("wording", "%n with no answer", n=n),
    }
    return texts.get(group, f"{n} {group}")
