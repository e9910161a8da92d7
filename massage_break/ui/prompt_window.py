"""Last-resort reminder: a small always-on-top window that typing cannot answer.

On X11 it is shown without taking keyboard focus; on Wayland (where it is used only without a
notification server) the compositor may focus it anyway. Either way its buttons ignore every
key (Space, Enter, Esc, letters) until the window has been clicked once with the pointer: a
space typed into another window a moment later must not answer a reminder never seen. After
that click, Enter starts the break, Space presses the focused button and Esc answers
"not now" (snooze, or dismiss), for keyboard users who chose to answer here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from massage_break.log import event
from massage_break.ui.i18n import tr

#: the key events a button or the window takes only after the pointer has clicked into it
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


class PromptWindow(QWidget):
    """The Notifier port without a notification server or tray: emits `answered`."""

    answered = Signal(str)
    name = "window"
    surface = "window"

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint,
        )
        # shown without activation: typing elsewhere goes on undisturbed
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(tr("prompt", "Break reminder — Massage Break"))
        self.setObjectName("prompt-window")
        #: a pointer click into this reminder has happened: keys may answer it
        self.clicked_into = False
        self.installEventFilter(self)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.hint = QLabel(tr("prompt", "Click to answer"))
        self.hint.setObjectName("prompt-hint")
        small = self.hint.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.hint.setFont(small)
        self.btn_start = self._button(tr("prompt", "Start break"), "start")
        self.btn_snooze = self._button(tr("prompt", "Snooze"), "snooze")
        self.btn_skip = self._button(tr("prompt", "Skip"), "skip")
        row = QHBoxLayout()
        row.addWidget(self.hint)
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

    def _button(self, label: str, key: str) -> QPushButton:
        """A button that answers `key` when clicked; never a default button (Enter does not
        press it by itself), and deaf to keys until the window has been clicked."""
        button = QPushButton(label)
        button.setAutoDefault(False)
        button.setDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.installEventFilter(self)
        button.clicked.connect(lambda _=False, k=key: self._answer(k))
        return button

    def notify(
        self,
        title: str,
        body: str,
        can_snooze: bool,
        can_skip: bool = True,
        urgency: int = 1,
        extra: tuple[tuple[str, str], ...] = (),
        resident: bool = False,
    ) -> None:
        """Show the reminder (it stays until answered or withdrawn, whatever `resident`).
        Each reminder has to be clicked into again before keys answer it."""
        self.clicked_into = False
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
        event(
            "prompt_window_shown",
            urgency=urgency,
            buttons=[b.text() for b in self._buttons() if not b.isHidden()],
        )
        event("notification_sent", id=0, notifier=self.name)

    def _buttons(self) -> list[QPushButton]:
        return [self.btn_snooze, self.btn_skip, *self.extra_buttons, self.btn_start]

    def _set_extra(self, extra: tuple[tuple[str, str], ...]) -> None:
        """The extra answers, each a button before Start (rebuilt for every reminder)."""
        for button in self.extra_buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.extra_buttons = []
        for key, label in extra:
            button = self._button(label, key)
            button.setObjectName(f"prompt-{key}")
            self._row.insertWidget(self._row.indexOf(self.btn_start), button)
            self.extra_buttons.append(button)

    def eventFilter(self, watched: QObject, ev: QEvent) -> bool:
        """Keys for the window or its buttons are dropped until a pointer click into it."""
        kind = ev.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.clicked_into = True
        elif kind in _KEY_EVENTS and not self.clicked_into:
            return True
        return False

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
