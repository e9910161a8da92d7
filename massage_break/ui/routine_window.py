"""The routine window: draws the player's view of a break, one screen per exercise.

The timing lives in core (`Player`); this widget reads the player's `View` once a second and
repaints only what changed. Partner pages (consent, screening, pressure, swap, aftercare)
are gates: the player waits on them until the page reports it is done.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from massage_break.core.buddy import SharedLink
from massage_break.core.buddy_break import Step
from massage_break.core.catalog import Catalog, Exercise, Routine
from massage_break.core.clock import monotonic_seconds
from massage_break.core.composer import Composer, Preferences, routine_for
from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.partner import decide, gentle_version, rate
from massage_break.core.player import Player, Screen, View, build_screens
from massage_break.core.routines import fit, one_receiver
from massage_break.core.settings import Settings
from massage_break.log import event
from massage_break.ui import partner_pages
from massage_break.ui.countdown_ring import CountdownRing
from massage_break.ui.i18n import N_, content, content_sided, tr
from massage_break.ui.illustration import IllustrationView
from massage_break.ui.page_report import report_when_settled
from massage_break.ui.safety_words import stop_if_text
from massage_break.ui.shared_break import SharedBreak
from massage_break.ui.texts import STOP_AND_GET_HELP
from massage_break.ui.wording import clock_text, length_text, mirrored_text, why_text

TICK_MS = 1000  # the countdown moves once a second; nothing else needs a faster clock
FLASH_MS = 4000  # how long the "time's up" cue stays after an eyes-closed or away step
ROLE_TEXT = {
    "giver": N_("routine", "Giver"),
    "receiver": N_("routine", "Receiver"),
    "both": N_("routine", "Both of you"),
}
CHECK_INS = (
    ("neck", N_("routine", "Neck tight")),
    ("back", N_("routine", "Back sore")),
    ("wrists", N_("routine", "Wrists")),
    ("fine", N_("routine", "Feeling fine")),
)
SIDE_WORDS = {"right": N_("routine", "right side"), "left": N_("routine", "left side")}
CURRENT_CUE = "border-left: 4px solid palette(highlight); padding-left: 6px;"
OTHER_CUE = "color: palette(mid); border-left: 4px solid transparent; padding-left: 6px;"


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


def people_text(screen: Screen) -> str:
    """ "Giver (B gives, A receives)" for a partner step; "" for a step done alone."""
    role = tr("routine", ROLE_TEXT[screen.role]) if screen.role in ROLE_TEXT else ""
    if role and screen.giver in ("A", "B"):
        role = tr("routine", "%1 (%2 gives, %3 receives)", role, screen.giver, screen.receiver)
    return role


class HealthPage(QWidget):
    """ "Is this OK for you?": the exercise's health questions, asked the first time."""

    answered = Signal(bool)

    def __init__(self, catalog: Catalog, exercise: Exercise) -> None:
        super().__init__()
        self.setObjectName("health-page")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                tr("routine", "%1: is this OK for you?", content(exercise.title)), 1.3, bold=True
            )
        )
        layout.addWidget(_label(tr("routine", "Choose “Not for me” if any of these is a yes:")))
        questions = "".join(
            f"<li>{content(catalog.contraindications[c])}</li>" for c in exercise.contraindications
        )
        layout.addWidget(_label(f"<ul>{questions}</ul>"))
        layout.addWidget(
            _label(tr("routine", "Your answer is kept, so this page shows once for each exercise."))
        )
        layout.addStretch(1)
        row = QHBoxLayout()
        self.no = QPushButton(tr("routine", "Not for me"))
        self.ok = QPushButton(tr("routine", "OK for me"))
        self.no.clicked.connect(lambda: self.answered.emit(False))
        self.ok.clicked.connect(lambda: self.answered.emit(True))
        row.addStretch(1)
        row.addWidget(self.no)
        row.addWidget(self.ok)
        layout.addLayout(row)


class RoutineWindow(QWidget):
    # Outcome, the id of the routine that ran, and the firmest pressure a receiver chose
    # (None without a partner pressure check)
    finished = Signal(object, str, object)
    checked_in = Signal(str)  # neck / back / wrists / fine
    preference = Signal(str, str)  # exercise id, "favourite" | "unfavourite" | "hide" | "clear"

    def __init__(
        self,
        show: ShowRoutine,
        catalog: Catalog,
        assets: Path,
        minute_seconds: float,
        settings: Settings | None = None,
        chime: Callable[[], object] | None = None,
        clock: Callable[[], float] = monotonic_seconds,
        link: SharedLink | None = None,
    ) -> None:
        super().__init__()
        self.request = show
        self.catalog = catalog
        self.assets = assets
        self.settings = settings or Settings()
        self.minute = timedelta(seconds=minute_seconds)
        self.chime = chime
        self.clock = clock
        self.composer = Composer(catalog, random.Random())
        self.favourites = set(self.settings.favourites)
        self.hidden = set(self.settings.hidden)
        self.cleared = set(self.settings.cleared)
        self.still = reduced_motion(self.settings)
        self.reported = False
        self._painted = False
        self.partner_active = False
        self.may_receive: dict[str, bool] = {}
        self.pressure: dict[str, int] = {}
        self._shown: tuple[int, bool] | None = None  # (screen index, finished) last drawn
        self._cue = -1
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("routine-window")
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._build()
        self._shortcuts()
        self.shared = SharedBreak(self, link) if link is not None else None
        self.load(routine_for(catalog, show.routine_id))
        if self.shared is not None:
            self.shared.begin()

    # ---- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.title = _label(size=1.6, bold=True)
        self.why = _label()
        self.why.setObjectName("why")
        self.partner_box = QCheckBox(tr("routine", "With a partner"))
        self.partner_box.setToolTip(
            tr(
                "routine",
                "A seated, clothed back rub with consent and a pressure "
                "check first; stretches together are always an option.",
            )
        )
        self.partner_box.toggled.connect(self._partner_toggled)
        self.picker = QComboBox()
        self.picker.setAccessibleName(tr("routine", "Choose another routine"))
        self.picker.addItem(tr("routine", "Other routines…"), "")
        for tier in self.catalog.tiers.values():
            for rid in (*tier.self_routines, *tier.partner_routines):
                r = self.catalog.routines[rid]
                if r.requires_partner and not self.settings.partner_mode:
                    continue
                shown = tr("routine", "%1 (%2)", content(r.title), length_text(r.total_seconds))
                if r.requires_partner:
                    shown = tr("routine", "%1 · with a partner", shown)
                self.picker.addItem(shown, rid)
        self.picker.activated.connect(self._picked)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(16)
        self.why_button = QPushButton(tr("routine", "Why this break?"))
        self.why_button.setFlat(True)
        self.why_button.clicked.connect(self.show_evidence)
        self.buddy_role = _label(size=1.6, bold=True)  # "You give" on a shared break
        self.buddy_role.setObjectName("buddy-role")
        self.buddy_role.setVisible(False)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.buddy_role)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        for control in (self.partner_box, self.picker, self.why_button):
            header.addWidget(control, 0, Qt.AlignmentFlag.AlignTop)

        self.art = IllustrationView()
        self.step_label = _label(size=0.95)
        self.step_label.setObjectName("step")
        self.role_label = _label(size=1.05, bold=True)
        self.role_label.setObjectName("role")
        self.step_title = _label(size=1.35, bold=True)
        self.cue_labels = [_label(size=1.1) for _ in range(4)]
        self.rep_label = _label(size=1.2, bold=True)
        self.rep_label.setObjectName("reps")
        self.ask_label = _label(tr("routine", "Ask: what number?"), size=1.1, bold=True)
        self.ask_label.setObjectName("ask")
        self.pressure_label = _label(size=0.95)
        self.careful = _label(size=0.95)
        self.careful.setObjectName("careful")
        self.flash = _label(size=1.1, bold=True)
        self.flash.setObjectName("flash")
        self.flash.setStyleSheet(
            "background: palette(highlight); color: palette(highlighted-text); padding: 6px;"
        )
        self.flash.setVisible(False)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self.flash.setVisible(False))
        self.ring = CountdownRing()
        self.next_art = IllustrationView()
        self.next_art.setMinimumSize(64, 64)
        self.next_art.setFixedSize(72, 72)
        self.next_label = _label(size=0.95)
        self.fav_button = QPushButton(tr("routine", "☆ Favourite"))
        self.fav_button.setAccessibleName(tr("routine", "Favourite"))
        self.fav_button.setCheckable(True)
        self.fav_button.clicked.connect(self._toggle_favourite)
        self.hide_button = QPushButton(tr("routine", "Hide this exercise"))
        self.hide_button.setToolTip(tr("routine", "It will not come up in your breaks again"))
        self.hide_button.clicked.connect(self._hide_exercise)
        text = QVBoxLayout()
        text.addWidget(self.flash)
        for w in (self.step_label, self.role_label, self.step_title):
            text.addWidget(w)
        for cue in self.cue_labels:
            cue.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            text.addWidget(cue)
        ring_row = QHBoxLayout()
        ring_row.addWidget(self.ring)
        counters = QVBoxLayout()
        counters.addWidget(self.rep_label)
        counters.addWidget(self.ask_label)
        counters.addWidget(self.pressure_label)
        counters.addStretch(1)
        ring_row.addLayout(counters, 1)
        text.addLayout(ring_row)
        text.addWidget(self.careful)
        text.addStretch(1)
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
        # long partner steps (cues, a pressure line, cautions) can outgrow a small window:
        # the words scroll instead of sliding under the timer
        words = QWidget()
        words.setLayout(text)
        words_scroll = QScrollArea()
        words_scroll.setObjectName("step-words")
        words_scroll.setAccessibleName(tr("routine", "Step instructions"))
        words_scroll.setWidget(words)
        words_scroll.setWidgetResizable(True)
        words_scroll.setFrameShape(QFrame.Shape.NoFrame)
        words_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(words_scroll, 2)
        self.player_page = player
        self.stack = QStackedWidget()
        self.stack.addWidget(player)

        self.check_in_row = QWidget()
        row = QHBoxLayout(self.check_in_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("routine", "How do you feel now?")))
        self.check_in_buttons: dict[str, QPushButton] = {}
        for key, label in CHECK_INS:
            button = QPushButton(tr("routine", label))
            button.clicked.connect(lambda _=False, k=key: self._check_in(k))
            self.check_in_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.check_in_row.setVisible(False)

        self.progress = QProgressBar()
        self.btn_back = QPushButton(tr("routine", "◀ Back"))
        self.btn_back.setAccessibleName(tr("routine", "Previous step"))
        self.btn_pause = QPushButton(tr("routine", "Pause"))
        self.btn_next = QPushButton(tr("routine", "Next ▶"))
        self.btn_next.setAccessibleName(tr("routine", "Next step"))
        self.btn_stop = QPushButton(tr("routine", "Stop"))
        self.btn_stop.setToolTip(tr("routine", "End the routine now"))
        self.btn_snooze = QPushButton(tr("routine", "&Snooze"))
        self.btn_skip = QPushButton(tr("routine", "S&kip"))
        self.btn_done = QPushButton(tr("routine", "&Done"))
        self.btn_done.setDefault(True)
        self.btn_snooze.setEnabled(self.request.can_snooze)
        if not self.request.can_snooze:
            self.btn_snooze.setToolTip(tr("routine", "No snoozes left for this break"))
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
        # roomy enough for a partner step's words beside its picture, within the screen
        room = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1040, room.width() * 9 // 10), min(720, room.height() * 9 // 10))

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

    def _playable(self, routine: Routine) -> Routine:
        """The routine without hidden exercises, within the longest break allowed."""
        items = tuple(
            i
            for i in routine.items
            if i.exercise not in self.hidden or self.catalog.exercises[i.exercise].gets_you_moving
        )
        routine = replace(routine, items=items, total_seconds=sum(i.seconds for i in items))
        return fit(routine, self.catalog, self.settings.max_break_min * 60)

    def load(self, routine: Routine) -> None:
        """Play `routine` from its first screen (as it is when both screens play it)."""
        playable = self._playable(routine) if self._alone else routine
        if not playable.items:  # everything in it is hidden: the tier's own routine instead
            named = self.catalog.tiers[self.request.tier].self_routines[0]
            playable = fit(self.catalog.routines[named], self.catalog, 24 * 3600)
        self.routine = playable
        self.screens = build_screens(playable, self.catalog)
        self.player = Player(self.screens, started=self.clock())
        self.total = sum(s.seconds for s in self.screens)
        self.partner_active = playable.requires_partner
        self.may_receive, self.pressure = {}, {}
        self.setWindowTitle(tr("routine", "%1 — Massage Break", content(playable.title)))
        self.title.setText(content(playable.title))
        self.why.setText(
            why_text(self.request.sitting_seconds, playable.total_seconds, self.minute)
        )
        tier = self.catalog.tiers[self.request.tier]
        self.partner_box.blockSignals(True)
        self.partner_box.setChecked(playable.requires_partner)
        self.partner_box.blockSignals(False)
        alone = not (self.shared and self.shared.linked)  # a shared break keeps its routine
        self.partner_box.setVisible(
            alone and self.settings.partner_mode and bool(tier.partner_routines)
        )
        self.picker.setVisible(alone)
        self.progress.setRange(0, max(self.total, 1))
        self._shown = None
        self._render()
        self._timer.start()
        event("routine_loaded", routine=playable.id, seconds=playable.total_seconds)

    def _picked(self, index: int) -> None:
        rid = self.picker.itemData(index)
        self.picker.setCurrentIndex(0)
        if rid:
            self.choose(rid)

    def choose(self, routine_id: str) -> None:
        self.load(routine_for(self.catalog, routine_id))

    def _partner_toggled(self, on: bool) -> None:
        tier = self.catalog.tiers[self.request.tier]
        if on and tier.partner_routines:
            prefs = Preferences(frozenset(self.favourites), frozenset(self.hidden))
            self.load(self.composer.compose(tier.id, (), prefs, partner=True))
        else:
            self.load(routine_for(self.catalog, self.request.routine_id))

    # ---- the player ------------------------------------------------------------------------

    @property
    def current(self) -> Screen:
        return self.player.screen

    @property
    def at_end(self) -> bool:
        return self.player.finished

    def view(self) -> View:
        return self.player.view(self.clock())

    def elapsed(self) -> int:
        before = sum(s.seconds for s in self.screens[: self.player.index])
        return int(before + self.view().elapsed)

    def _tick(self) -> None:
        was = self.current
        changed = self.player.tick(self.clock())
        if changed:
            if was.ends_with_sound:
                self._time_up(was)
            if self.at_end:
                event("routine_end_reached", routine=self.routine.id)
        self._render()
        if self.shared is not None:
            self.shared.ticked(changed)

    def _time_up(self, screen: Screen) -> None:
        """A step done with eyes closed or away from the screen ends: sound and sight."""
        if self.chime is not None:
            self.chime()
        self.flash.setText(
            tr("routine", "Time's up: %1 is done. Come back to the screen.", content(screen.title))
        )
        self.flash.setVisible(True)
        self._flash_timer.start()

    def _render(self) -> None:
        """Draw what changed: the whole screen when it changed, else the moving parts."""
        view = self.view()
        key = (view.index, view.finished)
        if key != self._shown:
            self._shown = key
            self._cue = -1
            self._render_screen(view)
        if view.screen.timed and not view.finished:
            self._render_moving(view)

    def _render_screen(self, view: View) -> None:
        screen = view.screen
        if view.finished:
            self._render_end()
            return
        self.check_in_row.setVisible(False)
        if not screen.timed:
            self._open_gate(screen)
            return
        exercise = self.catalog.exercises[screen.exercise_id]
        event(
            "screen_shown",
            index=view.index,
            kind=screen.kind,
            exercise=screen.exercise_id,
            number=view.number,
            of=view.exercises,
            seconds=screen.seconds,
            asks=self._needs_questions(exercise),
            role=self.shared.role(screen) if self.shared else "",
        )
        if self._needs_questions(exercise):
            self._ask_health(exercise)
            return
        self._clear_pages()
        self.stack.setCurrentWidget(self.player_page)
        self._player_controls(True)
        paths, alt = self._frames(screen)
        self.art.show_frames(paths, screen.mirrored, alt, animate=not self.still)
        self.step_title.setText(content(screen.title))
        mine = self.shared.role_text(screen) if self.shared else ""
        role = "" if mine else people_text(screen)  # "You give" says it for this screen
        self.role_label.setText(role)
        self.role_label.setVisible(bool(role))
        self.buddy_role.setText(mine)
        self.buddy_role.setVisible(bool(mine))
        mixed = len({c.role for c in screen.cues}) > 1  # say who does what when it varies
        cues = (*screen.cues, None, None, None, None)
        for label, cue in zip(self.cue_labels, cues, strict=False):
            label.setVisible(cue is not None)
            if cue is not None:
                text = content_sided(cue.text, screen.side or "")
                if cue.role in ROLE_TEXT and mixed:
                    text = tr("routine", "%1: %2", tr("routine", ROLE_TEXT[cue.role]), text)
                label.setText(text)
        low, high = screen.pressure_target
        chosen = self.shared.pressure_note(screen) if self.shared else ""
        if not high:
            target = ""
        elif low == high:
            target = tr("routine", "Pressure: %1 out of 10", high)
        else:
            target = tr("routine", "Pressure: %1–%2 out of 10", low, high)
        self.pressure_label.setText(target)
        if chosen:
            self.pressure_label.setText(
                tr("routine", "%1 · %2", chosen, self.pressure_label.text())
            )
        self.pressure_label.setVisible(bool(high or chosen))
        notes = (*(content(n) for n in screen.safety_notes), stop_if_text(screen.stop_if))
        careful = tr("routine", " ").join(n for n in notes if n)
        self.careful.setText(tr("routine", "Careful: %1", careful) if careful else "")
        self._render_next(view)
        self.fav_button.setChecked(exercise.id in self.favourites)
        self._fav_text(exercise.id in self.favourites)
        self.fav_button.setVisible(exercise.kind == "self")
        self.hide_button.setVisible(exercise.kind == "self" and not exercise.gets_you_moving)
        self.hide_button.setEnabled(True)
        self.hide_button.setText(tr("routine", "Hide this exercise"))
        walk = screen.kind == "walk"
        self.btn_next.setText(
            tr("routine", "Back already? Continue") if walk else tr("routine", "Next ▶")
        )
        self.btn_next.setAccessibleName("" if walk else tr("routine", "Next step"))
        self.btn_next.setEnabled(True)

    def _render_moving(self, view: View) -> None:
        """The countdown, the rep counter, the current cue: once a second at most."""
        screen = view.screen
        remaining = round(view.remaining)
        self.ring.set(remaining, screen.seconds, view.paused)
        parts = []
        if view.number:
            parts.append(tr("routine", "Exercise %1 of %2", view.number, view.exercises))
        if screen.side:
            parts.append(tr("routine", SIDE_WORDS.get(screen.side, screen.side)))
        self.step_label.setText(tr("routine", " · ").join(parts))
        self.rep_label.setText(
            tr("routine", "Rep %1 of %2", view.rep, view.reps) if view.reps else ""
        )
        self.rep_label.setVisible(bool(view.reps))
        self.ask_label.setVisible(view.ask_number)
        if view.cue != self._cue:
            self._cue = view.cue
            for i, label in enumerate(self.cue_labels):
                label.setStyleSheet(CURRENT_CUE if i == view.cue else OTHER_CUE)
                font = label.font()
                font.setBold(i == view.cue)
                label.setFont(font)
                label.updateGeometry()
        self.btn_pause.setText(tr("routine", "Resume") if view.paused else tr("routine", "Pause"))
        self.progress.setValue(self.elapsed())
        self.progress.setFormat(
            tr("routine", "%1 of %2", clock_text(self.elapsed()), clock_text(self.total))
        )
        self.btn_back.setEnabled(view.index > 0 or view.elapsed > 0)
        if view.paused == self.art.animating:
            self.art.set_playing(not view.paused and not self.still)

    def _render_end(self) -> None:
        self._clear_pages()
        self.stack.setCurrentWidget(self.player_page)
        self._player_controls(True)
        self.btn_snooze.setVisible(False)  # the break is over: only Done is left
        self.btn_skip.setVisible(False)
        self.art.set_playing(False)
        self.ring.set(0, 1, done=True)
        self.step_label.setText(tr("routine", "Finished"))
        self.step_title.setText(tr("routine", "That's the whole break. Well done."))
        note = self.routine.closing_note
        for i, label in enumerate(self.cue_labels):
            label.setVisible(i == 0 and bool(note))
            label.setStyleSheet("")
        self.cue_labels[0].setText(content(note))
        for w in (self.rep_label, self.ask_label, self.pressure_label, self.role_label):
            w.setVisible(False)
        self.careful.setText("")
        self.next_label.setText(tr("routine", "How did it feel? Pick one, or press Done."))
        self.next_art.setVisible(False)
        self.check_in_row.setVisible(True)
        self.btn_next.setEnabled(False)
        self.btn_next.setText(tr("routine", "Next ▶"))
        self.progress.setValue(self.total)
        self.progress.setFormat(
            tr("routine", "%1 of %2", clock_text(self.total), clock_text(self.total))
        )

    def _frames(self, screen: Screen) -> tuple[list[Path], str]:
        ex = self.catalog.exercises[screen.exercise_id]
        base = self.assets / "illustrations" / ex.illustration.dir
        frames = ex.illustration.frames
        first = screen.frames[0] if screen.frames else next(iter(frames))
        if self.still:  # reduced motion: the end pose, still (content-brief §6.1)
            order = ["b" if "b" in frames else first]
        else:
            order = [first, *(f for f in sorted(frames) if f != first)]
        alt = ex.illustration.alt[order[0]]
        return [base / frames[f] for f in order], content(
            mirrored_text(alt) if screen.mirrored else alt
        )

    def _render_next(self, view: View) -> None:
        nxt = view.next_screen
        if nxt is None:
            self.next_label.setText(tr("routine", "Next: finished"))
            self.next_art.setVisible(False)
            return
        if not nxt.timed:
            self.next_label.setText(tr("routine", "Next: a short check together"))
            self.next_art.setVisible(False)
            return
        same = nxt.exercise_id == view.screen.exercise_id
        self.next_label.setText(
            tr("routine", "Next: the other side")
            if same
            else tr("routine", "Next: %1", content(nxt.title))
        )
        paths, alt = self._frames(nxt)
        self.next_art.show_frames(paths[:1], nxt.mirrored, alt)
        self.next_art.setVisible(not same)

    def _player_controls(self, on: bool, outcomes: bool | None = None) -> None:
        """Step controls only while exercises play; Stop stays visible throughout, and
        Snooze, Skip and Done too when `outcomes` says so (the health questions)."""
        for w in (self.progress, self.btn_back, self.btn_pause, self.btn_next, self.why):
            w.setVisible(on)
        for w in (self.btn_snooze, self.btn_skip, self.btn_done):
            w.setVisible(on if outcomes is None else outcomes)

    def _clear_pages(self) -> None:
        while self.stack.count() > 1:
            page = self.stack.widget(1)
            if page is None:
                break
            self.stack.removeWidget(page)
            page.deleteLater()

    def _show_page(self, page: QWidget, outcomes: bool = False) -> None:
        self._clear_pages()
        self.art.set_playing(False)
        self.buddy_role.setVisible(False)  # a page is no step: nobody gives or receives
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._player_controls(False, outcomes)
        report_when_settled(self.stack, page)

    # ---- health questions ------------------------------------------------------------------

    @property
    def _alone(self) -> bool:
        """Not on a shared break, where both screens stay on one step and one clock."""
        return self.shared is None or not self.shared.playing

    def _needs_questions(self, exercise: Exercise) -> bool:
        asked = exercise.id in self.cleared or (not self._alone and exercise.id in self.hidden)
        return exercise.kind == "self" and bool(exercise.contraindications) and not asked

    def _ask_health(self, exercise: Exercise) -> None:
        if self._alone:  # a shared break goes on for the other person meanwhile
            self.player.pause(self.clock())
        page = HealthPage(self.catalog, exercise)
        page.answered.connect(lambda ok: self._health_answer(exercise, ok))
        self._show_page(page, outcomes=True)
        event("health_questions", exercise=exercise.id)

    def _health_answer(self, exercise: Exercise, ok: bool) -> None:
        now = self.clock()
        if ok:
            self.cleared.add(exercise.id)
            self.preference.emit(exercise.id, "clear")
        else:
            self.hidden.add(exercise.id)
            self.preference.emit(exercise.id, "hide")
            while self._alone and not self.at_end and self.current.exercise_id == exercise.id:
                self.player.next(now)
        if self._alone:
            self.player.resume(now)
            self.player.started = now
        self._shown = None
        self._render()

    # ---- partner gates ---------------------------------------------------------------------

    def _turn(self, n: int) -> tuple[str, str]:
        """(giver, receiver) of turn `n` (0 or 1) in playing order, e.g. ("B", "A")."""
        seen: list[tuple[str, str]] = []
        for s in self.screens:
            if s.giver and s.receiver and (s.giver, s.receiver) not in seen:
                seen.append((s.giver, s.receiver))
        seen += [("B", "A"), ("A", "B")][len(seen) :]
        return seen[n]

    def _gate_page(self, gate: str) -> QWidget:
        """The page for a gate: the one place that knows the partner page classes. Every
        page waits for a click and reports its answer through `done(result)`."""
        kind, _, person = gate.partition(":")
        turns = self.routine.swap_roles
        if kind == "consent":
            return partner_pages.ConsentPage(self.catalog, turns=turns)
        if kind == "screening":
            return partner_pages.ScreeningPage(self.catalog, self.routine, person or "R")
        if kind == "giver_check":
            return partner_pages.GiverCheckPage(self.catalog, both_give=turns)
        if kind == "pressure":
            return partner_pages.PressurePage(self.catalog, person or "R")
        if kind == "swap":
            giver, receiver = self._turn(1)
            return partner_pages.SwapPage(self.catalog, giver, receiver)
        return partner_pages.AftercarePage(self.catalog)

    def _open_gate(self, screen: Screen) -> None:
        if self.shared is not None and self.shared.playing:
            self.shared.open_gate(screen)
            return
        page = self._gate_page(screen.gate)
        done = cast(SignalInstance, page.done)  # type: ignore[attr-defined]
        done.connect(lambda result: self._gate_done(screen.gate, result))
        self._show_page(page)
        event("partner_step", step=screen.gate, routine=self.routine.id)

    def _gate_done(self, gate: str, result: object) -> None:
        """What a page decided: go on, switch to the stretches, or reshape the routine."""
        if self.player.finished or self.current.gate != gate:
            return
        kind, _, person = gate.partition(":")
        if kind == "consent" and result is False:
            self._fallback()
            return
        if kind == "screening":
            self.may_receive[person] = bool(result)
            self.player.done_gate(self.clock())
            if not self.current.gate.startswith("screening"):
                self._screened()
                return
        elif kind == "swap" and result is False:
            self._skip_second_turn()
        else:
            if kind == "giver_check" and result is True:
                self._reshape(gentle_version(self.catalog, self.routine), gate)
            if kind == "pressure" and isinstance(result, int):
                self.pressure = rate(self.pressure, person, result, self.catalog)
                event("pressure_rated", value=result, routine=self.routine.id)
            self.player.done_gate(self.clock())
        self._shown = None
        self._render()

    def _screened(self) -> None:
        """Everyone has answered: both may receive, one may (the pair picks who, and the app
        never says whose answer decided it), or nobody, and the stretches run instead."""
        decision = decide(self.routine, list(self.may_receive.values()))
        if not decision.partner:
            self._fallback()
            return
        if decision.one_receiver:
            page: QWidget = partner_pages.OneReceiverPage(self.catalog)
            receiver = self._turn(0)[1]
            if self.shared is not None and self.shared.playing:  # the app knows who may
                receiver, page = self.shared.one_receiver(self.may_receive)
            self._reshape(one_receiver(self.routine, receiver), "giver_check")
            done = cast(SignalInstance, page.done)  # type: ignore[attr-defined]
            done.connect(lambda _: self._render_after_page())
            self._show_page(page)
            event("partner_step", step="one_receiver", routine=self.routine.id)
            return
        self._render_after_page()

    def _render_after_page(self) -> None:
        self._shown = None
        self._render()

    def _skip_second_turn(self) -> None:
        """The swap page's "rather not": the second turn is left out; the shared steps after
        it (closing sweeps, stretches) and the aftercare stay."""
        routine = one_receiver(self.routine, self._turn(0)[1])
        screens = build_screens(routine, self.catalog)
        played = [i for i, s in enumerate(screens) if s.who == "giver_to_receiver"]
        self.routine, self.screens = routine, screens
        self.player = Player(screens, started=self.clock(), index=max(played, default=-1) + 1)
        self.total = sum(s.seconds for s in screens)
        self.progress.setRange(0, max(self.total, 1))
        event("partner_step", step="second_turn_declined", routine=self.routine.id)

    def _reshape(self, routine: Routine, gate: str) -> None:
        """Play `routine` from the same gate on (a gentler or one-receiver version)."""
        screens = build_screens(routine, self.catalog)
        gates = [s.gate for s in screens]
        index = gates.index(gate) if gate in gates else 0
        self.routine, self.screens = routine, screens
        self.player = Player(screens, started=self.clock(), index=index)
        self.total = sum(s.seconds for s in screens)
        self.progress.setRange(0, max(self.total, 1))

    def _fallback(self) -> None:
        if self.shared is not None:
            self.shared.fell_back()
        fallback = self.catalog.routines[self.routine.fallback]
        page = partner_pages.FallbackPage(self.catalog, fallback)
        page.done.connect(lambda _: self.load(fallback))
        self._show_page(page)
        self._timer.stop()
        event("partner_step", step="fallback", routine=self.routine.id)

    # ---- controls --------------------------------------------------------------------------

    def next(self) -> None:
        before = self.shared.before() if self.shared else None
        if self.player.next(self.clock()):
            self._render()
            self._clicked(before)

    def back(self) -> None:
        before = self.shared.before() if self.shared else None
        if self.player.back(self.clock()):
            self._shown = None
            self._render()
            self._clicked(before)

    def toggle_pause(self) -> None:
        before = self.shared.before() if self.shared else None
        now = self.clock()
        if self.player.paused:
            self.player.resume(now)
        else:
            self.player.pause(now)
        self._render()
        self._clicked(before)

    def _clicked(self, before: Step | None) -> None:
        if self.shared is not None and before is not None:
            self.shared.clicked(before)

    # ---- a break shared with a buddy: the controller calls these (see shared_break.py) ----

    def receive(self, kind: str, body: Mapping[str, object]) -> None:
        if self.shared is not None:  # start, step, gate, reshape, bye from the buddy's screen
            self.shared.receive(kind, body)

    def link_lost(self, reason: str) -> None:
        if self.shared is not None:
            self.shared.link_lost(reason)

    def answered(self, answer: str, minutes: int = 0) -> None:
        if self.shared is not None:  # join, later, decline, busy, or timeout (none came)
            self.shared.answered(answer, minutes)

    def _toggle_favourite(self) -> None:
        ex = self.current.exercise_id
        if ex in self.favourites:
            self.favourites.discard(ex)
            self.preference.emit(ex, "unfavourite")
        else:
            self.favourites.add(ex)
            self.preference.emit(ex, "favourite")
        self.fav_button.setChecked(ex in self.favourites)
        self._fav_text(ex in self.favourites)

    def _hide_exercise(self) -> None:
        ex = self.current.exercise_id
        self.hidden.add(ex)
        self.preference.emit(ex, "hide")
        self.hide_button.setText(tr("routine", "Hidden: it won't come up in your breaks again"))
        self.hide_button.setEnabled(False)

    def _check_in(self, answer: str) -> None:
        self.checked_in.emit(answer)
        self.finish(Outcome.COMPLETED)

    def _fav_text(self, on: bool) -> None:
        """The star button: its glyph for the eye, plain words for a screen reader."""
        self.fav_button.setText(
            tr("routine", "★ Favourite") if on else tr("routine", "☆ Favourite")
        )
        self.fav_button.setAccessibleName(
            tr("routine", "Favourite (chosen)") if on else tr("routine", "Favourite")
        )

    def show_evidence(self) -> None:
        tier = self.catalog.tiers[self.request.tier]
        evidence = self.catalog.evidence.get("partner") if self.partner_active else None
        evidence = evidence or self.catalog.evidence.get(tier.id)
        parts = [f"<p>{content(evidence.text)}</p>" if evidence else ""]
        if tier.note:
            parts.append(f"<p>{content(tier.note)}</p>")
        refs = [
            self.catalog.sources[s]
            for s in (evidence.sources if evidence else ())
            if s in self.catalog.sources
        ]
        if refs:
            parts.append(
                f"<p><b>{tr('routine', 'Sources')}</b></p><ul>"
                + "".join(
                    f"<li>{r.title}. {r.publisher}{f', {r.year}' if r.year else ''}."
                    + (f" doi:{r.doi}" if r.doi else "")
                    + "</li>"
                    for r in refs
                )
                + "</ul>"
            )
        parts.append(tr("texts", STOP_AND_GET_HELP))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("routine", "Why this break?"),
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
        if self.shared is not None:
            self.shared.finishing(outcome)
        self._timer.stop()
        self.art.stop()
        event("routine_finished", routine=self.routine.id, outcome=str(outcome))
        self.finished.emit(outcome, self.routine.id, max(self.pressure.values(), default=None))
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
