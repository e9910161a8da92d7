"""A tray host coming and going, heard from the bus: the real StatusNotifierWatcher of the
end-to-end tests, started after the watch and stopped again, on a private session bus."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.tray_host import WATCHER, TrayHostWatch
from tests.unit.adapters.dbus_standins import PrivateBus

SNI_WATCHER = Path(__file__).resolve().parents[2] / "e2e" / "sni_watcher.py"


@contextmanager
def tray_host(bus: PrivateBus, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus.address, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, str(SNI_WATCHER), "--log", str(log)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield proc
    finally:
        proc.terminate()
        proc.wait(10)


def test_hears_a_watcher_come_and_go(qtbot: QtBot, session_bus: PrivateBus, tmp_path: Path) -> None:
    watch = TrayHostWatch(session_bus.address)
    assert watch.present is False  # no tray host yet
    heard: list[bool] = []
    watch.changed.connect(heard.append)
    with tray_host(session_bus, tmp_path / "w.jsonl"):
        qtbot.waitUntil(lambda: heard == [True], timeout=10_000)
        assert watch.present is True
    qtbot.waitUntil(lambda: heard == [True, False], timeout=10_000)
    with tray_host(session_bus, tmp_path / "w2.jsonl"):
        qtbot.waitUntil(lambda: heard == [True, False, True], timeout=10_000)
    qtbot.waitUntil(lambda: len(heard) == 4, timeout=10_000)
    watch.close()
    watch.close()  # twice: nothing left to close


def test_a_watcher_already_there_is_known_at_once(
    qtbot: QtBot, session_bus: PrivateBus, tmp_path: Path
) -> None:
    log = tmp_path / "w.jsonl"
    with tray_host(session_bus, log):
        qtbot.waitUntil(lambda: log.exists() and "ready" in log.read_text(), timeout=10_000)
        watch = TrayHostWatch(session_bus.address)
        assert watch.present is True
        heard: list[bool] = []
        watch.changed.connect(heard.append)
        watch._owner_changed((WATCHER, ":1.9", ":1.10"))  # a new owner: still present
        assert heard == []
        watch.close()


def test_no_bus_means_no_watch(qtbot: QtBot, tmp_path: Path) -> None:
    watch = TrayHostWatch(f"unix:path={tmp_path}/nothing-here")
    assert watch.present is None
    watch.close()


def test_a_bus_that_refuses_the_subscription(
    qtbot: QtBot, session_bus: PrivateBus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bus goes away between connecting and subscribing: no watch, no error."""
    from massage_break.adapters import tray_host

    class Refusing(tray_host.DBusLink):
        def subscribe(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
            raise tray_host.CallFailed("AddMatch", "refused")

    monkeypatch.setattr(tray_host, "DBusLink", Refusing)
    watch = TrayHostWatch(session_bus.address)
    assert watch.present is None
    watch.close()
