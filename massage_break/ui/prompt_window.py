"""Last-resort reminder: a small always-on-top window that never takes keyboard focus by
itself. Once the user focuses it (a click, or the window switcher), Enter starts the break,
Space presses the focused button and Esc answers "not now" (snooze, or dismiss)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from massage_break.log import event
from massage_break.ui.i18n import tr


class PromptWindow(QWidget):
    """The Notifier port without a notification server or tray: emits `answered`."""

    answered = Signal(str)
    name = "window"
    is_window = True  # escalation reuses this window instead of stacking a second one

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint,
        )
        # shown without activation: typing elsewhere goes on undisturbed
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(tr("prompt", "Break reminder — Massage Break"))
        self.setObjectName("prompt-window")
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.btn_start = QPushButton(tr("prompt", "Start break"))
        self.btn_snooze = QPushButton(tr("prompt", "Snooze"))
        self.btn_skip = QPushButton(tr("prompt", "Skip"))
        for button, key in (
            (self.btn_start, "start"),
            (self.btn_snooze, "snooze"),
            (self.btn_skip, "skip"),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, k=key: self._answer(k))
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.btn_snooze, self.btn_skip, self.btn_start):
            row.addWidget(button)
        self._row = row
        self.extra_buttons: list[QPushButton] = []  # e.g. "Take it with <buddy>"
        root = QVBoxLayout(self)
        root.addWidget(self.title)
        root.addWidget(self.body)
        root.addLayout(row)
        self.setFixedWidth(380)

    def notify(
        self,
        title: str,
        body: str,
        can_snooze: bool,
        can_skip: bool = True,
        urgency: int = 1,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.btn_snooze.setVisible(can_snooze)
        self.btn_skip.setVisible(can_skip)
        self._set_extra(extra)
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 16, area.top() + 16)
        self.show()
        event("notification_sent", id=0, notifier=self.name)

    def _set_extra(self, extra: tuple[tuple[str, str], ...]) -> None:
        """The extra answers, each a button before Start (rebuilt for every reminder)."""
        for button in self.extra_buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.extra_buttons = []
        for key, label in extra:
            button = QPushButton(label)
            button.setObjectName(f"prompt-{key}")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, k=key: self._answer(k))
            self._row.insertWidget(self._row.indexOf(self.btn_start), button)
            self.extra_buttons.append(button)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isVisible():
                focused.click()
            else:
                self.btn_start.click()
        elif key == Qt.Key.Key_Escape:
            self._answer("snooze" if self.btn_snooze.isVisible() else "dismiss")
        else:
            super().keyPressEvent(event)

    def _answer(self, key: str) -> None:
        self.hide()
        self.answered.emit(key)

    def withdraw(self) -> None:
        self.hide()

    def close(self) -> bool:
        self.hide()
        return True
