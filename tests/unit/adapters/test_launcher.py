"""The launcher of a pip or venv install: a desktop entry and icon in the user's data home,
written whole, only when missing or stale, and not at all where a package brought its own."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import pytest

from massage_break.adapters.launcher import (
    ENTRY_NAME,
    ICON_PATH,
    data_home,
    entry_text,
    install_launcher,
    installed_entry,
)
from tests.conftest import ASSETS

ICON = Path(ASSETS) / "icons" / "massage-break.svg"
COMMAND = ["/home/ann/my apps/venv/bin/massage-break", "--base-dir", "/tmp/50% off"]


def env_for(tmp_path: Path, **more: str) -> dict[str, str]:
    system = tmp_path / "system"
    system.mkdir(parents=True, exist_ok=True)
    return {
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_DATA_DIRS": str(system),
        **more,
    }


def test_writes_a_valid_entry_and_the_icon(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "massage_break")
    env = env_for(tmp_path)
    written = install_launcher(ICON, env=env, command=COMMAND)
    assert written is not None
    entry = tmp_path / "data" / "applications" / ENTRY_NAME
    icon = tmp_path / "data" / ICON_PATH
    assert written.entry == entry and written.icon == icon
    assert set(written.changed) == {entry, icon}
    assert icon.read_bytes() == ICON.read_bytes()
    lines = entry.read_text().splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Name=Massage Break" in lines
    assert "Icon=io.github.massage_break.MassageBreak" in lines
    assert "StartupWMClass=io.github.massage_break.MassageBreak" in lines
    # the command actually running, quoted as the specification asks
    assert 'Exec="/home/ann/my apps/venv/bin/massage-break" --base-dir "/tmp/50%% off"' in lines
    assert not any(line.startswith("NoDisplay") for line in lines)  # in the app grid
    check = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0 and check.stdout.strip() == "", check.stdout
    events = [r.fields for r in caplog.records if r.getMessage() == "desktop_entry_written"]  # type: ignore[attr-defined]
    assert events and events[0]["path"] == str(entry)


def test_only_missing_or_stale_files_are_written(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    first = install_launcher(ICON, env=env, command=COMMAND)
    assert first is not None
    stamp = first.entry.stat().st_mtime_ns
    again = install_launcher(ICON, env=env, command=COMMAND)
    assert again is not None and again.changed == ()  # up to date: nothing touched
    assert first.entry.stat().st_mtime_ns == stamp
    # reinstalled elsewhere: the Exec line is stale and is written again, the icon kept
    moved = install_launcher(ICON, env=env, command=["/opt/mb/bin/massage-break"])
    assert moved is not None and moved.changed == (first.entry,)
    assert "Exec=/opt/mb/bin/massage-break\n" in first.entry.read_text()
    first.icon.unlink()
    back = install_launcher(ICON, env=env, command=["/opt/mb/bin/massage-break"])
    assert back is not None and back.changed == (first.icon,)
    # nothing half-written is left behind
    assert sorted(p.name for p in first.entry.parent.iterdir()) == [ENTRY_NAME]


def test_relative_paths_become_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    written = install_launcher(ICON, env=env_for(tmp_path), command=["bin/massage-break"])
    assert written is not None
    assert f"Exec={tmp_path}/bin/massage-break\n" in written.entry.read_text()


def test_the_running_installation_is_the_default_command(tmp_path: Path) -> None:
    written = install_launcher(ICON, ("--base-dir", "/srv/mb"), env=env_for(tmp_path))
    assert written is not None
    exec_line = next(
        line for line in written.entry.read_text().splitlines() if line.startswith("Exec=")
    )
    assert exec_line.endswith(" --base-dir /srv/mb") and exec_line.startswith("Exec=/")


def test_a_package_or_flatpak_brings_its_own(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    system = Path(env["XDG_DATA_DIRS"]) / "applications"
    system.mkdir(parents=True)
    (system / ENTRY_NAME).write_text("[Desktop Entry]\n")
    env["XDG_DATA_DIRS"] = f"relative/share::{env['XDG_DATA_DIRS']}"  # odd items are ignored
    assert installed_entry(env) == system / ENTRY_NAME
    assert install_launcher(ICON, env=env, command=COMMAND) is None
    assert not (tmp_path / "data" / "applications").exists()
    flatpak = env_for(tmp_path / "f", FLATPAK_ID="io.github.massage_break.MassageBreak")
    assert install_launcher(ICON, env=flatpak, command=COMMAND) is None


def test_the_default_folders(tmp_path: Path) -> None:
    assert data_home({"XDG_DATA_HOME": "relative", "HOME": "/home/ann"}) == Path(
        "/home/ann/.local/share"
    )
    assert data_home({"XDG_DATA_HOME": "/x/share"}) == Path("/x/share")
    assert data_home({}) == Path.home() / ".local" / "share"
    # with XDG_DATA_DIRS unset the spec's defaults are looked at (none holds ours here)
    assert installed_entry({}) is None


def test_a_folder_that_cannot_be_written_is_an_error(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    Path(env["XDG_DATA_HOME"]).write_text("a file where the folder should be")
    with pytest.raises(OSError):
        install_launcher(ICON, env=env, command=COMMAND)


def test_the_entry_text_starts_the_given_command() -> None:
    assert "Exec=massage-break\n" in entry_text(["massage-break"])


def test_the_launcher_says_what_the_packaged_entry_says() -> None:
    """One entry for every install: the venv's launcher differs from the package's only in
    the path it starts (so the packaged file and the code cannot drift apart)."""
    packaged = Path(ASSETS).parent / "packaging" / "linux" / ENTRY_NAME

    def keys(text: str) -> dict[str, str]:
        return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)

    ours, theirs = keys(entry_text(["massage-break"])), keys(packaged.read_text())
    assert ours == theirs
