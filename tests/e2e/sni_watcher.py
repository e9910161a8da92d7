"""Minimal ``org.kde.StatusNotifierWatcher`` for end-to-end tests.

Qt only uses its D-Bus (StatusNotifierItem) tray when this service is on the
session bus *before* the ``QSystemTrayIcon`` is created. This stand-in accepts
registrations, tells Qt that a host exists, and appends one JSON object per
line to the log file given with ``--log``:

    {"event": "ready", "pid": ..., "time": ...}
    {"event": "registered", "item": ":1.7/StatusNotifierItem", "service": ..., "sender": ...}
    {"event": "unregistered", "item": ..., "service": ..., "sender": ...}

(every record also has "time").

Usage: ``python sni_watcher.py --log PATH`` (with DBUS_SESSION_BUS_ADDRESS set).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusConnection,
    QDBusMessage,
    QDBusServiceWatcher,
)

SERVICE = "org.kde.StatusNotifierWatcher"
PATH = "/StatusNotifierWatcher"


class EventLog:
    def __init__(self, path: str) -> None:
        self._path = Path(path)

    def write(self, event: str, **fields: Any) -> None:
        record = {"event": event, "time": time.time(), **fields}
        with self._path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")


@ClassInfo({"D-Bus Interface": SERVICE})  # type: ignore[call-arg]
class Watcher(QDBusAbstractAdaptor):  # type: ignore[operator]
    StatusNotifierItemRegistered = Signal(str)
    StatusNotifierItemUnregistered = Signal(str)
    StatusNotifierHostRegistered = Signal()

    def __init__(self, parent: QObject, bus: QDBusConnection, log: EventLog) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str, str]] = []  # (item, service arg, sender)
        self._log = log
        self._names = QDBusServiceWatcher(parent)
        self._names.setConnection(bus)
        self._names.setWatchMode(QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration)
        self._names.serviceUnregistered.connect(self._on_name_gone)
        self.setAutoRelaySignals(True)

    @Slot(str, QDBusMessage)
    def RegisterStatusNotifierItem(self, service: str, msg: QDBusMessage) -> None:
        sender = msg.service()
        # a path means "my unique name + this path" (libappindicator does that)
        item = sender + service if service.startswith("/") else service + "/StatusNotifierItem"
        if all(existing != item for existing, _, _ in self._items):
            self._items.append((item, service, sender))
        self._names.addWatchedService(sender)
        if not service.startswith("/") and not service.startswith(":"):
            self._names.addWatchedService(service)
        self._log.write("registered", item=item, service=service, sender=sender)
        self.StatusNotifierItemRegistered.emit(item)

    @Slot(str)
    def RegisterStatusNotifierHost(self, service: str) -> None:
        self._log.write("host_registered", service=service)

    def _on_name_gone(self, name: str) -> None:
        gone = [entry for entry in self._items if name in (entry[1], entry[2])]
        for entry in gone:
            self._items.remove(entry)
            self._log.write("unregistered", item=entry[0], service=entry[1], sender=entry[2])
            self.StatusNotifierItemUnregistered.emit(entry[0])

    def _registered_items(self) -> list[str]:
        return [item for item, _, _ in self._items]

    def _host_registered(self) -> bool:
        return True

    def _protocol_version(self) -> int:
        return 0

    RegisteredStatusNotifierItems = Property("QStringList", _registered_items)  # type: ignore[arg-type]
    IsStatusNotifierHostRegistered = Property(bool, _host_registered)
    ProtocolVersion = Property(int, _protocol_version)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--log", required=True, help="JSON-lines event log to append to")
    args = parser.parse_args(argv)

    app = QCoreApplication(sys.argv[:1])
    log = EventLog(args.log)
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        print(
            f"sni_watcher: cannot connect to session bus: {bus.lastError().message()}",
            file=sys.stderr,
        )
        return 2
    root = QObject()
    Watcher(root, bus, log)
    if not bus.registerObject(PATH, root):
        print(f"sni_watcher: registerObject failed: {bus.lastError().message()}", file=sys.stderr)
        return 3
    if not bus.registerService(SERVICE):
        print(f"sni_watcher: registerService failed: {bus.lastError().message()}", file=sys.stderr)
        return 4
    log.write("ready", pid=os.getpid(), unique_name=bus.baseService())
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
