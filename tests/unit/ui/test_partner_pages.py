"""The partner pages on their own: nothing moves on without a click, screening is private,
the one-receiver page names nobody, and pressure above the cap is refused."""

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from massage_break.ui.partner_pages import (
    AftercarePage,
    ConsentPage,
    FallbackPage,
    GiverCheckPage,
    OneReceiverPage,
    PressurePage,
    ScreeningPage,
    SwapPage,
)
from massage_break.ui.texts import STOP_AND_GET_HELP
from tests.unit.ui.shipped import shipped_catalog

WAIT_MS = 500


def shown(qtbot: QtBot, page: QWidget) -> list[object]:
    qtbot.addWidget(page)
    assert page.findChildren(QTimer) == []  # nothing on a page can move on by itself
    page.show()
    got: list[object] = []
    page.done.connect(got.append)  # type: ignore[attr-defined]
    return got


def idle(qtbot: QtBot, got: list[object]) -> None:
    """Letting the event loop run for a while sends nothing."""
    qtbot.wait(WAIT_MS)
    assert got == []


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_consent_needs_both_people_and_a_click(qtbot: QtBot) -> None:
    page = ConsentPage(shipped_catalog(), turns=True)
    got = shown(qtbot, page)
    idle(qtbot, got)
    assert shipped_catalog().partner.consent_script in page.text()
    page.giver.setChecked(True)
    page.receiver.setChecked(True)
    idle(qtbot, got)  # ticking both boxes is not yet going on
    page.receiver.setChecked(False)
    assert not page.next.isEnabled()
    page.receiver.setChecked(True)
    click(qtbot, page.next)
    assert got == [True]


def test_consent_offers_no_touch(qtbot: QtBot) -> None:
    page = ConsentPage(shipped_catalog())
    got = shown(qtbot, page)
    click(qtbot, page.alternative)
    assert got == [False]


def answer_all(page: ScreeningPage, yes: set[str]) -> None:
    page.show_questions.click()
    for code, group in page.groups.items():
        group.button(1 if code in yes else 0).setChecked(True)


@pytest.mark.parametrize(("yes", "may_receive"), [(set(), True), ({"pregnancy"}, False)])
def test_screening_waits_and_reports_only_a_bool(
    qtbot: QtBot, yes: set[str], may_receive: bool
) -> None:
    routine = shipped_catalog().routines["partner.back_care"]
    page = ScreeningPage(shipped_catalog(), routine, "A")
    got = shown(qtbot, page)
    assert "B, please look away" in page.text()
    idle(qtbot, got)
    answer_all(page, yes)
    idle(qtbot, got)  # every question answered is still not a click on Done
    click(qtbot, page.next)
    assert got == [may_receive] and isinstance(got[0], bool)
    assert page.stack.currentIndex() == 0  # the answers are off the screen at once


def test_screening_holds_one_persons_questions_only(qtbot: QtBot) -> None:
    routine = shipped_catalog().routines["partner.back_care"]
    page = ScreeningPage(shipped_catalog(), routine, "B")
    shown(qtbot, page)
    assert set(page.groups) == set(routine.screening)
    assert "private" in page.text() and "A, please look away" in page.text()
    assert not page.next.isEnabled()
    for group in list(page.groups.values())[:-1]:
        group.button(0).setChecked(True)
    assert not page.next.isEnabled()  # one question left unanswered


def test_one_receiver_page_names_nobody(qtbot: QtBot) -> None:
    page = OneReceiverPage(shipped_catalog())
    got = shown(qtbot, page)
    idle(qtbot, got)
    text = page.text()
    assert "Only one of you will receive today" in text
    for word in ("A", "B", "R", "first", "second", "giver", "receiver", "person [AB12]"):
        assert not re.search(rf"\b{word}\b", text), word
    click(qtbot, page.next)
    assert got == [None]


@pytest.mark.parametrize(("both", "sore"), [(False, True), (True, False)])
def test_giver_check_waits_for_an_answer_and_a_click(qtbot: QtBot, both: bool, sore: bool) -> None:
    page = GiverCheckPage(shipped_catalog(), both_give=both)
    got = shown(qtbot, page)
    assert shipped_catalog().partner.giver_question in page.text()
    idle(qtbot, got)
    assert not page.next.isEnabled()
    (page.yes if sore else page.no).setChecked(True)
    idle(qtbot, got)
    assert ("no leaning in" in page.note.text()) is sore
    click(qtbot, page.next)
    assert got == [sore]


def test_pressure_waits_and_refuses_above_five(qtbot: QtBot) -> None:
    page = PressurePage(shipped_catalog(), "B")
    got = shown(qtbot, page)
    assert "Pressure check for B" in page.text() and "A, rest a flat palm" in page.text()
    idle(qtbot, got)
    for value in (6, 8, 10):
        page.slider.setValue(value)
        assert not page.next.isEnabled()
        assert "5 is the most" in page.message.text()
        page.next.click()  # even a forced click on the disabled button sends nothing
        page._finish()
    assert got == []
    page.slider.setValue(5)
    assert page.next.isEnabled()
    page.slider.setValue(4)
    idle(qtbot, got)
    click(qtbot, page.next)
    assert got == [4]


def test_swap_says_who_gives_and_who_receives(qtbot: QtBot) -> None:
    page = SwapPage(shipped_catalog(), giver="B", receiver="A")
    got = shown(qtbot, page)
    assert "now B gives and A receives" in page.text()
    assert "B, ask A again" in page.text()
    idle(qtbot, got)
    click(qtbot, page.decline)
    click(qtbot, page.next)
    assert got == [False, True]


def test_aftercare_and_fallback_keep_the_help_text_and_wait(qtbot: QtBot) -> None:
    catalog = shipped_catalog()
    after = AftercarePage(catalog)
    fallback = FallbackPage(catalog, catalog.routines["self.stand_and_move"])
    for page, button in ((after, after.next), (fallback, fallback.button)):
        got = shown(qtbot, page)
        assert STOP_AND_GET_HELP in page.text()
        assert "chest pain" in page.text() and "pain after a fall" in page.text()
        idle(qtbot, got)
        click(qtbot, button)
        assert got == [None]


def test_the_one_receiver_screens_in_private_too(qtbot: QtBot) -> None:
    routine = shipped_catalog().routines["partner.quick_shoulders"]
    page = ScreeningPage(shipped_catalog(), routine)
    got = shown(qtbot, page)
    assert "Private questions for the person receiving" in page.text()
    assert "Giver, please look away" in page.text()
    answer_all(page, {"no_consent"})
    click(qtbot, page.next)
    assert got == [False]
