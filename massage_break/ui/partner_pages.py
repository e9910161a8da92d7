"""The untimed pages of a partner session: consent, each person's private screening, the
giver's check, each receiver's pressure check, the swap, and aftercare.

Every page waits for people: it has no timer, and its `done` signal is emitted only from a
button click. What `done` carries: consent `bool` (both said yes), screening `bool` (this
person may receive; no name attached), giver check `bool` (gentle techniques only),
pressure `int` (0 up to the cap), swap `bool` (the new receiver said yes; False: skip
their turn), the others `None`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from massage_break.core.catalog import PRESSURE_CEILING, Catalog, Routine
from massage_break.core.partner import RECEIVER, may_receive, pressure_message
from massage_break.ui.i18n import content, tr
from massage_break.ui.palette_colours import error_style
from massage_break.ui.texts import STOP_AND_GET_HELP


def _wrapped(text: str, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if "<" in text else Qt.TextFormat.PlainText)
    if bold:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
    return label


def _help_box() -> QFrame:
    """The stop-and-get-help text in a frame of its own, always shown in full."""
    box = QFrame()
    box.setObjectName("stop-and-get-help")
    box.setFrameShape(QFrame.Shape.StyledPanel)
    inner = QVBoxLayout(box)
    inner.addWidget(_wrapped(tr("texts", STOP_AND_GET_HELP)))
    return box


def _stop_words(catalog: Catalog) -> str:
    words = " / ".join(
        tr("partner", "\u201c%1\u201d", content(w)) for w in catalog.partner.stop_words
    )
    return tr(
        "partner",
        "Words to use at any time: %1. \u201cStop\u201d always means stop at once.",
        words,
    )


def _person(label: str) -> str:
    """ "Giver" and "Receiver" in the user's language; the letters A and B stay as they are."""
    return {"Giver": tr("partner", "Giver"), "Receiver": tr("partner", "Receiver")}.get(
        label, label
    )


def pressure_words(value: int, catalog: Catalog) -> tuple[bool, str]:
    """core.partner.pressure_message's verdict, said in the user's language."""
    ok, _english = pressure_message(value, catalog)
    cap = min(catalog.partner.pressure_cap, PRESSURE_CEILING)
    low, high = catalog.partner.pressure_target
    if not ok:
        text = tr(
            "partner",
            "%1 is more than a partner should ever use: %2 is the most. Pick %3 or less.",
            value,
            cap,
            high,
        )
    elif value < low:
        text = tr(
            "partner",
            "%1 is light. Fine for sweeps; most strokes feel best at %2-%3.",
            value,
            low,
            high,
        )
    elif value <= high:
        text = tr("partner", "%1 is the target: firm but easy, you can breathe and relax.", value)
    else:
        text = tr("partner", "%1 is the ceiling. Keep it there or lighter, never more.", value)
    return ok, text


def _yes_no(
    owner: QWidget, key: str, question: str = ""
) -> tuple[QButtonGroup, QRadioButton, QRadioButton]:
    yes, no = QRadioButton(tr("partner", "Yes")), QRadioButton(tr("partner", "No"))
    if question:  # a screen reader says which question the answer belongs to
        yes.setAccessibleName(tr("partner", "%1: yes", question))
        no.setAccessibleName(tr("partner", "%1: no", question))
    yes.setObjectName(f"{key}-yes")
    no.setObjectName(f"{key}-no")
    group = QButtonGroup(owner)
    group.addButton(yes, 1)
    group.addButton(no, 0)
    return group, yes, no


class _Page(QWidget):
    """A heading, a column of content, and a row of buttons at the bottom right."""

    done = Signal(object)

    def __init__(self, name: str, heading: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.heading = _wrapped(heading, bold=True)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.heading)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)

    def finish_layout(self) -> None:
        self.column.addStretch(1)
        self.column.addLayout(self.buttons)

    def text(self) -> str:
        """Every word on the page, visible or not (for tests and screen readers)."""
        words = [w.text() for w in self.findChildren(QLabel)]
        for kind in (QPushButton, QCheckBox, QRadioButton):
            words += [w.text() for w in self.findChildren(kind)]
        return "\n".join(words)


class ConsentPage(_Page):
    """Both people say yes, every time; a no-touch alternative is always offered.
    done(True): both said yes; done(False): no touch today."""

    def __init__(self, catalog: Catalog, turns: bool = False, only: str = "") -> None:
        """`only` ("giver" or "receiver"): on a shared break's own screen, just that box."""
        super().__init__(
            "consent-page", tr("partner", "Before you start: ask, and wait for a clear yes")
        )
        pp = catalog.partner
        if turns and not only:
            self.column.addWidget(
                _wrapped(
                    tr("partner", "Decide who receives first: that person is A, the other is B.")
                )
            )
            giver, receiver = "B", "A"
        else:
            giver, receiver = _person("Giver"), _person("Receiver")
        self.column.addWidget(_wrapped(tr("partner", "%1, read this out loud:", giver)))
        script = _wrapped(tr("partner", "\u201c%1\u201d", content(pp.consent_script)), bold=True)
        script.setObjectName("consent-script")
        self.column.addWidget(script)
        self.column.addWidget(_wrapped(_stop_words(catalog)))
        self.giver = QCheckBox(
            tr(
                "partner",
                "%1: I asked out loud, and I stop the moment I hear \u201cstop\u201d",
                giver,
            )
        )
        self.receiver = QCheckBox(tr("partner", "%1: I said a clear yes", receiver))
        for box in (self.giver, self.receiver):
            box.toggled.connect(self._update)
            self.column.addWidget(box)
        self.column.addWidget(_wrapped(content(pp.no_touch_note)))
        self.alternative = QPushButton(tr("partner", "No touch today: stretch side by side"))
        self.next = QPushButton(tr("partner", "We both said yes: continue"))
        self.next.setDefault(True)
        self.next.setEnabled(False)
        self.alternative.clicked.connect(lambda: self.done.emit(False))
        self.next.clicked.connect(lambda: self.done.emit(True))
        self.buttons.insertWidget(0, self.alternative)
        self.buttons.addWidget(self.next)
        self.finish_layout()
        if only:  # the other person ticks their own box on their own screen
            other = self.receiver if only == "giver" else self.giver
            other.setChecked(True)
            other.setVisible(False)
            self.next.setText(tr("partner", "I said yes: continue"))

    def _update(self) -> None:
        self.next.setEnabled(self.giver.isChecked() and self.receiver.isChecked())


class ScreeningPage(_Page):
    """One person's own questions, in private: a cover asks the other person to look away,
    then the questions. done(bool): whether this person may receive; the page never shows
    the result, and nothing is stored."""

    def __init__(
        self, catalog: Catalog, routine: Routine, person: str = RECEIVER, own: bool = False
    ) -> None:
        """`own`: the page is on this person's own screen (a shared break with a buddy)."""
        if own:
            heading = tr("partner", "Your private questions")
        elif person == RECEIVER:
            heading = tr("partner", "Private questions for the person receiving")
        else:
            heading = tr("partner", "Private questions for %1", person)
        super().__init__("screening-page", heading)
        self.routine, self.person = routine, person
        other = _person("Giver") if person == RECEIVER else ("B" if person == "A" else "A")
        if own:
            other = tr("partner", "Anyone beside you")
        self.stack = QStackedWidget()
        cover = QWidget()
        cover_column = QVBoxLayout(cover)
        cover_column.addWidget(
            _wrapped(
                tr(
                    "partner",
                    "%1, please look away from "
                    "the screen for a moment. These answers are private: the app does not store "
                    "them, does not show them to anyone, and will never say whose answer decided "
                    "anything.",
                    other,
                )
            )
        )
        self.show_questions = QPushButton(
            tr("partner", "Show my questions")
            if person == RECEIVER or own
            else tr("partner", "I am %1: show my questions", person)
        )
        self.show_questions.clicked.connect(lambda: self.stack.setCurrentIndex(1))
        cover_column.addWidget(self.show_questions, 0, Qt.AlignmentFlag.AlignLeft)
        cover_column.addStretch(1)
        questions = QWidget()
        q_column = QVBoxLayout(questions)
        q_column.setContentsMargins(0, 0, 0, 0)
        q_column.addWidget(
            _wrapped(
                tr(
                    "partner",
                    "Answer for yourself only. A \u201cyes\u201d simply means no back rub for "
                    "you today; you can still walk and stretch.",
                )
            )
        )
        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        for row, code in enumerate(routine.screening):
            question = content(catalog.contraindications[code])
            group, yes, no = _yes_no(self, code, question)
            group.buttonToggled.connect(self._update)
            self.groups[code] = group
            grid.addWidget(_wrapped(question), row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
        grid.setColumnStretch(0, 1)
        q_column.addLayout(grid)
        q_column.addStretch(1)
        self.stack.addWidget(cover)
        self.stack.addWidget(questions)
        self.column.addWidget(self.stack, 1)
        self.next = QPushButton(tr("partner", "Done: hide my answers and continue"))
        self.next.setEnabled(False)
        self.next.clicked.connect(self._finish)
        self.buttons.addWidget(self.next)
        self.finish_layout()

    def answers(self) -> dict[str, bool]:
        return {code: g.checkedId() == 1 for code, g in self.groups.items() if g.checkedId() >= 0}

    def _update(self) -> None:
        self.next.setEnabled(len(self.answers()) == len(self.groups))

    def _finish(self) -> None:
        result = may_receive(self.routine, self.answers())
        self.stack.setCurrentIndex(0)  # the answers leave the screen before anything else
        self.stack.setEnabled(False)
        self.next.setEnabled(False)
        self.done.emit(result)


class OneReceiverPage(_Page):
    """Only one of the two may receive today. The page says so without naming anyone: the
    pair agree who receives. done(None) once they have."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__("one-receiver-page", tr("partner", "Only one of you will receive today"))
        self.column.addWidget(
            _wrapped(
                tr(
                    "partner",
                    "The answers allow one back rub today, not two. Nobody needs to say why, "
                    "and the app will not tell.",
                )
            )
        )
        self.column.addWidget(
            _wrapped(
                tr(
                    "partner",
                    "Agree between you who sits and receives; the other gives. If any of your "
                    "own answers was \u201cyes\u201d, let the other person receive. There is one "
                    "turn today, and you both do the walk and the stretches.",
                )
            )
        )
        self.column.addWidget(_wrapped(_stop_words(catalog)))
        self.next = QPushButton(tr("partner", "We have agreed: continue"))
        self.next.setDefault(True)
        self.next.clicked.connect(lambda: self.done.emit(None))
        self.buttons.addWidget(self.next)
        self.finish_layout()


class GiverCheckPage(_Page):
    """The giver's own health question: a yes keeps to gentle techniques, never leaning in.
    With turns both people give, and one yes from either keeps both turns gentle.
    done(bool): gentle techniques only."""

    def __init__(self, catalog: Catalog, both_give: bool = False) -> None:
        heading = (
            tr("partner", "A question for both of you as givers")
            if both_give
            else tr("partner", "A question for the giver")
        )
        super().__init__("giver-check-page", heading)
        self.column.addWidget(
            _wrapped(
                tr(
                    "partner",
                    "Giving a back rub uses your hands, wrists and shoulders, and leaning in "
                    "uses your back.",
                )
            )
        )
        ask = tr("partner", "Each of you, for yourself:") if both_give else tr("partner", "Giver:")
        giver_question = content(catalog.partner.giver_question)
        question = _wrapped(tr("partner", "%1 %2", ask, giver_question))
        self.column.addWidget(question)
        if both_give:
            self.column.addWidget(
                _wrapped(
                    tr(
                        "partner",
                        "If either of you would answer yes, choose Yes; nobody needs to say who.",
                    )
                )
            )
        self.group, self.yes, self.no = _yes_no(self, "giver", giver_question)
        self.group.buttonToggled.connect(self._update)
        row = QHBoxLayout()
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        self.column.addLayout(row)
        self.note = _wrapped("")
        self.column.addWidget(self.note)
        self.next = QPushButton(tr("partner", "Continue"))
        self.next.setEnabled(False)
        self.next.clicked.connect(lambda: self.done.emit(self.group.checkedId() == 1))
        self.buttons.addWidget(self.next)
        self.finish_layout()

    def _update(self) -> None:
        sore = self.group.checkedId() == 1
        self.note.setText(
            tr(
                "partner",
                "Then today uses only the gentle strokes: flat palms, light circles and sweeps, "
                "no leaning in and no kneading. Stop if giving starts to hurt.",
            )
            if sore
            else tr("partner", "Good. Still, stop if giving starts to hurt.")
        )
        self.next.setEnabled(self.group.checkedId() >= 0)


class PressurePage(_Page):
    """One receiver picks their own pressure before their own turn, 0-10; a number above
    the cap is refused with the reason. done(int)."""

    def __init__(self, catalog: Catalog, person: str = RECEIVER) -> None:
        heading = (
            tr("partner", "Pressure check")
            if person == RECEIVER
            else tr("partner", "Pressure check for %1", person)
        )
        super().__init__("pressure-page", heading)
        self.catalog, self.person = catalog, person
        low, high = catalog.partner.pressure_target
        receiver = _person("Receiver") if person == RECEIVER else person
        giver = _person("Giver") if person == RECEIVER else ("B" if person == "A" else "A")
        self.column.addWidget(
            _wrapped(
                tr(
                    "partner",
                    "%1, rest a flat palm on the upper back, to one side of the spine, never on "
                    "it, and press gently. %2, say a number from 0 to 10. Aim for %3 to %4; %5 "
                    "is the most a partner should ever use.",
                    giver,
                    receiver,
                    low,
                    high,
                    catalog.partner.pressure_cap,
                )
            )
        )
        scale = "".join(
            f"<li><b>{lvl.value}</b>: {content(lvl.label)} \u2014 {content(lvl.use)}</li>"
            for lvl in catalog.partner.pressure_scale
        )
        self.column.addWidget(_wrapped(f"<ul>{scale}</ul>"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setValue(low)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(tr("partner", "Pressure from 0 to 10"))
        self.value = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel("0"))
        row.addWidget(self.slider, 1)
        row.addWidget(QLabel("10"))
        row.addWidget(self.value)
        self.column.addLayout(row)
        self.message = _wrapped("")
        self.column.addWidget(self.message)
        self.column.addWidget(_wrapped(_stop_words(catalog)))
        start = (
            tr("partner", "Start")
            if person == RECEIVER
            else tr("partner", "Start %1\u2019s turn", person)
        )
        self.next = QPushButton(start)
        self.next.setDefault(True)
        self.next.clicked.connect(self._finish)
        self.slider.valueChanged.connect(self._update)
        self.buttons.addWidget(self.next)
        self.finish_layout()
        self._update()

    def _update(self) -> None:
        value = self.slider.value()
        ok, text = pressure_words(value, self.catalog)
        self.value.setText(f"<b>{value}</b>")
        self.message.setText(text)
        self.message.setStyleSheet("" if ok else error_style(self.message.palette()))
        self.next.setEnabled(ok)

    def _finish(self) -> None:
        value = self.slider.value()
        if pressure_message(value, self.catalog)[0]:
            self.done.emit(value)


class SwapPage(_Page):
    """Halfway: say who gives and who receives now, and ask again. done(True): the new
    receiver said yes; done(False): they would rather not, so their turn is skipped."""

    def __init__(self, catalog: Catalog, giver: str = "B", receiver: str = "A") -> None:
        super().__init__(
            "swap-page", tr("partner", "Swap: now %1 gives and %2 receives", giver, receiver)
        )
        self.giver, self.receiver = giver, receiver
        self.column.addWidget(
            _wrapped(
                tr(
                    "partner",
                    "%1, sit on the chair, facing the desk. %2, stand behind %1. Take your "
                    "time to change places.",
                    receiver,
                    giver,
                )
            )
        )
        self.column.addWidget(
            _wrapped(tr("partner", "%1, ask %2 again, out loud:", giver, receiver))
        )
        self.column.addWidget(
            _wrapped(
                tr("partner", "\u201c%1\u201d", content(catalog.partner.consent_script)), bold=True
            )
        )
        self.column.addWidget(_wrapped(_stop_words(catalog)))
        self.decline = QPushButton(tr("partner", "%1 would rather not: skip this turn", receiver))
        self.next = QPushButton(tr("partner", "%1 said yes: continue", receiver))
        self.next.setDefault(True)
        self.decline.clicked.connect(lambda: self.done.emit(False))
        self.next.clicked.connect(lambda: self.done.emit(True))
        self.buttons.insertWidget(0, self.decline)
        self.buttons.addWidget(self.next)
        self.finish_layout()


class AftercarePage(_Page):
    """After the last step: what to do now and when to get help. done(None)."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__("aftercare-page", tr("partner", "Afterwards"))
        items = "".join(f"<li>{content(a)}</li>" for a in catalog.partner.aftercare)
        self.column.addWidget(_wrapped(f"<ul>{items}</ul>"))
        self.column.addWidget(_help_box())
        self.next = QPushButton(tr("partner", "Finish"))
        self.next.clicked.connect(lambda: self.done.emit(None))
        self.buttons.addWidget(self.next)
        self.finish_layout()


class FallbackPage(_Page):
    """No back rub today: the stretch routine side by side instead. done(None)."""

    def __init__(self, catalog: Catalog, fallback: Routine) -> None:
        super().__init__("fallback-page", tr("partner", "Stretches today"))
        self.column.addWidget(_wrapped(content(catalog.partner.fallback_note)))
        self.column.addWidget(
            _wrapped(
                tr("partner", "You can both do \u201c%1\u201d together.", content(fallback.title))
            )
        )
        self.column.addWidget(_help_box())
        self.button = QPushButton(tr("partner", "Start \u201c%1\u201d", content(fallback.title)))
        self.button.setDefault(True)
        self.button.clicked.connect(lambda: self.done.emit(None))
        self.buttons.addWidget(self.button)
        self.finish_layout()
