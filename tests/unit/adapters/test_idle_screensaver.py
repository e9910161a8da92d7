"""ScreenSaverIdleSource against a stand-in org.freedesktop.ScreenSaver on a private bus."""

from __future__ import annotations

from datetime import timedelta

import pytest

from massage_break.adapters.idle.errors import IdleUnavailable
from massage_break.adapters.idle.screensaver import ScreenSaverIdleSource, _UnitGuess
from tests.fakes import FakeClock
from tests.unit.adapters.dbus_standins import PrivateBus, ScreenSaver


def test_kde_path_answers_in_milliseconds(session_bus: PrivateBus) -> None:
    with ScreenSaver(session_bus.address, paths=("/ScreenSaver",)) as kde:
        kde.value = 4321
        source = ScreenSaverIdleSource(bus=session_bus.address)
        assert (source.name, source.available) == ("screensaver", True)
        assert source.idle() == timedelta(milliseconds=4321)
        kde.value = 90_000
        assert source.idle() == timedelta(seconds=90)
        source.close()
        assert kde.called("GetSessionIdleTime")[-1] == ()


def test_the_long_object_path_is_tried_too(session_bus: PrivateBus) -> None:
    with ScreenSaver(session_bus.address, paths=("/org/freedesktop/ScreenSaver",)) as other:
        other.value = 7
        source = ScreenSaverIdleSource(bus=session_bus.address)
        assert source.idle() == timedelta(milliseconds=7)
        assert [p for p, m, _ in other.calls if m == "GetSessionIdleTime"][-1] == (
            "/org/freedesktop/ScreenSaver"
        )
        source.close()


def test_plasma_on_wayland_refuses_and_so_is_unavailable(session_bus: PrivateBus) -> None:
    with (
        ScreenSaver(
            session_bus.address,
            paths=("/ScreenSaver", "/org/freedesktop/ScreenSaver"),
            error="org.freedesktop.DBus.Error.NotSupported",
        ),
        pytest.raises(IdleUnavailable, match="NotSupported"),
    ):
        ScreenSaverIdleSource(bus=session_bus.address)
    assert session_bus.unique_names() == set()


def test_missing_service(session_bus: PrivateBus) -> None:
    with pytest.raises(IdleUnavailable, match=r"org\.freedesktop\.ScreenSaver is not on"):
        ScreenSaverIdleSource(bus=session_bus.address)


def test_service_gone_later_means_zero_idle(session_bus: PrivateBus) -> None:
    kde = ScreenSaver(session_bus.address)
    kde.value = 5000
    source = ScreenSaverIdleSource(bus=session_bus.address)
    kde.stop()
    assert source.idle() == timedelta(0)
    source.close()


def test_seconds_are_detected_from_growth_of_one_per_second(session_bus: PrivateBus) -> None:
    clock = FakeClock()
    with ScreenSaver(session_bus.address) as old_style:
        source = ScreenSaverIdleSource(bus=session_bus.address, clock=clock)  # reads 0
        readings = []
        for _ in range(4):
            clock.advance(seconds=15)
            old_style.value += 15
            readings.append(source.idle())
        # the reading at start-up (0) and then 15, 30, 45: the third step at 1/s decides
        assert readings[:2] == [timedelta(milliseconds=15), timedelta(milliseconds=30)]
        assert readings[2:] == [timedelta(seconds=45), timedelta(seconds=60)]
        old_style.value = 2
        assert source.idle() == timedelta(seconds=2)
        source.close()


def guess(steps: list[tuple[float, int]]) -> _UnitGuess:
    clock = FakeClock()
    units = _UnitGuess(clock)
    for advance, raw in steps:
        clock.advance(seconds=advance)
        units.to_timedelta(raw)
    return units


def test_millisecond_growth_settles_on_milliseconds() -> None:
    units = guess([(0, 1000), (10, 11_000)])
    assert (units.settled, units.unit_ms) == (True, 1)
    # once settled, later second-like growth changes nothing
    units = guess([(0, 1000), (10, 11_000), (10, 11_010), (10, 11_020), (10, 11_030)])
    assert units.unit_ms == 1


@pytest.mark.parametrize(
    "steps",
    [
        [(0, 10), (10, 20), (10, 30)],  # only two steps at 1/s
        [(0, 10), (10, 20), (10, 30), (10, 5), (10, 15), (10, 25)],  # activity broke the streak
        [(0, 10), (10, 20), (10, 300), (10, 310)],  # a jump in between
        [(0, 10), (0.5, 11), (0.4, 11), (0.3, 12)],  # samples too close together to judge
        [(0, 0), (15, 0), (15, 0), (15, 0)],  # no growth says nothing
    ],
)
def test_no_seconds_verdict_without_a_clean_streak(steps: list[tuple[float, int]]) -> None:
    units = guess(steps)
    assert units.unit_ms == 1 and not units.settled
