"""The pages before a partner routine: consent, screening, pressure check; and aftercare."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from massage_break.core.catalog import Catalog, Routine
from massage_break.core.partner import Screening, pressure_message, screen, screen_both
from massage_break.ui.texts import STOP_AND_GET_HELP

ERROR_STYLE = "color: #c0392b;"


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


class ConsentPage(QWidget):
    """Both people say yes, every time; a no-touch alternative is always offered."""

    agreed = Signal()
    no_touch = Signal()

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        pp = catalog.partner
        self.setObjectName("consent-page")
        self.giver = QCheckBox('The giver asked, and will stop the moment they hear "stop"')
        self.receiver = QCheckBox("The receiver would like this today")
        self.next = QPushButton("Continue")
        self.next.setEnabled(False)
        self.alternative = QPushButton("Do the stretches together instead")
        for box in (self.giver, self.receiver):
            box.toggled.connect(self._update)
        self.next.clicked.connect(self.agreed)
        self.alternative.clicked.connect(self.no_touch)
        words = " / ".join(f"\u201c{w}\u201d" for w in pp.stop_words)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped("Before you start: ask first", bold=True))
        layout.addWidget(_wrapped(f"Giver, ask out loud: \u201c{pp.consent_script}\u201d"))
        layout.addWidget(_wrapped(f"Agree on three words for during the massage: {words}."))
        layout.addWidget(self.giver)
        layout.addWidget(self.receiver)
        layout.addWidget(_wrapped(pp.no_touch_note))
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.alternative)
        row.addStretch(1)
        row.addWidget(self.next)
        layout.addLayout(row)

    def _update(self) -> None:
        self.next.setEnabled(self.giver.isChecked() and self.receiver.isChecked())


class ScreeningPage(QWidget):
    """Yes/no questions for whoever receives, and one for whoever gives. In a turn-taking
    routine both people answer (B receives first). Emits `passed(Screening)` or `failed()`:
    a "yes" means stretches instead, or, if only one person answered "yes", that person
    only gives; sore hands keep it gentle."""

    passed = Signal(object)  # Screening
    failed = Signal()

    def __init__(self, catalog: Catalog, routine: Routine) -> None:
        super().__init__()
        self.setObjectName("screening-page")
        self.catalog, self.routine = catalog, routine
        self.people = ("B", "A") if routine.swap_roles else ("",)
        self.groups: dict[str, QButtonGroup] = {}  # "code", or "B:code" when both answer
        grid = QGridLayout()
        questions = [(c, catalog.contraindications[c]) for c in routine.screening]
        if catalog.partner.giver_question:
            questions.append(("giver", catalog.partner.giver_question))
        top = 0
        if len(self.people) > 1:
            for n, (person, when) in enumerate((("B", "receives first"), ("A", "second"))):
                grid.addWidget(_wrapped(f"<b>{person}</b> ({when})"), 0, 1 + 2 * n, 1, 2)
            top = 1
        for row, (code, question) in enumerate(questions, start=top):
            label = ("For giving: " if top else "Giver: ") if code == "giver" else ""
            grid.addWidget(_wrapped(label + question), row, 0)
            for n, person in enumerate(self.people):
                key = f"{person}:{code}" if person else code
                yes, no = QRadioButton("Yes"), QRadioButton("No")
                yes.setObjectName(f"{key}-yes")
                no.setObjectName(f"{key}-no")
                for button, say in ((yes, "yes"), (no, "no")):
                    button.setAccessibleName(f"{person} {say}".strip())
                group = QButtonGroup(self)
                group.addButton(yes, 1)
                group.addButton(no, 0)
                group.buttonToggled.connect(self._update)
                self.groups[key] = group
                grid.addWidget(yes, row, 1 + 2 * n)
                grid.addWidget(no, row, 2 + 2 * n)
        grid.setColumnStretch(0, 1)
        self.next = QPushButton("Continue")
        self.next.setEnabled(False)
        self.next.clicked.connect(self._decide)
        heading = "A few questions for each of you" if top else "A few questions for the receiver"
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(heading, bold=True))
        layout.addWidget(
            _wrapped(
                "Answer honestly; a \u201cyes\u201d simply means stretches "
                "today. Nothing is stored."
            )
        )
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.next, 0, Qt.AlignmentFlag.AlignRight)

    def answers(self) -> dict[str, bool]:
        return {code: g.checkedId() == 1 for code, g in self.groups.items() if g.checkedId() >= 0}

    def _update(self) -> None:
        self.next.setEnabled(len(self.answers()) == len(self.groups))

    def decision(self) -> Screening:
        answers = self.answers()
        if len(self.people) > 1:
            per_person: dict[str, dict[str, bool]] = {p: {} for p in self.people}
            for key, value in answers.items():
                person, code = key.split(":", 1)
                per_person[person][code] = value
            return screen_both(self.routine, per_person)
        giver_hurts = answers.pop("giver", False)
        return screen(self.catalog, self.routine, answers, giver_hurts)

    def _decide(self) -> None:
        decision = self.decision()
        if decision.partner:
            self.passed.emit(decision)
        else:
            self.failed.emit()


class OneReceiverPage(QWidget):
    """Only one person may receive today: say who, kindly, before going on."""

    go = Signal()

    def __init__(self, receiver: str) -> None:
        super().__init__()
        self.setObjectName("one-receiver-page")
        other = "A" if receiver == "B" else "B"
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(f"Only {receiver} receives today", bold=True))
        layout.addWidget(
            _wrapped(
                f"One of {other}'s answers means no back rub for {other} today, which is "
                f"fine. {receiver} sits and receives; {other} gives, and you both do the "
                "walk and the stretches. There is no second turn."
            )
        )
        layout.addStretch(1)
        self.next = QPushButton("Continue")
        self.next.clicked.connect(self.go)
        layout.addWidget(self.next, 0, Qt.AlignmentFlag.AlignRight)


class FallbackPage(QWidget):
    start = Signal()

    def __init__(self, catalog: Catalog, fallback: Routine) -> None:
        super().__init__()
        self.setObjectName("fallback-page")
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped("Stretches today", bold=True))
        layout.addWidget(_wrapped(catalog.partner.fallback_note))
        layout.addWidget(_wrapped(f"You can both do \u201c{fallback.title}\u201d together."))
        layout.addStretch(1)
        self.button = QPushButton(f"Start \u201c{fallback.title}\u201d")
        self.button.clicked.connect(self.start)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)


class PressurePage(QWidget):
    """The receiver sets the pressure on a 0-10 scale; above the cap cannot be chosen."""

    confirmed = Signal(int)

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog
        self.setObjectName("pressure-page")
        low, high = catalog.partner.pressure_target
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setValue(low)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName("Pressure from 0 to 10")
        self.value = QLabel()
        self.message = _wrapped("")
        self.next = QPushButton("Start the routine")
        self.next.clicked.connect(lambda: self.confirmed.emit(self.slider.value()))
        self.slider.valueChanged.connect(self._update)
        scale = "".join(
            f"<li><b>{lvl.value}</b>: {lvl.label} \u2014 {lvl.use}</li>"
            for lvl in catalog.partner.pressure_scale
        )
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped("Pressure check", bold=True))
        layout.addWidget(
            _wrapped(
                "Giver, press lightly on the upper back beside the spine. Receiver, pick a "
                f"number: aim for {low} to {high}; {catalog.partner.pressure_cap} is the most a "
                "partner "
                "should ever use."
            )
        )
        layout.addWidget(_wrapped(f"<ul>{scale}</ul>"))
        row = QHBoxLayout()
        row.addWidget(QLabel("0"))
        row.addWidget(self.slider, 1)
        row.addWidget(QLabel("10"))
        row.addWidget(self.value)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.next, 0, Qt.AlignmentFlag.AlignRight)
        self._update()

    def _update(self) -> None:
        value = self.slider.value()
        ok, text = pressure_message(value, self.catalog)
        self.value.setText(f"<b>{value}</b>")
        self.message.setText(text)
        self.message.setStyleSheet("" if ok else ERROR_STYLE)
        self.next.setEnabled(ok)


class AftercarePage(QWidget):
    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.setObjectName("aftercare-page")
        items = "".join(f"<li>{a}</li>" for a in catalog.partner.aftercare)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped("Afterwards", bold=True))
        layout.addWidget(_wrapped(f"<ul>{items}</ul>"))
        layout.addWidget(_wrapped(STOP_AND_GET_HELP))
        layout.addStretch(1)
