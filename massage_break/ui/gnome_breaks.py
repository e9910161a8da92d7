"""Living with GNOME's own break reminders: when GNOME's movement breaks are on as well, say
so once and offer to turn GNOME's off (or keep both). The answer is remembered, so the
question never comes back; GNOME's eyesight breaks are never touched."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from massage_break.identity import DISPLAY_NAME
from massage_break.log import event
from massage_break.ui.i18n import tr

log = logging.getLogger(__name__)

#: the key of the remembered answer, and the answers
QUESTION = "gnome_breaks"
TURNED_OFF = "turned_off"
KEPT = "kept"


class GnomeBreaksView(Protocol):
    @property
    def selected(self) -> tuple[str, ...]: ...
    @property
    def movement_on(self) -> bool: ...
    @property
    def movement_minutes(self) -> int: ...


class GnomeBreaksSettings(Protocol):
    def read(self) -> GnomeBreaksView | None: ...
    def turn_off_movement(self) -> GnomeBreaksView: ...


class Answers(Protocol):
    def answer(self, question: str) -> str | None: ...
    def save_answer(self, question: str, answer: str) -> None: ...


class GnomeBreaksQuestion(QMessageBox):
    """The question itself. Emits `answered` once: TURNED_OFF or KEPT (also when the window
    is closed or Escape is pressed: nothing changes then)."""

    answered = Signal(str)

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gnome-breaks")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(tr("gnome", "GNOME's break reminders"))
        self.setText(tr("gnome", "GNOME's own break reminders are on too"))
        self.setInformativeText(
            tr(
                "gnome",
                "GNOME reminds you to move every %1 min, and %2 reminds you on its own "
                "schedule, so you may be reminded twice, by two different clocks.\n\n"
                "Turn GNOME's movement reminders off? Its eyesight breaks stay as they are, "
                "and you can change this any time in GNOME Settings → Wellbeing.",
                minutes,
                DISPLAY_NAME,
            )
        )
        self.turn_off = self.addButton(
            tr("gnome", "Turn GNOME's off"), QMessageBox.ButtonRole.AcceptRole
        )
        self.turn_off.setObjectName("gnome-breaks-off")
        self.keep = self.addButton(tr("gnome", "Keep both"), QMessageBox.ButtonRole.RejectRole)
        self.keep.setObjectName("gnome-breaks-keep")
        # a stray Enter or Escape changes nothing in GNOME
        self.setDefaultButton(self.keep)
        self.setEscapeButton(self.keep)
        self.buttonClicked.connect(self._clicked)
        self._done = False

    def _clicked(self, button: object) -> None:
        if self._done:
            return
        self._done = True
        self.answered.emit(TURNED_OFF if button is self.turn_off else KEPT)


class GnomeBreaksOffer(QObject):
    """Checks GNOME's setting once (`check`) and asks through `ask` (the notices' queue);
    a failure to change GNOME's setting is told through `notice(title, message)`."""

    done = Signal(str)  # the answer, once it is acted on

    def __init__(
        self,
        gnome: GnomeBreaksSettings,
        answers: Answers,
        ask: Callable[[Callable[[], QMessageBox]], None],
        notice: Callable[[str, str], None],
    ) -> None:
        super().__init__()
        self._gnome = gnome
        self._answers = answers
        self._ask = ask
        self._notice = notice
        self.question: GnomeBreaksQuestion | None = None

    def check(self) -> bool:
        """Ask if GNOME's movement breaks are on and the question was never answered.
        True when the question was queued."""
        if self._answers.answer(QUESTION) is not None:
            return False
        breaks = self._gnome.read()
        if breaks is None or not breaks.movement_on:
            return False
        event(
            "gnome_breaks_found",
            selected=list(breaks.selected),
            movement_minutes=breaks.movement_minutes,
        )
        minutes = breaks.movement_minutes

        def make() -> QMessageBox:
            self.question = GnomeBreaksQuestion(minutes)
            self.question.answered.connect(self._answered)
            return self.question

        self._ask(make)
        return True

    def _answered(self, choice: str) -> None:
        changed = False
        if choice == TURNED_OFF:
            try:
                self._gnome.turn_off_movement()
                changed = True
            except OSError as exc:
                log.warning("GNOME's movement breaks not turned off: %s", exc)
                self._notice(
                    tr("gnome", "GNOME's break reminders"),
                    tr(
                        "gnome",
                        "GNOME's movement reminders could not be turned off: %1.\n\n"
                        "You can turn them off in GNOME Settings → Wellbeing.",
                        exc,
                    ),
                )
        try:
            self._answers.save_answer(QUESTION, choice)
        except OSError as exc:  # asked again at the next start
            log.error("could not save the answer about GNOME's break reminders: %s", exc)
        event("gnome_breaks_answered", choice=choice, changed=changed)
        self.done.emit(choice)
