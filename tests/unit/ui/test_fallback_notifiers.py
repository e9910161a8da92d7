import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from massage_break.ui.prompt_window import PromptWindow
from massage_break.ui.tray_notifier import TrayNotifier


def test_prompt_window_never_takes_focus_and_answers(qtbot: QtBot) -> None:
    w = PromptWindow()
    qtbot.addWidget(w)
    answers: list[str] = []
    w.answered.connect(answers.append)
    w.notify("Time for a break", "You have been sitting for 31 min.", can_snooze=False)
    assert w.isVisible() and w.btn_snooze.isHidden()
    assert w.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert w.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.mouseClick(w.btn_start, Qt.MouseButton.LeftButton)
    assert answers == ["start"] and not w.isVisible()
    w.notify("Time for a break", "again", can_snooze=True)
    assert not w.btn_snooze.isHidden()
    qtbot.mouseClick(w.btn_skip, Qt.MouseButton.LeftButton)
    w.notify("Time for a break", "again", can_snooze=True)
    w.withdraw()
    assert answers == ["start", "skip"] and not w.isVisible()
    assert w.close()


def test_tray_balloon_click_starts_once(qtbot: QtBot) -> None:
    icon = QSystemTrayIcon()
    n = TrayNotifier(icon)
    answers: list[str] = []
    n.answered.connect(answers.append)
    icon.messageClicked.emit()  # a stale balloon: nothing was asked
    n.notify("Time for a break", "You have been sitting for 31 min.", True)
    icon.messageClicked.emit()
    icon.messageClicked.emit()
    assert answers == ["start"]
    n.notify("Time for a break", "again", True)
    n.withdraw()
    icon.messageClicked.emit()
    n.close()
    assert answers == ["start"]


def test_prompt_window_leaves_typing_alone_and_answers_keys_once_focused(qtbot: QtBot) -> None:
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    w = PromptWindow()
    qtbot.addWidget(w)
    answers: list[str] = []
    w.answered.connect(answers.append)
    w.notify("Time for a break", "You have been sitting for 31 min.", can_snooze=True)
    qtbot.keyClicks(QApplication.focusWidget(), "abc")
    assert editor.hasFocus() and editor.text() == "abc" and answers == []
    # the user clicks into the reminder: then Enter starts, Esc means not now, Space presses
    # a button (each new reminder has to be clicked into again)
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=w.body.geometry().center())
    qtbot.keyClick(w, Qt.Key.Key_Return)
    w.notify("Time for a break", "again", can_snooze=True)
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=w.title.geometry().center())
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    w.notify("Time for a break", "again", can_snooze=False)
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=w.body.geometry().center())
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    w.notify("Time for a break", "again", can_snooze=True)
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=w.body.geometry().center())
    w.btn_skip.setFocus()
    qtbot.keyClick(w.btn_skip, Qt.Key.Key_Space)
    assert answers == ["start", "snooze", "dismiss", "skip"]
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in (w.btn_start, w.btn_skip))


def test_prompt_window_shows_extra_answers_as_buttons(qtbot: QtBot) -> None:
    w = PromptWindow()
    qtbot.addWidget(w)
    answers: list[str] = []
    w.answered.connect(answers.append)
    w.notify("Time for a break", "body", True, extra=(("buddy", "Take it with Ana"),))
    (button,) = w.extra_buttons
    assert button.text() == "Take it with Ana" and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert answers == ["buddy"]
    w.notify("Time for a break", "again", True)
    assert w.extra_buttons == []


def test_the_latest_balloon_takes_the_click(qtbot: QtBot) -> None:
    from massage_break.ui.tray_notifier import TrayInviteNotice

    icon = QSystemTrayIcon()
    reminder = TrayNotifier(icon)
    invite = TrayInviteNotice(icon)
    heard: list[str] = []
    reminder.answered.connect(lambda a: heard.append(f"reminder:{a}"))
    invite.answered.connect(lambda a: heard.append(f"invite:{a}"))
    reminder.notify("Time for a break", "body", True, extra=(("buddy", "Take it with Ana"),))
    invite.show("Ana is taking a break", "Take a partner break together?")
    icon.messageClicked.emit()
    assert heard == ["invite:join"]
    reminder.notify("Time for a break", "again", True)
    icon.messageClicked.emit()
    icon.messageClicked.emit()
    assert heard == ["invite:join", "reminder:start"]
    invite.withdraw()
    invite.close()


def test_the_tray_offers_a_break_with_the_buddy_online(qtbot: QtBot) -> None:
    from massage_break.ui.tray import Tray

    tray = Tray()
    assert not tray.act_buddy.isVisible()
    tray.set_buddy("Ana")
    assert tray.act_buddy.isVisible() and tray.act_buddy.text() == "Take a break with Ana"
    fired: list[bool] = []
    tray.take_break_with_buddy.connect(lambda: fired.append(True))
    tray.act_buddy.trigger()
    assert fired == [True]
    tray.set_buddy(None)
    assert not tray.act_buddy.isVisible()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_a_balloon_on_the_tray_follows_its_icon_when_it_is_made_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from massage_break.ui.tray import Tray

    tray = Tray()
    tray.show()
    n = TrayNotifier(tray)
    answers: list[str] = []
    n.answered.connect(answers.append)
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    assert tray.check_host()  # a host came: a new icon
    n.notify("Time for a break", "You have been sitting for 31 min.", True)
    tray.icon.messageClicked.emit()  # the click on the new icon's balloon
    assert answers == ["start"]
    n.close()
