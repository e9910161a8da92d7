from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from massage_break.core.hours import HoursError, dump, next_change, parse, within

BERLIN = ZoneInfo("Europe/Berlin")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


def test_parse_and_dump() -> None:
    spans = parse(
        {"tue": ["13:30-17:30", "09:00-12:00"], "fri": ["22:00-02:00"], "sun": ["00:00-24:00"]}
    )
    assert spans == ((1, 540, 720), (1, 810, 1050), (4, 1320, 120), (6, 0, 1440))
    assert dump(spans) == {
        "tue": ["09:00-12:00", "13:30-17:30"],
        "fri": ["22:00-02:00"],
        "sun": ["00:00-24:00"],
    }


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ([], "map weekdays"),
        ({"funday": []}, "unknown weekday"),
        ({"mon": "09:00-17:00"}, "list"),
        ({"mon": ["9-5"]}, "not a range"),
        ({"mon": ["25:00-26:00"]}, "not a range"),
        ({"mon": ["10:00-10:00"]}, "empty"),
    ],
)
def test_parse_refuses_bad_tables(table: object, message: str) -> None:
    with pytest.raises(HoursError, match=message):
        parse(table)


def test_no_hours_means_always() -> None:
    assert within((), datetime(2026, 1, 1, tzinfo=UTC), BERLIN)
    assert next_change((), datetime(2026, 1, 1, tzinfo=UTC), BERLIN) is None


def test_ranges_and_breaks_between_them() -> None:
    spans = parse({"mon": ["09:00-12:00", "13:00-17:00"]})
    monday = (2026, 3, 2)
    assert not within(spans, local(*monday, 8, 59), BERLIN)
    assert within(spans, local(*monday, 9, 0), BERLIN)
    assert not within(spans, local(*monday, 12, 30), BERLIN)
    assert next_change(spans, local(*monday, 12, 30), BERLIN) == local(*monday, 13, 0)
    assert next_change(spans, local(*monday, 17, 0), BERLIN) == local(2026, 3, 9, 9, 0)
    # `now` may be in UTC: 08:30 UTC is 09:30 in Berlin in winter
    assert within(spans, datetime(2026, 3, 2, 8, 30, tzinfo=UTC), BERLIN)


def test_range_across_midnight() -> None:
    spans = parse({"fri": ["22:00-02:00"]})
    assert within(spans, local(2026, 3, 6, 23, 0), BERLIN)  # Friday night
    assert within(spans, local(2026, 3, 7, 1, 59), BERLIN)  # early Saturday
    assert not within(spans, local(2026, 3, 7, 2, 0), BERLIN)
    assert not within(spans, local(2026, 3, 6, 1, 0), BERLIN)  # Friday early: Thursday's none
    assert next_change(spans, local(2026, 3, 6, 23, 0), BERLIN) == local(2026, 3, 7, 2, 0)


def test_daylight_saving_changes_follow_the_wall_clock() -> None:
    spans = parse({"sun": ["01:00-04:00"]})
    # 2026-03-29: clocks jump 02:00 -> 03:00 in Berlin; the range is 2 real hours long
    spring = local(2026, 3, 29, 1, 30)
    end = next_change(spans, spring, BERLIN)
    assert end == local(2026, 3, 29, 4, 0)
    assert end is not None
    assert end.astimezone(UTC) - spring.astimezone(UTC) == timedelta(hours=1, minutes=30)
    assert within(spans, datetime(2026, 3, 29, 1, 30, tzinfo=UTC), BERLIN)  # 03:30 CEST
    # 2026-10-25: clocks fall back 03:00 -> 02:00; 4 real hours
    autumn_start = datetime(2026, 10, 24, 23, 0, tzinfo=UTC)  # 01:00 CEST
    assert within(spans, autumn_start, BERLIN)
    assert within(spans, datetime(2026, 10, 25, 2, 30, tzinfo=UTC), BERLIN)  # 03:30 CET
    assert not within(spans, datetime(2026, 10, 25, 3, 0, tzinfo=UTC), BERLIN)  # 04:00 CET


def test_tomorrow_morning_is_eight_without_working_hours() -> None:
    from massage_break.core.hours import tomorrow_morning

    assert tomorrow_morning((), local(2026, 3, 2, 22, 30), BERLIN) == local(2026, 3, 3, 8, 0)


def test_tomorrow_morning_is_the_start_of_tomorrows_hours() -> None:
    from massage_break.core.hours import tomorrow_morning

    spans = parse({"mon": ["09:30-17:00"], "tue": ["10:00-12:00"]})
    assert tomorrow_morning(spans, local(2026, 3, 2, 15, 0), BERLIN) == local(2026, 3, 3, 10, 0)


def test_tomorrow_morning_inside_a_night_shift_stays_eight() -> None:
    from massage_break.core.hours import tomorrow_morning

    spans = parse({"mon": ["22:00-24:00"], "tue": ["00:00-06:00"]})  # midnight is working time
    assert tomorrow_morning(spans, local(2026, 3, 2, 23, 0), BERLIN) == local(2026, 3, 3, 8, 0)
