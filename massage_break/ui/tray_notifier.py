"""Reminder as a tray balloon when there is a tray but no notification server with actions.

A balloon has no buttons: clicking it starts the break; snooze and skip stay in the tray menu
and the routine window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from massage_break.log import event
from massage_break.ui.i18n import tr

if TYPE_CHECKING:
    from massage_break.ui.tray import Tray

BALLOON_MS = 30_000
#: which notifier's balloon is on each tray icon now (a new balloon replaces the last, so a
#: click answers only the latest: the reminder's, or a buddy's invitation)
_SHOWING: dict[int, QObject] = {}


class _Balloon(QObject):
    """A balloon on the tray icon whose click gives one answer (`CLICK`)."""

    answered = Signal(str)
    name = "tray"
    CLICK = ""

    def __init__(self, icon: QSystemTrayIcon | Tray) -> None:
        """`icon`: the tray icon, or the Tray (which follows its icon when it is made again)."""
        super().__init__()
        self._icon = icon
        self._open = False
        icon.messageClicked.connect(self._clicked)

    def _balloon(self, title: str, text: str) -> None:
        self._open = True
        _SHOWING[id(self._icon)] = self
        self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, BALLOON_MS)

    def _clicked(self) -> None:
        if self._open and _SHOWING.get(id(self._icon)) is self:
            self._open = False
            self.answered.emit(self.CLICK)

    def withdraw(self) -> None:
        self._open = False

    def close(self) -> None:
        self._open = False


class TrayNotifier(_Balloon):
    CLICK = "start"
    surface = "balloon"

    def notify(
        self,
        title: str,
        body: str,
        can_snooze: bool,
        can_skip: bool = True,
        urgency: int = 1,
        extra: tuple[tuple[str, str], ...] = (),
        resident: bool = False,
    ) -> None:
        """A balloon has one answer, its click (Start); the extra answers are in the tray
        menu, so the balloon names them there. It cannot stay (`resident`): an escalated
        reminder shows the small window beside it."""
        lines = [body, tr("notify", "Click to start.")]
        for _key, label in extra:
            lines.append(tr("notify", "Or choose \u201c%1\u201d in the tray menu.", label))
        self._balloon(title, "\n".join(lines))
        event("notification_sent", id=0, notifier=self.name)


class TrayInviteNotice(_Balloon):
    """A buddy's invitation as a tray balloon, where no notification server shows buttons:
    a click joins; no click lets the invitation lapse. Emits `answered("join")`."""

    CLICK = "join"

    def show(self, title: str, body: str) -> None:
        self._balloon(title, body + "\n" + tr("notify", "Click to join."))
