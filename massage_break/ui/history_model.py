"""What the history window reads: the rows, the time and zone, the live status line, and the
one thing it may change (delete everything). Narrow on purpose: the window never reaches the
controller, the engine or the store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, Signal

from massage_break.core.composer import find
from massage_break.core.model import Bout, BreakRecord
from massage_break.ui.controller import AppController


class HistoryModel(QObject):
    changed = Signal()  # rows were added or deleted: read them again
    status_changed = Signal()  # the live line (sitting now) changed

    def __init__(
        self,
        *,
        records: Callable[[datetime, datetime], Sequence[BreakRecord]],
        bouts: Callable[[datetime, datetime], Sequence[Bout]],
        titles: Callable[[str], str | None],
        now: Callable[[], datetime],
        tz: tzinfo,
        minute: timedelta,
        sitting_seconds: Callable[[], int],
        status_line: Callable[[], str],
        delete_all: Callable[[], int] | None = None,
    ) -> None:
        super().__init__()
        self.records = records
        self.bouts = bouts
        self.title = titles
        self.now = now
        self.tz = tz
        self.minute = minute
        self.sitting_seconds = sitting_seconds
        self.status_line = status_line
        self._delete_all = delete_all

    @property
    def can_delete(self) -> bool:
        return self._delete_all is not None

    def delete_all(self) -> int:
        """Delete every row; the number removed. Raises what the store raises."""
        if self._delete_all is None:
            return 0
        removed = self._delete_all()
        self.changed.emit()
        return removed

    @classmethod
    def of(
        cls, controller: AppController, delete_all: Callable[[], int] | None = None
    ) -> HistoryModel:
        """The read model of a running app."""
        history = controller.history
        catalog = controller.catalog

        def title(routine_id: str) -> str | None:
            routine = find(catalog, routine_id)  # named or composed ("mix:...")
            return routine.title if routine else None

        model = cls(
            records=history.between,
            bouts=history.bouts_between,
            titles=title,
            now=controller.clock.now,
            tz=controller.engine.tz,
            minute=controller.minute,
            sitting_seconds=lambda: controller.status.sitting_seconds,
            status_line=lambda: controller.tooltip().split("\n")[0],
            delete_all=delete_all,
        )
        controller.recorded.connect(model.changed)
        controller.history_changed.connect(model.changed)
        controller.status_changed.connect(model.status_changed)
        return model
