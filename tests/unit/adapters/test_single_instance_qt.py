"""The portable single-instance path (QLockFile + QLocalServer), run here on Linux."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from massage_break.adapters import instance_select, single_instance, single_instance_qt
from massage_break.adapters.single_instance_qt import (
    MAX_MESSAGE,
    AlreadyRunning,
    CommandServer,
    InstanceLock,
    ask_instance,
    listen,
    lock_holder,
    send_command,
    server_name,
)
from massage_break.paths import app_paths

REPO = Path(__file__).resolve().parents[3]


def ipc_dir(tmp_path: Path) -> Path:
    paths = app_paths(tmp_path)
    paths.ensure()
    return paths.ipc_dir


CLIENT = """
import json, sys
from pathlib import Path
from PySide6.QtNetwork import QLocalSocket
from massage_break.adapters import single_instance_qt as q
ipc, how, arg = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
if how == "ask":
    print(json.dumps(q.ask_instance(ipc, json.loads(arg))))
else:  # raw bytes (hex), straight onto the socket
    sock = QLocalSocket()
    sock.connectToServer(q.server_name(ipc))
    assert sock.waitForConnected(3000)
    sock.write(bytes.fromhex(arg))
    sock.waitForBytesWritten(3000)
    got = b""
    while not got.endswith(b"\\n") and (sock.waitForReadyRead(3000) or sock.bytesAvailable()):
        got += bytes(sock.readAll().data())
    print(got.decode())
"""


def client(qtbot: QtBot, ipc: Path, how: str, arg: str) -> Any:
    """Run a client in another process (as a second start does) while the Qt loop serves."""
    out: dict[str, Any] = {}

    def run() -> None:
        out["proc"] = subprocess.run(
            [sys.executable, "-c", CLIENT, str(ipc), how, arg],
            capture_output=True,
            text=True,
            timeout=30,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            check=False,
        )

    t = threading.Thread(target=run)
    t.start()
    qtbot.waitUntil(lambda: not t.is_alive(), timeout=30000)
    proc = out["proc"]
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def ask(qtbot: QtBot, ipc: Path, message: dict[str, Any]) -> Any:
    return client(qtbot, ipc, "ask", json.dumps(message))


def raw(qtbot: QtBot, ipc: Path, payload: bytes) -> Any:
    return client(qtbot, ipc, "raw", payload.hex())


def test_the_selector_takes_the_qt_path_when_asked_or_when_posix_ipc_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(instance_select.FORCE_ENV, raising=False)
    assert instance_select.ipc() is single_instance
    monkeypatch.setenv(instance_select.FORCE_ENV, "qt")
    assert instance_select.ipc() is single_instance_qt
    monkeypatch.delenv(instance_select.FORCE_ENV)
    monkeypatch.setitem(sys.modules, "fcntl", None)  # as on Windows: import fcntl fails
    assert instance_select.ipc() is single_instance_qt
    monkeypatch.delitem(sys.modules, "fcntl")
    monkeypatch.delattr("socket.AF_UNIX")
    assert instance_select.ipc() is single_instance_qt


def test_commands_are_answered_and_the_socket_is_user_only(qtbot: QtBot, tmp_path: Path) -> None:
    ipc = ipc_dir(tmp_path)
    seen: list[dict[str, Any]] = []

    def handler(message: dict[str, Any]) -> dict[str, Any]:
        seen.append(message)
        return {"ok": True, "echo": message["command"]}

    lock = InstanceLock(ipc)
    server = CommandServer(ipc, handler, listen(ipc))
    try:
        assert stat.S_IMODE(Path(server_name(ipc)).stat().st_mode) & 0o077 == 0
        assert ask(qtbot, ipc, {"command": "status"}) == {"ok": True, "echo": "status"}
        assert seen == [{"command": "status"}]
    finally:
        server.close()
        lock.release()
    assert not Path(server_name(ipc)).exists()


@pytest.mark.parametrize("payload", [b"not json\n", b"[1,2]\n", b'{"cmd": 1}\n', b"\xff\xfe\n"])
def test_malformed_and_oversized_commands_are_refused(
    qtbot: QtBot, tmp_path: Path, payload: bytes
) -> None:
    ipc = ipc_dir(tmp_path)
    seen: list[dict[str, Any]] = []
    server = CommandServer(ipc, lambda m: seen.append(m) or {"ok": True})
    try:
        reply = raw(qtbot, ipc, payload)
        assert reply["ok"] is False and "malformed" in reply["error"]
        big = raw(qtbot, ipc, b"x" * (MAX_MESSAGE + 10))
        assert big == {"ok": False, "error": "message too large"}
        assert seen == []
    finally:
        server.close()


def test_second_instance_cannot_take_the_lock_and_sees_the_holder(tmp_path: Path) -> None:
    ipc = ipc_dir(tmp_path)
    assert lock_holder(ipc) is None
    lock = InstanceLock(ipc)
    try:
        started = time.perf_counter()
        with pytest.raises(AlreadyRunning):
            InstanceLock(ipc)
        assert time.perf_counter() - started >= 0.5  # it outwaited a peeking client
        import os

        assert lock_holder(ipc) == os.getpid()
    finally:
        lock.release()
    assert lock_holder(ipc) is None
    InstanceLock(ipc).release()  # free again once the first one is gone


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    import subprocess

    ipc = ipc_dir(tmp_path)
    code = (
        "import os, sys; from massage_break.adapters.single_instance_qt import InstanceLock;"
        "from pathlib import Path; held = InstanceLock(Path(sys.argv[1])); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code, str(ipc)], check=True, timeout=30)
    assert (ipc / "instance.qtlock").exists()  # the crash left it behind
    assert lock_holder(ipc) is None
    InstanceLock(ipc).release()


def test_client_without_server_raises_and_no_lock_means_no_instance(tmp_path: Path) -> None:
    ipc = ipc_dir(tmp_path)
    with pytest.raises(OSError):
        send_command(ipc, {"command": "status"}, timeout=1)
    assert ask_instance(ipc, {"command": "status"}, start_wait=30) is None


def test_a_starting_instance_is_waited_for(qtbot: QtBot, tmp_path: Path) -> None:
    """The lock is held but the server listens only once the loop is about to run."""
    ipc = ipc_dir(tmp_path)
    lock = InstanceLock(ipc)
    servers: list[CommandServer] = []
    QTimer.singleShot(
        1500,
        lambda: servers.append(CommandServer(ipc, lambda m: {"ok": True, "late": True})),
    )
    try:
        assert ask(qtbot, ipc, {"command": "status"}) == {"ok": True, "late": True}
        assert servers  # answered only after it began listening
    finally:
        for server in servers:
            server.close()
        lock.release()


def test_a_held_lock_without_a_server_gives_up_after_the_wait(tmp_path: Path) -> None:
    ipc = ipc_dir(tmp_path)
    lock = InstanceLock(ipc)
    try:
        assert ask_instance(ipc, {"command": "status"}, start_wait=0.2) is None
    finally:
        lock.release()


def test_a_stale_socket_file_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    ipc = ipc_dir(tmp_path)
    Path(server_name(ipc)).write_text("left by a crash")
    server = CommandServer(ipc, lambda m: {"ok": True})
    try:
        assert ask(qtbot, ipc, {"command": "status"}) == {"ok": True}
    finally:
        server.close()


def test_the_linux_path_does_not_load_qtnetwork() -> None:
    code = (
        "import sys; from massage_break.adapters.instance_select import ipc;"
        "m = ipc(); print(m.__name__, 'PySide6.QtNetwork' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if k != instance_select.FORCE_ENV}
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["massage_break.adapters.single_instance", "False"]
