from pathlib import Path

from pytestqt.qtbot import QtBot

from massage_break.core.engine import Engine
from massage_break.core.model import Outcome
from massage_break.core.settings import Settings
from massage_break.ui.controller import AppController
from massage_break.ui.windows import Windows
from tests.conftest import ASSETS
from tests.fakes import (
    FakeClock,
    FakeScheduler,
    MemoryHistory,
    MemorySettings,
    RecordingNotifier,
    ScriptedIdle,
)
from tests.unit.ui.shipped import shipped_catalog


def rig(settings_fail: bool = False) -> tuple[AppController, Windows, MemoryHistory]:
    history = MemoryHistory()
    c = AppController(
        Engine(Settings(), shipped_catalog()),
        FakeClock(),
        FakeScheduler(),
        ScriptedIdle(),
        RecordingNotifier(),
        history,
        MemorySettings(fail=settings_fail),
        probe_seconds=15,
    )
    return c, Windows(c, Path(ASSETS), 60), history


def test_one_routine_window_at_a_time_and_its_outcome_is_recorded(qtbot: QtBot) -> None:
    c, w, history = rig()
    c.take_break_now()
    first = w.routine
    assert first is not None and first.isVisible()
    c.take_break_now()
    assert w.routine is first
    first.btn_done.click()
    assert [r.outcome for r in history.rows] == [Outcome.COMPLETED]
    qtbot.waitUntil(lambda: w.routine is None)


def test_settings_dialog_applies_and_reports_save_failures(qtbot: QtBot) -> None:
    c, w, _ = rig()
    c.settings_requested.emit()
    dialog = w.settings
    assert dialog is not None
    dialog.edits["break_interval_min"].setText("45")
    dialog._ok()
    assert c.settings.break_interval_min == 45
    qtbot.waitUntil(lambda: w.settings is None)

    c2, w2, _ = rig(settings_fail=True)
    w2.show_settings()
    w2.show_settings()  # a second request raises the same dialog
    d2 = w2.settings
    assert d2 is not None
    d2.edits["break_interval_min"].setText("45")
    d2._ok()
    assert d2.isVisible() and "previous settings file is unchanged" in d2.failure.text()
    assert c2.settings.break_interval_min == 30
    d2.reject()


def test_notice_box(qtbot: QtBot) -> None:
    c, w, _ = rig()
    c.notice.emit("massage_break", "Your settings file could not be read.")
    assert w._notice.isVisible() and "could not be read" in w._notice.text()
    w._notice.close()
