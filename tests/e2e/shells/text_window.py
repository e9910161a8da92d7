"""A small Qt text window for the real-shell tests: the "other program" a person types into.

Run: ``python text_window.py TITLE [--tray]``. It shows a window titled TITLE with one text
field and prints one JSON line per event on stdout: ``ready`` (with the palette's darkness and
the platform), ``focus`` (in/out, from window activation), ``text`` (the whole text so far),
``color_scheme`` (when the session's preference changes). ``--tray`` also shows a tray icon
(QSystemTrayIcon.show() at start, whether or not a tray host exists yet).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QSystemTrayIcon, QWidget


def say(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


class Watcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            say("focus", active=True)
        elif event.type() == QEvent.Type.WindowDeactivate:
            say("focus", active=False)
        return False


def is_dark(widget: QWidget) -> bool:
    palette = widget.palette()
    window = palette.color(QPalette.ColorRole.Window).lightness()
    return window < palette.color(QPalette.ColorRole.WindowText).lightness()


def main() -> int:
    app = QApplication(sys.argv[:1])
    title = sys.argv[1] if len(sys.argv) > 1 else "Text window"
    editor = QPlainTextEdit()
    editor.setWindowTitle(title)
    editor.resize(520, 320)
    watcher = Watcher()
    editor.installEventFilter(watcher)
    editor.textChanged.connect(lambda: say("text", text=editor.toPlainText()))
    editor.show()
    tray = None
    if "--tray" in sys.argv[2:]:
        pixmap = QPixmap(22, 22)
        pixmap.fill(QColor("#e8590c"))
        tray = QSystemTrayIcon(QIcon(pixmap), editor)
        tray.setToolTip(title)
        tray.show()
    scheme = QGuiApplication.styleHints().colorScheme()
    say(
        "ready",
        platform=QGuiApplication.platformName(),
        dark=is_dark(editor),
        color_scheme=scheme.name if scheme != Qt.ColorScheme.Unknown else "Unknown",
        tray_available=QSystemTrayIcon.isSystemTrayAvailable() if tray else None,
    )
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda value: say("color_scheme", color_scheme=value.name, dark=is_dark(editor))
    )
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
