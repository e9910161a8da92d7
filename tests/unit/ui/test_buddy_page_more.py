"""Settings → Break buddy beyond the happy path: names refused with words, a buddy away
from the desk, the page while the feature is off, late or foreign pairing answers, and the
nearby list keeping the user's choice."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from massage_break.core.buddy import Nearby, PairResult
from massage_break.core.settings import Settings
from massage_break.ui.buddy_page import BuddyPage
from tests.unit.ui.buddy_fakes import ANA
from tests.unit.ui.test_buddy_control import Rig
from tests.unit.ui.test_buddy_page import page


@pytest.mark.parametrize("name", ["Bo\tLi", "   ", "Bo\nLi"])
def test_a_name_with_tabs_breaks_or_only_spaces_is_refused_with_words(
    qtbot: QtBot, name: str
) -> None:
    p = page(qtbot, Rig())
    p.name.setText(name)
    assert p.name_problem() == (
        "Use visible characters: no tabs or line breaks, and not only spaces."
    )
    assert p.name_error.isVisible()
    p.name.setText("")  # empty: the login's name
    assert p.name_problem() is None and not p.name_error.isVisible()


def test_a_buddy_online_but_away_says_so(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [replace(ANA, at_desk=False)]
    p = page(qtbot, r)
    assert p.buddy_list.item(0).text() == "Ana (online, away from the desk)"
    assert p.btn_forget.isEnabled()


def test_without_a_control_the_page_shows_the_switch_and_does_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = page(qtbot, None)
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    assert p.off_hint.isVisible() and p.name.placeholderText() == ""
    assert p.buddy_list.item(0).text() == "No buddies yet." and not p.btn_forget.isEnabled()
    assert not p._nearby_timer.isActive()
    p._show_code_clicked()
    p._stop_clicked()
    assert not p.code.isVisible() and p.btn_show.isVisible()
    p.buddy_list.setCurrentRow(0)
    p.forget_selected()  # "No buddies yet." is no buddy to forget
    assert asked == []
    p.address.setText("10.0.0.2:47321")
    p.pair_code.setText("1234-5678")
    p.pair()  # Enter in the code field
    assert p.pair_result.text() == "Break buddy is off."


def test_pairing_after_the_feature_went_off_says_it_is_off(qtbot: QtBot) -> None:
    r = Rig()
    p = page(qtbot, r)
    port = r.port
    r.c.apply_settings(Settings(buddy=False))
    assert p.off_hint.isVisible() and not p.pair_box.isEnabled()
    assert not p._nearby_timer.isActive()
    p.address.setText("10.0.0.2:47321")
    p.pair_code.setText("1234-5678")
    p.pair()  # Enter in the code field of a page opened before the switch
    assert p.pair_result.text() == "Break buddy is off." and port.pairing == []


def test_a_nearby_refresh_while_off_stops_asking(qtbot: QtBot) -> None:
    r = Rig()
    p = page(qtbot, r)
    port = r.port
    asked: list[int] = []
    port.nearby = lambda: (asked.append(1), ())[1]  # type: ignore[method-assign]
    r.b.port = None  # the service stopped under the page, before the page heard
    p._nearby_timer.start()
    p.refresh_nearby()
    assert asked == [] and not p._nearby_timer.isActive()


def test_an_answer_for_another_pairing_is_not_shown_and_a_nameless_one_reads_well(
    qtbot: QtBot,
) -> None:
    r = Rig()
    p = page(qtbot, r)
    p.address.setText("10.0.0.2:47321")
    p.pair_code.setText("1234-5678")
    p.btn_pair.click()
    assert p.pair_result.text() == "Pairing…"
    other = r.b.pair("10.0.0.9:47321", "9999-0000")  # a pairing from the command line
    r.port.pairing[-1][2](PairResult(ok=False, error="wrong_code"))
    qtbot.waitUntil(lambda: other in r.b.results)
    assert p.pair_result.text() == "Pairing…" and not p.btn_pair.isEnabled()
    r.port.pairing[0][2](PairResult(ok=True, buddy=None))
    qtbot.waitUntil(p.btn_pair.isEnabled)
    assert p.pair_result.text() == "Paired." and p.pair_code.text() == ""


def test_an_unknown_pairing_error_is_named(qtbot: QtBot) -> None:
    r = Rig()
    p = page(qtbot, r)
    p.address.setText("10.0.0.2:47321")
    p.pair_code.setText("1234-5678")
    p.btn_pair.click()
    r.port.pairing[-1][2](PairResult(ok=False, error="tls_alert"))
    qtbot.waitUntil(p.btn_pair.isEnabled)
    assert p.pair_result.text() == "Pairing failed (tls_alert)."


def test_the_chosen_nearby_computer_stays_chosen_when_the_list_refreshes(qtbot: QtBot) -> None:
    r = Rig()
    found = [Nearby("f3a9c2d1e0", "192.168.1.31:47000"), Nearby("0a1b2c3d4e", "192.168.1.7:47000")]
    r.port.nearby = lambda: tuple(found)  # type: ignore[method-assign]
    p = page(qtbot, r)
    assert [p.nearby.item(i).text() for i in range(2)] == [
        "f3a9c2d1 at 192.168.1.31:47000",
        "0a1b2c3d at 192.168.1.7:47000",
    ]
    p.nearby.setCurrentRow(1)
    assert p.address.text() == "192.168.1.7:47000"
    p.address.setText("192.168.1.7:47000 ")  # the user edits; a refresh must not undo it
    found.append(Nearby("ffeeddccbb", "192.168.1.2:47000"))
    p.refresh_nearby()
    current = p.nearby.currentItem()
    assert current is not None and current.text() == "0a1b2c3d at 192.168.1.7:47000"
    assert p.address.text() == "192.168.1.7:47000 "
    p._nearby_chosen(None)
    assert p.address.text() == "192.168.1.7:47000 "


def test_the_page_for_a_control_built_off_shows_no_buddies(qtbot: QtBot) -> None:
    r = Rig(on=False)
    p = BuddyPage(Settings(), r.b)
    qtbot.addWidget(p)
    assert p.buddy_list.count() == 1 and not p.btn_forget.isEnabled()
