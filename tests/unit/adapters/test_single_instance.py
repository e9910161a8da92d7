import json
import socket
import stat
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.single_instance import (
    MAX_MESSAGE,
    AlreadyRunning,
    CommandServer,
    InstanceLock,
    ask_instance,
    listen,
    lock_holder,
    send_command,
    socket_path,
)
from massage_break.paths import app_paths


def serve(tmp_path: Path, seen: list[dict[str, Any]]) -> tuple[Path, CommandServer]:
    paths = app_paths(tmp_path)
    paths.ensure()

    def handler(message: dict[str, Any]) -> dict[str, Any]:
        seen.append(message)
        return {"ok": True, "echo": message["command"]}

    return paths.ipc_dir, CommandServer(paths.ipc_dir, handler)


def ask(qtbot: QtBot, ipc: Path, payload: bytes) -> dict[str, Any]:
    """Send raw bytes from a thread while the Qt loop serves them."""
    import threading

    out: dict[str, Any] = {}

    def client() -> None:
        with socket.socket(socket.AF_UNIX) as s:
            s.settimeout(5)
            s.connect(str(socket_path(ipc)))
            data = b""
            try:
                s.sendall(payload)
                while chunk := s.recv(65536):
                    data += chunk
            except ConnectionError:
                out["reset"] = True  # the server hung up on us
        out.update(json.loads(data or b"{}"))

    t = threading.Thread(target=client)
    t.start()
    qtbot.waitUntil(lambda: not t.is_alive(), timeout=5000)
    return out


def test_commands_are_answered_and_paths_are_user_only(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []
    ipc, server = serve(tmp_path, seen)
    try:
        assert stat.S_IMODE(ipc.stat().st_mode) == 0o700
        assert stat.S_IMODE(socket_path(ipc).stat().st_mode) == 0o600
        reply = ask(qtbot, ipc, b'{"command": "status"}\n')
        assert reply == {"ok": True, "echo": "status"} and seen == [{"command": "status"}]
    finally:
        server.close()


@pytest.mark.parametrize("payload", [b"not json\n", b"[1,2]\n", b'{"cmd": 1}\n', b"\xff\xfe\n"])
def test_malformed_commands_are_refused(
    qtbot: QtBot, tmp_path: Path, payload: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[dict[str, Any]] = []
    ipc, server = serve(tmp_path, seen)
    try:
        reply = ask(qtbot, ipc, payload)
        assert reply["ok"] is False and "malformed" in reply["error"]
        assert seen == [] and "refused a malformed command" in caplog.text
    finally:
        server.close()


def test_oversized_commands_are_refused(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[dict[str, Any]] = []
    ipc, server = serve(tmp_path, seen)
    try:
        reply = ask(qtbot, ipc, b'{"command": "' + b"x" * (MAX_MESSAGE * 4) + b'"}\n')
        # the refusal arrives, or the hang-up beats it: either way nothing was handled
        reply.pop("reset", None)
        assert reply in ({"ok": False, "error": "message too large"}, {})
        assert seen == [] and "refused an oversized command" in caplog.text
    finally:
        server.close()


def test_second_instance_cannot_take_the_lock(tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    paths.ensure()
    lock = InstanceLock(paths.ipc_dir)
    try:
        with pytest.raises(AlreadyRunning):
            InstanceLock(paths.ipc_dir)
    finally:
        lock.release()
    InstanceLock(paths.ipc_dir).release()  # free again once the first one is gone
    assert stat.S_IMODE((paths.ipc_dir / "instance.lock").stat().st_mode) == 0o600


def test_a_stale_socket_is_replaced_and_removed_at_close(tmp_path: Path, qtbot: QtBot) -> None:
    paths = app_paths(tmp_path)
    paths.ensure()
    socket_path(paths.ipc_dir).write_text("left by a crash")
    server = CommandServer(paths.ipc_dir, lambda m: {"ok": True})
    assert ask(qtbot, paths.ipc_dir, b'{"command": "status"}\n') == {"ok": True}
    server.close()
    assert not socket_path(paths.ipc_dir).exists()


def test_client_without_server_raises(tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    paths.ensure()
    with pytest.raises(OSError):
        send_command(paths.ipc_dir, {"command": "status"}, timeout=1)


def test_a_starting_instance_is_waited_for_not_reported_missing(tmp_path: Path) -> None:
    """The lock is held but the socket is not open yet: the client waits and is answered."""
    import threading

    paths = app_paths(tmp_path)
    paths.ensure()
    lock = InstanceLock(paths.ipc_dir)
    assert lock_holder(paths.ipc_dir) is not None

    def open_late() -> None:
        time.sleep(0.4)
        with listen(paths.ipc_dir) as sock:
            sock.setblocking(True)
            conn, _ = sock.accept()
            with conn:
                conn.recv(4096)
                conn.sendall(b'{"ok": true, "late": true}\n')

    opener = threading.Thread(target=open_late)
    opener.start()
    try:
        assert ask_instance(paths.ipc_dir, {"command": "status"}) == {"ok": True, "late": True}
    finally:
        opener.join(5)
        lock.release()


def test_no_lock_means_no_instance_at_once(tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    paths.ensure()
    socket_path(paths.ipc_dir).touch()  # a stale socket file left by a crash
    (paths.ipc_dir / "instance.lock").write_text("999999\n")  # and a stale pid
    assert lock_holder(paths.ipc_dir) is None
    assert ask_instance(paths.ipc_dir, {"command": "status"}, start_wait=30) is None


def test_a_held_lock_without_a_socket_gives_up_after_the_wait(tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    paths.ensure()
    lock = InstanceLock(paths.ipc_dir)
    try:
        assert ask_instance(paths.ipc_dir, {"command": "status"}, start_wait=0.2) is None
    finally:
        lock.release()
    assert lock_holder(paths.ipc_dir) is None
