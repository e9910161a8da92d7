"""Screenshots of the tray menu, welcome, routine window and Settings in the system language
(for example LANG=zh_CN.UTF-8), into docs/screenshots/<lang>-*.png.

    LANG=zh_CN.UTF-8 .venv/bin/python tools/locale_screenshots.py [out_dir]"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an install

from PySide6.QtCore import QLocale, QPoint
from PySide6.QtWidgets import QApplication, QStyleFactory

from massage_break.core.catalog import parse_catalog
from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui import i18n
from massage_break.ui.routine_window import RoutineWindow
from massage_break.ui.settings_dialog import SettingsDialog
from massage_break.ui.tray import Tray
from massage_break.ui.welcome import WelcomeDialog

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"


class StillClock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyle(QStyleFactory.create("Fusion"))
    language = i18n.install("", ASSETS / "i18n") or "en"
    prefix = QLocale().name() if language == "en" else language
    catalog = parse_catalog(tomllib.loads((ASSETS / "routines" / "catalog.toml").read_text()))

    tray = Tray()
    tray.act_resume.setVisible(False)  # shown only while paused
    tray.menu.popup(QPoint(0, 0))
    QApplication.processEvents()
    tray.menu.grab().save(str(out / f"{prefix}-tray-menu.png"))
    tray.menu.hide()

    welcome = WelcomeDialog(Settings(), offer_login=True)
    welcome.show()
    QApplication.processEvents()
    welcome.grab().save(str(out / f"{prefix}-welcome.png"))
    welcome.close()

    clock = StillClock()
    routine = RoutineWindow(
        ShowRoutine("self.standard_break", "T2", 72 * 60, True),
        catalog,
        ASSETS,
        60,
        Settings(cleared=tuple(catalog.exercises)),
        clock=clock,
    )
    routine.show()
    routine.next()  # past the walk, onto a sided stretch with its cues
    for _ in range(2):
        routine.next()
    clock.t += 5
    routine._tick()
    QApplication.processEvents()
    routine.grab().save(str(out / f"{prefix}-routine.png"))
    routine.finish(Outcome.SKIPPED)

    settings = SettingsDialog(Settings(), start_at_login=True)
    settings.show()
    QApplication.processEvents()
    settings.grab().save(str(out / f"{prefix}-settings.png"))
    settings.close()
    print(f"saved {prefix}-*.png in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
