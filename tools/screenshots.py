"""Renders the app's windows in light and dark palettes into docs/screenshots/ (for the README
and for looking at them). Usage: .venv/bin/python tools/screenshots.py [out_dir]"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyleFactory

from massage_break.core.catalog import parse_catalog
from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui.routine_window import RoutineWindow
from massage_break.ui.settings_dialog import SettingsDialog
from massage_break.ui.tray_icon import TrayState, render

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"


def dark_palette() -> QPalette:
    p = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#1e2329"),
        (QPalette.ColorRole.WindowText, "#e4e7eb"),
        (QPalette.ColorRole.Base, "#15191e"),
        (QPalette.ColorRole.Text, "#e4e7eb"),
        (QPalette.ColorRole.Button, "#2a3038"),
        (QPalette.ColorRole.ButtonText, "#e4e7eb"),
        (QPalette.ColorRole.Highlight, "#2b8ab8"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        p.setColor(role, QColor(colour))
    return p


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyle(QStyleFactory.create("Fusion"))
    catalog = parse_catalog(tomllib.loads((ASSETS / "routines" / "catalog.toml").read_text()))
    light = app.palette()
    for theme, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        w = RoutineWindow(
            ShowRoutine("self.standard_break", "T2", 72 * 60, True), catalog, ASSETS, 60
        )
        w.show()
        for _ in range(3):
            w.next()
        w.grab().save(str(out / f"routine-window-{theme}.png"))
        w.finish(Outcome.SKIPPED)
        p = RoutineWindow(
            ShowRoutine("self.standard_break", "T2", 72 * 60, True), catalog, ASSETS, 60
        )
        p.show()
        p.partner_box.setChecked(True)
        p.grab().save(str(out / f"partner-consent-{theme}.png"))
        consent = p.stack.currentWidget()
        consent.giver.setChecked(True)  # type: ignore[union-attr]
        consent.receiver.setChecked(True)  # type: ignore[union-attr]
        consent.next.click()  # type: ignore[union-attr]
        p.grab().save(str(out / f"partner-screening-{theme}.png"))
        screening = p.stack.currentWidget()
        for group in screening.groups.values():  # type: ignore[union-attr]
            group.button(0).setChecked(True)
        screening.next.click()  # type: ignore[union-attr]
        pressure = p.stack.currentWidget()
        pressure.slider.setValue(6)  # type: ignore[union-attr]
        p.grab().save(str(out / f"partner-pressure-{theme}.png"))
        pressure.slider.setValue(4)  # type: ignore[union-attr]
        pressure.next.click()  # type: ignore[union-attr]
        for _ in range(4):
            p.next()
        p.grab().save(str(out / f"partner-step-{theme}.png"))
        p.finish(Outcome.SKIPPED)
        d = SettingsDialog(Settings())
        d.edits["away_min"].setText("1")
        d.show()
        d.grab().save(str(out / f"settings-{theme}.png"))
        d.close()
    app.setPalette(light)
    strip = QPixmap(6 * 72, 72)
    strip.fill(QColor("#d9dee3"))
    painter = QPainter(strip)
    states = [
        (TrayState.NORMAL, 0.0),
        (TrayState.NORMAL, 0.5),
        (TrayState.NORMAL, 0.9),
        (TrayState.DUE, 1.0),
        (TrayState.PAUSED, 0.0),
        (TrayState.NORMAL, 0.25),
    ]
    for i, (state, progress) in enumerate(states):
        painter.drawPixmap(i * 72 + 4, 4, render(state, progress, 64))
    painter.end()
    strip.save(str(out / "tray-icons.png"))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
