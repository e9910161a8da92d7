"""Opens the routine window and the settings dialog on demand (imported lazily, kept single)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from massage_break.core.model import PromptBreak, ShowRoutine
from massage_break.core.ports import Autostart
from massage_break.core.settings import Settings
from massage_break.log import event
from massage_break.ui.controller import AppController
from massage_break.ui.i18n import content, tr

if TYPE_CHECKING:
    from massage_break.core.buddy import SharedLink
    from massage_break.ui.buddy_control import BuddyControl, BuddyLink
    from massage_break.ui.history_window import HistoryWindow
    from massage_break.ui.main_window import MainView, MainWindow
    from massage_break.ui.prompt_window import PromptWindow
    from massage_break.ui.resident import Snapshot
    from massage_break.ui.routine_window import RoutineWindow
    from massage_break.ui.settings_dialog import SettingsDialog
    from massage_break.ui.welcome import WelcomeDialog


class Windows:
    def __init__(
        self,
        controller: AppController,
        assets: Path,
        minute_seconds: float,
        autostart: Callable[[], Autostart] | None = None,
        export: Callable[[Path], int] | None = None,
        chime: Callable[[], object] | None = None,
        delete_history: Callable[[], int] | None = None,
        buddy: BuddyControl | None = None,
        tray: bool = True,
    ) -> None:
        """`autostart` makes the start-at-login entry, when the settings dialog first needs it;
        `export(path)` writes the history as CSV (the history window's Export button);
        `delete_history()` deletes every row (its "Delete all history" button); `chime` plays
        the soft sound that ends an eyes-closed or away-from-the-screen step; `buddy` is the
        break buddy's control (its Settings page, its shared breaks); `tray`: whether a tray
        icon is showing (the welcome and the main window speak of where things are)."""
        self.controller = controller
        self.buddy = buddy
        self.chime = chime
        self._export = export
        self._delete_history = delete_history
        self._make_autostart = autostart
        self._autostart: Autostart | None = None
        self.assets = assets
        self.minute_seconds = minute_seconds
        self.routine: RoutineWindow | None = None
        self.settings: SettingsDialog | None = None
        self.history: HistoryWindow | None = None
        self.welcome: WelcomeDialog | None = None
        self.main: MainWindow | None = None
        self.tray = tray
        controller.routine_requested.connect(self.show_routine)
        controller.shared_routine_requested.connect(self.show_shared)
        controller.settings_requested.connect(self.show_settings)
        controller.history_requested.connect(self.show_history)
        controller.window_requested.connect(self.show_main)
        controller.notice.connect(self.show_notice)
        controller.escalated.connect(self.show_prompt)
        controller.skip_confirmation_requested.connect(self.confirm_skip)
        controller.withdrawn.connect(self.withdraw_prompt)
        self.prompt: PromptWindow | None = None
        self._notices: deque[Callable[[], QMessageBox]] = deque()
        self._notice: QMessageBox | None = None
        self._resident: Snapshot | None = None  # resident pages before the windows opened

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def _note_resident(self) -> None:
        """Before the first of the two windows opens: which pages are in memory at rest."""
        if self.routine is None and self.history is None:
            from massage_break.ui.resident import snapshot

            self._resident = snapshot()

    def show_shared(self, request: ShowRoutine, link: BuddyLink | None) -> None:
        """A break shared with a buddy: its window plays with the link, and the link hands
        the buddy's messages to the window."""
        window = self.show_routine(request, link)
        if window is not None and link is not None:
            link.attach(window)

    def show_routine(
        self, request: ShowRoutine, link: SharedLink | None = None
    ) -> RoutineWindow | None:
        """Open the routine window; None when one is open already (it is raised)."""
        if self.routine is not None:
            self._raise(self.routine)
            return None
        self._note_resident()
        from massage_break.ui.routine_window import RoutineWindow

        window = RoutineWindow(
            request,
            self.controller.catalog,
            self.assets,
            self.minute_seconds,
            self.controller.settings,
            chime=self.chime,
            link=link,
        )
        window.finished.connect(self.controller.routine_finished)
        window.checked_in.connect(self.controller.check_in)
        window.preference.connect(self.controller.set_preference)
        window.destroyed.connect(self._routine_closed)
        self.routine = window
        self._raise(window)
        event(
            "routine_shown",
            routine=request.routine_id,
            title=window.windowTitle(),
            shared=link.me if link is not None else "",
        )
        return window

    def _routine_closed(self) -> None:
        self.routine = None
        self._release_when_idle()

    def _release_when_idle(self) -> None:
        """Once the routine and history windows are both gone (deleted on close), give their
        memory back; queued, so the deletion has finished first."""
        if self.routine is None and self.history is None:
            QTimer.singleShot(0, self._release)

    def _release(self) -> None:
        if self.routine is None and self.history is None:
            from massage_break.ui.memory import release_memory

            release_memory(self._resident)
            self._resident = None
            event("memory_released")

    def show_history(self) -> None:
        if self.history is None:
            self._note_resident()
            from massage_break.ui.history_model import HistoryModel
            from massage_break.ui.history_window import HistoryWindow

            model = HistoryModel.of(self.controller, self._delete_history)
            window = HistoryWindow(model, export=self._export)
            model.setParent(window)  # goes, with its connections, when the window goes
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._history_closed)
            self.history = window
        else:
            self.history.refresh()
        self._raise(self.history)
        event("history_shown", today_rows=self.history.rows.topLevelItemCount())

    def _history_closed(self) -> None:
        self.history = None
        self._release_when_idle()

    def set_tray(self, shown: bool) -> None:
        """A tray icon appeared or went away."""
        self.tray = shown
        if self.main is not None:
            self.main.set_tray(shown)

    def main_view(self) -> MainView:
        from massage_break.ui.main_window import MainView
        from massage_break.ui.wording import time_text

        c = self.controller
        s = c.status
        next_at = ""
        reminding = s.paused_until is None and s.in_hours and not s.locked and not s.prompting
        if reminding and s.holding is None and s.next_break_at is not None:
            local = s.next_break_at.astimezone(c.engine.tz)
            next_at = tr("main", "Next break around %1", time_text(local))
        return MainView(c.tooltip(), next_at, s.paused_until is not None)

    def show_main(self) -> None:
        """The app's own window (a second start opens it): kept, and hidden when closed."""
        if self.main is None:
            from massage_break.ui.main_window import MainWindow

            c = self.controller
            window = MainWindow(self.main_view, self.tray)
            window.take_break.connect(c.take_break_now)
            window.pause_minutes.connect(c.pause_for)
            window.pause_tomorrow.connect(c.pause_until_tomorrow)
            window.resume.connect(c.resume)
            window.open_settings.connect(self.show_settings)
            window.open_history.connect(self.show_history)
            window.quit.connect(c.quit_requested)
            c.status_changed.connect(lambda _s: window.refresh() if window.isVisible() else None)
            self.main = window
        self._raise(self.main)
        event("main_window_shown", tray=self.tray)

    def show_buddy_settings(self) -> None:
        """Settings, opened at its Break buddy page (the tray's "Break buddy…")."""
        self.show_settings()
        if self.settings is not None:
            self.settings.show_page(tr("settings", "Break buddy"))

    def show_settings(self) -> None:
        if self.settings is not None:
            self._raise(self.settings)
            return
        from massage_break.ui.settings_dialog import SettingsDialog

        autostart = self.autostart()
        dialog = SettingsDialog(
            self.controller.settings,
            start_at_login=autostart.enabled() if autostart is not None else None,
            exercise_names={
                e.id: content(e.title) for e in self.controller.catalog.exercises.values()
            },
            buddy=self.buddy,
        )
        dialog.applied.connect(lambda s: self._apply(dialog, s))
        dialog.finished.connect(self._settings_closed)
        self.settings = dialog
        self._raise(dialog)

    def show_welcome(self) -> None:
        """The first start's questions; the answers are saved, so it is shown only once."""
        from massage_break.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(
            self.controller.settings, offer_login=self.autostart() is not None, tray=self.tray
        )
        dialog.chosen.connect(self._welcomed)
        dialog.finished.connect(dialog.deleteLater)
        self.welcome = dialog
        self._raise(dialog)
        event("welcome_shown")

    def _welcomed(self, chosen: Settings, login: bool | None) -> None:
        self.welcome = None
        # only what the welcome asks; anything changed in Settings meanwhile stays
        settings = replace(
            self.controller.settings,
            break_interval_min=chosen.break_interval_min,
            partner_mode=chosen.partner_mode,
        )
        try:
            self.controller.apply_settings(settings)
        except OSError as exc:
            self.controller.notice.emit(
                tr("app", "Settings not saved"),
                tr("app", "Your choices could not be saved: %1.", exc),
            )
        autostart = self.autostart()
        if login is not None and autostart is not None:
            try:
                autostart.set_enabled(login)
            except OSError as exc:
                self.controller.notice.emit(
                    tr("app", "Start at login"),
                    tr("app", "Could not set the app to start at login: %1.", exc),
                )
        event(
            "welcome_done",
            interval=settings.break_interval_min,
            partner=settings.partner_mode,
            autostart=login,
        )

    def autostart(self) -> Autostart | None:
        if self._autostart is None and self._make_autostart is not None:
            self._autostart = self._make_autostart()
        return self._autostart

    def _apply(self, dialog: SettingsDialog, settings: Settings) -> None:
        try:
            self.controller.apply_settings(settings)
        except OSError as exc:
            dialog.show_failure(
                tr(
                    "app",
                    "Could not save your settings: %1. Your previous settings file is unchanged.",
                    exc,
                )
            )
            return
        autostart = self.autostart()
        if dialog.login is None or autostart is None:
            return
        wanted = dialog.login.isChecked()
        try:
            if wanted != autostart.enabled():
                autostart.set_enabled(wanted)
                event("autostart_changed", enabled=wanted, via=autostart.name)
        except OSError as exc:
            dialog.show_failure(
                tr("app", "Could not change whether the app starts at login: %1.", exc)
            )

    def _settings_closed(self) -> None:
        if self.settings is not None:
            self.settings.deleteLater()
        self.settings = None

    def show_prompt(self, title: str, body: str, prompt: PromptBreak) -> None:
        """The small always-on-top reminder that typing cannot answer (keys work only after
        a click into it)."""
        if self.prompt is None:
            from massage_break.ui.prompt_window import PromptWindow

            self.prompt = PromptWindow()
            self.prompt.answered.connect(self.controller.answer)
        self.prompt.notify(
            title,
            body,
            prompt.can_snooze,
            prompt.can_skip,
            2 if prompt.escalate else 1,
            extra=self.controller.prompt_extras(),
        )

    def confirm_skip(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("app", "Skip this break?"),
            tr(
                "app",
                "You have skipped a few breaks in a row. A short walk now is easier than a long "
                "one later. Skip this one anyway?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setObjectName("confirm-skip")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("app", "Skip this break"))
        box.button(QMessageBox.StandardButton.No).setText(tr("app", "Keep the reminder"))
        box.accepted.connect(self.controller.confirm_skip)
        box.setModal(False)
        box.show()
        self._confirm = box

    def withdraw_prompt(self) -> None:
        """The reminder was answered elsewhere, walked away from or paused: hide the window."""
        if self.prompt is not None:
            self.prompt.withdraw()

    def show_notice(self, title: str, message: str) -> None:
        """Notices wait their turn: each is shown once the one before it is closed."""

        def make() -> QMessageBox:
            box = QMessageBox(QMessageBox.Icon.Warning, title, message)
            box.setObjectName("notice")
            return box

        self.ask(make)

    def ask(self, make: Callable[[], QMessageBox]) -> None:
        """A question with its own buttons, in the notices' queue: `make()` builds it when
        its turn comes (it answers through its own signals)."""
        self._notices.append(make)
        if self._notice is None:
            self._next_notice()

    def _next_notice(self) -> None:
        if self._notice is not None:
            self._notice.deleteLater()
            self._notice = None
        if not self._notices:
            return
        box = self._notices.popleft()()
        box.setModal(False)
        box.finished.connect(self._next_notice)
        box.show()
        self._notice = box
