"""The tray icon and its menu."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from massage_break.ui.i18n import tr
from massage_break.ui.tray_icon import TrayState, make_icon, start_icon

if TYPE_CHECKING:  # the tray is shown before the core is imported, to appear sooner
    from massage_break.core.model import Status

PROGRESS_STEPS = 12  # redraw the ring only when it moves a visible step


class Tray(QObject):
    take_break = Signal()
    take_break_with_buddy = Signal()
    pause_minutes = Signal(int)
    pause_tomorrow = Signal()
    resume = Signal()
    open_settings = Signal()
    open_buddy = Signal()
    open_history = Signal()
    quit = Signal()
    messageClicked = Signal()  # a balloon on the icon was clicked (whichever icon is current)
    host_changed = Signal(bool)  # a tray host appeared (True) or went away (False)

    def __init__(self, start_icons: Path | None = None) -> None:
        """`start_icons`: the folder with the pre-drawn start-up icon (assets/icons/tray)."""
        super().__init__()
        self._key: tuple[TrayState, int] | None = None
        self._cache: dict[tuple[TrayState, int], QIcon] = {}
        # pre-drawn, so start-up does not wait for QPainter; later icons are drawn
        self.icon = QSystemTrayIcon(start_icon(start_icons))
        self.icon.setToolTip(tr("tray", "Massage Break: starting"))
        self._shown = False
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        # an icon made while a host was there follows hosts by itself (Qt registers it again
        # with a watcher that restarts); one made without a host never reaches one
        self._made_with_host = self.available
        self.menu = QMenu()
        self.act_break = self.menu.addAction(tr("tray", "Take a break now"))
        self.act_break.triggered.connect(self.take_break)
        # "Take a break with <name>": shown while a break buddy is online
        self.act_buddy = self.menu.addAction("")
        self.act_buddy.setVisible(False)
        self.act_buddy.triggered.connect(self.take_break_with_buddy)
        pause = self.menu.addMenu(tr("tray", "Pause reminders"))
        self.act_pause_30 = pause.addAction(tr("tray", "For 30 minutes"))
        self.act_pause_30.triggered.connect(lambda: self.pause_minutes.emit(30))
        self.act_pause_60 = pause.addAction(tr("tray", "For 1 hour"))
        self.act_pause_60.triggered.connect(lambda: self.pause_minutes.emit(60))
        self.act_pause_tomorrow = pause.addAction(tr("tray", "Until tomorrow morning"))
        self.act_pause_tomorrow.triggered.connect(self.pause_tomorrow)
        self.pause_menu = pause
        self.act_resume = self.menu.addAction(tr("tray", "Resume reminders"))
        self.act_resume.triggered.connect(self.resume)
        self.menu.addSeparator()
        self.act_history = self.menu.addAction(tr("tray", "History…"))
        self.act_history.triggered.connect(self.open_history)
        self.act_settings = self.menu.addAction(tr("tray", "Settings…"))
        self.act_settings.triggered.connect(self.open_settings)
        # pairing, buddies and the on/off switch: Settings at its Break buddy page
        self.act_buddy_settings = self.menu.addAction(tr("tray", "Break buddy…"))
        self.act_buddy_settings.triggered.connect(self.open_buddy)
        self.menu.addSeparator()
        self.act_quit = self.menu.addAction(tr("tray", "Quit"))
        self.act_quit.triggered.connect(self.quit)
        self._wire(self.icon)

    def _wire(self, icon: QSystemTrayIcon) -> None:
        icon.setContextMenu(self.menu)
        icon.activated.connect(self._activated)
        icon.messageClicked.connect(self.messageClicked)

    def showMessage(
        self, title: str, text: str, kind: QSystemTrayIcon.MessageIcon, msecs: int
    ) -> None:
        self.icon.showMessage(title, text, kind, msecs)

    def check_host(self) -> bool:
        """Look again whether a tray host is there; True when that changed (`host_changed`
        is emitted). Qt picks how an icon reaches the host when the icon is made, so one
        made while there was none is made again, and shown if it was."""
        available = QSystemTrayIcon.isSystemTrayAvailable()
        if available == self.available:
            return False
        self.available = available
        if available and not self._made_with_host:
            self._renew()
        self.host_changed.emit(available)
        return True

    def _renew(self) -> None:
        old = self.icon
        icon = QSystemTrayIcon(old.icon())
        icon.setToolTip(old.toolTip())
        self._wire(icon)
        old.hide()
        old.setContextMenu(None)  # type: ignore[arg-type]
        old.deleteLater()
        self.icon = icon
        self._made_with_host = True
        if self._shown:
            icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.take_break.emit()

    def set_buddy(self, name: str | None) -> None:
        """The break buddy who is online now (None: nobody, or the feature is off)."""
        if name:
            self.act_buddy.setText(tr("tray", "Take a break with %1", name))
        self.act_buddy.setVisible(bool(name))

    def show(self) -> None:
        """Shown whether or not a host is there now: Qt hands a shown icon to a host that
        comes later (and `check_host` makes a new one where Qt cannot)."""
        self._shown = True
        self.icon.show()

    def hide(self) -> None:
        self._shown = False
        self.icon.hide()

    def update_status(
        self, status: Status, tooltip: str, now: datetime, interval_seconds: float
    ) -> None:
        paused = status.paused_until is not None
        if paused:
            state, step = TrayState.PAUSED, 0
        elif status.prompting:
            state, step = TrayState.DUE, 0
        else:
            state = TrayState.NORMAL
            left = (
                (status.next_break_at - now).total_seconds()
                if status.next_break_at
                else interval_seconds
            )
            done = 1 - min(max(left / interval_seconds, 0.0), 1.0)
            step = int(done * PROGRESS_STEPS)
        key = (state, step)
        if key != self._key:
            self._key = key
            self.icon.setIcon(self._icon_for(key))
        self.icon.setToolTip(tooltip)
        self.act_resume.setVisible(paused)
        self.pause_menu.menuAction().setVisible(not paused)

    def _icon_for(self, key: tuple[TrayState, int]) -> QIcon:
        if key not in self._cache:
            self._cache[key] = make_icon(key[0], key[1] / PROGRESS_STEPS)
        return self._cache[key]

    @property
    def state(self) -> TrayState | None:
        return self._key[0] if self._key else None
