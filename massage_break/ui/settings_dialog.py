"""Settings dialog: rows generated from the core field table, refused inline when invalid."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from massage_break.core import hours
from massage_break.core.settings import (
    BOOL_FIELDS,
    FIELDS,
    GROUPS,
    KEEP_HISTORY_DAYS,
    Settings,
    validate,
)

ERROR_STYLE = "color: #c0392b;"
KEEP_LABELS = {0: "Everything", 365: "The last year", 90: "The last 90 days"}
PAGES = ("Reminders", "Activity", "Routines", "Working hours", "Health answers")
#: what each choice in the "Health answers" page does to the two id lists
OK_FOR_ME, NOT_FOR_ME, ASK_AGAIN = "OK for me", "Not for me (hidden)", "Ask me again"
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
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
    ) -> None:
        """`start_at_login` is None where the platform has no way to start the app at login.
        `exercise_names` maps exercise ids to the titles shown under "Health answers"."""
        super().__init__(parent)
        self.setWindowTitle("Settings")  # the desktop adds " — Massage Break"
        self.setObjectName("settings-dialog")
        self.current = current
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.days: list[QLineEdit] = []
        self.tabs = QTabWidget()
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
                self.tabs.addTab(scroll, page)
            else:
                self.tabs.addTab(holder, page)
        self.login: QCheckBox | None = None
        if start_at_login is not None:
            self.login = QCheckBox("Start Massage Break when I log in")
            self.login.setObjectName("start_at_login")
            self.login.setChecked(start_at_login)
            forms["Reminders"].addRow(self.login)
        for spec in FIELDS:
            edit = QLineEdit(str(getattr(current, spec.name)))
            edit.setObjectName(spec.name)
            edit.setToolTip(spec.help)
            edit.setAccessibleName(spec.label)
            edit.setMaximumWidth(80)
            edit.textChanged.connect(self._check)
            self.edits[spec.name] = edit
            self._add_row(
                forms[GROUPS.get(spec.name, "Reminders")],
                spec.name,
                f"{spec.label}:",
                edit,
                spec.unit,
            )
        for name, (_default, label) in BOOL_FIELDS.items():
            box = QCheckBox(label)
            box.setObjectName(name)
            box.setChecked(bool(getattr(current, name)))
            self.checks[name] = box
            forms["Routines"].addRow(box)
        self.keep_history = QComboBox()
        self.keep_history.setObjectName("keep_history_days")
        self.keep_history.setAccessibleName("History to keep")
        self.keep_history.setToolTip(
            "Older reminders and stretches of sitting are deleted when the app starts."
        )
        for days in KEEP_HISTORY_DAYS:
            self.keep_history.addItem(KEEP_LABELS[days], days)
        self.keep_history.setCurrentIndex(KEEP_HISTORY_DAYS.index(current.keep_history_days))
        forms["Reminders"].addRow("Keep history:", self.keep_history)
        self._build_hours(forms["Working hours"], current)
        self.answers: dict[str, QComboBox] = {}
        self._build_answers(forms["Health answers"], current, exercise_names or {})
        self.failure = QLabel()
        self.failure.setStyleSheet(ERROR_STYLE)
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
        hint = QLabel("Changes apply to the running reminder at once.")
        hint.setEnabled(False)
        root = QVBoxLayout(self)
        root.addWidget(self.tabs)
        root.addWidget(hint)
        root.addWidget(self.failure)
        root.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self._check()

    def _add_row(
        self, form: QFormLayout, name: str, label: str, edit: QLineEdit, unit: str
    ) -> None:
        line = QHBoxLayout()
        line.addWidget(edit)
        line.addWidget(QLabel(unit))
        line.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(line)
        error = _error_label(name)
        column.addWidget(error)
        self.errors[name] = error
        form.addRow(label, column)

    def _build_hours(self, form: QFormLayout, current: Settings) -> None:
        self.use_hours = QCheckBox("Only remind me during these hours")
        self.use_hours.setObjectName("use_working_hours")
        self.use_hours.setChecked(bool(current.working_hours))
        self.use_hours.toggled.connect(self._check)
        form.addRow(self.use_hours)
        table = (
            hours.dump(current.working_hours)
            if current.working_hours
            else {d: ["09:00-17:00"] for d in hours.DAYS[:5]}
        )
        for key, name in zip(hours.DAYS, DAY_NAMES, strict=True):
            edit = QLineEdit(", ".join(table.get(key, [])))
            edit.setObjectName(f"hours-{key}")
            edit.setPlaceholderText("no reminders")
            edit.setToolTip("Ranges like 09:00-12:30, 13:30-17:30; 22:00-02:00 runs past midnight")
            edit.textChanged.connect(self._check)
            self.days.append(edit)
            form.addRow(f"{name}:", edit)
        self.errors["working_hours"] = _error_label("working_hours")
        form.addRow(self.errors["working_hours"])
        note = QLabel("Outside these hours the sitting clock still runs, but nothing prompts.")
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)

    def _build_answers(
        self, form: QFormLayout, current: Settings, names: Mapping[str, str]
    ) -> None:
        """One row per exercise the user answered or hid, each one changeable back."""
        intro = QLabel(
            "Exercises with a health question ask \u201cIs this OK for you?\u201d the first "
            "time they come up. Your answers, and the exercises you hid, are listed here; "
            "change any of them at any time."
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        hidden = set(current.hidden)
        for ex in dict.fromkeys((*current.hidden, *current.cleared)):
            box = QComboBox()
            box.setObjectName(f"answer-{ex}")
            box.addItems([OK_FOR_ME, NOT_FOR_ME, ASK_AGAIN])
            box.setCurrentText(NOT_FOR_ME if ex in hidden else OK_FOR_ME)
            box.setAccessibleName(names.get(ex, ex))
            self.answers[ex] = box
            form.addRow(f"{names.get(ex, ex)}:", box)
        if not self.answers:
            empty = QLabel("No answers yet.")
            empty.setEnabled(False)
            form.addRow(empty)

    def _answer_lists(self) -> dict[str, Any]:
        """`hidden` and `cleared` as the Health answers page now says."""
        chosen = {ex: box.currentText() for ex, box in self.answers.items()}
        return {
            "hidden": tuple(ex for ex, c in chosen.items() if c == NOT_FOR_ME),
            "cleared": tuple(ex for ex, c in chosen.items() if c == OK_FOR_ME),
        }

    # ---- values ----------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, edit in self.edits.items():
            text = edit.text().strip()
            out[name] = int(text) if text.lstrip("-").isdigit() else text
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
        except hours.HoursError as exc:
            return (), str(exc)
        if not spans:
            return (), "Add at least one range, or untick the box."
        return spans, None

    def _check(self) -> dict[str, str]:
        problems = validate(self.values())
        _spans, hours_error = self._hours()
        if hours_error:
            problems["working_hours"] = hours_error
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        for day in self.days:
            day.setEnabled(self.use_hours.isChecked())
        ok = not problems
        for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(b).setEnabled(ok)
        return problems

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
            working_hours=self._hours()[0],
            keep_history_days=int(self.keep_history.currentData()),
        )

    def restore_defaults(self) -> None:
        defaults = Settings()
        for spec in FIELDS:
            self.edits[spec.name].setText(str(getattr(defaults, spec.name)))
        for name, box in self.checks.items():
            box.setChecked(bool(getattr(defaults, name)))
        self.use_hours.setChecked(False)
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
