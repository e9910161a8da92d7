"""create_idle_source picks the first working source, logs why others were passed over, and
falls back to the null source."""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Iterator
from datetime import timedelta
from types import SimpleNamespace

import pytest

from massage_break.adapters.idle import create_idle_source
from massage_break.adapters.idle.gnome import GnomeIdleSource
from massage_break.adapters.idle.null import NullIdleSource
from massage_break.adapters.idle.screensaver import ScreenSaverIdleSource
from tests.unit.adapters.dbus_standins import MutterIdleMonitor, PrivateBus, ScreenSaver
from tests.unit.adapters.native_fakes import FakeMac, FakeWindows


@pytest.fixture
def linux(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    monkeypatch.setattr(sys, "platform", "linux")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.delenv(var, raising=False)
    caplog.set_level(logging.INFO, logger="massage_break.adapters.idle")
    yield


def messages(caplog: pytest.LogCaptureFixture, level: int = logging.INFO) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == level]


@pytest.mark.usefixtures("linux")
def test_gnome_first_and_over_one_connection(
    session_bus: PrivateBus, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        MutterIdleMonitor(session_bus.address, idletime_ms=42) as mutter,
        ScreenSaver(session_bus.address),
    ):
        before = session_bus.unique_names()
        source = create_idle_source(session_bus.address)
        assert isinstance(source, GnomeIdleSource)
        assert source.idle() == timedelta(milliseconds=42)
        assert len(session_bus.unique_names() - before) == 1  # one connection, kept
        assert mutter.called("GetIdletime")
        source.close()
    assert "activity detection: gnome" in messages(caplog)


@pytest.mark.usefixtures("linux")
def test_gnome_is_found_through_the_environment(
    session_bus: PrivateBus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus.address)
    with MutterIdleMonitor(session_bus.address):
        source = create_idle_source()
        assert source.name == "gnome"
        source.close()


@pytest.mark.usefixtures("linux")
def test_kde_without_display_gets_the_screensaver_source(
    session_bus: PrivateBus, caplog: pytest.LogCaptureFixture
) -> None:
    with ScreenSaver(session_bus.address) as kde:
        kde.value = 3000
        before = session_bus.unique_names()
        source = create_idle_source(session_bus.address)
        assert isinstance(source, ScreenSaverIdleSource)
        assert source.idle() == timedelta(seconds=3)
        assert len(session_bus.unique_names() - before) == 1
        source.close()
    info = messages(caplog)
    assert any("gnome unavailable" in m and "Mutter.IdleMonitor is not on" in m for m in info)
    assert "idle source x11 skipped: DISPLAY is not set" in info


@pytest.mark.usefixtures("linux")
def test_x11_is_not_used_in_a_wayland_session(
    session_bus: PrivateBus, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    with ScreenSaver(session_bus.address):
        source = create_idle_source(session_bus.address)
        assert source.name == "screensaver"
        source.close()
    assert any("x11 skipped: Wayland session" in m for m in messages(caplog))


@pytest.mark.usefixtures("linux")
def test_a_broken_display_falls_through_to_the_screensaver(
    session_bus: PrivateBus, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("DISPLAY", ":987")
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    with ScreenSaver(session_bus.address):
        source = create_idle_source(session_bus.address)
        assert source.name == "screensaver"
        source.close()
    assert any("x11 unavailable: cannot open the X display" in m for m in messages(caplog))


@pytest.mark.usefixtures("linux")
def test_nothing_works_gives_null_with_one_warning(
    session_bus: PrivateBus, caplog: pytest.LogCaptureFixture
) -> None:
    source = create_idle_source(session_bus.address)
    assert isinstance(source, NullIdleSource) and not source.available
    assert session_bus.unique_names() == set()  # the shared connection was closed
    (warning,) = messages(caplog, logging.WARNING)
    assert warning.startswith("activity detection unavailable: gnome: ")
    assert "x11: DISPLAY is not set" in warning and "screensaver: " in warning


@pytest.mark.usefixtures("linux")
def test_no_session_bus_at_all_gives_null(caplog: pytest.LogCaptureFixture) -> None:
    source = create_idle_source()
    assert isinstance(source, NullIdleSource)
    (warning,) = messages(caplog, logging.WARNING)
    assert "DBUS_SESSION_BUS_ADDRESS is not set" in warning


def test_windows_platform_uses_get_last_input_info(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeWindows()
    fake.last_input, fake.tick = 100, 2100
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", fake.windll, raising=False)
    source = create_idle_source()
    assert source.name == "windows" and source.idle() == timedelta(seconds=2)


def test_windows_without_the_api_gives_null(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(), raising=False)
    assert isinstance(create_idle_source(), NullIdleSource)


def test_macos_platform_uses_iokit(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeMac()
    fake.idle_ns = 3_000_000_000
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(ctypes, "CDLL", fake.load)
    source = create_idle_source()
    assert source.name == "macos" and source.idle() == timedelta(seconds=3)
    source.close()


def test_macos_without_iokit_gives_null(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert isinstance(create_idle_source(), NullIdleSource)
