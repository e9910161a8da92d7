"""Tray icon images drawn with QPainter: a ring that fills toward the next break.

Drawn rather than loaded so the tray needs no SVG module, stays crisp at every size, and reads
on light and dark panels (a dark disc behind light strokes).

The very first icon is loaded from PNGs of the same drawing (`tools/tray_icons.py` writes them;
a test keeps them equal): the first QPen builds PySide6's whole `Qt` enum namespace, about
15 ms, a tenth of a bare tray app's start-up. Drawing starts with the first status update.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

TRACK = QColor("#9aa5b1")
FILL = QColor("#2b8ab8")
DUE = QColor("#f08c4a")
PAUSED = QColor("#7b8794")
OUTLINE = QColor("#1f2933")
GLYPH = QColor("#ffffff")
SIZES = (16, 22, 24, 32, 48, 64)


class TrayState(Enum):
    NORMAL = "normal"
    DUE = "due"
    PAUSED = "paused"


def _pen(colour: QColor, width: float) -> QPen:
    from PySide6.QtCore import Qt  # not at import: the start-up icon needs no Qt namespace

    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _person(p: QPainter, size: float, colour: QColor) -> None:
    """A small standing figure with raised arms: the app's mark."""
    s = size
    p.setPen(_pen(colour, max(s * 0.085, 1.4)))
    p.setBrush(colour)
    p.drawEllipse(QPointF(s * 0.5, s * 0.3), s * 0.075, s * 0.075)
    p.drawLine(QPointF(s * 0.5, s * 0.41), QPointF(s * 0.5, s * 0.6))  # trunk
    p.drawLine(QPointF(s * 0.5, s * 0.45), QPointF(s * 0.36, s * 0.33))  # arms up
    p.drawLine(QPointF(s * 0.5, s * 0.45), QPointF(s * 0.64, s * 0.33))
    p.drawLine(QPointF(s * 0.5, s * 0.6), QPointF(s * 0.41, s * 0.75))  # legs
    p.drawLine(QPointF(s * 0.5, s * 0.6), QPointF(s * 0.59, s * 0.75))


def render(state: TrayState, progress: float, size: int) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = max(size * 0.14, 2.0)
    box = QRectF(ring / 2 + 0.5, ring / 2 + 0.5, size - ring - 1, size - ring - 1)
    # disc behind everything, so the glyph reads on any panel colour
    p.setPen(QPen(OUTLINE, 1.0))
    p.setBrush({TrayState.NORMAL: OUTLINE, TrayState.DUE: DUE, TrayState.PAUSED: PAUSED}[state])
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    if state is TrayState.NORMAL:
        p.setBrush(QColor(0, 0, 0, 0))
        p.setPen(QPen(TRACK, ring * 0.6))
        p.drawEllipse(box)
        span = int(-360 * 16 * min(max(progress, 0.0), 1.0))
        if span:
            from PySide6.QtCore import Qt

            pen = QPen(FILL.lighter(130), ring)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawArc(box, 90 * 16, span)
    if state is TrayState.PAUSED:
        p.setPen(QPen(QColor(0, 0, 0, 0), 0))
        p.setBrush(GLYPH)
        w, h = size * 0.12, size * 0.4
        p.drawRoundedRect(QRectF(size * 0.34, size * 0.3, w, h), w / 3, w / 3)
        p.drawRoundedRect(QRectF(size * 0.54, size * 0.3, w, h), w / 3, w / 3)
    else:
        _person(p, size, GLYPH if state is TrayState.NORMAL else OUTLINE)
    p.end()
    return pix


def make_icon(state: TrayState, progress: float) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(render(state, progress, size))
    return icon


def start_png(folder: Path, size: int) -> Path:
    return folder / f"start-{size}.png"


def start_icon(folder: Path | None) -> QIcon:
    """The icon at start-up (normal, empty ring): the PNGs when they are all there, else drawn."""
    if folder is not None:
        files = [start_png(folder, size) for size in SIZES]
        if all(f.is_file() for f in files):
            icon = QIcon()
            for f in files:
                icon.addFile(str(f))
            return icon
    return make_icon(TrayState.NORMAL, 0.0)
