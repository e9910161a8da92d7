"""Small PySide6 programs the shell harness tests run inside a real session.

python qt_probe.py window TITLE OUT   a window with a text field; every change of the
                                      text is written to OUT (whole text, one line)
python qt_probe.py tray OUT           a StatusNotifierItem tray icon, solid magenta;
                                      writes "shown" to OUT once show() was called
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLineEdit, QSystemTrayIcon, QVBoxLayout, QWidget

MAGENTA = (255, 0, 255)


def window(title: str, out: Path) -> int:
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName("harness-probe")
    top = QWidget()
    top.setWindowTitle(title)
    field = QLineEdit(top)
    layout = QVBoxLayout(top)
    layout.addWidget(field)
    field.textChanged.connect(lambda text: out.write_text(text + "\n"))
    top.resize(420, 160)
    top.show()
    field.setFocus()
    return app.exec()


def tray(out: Path) -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor(*MAGENTA))
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.setToolTip("harness probe")
    icon.show()
    out.write_text("shown\n")
    return app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "window":
        sys.exit(window(sys.argv[2], Path(sys.argv[3])))
    sys.exit(tray(Path(sys.argv[2])))
