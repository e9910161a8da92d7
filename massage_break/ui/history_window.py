"""The history window: today at a glance, a chart of recent days, and today's reminders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from massage_break.core.composer import find
from massage_break.core.history import (
    GROUPS,
    OUTCOME_GROUP,
    DaySummary,
    day_bounds,
    last_days,
    local_day,
    sitting_on,
    summarise,
)
from massage_break.core.model import Bout, BreakRecord
from massage_break.ui.history_chart import HistoryChart
from massage_break.ui.wording import minutes_text

if TYPE_CHECKING:
    from massage_break.ui.controller import AppController

RANGES = (("Last 7 days", 7), ("Last 14 days", 14), ("Last 4 weeks", 28))
EMPTY_TODAY = (
    "No reminders yet today. The first one comes after a stretch of sitting; "
    "you can also take a break now from the tray menu."
)


class HistoryWindow(QWidget):
    def __init__(
        self,
        controller: AppController,
        parent: QWidget | None = None,
        export: Callable[[Path], int] | None = None,
    ) -> None:
        """`export(path)` writes the whole history as CSV and returns the row count."""
        super().__init__(parent)
        self.controller = controller
        self._export = export
        self._bouts: list[Bout] = []
        self._day = date.min
        self.setObjectName("history-window")
        self.setWindowTitle("Your breaks – massage_break")
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.now_line = QLabel()
        self.now_line.setObjectName("history-now")
        self.desk_line = QLabel()
        self.desk_line.setObjectName("history-desk")
        self.today_line = QLabel()
        self.today_line.setObjectName("history-today")
        self.sitting_line = QLabel()
        self.sitting_line.setObjectName("history-sitting")
        self.sitting_line.setWordWrap(True)
        self.range = QComboBox()
        self.range.setObjectName("history-range")
        self.range.setAccessibleName("Days shown in the chart")
        for label, days in RANGES:
            self.range.addItem(label, days)
        self.range.currentIndexChanged.connect(self.refresh)
        self.chart = HistoryChart()
        self.chart.picked.connect(self._pick)
        self.list_label = QLabel("<b>Today</b>")
        self.list_label.setObjectName("history-list-label")
        self.selected: date | None = None  # the day listed below the chart; None: today
        self._records: list[BreakRecord] = []
        self.range_line = QLabel()
        self.range_line.setObjectName("history-range-summary")
        self.rows = QTreeWidget()
        self.rows.setObjectName("history-rows")
        self.rows.setAccessibleName("Today's reminders")
        self.rows.setHeaderLabels(["Time", "How it ended", "Routine", "After sitting"])
        self.rows.setRootIsDecorated(False)
        self.rows.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rows.header().setStretchLastSection(True)
        self.empty = QLabel(EMPTY_TODAY)
        self.empty.setObjectName("history-empty")
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.export_button = buttons.addButton(
            "Export as CSV…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("history-export")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(export is not None)
        self.export_result = QLabel()
        self.export_result.setObjectName("history-export-result")
        self.export_result.setWordWrap(True)
        self.export_result.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(QLabel("<b>Recent days</b> · pick a day to list it"))
        top.addStretch(1)
        top.addWidget(self.range)
        layout = QVBoxLayout(self)
        lines = (self.heading, self.now_line, self.desk_line, self.today_line, self.sitting_line)
        for widget in lines:
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.range_line)
        layout.addSpacing(8)
        layout.addWidget(self.list_label)
        layout.addWidget(self.rows, 2)
        layout.addWidget(self.empty)
        layout.addWidget(self.export_result)
        layout.addWidget(buttons)
        self.resize(600, 580)
        controller.recorded.connect(self.refresh)
        controller.status_changed.connect(self._status)
        self.refresh()

    def export(self) -> None:
        """Ask where, then write every reminder and stretch of sitting as CSV."""
        if self._export is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Export your history",
            str(Path.home() / "massage_break-history.csv"),
            "CSV files (*.csv)",
        )
        if not name:
            return
        path = Path(name)
        try:
            count = self._export(path)
        except OSError as exc:
            text = f"Could not export to {path.name}: {exc.strerror or exc}."
        else:
            text = f"Saved {count} rows to {path}."
        self.export_result.setText(text)
        self.export_result.setVisible(True)

    def _status(self, *_: object) -> None:
        now = self.controller.clock.now()
        if now.astimezone(self.controller.engine.tz).date() != self._day:
            self.refresh()  # left open past midnight: a new day
            return
        self.now_line.setText(self.controller.tooltip().split("\n")[0])
        self._show_desk()

    def _load(self, days: Sequence[date]) -> tuple[list[BreakRecord], str]:
        """The rows of these days, or none and why."""
        tz = self.controller.engine.tz
        start, _ = day_bounds(days[0], tz)
        _, end = day_bounds(days[-1], tz)
        try:
            return list(self.controller.history.between(start, end)), ""
        except Exception as exc:  # a history file that went away: say so, show nothing
            return [], f"The history could not be read: {exc}"

    def refresh(self, *_: object) -> None:
        tz = self.controller.engine.tz
        now = self.controller.clock.now()
        today = now.astimezone(tz).date()
        days = last_days(today, int(self.range.currentData()))
        records, problem = self._load(days)
        self._records = records
        if self.selected not in days:
            self.selected = None
        summaries = summarise(records, days, tz)
        self.heading.setText(f"Today, {today:%A} {today.day} {today:%B}")
        self._load_desk(today)
        self._status()
        self._today(summaries[-1])
        self.chart.set_days(summaries, self.selected or today)
        self._range_summary(summaries)
        if problem:
            self.range_line.setText(problem)
        self._list(self.selected or today, today)

    def _pick(self, day: date) -> None:
        self.selected = day
        self._list(day, self._day)

    def _list(self, day: date, today: date) -> None:
        """The rows of one day under the chart: today unless a bar was picked."""
        name = "Today" if day == today else f"{day:%A} {day.day} {day:%B}"
        self.list_label.setText(f"<b>{name}</b>")
        self.rows.setAccessibleName(f"Reminders: {name}")
        tz = self.controller.engine.tz
        self._rows([r for r in self._records if local_day(r, tz) == day])
        if day != today:
            self.empty.setText("No reminders on this day.")
        else:
            self.empty.setText(EMPTY_TODAY)

    def _minutes(self, seconds: int) -> str:
        return minutes_text(seconds / self.controller.minute.total_seconds())

    def _today(self, summary: DaySummary) -> None:
        counts = [
            f"{n} {'breaks taken' if n > 1 else 'break taken'}" if g == "taken" else f"{n} {g}"
            for g in GROUPS
            if (n := summary.counts[g])
        ]
        self.today_line.setText(" · ".join(counts) if counts else "No reminders yet today.")
        parts = []
        if summary.longest_sitting_s:
            parts.append(
                f"Longest sitting before a reminder: {self._minutes(summary.longest_sitting_s)}"
            )
        average = summary.average_before_break_s
        if average is not None:
            parts.append(f"on average {self._minutes(average)} before a break you took")
        self.sitting_line.setText("; ".join(parts))
        self.sitting_line.setVisible(bool(parts))

    def _load_desk(self, today: date) -> None:
        start, end = day_bounds(today, self.controller.engine.tz)
        try:
            self._bouts = list(self.controller.history.bouts_between(start, end))
        except Exception:  # the reminders part already says the history cannot be read
            self._bouts = []
        self._day = today

    def _show_desk(self) -> None:
        """Time at the desk today: the stretches recorded so far and the one going on now
        (updated with every status change, without reading the history again)."""
        now = self.controller.clock.now()
        bouts = list(self._bouts)
        sitting = self.controller.status.sitting_seconds
        if sitting > 0:
            bouts.append(Bout(now - timedelta(seconds=sitting), now))
        day = sitting_on(self._day, bouts, self.controller.engine.tz)
        if not day.stretches:
            self.desk_line.setText("No sitting measured today yet.")
            return
        stretches = "1 stretch" if day.stretches == 1 else f"{day.stretches} stretches"
        self.desk_line.setText(
            f"At the desk today: {self._minutes(int(day.total_s))} in {stretches}, "
            f"the longest {self._minutes(int(day.longest_s))}"
        )

    def _range_summary(self, summaries: Sequence[DaySummary]) -> None:
        reminders = sum(s.total - s.counts["snoozed"] for s in summaries)
        taken = sum(s.taken for s in summaries)
        if reminders:
            share = round(100 * taken / reminders)
            # reminders and breaks started from the tray alike; a snoozed reminder comes back,
            # so it is counted once, where it ended
            text = f"Breaks taken: {taken} of {reminders} offered ({share}%)."
        else:
            text = "Nothing recorded in these days yet."
        self.range_line.setText(text)

    def _rows(self, records: Sequence[BreakRecord]) -> None:
        self.rows.clear()
        tz = self.controller.engine.tz
        catalog = self.controller.catalog
        for r in reversed(records):  # newest first
            routine = find(catalog, r.routine_id)
            item = QTreeWidgetItem(
                [
                    r.at.astimezone(tz).strftime("%H:%M"),
                    OUTCOME_GROUP[r.outcome],
                    routine.title if routine else r.routine_id,
                    self._minutes(r.sitting_seconds),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, r.at.isoformat())
            self.rows.addTopLevelItem(item)
        self.rows.setVisible(bool(records))
        self.empty.setVisible(not records)
