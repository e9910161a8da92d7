"""Draws a catalogue illustration: theme colours swapped in, mirrored for the left side."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, QTimer, QVariantAnimation
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
    """Aspect-fit SVG of one step. With two frames it plays them as a slow cross-fade
    (start pose, end pose, back); `mirrored` flips it for the second side."""

    HOLD_MS = 1400  # how long each pose stays before it fades to the other
    FADE_MS = 600

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frames: list[Path] = []
        self._mirrored = False
        self._shown = 0
        self._blend = 0.0  # 0: only the shown frame, 1: fully the other one
        self.setMinimumSize(200, 200)
        self._timer = QTimer(self)
        self._timer.setInterval(self.HOLD_MS + self.FADE_MS)
        self._timer.timeout.connect(self._start_fade)
        self._fade = QVariantAnimation(self)
        self._fade.setDuration(self.FADE_MS)
        self._fade.setStartValue(0.0)
        self._fade.setEndValue(1.0)
        self._fade.valueChanged.connect(self._set_blend)
        self._fade.finished.connect(self._fade_done)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    def show_frames(
        self, paths: list[Path], mirrored: bool, alt: str, animate: bool = False
    ) -> None:
        """Show `paths[0]`; with `animate` and two paths, alternate gently between them."""
        self._frames, self._mirrored, self._shown, self._blend = list(paths), mirrored, 0, 0.0
        self._fade.stop()
        if animate and len(paths) > 1:
            self._timer.start()
        else:
            self._timer.stop()
        self.setAccessibleName("Illustration")
        self.setAccessibleDescription(alt)
        self.setToolTip(alt)
        self.update()

    def stop(self) -> None:
        self._timer.stop()
        self._fade.stop()

    def _start_fade(self) -> None:
        self._fade.start()

    def _set_blend(self, value: object) -> None:
        self._blend = float(value)  # type: ignore[arg-type]
        self.update()

    def _fade_done(self) -> None:
        self._shown = (self._shown + 1) % len(self._frames)
        self._blend = 0.0
        self.update()

    def renderer(self, index: int | None = None) -> QSvgRenderer | None:
        if not self._frames:
            return None
        path = self._frames[self._shown if index is None else index % len(self._frames)]
        paper = self.palette().color(QPalette.ColorRole.Window).name()
        return _renderer(path, is_dark(self), paper)

    def paintEvent(self, _event: object) -> None:
        if not self._frames:
            return
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mirrored:
            p.translate(self.width(), 0)
            p.scale(-1, 1)
        layers = [(self._shown, 1.0 - self._blend)]
        if self._blend > 0:
            layers.append((self._shown + 1, self._blend))
        for index, opacity in layers:
            renderer = self.renderer(index)
            if renderer is not None and renderer.isValid():
                p.setOpacity(opacity)
                renderer.render(p, target)
        p.end()
