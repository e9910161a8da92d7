"""Two routine windows of one shared break, side by side (each 1280x800), as docs/buddy-*.png.
The windows are joined in-process, the way the unit tests join them.
Usage: .venv/bin/python tools/buddy_screenshots.py [out_dir]"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an install

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyleFactory

from massage_break.core.catalog import Catalog, parse_catalog
from massage_break.core.model import ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui import partner_pages
from massage_break.ui.routine_window import RoutineWindow

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"
WIDTH, HEIGHT, GAP = 1280, 800, 16
NAMES = {"A": "Sam", "B": "Alex"}  # the name each screen shows for the other person


class Clock:
    t = 1000.0

    def __call__(self) -> float:
        return self.t


class Link:
    def __init__(self, windows: dict[str, RoutineWindow], me: str) -> None:
        self.windows, self.me = windows, me
        self.buddy_name, self.break_id = NAMES[me], "shot"

    def send(self, kind: str, body: Mapping[str, object]) -> None:
        self.windows["B" if self.me == "A" else "A"].receive(kind, {**body, "break": "shot"})


def pair(catalog: Catalog, clock: Clock) -> tuple[RoutineWindow, RoutineWindow]:
    windows: dict[str, RoutineWindow] = {}
    for me in ("A", "B"):
        w = RoutineWindow(
            ShowRoutine("partner.back_care", "T2", 52 * 60, True),
            catalog,
            ASSETS,
            60,
            Settings(partner_mode=True, cleared=tuple(catalog.exercises)),
            clock=clock,
            link=Link(windows, me),
        )
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        w.resize(WIDTH, HEIGHT)
        w.show()
        windows[me] = w
    return windows["A"], windows["B"]


def save(a: RoutineWindow, b: RoutineWindow, path: Path) -> None:
    for w in (a, b):
        w._render()
    QApplication.processEvents()
    left, right = a.grab(), b.grab()
    sheet = QPixmap(left.width() + GAP + right.width(), max(left.height(), right.height()))
    sheet.fill(QColor("#777777"))
    painter = QPainter(sheet)
    painter.drawPixmap(0, 0, left)
    painter.drawPixmap(left.width() + GAP, 0, right)
    painter.end()
    sheet.save(str(path))
    print(path)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyle(QStyleFactory.create("Fusion"))
    catalog = parse_catalog(tomllib.loads((ASSETS / "routines" / "catalog.toml").read_text()))
    clock = Clock()
    a, b = pair(catalog, clock)
    clock.t += 14
    a.shared.pending.tick()  # type: ignore[union-attr]
    save(a, b, out / "buddy-waiting.png")
    a.answered("join", 0)
    clock.t += 40
    save(a, b, out / "buddy-walk.png")
    while a.current.timed:
        a.next()
    for w in (a, b):
        consent = w.stack.currentWidget()
        assert isinstance(consent, partner_pages.ConsentPage)
        (consent.receiver if consent.receiver.isVisible() else consent.giver).setChecked(True)
    save(a, b, out / "buddy-consent.png")
    for w in (a, b):
        consent = w.stack.currentWidget()
        assert isinstance(consent, partner_pages.ConsentPage)
        consent.next.click()
    screening = a.stack.currentWidget()
    assert isinstance(screening, partner_pages.ScreeningPage)
    screening.show_questions.click()
    for group in screening.groups.values():
        group.button(0).setChecked(True)
    save(a, b, out / "buddy-screening.png")
    screening.next.click()
    theirs = b.stack.currentWidget()
    assert isinstance(theirs, partner_pages.ScreeningPage)
    for group in theirs.groups.values():
        group.button(0).setChecked(True)
    theirs.next.click()
    for w in (a, b):
        check = w.stack.currentWidget()
        assert isinstance(check, partner_pages.GiverCheckPage)
        check.no.setChecked(True)
        check.next.click()
    chosen = a.stack.currentWidget()
    assert isinstance(chosen, partner_pages.PressurePage)
    chosen.slider.setValue(4)
    chosen.next.click()
    a.next()
    clock.t += 12
    save(a, b, out / "buddy-turn.png")
    for w in (a, b):
        w.link_lost("timeout")
    save(a, b, out / "buddy-link-lost.png")
    for w in (a, b):
        w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
