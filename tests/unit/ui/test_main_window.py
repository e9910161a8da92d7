"""The app's own window: status once a second while visible, the tray's actions as buttons,
and a word on getting a tray icon where there is none."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from massage_break.ui.commands import CommandHandler
from massage_break.ui.main_window import REFRESH_MS, MainView, MainWindow
from tests.unit.ui.test_windows import rig


class Views:
    """A view that counts how often the window asked for it."""

    def __init__(self, view: MainView) -> None:
        self.view, self.asked = view, 0

    def __call__(self) -> MainView:
        self.asked += 1
        return self.view


def test_shows_the_status_and_answers_with_the_trays_actions(qtbot: QtBot) -> None:
    views = Views(
        MainView("Sitting 22 min · next break in 8 min", "Next break around 15:18", False)
    )
    w = MainWindow(views, tray=True)
    qtbot.addWidget(w)
    assert w.objectName() == "main-window" and w.windowTitle() == "Massage Break"
    assert w.status.text() == "Sitting 22 min · next break in 8 min"
    assert w.next_at.text() == "Next break around 15:18"
    heard: list[object] = []
    for name in ("take_break", "pause_tomorrow", "resume", "open_settings", "open_history"):
        getattr(w, name).connect(lambda name=name: heard.append(name))
    w.quit.connect(lambda: heard.append("quit"))
    w.pause_minutes.connect(heard.append)
    w.show()
    for button in (w.btn_break, w.btn_settings, w.btn_history, w.btn_quit):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # the Pause button offers what the tray's Pause menu offers
    labels = [a.text() for a in w.pause_menu.actions()]
    assert labels == ["For 30 minutes", "For 1 hour", "Until tomorrow morning"]
    for action in w.pause_menu.actions():
        action.trigger()
    assert heard == [
        "take_break",
        "open_settings",
        "open_history",
        "quit",
        30,
        60,
        "pause_tomorrow",
    ]
    assert w.btn_pause.isVisible() and not w.btn_resume.isVisible()
    assert not w.hint.isVisible()  # a tray icon shows: nothing to explain


def test_paused_offers_resume_and_no_next_break(qtbot: QtBot) -> None:
    views = Views(MainView("Sitting 5 min · paused until 14:00", "", True))
    w = MainWindow(views, tray=True)
    qtbot.addWidget(w)
    w.show()
    resumed: list[bool] = []
    w.resume.connect(lambda: resumed.append(True))
    assert w.btn_resume.isVisible() and not w.btn_pause.isVisible()
    assert not w.next_at.isVisible()
    qtbot.mouseClick(w.btn_resume, Qt.MouseButton.LeftButton)
    assert resumed == [True]


def test_without_a_tray_it_says_how_to_get_one_and_how_to_come_back(qtbot: QtBot) -> None:
    from PySide6.QtGui import QIcon

    from massage_break.ui.tray_icon import TrayState, make_icon

    QApplication.setWindowIcon(make_icon(TrayState.NORMAL, 0.5))  # the app's, as app.py sets
    w = MainWindow(Views(MainView("Starting · measuring activity", "", False)), tray=False)
    qtbot.addWidget(w)
    w.show()
    assert w.hint.isVisible()
    text = w.hint.text()
    assert "AppIndicator and KStatusNotifierItem Support" in text
    assert "system tray" in text and "keeps Massage Break running" in text
    assert "again" in text
    # the whole hint fits: the window is tall enough for its wrapped lines
    bottom = w.hint.mapTo(w, QPoint(0, w.hint.height())).y()
    assert w.hint.height() >= w.hint.heightForWidth(w.hint.width()) and bottom <= w.height()
    assert w.mark.pixmap() is not None and not w.mark.pixmap().isNull()
    QApplication.setWindowIcon(QIcon())
    w.set_tray(True)  # a tray host came
    assert not w.hint.isVisible()
    w.set_tray(False)
    assert w.hint.isVisible()


def test_refreshes_once_a_second_only_while_visible(qtbot: QtBot) -> None:
    views = Views(MainView("Sitting 1 min · next break in 29 min", "", False))
    w = MainWindow(views, tray=True)
    qtbot.addWidget(w)
    assert not w.timer.isActive() and w.timer.interval() == REFRESH_MS == 1000
    w.show()
    assert w.timer.isActive()
    before = views.asked
    views.view = MainView("Sitting 2 min · next break in 28 min", "", False)
    qtbot.waitUntil(lambda: views.asked > before, timeout=2500)
    assert w.status.text() == "Sitting 2 min · next break in 28 min"
    w.close()  # closing hides it: the app runs on
    assert not w.isVisible() and not w.timer.isActive()
    asked = views.asked
    qtbot.wait(1200)
    assert views.asked == asked  # no refresh behind a closed window


def test_a_second_start_opens_the_window_on_the_running_app(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "massage_break")
    c, windows, _ = rig()
    c.start()
    assert windows.main is None
    reply = CommandHandler(c).handle({"command": "show"})
    assert reply["ok"] is True
    main = windows.main
    assert main is not None and main.isVisible()
    assert main.status.text() == c.tooltip()
    assert "next break in" in main.status.text()
    at = c.status.next_break_at
    assert at is not None
    assert main.next_at.text().startswith("Next break around ")
    shown = [r.fields for r in caplog.records if r.getMessage() == "main_window_shown"]  # type: ignore[attr-defined]
    assert shown == [{"event": "main_window_shown", "tray": True}]
    main.close()
    CommandHandler(c).handle({"command": "show"})  # brought back: the same window
    assert windows.main is main and main.isVisible()
    # its buttons reach the app
    qtbot.mouseClick(main.btn_break, Qt.MouseButton.LeftButton)
    assert windows.routine is not None
    windows.routine.close()
    main.pause_menu.actions()[0].trigger()
    assert c.status.paused_until is not None
    assert main.btn_resume.isVisible() and main.next_at.text() == ""
    qtbot.mouseClick(main.btn_resume, Qt.MouseButton.LeftButton)
    assert c.status.paused_until is None
    main.pause_menu.actions()[2].trigger()
    assert c.status.paused_until is not None and c.status.paused_until - c.clock.now() > timedelta(
        hours=1
    )
    quits: list[bool] = []
    c.quit_requested.connect(lambda: quits.append(True))
    qtbot.mouseClick(main.btn_quit, Qt.MouseButton.LeftButton)
    assert quits == [True]
    qtbot.mouseClick(main.btn_settings, Qt.MouseButton.LeftButton)
    assert windows.settings is not None and windows.settings.isVisible()
    windows.settings.reject()
    qtbot.mouseClick(main.btn_history, Qt.MouseButton.LeftButton)
    assert windows.history is not None and windows.history.isVisible()
    windows.history.close()
    # the word on getting a tray icon follows the tray
    windows.set_tray(False)
    assert main.hint.isVisible()
    windows.set_tray(True)
    assert not main.hint.isVisible()
    main.close()
    QApplication.processEvents()


def test_the_window_follows_the_status_between_ticks(qtbot: QtBot) -> None:
    c, windows, _ = rig()
    c.start()
    windows.show_main()
    main = windows.main
    assert main is not None
    c.pause_for(30)  # a pause from the tray shows at once, not a second later
    assert main.btn_resume.isVisible()
    main.close()
    c.resume()  # hidden: nothing is redrawn
    assert main.btn_resume.isVisibleTo(main)
