"""Windows: a shared break's window and its link, the skip question, a reminder shown twice
or withdrawn before it was shown, and memory kept while a window reopens at once."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from massage_break.core.model import PromptBreak, ShowRoutine
from massage_break.ui.buddy_control import BuddyLink
from massage_break.ui.routine_window import RoutineWindow
from massage_break.ui.windows import Windows
from tests.conftest import ASSETS
from tests.unit.ui.buddy_fakes import ANA
from tests.unit.ui.test_buddy_control import Rig
from tests.unit.ui.test_windows import rig

REQUEST = ShowRoutine("partner.quick_shoulders", "T1", 45 * 60, True)


def test_a_shared_break_opens_with_its_link_and_the_link_reaches_the_window(
    qtbot: QtBot,
) -> None:
    r = Rig()
    w = Windows(r.c, Path(ASSETS), 60, buddy=r.b)
    link = BuddyLink(r.b, ANA.fingerprint, "A", "Ana", "brk-1")
    r.b.links["brk-1"] = link
    w.show_shared(REQUEST, link)
    window = w.routine
    assert isinstance(window, RoutineWindow)
    qtbot.addWidget(window)
    assert link.window is window and window.shared is not None
    r.b.answered(ANA.fingerprint, "brk-1", "join", 0)  # B joined: A's window starts
    assert ("start", {"routine": REQUEST.routine_id}) in [s[2:] for s in r.port.sent]


def test_a_second_shared_break_while_a_window_is_open_attaches_nothing(qtbot: QtBot) -> None:
    r = Rig()
    w = Windows(r.c, Path(ASSETS), 60, buddy=r.b)
    w.show_shared(REQUEST, None)  # no link: a plain window (a catalog without partner pieces)
    first = w.routine
    assert isinstance(first, RoutineWindow) and first.shared is None
    qtbot.addWidget(first)
    late = BuddyLink(r.b, ANA.fingerprint, "B", "Ana", "brk-2")
    w.show_shared(REQUEST, late)
    assert w.routine is first and late.window is None


def test_the_skip_question_offers_keep_as_default_and_yes_skips(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    c, w, _ = rig()
    skipped: list[bool] = []
    monkeypatch.setattr(c, "confirm_skip", lambda: skipped.append(True))
    c.skip_confirmation_requested.emit()
    box = w._confirm
    assert isinstance(box, QMessageBox) and box.isVisible() and not box.isModal()
    qtbot.addWidget(box)
    keep = box.button(QMessageBox.StandardButton.No)
    assert box.defaultButton() is keep and keep.text() == "Keep the reminder"
    keep.click()
    assert skipped == []
    c.skip_confirmation_requested.emit()
    again = w._confirm
    qtbot.addWidget(again)
    yes = again.button(QMessageBox.StandardButton.Yes)
    assert yes.text() == "Skip this break"
    yes.click()
    assert skipped == [True]


def test_a_reminder_shown_twice_uses_one_window_and_a_withdraw_before_any_is_quiet(
    qtbot: QtBot,
) -> None:
    c, w, _ = rig()
    c.withdrawn.emit()  # answered elsewhere before the small window was ever made
    assert w.prompt is None
    prompt = PromptBreak("r", "T1", 60, True)
    w.show_prompt("Time for a break", "Stand up", prompt)
    first = w.prompt
    assert first is not None
    qtbot.addWidget(first)
    w.show_prompt("Time for a break", "Still sitting", prompt)
    assert w.prompt is first and first.isVisible()


def test_memory_is_kept_while_a_window_reopens_before_the_release_runs(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    c, w, _ = rig()
    c.take_break_now()
    window = w.routine
    assert window is not None
    with caplog.at_level(logging.INFO):
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleted now
        assert w.routine is None  # the release is queued, not run yet
        w.show_history()  # before the queued release ran
        history = w.history
        assert history is not None
        qtbot.addWidget(history)
        qtbot.wait(50)
    assert "memory_released" not in [r.getMessage() for r in caplog.records]


def test_settings_closed_twice_is_harmless(qtbot: QtBot) -> None:
    _, w, _ = rig()
    w.show_settings()
    assert w.settings is not None
    w._settings_closed()
    w._settings_closed()
    assert w.settings is None
