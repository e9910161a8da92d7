"""Draws a catalogue illustration: theme colours swapped in, mirrored for the left side."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from massage_break.ui.i18n import tr

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
    (start pose, end pose, back); `mirrored` flips it for the second side.

    Light on the processor: each frame is drawn once into a pixmap at the widget's size, and
    the fade is a handful of blended steps at a low frame rate, not a 60 fps animation."""

    HOLD_MS = 2000  # how long each pose stays before it fades to the other
    FADE_STEPS = 4
    STEP_MS = 125  # 8 frames a second while fading, nothing in between

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frames: list[Path] = []
        self._mirrored = False
        self._shown = 0
        self._blend = 0.0  # 0: only the shown frame, 1: fully the other one
        self._pixmaps: dict[tuple[Path, int, int, bool, str], QPixmap] = {}
        self.setMinimumSize(200, 200)
        # a left arm stays a left arm: the picture never follows a right-to-left layout
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._timer = QTimer(self)
        self._timer.setInterval(self.HOLD_MS)
        self._timer.timeout.connect(self._start_fade)
        self._step = 0
        self._fade = QTimer(self)
        self._fade.setInterval(self.STEP_MS)
        self._fade.timeout.connect(self._fade_step)

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
        self.setAccessibleName(tr("illustration", "Illustration"))
        self.setAccessibleDescription(alt)
        self.setToolTip(alt)
        self.update()

    def stop(self) -> None:
        self._timer.stop()
        self._fade.stop()

    def set_playing(self, on: bool) -> None:
        """Pause or resume the alternation without changing the frames."""
        if on and len(self._frames) > 1:
            self._timer.start()
        else:
            self.stop()

    def _start_fade(self) -> None:
        self._step = 0
        self._fade.start()

    def _fade_step(self) -> None:
        self._step += 1
        if self._step >= self.FADE_STEPS:
            self._fade.stop()
            self._shown = (self._shown + 1) % len(self._frames)
            self._blend = 0.0
        else:
            self._blend = self._step / self.FADE_STEPS
        self.update()

    def _set_blend(self, value: float) -> None:
        self._blend = value
        self.update()

    def pixmap(self, index: int, side: int) -> QPixmap | None:
        """Frame `index` drawn once at `side` pixels (device pixels for sharp output)."""
        renderer = self.renderer(index)
        if renderer is None or not renderer.isValid():
            return None
        path = self._frames[index % len(self._frames)]
        paper = self.palette().color(QPalette.ColorRole.Window).name()
        ratio = self.devicePixelRatioF()
        key = (path, side, int(ratio * 100), is_dark(self), paper)
        cached = self._pixmaps.get(key)
        if cached is None:
            if len(self._pixmaps) > 16:
                self._pixmaps.clear()
            cached = QPixmap(int(side * ratio), int(side * ratio))
            cached.setDevicePixelRatio(ratio)
            cached.fill(self.palette().color(QPalette.ColorRole.Window))
            painter = QPainter(cached)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, side, side))
            painter.end()
            self._pixmaps[key] = cached
        return cached

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
        layers = [(self._shown, 1.0)]
        if self._blend > 0:
            layers.append((self._shown + 1, self._blend))
        for index, opacity in layers:
            pixmap = self.pixmap(index, int(side))
            if pixmap is not None:
                p.setOpacity(opacity)
                p.drawPixmap(target.topLeft(), pixmap)
        p.end()
