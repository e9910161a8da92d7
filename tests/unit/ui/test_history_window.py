"""The history window: today's numbers, the chart of recent days, today's rows, live updates."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from massage_break.core.engine import Engine
from massage_break.core.model import Bout, BreakRecord, Outcome
from massage_break.core.settings import Settings
from massage_break.ui.controller import AppController
from massage_break.ui.history_model import HistoryModel
from massage_break.ui.history_window import HistoryWindow
from massage_break.ui.windows import Windows
from tests.conftest import ASSETS
from tests.fakes import FakeClock, MemoryHistory, fake_controller
from tests.unit.ui.shipped import shipped_catalog

BERLIN = ZoneInfo("Europe/Berlin")
# 15:00 in Berlin on Tuesday 3 March 2026
NOW = datetime(2026, 3, 3, 14, 0, tzinfo=UTC)


def row(hours_ago: float, outcome: Outcome, sitting_min: int = 40) -> BreakRecord:
    at = NOW - timedelta(hours=hours_ago)
    return BreakRecord(at, outcome, sitting_min * 60, "self.standard_break", "T2")


def controller(rows: list[BreakRecord]) -> AppController:
    history = MemoryHistory()
    history.rows.extend(rows)
    return fake_controller(
        Engine(Settings(), shipped_catalog(), tz=BERLIN), clock=FakeClock(NOW), history=history
    )


def open_window(c: AppController, **kw: Any) -> HistoryWindow:
    return HistoryWindow(HistoryModel.of(c), **kw)


def test_today_counts_sitting_and_rows_newest_first(qtbot: QtBot) -> None:
    rows = [
        row(5, Outcome.COMPLETED, 55),  # 10:00 local
        row(3, Outcome.SNOOZED, 45),
        row(2.5, Outcome.COMPLETED, 65),
        row(1, Outcome.SKIPPED, 90),
        row(30, Outcome.DISMISSED),  # yesterday: in the chart, not in today's list
    ]
    w = open_window(controller(rows))
    qtbot.addWidget(w)
    assert w.heading.text() == "Today, Tuesday 3 March"
    assert w.today_line.text() == "2 breaks taken · 1 snoozed · 1 skipped"
    assert "1 h 30 min" in w.sitting_line.text()  # longest before a reminder
    assert "on average 1 h before a break you took" in w.sitting_line.text()  # (55 + 65) / 2
    times = [w.rows.topLevelItem(i).text(0) for i in range(w.rows.topLevelItemCount())]
    assert times == ["14:00", "12:30", "12:00", "10:00"]
    assert w.rows.topLevelItem(0).text(1) == "skipped"
    assert w.rows.topLevelItem(0).text(2) == "Standard desk break"
    assert not w.empty.isVisibleTo(w)
    # 2 taken of 4 ended reminders (the snoozed one is counted where it ended)
    assert w.range_line.text().startswith("Breaks taken: 2 of 4 offered (50%)")


def test_time_at_the_desk_counts_recorded_stretches_and_the_current_one(qtbot: QtBot) -> None:
    c = controller([])
    history = c.history
    assert isinstance(history, MemoryHistory)
    history.bouts.append(Bout(NOW - timedelta(hours=5), NOW - timedelta(hours=4)))
    history.bouts.append(Bout(NOW - timedelta(hours=3), NOW - timedelta(hours=2, minutes=40)))
    history.bouts.append(Bout(NOW - timedelta(days=2), NOW - timedelta(days=2, minutes=-30)))
    for minute in range(0, 26):  # at the desk for the last 25 minutes
        c.clock.t = NOW - timedelta(minutes=25 - minute)  # type: ignore[attr-defined]
        c.probe()
    w = open_window(c)
    qtbot.addWidget(w)
    assert w.desk_line.text() == "At the desk today: 1 h 45 min in 3 stretches, the longest 1 h"
    for _ in range(20):  # five more minutes at the desk: the line follows without a new row
        c.clock.advance(seconds=15)  # type: ignore[attr-defined]
        c.probe()
    assert w.desk_line.text() == "At the desk today: 1 h 50 min in 3 stretches, the longest 1 h"
    c.idle_source.value = timedelta(minutes=6)  # type: ignore[attr-defined]
    c.clock.advance(minutes=6)  # type: ignore[attr-defined]
    c.probe()  # walked away: the stretch is recorded and the window reads it back
    assert len(history.bouts) == 4
    assert w.desk_line.text() == "At the desk today: 1 h 50 min in 3 stretches, the longest 1 h"


def test_a_window_left_open_past_midnight_moves_to_the_new_day(qtbot: QtBot) -> None:
    c = controller([row(1, Outcome.COMPLETED)])
    w = open_window(c)
    qtbot.addWidget(w)
    assert w.rows.topLevelItemCount() == 1
    c.clock.t = NOW + timedelta(hours=10)  # type: ignore[attr-defined]  # 01:00 next day
    c.probe()
    assert w.heading.text() == "Today, Wednesday 4 March"
    assert w.rows.topLevelItemCount() == 0 and w.empty.isVisibleTo(w)


def test_no_sitting_yet_today(qtbot: QtBot) -> None:
    w = open_window(controller([]))
    qtbot.addWidget(w)
    assert w.desk_line.text() == "No sitting measured today yet."


def test_chart_has_a_bar_per_day_and_says_the_numbers(qtbot: QtBot) -> None:
    w = open_window(controller([row(1, Outcome.COMPLETED), row(26, Outcome.DISMISSED)]))
    qtbot.addWidget(w)
    assert len(w.chart.days) == 7 and w.chart.days[-1].taken == 1
    assert w.chart.days[-2].counts["no answer"] == 1
    assert "Tuesday 3 March: 1 taken" in w.chart.accessibleDescription()
    assert "Monday 2 March: 1 no answer" in w.chart.accessibleDescription()
    w.range.setCurrentIndex(2)  # four weeks
    assert len(w.chart.days) == 28
    w.show()
    image = w.chart.grab().toImage()
    assert image.width() > 0  # painting a month of bars does not fail


def test_picking_a_day_in_the_chart_lists_that_day(qtbot: QtBot) -> None:
    rows = [row(1, Outcome.COMPLETED), row(26, Outcome.SKIPPED), row(27, Outcome.SNOOZED)]
    w = open_window(controller(rows))
    qtbot.addWidget(w)
    w.resize(700, 600)
    w.show()
    assert w.list_label.text() == "<b>Today</b>" and w.rows.topLevelItemCount() == 1
    left, slot = w.chart._slot()
    monday = QPoint(int(left + 5.5 * slot), w.chart.height() // 2)  # the sixth of seven bars
    qtbot.mouseClick(w.chart, Qt.MouseButton.LeftButton, pos=monday)
    assert w.list_label.text() == "<b>Monday 2 March</b>"
    assert [w.rows.topLevelItem(i).text(1) for i in range(2)] == ["skipped", "snoozed"]
    assert w.chart.selected == date(2026, 3, 2)
    w.chart.setFocus()
    qtbot.keyClick(w.chart, Qt.Key.Key_Left)  # Sunday: nothing that day
    assert w.list_label.text() == "<b>Sunday 1 March</b>"
    assert w.empty.isVisibleTo(w) and w.empty.text() == "No reminders on this day."
    for _ in range(3):
        qtbot.keyClick(w.chart, Qt.Key.Key_Right)  # stops at today
    assert w.list_label.text() == "<b>Today</b>" and w.rows.topLevelItemCount() == 1
    qtbot.mouseClick(w.chart, Qt.MouseButton.LeftButton, pos=QPoint(2, 50))  # the scale
    assert w.chart.selected == date(2026, 3, 3)  # not a day: nothing changes


def test_export_asks_where_and_reports_the_result(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []

    def export(path: Path) -> int:
        if path.name == "locked.csv":
            raise PermissionError(13, "Permission denied")
        written.append(path)
        return 7

    w = open_window(controller([]), export=export)
    qtbot.addWidget(w)
    assert w.export_button.isVisibleTo(w)
    chosen = [""]  # the user cancels first
    monkeypatch.setattr(
        "massage_break.ui.history_window.QFileDialog.getSaveFileName",
        lambda *a, **k: (chosen[0], ""),
    )
    w.export_button.click()
    assert written == [] and not w.export_result.isVisibleTo(w)
    chosen[0] = str(tmp_path / "h.csv")
    w.export_button.click()
    assert written == [tmp_path / "h.csv"]
    assert w.export_result.text() == f"Saved 7 rows to {tmp_path / 'h.csv'}."
    chosen[0] = str(tmp_path / "locked.csv")
    w.export_button.click()
    assert w.export_result.text() == "Could not export to locked.csv: Permission denied."
    plain = open_window(controller([]))
    qtbot.addWidget(plain)
    assert not plain.export_button.isVisibleTo(plain)


def test_empty_history_says_so(qtbot: QtBot) -> None:
    w = open_window(controller([]))
    qtbot.addWidget(w)
    assert w.today_line.text() == "No reminders yet today."
    assert w.empty.isVisibleTo(w) and not w.rows.isVisibleTo(w)
    assert not w.sitting_line.isVisibleTo(w)
    assert w.range_line.text() == "Nothing recorded in these days yet."


def test_a_new_row_shows_up_while_the_window_is_open(qtbot: QtBot) -> None:
    c = controller([])
    w = open_window(c)
    qtbot.addWidget(w)
    c.take_break_now()
    c.routine_finished(Outcome.COMPLETED)
    assert w.rows.topLevelItemCount() == 1
    assert w.today_line.text() == "1 break taken"
    assert w.range_line.text() == "Breaks taken: 1 of 1 offered (100%)."


def test_unreadable_history_is_reported_in_the_window(qtbot: QtBot) -> None:
    c = controller([])

    def broken(*_: object) -> list[BreakRecord]:
        raise OSError("disk I/O error")

    c.history.between = broken  # type: ignore[method-assign]
    w = open_window(c)
    qtbot.addWidget(w)
    assert "could not be read: disk I/O error" in w.range_line.text()


def test_windows_keep_one_history_window_and_forget_it_when_closed(qtbot: QtBot) -> None:
    c = controller([row(1, Outcome.COMPLETED)])
    windows = Windows(c, Path(ASSETS), 60)
    windows.show_history()
    first = windows.history
    assert first is not None and first.isVisible()
    windows.show_history()
    assert windows.history is first
    first.close()
    qtbot.waitUntil(lambda: windows.history is None)
    c.take_break_now()
    c.routine_finished(Outcome.COMPLETED)  # a row after the window is gone: nothing breaks
    windows.show_history()
    assert windows.history is not None and windows.history is not first
    assert windows.history.rows.topLevelItemCount() == 2
    windows.history.close()


def test_delete_all_asks_first_and_then_empties_the_window(qtbot: QtBot) -> None:
    c = controller([row(1, Outcome.COMPLETED), row(2, Outcome.SKIPPED)])
    history = c.history
    assert isinstance(history, MemoryHistory)

    def delete_all() -> int:
        removed = len(history.rows)
        history.rows.clear()
        return removed

    w = HistoryWindow(HistoryModel.of(c, delete_all))
    qtbot.addWidget(w)
    assert w.delete_button.isVisibleTo(w) and w.rows.topLevelItemCount() == 2
    w.delete_button.click()
    w.confirm.button(w.confirm.StandardButton.No).click()  # "Keep it"
    assert len(history.rows) == 2 and w.rows.topLevelItemCount() == 2
    w.delete_button.click()
    assert w.confirm.defaultButton() is w.confirm.button(w.confirm.StandardButton.No)
    w.confirm.button(w.confirm.StandardButton.Yes).click()
    assert history.rows == [] and w.rows.topLevelItemCount() == 0
    assert w.export_result.text() == "Deleted 2 rows of history."
    assert w.today_line.text() == "No reminders yet today."


def test_a_failed_delete_is_reported_and_nothing_changes(qtbot: QtBot) -> None:
    c = controller([row(1, Outcome.COMPLETED)])

    def locked() -> int:
        raise OSError("database is locked")

    w = HistoryWindow(HistoryModel.of(c, locked))
    qtbot.addWidget(w)
    w.delete_all()
    assert w.export_result.text() == "Could not delete the history: database is locked."
    assert w.rows.topLevelItemCount() == 1
    plain = open_window(controller([]))
    qtbot.addWidget(plain)
    assert not plain.delete_button.isVisibleTo(plain) and plain.model.delete_all() == 0


def test_history_deleted_elsewhere_refreshes_the_window(qtbot: QtBot) -> None:
    c = controller([row(1, Outcome.COMPLETED)])
    w = open_window(c)
    qtbot.addWidget(w)
    history = c.history
    assert isinstance(history, MemoryHistory)
    history.rows.clear()  # `massage-break history --delete-all` in a terminal
    c.history_changed.emit()
    assert w.rows.topLevelItemCount() == 0
