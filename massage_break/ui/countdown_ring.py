"""A ring that empties as a step's time runs out, with the time left in its middle."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from massage_break.ui.i18n import tr
from massage_break.ui.wording import clock_text

ACCENT = QColor("#2b8ab8")


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remaining, self.total, self.paused, self.done = 0, 1, False, False
        self._spoken: tuple[bool, bool, int] | None = None
        self.setMinimumSize(96, 96)
        self.setAccessibleName(tr("countdown", "Time left in this step"))

    def sizeHint(self) -> QSize:
        return QSize(112, 112)

    def set(self, remaining: int, total: int, paused: bool = False, done: bool = False) -> None:
        state = (paused, done, total)
        self.remaining, self.total, self.paused, self.done = remaining, max(total, 1), paused, done
        if state != self._spoken:  # a screen reader hears the state, not every second
            self._spoken = state
            self.setAccessibleDescription(self.spoken())
        self.update()

    def text(self) -> str:
        if self.done:
            return tr("countdown", "Done")
        if self.paused:
            return tr("countdown", "%1 paused", clock_text(self.remaining))
        return clock_text(self.remaining)

    def spoken(self) -> str:
        """What assistive technology is told: the step's length and state, set only when the
        state changes (the time left is on screen, not read out each tick)."""
        if self.done:
            return tr("countdown", "Done")
        length = clock_text(self.total)
        if self.paused:
            return tr("countdown", "Paused; this step lasts %1", length)
        return tr("countdown", "This step lasts %1", length)

    def paintEvent(self, _event: object) -> None:
        side = min(self.width(), self.height()) - 10
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = self.palette().color(QPalette.ColorRole.Mid)
        p.setPen(QPen(track, 6))
        p.drawEllipse(box)
        fraction = 1.0 if self.done else self.remaining / self.total
        colour = track.darker(120) if self.paused else ACCENT
        p.setPen(QPen(colour, 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawArc(box, 90 * 16, int(360 * 16 * fraction))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * (1.3 if self.done else 1.8))
        font.setBold(True)
        p.setFont(font)
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        label = tr("countdown", "Done") if self.done else clock_text(self.remaining)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        if self.paused:
            small = QFont(self.font())
            p.setFont(small)
            p.drawText(
                box.adjusted(0, side * 0.45, 0, 0),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                tr("countdown", "paused"),
            )
        p.end()
