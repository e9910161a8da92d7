"""Where the app keeps its files: platform directories, or one base directory for tests."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

APP_NAME = "massage_break"


class AppPaths(NamedTuple):
    config: Path
    data: Path
    state: Path

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def history_file(self) -> Path:
        return self.data / "history.sqlite3"

    @property
    def state_file(self) -> Path:
        return self.state / "state.json"

    @property
    def ipc_dir(self) -> Path:
        """User-only directory holding the instance lock and the command socket."""
        return self.state / "ipc"

    def ensure(self) -> None:
        for directory in (self.config, self.data, self.state):
            directory.mkdir(parents=True, exist_ok=True)
        self.ipc_dir.mkdir(mode=0o700, exist_ok=True)
        os.chmod(self.ipc_dir, 0o700)


def app_paths(base_dir: Path | None = None) -> AppPaths:
    if base_dir is not None:
        return AppPaths(base_dir / "config", base_dir / "data", base_dir / "state")
    import platformdirs

    return AppPaths(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
    )
