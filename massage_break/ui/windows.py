"""Opens the routine window and the settings dialog on demand (imported lazily, kept single)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from massage_break.core.model import ShowRoutine
from massage_break.core.settings import Settings
from massage_break.log import event
from massage_break.ui.controller import AppController

if TYPE_CHECKING:
    from massage_break.ui.routine_window import RoutineWindow
    from massage_break.ui.settings_dialog import SettingsDialog


class Windows:
    def __init__(self, controller: AppController, assets: Path, minute_seconds: float) -> None:
        self.controller = controller
        self.assets = assets
        self.minute_seconds = minute_seconds
        self.routine: RoutineWindow | None = None
        self.settings: SettingsDialog | None = None
        controller.routine_requested.connect(self.show_routine)
        controller.settings_requested.connect(self.show_settings)
        controller.notice.connect(self.show_notice)

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def show_routine(self, request: ShowRoutine) -> None:
        if self.routine is not None:
            self._raise(self.routine)
            return
        from massage_break.ui.routine_window import RoutineWindow

        window = RoutineWindow(request, self.controller.catalog, self.assets, self.minute_seconds)
        window.finished.connect(self.controller.routine_finished)
        window.destroyed.connect(self._routine_closed)
        self.routine = window
        self._raise(window)
        event("routine_shown", routine=request.routine_id, title=window.windowTitle())

    def _routine_closed(self) -> None:
        self.routine = None

    def show_settings(self) -> None:
        if self.settings is not None:
            self._raise(self.settings)
            return
        from massage_break.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.controller.settings)
        dialog.applied.connect(lambda s: self._apply(dialog, s))
        dialog.finished.connect(self._settings_closed)
        self.settings = dialog
        self._raise(dialog)

    def _apply(self, dialog: SettingsDialog, settings: Settings) -> None:
        try:
            self.controller.apply_settings(settings)
        except OSError as exc:
            dialog.show_failure(
                f"Could not save your settings: {exc}. Your previous settings file is unchanged."
            )

    def _settings_closed(self) -> None:
        if self.settings is not None:
            self.settings.deleteLater()
        self.settings = None

    def show_notice(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message)
        box.setObjectName("notice")
        box.setModal(False)
        box.show()
        self._notice = box
