"""The small reminder window cannot be answered by typing: keys count only after a click."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from massage_break.ui.prompt_window import PromptWindow

EVERY_KEY = (
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Escape,
    Qt.Key.Key_S,
    Qt.Key.Key_K,
    Qt.Key.Key_Tab,
)


def shown(qtbot: QtBot, **kw: object) -> tuple[PromptWindow, list[str]]:
    w = PromptWindow()
    qtbot.addWidget(w)
    answers: list[str] = []
    w.answered.connect(answers.append)
    w.notify("Time for a break", "Still sitting (29 min).", True, **kw)  # type: ignore[arg-type]
    return w, answers


def buttons(w: PromptWindow) -> list[QPushButton]:
    return [w.btn_start, w.btn_snooze, w.btn_skip, *w.extra_buttons]


def test_keys_before_a_click_answer_nothing(qtbot: QtBot) -> None:
    """What a compositor that focuses the window (GNOME, KWin on Wayland) would let through:
    the window active, a button focused, and the user still typing."""
    w, answers = shown(qtbot, extra=(("buddy", "Take it with Ana"),))
    w.activateWindow()
    for button in buttons(w):
        button.setFocus()
        for key in EVERY_KEY:
            qtbot.keyClick(button, key)
        qtbot.keyClicks(button, "the quick brown fox ")
    for key in EVERY_KEY:
        qtbot.keyClick(w, key)
    assert answers == [] and w.isVisible() and not w.clicked_into


def test_a_click_into_the_window_lets_enter_start(qtbot: QtBot) -> None:
    w, answers = shown(qtbot)
    qtbot.keyClick(w, Qt.Key.Key_Return)
    assert answers == []
    qtbot.mouseClick(w.body, Qt.MouseButton.LeftButton)  # the text: no answer, but a click
    assert w.clicked_into and answers == [] and w.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_Return)
    assert answers == ["start"] and not w.isVisible()


def test_after_a_click_space_presses_the_focused_button(qtbot: QtBot) -> None:
    w, answers = shown(qtbot)
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=w.hint.geometry().center())
    w.btn_snooze.setFocus()
    qtbot.keyClick(w.btn_snooze, Qt.Key.Key_Space)
    assert answers == ["snooze"]


def test_each_new_reminder_has_to_be_clicked_into_again(qtbot: QtBot) -> None:
    w, answers = shown(qtbot)
    qtbot.mouseClick(w.body, Qt.MouseButton.LeftButton)
    w.notify("Time for a break", "Still sitting (34 min).", True)  # a repeat
    assert not w.clicked_into
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    w.btn_start.setFocus()
    qtbot.keyClick(w.btn_start, Qt.Key.Key_Space)
    assert answers == []


def test_a_pointer_click_on_a_button_answers_at_once(qtbot: QtBot) -> None:
    w, answers = shown(qtbot, extra=(("buddy", "Take it with Ana"),))
    qtbot.mouseClick(w.extra_buttons[0], Qt.MouseButton.LeftButton)
    assert answers == ["buddy"] and not w.isVisible()


def test_no_button_is_a_default_button_and_the_window_says_click(qtbot: QtBot) -> None:
    w, _ = shown(qtbot, extra=(("buddy", "Take it with Ana"),))
    assert all(not b.isDefault() and not b.autoDefault() for b in buttons(w))
    assert w.hint.text() == "Click to answer" and w.hint.isVisible()
    assert w.hint.font().pointSizeF() < w.body.font().pointSizeF()


def test_showing_is_logged_with_its_buttons(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="massage_break")
    shown(qtbot, can_skip=False, urgency=2)
    logged = [getattr(r, "fields", {}) for r in caplog.records]
    (window,) = [f for f in logged if f.get("event") == "prompt_window_shown"]
    assert window["urgency"] == 2 and window["buttons"] == ["Snooze", "Start break"]


def test_after_a_click_enter_presses_the_focused_button_and_letters_do_nothing(
    qtbot: QtBot,
) -> None:
    w, answers = shown(qtbot)
    qtbot.mouseClick(w.title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(w, Qt.Key.Key_S)  # not a key the window answers to
    assert answers == [] and w.isVisible()
    w.btn_skip.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_Enter)
    assert answers == ["skip"]
