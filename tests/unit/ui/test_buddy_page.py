"""Settings → Break buddy: the switch, the name, pairing both ways, the buddies."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from massage_break.core.buddy import PairingCode, PairResult
from massage_break.core.settings import Settings
from massage_break.ui.buddy_page import PAIR_ERROR_WORDS, BuddyPage, pair_error_text
from massage_break.ui.settings_dialog import SettingsDialog
from tests.unit.ui.buddy_fakes import ANA
from tests.unit.ui.test_buddy_control import Rig


def page(qtbot: QtBot, r: Rig | None) -> BuddyPage:
    p = BuddyPage(Settings(buddy=r is not None and r.b.on), r.b if r is not None else None)
    qtbot.addWidget(p)
    p.show()
    return p


def test_off_the_page_has_the_switch_and_says_how_to_pair(qtbot: QtBot) -> None:
    r = Rig(on=False)
    p = page(qtbot, r)
    assert not p.switch.isChecked()
    assert p.off_hint.isVisible()
    assert not p.show_box.isEnabled() and not p.pair_box.isEnabled()
    assert p.name.placeholderText() == "Bo Li"


def test_showing_a_code_and_a_new_one_after_wrong_tries(qtbot: QtBot) -> None:
    r = Rig()
    p = page(qtbot, r)
    assert p.show_box.isEnabled() and not p.off_hint.isVisible()
    p.btn_show.click()
    assert p.code.text() == "4829-1736" and p.code.isVisible()
    assert "192.168.1.20:47321" in p.addresses.text()
    assert p.tries.text().endswith("3")
    r.b.code_replaced(PairingCode("1111-2222", ("192.168.1.20:47321",), tries_left=3))
    assert p.code.text() == "1111-2222"
    p.btn_stop.click()
    assert not p.code.isVisible() and r.port.code is None and p.btn_show.isVisible()


def test_pairing_refuses_bad_input_and_says_every_result(qtbot: QtBot) -> None:
    r = Rig()
    p = page(qtbot, r)
    p.address.setText("not an address")
    p.pair_code.setText("1234")
    p.btn_pair.click()
    assert p.pair_result.text() == pair_error_text("bad_address") and r.port.pairing == []
    p.address.setText("10.0.0.2:47321")
    p.pair_code.setText("")
    p.btn_pair.click()
    assert "code" in p.pair_result.text() and r.port.pairing == []
    for error in PAIR_ERROR_WORDS:
        p.pair_code.setText("1234-5678")
        p.btn_pair.click()
        assert not p.btn_pair.isEnabled()
        r.port.pairing[-1][2](PairResult(ok=False, error=error))
        assert p.pair_result.text() == pair_error_text(error) and p.btn_pair.isEnabled()
    p.btn_pair.click()
    r.port.pairing[-1][2](PairResult(ok=True, buddy=ANA))
    assert p.pair_result.text() == "Paired with Ana."
    assert p.pair_code.text() == ""


def test_nearby_computers_fill_the_address(qtbot: QtBot) -> None:
    r = Rig()
    p = page(qtbot, r)
    assert p._nearby_timer.isActive()
    assert p.nearby.count() == 1
    p.nearby.setCurrentRow(0)
    assert p.address.text() == "192.168.1.31:47000"
    p.hide()
    assert not p._nearby_timer.isActive()


def test_buddies_show_their_state_and_forget_asks_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    r = Rig()
    r.port.list = [ANA, replace(ANA, name="Cy", fingerprint="c" * 64, online=False)]
    p = page(qtbot, r)
    p.refresh()
    texts = [p.buddy_list.item(i).text() for i in range(p.buddy_list.count())]
    assert texts == ["Ana (online, at the desk)", "Cy (offline)"]
    p.buddy_list.setCurrentRow(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    p.btn_forget.click()
    assert r.port.forgotten == []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    p.btn_forget.click()
    assert r.port.forgotten == ["c" * 64]
    assert [p.buddy_list.item(i).text() for i in range(p.buddy_list.count())] == [texts[0]]


def test_the_dialog_saves_the_switch_and_refuses_a_long_name(qtbot: QtBot) -> None:
    r = Rig(on=False)
    d = SettingsDialog(Settings(), buddy=r.b)
    qtbot.addWidget(d)
    assert d.tabs.tabText(d.tabs.count() - 1) == "Break buddy"
    d.buddy_page.switch.setChecked(True)
    d.buddy_page.name.setText("x" * 41)
    ok = d.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert d.buddy_page.name_error.text() == "Use at most 40 characters."
    d.buddy_page.name.setText("  Mei ")
    assert ok.isEnabled()
    chosen = d.settings()
    assert chosen is not None and chosen.buddy and chosen.buddy_name == "Mei"
    d.restore_defaults()
    assert not d.buddy_page.switch.isChecked() and d.buddy_page.name.text() == ""


def test_every_control_has_an_accessible_name_and_takes_the_keyboard(qtbot: QtBot) -> None:
    r = Rig()
    p = page(qtbot, r)
    for widget in p.findChildren(QLineEdit) + p.findChildren(QListWidget):
        assert widget.accessibleName(), widget.objectName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    for button in p.findChildren(QPushButton):
        assert button.text() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
