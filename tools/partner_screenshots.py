"""Every page of a partner session rendered on its own, as docs/screenshots/partner-*.png.
Called by tools/screenshots.py once per palette (light, dark)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QVBoxLayout, QWidget

from massage_break.core.catalog import Catalog
from massage_break.ui.partner_pages import (
    AftercarePage,
    ConsentPage,
    FallbackPage,
    GiverCheckPage,
    OneReceiverPage,
    PressurePage,
    ScreeningPage,
    SwapPage,
)

WIDTH = 720  # about the routine window's width


def _consent(c: Catalog) -> QWidget:
    page = ConsentPage(c, turns=True)
    page.giver.setChecked(True)
    return page


def _screening_cover(c: Catalog) -> QWidget:
    return ScreeningPage(c, c.routines["partner.back_care"], "B")


def _screening(c: Catalog) -> QWidget:
    page = ScreeningPage(c, c.routines["partner.back_care"], "B")
    page.show_questions.click()
    for group in list(page.groups.values())[:3]:
        group.button(0).setChecked(True)
    return page


def _giver_check(c: Catalog) -> QWidget:
    page = GiverCheckPage(c, both_give=True)
    page.yes.setChecked(True)
    return page


def _pressure_refused(c: Catalog) -> QWidget:
    page = PressurePage(c, "B")
    page.slider.setValue(6)
    return page


def _pressure(c: Catalog) -> QWidget:
    page = PressurePage(c, "A")
    page.slider.setValue(4)
    return page


PAGES: dict[str, Callable[[Catalog], QWidget]] = {
    "consent": _consent,
    "screening-cover": _screening_cover,
    "screening": _screening,
    "one-receiver": OneReceiverPage,
    "giver-check": _giver_check,
    "pressure-refused": _pressure_refused,
    "pressure": _pressure,
    "swap": lambda c: SwapPage(c, giver="B", receiver="A"),
    "aftercare": AftercarePage,
    "fallback": lambda c: FallbackPage(c, c.routines["self.standard_break"]),
}


def render(catalog: Catalog, out: Path, theme: str) -> list[Path]:
    """Each page in a plain window of the routine window's width; returns the files."""
    written = []
    for name, make in PAGES.items():
        frame = QWidget()
        frame.setWindowTitle("Massage Break")
        layout = QVBoxLayout(frame)
        layout.addWidget(make(catalog))
        frame.setFixedWidth(WIDTH)
        frame.adjustSize()
        frame.show()
        path = out / f"partner-{name}-{theme}.png"
        frame.grab().save(str(path))
        frame.close()
        written.append(path)
    return written
