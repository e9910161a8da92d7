"""Settings dialog: rows generated from the core field table, refused inline when invalid."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from massage_break.core import hours
from massage_break.core.settings import (
    BOOL_FIELDS,
    ERROR_NOT_ABOVE_AWAY,
    ERROR_NOT_ABOVE_SHORT_PAUSE,
    FIELDS,
    GROUPS,
    KEEP_HISTORY_DAYS,
    Settings,
    validate,
)
from massage_break.ui.i18n import N_, language_names, tr
from massage_break.ui.palette_colours import error_style
from massage_break.ui.settings_words import BOOL_WORDS, FIELD_WORDS

if TYPE_CHECKING:
    from massage_break.ui.buddy_control import BuddyControl

PAGES = (
    N_("settings", "Reminders"),
    N_("settings", "Activity"),
    N_("settings", "Routines"),
    N_("settings", "Working hours"),
    N_("settings", "Health answers"),
)
KEEP_LABELS = {
    0: N_("settings", "Everything"),
    365: N_("settings", "The last year"),
    90: N_("settings", "The last 90 days"),
}
#: what each choice in the "Health answers" page does to the two id lists
OK_FOR_ME, NOT_FOR_ME, ASK_AGAIN = "ok", "hidden", "ask"
ANSWER_WORDS = {
    OK_FOR_ME: N_("settings", "OK for me"),
    NOT_FOR_ME: N_("settings", "Not for me (hidden)"),
    ASK_AGAIN: N_("settings", "Ask me again"),
}
#: spin box suffixes for the field table's units
UNITS = {
    "min": N_("settings", " min"),
    "s": N_("settings", " s"),
    "times": N_("settings", " times"),
}


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setStyleSheet(error_style(label.palette()))
    label.setObjectName(f"{name}-error")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class SettingsDialog(QDialog):
    """Emits `applied(Settings)`; the receiver saves and may report a failure with
    `show_failure`."""

    applied = Signal(object)

    def __init__(
        self,
        current: Settings,
        parent: QWidget | None = None,
        start_at_login: bool | None = None,
        exercise_names: Mapping[str, str] | None = None,
        buddy: BuddyControl | None = None,
    ) -> None:
        """`start_at_login` is None where the platform has no way to start the app at login.
        `exercise_names` maps exercise ids to the titles shown under "Health answers";
        `buddy` runs the "Break buddy" page's pairing (None: that page only has the switch)."""
        super().__init__(parent)
        self.setWindowTitle(tr("settings", "Settings"))  # the desktop adds " — Massage Break"
        self.setObjectName("settings-dialog")
        self.current = current
        self.edits: dict[str, QSpinBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.days: list[QLineEdit] = []
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("settings", "Settings pages"))
        forms = {page: QFormLayout() for page in PAGES}
        for page, form in forms.items():
            holder = QWidget()
            holder.setLayout(form)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            if page == "Health answers":  # one row per answer: may grow long
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setWidget(holder)
                scroll.setAccessibleName(tr("settings", page))
                self.tabs.addTab(scroll, tr("settings", page))
            else:
                self.tabs.addTab(holder, tr("settings", page))
        from massage_break.ui.buddy_page import BuddyPage

        self.buddy_page = BuddyPage(current, buddy)
        self.buddy_page.name.textChanged.connect(self._check)
        buddy_scroll = QScrollArea()
        buddy_scroll.setWidgetResizable(True)
        buddy_scroll.setFrameShape(QFrame.Shape.NoFrame)
        buddy_scroll.setWidget(self.buddy_page)
        buddy_scroll.setAccessibleName(tr("settings", "Break buddy"))
        self.tabs.addTab(buddy_scroll, tr("settings", "Break buddy"))
        self.login: QCheckBox | None = None
        if start_at_login is not None:
            self.login = QCheckBox(tr("settings", "Start Massage Break when I log in"))
            self.login.setObjectName("start_at_login")
            self.login.setChecked(start_at_login)
            forms["Reminders"].addRow(self.login)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, shown in language_names():
            self.language.addItem(shown, code)
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        self.language.setToolTip(tr("settings", "Takes effect when Massage Break next starts."))
        self.language.setAccessibleName(tr("settings", "Language"))
        forms["Reminders"].addRow(tr("settings", "Language:"), self.language)
        for spec in FIELDS:
            edit = QSpinBox()
            edit.setRange(spec.minimum, spec.maximum)
            edit.setValue(int(getattr(current, spec.name)))
            edit.setSuffix(tr("settings", UNITS.get(spec.unit, spec.unit)))
            edit.setObjectName(spec.name)
            label, help_text = FIELD_WORDS[spec.name]
            edit.setToolTip(tr("settings", help_text))
            edit.setAccessibleName(tr("settings", label))
            edit.lineEdit().setAccessibleName(edit.accessibleName())  # what takes the keys
            edit.setAccessibleDescription(
                tr(
                    "settings",
                    "From %1 to %2",
                    edit.textFromValue(spec.minimum),
                    edit.textFromValue(spec.maximum),
                )
            )
            edit.setMinimumWidth(110)
            edit.valueChanged.connect(self._check)
            edit.lineEdit().textChanged.connect(self._check)  # also sees unfinished input
            self.edits[spec.name] = edit
            self._add_row(
                forms[GROUPS.get(spec.name, "Reminders")],
                spec.name,
                tr("settings", "%1:", tr("settings", label)),
                edit,
            )
        self.checks["buddy"] = self.buddy_page.switch  # on its own page
        for name in BOOL_FIELDS:
            if name in self.checks:
                continue
            box = QCheckBox(tr("settings", BOOL_WORDS[name]))
            box.setObjectName(name)
            box.setChecked(bool(getattr(current, name)))
            self.checks[name] = box
            forms["Routines"].addRow(box)
        self.keep_history = QComboBox()
        self.keep_history.setObjectName("keep_history_days")
        self.keep_history.setAccessibleName(tr("settings", "History to keep"))
        self.keep_history.setToolTip(
            tr(
                "settings",
                "Older reminders and stretches of sitting are deleted when the app starts.",
            )
        )
        for days in KEEP_HISTORY_DAYS:
            self.keep_history.addItem(tr("settings", KEEP_LABELS[days]), days)
        self.keep_history.setCurrentIndex(KEEP_HISTORY_DAYS.index(current.keep_history_days))
        forms["Reminders"].addRow(tr("settings", "Keep history:"), self.keep_history)
        self._build_hours(forms["Working hours"], current)
        self.answers: dict[str, QComboBox] = {}
        self._build_answers(forms["Health answers"], current, exercise_names or {})
        self.failure = QLabel()
        self.failure.setStyleSheet(error_style(self.failure.palette()))
        self.failure.setWordWrap(True)
        self.failure.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self._apply)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        hint = QLabel(tr("settings", "Changes apply to the running reminder at once."))
        hint.setEnabled(False)
        root = QVBoxLayout(self)
        root.addWidget(self.tabs)
        root.addWidget(hint)
        root.addWidget(self.failure)
        root.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self._check()

    def show_page(self, title: str) -> None:
        """Bring the page with this (translated) tab title to the front."""
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == title:
                self.tabs.setCurrentIndex(index)

    def _add_row(self, form: QFormLayout, name: str, label: str, edit: QSpinBox) -> None:
        line = QHBoxLayout()
        line.addWidget(edit)
        line.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(line)
        error = _error_label(name)
        column.addWidget(error)
        self.errors[name] = error
        form.addRow(label, column)

    def _build_hours(self, form: QFormLayout, current: Settings) -> None:
        self.use_hours = QCheckBox(tr("settings", "Only remind me during these hours"))
        self.use_hours.setObjectName("use_working_hours")
        self.use_hours.setChecked(bool(current.working_hours))
        self.use_hours.toggled.connect(self._check)
        form.addRow(self.use_hours)
        table = (
            hours.dump(current.working_hours)
            if current.working_hours
            else {d: ["09:00-17:00"] for d in hours.DAYS[:5]}
        )
        for day, key in enumerate(hours.DAYS):
            name = QLocale().dayName(day + 1)
            edit = QLineEdit(", ".join(table.get(key, [])))
            edit.setObjectName(f"hours-{key}")
            edit.setPlaceholderText(tr("settings", "no reminders"))
            edit.setToolTip(
                tr(
                    "settings",
                    "Ranges like 09:00-12:30, 13:30-17:30; 22:00-02:00 runs past midnight",
                )
            )
            edit.setAccessibleName(tr("settings", "Working hours on %1", name))
            edit.textChanged.connect(self._check)
            self.days.append(edit)
            form.addRow(tr("settings", "%1:", name), edit)
        self.errors["working_hours"] = _error_label("working_hours")
        form.addRow(self.errors["working_hours"])
        note = QLabel(
            tr("settings", "Outside these hours the sitting clock still runs, but nothing prompts.")
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)

    def _build_answers(
        self, form: QFormLayout, current: Settings, names: Mapping[str, str]
    ) -> None:
        """One row per exercise the user answered or hid, each one changeable back."""
        intro = QLabel(
            tr(
                "settings",
                "Exercises with a health question ask \u201cIs this OK for you?\u201d the first "
                "time they come up. Your answers, and the exercises you hid, are listed here; "
                "change any of them at any time.",
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        hidden = set(current.hidden)
        for ex in dict.fromkeys((*current.hidden, *current.cleared)):
            box = QComboBox()
            box.setObjectName(f"answer-{ex}")
            for code, words in ANSWER_WORDS.items():
                box.addItem(tr("settings", words), code)
            box.setCurrentIndex(box.findData(NOT_FOR_ME if ex in hidden else OK_FOR_ME))
            box.setAccessibleName(names.get(ex, ex))
            self.answers[ex] = box
            form.addRow(f"{names.get(ex, ex)}:", box)
        if not self.answers:
            empty = QLabel(tr("settings", "No answers yet."))
            empty.setEnabled(False)
            form.addRow(empty)

    def _answer_lists(self) -> dict[str, Any]:
        """`hidden` and `cleared` as the Health answers page now says."""
        chosen = {ex: box.currentData() for ex, box in self.answers.items()}
        return {
            "hidden": tuple(ex for ex, c in chosen.items() if c == NOT_FOR_ME),
            "cleared": tuple(ex for ex, c in chosen.items() if c == OK_FOR_ME),
        }

    # ---- values ----------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, edit in self.edits.items():
            # typed text the spin box has not accepted yet counts as it stands (refused below)
            text = edit.cleanText().strip()
            acceptable = edit.hasAcceptableInput()
            out[name] = edit.value() if acceptable else (int(text) if text.isdigit() else text)
        return out

    def _hours(self) -> tuple[tuple[hours.Span, ...], str | None]:
        if not self.use_hours.isChecked():
            return (), None
        table = {
            key: [part.strip() for part in edit.text().split(",") if part.strip()]
            for key, edit in zip(hours.DAYS, self.days, strict=True)
        }
        try:
            spans = hours.parse({k: v for k, v in table.items() if v})
        except hours.HoursError:
            return (), tr(
                "settings", "Not a range of times: write ranges like 09:00-12:30, 13:30-17:30."
            )
        if not spans:
            return (), tr("settings", "Add at least one range, or untick the box.")
        return spans, None

    def _check(self) -> dict[str, str]:
        problems = {name: self._words(code, name) for name, code in validate(self.values()).items()}
        _spans, hours_error = self._hours()
        if hours_error:
            problems["working_hours"] = hours_error
        name_problem = self.buddy_page.name_problem()
        if name_problem:
            problems["buddy_name"] = name_problem
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        for day in self.days:
            day.setEnabled(self.use_hours.isChecked())
        ok = not problems
        for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(b).setEnabled(ok)
        return problems

    def _words(self, code: str, name: str) -> str:
        """The message for a refused field (core's error code), in the user's language."""
        if code == ERROR_NOT_ABOVE_SHORT_PAUSE:
            return tr("settings", "Must be longer than the short pause.")
        if code == ERROR_NOT_ABOVE_AWAY:
            return tr("settings", "Must be longer than the away time.")
        edit = self.edits[name]  # not a number, or out of range: both say the range
        return tr(
            "settings",
            "Use a value from %1 to %2.",
            edit.textFromValue(edit.minimum()) + edit.suffix(),
            edit.textFromValue(edit.maximum()) + edit.suffix(),
        )

    def settings(self) -> Settings | None:
        if self._check():
            return None
        numbers: dict[str, Any] = {k: int(str(v)) for k, v in self.values().items()}
        flags: dict[str, Any] = {name: box.isChecked() for name, box in self.checks.items()}
        return replace(
            self.current,
            **numbers,
            **flags,
            **self._answer_lists(),
            language=str(self.language.currentData()),
            working_hours=self._hours()[0],
            keep_history_days=int(self.keep_history.currentData()),
            buddy_name=self.buddy_page.buddy_name(),
        )

    def restore_defaults(self) -> None:
        defaults = Settings()
        for spec in FIELDS:
            self.edits[spec.name].setValue(int(getattr(defaults, spec.name)))
        for name, box in self.checks.items():
            box.setChecked(bool(getattr(defaults, name)))
        self.use_hours.setChecked(False)
        self.buddy_page.name.setText(defaults.buddy_name)
        self.keep_history.setCurrentIndex(KEEP_HISTORY_DAYS.index(defaults.keep_history_days))

    def show_failure(self, message: str) -> None:
        self.failure.setText(message)
        self.failure.setVisible(bool(message))

    def _apply(self) -> bool:
        settings = self.settings()
        if settings is None:
            return False
        self.show_failure("")
        self.applied.emit(settings)
        if not self.failure.isVisible():
            self.current = settings
        return not self.failure.isVisible()

    def _ok(self) -> None:
        if self._apply():
            self.accept()
