"""Memory comes back once the routine and history windows are gone."""

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from massage_break.core.engine import Engine
from massage_break.core.settings import Settings
from massage_break.ui import memory
from massage_break.ui.windows import Windows
from tests.conftest import ASSETS
from tests.fakes import fake_controller
from tests.unit.ui.shipped import shipped_catalog


def cached_functions() -> list[object]:
    import sys

    out = []
    for name in memory.WINDOW_MODULES:
        module = sys.modules[name]
        out += [v for v in vars(module).values() if callable(getattr(v, "cache_clear", None))]
    return out


def test_the_routine_windows_pictures_are_dropped(qtbot: QtBot) -> None:
    c = fake_controller(Engine(Settings(), shipped_catalog()))
    w = Windows(c, Path(ASSETS), 60)
    c.take_break_now()
    assert w.routine is not None
    qtbot.waitUntil(lambda: any(f.cache_info().currsize for f in cached_functions()))
    assert memory.drop_caches() == len(cached_functions()) >= 1
    assert all(f.cache_info().currsize == 0 for f in cached_functions())
    w.routine.close()


def test_release_trims_the_heap_on_glibc() -> None:
    assert memory.release_memory() is True  # this machine runs Linux with glibc


def test_release_without_malloc_trim_still_drops_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    assert memory.release_memory() is False


def test_memory_is_released_only_when_both_windows_are_gone(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    released: list[bool] = []
    monkeypatch.setattr(memory, "release_memory", lambda *_: released.append(True) or True)
    c = fake_controller(Engine(Settings(), shipped_catalog()))
    w = Windows(c, Path(ASSETS), 60)
    w.show_history()
    c.take_break_now()
    routine, history = w.routine, w.history
    assert routine is not None and history is not None
    routine.close()
    qtbot.waitUntil(lambda: w.routine is None)
    turned: list[bool] = []  # queued after the release would have been: a sentinel
    QTimer.singleShot(0, lambda: turned.append(True))
    qtbot.waitUntil(lambda: turned == [True])
    assert released == []  # the history window is still open
    history.close()
    qtbot.waitUntil(lambda: released == [True])
    assert w.history is None
