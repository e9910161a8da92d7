"""Reminder as a tray balloon when there is a tray but no notification server with actions.

A balloon has no buttons: clicking it starts the break; snooze and skip stay in the tray menu
and the routine window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from massage_break.log import event
from massage_break.ui.i18n import tr

BALLOON_MS = 30_000


class TrayNotifier(QObject):
    answered = Signal(str)
    name = "tray"

    def __init__(self, icon: QSystemTrayIcon) -> None:
        super().__init__()
        self._icon = icon
        self._open = False
        icon.messageClicked.connect(self._clicked)

    def notify(
        self, title: str, body: str, can_snooze: bool, can_skip: bool = True, urgency: int = 1
    ) -> None:
        self._open = True
        self._icon.showMessage(
            title,
            body + "\n" + tr("notify", "Click to start."),
            QSystemTrayIcon.MessageIcon.Information,
            BALLOON_MS,
        )
        event("notification_sent", id=0, notifier=self.name)

    def _clicked(self) -> None:
        if self._open:
            self._open = False
            self.answered.emit("start")

    def withdraw(self) -> None:
        self._open = False

    def close(self) -> None:
        self._open = False
