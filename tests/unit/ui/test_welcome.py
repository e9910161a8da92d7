"""The first start's welcome: presets, partner routines, start at login, and the safety text."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from massage_break.core.settings import Settings
from massage_break.ui.welcome import WelcomeDialog
from massage_break.ui.windows import Windows
from tests.conftest import ASSETS
from tests.unit.ui.test_windows import FakeAutostart, rig


def test_defaults_are_the_recommended_interval_and_start_at_login(qtbot: QtBot) -> None:
    d = WelcomeDialog(Settings(), offer_login=True)
    qtbot.addWidget(d)
    assert d.presets.checkedId() == 30
    assert d.partner.isChecked() is Settings().partner_mode
    assert d.login is not None and d.login.isChecked()
    safety = d.findChild(QLabel, "welcome-safety")
    assert safety is not None and "See a doctor or physiotherapist" in safety.text()
    assert "If you have an injury or a health condition, check with" in safety.text()
    assert "chest pain" in safety.text() and not d.partner.isChecked()
    assert d.settings() == Settings()  # nothing changed until the user picks


def test_start_sends_the_choices(qtbot: QtBot) -> None:
    d = WelcomeDialog(Settings(), offer_login=True)
    qtbot.addWidget(d)
    got: list[tuple[object, object]] = []
    d.chosen.connect(lambda s, login: got.append((s, login)))
    d.presets.button(45).setChecked(True)
    d.partner.setChecked(True)
    assert d.login is not None
    d.login.setChecked(False)
    d.start.click()
    assert got == [(Settings(break_interval_min=45, partner_mode=True), False)]


def test_closing_keeps_the_defaults_and_leaves_login_alone(qtbot: QtBot) -> None:
    d = WelcomeDialog(Settings(), offer_login=False)
    qtbot.addWidget(d)
    assert d.login is None
    got: list[tuple[object, object]] = []
    d.chosen.connect(lambda s, login: got.append((s, login)))
    d.presets.button(20).setChecked(True)
    d.reject()
    assert got == [(Settings(), None)]


def test_windows_save_the_answers_so_it_is_asked_once(qtbot: QtBot) -> None:
    c, _, _ = rig()
    entry = FakeAutostart()
    w = Windows(c, Path(ASSETS), 60, autostart=lambda: entry)
    w.show_welcome()
    assert w.welcome is not None and w.welcome.isVisible()
    w.welcome.presets.button(20).setChecked(True)
    c.apply_settings(replace(c.settings, snooze_min=10))  # changed in Settings meanwhile
    w.welcome.start.click()
    assert w.welcome is None
    assert c.settings.break_interval_min == 20
    assert c.settings.snooze_min == 10  # the welcome changes only what it asks
    assert c.settings_store.saved[-1].break_interval_min == 20  # type: ignore[attr-defined]
    assert entry.on is True


def test_unsaved_answers_are_reported(qtbot: QtBot) -> None:
    c, _, _ = rig(settings_fail=True)
    notices: list[tuple[str, str]] = []
    c.notice.connect(lambda t, m: notices.append((t, m)))
    w2 = Windows(c, Path(ASSETS), 60, autostart=lambda: FakeAutostart(fail=True))
    w2.show_welcome()
    assert w2.welcome is not None
    w2.welcome.start.click()
    assert [t for t, _ in notices] == ["Settings not saved", "Start at login"]
    assert "permission denied" in notices[1][1]


def test_it_says_where_settings_are_with_and_without_a_tray(qtbot: QtBot) -> None:
    with_tray = WelcomeDialog(Settings(), offer_login=True)
    qtbot.addWidget(with_tray)
    later = with_tray.findChild(QLabel, "welcome-later")
    assert later is not None and "Settings in the tray menu" in later.text()
    without = WelcomeDialog(Settings(), offer_login=True, tray=False)
    qtbot.addWidget(without)
    later = without.findChild(QLabel, "welcome-later")
    assert later is not None and "tray menu" not in later.text()
    assert "keeps running in the background" in later.text()
    assert "open Massage Break again" in later.text() and "app grid" in later.text()
    assert later.isEnabled()  # the way back to the app, in the normal text colour


def test_windows_tell_the_welcome_whether_a_tray_shows(qtbot: QtBot) -> None:
    c, _, _ = rig()
    w = Windows(c, Path(ASSETS), 60, autostart=FakeAutostart, tray=False)
    w.show_welcome()
    assert w.welcome is not None
    later = w.welcome.findChild(QLabel, "welcome-later")
    assert later is not None and "background" in later.text()
    w.welcome.reject()
