"""Settings → Break buddy: the switch, the name a buddy sees, pairing both ways, and the
paired buddies. The switch and the name are settings (saved with OK or Apply); pairing and
forgetting act at once on the running service, so they need the feature on."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from massage_break.core.buddy import PairingCode, PairResult
from massage_break.core.settings import (
    BUDDY_NAME_MAX,
    ERROR_TOO_LONG,
    Settings,
    buddy_name_error,
)
from massage_break.ui.buddy_control import BuddyControl, address_ok
from massage_break.ui.i18n import N_, tr
from massage_break.ui.palette_colours import error_style
from massage_break.ui.settings_words import BOOL_WORDS

NEARBY_REFRESH_MS = 2000
#: what each pairing failure (core.buddy.PAIR_ERRORS) means, in words
PAIR_ERROR_WORDS = {
    "wrong_code": N_(
        "buddy",
        "That code was wrong. Check it and try again: after three wrong tries the other "
        "computer shows a new code.",
    ),
    "no_code": N_(
        "buddy",
        "That computer is not showing a pairing code. Ask your buddy to choose "
        "\u201cShow a pairing code\u201d first.",
    ),
    "unreachable": N_(
        "buddy",
        "Could not reach that computer. Check the address, and that both computers are on "
        "the same network with Break buddy on.",
    ),
    "timeout": N_("buddy", "The other computer did not answer in time. Try again."),
    "refused": N_("buddy", "The other computer refused to pair."),
    "bad_address": N_(
        "buddy", "That is not an address. Write it as host:port, like 192.168.1.20:47321."
    ),
}


def pair_error_text(code: str) -> str:
    words = PAIR_ERROR_WORDS.get(code)
    return tr("buddy", words) if words else tr("buddy", "Pairing failed (%1).", code)


def name_error_text(code: str) -> str:
    """The words for a refused name. The page's field always holds text, so a name is only
    ever too long or not printable (core's ERROR_NOT_TEXT cannot come from it)."""
    if code == ERROR_TOO_LONG:
        return tr("buddy", "Use at most %1 characters.", BUDDY_NAME_MAX)
    return tr("buddy", "Use visible characters: no tabs or line breaks, and not only spaces.")


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(error_style(label.palette()))
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class BuddyPage(QWidget):
    """The "Break buddy" page. `control` is None where the app runs without one (tests)."""

    def __init__(
        self, current: Settings, control: BuddyControl | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("buddy-page")
        self.control = control
        self._token = ""
        self.switch = QCheckBox(tr("settings", BOOL_WORDS["buddy"]))
        self.switch.setObjectName("buddy")
        self.switch.setChecked(current.buddy)
        explain = QLabel(
            tr(
                "buddy",
                "When this is on, this computer listens on the local network so that a buddy "
                "you paired with can connect and invite you to a partner break.",
            )
        )
        explain.setWordWrap(True)
        self.name = QLineEdit(current.buddy_name)
        self.name.setObjectName("buddy_name")
        self.name.setMaxLength(BUDDY_NAME_MAX + 10)  # longer input is refused with words
        default = control.name_default() if control is not None else ""
        self.name.setPlaceholderText(default)
        self.name.setAccessibleName(tr("buddy", "Your name as your buddy sees it"))
        self.name.setToolTip(tr("buddy", "Empty: your login's name (%1).", default))
        self.name_error = _error_label("buddy_name-error")
        names = QFormLayout()
        names.addRow(tr("buddy", "Your name as your buddy sees it:"), self.name)
        names.addRow(self.name_error)
        self.off_hint = QLabel(
            tr("buddy", "Turn Break buddy on and press Apply to pair or to see your buddies.")
        )
        self.off_hint.setWordWrap(True)
        self.off_hint.setEnabled(False)

        self.show_box = self._build_show()
        self.pair_box = self._build_pair()
        self.buddy_box = self._build_buddies()
        root = QVBoxLayout(self)
        root.addWidget(self.switch)
        root.addWidget(explain)
        root.addLayout(names)
        root.addWidget(self.off_hint)
        for box in (self.show_box, self.pair_box, self.buddy_box):
            root.addWidget(box)
        root.addStretch(1)

        self._nearby_timer = QTimer(self)
        self._nearby_timer.setInterval(NEARBY_REFRESH_MS)
        self._nearby_timer.timeout.connect(self.refresh_nearby)
        if control is not None:
            control.changed.connect(self.refresh)
            control.code_changed.connect(self.show_code)
            control.pair_finished.connect(self._paired)
        self.refresh()

    # ---- construction ----------------------------------------------------------------------

    def _build_show(self) -> QGroupBox:
        box = QGroupBox(tr("buddy", "Let someone pair with this computer"))
        self.btn_show = QPushButton(tr("buddy", "Show a pairing code"))
        self.btn_show.clicked.connect(self._show_code_clicked)
        self.code = QLabel()
        self.code.setObjectName("buddy-code")
        font = self.code.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(tr("buddy", "Pairing code"))
        self.addresses = QLabel()
        self.addresses.setWordWrap(True)
        self.addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tries = QLabel()
        self.btn_stop = QPushButton(tr("buddy", "Stop pairing"))
        self.btn_stop.clicked.connect(self._stop_clicked)
        row = QHBoxLayout()
        row.addWidget(self.btn_show)
        row.addWidget(self.btn_stop)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.code)
        layout.addWidget(self.addresses)
        layout.addWidget(self.tries)
        self.show_code(None)
        return box

    def _build_pair(self) -> QGroupBox:
        box = QGroupBox(tr("buddy", "Pair with a code"))
        self.nearby = QListWidget()
        self.nearby.setObjectName("buddy-nearby")
        self.nearby.setAccessibleName(tr("buddy", "Computers nearby"))
        self.nearby.setMaximumHeight(90)
        self.nearby.currentItemChanged.connect(self._nearby_chosen)
        self.address = QLineEdit()
        self.address.setObjectName("buddy-address")
        self.address.setPlaceholderText(tr("buddy", "host:port, e.g. 192.168.1.20:47321"))
        self.address.setAccessibleName(tr("buddy", "Address of the other computer"))
        self.pair_code = QLineEdit()
        self.pair_code.setObjectName("buddy-pair-code")
        self.pair_code.setAccessibleName(tr("buddy", "Code shown on the other computer"))
        self.pair_code.setPlaceholderText(tr("buddy", "e.g. 4829-1736"))
        self.btn_pair = QPushButton(tr("buddy", "Pair"))
        self.btn_pair.clicked.connect(self.pair)
        self.pair_code.returnPressed.connect(self.pair)
        self.pair_result = QLabel()
        self.pair_result.setObjectName("buddy-pair-result")
        self.pair_result.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(tr("buddy", "Nearby:"), self.nearby)
        form.addRow(tr("buddy", "Or type its address:"), self.address)
        form.addRow(tr("buddy", "Code:"), self.pair_code)
        form.addRow(self.btn_pair)
        form.addRow(self.pair_result)
        return box

    def _build_buddies(self) -> QGroupBox:
        box = QGroupBox(tr("buddy", "Your buddies"))
        self.buddy_list = QListWidget()
        self.buddy_list.setObjectName("buddy-list")
        self.buddy_list.setAccessibleName(tr("buddy", "Paired buddies"))
        self.buddy_list.setMaximumHeight(90)
        self.btn_forget = QPushButton(tr("buddy", "Forget…"))
        self.btn_forget.clicked.connect(self.forget_selected)
        layout = QVBoxLayout(box)
        layout.addWidget(self.buddy_list)
        layout.addWidget(self.btn_forget, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # ---- values ----------------------------------------------------------------------------

    def name_problem(self) -> str | None:
        """The refused name's message, or None."""
        code = buddy_name_error(self.name.text())
        text = name_error_text(code) if code is not None else None
        self.name_error.setText(text or "")
        self.name_error.setVisible(text is not None)
        return text

    def buddy_name(self) -> str:
        return self.name.text().strip()

    # ---- live state ------------------------------------------------------------------------

    @property
    def live(self) -> bool:
        return self.control is not None and self.control.on

    def refresh(self) -> None:
        """On/off, the paired buddies and whether they are online."""
        live = self.live
        self.off_hint.setVisible(not live)
        for box in (self.show_box, self.pair_box, self.buddy_box):
            box.setEnabled(live)
        self.buddy_list.clear()
        if self.control is not None:
            for b in self.control.buddies():
                if not b.online:
                    state = tr("buddy", "offline")
                elif b.at_desk:
                    state = tr("buddy", "online, at the desk")
                else:
                    state = tr("buddy", "online, away from the desk")
                item = QListWidgetItem(tr("buddy", "%1 (%2)", b.name, state))
                item.setData(Qt.ItemDataRole.UserRole, b.fingerprint)
                item.setData(Qt.ItemDataRole.UserRole + 1, b.name)
                self.buddy_list.addItem(item)
        if not self.buddy_list.count():
            self.buddy_list.addItem(tr("buddy", "No buddies yet."))
            self.buddy_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.btn_forget.setEnabled(
            live and self.control is not None and bool(self.control.buddies())
        )
        if live and self.isVisible():
            self._nearby_timer.start()
            self.refresh_nearby()
        else:
            self._nearby_timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._nearby_timer.stop()

    def refresh_nearby(self) -> None:
        if not self.live or self.control is None or self.control.port is None:
            self._nearby_timer.stop()
            return
        found = {n.address: n.id for n in self.control.port.nearby()}
        chosen = self.nearby.currentItem()
        keep = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.nearby.blockSignals(True)
        self.nearby.clear()
        for address, ident in sorted(found.items()):
            item = QListWidgetItem(tr("buddy", "%1 at %2", ident[:8], address))
            item.setData(Qt.ItemDataRole.UserRole, address)
            self.nearby.addItem(item)
            if address == keep:
                self.nearby.setCurrentItem(item)
        self.nearby.blockSignals(False)

    def _nearby_chosen(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.address.setText(str(item.data(Qt.ItemDataRole.UserRole)))

    # ---- showing a code --------------------------------------------------------------------

    def _show_code_clicked(self) -> None:
        if self.control is not None:
            self.control.show_code()

    def _stop_clicked(self) -> None:
        if self.control is not None:
            self.control.hide_code()

    def show_code(self, code: PairingCode | None) -> None:
        """The code on screen (a new one after three wrong tries); None hides it."""
        shown = code is not None
        self.code.setVisible(shown)
        self.addresses.setVisible(shown)
        self.tries.setVisible(shown)
        self.btn_stop.setVisible(shown)
        self.btn_show.setVisible(not shown)
        if code is None:
            return
        self.code.setText(code.code)
        where = ", ".join(code.addresses) or tr("buddy", "no address yet")
        self.addresses.setText(tr("buddy", "Listening on: %1", where))
        self.tries.setText(tr("buddy", "Wrong tries left before a new code: %1", code.tries_left))
        self.btn_stop.setFocus()

    # ---- pairing ---------------------------------------------------------------------------

    def pair(self) -> None:
        address, code = self.address.text().strip(), self.pair_code.text().strip()
        if not address_ok(address):
            self._say(pair_error_text("bad_address"), error=True)
            self.address.setFocus()
            return
        if not code:
            self._say(tr("buddy", "Type the code that the other computer shows."), error=True)
            self.pair_code.setFocus()
            return
        if self.control is None or not self.control.on:
            self._say(tr("buddy", "Break buddy is off."), error=True)
            return
        self._say(tr("buddy", "Pairing…"))
        self.btn_pair.setEnabled(False)
        self._token = self.control.pair(address, code)

    def _paired(self, token: str, result: PairResult) -> None:
        if token != self._token:
            return
        self._token = ""
        self.btn_pair.setEnabled(True)
        if result.ok:
            if result.buddy is not None:
                self._say(tr("buddy", "Paired with %1.", result.buddy.name))
            else:  # the contract allows a result without the buddy: no "Paired with ."
                self._say(tr("buddy", "Paired."))
            self.pair_code.clear()
        else:
            self._say(pair_error_text(result.error), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.pair_result.setStyleSheet(error_style(self.pair_result.palette()) if error else "")
        self.pair_result.setText(text)

    # ---- forgetting ------------------------------------------------------------------------

    def forget_selected(self) -> None:
        item = self.buddy_list.currentItem()
        if self.control is None or item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        name = str(item.data(Qt.ItemDataRole.UserRole + 1))
        asked = QMessageBox.question(
            self,
            tr("buddy", "Forget %1?", name),
            tr(
                "buddy",
                "Forget %1? Their computer can no longer connect to this one; to take breaks "
                "together again you pair anew.",
                name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if asked == QMessageBox.StandardButton.Yes:
            self.control.forget(str(item.data(Qt.ItemDataRole.UserRole)))
