"""The pages of a break shared with a buddy: waiting for them to join, waiting for their
answer on a gate, only one of you receives, and "here is your own break" when the partner
part ends early. None of them ever shows the other person's answers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from massage_break.ui.i18n import tr
from massage_break.ui.wording import clock_text


def _label(text: str = "", size: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    label.setFont(font)
    return label


class _BuddyPage(QWidget):
    """A heading, lines of text, and one button at the bottom right (or none)."""

    done = Signal(object)

    def __init__(self, name: str, heading: str, button: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self.heading = _label(heading, 1.4, bold=True)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.heading)
        self.body = _label()
        self.column.addWidget(self.body)
        self.column.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(button)
        self.button.setDefault(True)
        self.button.setVisible(bool(button))
        self.button.clicked.connect(lambda: self.done.emit(None))
        row.addWidget(self.button)
        self.column.addLayout(row)

    def text(self) -> str:
        """Every word on the page (for tests and screen readers)."""
        words = [w.text() for w in self.findChildren(QLabel)]
        return "\n".join([*words, *(b.text() for b in self.findChildren(QPushButton))])


class InvitePendingPage(_BuddyPage):
    """The inviter's page while the buddy decides: a count-up, and their own break at a
    click at any time. done(None): start on my own."""

    def __init__(self, name: str, clock: Callable[[], float]) -> None:
        super().__init__(
            "buddy-waiting-page",
            tr("buddy", "Waiting for %1 to join…", name),
            tr("buddy", "Start on my own"),
        )
        self.name, self.clock, self.since = name, clock, clock()
        self.count = _label(size=1.2)
        self.count.setObjectName("buddy-count")
        self.column.insertWidget(2, self.count)
        self.body.setText(
            tr("buddy", "%1 has been asked to join this break. It starts as soon as they do.", name)
        )
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    def tick(self) -> None:
        self.count.setText(tr("buddy", "Waiting %1", clock_text(int(self.clock() - self.since))))

    def later(self, minutes: int) -> None:
        """The buddy joins in a few minutes: say so, and keep waiting."""
        self.heading.setText(
            tr("buddy", "%1 joins in %n minute", self.name, n=minutes)
            if minutes == 1
            else tr("buddy", "%1 joins in %n minutes", self.name, n=minutes)
        )
        self.body.setText(
            tr("buddy", "You can wait for %1, or start your own break now.", self.name)
        )

    def declined(self) -> None:
        """The buddy cannot join: the break is still yours, at a click."""
        self._timer.stop()
        self.count.setVisible(False)
        self.heading.setText(tr("buddy", "%1 can't join this time", self.name))
        self.body.setText(tr("buddy", "Your own break is ready when you are."))
        self.button.setText(tr("buddy", "Start my break"))


class JoiningPage(_BuddyPage):
    """The buddy's page until the inviter's app says the break starts."""

    def __init__(self, name: str) -> None:
        super().__init__("buddy-joining-page", tr("buddy", "Joining %1's break…", name))
        self.body.setText(tr("buddy", "The routine starts on both screens together."))


class WaitingPage(_BuddyPage):
    """A gate the other person answers on their own screen; nothing of theirs is shown."""

    def __init__(self, name: str) -> None:
        super().__init__("buddy-gate-waiting-page", tr("buddy", "Waiting for %1…", name))
        self.body.setText(
            tr(
                "buddy",
                "%1 answers on their own screen. The break goes on once you both have.",
                name,
            )
        )


class OneReceiverPage(_BuddyPage):
    """Only one back rub today; the page says who does what, never why."""

    def __init__(self, receives: bool) -> None:
        super().__init__(
            "buddy-one-receiver-page",
            tr("buddy", "Only one of you will receive today"),
            tr("buddy", "Continue"),
        )
        mine = tr("buddy", "You receive.") if receives else tr("buddy", "You give.")
        self.body.setText(
            tr(
                "buddy",
                "%1 There is one turn today, and you both do the walk and the stretches. "
                "Nobody needs to say why.",
                mine,
            )
        )


class OwnBreakPage(_BuddyPage):
    """The partner part ended early: why, and the person's own break at a click."""

    def __init__(self, heading: str, why: str) -> None:
        super().__init__("buddy-own-break-page", heading, tr("buddy", "Start my break"))
        self.body.setText(why)
