"""The composition root's part in reaching the app without a tray: a second start asks for
the window, `install-launcher` writes the launcher, and the fallback reminder follows the tray."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from massage_break import app, cli
from massage_break.ui.prompt_window import PromptWindow
from massage_break.ui.tray import Tray
from tests.unit.ui.test_controller import Rig


def test_a_second_start_asks_for_the_window_and_sub_commands_stay() -> None:
    assert app._command_message(cli.parse([])) == {"command": "show"}
    assert app._command_message(cli.parse(["run"])) == {"command": "show"}
    assert app._command_message(cli.parse(["status"])) == {"command": "status"}
    assert app._command_message(cli.parse(["break-now"])) == {"command": "break-now"}


def test_install_launcher_writes_the_entry_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = Path(os.environ["XDG_DATA_HOME"])  # the test's private one (tests/conftest.py)
    base = tmp_path / "base"
    assert app.main(["--base-dir", str(base), "install-launcher"]) == 0
    entry = data / "applications" / "io.github.massage_break.MassageBreak.desktop"
    assert f"Desktop entry written: {entry}" in capsys.readouterr().out
    assert f"--base-dir {base.resolve()}" in entry.read_text()
    assert app.main(["--base-dir", str(base), "install-launcher"]) == 0
    assert "Desktop entry up to date" in capsys.readouterr().out


def test_install_launcher_says_when_a_package_has_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "applications").mkdir()
    (tmp_path / "applications" / "io.github.massage_break.MassageBreak.desktop").touch()
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path))
    assert app.main(["--base-dir", str(tmp_path / "b"), "install-launcher"]) == 0
    assert "brought its own desktop entry" in capsys.readouterr().out


def test_install_launcher_reports_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    assert app.main(["--base-dir", str(tmp_path / "b"), "install-launcher"]) == 1
    assert "could not write the desktop entry" in capsys.readouterr().err
    app._write_launcher(cli.parse(["--base-dir", str(tmp_path / "b")]))  # logged, not raised
    assert not (blocked / "applications").exists()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_the_fallback_reminder_follows_the_tray(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    r = Rig()
    tray = Tray()
    r.c.notifier = PromptWindow()  # no notification server and no tray
    r.c.notifier.answered.connect(r.c.answer)
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    tray.check_host()
    app._follow_tray(r.c, tray, "icon.svg")
    assert r.c.notifier.name == "tray"
    app._follow_tray(r.c, tray, "icon.svg")  # nothing changed: the same balloon
    assert r.c.notifier.name == "tray"
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    tray.check_host()
    app._follow_tray(r.c, tray, "icon.svg")
    assert r.c.notifier.name == "window"
    r.c.notifier.close()


def test_notifications_do_not_depend_on_the_tray(qtbot: QtBot) -> None:
    r = Rig()
    kept = r.c.notifier  # a D-Bus-like notifier: left as it is
    app._follow_tray(r.c, Tray(), "icon.svg")
    assert r.c.notifier is kept


def test_install_launcher_is_for_linux_desktops(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.sys, "platform", "darwin")
    assert app._install_launcher_command(cli.parse(["install-launcher"])) == 2
    assert "for Linux desktops" in capsys.readouterr().err
    app._write_launcher(cli.parse([]))  # nothing written on start either
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "applications").exists()
