"""The history window: today at a glance, a chart of recent days, and today's reminders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

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
from massage_break.ui.i18n import N_, content, tr
from massage_break.ui.wording import day_text, group_count_text, group_text, minutes_text, time_text

if TYPE_CHECKING:
    from massage_break.ui.history_model import HistoryModel

RANGES = (
    (N_("history", "Last 7 days"), 7),
    (N_("history", "Last 14 days"), 14),
    (N_("history", "Last 4 weeks"), 28),
)
EMPTY_TODAY = N_(
    "history",
    "No reminders yet today. The first one comes after a stretch of sitting; "
    "you can also start one now with “Take a break now”.",
)
COLUMNS = (
    N_("history", "Time"),
    N_("history", "How it ended"),
    N_("history", "Routine"),
    N_("history", "After sitting"),
)


class HistoryWindow(QWidget):
    def __init__(
        self,
        model: HistoryModel,
        parent: QWidget | None = None,
        export: Callable[[Path], int] | None = None,
    ) -> None:
        """`export(path)` writes the whole history as CSV and returns the row count."""
        super().__init__(parent)
        self.model = model
        self._export = export
        self._bouts: list[Bout] = []
        self._day = date.min
        self.setObjectName("history-window")
        self.setWindowTitle(tr("history", "Your breaks – Massage Break"))
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
        self.range.setAccessibleName(tr("history", "Days shown in the chart"))
        for label, days in RANGES:
            self.range.addItem(tr("history", label), days)
        self.range.currentIndexChanged.connect(self.refresh)
        self.chart = HistoryChart()
        self.chart.picked.connect(self._pick)
        self.list_label = QLabel(f"<b>{tr('history', 'Today')}</b>")
        self.list_label.setObjectName("history-list-label")
        self.selected: date | None = None  # the day listed below the chart; None: today
        self._records: list[BreakRecord] = []
        self.range_line = QLabel()
        self.range_line.setObjectName("history-range-summary")
        self.rows = QTreeWidget()
        self.rows.setObjectName("history-rows")
        self.rows.setAccessibleName(tr("history", "Today's reminders"))
        self.rows.setHeaderLabels([tr("history", w) for w in COLUMNS])
        self.rows.setRootIsDecorated(False)
        self.rows.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rows.header().setStretchLastSection(True)
        self.empty = QLabel(EMPTY_TODAY)
        self.empty.setObjectName("history-empty")
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.export_button = buttons.addButton(
            tr("history", "Export as CSV…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("history-export")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(export is not None)
        self.delete_button = buttons.addButton(
            tr("history", "Delete all history…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.delete_button.setObjectName("history-delete")
        self.delete_button.clicked.connect(self.ask_delete_all)
        self.delete_button.setVisible(model.can_delete)
        self.export_result = QLabel()
        self.export_result.setObjectName("history-export-result")
        self.export_result.setWordWrap(True)
        self.export_result.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("history", "<b>Recent days</b> · pick a day to list it")))
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
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        model.changed.connect(self.refresh)
        model.status_changed.connect(self._status)
        self.refresh()

    def ask_delete_all(self) -> None:
        """Ask first (No is the default), then delete every reminder and stretch."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("history", "Delete all history?"),
            tr(
                "history",
                "This deletes every reminder and stretch of sitting that Massage Break has "
                "recorded. It cannot be undone. Export first if you want a copy.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirm-delete-history")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("history", "Delete all history"))
        box.button(QMessageBox.StandardButton.No).setText(tr("history", "Keep it"))
        box.accepted.connect(self.delete_all)
        box.finished.connect(box.deleteLater)
        box.setModal(True)
        box.show()
        self.confirm = box

    def delete_all(self) -> None:
        try:
            removed = self.model.delete_all()
        except Exception as exc:  # a locked or broken file: say so, keep the rows shown
            text = tr("history", "Could not delete the history: %1.", exc)
        else:
            text = tr("history", "Deleted %n rows of history.", n=removed)
        self.export_result.setText(text)
        self.export_result.setVisible(True)

    def export(self) -> None:
        """Ask where, then write every reminder and stretch of sitting as CSV."""
        if self._export is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("history", "Export your history"),
            str(Path.home() / "massage-break-history.csv"),
            tr("history", "CSV files (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        try:
            count = self._export(path)
        except OSError as exc:
            text = tr("history", "Could not export to %1: %2.", path.name, exc.strerror or exc)
        else:
            text = tr("history", "Saved %n rows to %1.", path, n=count)
        self.export_result.setText(text)
        self.export_result.setVisible(True)

    def _status(self, *_: object) -> None:
        now = self.model.now()
        if now.astimezone(self.model.tz).date() != self._day:
            self.refresh()  # left open past midnight: a new day
            return
        self.now_line.setText(self.model.status_line())
        self._show_desk()

    def _load(self, days: Sequence[date]) -> tuple[list[BreakRecord], str]:
        """The rows of these days, or none and why."""
        tz = self.model.tz
        start, _ = day_bounds(days[0], tz)
        _, end = day_bounds(days[-1], tz)
        try:
            return list(self.model.records(start, end)), ""
        except Exception as exc:  # a history file that went away: say so, show nothing
            return [], tr("history", "The history could not be read: %1", exc)

    def refresh(self, *_: object) -> None:
        tz = self.model.tz
        now = self.model.now()
        today = now.astimezone(tz).date()
        days = last_days(today, int(self.range.currentData()))
        records, problem = self._load(days)
        self._records = records
        if self.selected not in days:
            self.selected = None
        summaries = summarise(records, days, tz)
        self.heading.setText(tr("history", "Today, %1", day_text(today)))
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
        name = tr("history", "Today") if day == today else day_text(day)
        self.list_label.setText(f"<b>{name}</b>")
        self.rows.setAccessibleName(tr("history", "Reminders: %1", name))
        tz = self.model.tz
        self._rows([r for r in self._records if local_day(r, tz) == day])
        if day != today:
            self.empty.setText(tr("history", "No reminders on this day."))
        else:
            self.empty.setText(tr("history", EMPTY_TODAY))

    def _minutes(self, seconds: int) -> str:
        return minutes_text(seconds / self.model.minute.total_seconds())

    def _today(self, summary: DaySummary) -> None:
        counts = [group_count_text(g, n) for g in GROUPS if (n := summary.counts[g])]
        self.today_line.setText(
            tr("history", " · ").join(counts)
            if counts
            else tr("history", "No reminders yet today.")
        )
        parts = []
        if summary.longest_sitting_s:
            parts.append(
                tr(
                    "history",
                    "Longest sitting before a reminder: %1",
                    self._minutes(summary.longest_sitting_s),
                )
            )
        average = summary.average_before_break_s
        if average is not None:
            parts.append(
                tr("history", "on average %1 before a break you took", self._minutes(average))
            )
        self.sitting_line.setText(tr("history", "; ").join(parts))
        self.sitting_line.setVisible(bool(parts))

    def _load_desk(self, today: date) -> None:
        start, end = day_bounds(today, self.model.tz)
        try:
            self._bouts = list(self.model.bouts(start, end))
        except Exception:  # the reminders part already says the history cannot be read
            self._bouts = []
        self._day = today

    def _show_desk(self) -> None:
        """Time at the desk today: the stretches recorded so far and the one going on now
        (updated with every status change, without reading the history again)."""
        now = self.model.now()
        bouts = list(self._bouts)
        sitting = self.model.sitting_seconds()
        if sitting > 0:
            bouts.append(Bout(now - timedelta(seconds=sitting), now))
        day = sitting_on(self._day, bouts, self.model.tz)
        if not day.stretches:
            self.desk_line.setText(tr("history", "No sitting measured today yet."))
            return
        stretches = (
            tr("history", "%n stretch", n=1)
            if day.stretches == 1
            else tr("history", "%n stretches", n=day.stretches)
        )
        self.desk_line.setText(
            tr(
                "history",
                "At the desk today: %1 in %2, the longest %3",
                self._minutes(int(day.total_s)),
                stretches,
                self._minutes(int(day.longest_s)),
            )
        )

    def _range_summary(self, summaries: Sequence[DaySummary]) -> None:
        reminders = sum(s.total - s.counts["snoozed"] for s in summaries)
        taken = sum(s.taken for s in summaries)
        if reminders:
            share = round(100 * taken / reminders)
            # reminders and breaks started from the tray alike; a snoozed reminder comes back,
            # so it is counted once, where it ended
            text = tr("history", "Breaks taken: %1 of %2 offered (%3%).", taken, reminders, share)
        else:
            text = tr("history", "Nothing recorded in these days yet.")
        self.range_line.setText(text)

    def _rows(self, records: Sequence[BreakRecord]) -> None:
        self.rows.clear()
        tz = self.model.tz
        for r in reversed(records):  # newest first
            item = QTreeWidgetItem(
                [
                    time_text(r.at.astimezone(tz)),
                    group_text(OUTCOME_GROUP[r.outcome]),
                    content(title) if (title := self.model.title(r.routine_id)) else r.routine_id,
                    self._minutes(r.sitting_seconds),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, r.at.isoformat())
            self.rows.addTopLevelItem(item)
        self.rows.setVisible(bool(records))
        self.empty.setVisible(not records)
