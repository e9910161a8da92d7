"""Stacked bars, one per day: how each day's reminders ended. Drawn with QPainter (no charts
module to load), with the same numbers in the accessible description."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from massage_break.core.history import GROUPS, DaySummary

COLOURS = {
    "taken": QColor("#2b8ab8"),
    "cut short": QColor("#8cc3de"),
    "snoozed": QColor("#f0a94a"),
    "skipped": QColor("#9aa5b1"),
    "no answer": QColor("#b7a6d9"),
}
LEGEND_HEIGHT = 22
LABEL_HEIGHT = 20


def day_label(summary: DaySummary, count: int) -> str:
    """'Mon' under a week of bars; the day of the month when there are more."""
    return summary.day.strftime("%a") if count <= 7 else str(summary.day.day)


def describe(days: Sequence[DaySummary]) -> str:
    parts = []
    for d in days:
        counts = ", ".join(f"{d.counts[g]} {g}" for g in GROUPS if d.counts[g])
        parts.append(f"{d.day:%A} {d.day.day} {d.day:%B}: {counts or 'no reminders'}")
    return "; ".join(parts)


class HistoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[DaySummary] = []
        self.setObjectName("history-chart")
        self.setAccessibleName("Reminders per day")
        self.setMinimumSize(320, 180)

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def set_days(self, days: Sequence[DaySummary]) -> None:
        self.days = list(days)
        self.setAccessibleDescription(describe(self.days))
        self.update()

    def scale_top(self) -> int:
        """The value at the top of the bars: the busiest day, at least 4, rounded up to even."""
        top = max((d.total for d in self.days), default=0)
        return max(4, top + top % 2)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid = self.palette().color(QPalette.ColorRole.Mid)
        left, right = 28.0, 8.0
        top_y = LEGEND_HEIGHT + 6.0
        bottom_y = self.height() - LABEL_HEIGHT - 2.0
        self._legend(p, text, left)
        self._grid(p, text, grid, left, top_y, bottom_y)
        count = max(len(self.days), 1)
        slot = (self.width() - left - right) / count
        bar = min(slot * 0.62, 44.0)
        scale = (bottom_y - top_y) / self.scale_top()
        # every other label when they would touch; today's is always there
        every = 1 if slot >= p.fontMetrics().horizontalAdvance("28") + 6 else 2
        for i, day in enumerate(self.days):
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
            p.drawLine(int(left), int(y), self.width() - 8, int(y))
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
            p.drawText(QRectF(x + 16, 0, 200, LEGEND_HEIGHT), Qt.AlignmentFlag.AlignVCenter, group)
            x += 16 + metrics.horizontalAdvance(group) + 14
