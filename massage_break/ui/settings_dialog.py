"""Settings dialog: rows generated from the core field table, refused inline when invalid."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from massage_break.core.settings import FIELDS, Settings, validate

ERROR_STYLE = "color: #c0392b;"


class SettingsDialog(QDialog):
    """Emits `applied(Settings)`; the receiver saves and may report a failure with `failed`."""

    applied = Signal(object)

    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("massage_break settings")
        self.setObjectName("settings-dialog")
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in FIELDS:
            edit = QLineEdit(str(getattr(current, spec.name)))
            edit.setObjectName(spec.name)
            edit.setToolTip(spec.help)
            edit.setAccessibleName(spec.label)
            edit.setMaximumWidth(90)
            edit.textChanged.connect(self._check)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setObjectName(f"{spec.name}-error")
            error.setVisible(False)
            row = QVBoxLayout()
            line = QWidget()
            inner = QFormLayout(line)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addRow(edit, QLabel(spec.unit))
            row.addWidget(line)
            row.addWidget(error)
            form.addRow(f"{spec.label}:", row)
            self.edits[spec.name], self.errors[spec.name] = edit, error
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
        hint.setStyleSheet("color: palette(mid);")
        root = QVBoxLayout(self)
        root.addLayout(form)
        root.addWidget(hint)
        root.addWidget(self.failure)
        root.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self._check()

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, edit in self.edits.items():
            text = edit.text().strip()
            out[name] = int(text) if text.lstrip("-").isdigit() else text
        return out

    def _check(self) -> dict[str, str]:
        problems = validate(self.values())
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        ok = not problems
        for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(b).setEnabled(ok)
        return problems

    def settings(self) -> Settings | None:
        if self._check():
            return None
        return Settings(**{k: int(str(v)) for k, v in self.values().items()})

    def restore_defaults(self) -> None:
        defaults = Settings()
        for spec in FIELDS:
            self.edits[spec.name].setText(str(getattr(defaults, spec.name)))

    def show_failure(self, message: str) -> None:
        self.failure.setText(message)
        self.failure.setVisible(bool(message))

    def _apply(self) -> bool:
        settings = self.settings()
        if settings is None:
            return False
        self.show_failure("")
        self.applied.emit(settings)
        return not self.failure.isVisible()

    def _ok(self) -> None:
        if self._apply():
            self.accept()
