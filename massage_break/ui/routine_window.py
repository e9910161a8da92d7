"""The routine window: one illustrated, timed step at a time, alone or with a partner."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from massage_break.core.catalog import Catalog, Routine
from massage_break.core.describe import clock_text, length_text, mirrored_text, why_text
from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.partner import (
    RECEIVER,
    Screening,
    decide,
    people,
    receiver_of,
    session_routine,
)
from massage_break.core.routines import Segment, fit, timeline
from massage_break.core.settings import Settings
from massage_break.log import event
from massage_break.ui.countdown_ring import CountdownRing
from massage_break.ui.illustration import IllustrationView
from massage_break.ui.partner_pages import (
    AftercarePage,
    ConsentPage,
    FallbackPage,
    GiverCheckPage,
    OneReceiverPage,
    PressurePage,
    ScreeningPage,
)
from massage_break.ui.texts import STOP_AND_GET_HELP

TICK_MS = 1000
ROLE_TEXT = {"giver": "Giver", "receiver": "Receiver", "both": "Both of you"}
WHO_TEXT = {"A_to_B": "A gives, B receives", "B_to_A": "B gives, A receives"}
CHECK_INS = (
    ("neck", "Neck tight"),
    ("back", "Back sore"),
    ("wrists", "Wrists"),
    ("fine", "Feeling fine"),
)


def _label(text: str = "", size: float = 1.0, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    label.setFont(font)
    return label


def reduced_motion(settings: Settings) -> bool:
    """The user's setting. Qt 6 exposes no platform reduced-motion preference: its UI-effects
    flag is off by default on generic Linux themes, so it cannot stand in for one; the
    environment variable lets a desktop session ask for stills anyway."""
    return settings.reduced_motion or os.environ.get("MASSAGE_BREAK_REDUCED_MOTION") == "1"


class RoutineWindow(QWidget):
    finished = Signal(object, str)  # Outcome, the id of the routine that ran
    checked_in = Signal(str)  # neck / back / wrists / fine
    preference = Signal(str, str)  # exercise id, "favourite" | "unfavourite" | "hide"

    def __init__(
        self,
        show: ShowRoutine,
        catalog: Catalog,
        assets: Path,
        minute_seconds: float,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.request = show
        self.catalog = catalog
        self.assets = assets
        self.settings = settings or Settings()
        self.minute = timedelta(seconds=minute_seconds)
        self.favourites = set(self.settings.favourites)
        self.still = reduced_motion(self.settings)
        self.reported = False
        self._painted = False
        self.partner_active = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("routine-window")
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._build()
        self._shortcuts()
        self.load(catalog.routines[show.routine_id])

    # ---- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.title = _label(size=1.6, bold=True)
        self.why = _label()
        self.why.setObjectName("why")
        self.partner_box = QCheckBox("With a partner")
        self.partner_box.setToolTip(
            "A seated, clothed back rub with consent and a pressure "
            "check first; stretches together are always an option."
        )
        self.partner_box.toggled.connect(self._partner_toggled)
        self.picker = QComboBox()
        self.picker.setAccessibleName("Choose another routine")
        self.picker.addItem("Other routines…", "")
        for tier in self.catalog.tiers.values():
            for rid in (*tier.self_routines, *tier.partner_routines):
                r = self.catalog.routines[rid]
                partner = " · with a partner" if r.requires_partner else ""
                self.picker.addItem(f"{r.title} ({length_text(r.total_seconds)}){partner}", rid)
        self.picker.activated.connect(self._picked)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(16)
        self.why_button = QPushButton("Why this break?")
        self.why_button.setFlat(True)
        self.why_button.clicked.connect(self.show_evidence)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        for control in (self.partner_box, self.picker, self.why_button):
            header.addWidget(control, 0, Qt.AlignmentFlag.AlignTop)

        self.art = IllustrationView()
        self.step_label = _label(size=0.95)
        self.role_label = _label(size=1.05, bold=True)
        self.role_label.setObjectName("role")
        self.step_title = _label(size=1.25, bold=True)
        self.cue = _label(size=1.2)
        self.cue.setMinimumHeight(70)
        self.cue.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.ring = CountdownRing()
        self.next_art = IllustrationView()
        self.next_art.setMinimumSize(64, 64)
        self.next_art.setFixedSize(72, 72)
        self.next_label = _label(size=0.95)
        self.fav_button = QPushButton("☆ Favourite")
        self.fav_button.setCheckable(True)
        self.fav_button.clicked.connect(self._toggle_favourite)
        self.hide_button = QPushButton("Hide this exercise")
        self.hide_button.setToolTip("Future breaks will prefer routines without it")
        self.hide_button.clicked.connect(self._hide_exercise)
        text = QVBoxLayout()
        for w in (self.step_label, self.role_label, self.step_title):
            text.addWidget(w)
        text.addWidget(self.cue, 1)
        ring_row = QHBoxLayout()
        ring_row.addWidget(self.ring)
        ring_row.addStretch(1)
        text.addLayout(ring_row)
        nxt = QHBoxLayout()
        nxt.addWidget(self.next_art)
        nxt.addWidget(self.next_label, 1)
        text.addLayout(nxt)
        prefs = QHBoxLayout()
        prefs.addWidget(self.fav_button)
        prefs.addWidget(self.hide_button)
        prefs.addStretch(1)
        text.addLayout(prefs)
        player = QWidget()
        body = QHBoxLayout(player)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.art, 3)
        body.addSpacing(16)
        body.addLayout(text, 2)
        self.player = player
        self.stack = QStackedWidget()
        self.stack.addWidget(player)

        self.check_in_row = QWidget()
        row = QHBoxLayout(self.check_in_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("How do you feel now?"))
        self.check_in_buttons: dict[str, QPushButton] = {}
        for key, label in CHECK_INS:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, k=key: self._check_in(k))
            self.check_in_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.check_in_row.setVisible(False)

        self.progress = QProgressBar()
        self.btn_back = QPushButton("◀ Back")
        self.btn_pause = QPushButton("Pause")
        self.btn_next = QPushButton("Next ▶")
        self.btn_stop = QPushButton("Stop")
        self.btn_stop.setToolTip("End the routine now")
        self.btn_snooze = QPushButton("&Snooze")
        self.btn_skip = QPushButton("S&kip")
        self.btn_done = QPushButton("&Done")
        self.btn_done.setDefault(True)
        self.btn_snooze.setEnabled(self.request.can_snooze)
        if not self.request.can_snooze:
            self.btn_snooze.setToolTip("No snoozes left for this break")
        self.btn_back.clicked.connect(self.back)
        self.btn_pause.clicked.connect(self.toggle_pause)
        self.btn_next.clicked.connect(self.next)
        self.btn_stop.clicked.connect(lambda: self.finish(Outcome.INTERRUPTED))
        self.btn_snooze.clicked.connect(lambda: self.finish(Outcome.SNOOZED))
        self.btn_skip.clicked.connect(lambda: self.finish(Outcome.SKIPPED))
        self.btn_done.clicked.connect(lambda: self.finish(Outcome.COMPLETED))
        buttons = QHBoxLayout()
        for b in (self.btn_back, self.btn_pause, self.btn_next):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.btn_stop, self.btn_snooze, self.btn_skip, self.btn_done):
            buttons.addWidget(b)
        root = QVBoxLayout(self)
        root.addLayout(header)
        root.addWidget(self.why)
        root.addWidget(self.stack, 1)
        root.addWidget(self.check_in_row)
        root.addWidget(self.progress)
        root.addLayout(buttons)
        self.resize(860, 560)

    def _shortcuts(self) -> None:
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Left, self.back),
            (Qt.Key.Key_Right, self.next),
            (Qt.Key.Key_Escape, self.close),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)

    # ---- loading routines ------------------------------------------------------------------

    def load(self, routine: Routine) -> None:
        """Play `routine` from its first step (trimmed to the longest break)."""
        self.routine = fit(routine, self.catalog, self.settings.max_break_min * 60)
        self.segments: list[Segment] = timeline(self.routine, self.catalog)
        self.total = sum(s.seconds for s in self.segments)
        self.index = 0
        self.remaining = self.segments[0].seconds
        self.paused = False
        self.partner_active = routine.requires_partner
        self.setWindowTitle(f"{routine.title} — massage_break")
        self.title.setText(routine.title)
        self.why.setText(
            why_text(self.request.sitting_seconds, self.routine.total_seconds, self.minute)
        )
        tier = self.catalog.tiers[self.request.tier]
        self.partner_box.blockSignals(True)
        self.partner_box.setChecked(routine.requires_partner)
        self.partner_box.blockSignals(False)
        self.partner_box.setVisible(self.settings.partner_mode and bool(tier.partner_routines))
        self.progress.setRange(0, self.total)
        self.check_in_row.setVisible(False)
        self.stack.setCurrentWidget(self.player)
        self._player_controls(True)
        self._render()
        self._timer.start()
        event("routine_loaded", routine=routine.id, seconds=self.routine.total_seconds)

    def _picked(self, index: int) -> None:
        rid = self.picker.itemData(index)
        self.picker.setCurrentIndex(0)
        if rid:
            self.choose(rid)

    def choose(self, routine_id: str) -> None:
        routine = self.catalog.routines[routine_id]
        if routine.requires_partner:
            self._start_partner_flow(routine)
        else:
            self.load(routine)

    # ---- partner flow ----------------------------------------------------------------------

    def _partner_toggled(self, on: bool) -> None:
        tier = self.catalog.tiers[self.request.tier]
        if on and tier.partner_routines:
            self._start_partner_flow(self.catalog.routines[tier.partner_routines[0]])
        elif not on:
            self._clear_pages()
            self.load(self.catalog.routines[self.request.routine_id])

    def _show_page(self, page: QWidget) -> None:
        self._clear_pages()
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._player_controls(False)

    def _player_controls(self, on: bool) -> None:
        """Step controls only while a routine plays; Stop stays visible throughout."""
        for w in (
            self.progress,
            self.btn_back,
            self.btn_pause,
            self.btn_next,
            self.btn_snooze,
            self.btn_skip,
            self.btn_done,
            self.why,
        ):
            w.setVisible(on)

    def _clear_pages(self) -> None:
        while self.stack.count() > 1:
            page = self.stack.widget(1)
            if page is None:
                break
            self.stack.removeWidget(page)
            page.deleteLater()

    def _start_partner_flow(self, routine: Routine) -> None:
        self._timer.stop()
        self.art.stop()
        self.pending = routine
        self.title.setText(routine.title)
        self.setWindowTitle(f"{routine.title} — massage_break")
        consent = ConsentPage(self.catalog, turns=routine.swap_roles)
        consent.done.connect(
            lambda yes: (
                self._screen(routine, people(routine), []) if yes else self._fallback_now(routine)
            )
        )
        self._show_page(consent)
        event("partner_step", step="consent", routine=routine.id)

    def _screen(self, routine: Routine, left: tuple[str, ...], results: list[bool]) -> None:
        """One private page per person; the results are kept without their labels."""
        if not left:
            self._screened(routine, decide(routine, results))
            return
        page = ScreeningPage(self.catalog, routine, left[0])
        page.done.connect(lambda ok: self._screen(routine, left[1:], [*results, bool(ok)]))
        self._show_page(page)
        event("partner_step", step="screening", routine=routine.id)

    def _screened(self, routine: Routine, decision: Screening) -> None:
        if not decision.partner:
            self._fallback(routine)
        elif decision.one_receiver:
            page = OneReceiverPage(self.catalog)
            page.done.connect(lambda _: self._giver_check(routine, decision))
            self._show_page(page)
            event("partner_step", step="one_receiver", routine=routine.id)
        else:
            self._giver_check(routine, decision)

    def _giver_check(self, routine: Routine, decision: Screening) -> None:
        page = GiverCheckPage(
            self.catalog, both_give=routine.swap_roles and not decision.one_receiver
        )
        page.done.connect(
            lambda sore: self._pressure(session_routine(self.catalog, routine, decision, sore))
        )
        self._show_page(page)
        event("partner_step", step="giver_check", routine=routine.id)

    def _fallback(self, routine: Routine) -> None:
        fallback = self.catalog.routines[routine.fallback]
        page = FallbackPage(self.catalog, fallback)
        page.done.connect(lambda _: self._fallback_now(routine))
        self._show_page(page)
        event("partner_step", step="fallback", routine=routine.id)

    def _fallback_now(self, routine: Routine) -> None:
        self._clear_pages()
        self.load(self.catalog.routines[routine.fallback])

    def _pressure(self, run: Routine) -> None:
        first = next((i.who for i in run.items if i.who not in ("", "both")), "")
        page = PressurePage(self.catalog, receiver_of(first) if run.swap_roles else RECEIVER)
        page.done.connect(lambda value: self._run_partner(run, value))
        self._show_page(page)
        event("partner_step", step="pressure", routine=run.id)

    def _run_partner(self, routine: Routine, pressure: int) -> None:
        self.pressure = pressure
        self._clear_pages()
        self.load(routine)
        event("partner_step", step="started", routine=routine.id, pressure=pressure)

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

    def _frames(self, seg: Segment) -> tuple[list[Path], str]:
        ex = self.catalog.exercises[seg.exercise_id]
        base = self.assets / "illustrations" / ex.illustration.dir
        frames = ex.illustration.frames
        if self.still:  # reduced motion: the end pose, still (content-brief §6.1)
            order = ["b" if "b" in frames else seg.frame]
        else:
            order = [seg.frame, *(f for f in sorted(frames) if f != seg.frame)]
        alt = ex.illustration.alt[order[0]]
        return [base / frames[f] for f in order], mirrored_text(alt) if seg.mirrored else alt

    def _render(self) -> None:
        seg = self.segment
        paths, alt = self._frames(seg)
        self.art.show_frames(
            paths, seg.mirrored, alt, animate=not self.still and not self.paused and not self.at_end
        )
        parts = [f"Step {self.index + 1} of {len(self.segments)}"]
        if seg.side:
            parts.append(f"{seg.side} side")
        if seg.repeat > 1:
            done = seg.seconds - self.remaining
            rep = min(done * seg.repeat // max(seg.seconds, 1) + 1, seg.repeat)
            parts.append(f"{rep} of {seg.repeat}")
        elif seg.reps:
            parts.append(f"{seg.reps} times")
        self.step_label.setText(" · ".join(parts))
        role = ROLE_TEXT.get(seg.role, "")
        if role and seg.who in WHO_TEXT:
            role = f"{role} ({WHO_TEXT[seg.who]})"
        if seg.swap:
            role = "Swap roles now. " + role
        self.role_label.setText(role)
        self.role_label.setVisible(bool(role))
        ex = self.catalog.exercises[seg.exercise_id]
        self.step_title.setText(seg.title)
        self.cue.setText(seg.cue)
        self.ring.set(self.remaining, seg.seconds, self.paused, self.at_end)
        if self.at_end:
            note = self.routine.closing_note or "That's the whole routine. Well done."
            self.cue.setText(note)
            self.next_label.setText("How did it feel? Pick one, or press Done.")
            self.next_art.setVisible(False)
            self.check_in_row.setVisible(True)
            if self.routine.requires_partner and self.stack.count() == 1:
                page = AftercarePage(self.catalog)
                self.stack.addWidget(page)
                self.stack.setCurrentWidget(page)  # controls stay: Done and the check-in
        else:
            self._render_next()
        self._update_progress()
        self.btn_pause.setText("Resume" if self.paused else "Pause")
        self.btn_next.setEnabled(not self.at_end)
        self.fav_button.setChecked(ex.id in self.favourites)
        self.fav_button.setText("★ Favourite" if ex.id in self.favourites else "☆ Favourite")
        self.fav_button.setVisible(ex.kind == "self")
        self.hide_button.setVisible(ex.kind == "self" and not ex.gets_you_moving)

    def _update_progress(self) -> None:
        self.progress.setValue(self.elapsed())
        self.progress.setFormat(f"{clock_text(self.elapsed())} of {clock_text(self.total)}")
        self.btn_back.setEnabled(self.index > 0 or self.remaining < self.segment.seconds)

    def _render_next(self) -> None:
        if self.index + 1 >= len(self.segments):
            self.next_label.setText("Next: finished")
            self.next_art.setVisible(False)
            return
        nxt = self.segments[self.index + 1]
        same = nxt.exercise_id == self.segment.exercise_id
        if same and nxt.side != self.segment.side:
            text = "Next: switch sides"
        elif same:
            text = "Next: " + nxt.cue
        else:
            text = "Next: " + nxt.title
        self.next_label.setText(text)
        paths, alt = self._frames(nxt)
        self.next_art.show_frames(paths[:1], nxt.mirrored, alt)
        self.next_art.setVisible(not same)

    # ---- controls --------------------------------------------------------------------------

    def _tick(self) -> None:
        if self.paused or self.at_end or self.stack.currentWidget() is not self.player:
            return
        self.remaining -= 1
        if self.remaining <= 0 and self.index < len(self.segments) - 1:
            self.index += 1
            self.remaining = self.segment.seconds
            self._render()
        elif self.at_end:
            self._render()
            event("routine_end_reached", routine=self.routine.id)
        elif self.segment.repeat > 1:
            self._render()  # the rep counter moves
        else:  # same step: only the ring and the counters move
            self.ring.set(self.remaining, self.segment.seconds, self.paused)
            self._update_progress()

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

    def _toggle_favourite(self) -> None:
        ex = self.segment.exercise_id
        if ex in self.favourites:
            self.favourites.discard(ex)
            self.preference.emit(ex, "unfavourite")
        else:
            self.favourites.add(ex)
            self.preference.emit(ex, "favourite")
        self._render()

    def _hide_exercise(self) -> None:
        ex = self.segment.exercise_id
        self.preference.emit(ex, "hide")
        self.hide_button.setText("Hidden from future breaks")
        self.hide_button.setEnabled(False)

    def _check_in(self, answer: str) -> None:
        self.checked_in.emit(answer)
        self.finish(Outcome.COMPLETED)

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
        self.art.stop()
        event("routine_finished", routine=self.routine.id, outcome=str(outcome))
        self.finished.emit(outcome, self.routine.id)
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
