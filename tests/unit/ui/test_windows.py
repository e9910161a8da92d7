from pathlib import Path

from pytestqt.qtbot import QtBot

from massage_break.core.engine import Engine
from massage_break.core.model import Outcome
from massage_break.core.settings import Settings
from massage_break.ui.controller import AppController
from massage_break.ui.windows import Windows
from tests.conftest import ASSETS
from tests.fakes import MemoryHistory, MemorySettings, fake_controller
from tests.unit.ui.shipped import shipped_catalog


def rig(settings_fail: bool = False) -> tuple[AppController, Windows, MemoryHistory]:
    history = MemoryHistory()
    c = fake_controller(
        Engine(Settings(), shipped_catalog()),
        history=history,
        settings=MemorySettings(fail=settings_fail),
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
    dialog.edits["break_interval_min"].setValue(45)
    dialog._ok()
    assert c.settings.break_interval_min == 45
    qtbot.waitUntil(lambda: w.settings is None)

    c2, w2, _ = rig(settings_fail=True)
    w2.show_settings()
    w2.show_settings()  # a second request raises the same dialog
    d2 = w2.settings
    assert d2 is not None
    d2.edits["break_interval_min"].setValue(45)
    d2._ok()
    assert d2.isVisible() and "previous settings file is unchanged" in d2.failure.text()
    assert c2.settings.break_interval_min == 30
    d2.reject()


class FakeAutostart:
    name = "fake"

    def __init__(self, on: bool = False, fail: bool = False) -> None:
        self.on, self.fail, self.calls = on, fail, 0

    def enabled(self) -> bool:
        return self.on

    def set_enabled(self, on: bool) -> None:
        self.calls += 1
        if self.fail:
            raise PermissionError("permission denied")
        self.on = on


def test_start_at_login_is_shown_as_it_is_and_changed_on_apply(qtbot: QtBot) -> None:
    c, _, _ = rig()
    entry = FakeAutostart(on=True)
    made: list[bool] = []
    w = Windows(c, Path(ASSETS), 60, autostart=lambda: made.append(True) or entry)
    assert made == []  # nothing is made until the dialog needs it
    w.show_settings()
    dialog = w.settings
    assert dialog is not None and dialog.login is not None
    assert dialog.login.isChecked()
    dialog._apply()
    assert entry.calls == 0  # unchanged: left alone
    dialog.login.setChecked(False)
    dialog._ok()
    assert entry.on is False and entry.calls == 1 and made == [True]


def test_start_at_login_failure_is_shown_and_the_settings_still_saved(qtbot: QtBot) -> None:
    c, _, _ = rig()
    w = Windows(c, Path(ASSETS), 60, autostart=lambda: FakeAutostart(fail=True))
    w.show_settings()
    dialog = w.settings
    assert dialog is not None and dialog.login is not None
    dialog.edits["break_interval_min"].setValue(40)
    dialog.login.setChecked(True)
    dialog._ok()
    assert dialog.isVisible()
    assert "starts at login: permission denied" in dialog.failure.text()
    assert c.settings.break_interval_min == 40
    dialog.reject()


def test_no_start_at_login_box_without_a_mechanism(qtbot: QtBot) -> None:
    _, w, _ = rig()
    w.show_settings()
    assert w.settings is not None and w.settings.login is None
    w.settings.reject()


def test_notices_queue_so_each_is_seen(qtbot: QtBot) -> None:
    c, w, _ = rig()
    c.notice.emit("Massage Break", "Your settings file could not be read.")
    c.notice.emit("Massage Break", "Your break history could not be read.")
    first = w._notice
    assert first is not None and first.isVisible() and "settings file" in first.text()
    first.close()
    second = w._notice
    assert second is not None and second is not first
    assert second.isVisible() and "break history" in second.text()
    second.close()
    assert w._notice is None


def test_a_withdrawn_reminder_closes_the_small_window(qtbot: QtBot) -> None:
    from massage_break.core.model import PromptBreak

    c, w, _ = rig()
    w.show_prompt("Time for a break", "Stand up", PromptBreak("r", "T1", 60, True))
    assert w.prompt is not None and w.prompt.isVisible()
    c.withdrawn.emit()
    assert not w.prompt.isVisible()


def test_the_tray_break_buddy_item_opens_settings_at_its_page(qtbot: QtBot) -> None:
    from massage_break.ui.tray import Tray

    _c, w, _ = rig()
    tray = Tray()
    tray.open_buddy.connect(w.show_buddy_settings)
    tray.act_buddy_settings.trigger()
    dialog = w.settings
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Break buddy"
    dialog.tabs.setCurrentIndex(0)
    tray.act_buddy_settings.trigger()  # again while open: the same dialog, at that page
    assert w.settings is dialog
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Break buddy"
    dialog.reject()
