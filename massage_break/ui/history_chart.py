"""Stacked bars, one per day: how each day's reminders ended. Drawn with QPainter (no charts
module to load), with the same numbers in the accessible description."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from massage_break.core.history import GROUPS, DaySummary
from massage_break.ui.i18n import tr
from massage_break.ui.wording import day_text, group_text, number, weekday_short

COLOURS = {
    "taken": QColor("#2b8ab8"),
    "cut short": QColor("#8cc3de"),
    "snoozed": QColor("#f0a94a"),
    "skipped": QColor("#9aa5b1"),
    "no answer": QColor("#b7a6d9"),
}
LEGEND_HEIGHT = 22
LABEL_HEIGHT = 20
LEFT, RIGHT = 28.0, 8.0  # room for the scale on the left


def day_label(summary: DaySummary, count: int) -> str:
    """'Mon' under a week of bars; the day of the month when there are more."""
    return weekday_short(summary.day) if count <= 7 else number(summary.day.day)


def describe(days: Sequence[DaySummary]) -> str:
    parts = []
    for d in days:
        counts = tr("chart", ", ").join(
            tr("chart", "%1 %2", number(d.counts[g]), group_text(g)) for g in GROUPS if d.counts[g]
        )
        parts.append(tr("chart", "%1: %2", day_text(d.day), counts or tr("chart", "no reminders")))
    return tr("chart", "; ").join(parts)


class HistoryChart(QWidget):
    """Click a bar, or use the arrow keys, to pick a day: `picked(date)`."""

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[DaySummary] = []
        self.selected: date | None = None
        self.setObjectName("history-chart")
        self.setAccessibleName(tr("chart", "Reminders per day; arrow keys pick a day"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(320, 180)

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def set_days(self, days: Sequence[DaySummary], selected: date | None = None) -> None:
        self.days = list(days)
        self.selected = selected
        self.setAccessibleDescription(describe(self.days))
        self.update()

    def _slot(self) -> tuple[float, float]:
        """Where the bars start and how wide each day's slot is."""
        return LEFT, (self.width() - LEFT - RIGHT) / max(len(self.days), 1)

    def day_at(self, x: float) -> date | None:
        left, slot = self._slot()
        index = int((x - left) // slot) if x >= left else -1
        return self.days[index].day if 0 <= index < len(self.days) else None

    def pick(self, day: date) -> None:
        self.selected = day
        self.update()
        self.picked.emit(day)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x())
        if day is not None:
            self.pick(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        days = [d.day for d in self.days]
        if step is None or not days:
            super().keyPressEvent(event)
            return
        current = days.index(self.selected) if self.selected in days else len(days) - 1
        self.pick(days[min(max(current + step, 0), len(days) - 1)])

    def scale_top(self) -> int:
        """The value at the top of the bars: the busiest day, at least 4, rounded up to even."""
        top = max((d.total for d in self.days), default=0)
        return max(4, top + top % 2)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid = self.palette().color(QPalette.ColorRole.Mid)
        left, slot = self._slot()
        top_y = LEGEND_HEIGHT + 6.0
        bottom_y = self.height() - LABEL_HEIGHT - 2.0
        self._legend(p, text, left)
        self._grid(p, text, grid, left, top_y, bottom_y)
        count = max(len(self.days), 1)
        bar = min(slot * 0.62, 44.0)
        scale = (bottom_y - top_y) / self.scale_top()
        # every other label when they would touch; today's is always there
        every = 1 if slot >= p.fontMetrics().horizontalAdvance("28") + 6 else 2
        for i, day in enumerate(self.days):
            if day.day == self.selected:
                highlight = self.palette().color(QPalette.ColorRole.Highlight)
                highlight.setAlpha(40)
                p.fillRect(QRectF(left + i * slot, top_y, slot, bottom_y - top_y), highlight)
            x = left + i * slot + (slot - bar) / 2
            y = bottom_y
            for group in GROUPS:
                h = day.counts[group] * scale
                if h:
                    p.fillRect(QRectF(x, y - h, bar, h), COLOURS[group])
                    y -= h
            if (count - 1 - i) % every == 0:
                p.setPen(text)
                label_box = QRectF(left + i * slot - slot, bottom_y + 2, 3 * slot, LABEL_HEIGHT)
                p.drawText(label_box, Qt.AlignmentFlag.AlignCenter, day_label(day, count))
        p.end()

    def _grid(
        self, p: QPainter, text: QColor, grid: QColor, left: float, top_y: float, bottom_y: float
    ) -> None:
        top = self.scale_top()
        for value in (0, top // 2, top):
            y = bottom_y - (bottom_y - top_y) * value / top
            p.setPen(QPen(grid, 1, Qt.PenStyle.SolidLine if value == 0 else Qt.PenStyle.DotLine))
            p.drawLine(int(left), int(y), int(self.width() - RIGHT), int(y))
            p.setPen(text)
            p.drawText(
                QRectF(0, y - 9, left - 6, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )

    def _legend(self, p: QPainter, text: QColor, left: float) -> None:
        x = left
        metrics = p.fontMetrics()
        for group in GROUPS:
            p.fillRect(QRectF(x, 6, 12, 12), COLOURS[group])
            p.setPen(text)
            p.drawText(
                QRectF(x + 16, 0, 200, LEGEND_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                group_text(group),
            )
            x += 16 + metrics.horizontalAdvance(group_text(group)) + 14
