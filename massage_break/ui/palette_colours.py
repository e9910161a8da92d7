"""Colours derived from the current palette, so dark and high-contrast themes stay readable."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def error_colour(palette: QPalette | None = None) -> QColor:
    """A red that reads on the palette's window colour: dark red on light, light red on dark."""
    if palette is None:
        palette = QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    dark_background = window.lightness() < text.lightness()
    return QColor.fromHsl(4, 200, 190) if dark_background else QColor.fromHsl(4, 190, 85)


def error_style(palette: QPalette | None = None) -> str:
    return f"color: {error_colour(palette).name()};"


def mark_error(widget: QWidget, on: bool = True) -> None:
    """Show `widget`'s text in the palette's error colour (or back to the normal text)."""
    widget.setStyleSheet(error_style(widget.palette()) if on else "")
