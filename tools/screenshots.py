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

from massage_break.core.catalog import Catalog, parse_catalog
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
from tools import partner_screenshots

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


class StillClock:
    """The window's clock, moved by hand so a screenshot catches a screen mid-way."""

    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def routine_screens(catalog: Catalog, out: Path, theme: str) -> None:
    """The first three screens of a T2 break, each a few seconds in; then the health page."""
    cleared = Settings(cleared=tuple(catalog.exercises))
    clock = StillClock()
    w = RoutineWindow(
        ShowRoutine("self.standard_break", "T2", 72 * 60, True),
        catalog,
        ASSETS,
        60,
        cleared,
        clock=clock,
    )
    w.show()
    for n in range(1, 4):
        clock.t += 5
        w._tick()
        QApplication.processEvents()
        w.grab().save(str(out / f"routine-t2-{n}-{theme}.png"))
        w.next()
    w.finish(Outcome.SKIPPED)
    h = RoutineWindow(ShowRoutine("self.standard_break", "T2", 72 * 60, True), catalog, ASSETS, 60)
    h.show()
    h.next()
    h.grab().save(str(out / f"routine-health-question-{theme}.png"))
    h.finish(Outcome.SKIPPED)


GATE_ANSWERS: dict[str, object] = {
    "consent": True,
    "screening": True,
    "giver_check": False,
    "pressure": 4,
}


def partner_break(catalog: Catalog, out: Path, theme: str) -> None:
    """A turn-taking partner break played through its gates, and a technique screen."""
    clock = StillClock()
    p = RoutineWindow(
        ShowRoutine("partner.back_care", "T2", 72 * 60, True),
        catalog,
        ASSETS,
        60,
        Settings(partner_mode=True, cleared=tuple(catalog.exercises)),
        clock=clock,
    )
    p.show()
    technique = False
    while not p.at_end:
        screen = p.current
        if screen.kind == "gate":
            p._gate_done(screen.gate, GATE_ANSWERS.get(screen.gate.split(":")[0]))
            continue
        if screen.exercise_id == "partner.palm_glide" and not technique:
            technique = True
            clock.t += screen.check_in_after_s + 1
            p._tick()
            QApplication.processEvents()  # let the layout settle, as the event loop would
            p.grab().save(str(out / f"partner-step-{theme}.png"))
        p.next()
    p.finish(Outcome.SKIPPED)


def main_window(out: Path, theme: str) -> None:
    """The app's own window on a desktop without a tray, 22 minutes into a sit."""
    from massage_break.ui.main_window import MainView, MainWindow
    from massage_break.ui.tray_icon import make_icon

    QApplication.setWindowIcon(make_icon(TrayState.NORMAL, 0.7))
    view = MainView("Sitting 22 min · next break in 8 min", "Next break around 15:18", False)
    w = MainWindow(lambda: view, tray=False)
    w.show()
    QApplication.processEvents()
    w.grab().save(str(out / f"main-window-{theme}.png"))
    w.close()


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
        routine_screens(catalog, out, theme)
        partner_break(catalog, out, theme)
        partner_screenshots.render(catalog, out, theme)
        d = SettingsDialog(Settings(), start_at_login=True)
        d.edits["away_min"].lineEdit().setText("1 min")  # refused: below the range
        d.show()
        d.grab().save(str(out / f"settings-{theme}.png"))
        d.close()
        welcome = WelcomeDialog(Settings(), offer_login=True)
        welcome.show()
        welcome.grab().save(str(out / f"welcome-{theme}.png"))
        welcome.close()
        main_window(out, theme)
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
