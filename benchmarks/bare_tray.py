"""Reference: the bare PySide6 tray app (icon, menu, tooltip, nothing else).

With --scheduler it becomes the "floor": the same plus a started APScheduler QtScheduler
with one far-away job, the stack the app is required to carry.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pix = QPixmap(22, 22)
    pix.fill(QColor("#2b8ab8"))
    tray = QSystemTrayIcon(QIcon(pix))
    menu = QMenu()
    menu.addAction("Quit").triggered.connect(app.quit)
    tray.setContextMenu(menu)
    tray.setToolTip("bare tray")
    tray.show()
    if "--scheduler" in sys.argv:
        from datetime import UTC, datetime, timedelta

        from apscheduler.schedulers.qt import QtScheduler

        sched = QtScheduler()
        sched.add_job(lambda: None, "date", run_date=datetime.now(UTC) + timedelta(minutes=20))
        sched.start()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
