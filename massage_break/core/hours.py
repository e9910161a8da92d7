"""Working hours: several local wall-clock ranges per weekday; a range may cross midnight."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")

# (weekday 0=Monday, start minute, end minute); end <= start means "until that time tomorrow"
Span = tuple[int, int, int]


class HoursError(ValueError):
    pass


def parse(table: object) -> tuple[Span, ...]:
    """{"mon": ["09:00-12:30", "13:30-17:30"], ...} -> spans. Raises HoursError with a reason."""
    if not isinstance(table, dict):
        raise HoursError("working hours must map weekdays to lists of ranges")
    spans: list[Span] = []
    for day, ranges in table.items():
        if day not in DAYS:
            raise HoursError(f"unknown weekday {day!r} (use {', '.join(DAYS)})")
        if not isinstance(ranges, list) or not all(isinstance(r, str) for r in ranges):
            raise HoursError(f'{day}: give a list of ranges like "09:00-17:00"')
        for text in ranges:
            match = _RANGE.match(text.strip())
            if match is None:
                raise HoursError(f"{day}: {text!r} is not a range like 09:00-17:00")
            h1, m1, h2, m2 = (int(g) for g in match.groups())
            start, end = h1 * 60 + m1, min(h2 * 60 + m2, 24 * 60)
            if start == end:
                raise HoursError(f"{day}: {text!r} is empty")
            spans.append((DAYS.index(day), start, end))
    return tuple(sorted(spans))


def dump(spans: tuple[Span, ...]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for day, start, end in spans:
        out.setdefault(DAYS[day], []).append(
            f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
        )
    return out


def _intervals(
    spans: tuple[Span, ...], around: date, tz: tzinfo
) -> list[tuple[datetime, datetime]]:
    """Concrete aware intervals for the days around `around` (a week back, a week ahead)."""
    out = []
    for offset in range(-1, 8):
        day = around + timedelta(days=offset)
        for weekday, start, end in spans:
            if day.weekday() != weekday:
                continue
            begin = datetime.combine(day, time(start // 60, start % 60), tz)
            stop_day = day if end > start else day + timedelta(days=1)
            stop = (
                datetime.combine(stop_day, time(0), tz) + timedelta(minutes=end)
                if end == 24 * 60
                else datetime.combine(stop_day, time(end // 60, end % 60), tz)
            )
            out.append((begin, stop))
    return out


def within(spans: tuple[Span, ...], now: datetime, tz: tzinfo) -> bool:
    """True when there are no working hours (always on) or `now` falls inside one."""
    if not spans:
        return True
    local = now.astimezone(tz)
    return any(b <= local < e for b, e in _intervals(spans, local.date(), tz))


def next_change(spans: tuple[Span, ...], now: datetime, tz: tzinfo) -> datetime | None:
    """When `within` next flips (start or end of a range), or None without working hours."""
    if not spans:
        return None
    local = now.astimezone(tz)
    edges = [t for b, e in _intervals(spans, local.date(), tz) for t in (b, e) if t > local]
    return min(edges)


MORNING = time(8, 0)


def tomorrow_morning(spans: tuple[Span, ...], local_now: datetime, tz: tzinfo) -> datetime:
    """When "pause until tomorrow" ends: 08:00 tomorrow in the user's zone, or the start of
    tomorrow's first working hours when hours are set and midnight is outside them."""
    zone = local_now.tzinfo or tz
    midnight = datetime.combine(local_now.date() + timedelta(days=1), time(0), zone)
    morning = midnight.replace(hour=MORNING.hour, minute=MORNING.minute)
    if spans and not within(spans, midnight, tz):
        morning = next_change(spans, midnight, zone) or morning
    return morning
