"""Renders the app's windows in light and dark palettes into docs/screenshots/ (for the README
and for looking at them). Usage: .venv/bin/python tools/screenshots.py [out_dir]"""

from __future__ import annotations

import os
import sys
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an install

from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyleFactory

from massage_break.core.catalog import parse_catalog
from massage_break.core.engine import Engine
from massage_break.core.model import Bout, BreakRecord, Outcome, ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui.history_model import HistoryModel
from massage_break.ui.history_window import HistoryWindow
from massage_break.ui.routine_window import RoutineWindow
from massage_break.ui.settings_dialog import SettingsDialog
from massage_break.ui.tray_icon import TrayState, render
from massage_break.ui.welcome import WelcomeDialog
from tests.fakes import FakeClock, MemoryHistory, fake_controller  # a running app's stand-ins
from tools import partner_screenshots as partner_pages

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"

NOW = datetime(2026, 3, 6, 15, 10, tzinfo=UTC)
# a plausible week: (days ago, hour UTC, outcome, minutes sat)
WEEK = [
    (6, 8, "completed", 50),
    (6, 10, "snoozed", 45),
    (6, 10.2, "completed", 55),
    (6, 13, "skipped", 40),
    (5, 9, "completed", 48),
    (5, 11, "completed", 52),
    (5, 14, "dismissed", 60),
    (4, 8.5, "completed", 45),
    (4, 12, "interrupted", 50),
    (3, 9, "snoozed", 50),
    (3, 9.3, "snoozed", 60),
    (3, 9.6, "completed", 75),
    (3, 13, "completed", 46),
    (1, 8, "completed", 44),
    (1, 10, "completed", 47),
    (1, 12, "completed", 45),
    (1, 14, "skipped", 50),
    (0, 7.5, "completed", 46),
    (0, 9.5, "snoozed", 52),
    (0, 9.8, "completed", 58),
    (0, 12.2, "skipped", 85),
    (0, 13, "completed", 35),
]


def history_window(catalog: object) -> HistoryWindow:
    history = MemoryHistory()
    for days, hour, outcome, sat in WEEK:
        at = NOW.replace(hour=0, minute=0) - timedelta(days=days) + timedelta(hours=hour)
        history.rows.append(
            BreakRecord(at, Outcome(outcome), sat * 60, "self.standard_break", "T2")
        )
    midnight = NOW.replace(hour=0, minute=0)
    for start_h, end_h in ((6.7, 7.5), (7.6, 9.5), (9.9, 12.2), (12.9, 13.0)):
        history.bouts.append(
            Bout(midnight + timedelta(hours=start_h), midnight + timedelta(hours=end_h))
        )
    controller = fake_controller(
        Engine(Settings(), catalog, tz=UTC),  # type: ignore[arg-type]
        clock=FakeClock(NOW),
        history=history,
    )
    clock = controller.clock
    assert isinstance(clock, FakeClock)
    clock.t = NOW - timedelta(minutes=22)
    while clock.t < NOW:  # 22 minutes at the desk since the last break
        clock.advance(seconds=15)
        controller.probe()
    window = HistoryWindow(HistoryModel.of(controller), export=lambda _path: 0)
    window.range.setCurrentIndex(0)
    return window


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
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):  # disabled controls must look disabled in the dark shots too
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#737b85"))
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
        partner_pages.render(catalog, out, theme)
        d = SettingsDialog(Settings(), start_at_login=True)
        d.edits["away_min"].setText("1")
        d.show()
        d.grab().save(str(out / f"settings-{theme}.png"))
        d.close()
        answered = Settings(hidden=("neck.side_tilt",), cleared=("chest.wall_stretch",))
        names = {e.id: e.title for e in catalog.exercises.values()}
        d = SettingsDialog(answered, start_at_login=True, exercise_names=names)
        d.tabs.setCurrentIndex(d.tabs.count() - 1)
        d.show()
        d.grab().save(str(out / f"settings-health-{theme}.png"))
        d.close()
        welcome = WelcomeDialog(Settings(), offer_login=True)
        welcome.show()
        welcome.grab().save(str(out / f"welcome-{theme}.png"))
        welcome.close()
        h = history_window(catalog)
        h.show()
        h.grab().save(str(out / f"history-{theme}.png"))
        h.close()
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
