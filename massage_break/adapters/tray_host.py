"""Hears a tray host come and go: the StatusNotifierWatcher's name on the session bus.

GNOME's AppIndicator extension, KDE's kded and the panels of Xfce, MATE and LXQt own
`org.kde.StatusNotifierWatcher` while they can show tray icons. Its owner changes when the
extension is switched on or reloaded, or when a panel starts after the app (autostart races),
and the bus says so in one NameOwnerChanged signal: no polling.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from massage_break.adapters.dbus_link import (
    DBUS_NAME,
    DBUS_PATH,
    BusUnavailable,
    CallFailed,
    DBusLink,
)

log = logging.getLogger(__name__)

WATCHER = "org.kde.StatusNotifierWatcher"


class TrayHostWatch(QObject):
    """`changed(present)` each time the watcher appears (True) or leaves the bus (False).
    `present` is None when the bus cannot be watched."""

    changed = Signal(bool)

    def __init__(self, bus: str = "SESSION", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.present: bool | None = None
        self._link: DBusLink | None = None
        try:
            link = DBusLink(bus, self)
        except BusUnavailable as exc:
            log.info("tray hosts cannot be watched: %s", exc)
            return
        try:
            link.subscribe(
                self._owner_changed,
                interface=DBUS_NAME,
                member="NameOwnerChanged",
                path=DBUS_PATH,
                sender=DBUS_NAME,
                arg0=WATCHER,
            )
            self.present = link.has_owner(WATCHER)
        except CallFailed as exc:
            log.info("tray hosts cannot be watched: %s", exc)
            link.close()
            return
        self._link = link

    def _owner_changed(self, body: tuple[Any, ...]) -> None:
        present = bool(body[2]) if len(body) == 3 else False
        if present != self.present:
            self.present = present
            self.changed.emit(present)

    def close(self) -> None:
        if self._link is not None:
            self._link.close()
            self._link = None
