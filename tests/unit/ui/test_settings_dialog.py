from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from massage_break.core.settings import Settings
from massage_break.ui.settings_dialog import SettingsDialog


def dialog(qtbot: QtBot) -> SettingsDialog:
    d = SettingsDialog(Settings())
    qtbot.addWidget(d)
    return d


def ok_enabled(d: SettingsDialog) -> bool:
    return d.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_rows_come_from_the_field_table(qtbot: QtBot) -> None:
    d = dialog(qtbot)
    assert d.edits["break_interval_min"].text() == "30"
    assert set(d.edits) == set(Settings().to_dict()) - {"schema_version"}
    assert ok_enabled(d)


def test_invalid_values_are_refused_inline(qtbot: QtBot) -> None:
    d = dialog(qtbot)
    applied: list[Settings] = []
    d.applied.connect(applied.append)
    d.edits["break_interval_min"].setText("2")
    assert not ok_enabled(d)
    assert d.errors["break_interval_min"].text() == "Use a value from 5 to 180 min."
    assert not d.errors["break_interval_min"].isHidden()
    d.edits["break_interval_min"].setText("abc")
    assert "whole number" in d.errors["break_interval_min"].text()
    d._ok()
    assert applied == [] and d.settings() is None
    d.edits["break_interval_min"].setText("40")
    d.edits["short_pause_min"].setText("6")
    assert d.errors["away_min"].text() == "Must be longer than the short pause."
    d.edits["short_pause_min"].setText("2")
    assert ok_enabled(d) and d.errors["away_min"].isHidden()


def test_apply_emits_and_restore_defaults(qtbot: QtBot) -> None:
    d = dialog(qtbot)
    applied: list[Settings] = []
    d.applied.connect(applied.append)
    d.edits["snooze_min"].setText("10")
    d.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert applied == [Settings(snooze_min=10)]
    d.restore_defaults()
    assert d.edits["snooze_min"].text() == "5"


def test_save_failure_keeps_the_dialog_open(qtbot: QtBot) -> None:
    d = dialog(qtbot)
    d.applied.connect(lambda _s: d.show_failure("Could not save your settings: disk full."))
    d.show()
    d._ok()
    assert d.isVisible() and "disk full" in d.failure.text()
