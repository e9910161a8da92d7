"""Every adapter and test double offers each method of its port with the port's parameters,
so a port that gains a method or a parameter fails here, not in a user's session."""

from __future__ import annotations

import inspect

import pytest

from massage_break.adapters.autostart import MacAutostart, WindowsAutostart, XdgAutostart
from massage_break.adapters.history_store import SqliteHistoryStore
from massage_break.adapters.idle.gnome import GnomeIdleSource
from massage_break.adapters.idle.macos import MacIdleSource
from massage_break.adapters.idle.null import NullIdleSource
from massage_break.adapters.idle.screensaver import ScreenSaverIdleSource
from massage_break.adapters.idle.windows import WindowsIdleSource
from massage_break.adapters.idle.x11 import X11IdleSource
from massage_break.adapters.notify import DbusNotifier
from massage_break.adapters.scheduling import QtJobScheduler
from massage_break.adapters.settings_store import JsonSettingsStore
from massage_break.core import ports
from massage_break.ui.prompt_window import PromptWindow
from massage_break.ui.tray_notifier import TrayNotifier
from tests.fakes import FakeScheduler, MemoryHistory, MemorySettings, RecordingNotifier

IMPLEMENTATIONS: list[tuple[type, type]] = [
    (ports.IdleSource, cls)
    for cls in (
        GnomeIdleSource,
        MacIdleSource,
        NullIdleSource,
        ScreenSaverIdleSource,
        WindowsIdleSource,
        X11IdleSource,
    )
]
IMPLEMENTATIONS += [
    (ports.Notifier, cls) for cls in (DbusNotifier, TrayNotifier, PromptWindow, RecordingNotifier)
]
IMPLEMENTATIONS += [(ports.Scheduler, cls) for cls in (QtJobScheduler, FakeScheduler)]
IMPLEMENTATIONS += [
    (ports.Autostart, cls) for cls in (XdgAutostart, WindowsAutostart, MacAutostart)
]
IMPLEMENTATIONS += [(ports.SettingsStore, cls) for cls in (JsonSettingsStore, MemorySettings)]
IMPLEMENTATIONS += [(ports.HistoryStore, cls) for cls in (SqliteHistoryStore, MemoryHistory)]


def port_methods(port: type) -> dict[str, inspect.Signature]:
    own = {
        name: value
        for name, value in vars(port).items()
        if callable(value) and not name.startswith("_")
    }
    return {name: inspect.signature(fn) for name, fn in own.items()}


def parameters(sig: inspect.Signature) -> list[str]:
    return [p.name for p in sig.parameters.values()]


@pytest.mark.parametrize(
    ("port", "impl"),
    IMPLEMENTATIONS,
    ids=[f"{p.__name__}-{c.__name__}" for p, c in IMPLEMENTATIONS],
)
def test_each_implementation_offers_every_port_method(port: type, impl: type) -> None:
    methods = port_methods(port)
    assert methods, f"{port.__name__} declares no methods"
    for name, sig in methods.items():
        assert callable(getattr(impl, name, None)), f"{impl.__name__} lacks {name}"
        ours = parameters(inspect.signature(getattr(impl, name)))
        assert ours[: len(parameters(sig))] == parameters(sig), (impl.__name__, name, ours)


def test_the_check_notices_a_missing_method() -> None:
    class HalfNotifier:
        name = "half"

        def notify(self, title: str, body: str, can_snooze: bool) -> None: ...

    methods = port_methods(ports.Notifier)
    assert {"notify", "withdraw", "close"} <= set(methods)
    missing = [n for n in methods if not callable(getattr(HalfNotifier, n, None))]
    assert missing == ["withdraw", "close"]
    short = parameters(inspect.signature(HalfNotifier.notify))
    assert short != parameters(methods["notify"])[: len(short) + 2]
