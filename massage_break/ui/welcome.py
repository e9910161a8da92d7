"""The first start: what the app does, how often to remind, partner routines, start at login,
and when to stop an exercise. Shown once; closing it keeps the defaults."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from massage_break.core.settings import Settings
from massage_break.ui.i18n import N_, tr
from massage_break.ui.texts import STOP_AND_GET_HELP

INTRO = N_(
    "welcome",
    "<p>Massage Break counts how long you have really been sitting, from your keyboard and "
    "mouse rather than the clock. Short pauses do not reset it; a few minutes away do.</p>"
    "<p>When a break is due, a notification offers a routine that fits: a one-minute reset "
    "after a short sit, a walk and standing stretches after half an hour or more, a longer "
    "reset after two hours. Nothing leaves this computer.</p>",
)
CHECK_FIRST = N_(
    "welcome",
    "<p>If you have an injury or a health condition, check with a doctor or "
    "physiotherapist first.</p>",
)
LATER_TRAY = N_("welcome", "You can change all of this later under Settings in the tray menu.")
LATER_NO_TRAY = N_(
    "welcome",
    "Massage Break keeps running in the background: this desktop shows no tray icon. To "
    "change all of this later, open Massage Break again (from the app grid or a launcher): "
    "its window has Settings.",
)
PRESETS = (
    (20, N_("welcome", "Every 20 minutes: short, frequent pauses")),
    (30, N_("welcome", "Every 30 minutes (suggested)")),
    (45, N_("welcome", "Every 45 minutes")),
    (60, N_("welcome", "Every hour: fewer interruptions")),
)


class WelcomeDialog(QDialog):
    """Emits `chosen(Settings, bool | None)`: the settings to keep and whether to start at
    login (None: leave it as it is)."""

    chosen = Signal(object, object)

    def __init__(
        self,
        current: Settings,
        offer_login: bool,
        parent: QWidget | None = None,
        tray: bool = True,
    ) -> None:
        """`tray`: whether a tray icon is showing; without one the welcome says where the app
        is instead (running in the background, its window one start away)."""
        super().__init__(parent)
        self.current = current
        self.setObjectName("welcome")
        self.setWindowTitle(tr("welcome", "Welcome to Massage Break"))
        title = QLabel(tr("welcome", "Welcome to Massage Break"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(tr("welcome", INTRO))
        intro.setWordWrap(True)
        self.presets = QButtonGroup(self)
        choices = QVBoxLayout()
        choices.addWidget(QLabel(f"<b>{tr('welcome', 'Remind me after sitting')}</b>"))
        for minutes, label in PRESETS:
            button = QRadioButton(tr("welcome", label))
            button.setObjectName(f"preset-{minutes}")
            self.presets.addButton(button, minutes)
            choices.addWidget(button)
        chosen = self.presets.button(current.break_interval_min) or self.presets.button(30)
        chosen.setChecked(True)
        self.partner = QCheckBox(
            tr(
                "welcome",
                "Also offer partner back-rub routines when someone\n"
                "is with me (off unless you tick it; always with a\nclear yes from both and a "
                "few private questions first)",
            )
        )
        self.partner.setObjectName("partner_mode")
        self.partner.setChecked(current.partner_mode)  # False unless the user turned it on
        choices.addSpacing(8)
        choices.addWidget(self.partner)
        self.login: QCheckBox | None = None
        if offer_login:
            self.login = QCheckBox(tr("welcome", "Start Massage Break when I log in"))
            self.login.setObjectName("start_at_login")
            self.login.setChecked(True)  # a reminder that is not running reminds no one
            choices.addWidget(self.login)
        choices.addStretch(1)
        safety = QLabel(tr("welcome", CHECK_FIRST) + tr("texts", STOP_AND_GET_HELP))
        safety.setWordWrap(True)
        safety.setObjectName("welcome-safety")
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setFixedWidth(330)
        inner = QVBoxLayout(box)
        inner.addWidget(QLabel(f"<b>{tr('welcome', 'Before you start')}</b>"))
        inner.addWidget(safety)
        inner.addStretch(1)
        sides = QHBoxLayout()
        sides.addLayout(choices, 1)
        sides.addSpacing(12)
        sides.addWidget(box)
        hint = QLabel(tr("welcome", LATER_TRAY if tray else LATER_NO_TRAY))
        hint.setObjectName("welcome-later")
        hint.setWordWrap(True)
        hint.setEnabled(not tray)  # muted beside a tray menu; without one it is the way back
        buttons = QDialogButtonBox()
        self.start = buttons.addButton(
            tr("welcome", "Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start.setDefault(True)
        buttons.accepted.connect(self.accept)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(6)
        column.addLayout(sides)
        column.addWidget(hint)
        column.addWidget(buttons)
        self.setFixedWidth(780)
        # wrapped labels need their height worked out at the final width
        column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def settings(self) -> Settings:
        return replace(
            self.current,
            break_interval_min=self.presets.checkedId(),
            partner_mode=self.partner.isChecked(),
        )

    def accept(self) -> None:
        self.chosen.emit(self.settings(), self.login.isChecked() if self.login else None)
        super().accept()

    def reject(self) -> None:
        """Closed without Start: keep the defaults, and do not ask again."""
        self.chosen.emit(self.current, None)
        super().reject()
