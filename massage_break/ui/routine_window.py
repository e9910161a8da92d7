"""The routine window: one illustrated, timed step at a time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from massage_break.core.catalog import Catalog
from massage_break.core.describe import clock_text, mirrored_text, why_text
from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.routines import Segment, timeline
from massage_break.log import event
from massage_break.ui.illustration import IllustrationView
from massage_break.ui.texts import STOP_AND_GET_HELP

TICK_MS = 1000


def _label(text: str = "", size: float = 1.0, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    label.setFont(font)
    return label


class RoutineWindow(QWidget):
    finished = Signal(object)  # Outcome

    def __init__(
        self, show: ShowRoutine, catalog: Catalog, assets: Path, minute_seconds: float
    ) -> None:
        super().__init__()
        self.request = show
        self.catalog = catalog
        self.assets = assets
        self.routine = catalog.routines[show.routine_id]
        self.segments: list[Segment] = timeline(self.routine, catalog)
        self.total = sum(s.seconds for s in self.segments)
        self.index = 0
        self.remaining = self.segments[0].seconds
        self.paused = False
        self.reported = False
        self._painted = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(f"{self.routine.title} — massage_break")
        self.setObjectName("routine-window")
        self._build(show, minute_seconds)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._shortcuts()
        self._render()
        self._timer.start()

    # ---- construction ----------------------------------------------------------------------

    def _build(self, show: ShowRoutine, minute_seconds: float) -> None:
        from datetime import timedelta

        self.title = _label(self.routine.title, 1.6, bold=True)
        self.why = _label(
            why_text(
                show.sitting_seconds, self.routine.total_seconds, timedelta(seconds=minute_seconds)
            ),
            1.0,
        )
        self.why.setObjectName("why")
        self.why_button = QPushButton("Why this break?")
        self.why_button.setFlat(True)
        self.why_button.clicked.connect(self.show_evidence)
        self.art = IllustrationView()
        self.step_label = _label(size=0.95)
        self.step_title = _label(size=1.25, bold=True)
        self.cue = _label(size=1.2)
        self.cue.setMinimumHeight(70)
        self.cue.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.countdown = _label(size=2.4, bold=True, wrap=False)
        self.countdown.setAccessibleName("Time left in this step")
        self.next_label = _label(size=0.95)
        self.progress = QProgressBar()
        self.progress.setRange(0, self.total)
        self.progress.setTextVisible(True)
        self.btn_back = QPushButton("◀ Back")
        self.btn_pause = QPushButton("Pause")
        self.btn_next = QPushButton("Next ▶")
        self.btn_snooze = QPushButton("&Snooze")
        self.btn_skip = QPushButton("S&kip")
        self.btn_done = QPushButton("&Done")
        self.btn_done.setDefault(True)
        self.btn_snooze.setEnabled(show.can_snooze)
        if not show.can_snooze:
            self.btn_snooze.setToolTip("No snoozes left for this break")
        self.btn_back.clicked.connect(self.back)
        self.btn_pause.clicked.connect(self.toggle_pause)
        self.btn_next.clicked.connect(self.next)
        self.btn_snooze.clicked.connect(lambda: self.finish(Outcome.SNOOZED))
        self.btn_skip.clicked.connect(lambda: self.finish(Outcome.SKIPPED))
        self.btn_done.clicked.connect(lambda: self.finish(Outcome.COMPLETED))

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.step_label)
        text.addWidget(self.step_title)
        text.addWidget(self.cue, 1)
        text.addWidget(self.countdown)
        text.addWidget(self.next_label)
        body = QHBoxLayout()
        body.addWidget(self.art, 3)
        body.addSpacing(16)
        body.addLayout(text, 2)
        steps = QHBoxLayout()
        for b in (self.btn_back, self.btn_pause, self.btn_next):
            steps.addWidget(b)
        steps.addStretch(1)
        for b in (self.btn_snooze, self.btn_skip, self.btn_done):
            steps.addWidget(b)
        root = QVBoxLayout(self)
        root.addLayout(header)
        root.addWidget(self.why)
        root.addLayout(body, 1)
        root.addWidget(self.progress)
        root.addLayout(steps)
        self.resize(780, 520)

    def _shortcuts(self) -> None:
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Left, self.back),
            (Qt.Key.Key_Right, self.next),
            (Qt.Key.Key_Escape, self.close),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)

    # ---- state -----------------------------------------------------------------------------

    @property
    def segment(self) -> Segment:
        return self.segments[self.index]

    @property
    def at_end(self) -> bool:
        return self.index == len(self.segments) - 1 and self.remaining <= 0

    def elapsed(self) -> int:
        before = sum(s.seconds for s in self.segments[: self.index])
        return before + self.segment.seconds - self.remaining

    def _render(self) -> None:
        seg = self.segment
        ex = self.catalog.exercises[seg.exercise_id]
        path = (
            self.assets / "illustrations" / ex.illustration.dir / ex.illustration.frames[seg.frame]
        )
        alt = ex.illustration.alt[seg.frame]
        self.art.show_frame(path, seg.mirrored, mirrored_text(alt) if seg.mirrored else alt)
        side = f" · {seg.side} side" if seg.side else ""
        reps = f" · {seg.reps} times" if seg.reps else ""
        self.step_label.setText(f"Step {self.index + 1} of {len(self.segments)}{side}{reps}")
        self.step_title.setText(seg.title)
        self.cue.setText(seg.cue)
        if self.at_end:
            self.countdown.setText("Done")
            self.cue.setText(self.routine.closing_note or "That's the whole routine. Well done.")
            self.next_label.setText("Press Done to log it.")
        else:
            self.countdown.setText(
                clock_text(self.remaining) + ("  (paused)" if self.paused else "")
            )
            self.next_label.setText(self._next_text())
        self.progress.setValue(self.elapsed())
        self.progress.setFormat(f"{clock_text(self.elapsed())} of {clock_text(self.total)}")
        self.btn_pause.setText("Resume" if self.paused else "Pause")
        self.btn_back.setEnabled(self.index > 0 or self.remaining < seg.seconds)
        self.btn_next.setEnabled(not self.at_end)

    def _next_text(self) -> str:
        if self.index + 1 >= len(self.segments):
            return "Next: finished"
        nxt = self.segments[self.index + 1]
        if nxt.exercise_id == self.segment.exercise_id and nxt.side != self.segment.side:
            return "Next: switch sides"
        if nxt.exercise_id == self.segment.exercise_id:
            return "Next: " + nxt.cue
        return "Next: " + nxt.title

    # ---- controls --------------------------------------------------------------------------

    def _tick(self) -> None:
        if self.paused or self.at_end:
            return
        self.remaining -= 1
        if self.remaining <= 0 and self.index < len(self.segments) - 1:
            self.index += 1
            self.remaining = self.segment.seconds
        self._render()
        if self.at_end:
            event("routine_end_reached", routine=self.routine.id)

    def next(self) -> None:
        if self.index < len(self.segments) - 1:
            self.index += 1
            self.remaining = self.segment.seconds
        else:
            self.remaining = 0
        self._render()

    def back(self) -> None:
        if self.remaining < self.segment.seconds:
            self.remaining = self.segment.seconds  # first press: restart this step
        elif self.index > 0:
            self.index -= 1
            self.remaining = self.segment.seconds
        self._render()

    def toggle_pause(self) -> None:
        self.paused = not self.paused
        self._render()

    def show_evidence(self) -> None:
        tier = self.catalog.tiers[self.request.tier]
        evidence = self.catalog.evidence.get(tier.id)
        parts = [f"<p>{evidence.text}</p>" if evidence else ""]
        if tier.note:
            parts.append(f"<p>{tier.note}</p>")
        refs = [
            self.catalog.sources[s]
            for s in (evidence.sources if evidence else ())
            if s in self.catalog.sources
        ]
        if refs:
            parts.append(
                "<p><b>Sources</b></p><ul>"
                + "".join(
                    f"<li>{r.title}. {r.publisher}{f', {r.year}' if r.year else ''}.</li>"
                    for r in refs
                )
                + "</ul>"
            )
        parts.append(STOP_AND_GET_HELP)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Why this break?",
            "".join(parts),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()

    def finish(self, outcome: Outcome) -> None:
        if self.reported:
            return
        self.reported = True
        self._timer.stop()
        event("routine_finished", routine=self.routine.id, outcome=str(outcome))
        self.finished.emit(outcome)
        self.close()

    def paintEvent(self, event_: QPaintEvent) -> None:
        super().paintEvent(event_)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._report_painted)

    def _report_painted(self) -> None:
        done = self.btn_done.mapToGlobal(self.btn_done.rect().center())
        event("routine_painted", routine=self.routine.id, done=[done.x(), done.y()])

    def closeEvent(self, event_: QCloseEvent) -> None:
        if not self.reported:
            self.finish(Outcome.COMPLETED if self.at_end else Outcome.INTERRUPTED)
        self._timer.stop()
        super().closeEvent(event_)
