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
    assert d.edits["break_interval_min"].value() == 30
    assert d.edits["break_interval_min"].minimum() == 5
    assert d.edits["break_interval_min"].maximum() == 180
    assert d.edits["break_interval_min"].suffix() == " min"
    lists = {"favourites", "hidden", "cleared", "working_hours", "keep_history_days", "language"}
    lists.add("buddy_name")  # a text field on the Break buddy page
    assert set(d.edits) | set(d.checks) | lists == set(Settings().to_dict()) - {"schema_version"}
    assert [d.tabs.tabText(i) for i in range(d.tabs.count())] == [
        "Reminders",
        "Activity",
        "Routines",
        "Working hours",
        "Health answers",
        "Break buddy",
    ]
    assert ok_enabled(d)


def test_invalid_values_are_refused_inline(qtbot: QtBot) -> None:
    d = dialog(qtbot)
    applied: list[Settings] = []
    d.applied.connect(applied.append)
    line = d.edits["break_interval_min"].lineEdit()
    line.setText("2 min")  # below the range: the spin box holds it as unfinished input
    assert not ok_enabled(d)
    assert d.errors["break_interval_min"].text() == "Use a value from 5 min to 180 min."
    assert not d.errors["break_interval_min"].isHidden()
    d._ok()
    assert applied == [] and d.settings() is None
    line.setCursorPosition(1)
    qtbot.keyClicks(line, "x")  # letters are not taken at all
    assert d.edits["break_interval_min"].cleanText() == "2"
    d.edits["break_interval_min"].setValue(40)
    d.edits["short_pause_min"].setValue(6)
    assert d.errors["away_min"].text() == "Must be longer than the short pause."
    d.edits["short_pause_min"].setValue(2)
    assert ok_enabled(d) and d.errors["away_min"].isHidden()


def test_apply_emits_and_restore_defaults(qtbot: QtBot) -> None:
    d = dialog(qtbot)
    applied: list[Settings] = []
    d.applied.connect(applied.append)
    d.edits["snooze_min"].setValue(10)
    d.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert applied == [Settings(snooze_min=10)]
    d.keep_history.setCurrentIndex(2)
    d.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert applied[-1].keep_history_days == 90
    d.restore_defaults()
    assert d.edits["snooze_min"].value() == 5 and d.keep_history.currentData() == 0


def test_save_failure_keeps_the_dialog_open(qtbot: QtBot) -> None:
    d = dialog(qtbot)
    d.applied.connect(lambda _s: d.show_failure("Could not save your settings: disk full."))
    d.show()
    d._ok()
    assert d.isVisible() and "disk full" in d.failure.text()


def test_working_hours_and_switches(qtbot: QtBot) -> None:
    d = dialog(qtbot)
    applied: list[Settings] = []
    d.applied.connect(applied.append)
    assert not d.days[0].isEnabled()  # off until the box is ticked
    d.use_hours.setChecked(True)
    assert d.days[0].text() == "09:00-17:00" and d.days[5].text() == ""
    d.days[0].setText("9-5")
    assert not ok_enabled(d) and "Not a range" in d.errors["working_hours"].text()
    d.days[0].setText("08:00-12:00, 13:00-17:30")
    d.days[4].setText("22:00-02:00")
    d.checks["reduced_motion"].setChecked(True)
    assert ok_enabled(d)
    d._ok()
    got = applied[-1]
    assert got.reduced_motion and got.working_hours[:2] == ((0, 480, 720), (0, 780, 1050))
    assert (4, 1320, 120) in got.working_hours
    for day in d.days:
        day.setText("")
    assert "at least one range" in d.errors["working_hours"].text()
    d.restore_defaults()
    assert not d.use_hours.isChecked() and not d.checks["reduced_motion"].isChecked()


def test_health_answers_are_listed_and_can_be_changed_back(qtbot: QtBot) -> None:
    current = Settings(hidden=("neck.tilt", "wrist.flex"), cleared=("hip.stretch",))
    d = SettingsDialog(current, exercise_names={"neck.tilt": "Neck tilt"})
    qtbot.addWidget(d)
    assert set(d.answers) == {"neck.tilt", "wrist.flex", "hip.stretch"}
    assert d.answers["neck.tilt"].currentText() == "Not for me (hidden)"
    assert d.answers["hip.stretch"].currentText() == "OK for me"
    assert d.answers["neck.tilt"].accessibleName() == "Neck tilt"
    applied: list[Settings] = []
    d.applied.connect(applied.append)
    d.answers["neck.tilt"].setCurrentText("OK for me")
    d.answers["hip.stretch"].setCurrentText("Ask me again")
    d.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert applied[-1].hidden == ("wrist.flex",)
    assert applied[-1].cleared == ("neck.tilt",)


def test_partner_mode_off_and_sound_on_by_default(qtbot: QtBot) -> None:
    d = dialog(qtbot)
    assert not d.checks["partner_mode"].isChecked() and d.checks["sound"].isChecked()
    assert "close your eyes or look away" in d.checks["sound"].text()
    assert d.answers == {}


def test_language_choice_is_kept(qtbot: QtBot) -> None:
    d = SettingsDialog(Settings(language="zh_CN"))
    qtbot.addWidget(d)
    assert d.language.currentData() == "zh_CN"
    d.language.setCurrentIndex(d.language.findData(""))
    got = d.settings()
    assert got is not None and got.language == ""


def test_every_field_and_switch_has_words() -> None:
    from massage_break.core.settings import BOOL_FIELDS, FIELDS
    from massage_break.ui.settings_words import BOOL_WORDS, FIELD_WORDS

    assert set(FIELD_WORDS) == {f.name for f in FIELDS}
    assert set(BOOL_WORDS) == set(BOOL_FIELDS)
    assert all(label and help_text for label, help_text in FIELD_WORDS.values())
