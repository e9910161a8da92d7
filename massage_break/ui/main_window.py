"""The app's own small window: what the tray icon shows and offers, for desktops without a
tray (stock GNOME), opened by starting Massage Break again (the app grid, a launcher)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from massage_break.identity import DISPLAY_NAME
from massage_break.ui.i18n import N_, tr

REFRESH_MS = 1000
NO_TRAY = N_(
    "main",
    "There is no tray icon on this desktop. On GNOME, the \u201cAppIndicator and "
    "KStatusNotifierItem Support\u201d extension adds one; on other desktops, add the "
    "panel\u2019s system tray (status notifier) applet.",
)
KEEPS_RUNNING = N_(
    "main",
    "Closing this window keeps Massage Break running in the background. Start Massage Break "
    "again (from the app grid or a launcher) to bring this window back.",
)


class MainView(NamedTuple):
    """What the window shows: the status sentence (sitting time, and when or why not the next
    break comes; a second line when activity detection is missing), the clock time of the next
    break ("" when none is coming), and whether reminders are paused."""

    status: str
    next_at: str
    paused: bool


class MainWindow(QWidget):
    take_break = Signal()
    pause_minutes = Signal(int)
    pause_tomorrow = Signal()
    resume = Signal()
    open_settings = Signal()
    open_history = Signal()
    quit = Signal()

    def __init__(
        self, view: Callable[[], MainView], tray: bool, parent: QWidget | None = None
    ) -> None:
        """`view()` is asked once a second while the window is visible; `tray`: whether a
        tray icon is showing (without one the window says how to get one)."""
        super().__init__(parent)
        self._view = view
        self.setObjectName("main-window")
        self.setWindowTitle(DISPLAY_NAME)
        self.status = QLabel()
        self.status.setObjectName("main-status")
        self.status.setWordWrap(True)
        font = QFont(self.status.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.status.setFont(font)
        self.next_at = QLabel()
        self.next_at.setObjectName("main-next")
        self.btn_break = QPushButton(tr("tray", "Take a break now"))
        self.btn_break.setObjectName("main-break")
        self.btn_break.setDefault(True)
        self.btn_break.clicked.connect(self.take_break)
        self.pause_menu = QMenu(self)
        for minutes, label in ((30, N_("tray", "For 30 minutes")), (60, N_("tray", "For 1 hour"))):
            action = self.pause_menu.addAction(tr("tray", label))
            action.triggered.connect(lambda _=False, m=minutes: self.pause_minutes.emit(m))
        tomorrow = self.pause_menu.addAction(tr("tray", "Until tomorrow morning"))
        tomorrow.triggered.connect(self.pause_tomorrow)
        self.btn_pause = QPushButton(tr("tray", "Pause reminders"))
        self.btn_pause.setObjectName("main-pause")
        self.btn_pause.setMenu(self.pause_menu)
        self.btn_resume = QPushButton(tr("tray", "Resume reminders"))
        self.btn_resume.setObjectName("main-resume")
        self.btn_resume.clicked.connect(self.resume)
        self.btn_settings = QPushButton(tr("tray", "Settings…"))
        self.btn_settings.setObjectName("main-settings")
        self.btn_settings.clicked.connect(self.open_settings)
        self.btn_history = QPushButton(tr("tray", "History…"))
        self.btn_history.setObjectName("main-history")
        self.btn_history.clicked.connect(self.open_history)
        self.btn_quit = QPushButton(tr("tray", "Quit"))
        self.btn_quit.setObjectName("main-quit")
        self.btn_quit.clicked.connect(self.quit)
        self.hint = QLabel(tr("main", NO_TRAY) + "\n\n" + tr("main", KEEPS_RUNNING))
        self.hint.setObjectName("main-no-tray")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        actions = QHBoxLayout()
        actions.addWidget(self.btn_break)
        actions.addWidget(self.btn_pause)
        actions.addWidget(self.btn_resume)
        actions.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.btn_settings)
        more.addWidget(self.btn_history)
        more.addStretch(1)
        more.addWidget(self.btn_quit)
        self.mark = QLabel()
        self.mark.setObjectName("main-icon")
        mark = QApplication.windowIcon()
        if not mark.isNull():
            self.mark.setPixmap(mark.pixmap(40, 40))
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.status)
        words.addWidget(self.next_at)
        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(self.mark)
        head.addLayout(words, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 16)
        column.setSpacing(10)
        column.addLayout(head)
        column.addSpacing(4)
        column.addLayout(actions)
        column.addLayout(more)
        column.addSpacing(6)
        column.addWidget(self.hint)
        self.setFixedWidth(460)
        # wrapped labels need their height worked out at the final width
        column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.set_tray(tray)
        self.refresh()

    def set_tray(self, shown: bool) -> None:
        """A tray icon appeared (True) or went away: the word on getting one follows."""
        self.hint.setVisible(not shown)
        self.adjustSize()

    def refresh(self) -> None:
        view = self._view()
        self.status.setText(view.status)
        self.next_at.setText(view.next_at)
        self.next_at.setVisible(bool(view.next_at))
        self.btn_pause.setVisible(not view.paused)
        self.btn_resume.setVisible(view.paused)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        self.timer.start()  # only while it can be seen: no wake-ups behind a closed window
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
