"""The app's launcher for the desktop: a desktop entry and an icon where the desktop looks.

A system package or a Flatpak installs `io.github.massage_break.MassageBreak.desktop` itself;
a pip, pipx or venv install does not, so the app grid has nothing to click and the top bar
shows the bare id. Then the app writes its own entry into `$XDG_DATA_HOME/applications` (Exec:
this very installation) and its icon into the user's hicolor theme, each file whole, and only
when it is missing or says something else (another path after a reinstall).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from massage_break.adapters.atomic import write_atomic
from massage_break.adapters.autostart import desktop_entry, launch_command
from massage_break.identity import APP_ID
from massage_break.log import event

log = logging.getLogger(__name__)

ENTRY_NAME = f"{APP_ID}.desktop"
ICON_PATH = Path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")
DEFAULT_DATA_DIRS = "/usr/local/share:/usr/share"


def data_home(env: Mapping[str, str]) -> Path:
    """`$XDG_DATA_HOME`, or `~/.local/share` when it is unset or not absolute (the spec)."""
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


def installed_entry(env: Mapping[str, str]) -> Path | None:
    """The entry a system package or Flatpak put into one of `$XDG_DATA_DIRS`, if any."""
    for folder in (env.get("XDG_DATA_DIRS") or DEFAULT_DATA_DIRS).split(":"):
        if folder and os.path.isabs(folder):
            candidate = Path(folder) / "applications" / ENTRY_NAME
            if candidate.is_file():
                return candidate
    return None


def entry_text(command: Sequence[str]) -> str:
    """The launcher's desktop entry (the same keys as packaging/linux's), starting `command`."""
    return desktop_entry(
        command,
        "Notices long sitting and offers an illustrated break that fits it",
        "GenericName=Break reminder",
        "Categories=Utility;Qt;",
        "Keywords=break;stretch;sitting;reminder;posture;",
        "StartupNotify=false",
        f"StartupWMClass={APP_ID}",
        "X-GNOME-UsesNotifications=true",
    )


class Written(NamedTuple):
    entry: Path
    icon: Path
    changed: tuple[Path, ...]  # the files written this time (none: all were up to date)


def _update(path: Path, data: bytes) -> bool:
    """Write `data` to `path` whole unless it already holds exactly that."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass  # missing or unreadable: write it
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)
    return True


def install_launcher(
    icon_source: Path,
    extra: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    command: Sequence[str] | None = None,
) -> Written | None:
    """Write the user's desktop entry and icon when they are missing or stale. None when the
    installation brought its own entry (a system package, a Flatpak). Raises OSError."""
    env = os.environ if env is None else env
    if env.get("FLATPAK_ID"):
        return None  # the Flatpak exports its own entry; its data home is private anyway
    system = installed_entry(env)
    if system is not None:
        log.info("desktop entry installed at %s: none written", system)
        return None
    run = list(command) if command is not None else launch_command(extra)
    run[0] = os.path.abspath(run[0])
    home = data_home(env)
    entry, icon = home / "applications" / ENTRY_NAME, home / ICON_PATH
    changed = []
    if _update(icon, icon_source.read_bytes()):
        changed.append(icon)
    if _update(entry, entry_text(run).encode("utf-8")):
        changed.append(entry)
    if changed:
        event("desktop_entry_written", path=str(entry), icon=str(icon), exec=run[0])
    return Written(entry, icon, tuple(changed))
