"""ContextProbe combines sources and never raises; the platform picks them; Windows via ctypes."""

from __future__ import annotations

import ctypes
import logging
from typing import Any

import pytest

from massage_break.adapters.context import (
    REASONS,
    ContextProbe,
    ContextUnavailable,
    NullSource,
    create_context_probe,
)
from massage_break.adapters.context import fullscreen as fullscreen_mod
from massage_break.adapters.context.fullscreen import WindowsFullscreenSource


class Stub:
    def __init__(self, reason: str, value: bool | Exception, name: str = "stub") -> None:
        self.reason, self.name, self.value = reason, name, value
        self.calls = 0
        self.closed = False

    def active(self) -> bool:
        self.calls += 1
        if isinstance(self.value, Exception):
            raise self.value
        return self.value

    def close(self) -> None:
        self.closed = True
        if isinstance(self.value, Exception):
            raise self.value


def test_reasons_are_the_active_sources() -> None:
    probe = ContextProbe(
        [Stub("fullscreen", True), Stub("dnd", False), Stub("call", True, name="proc")]
    )
    assert probe.reasons() == frozenset({"fullscreen", "call"})
    assert probe.name == "fullscreen=stub dnd=stub call=proc"
    assert {"fullscreen", "dnd", "call", "inhibited"} == set(REASONS)


def test_second_source_for_a_reason_is_skipped_once_it_holds() -> None:
    first, second = Stub("call", True), Stub("call", True)
    assert ContextProbe([first, second]).reasons() == frozenset({"call"})
    assert (first.calls, second.calls) == (1, 0)


def test_failing_source_counts_as_inactive_and_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bad = Stub("dnd", RuntimeError("bus exploded"))
    probe = ContextProbe([bad, Stub("call", True)])
    with caplog.at_level(logging.DEBUG, logger="massage_break.adapters.context"):
        for _ in range(5):
            assert probe.reasons() == frozenset({"call"})
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "bus exploded" in warnings[0].getMessage()
    assert bad.calls == 5
    probe.close()  # a close() that raises is swallowed too
    assert bad.closed


def test_empty_probe() -> None:
    probe = ContextProbe([])
    assert probe.reasons() == frozenset()
    assert probe.name == "none"
    probe.close()


def test_null_source() -> None:
    source = NullSource("fullscreen", "Wayland")
    assert not source.active() and source.name == "none" and source.why == "Wayland"
    source.close()


def test_without_display_or_bus_only_proc_remains(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    probe = create_context_probe()
    assert probe.name == "fullscreen=none dnd=none call=proc inhibited=none"
    assert probe.reasons() <= frozenset({"call"})
    probe.close()


def test_wayland_and_bad_display_give_null_fullscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    source = create_context_probe().sources[0]
    assert isinstance(source, NullSource) and "Wayland" in source.why
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.setenv("DISPLAY", ":987")
    source = create_context_probe().sources[0]
    assert isinstance(source, NullSource) and "cannot open" in source.why


def test_a_source_that_fails_to_start_becomes_a_null_source(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import massage_break.adapters.context.call as call_mod

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("surprise")

    monkeypatch.setattr(call_mod, "ProcCallSource", broken)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with caplog.at_level(logging.WARNING):
        probe = create_context_probe()
    source = probe.sources[2]
    assert isinstance(source, NullSource) and "surprise" in source.why
    assert probe.reasons() == frozenset()
    assert "failed to start" in caplog.text


# ---------------------------------------------------------------------- Windows, faked


class FakeQuery:
    """Stands in for shell32.SHQueryUserNotificationState."""

    def __init__(self, state: int, hresult: int = 0) -> None:
        self.state, self.hresult = state, hresult
        self.argtypes: Any = None
        self.restype: Any = None

    def __call__(self, out: Any) -> int:
        assert self.argtypes == [ctypes.POINTER(ctypes.c_int)]
        out.contents.value = self.state
        return self.hresult


def fake_windll(query: FakeQuery, loaded: list[str]) -> Any:
    class Shell32:
        SHQueryUserNotificationState = query

    def windll(name: str) -> Shell32:
        loaded.append(name)
        return Shell32()

    return windll


@pytest.mark.parametrize(
    ("state", "busy"),
    [
        (1, False),  # QUNS_NOT_PRESENT (screen saver, locked)
        (fullscreen_mod.QUNS_BUSY, True),
        (fullscreen_mod.QUNS_RUNNING_D3D_FULL_SCREEN, True),
        (fullscreen_mod.QUNS_PRESENTATION_MODE, True),
        (5, False),  # QUNS_ACCEPTS_NOTIFICATIONS
        (6, False),  # QUNS_QUIET_TIME
        (7, False),  # QUNS_APP (a Store app is fullscreen: it gets its own toast)
    ],
)
def test_windows_notification_state(
    monkeypatch: pytest.MonkeyPatch, state: int, busy: bool
) -> None:
    loaded: list[str] = []
    monkeypatch.setattr(ctypes, "WinDLL", fake_windll(FakeQuery(state), loaded), raising=False)
    source = WindowsFullscreenSource()
    assert loaded == ["shell32"]
    assert source.active() is busy
    assert ContextProbe([source]).reasons() == (frozenset({"fullscreen"}) if busy else frozenset())
    source.close()


def test_windows_failure_is_not_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    query = FakeQuery(fullscreen_mod.QUNS_BUSY, hresult=-2147467259)  # E_FAIL
    monkeypatch.setattr(ctypes, "WinDLL", fake_windll(query, []), raising=False)
    source = WindowsFullscreenSource()
    with pytest.raises(OSError, match="0x80004005"):
        source.active()
    assert ContextProbe([source]).reasons() == frozenset()


def test_windows_source_is_unavailable_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(ctypes, "WinDLL", raising=False)
    with pytest.raises(ContextUnavailable, match="not Windows"):
        WindowsFullscreenSource()

    def missing(name: str) -> Any:
        raise OSError(f"{name} not found")

    monkeypatch.setattr(ctypes, "WinDLL", missing, raising=False)
    with pytest.raises(ContextUnavailable, match="shell32 not found"):
        WindowsFullscreenSource()


def test_windows_platform_uses_the_windows_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setattr(
        ctypes, "WinDLL", fake_windll(FakeQuery(fullscreen_mod.QUNS_BUSY), []), raising=False
    )
    probe = create_context_probe()
    assert probe.name == "fullscreen=windows dnd=none call=none inhibited=none"
    assert probe.reasons() == frozenset({"fullscreen"})


def test_without_a_qt_application_the_inhibitors_are_not_followed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Signals need the Qt event loop; without one the source says so and holds nothing."""
    from massage_break.adapters.context.inhibit import SessionInhibitSource

    class NoApp:
        @staticmethod
        def instance() -> None:
            return None

    monkeypatch.setattr("massage_break.adapters.dbus_link.QCoreApplication", NoApp)
    from tests.unit.adapters.dbus_standins import private_bus

    with private_bus() as bus:
        with pytest.raises(ContextUnavailable, match="needs a QCoreApplication"):
            SessionInhibitSource(bus=bus.address)
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        source = create_context_probe().sources[3]
        assert isinstance(source, NullSource) and "QCoreApplication" in source.why
