"""Windows, macOS and X11 idle sources with their OS calls faked at the ctypes boundary."""

from __future__ import annotations

import ctypes
from datetime import timedelta
from types import SimpleNamespace

import pytest

from massage_break.adapters.idle.errors import IdleUnavailable
from massage_break.adapters.idle.macos import MacIdleSource
from massage_break.adapters.idle.windows import WindowsIdleSource
from tests.unit.adapters.native_fakes import FakeMac, FakeWindows


@pytest.fixture
def win(monkeypatch: pytest.MonkeyPatch) -> FakeWindows:
    fake = FakeWindows()
    monkeypatch.setattr(ctypes, "windll", fake.windll, raising=False)
    return fake


def test_windows_idle_is_ticks_since_last_input(win: FakeWindows) -> None:
    source = WindowsIdleSource()
    assert (source.name, source.available) == ("windows", True)
    win.last_input, win.tick = 1_000_000, 1_065_000
    assert source.idle() == timedelta(seconds=65)
    assert win.sizes == [8]  # cbSize set, as the API demands
    win.last_input = win.tick
    assert source.idle() == timedelta(0)


@pytest.mark.parametrize(
    ("last_input", "tick", "idle_ms"),
    [
        (0xFFFF_FF00, 0x0000_0100, 0x200),  # the tick count wrapped after the last input
        (0xFFFF_FFFF, 0, 1),
        (0, 0xFFFF_FFFF, 0xFFFF_FFFF),  # the longest idle time it can express
    ],
)
def test_windows_tick_wraparound(
    win: FakeWindows, last_input: int, tick: int, idle_ms: int
) -> None:
    win.last_input, win.tick = last_input, tick
    assert WindowsIdleSource().idle() == timedelta(milliseconds=idle_ms)


def test_windows_failure_and_close_give_zero(win: FakeWindows) -> None:
    source = WindowsIdleSource()
    win.last_input, win.tick = 0, 5000
    win.ok = False
    assert source.idle() == timedelta(0)
    win.ok = True
    source.close()
    assert source.idle() == timedelta(0)


def test_windows_source_is_unavailable_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(ctypes, "windll", raising=False)
    with pytest.raises(IdleUnavailable, match="not on Windows"):
        WindowsIdleSource()
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(user32=SimpleNamespace()), raising=False)
    with pytest.raises(IdleUnavailable, match="GetLastInputInfo"):
        WindowsIdleSource()


@pytest.fixture
def mac(monkeypatch: pytest.MonkeyPatch) -> FakeMac:
    fake = FakeMac()
    monkeypatch.setattr(ctypes, "CDLL", fake.load)
    return fake


def test_macos_idle_is_hid_idle_time_in_nanoseconds(mac: FakeMac) -> None:
    source = MacIdleSource()
    assert (source.name, source.available) == ("macos", True)
    mac.idle_ns = 61_500_000_000
    assert source.idle() == timedelta(seconds=61.5)
    mac.idle_ns = 2**40  # beyond 32 bits
    assert source.idle() == timedelta(microseconds=2**40 // 1000)
    assert mac.live_properties == 0  # every property read was released


def test_macos_odd_answers_give_zero(mac: FakeMac) -> None:
    source = MacIdleSource()
    mac.idle_ns = 5_000_000_000
    mac.has_property = False
    assert source.idle() == timedelta(0)
    mac.has_property = True
    mac.property_type = 99  # not a CFNumber
    assert source.idle() == timedelta(0)
    assert mac.live_properties == 0


def test_macos_close_releases_service_and_key(mac: FakeMac) -> None:
    source = MacIdleSource()
    source.close()
    assert mac.released_objects == [FakeMac.SERVICE]
    assert FakeMac.KEY in mac.released
    source.close()
    assert mac.released_objects == [FakeMac.SERVICE]
    assert source.idle() == timedelta(0)


def test_macos_without_the_service_is_unavailable(mac: FakeMac) -> None:
    mac.service = 0
    with pytest.raises(IdleUnavailable, match="IOHIDSystem"):
        MacIdleSource()


def test_macos_source_is_unavailable_without_iokit() -> None:
    """On this (Linux) machine the real frameworks are missing: a clear error, no crash."""
    with pytest.raises(IdleUnavailable, match="cannot load IOKit"):
        MacIdleSource()


def test_x_server_without_the_screensaver_extension_is_unavailable_and_cleaned_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """It used to crash while cleaning up (freeing an info block it never allocated), which
    stopped the whole app from starting on such a server."""
    from massage_break.adapters.idle import x11

    calls: list[str] = []

    def fn(name: str, result: object = 0):  # type: ignore[no-untyped-def]
        def call(*_: object) -> object:
            calls.append(name)
            return result

        return call

    libs = {
        "X11": SimpleNamespace(
            XOpenDisplay=fn("open", 1234),
            XDefaultRootWindow=fn("root", 1),
            XCloseDisplay=fn("close"),
            XFree=fn("free"),
        ),
        "Xss": SimpleNamespace(
            XScreenSaverQueryExtension=fn("query", 0),
            XScreenSaverAllocInfo=fn("alloc"),
            XScreenSaverQueryInfo=fn("info"),
        ),
    }
    monkeypatch.setattr(x11, "_load", lambda name, _soname: libs[name])
    with pytest.raises(x11.X11Unavailable, match="no MIT-SCREEN-SAVER extension"):
        x11.X11IdleSource()
    assert calls == ["open", "query", "close"]  # the display closed, nothing freed
    calls.clear()
    libs["Xss"].XScreenSaverQueryExtension = fn("query", 1)
    with pytest.raises(x11.X11Unavailable, match="out of memory"):
        x11.X11IdleSource()  # the info block could not be allocated (NULL)
    assert calls == ["open", "query", "root", "alloc", "close"]
