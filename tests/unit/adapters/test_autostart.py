"""Start at login on each platform: the entry is written, read back, respected and removed."""

import plistlib
import sys
from pathlib import Path
from typing import Any

import pytest

from massage_break.adapters.autostart import (
    APPROVED_KEY,
    LAUNCH_ID,
    RUN_KEY,
    RUN_VALUE,
    MacAutostart,
    WindowsAutostart,
    XdgAutostart,
    _exec_arg,
    create_autostart,
    launch_command,
)

COMMAND = ["/home/ann/my apps/venv/bin/massage-break", "--base-dir", "/tmp/50% off"]


def test_xdg_entry_is_written_read_and_removed(tmp_path: Path) -> None:
    entry = XdgAutostart(tmp_path / "autostart", COMMAND)
    assert not entry.enabled()
    entry.set_enabled(True)
    assert entry.enabled()
    text = entry.path.read_text()
    assert entry.path.name == f"{LAUNCH_ID}.desktop"
    assert text.startswith("[Desktop Entry]\n")
    # spaces quoted, % doubled, as the desktop entry specification asks
    assert 'Exec="/home/ann/my apps/venv/bin/massage-break" --base-dir "/tmp/50%% off"\n' in text
    entry.set_enabled(False)
    assert not entry.enabled() and not entry.path.exists()
    entry.set_enabled(False)  # already off: nothing to do, no error


def test_xdg_entry_names_the_app_as_people_read_it(tmp_path: Path) -> None:
    entry = XdgAutostart(tmp_path, COMMAND)
    entry.set_enabled(True)
    lines = entry.path.read_text().splitlines()
    assert "Name=Massage Break" in lines
    assert "Icon=io.github.massage_break.MassageBreak" in lines


def test_xdg_entry_from_before_the_id_change_counts_and_is_replaced(tmp_path: Path) -> None:
    entry = XdgAutostart(tmp_path, COMMAND)
    old = tmp_path / "io.github.massage_break.desktop"
    old.write_text("[Desktop Entry]\nType=Application\nName=massage_break\nExec=massage-break\n")
    assert entry.enabled()  # the user turned it on under the old id
    entry.set_enabled(True)
    assert entry.enabled() and entry.path.exists() and not old.exists()
    old.write_text("[Desktop Entry]\nExec=massage-break\n")
    entry.set_enabled(False)
    assert not entry.enabled() and not old.exists()


@pytest.mark.parametrize(
    "line", ["Hidden=true", "X-GNOME-Autostart-enabled=false", "Hidden = TRUE"]
)
def test_xdg_entry_switched_off_by_the_desktop_counts_as_off(tmp_path: Path, line: str) -> None:
    entry = XdgAutostart(tmp_path, COMMAND)
    entry.set_enabled(True)
    entry.path.write_text(entry.path.read_text() + line + "\n")
    assert not entry.enabled()
    entry.set_enabled(True)  # turning it on again writes a fresh, enabled entry
    assert entry.enabled()


def test_xdg_entry_in_a_read_only_folder_raises_and_changes_nothing(tmp_path: Path) -> None:
    entry = XdgAutostart(tmp_path / "file-not-dir" / "autostart", COMMAND)
    (tmp_path / "file-not-dir").write_text("in the way")
    with pytest.raises(OSError):
        entry.set_enabled(True)
    assert not entry.enabled()


@pytest.mark.parametrize(
    ("arg", "quoted"),
    [
        ("massage-break", "massage-break"),
        ("/a b/c", '"/a b/c"'),
        # Exec quoting puts a backslash before " $ ` and \; the string escaping that every
        # desktop entry value gets then doubles each backslash
        ('say "hi"', r'"say \\"hi\\""'),
        ("$HOME", r'"\\$HOME"'),
        ("a\\b", r'"a\\\\b"'),
        ("100%", "100%%"),
    ],
)
def test_exec_arguments_are_quoted(arg: str, quoted: str) -> None:
    assert _exec_arg(arg) == quoted


def test_a_control_character_in_the_command_is_refused(tmp_path: Path) -> None:
    entry = XdgAutostart(tmp_path, ["/opt/app\nTerminal=true"])
    with pytest.raises(OSError, match="control character"):
        entry.set_enabled(True)
    assert not entry.path.exists()


class FakeRegistry:
    """The parts of winreg the adapter uses, over a dict."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ, KEY_SET_VALUE, REG_SZ, REG_BINARY = 1, 2, 1, 3

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], tuple[int, object]] = {}
        self.keys: list[str] = []

    class _Key:
        def __init__(self, path: str) -> None:
            self.path = path

        def __enter__(self) -> "FakeRegistry._Key":
            return self

        def __exit__(self, *_: Any) -> None:
            pass

    def CreateKeyEx(self, root: str, path: str, _reserved: int, _access: int) -> "_Key":
        self.keys.append(f"{root}\\{path}")
        return self._Key(path)

    def QueryValueEx(self, key: "_Key", name: str) -> tuple[object, int]:
        if (key.path, name) not in self.values:
            raise FileNotFoundError(name)
        kind, value = self.values[(key.path, name)]
        return value, kind

    def SetValueEx(self, key: "_Key", name: str, _r: int, kind: int, value: object) -> None:
        self.values[(key.path, name)] = (kind, value)

    def DeleteValue(self, key: "_Key", name: str) -> None:
        if self.values.pop((key.path, name), None) is None:
            raise FileNotFoundError(name)


def test_windows_run_key_value_is_set_and_deleted() -> None:
    reg = FakeRegistry()
    entry = WindowsAutostart([r"C:\Program Files\mb\massage-break.exe", "--x"], registry=reg)
    assert not entry.enabled()
    entry.set_enabled(True)
    assert entry.enabled()
    assert reg.values[(RUN_KEY, RUN_VALUE)] == (1, '"C:\\Program Files\\mb\\massage-break.exe" --x')
    assert f"HKCU\\{RUN_KEY}" in reg.keys
    entry.set_enabled(False)
    assert not entry.enabled()
    entry.set_enabled(False)  # deleting a missing value is not an error


def test_windows_entry_switched_off_in_task_manager_counts_as_off_until_turned_on() -> None:
    reg = FakeRegistry()
    entry = WindowsAutostart(["mb.exe"], registry=reg)
    entry.set_enabled(True)
    reg.values[(APPROVED_KEY, RUN_VALUE)] = (3, bytes([3]) + bytes(11))  # Task Manager: off
    assert not entry.enabled()
    entry.set_enabled(True)
    assert entry.enabled()
    assert reg.values[(APPROVED_KEY, RUN_VALUE)] == (3, bytes([2]) + bytes(11))
    reg.values[(APPROVED_KEY, RUN_VALUE)] = (3, bytes([6]) + bytes(11))  # even: on
    assert entry.enabled()


def test_macos_launch_agent_runs_at_load(tmp_path: Path) -> None:
    entry = MacAutostart(tmp_path / "LaunchAgents", COMMAND)
    assert not entry.enabled()
    entry.set_enabled(True)
    agent = plistlib.loads(entry.path.read_bytes())
    assert agent["Label"] == LAUNCH_ID and agent["RunAtLoad"] is True
    assert agent["ProgramArguments"] == COMMAND
    assert entry.enabled()
    entry.path.write_bytes(plistlib.dumps({**agent, "Disabled": True}))
    assert not entry.enabled()
    entry.path.write_bytes(b"not a plist")
    assert not entry.enabled()
    entry.set_enabled(False)
    assert not entry.path.exists()


def test_macos_agent_from_before_the_id_change_counts_and_is_replaced(tmp_path: Path) -> None:
    entry = MacAutostart(tmp_path, COMMAND)
    old = tmp_path / "io.github.massage_break.plist"
    old.write_bytes(plistlib.dumps({"Label": "io.github.massage_break", "RunAtLoad": True}))
    assert entry.enabled()
    entry.set_enabled(True)
    assert entry.enabled() and entry.path.exists() and not old.exists()


def test_the_platform_picks_the_mechanism(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "winreg", FakeRegistry())
    assert create_autostart(None, platform="win32").name == "windows"
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    mac = create_autostart(None, platform="darwin")
    assert isinstance(mac, MacAutostart)
    assert mac.path == tmp_path / "Library" / "LaunchAgents" / f"{LAUNCH_ID}.plist"
    linux = create_autostart(None, platform="linux", config_home=lambda: tmp_path / "cfg")
    assert isinstance(linux, XdgAutostart)
    assert linux.path == tmp_path / "cfg" / "autostart" / f"{LAUNCH_ID}.desktop"
    # a base directory keeps everything inside it, on every platform
    based = create_autostart(tmp_path / "base", ("--base-dir", "x"), platform="win32")
    assert isinstance(based, XdgAutostart) and based.path.is_relative_to(tmp_path / "base")
    assert based.command[-2:] == ["--base-dir", "x"]


def test_launch_command_prefers_the_launcher_next_to_the_interpreter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python = tmp_path / "bin" / "python3"
    python.parent.mkdir()
    python.write_text("")
    monkeypatch.setattr(sys, "executable", str(python))
    assert launch_command(["--v"]) == [str(python), "-m", "massage_break", "--v"]
    (tmp_path / "bin" / "massage-break").write_text("")
    assert launch_command() == [str(tmp_path / "bin" / "massage-break")]
