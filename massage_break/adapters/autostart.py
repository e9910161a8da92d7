"""Start at login: an XDG autostart entry on Linux, the Run key on Windows, a LaunchAgent on
macOS. The entry itself is the truth, read again whenever the settings dialog opens, so turning
it off in the desktop's own startup settings (or Task Manager) is respected."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from massage_break.adapters.atomic import write_atomic
from massage_break.core.ports import Autostart
from massage_break.identity import APP_ID, DISPLAY_NAME

LAUNCH_ID = APP_ID
LEGACY_ID = "io.github.massage_break"  # the id before the name was settled
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = DISPLAY_NAME
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
APPROVED_ON = bytes([2]) + bytes(11)  # what Windows writes when an entry is switched on


def launch_command(extra: Sequence[str] = ()) -> list[str]:
    """How to start this same installation: its launcher next to the interpreter (a venv, pipx
    or a system package), else `python -m massage_break`."""
    python = Path(sys.executable)
    for name in ("massage-break", "massage-break.exe"):
        launcher = python.with_name(name)
        if launcher.is_file():
            return [str(launcher), *extra]
    quiet = python.with_name("pythonw.exe")  # Windows: no console window at login
    if quiet.is_file():
        python = quiet
    return [str(python), "-m", "massage_break", *extra]


def _exec_arg(arg: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the specification asks: Exec
    quoting first (reserved characters inside double quotes, backslash before `"`, `` ` ``,
    `$` and `\\`, `%` doubled), then the string escaping every value gets (each backslash
    doubled). Control characters have no safe spelling there and are refused."""
    if any(ord(c) < 32 or c == "\x7f" for c in arg):
        raise OSError(f"cannot start {arg!r} from a desktop entry: it contains a control character")
    arg = arg.replace("%", "%%")
    if any(c in arg for c in " \"'\\><~|&;$*?#()`"):
        arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return arg.replace("\\", "\\\\")


def exec_line(command: Sequence[str]) -> str:
    """A desktop entry's Exec value for `command`, each argument quoted as the spec asks."""
    return " ".join(_exec_arg(a) for a in command)


def desktop_entry(command: Sequence[str], comment: str, *extra: str) -> str:
    """The text of an XDG desktop entry that starts `command` (the autostart entry and the
    launcher both come from here); `extra` lines are added as they are (KEY=value)."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={DISPLAY_NAME}",
            f"Comment={comment}",
            "Exec=" + exec_line(command),
            f"Icon={APP_ID}",
            "Terminal=false",
            *extra,
            "",
        ]
    )


def _place(path: Path, data: bytes | None) -> None:
    """Write the entry whole, or remove it (None); removing a missing one is not an error."""
    if data is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)


class XdgAutostart:
    """`~/.config/autostart/io.github.massage_break.MassageBreak.desktop`."""

    name = "xdg"

    def __init__(self, directory: Path, command: Sequence[str]) -> None:
        self.path = directory / f"{LAUNCH_ID}.desktop"
        self.legacy_path = directory / f"{LEGACY_ID}.desktop"  # written by 0.1 releases
        self.command = list(command)

    def enabled(self) -> bool:
        return any(self._enabled(path) for path in (self.path, self.legacy_path))

    @staticmethod
    def _enabled(path: Path) -> bool:
        try:
            text = path.read_text("utf-8", errors="replace")
        except OSError:
            return False
        keys = {
            key.strip(): value.strip().lower()
            for key, _, value in (line.partition("=") for line in text.splitlines())
            if _ and not key.startswith("#")
        }
        return (
            keys.get("Hidden", "false") != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true") != "false"
        )

    def set_enabled(self, on: bool) -> None:
        entry = desktop_entry(
            self.command,
            "Start the break reminder at login",
            "NoDisplay=true",
            "X-GNOME-Autostart-enabled=true",
        )
        _place(self.path, entry.encode("utf-8") if on else None)
        _place(self.legacy_path, None)


class WindowsAutostart:
    """A value under HKEY_CURRENT_USER's Run key. Task Manager's Startup tab switches it off by
    writing a flag under StartupApproved (an odd first byte); that counts as off, and turning
    it on here clears the flag."""

    name = "windows"

    def __init__(self, command: Sequence[str], registry: Any = None) -> None:
        if registry is None:
            import winreg as registry  # type: ignore[import-not-found,no-redef,unused-ignore]
        import subprocess

        self.reg = registry
        self.value = subprocess.list2cmdline(list(command))

    def _key(self, path: str, access: int) -> Any:
        return self.reg.CreateKeyEx(self.reg.HKEY_CURRENT_USER, path, 0, access)

    def _switched_off(self) -> bool:
        try:
            with self._key(APPROVED_KEY, self.reg.KEY_READ) as key:
                flag, _kind = self.reg.QueryValueEx(key, RUN_VALUE)
        except OSError:
            return False  # never touched in Task Manager
        return bool(flag) and flag[0] % 2 == 1

    def enabled(self) -> bool:
        try:
            with self._key(RUN_KEY, self.reg.KEY_READ) as key:
                self.reg.QueryValueEx(key, RUN_VALUE)
        except OSError:
            return False
        return not self._switched_off()

    def set_enabled(self, on: bool) -> None:
        with self._key(RUN_KEY, self.reg.KEY_SET_VALUE) as key:
            if on:
                self.reg.SetValueEx(key, RUN_VALUE, 0, self.reg.REG_SZ, self.value)
            else:
                with contextlib.suppress(FileNotFoundError):  # already gone
                    self.reg.DeleteValue(key, RUN_VALUE)
        if on and self._switched_off():
            with self._key(APPROVED_KEY, self.reg.KEY_SET_VALUE) as key:
                self.reg.SetValueEx(key, RUN_VALUE, 0, self.reg.REG_BINARY, APPROVED_ON)


class MacAutostart:
    """`~/Library/LaunchAgents/io.github.massage_break.MassageBreak.plist`, run at load."""

    name = "launchd"

    def __init__(self, directory: Path, command: Sequence[str]) -> None:
        self.path = directory / f"{LAUNCH_ID}.plist"
        self.legacy_path = directory / f"{LEGACY_ID}.plist"  # written by 0.1 releases
        self.command = list(command)

    def enabled(self) -> bool:
        return any(self._enabled(path) for path in (self.path, self.legacy_path))

    @staticmethod
    def _enabled(path: Path) -> bool:
        import plistlib

        try:
            agent = plistlib.loads(path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return bool(agent.get("RunAtLoad")) and not agent.get("Disabled", False)

    def set_enabled(self, on: bool) -> None:
        import plistlib

        agent = {
            "Label": LAUNCH_ID,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        _place(self.path, plistlib.dumps(agent) if on else None)
        _place(self.legacy_path, None)


def create_autostart(
    base_dir: Path | None,
    extra: Sequence[str] = (),
    platform: str = sys.platform,
    config_home: Callable[[], Path] | None = None,
) -> Autostart:
    """The platform's mechanism; with a base directory (tests) an XDG-style entry inside it, so
    nothing outside that folder is touched."""
    command = launch_command(extra)
    if base_dir is not None:
        return XdgAutostart(base_dir / "autostart", command)
    if platform == "win32":
        return WindowsAutostart(command)
    if platform == "darwin":
        return MacAutostart(Path.home() / "Library" / "LaunchAgents", command)
    if config_home is None:
        import platformdirs

        config_home = platformdirs.user_config_path
    return XdgAutostart(config_home() / "autostart", command)
