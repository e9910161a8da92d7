"""Draws a catalogue illustration: theme colours swapped in, mirrored for the left side."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

# The art uses these exact tokens; dark mode swaps them (content-brief §6.1).
LIGHT = {
    "ink": "#1f2933",
    "paper": "#ffffff",
    "prop": "#9aa5b1",
    "target": "#f08c4a",
    "motion": "#2b8ab8",
    "nogo": "#d64545",
}
DARK = {
    "ink": "#e4e7eb",
    "paper": "#1e2329",
    "prop": "#616e7c",
    "target": "#f5a36b",
    "motion": "#5fb3e0",
    "nogo": "#ef6b6b",
}


def themed_svg(data: bytes, dark: bool, paper: str | None = None) -> bytes:
    if not dark and paper is None:
        return data
    palette = dict(DARK if dark else LIGHT)
    if paper is not None:
        palette["paper"] = paper
    text = data.decode("utf-8")
    for token, colour in LIGHT.items():
        text = text.replace(colour, f"@{token}@")
    for token, colour in palette.items():
        text = text.replace(f"@{token}@", colour)
    return text.encode("utf-8")


@lru_cache(maxsize=64)
def _renderer(path: Path, dark: bool, paper: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(themed_svg(path.read_bytes(), dark, paper)))


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class IllustrationView(QWidget):
    """Aspect-fit SVG; `mirrored` flips it horizontally for the second side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._mirrored = False
        self.setMinimumSize(200, 200)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def show_frame(self, path: Path, mirrored: bool, alt: str) -> None:
        self._path, self._mirrored = path, mirrored
        self.setAccessibleName("Illustration")
        self.setAccessibleDescription(alt)
        self.setToolTip(alt)
        self.update()

    def renderer(self) -> QSvgRenderer | None:
        if self._path is None:
            return None
        paper = self.palette().color(QPalette.ColorRole.Window).name()
        return _renderer(self._path, is_dark(self), paper)

    def paintEvent(self, _event: object) -> None:
        renderer = self.renderer()
        if renderer is None or not renderer.isValid():
            return
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mirrored:
            p.translate(self.width(), 0)
            p.scale(-1, 1)
        renderer.render(p, target)
        p.end()
