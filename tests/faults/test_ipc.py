"""The command socket under hostile input: malformed, oversized, and from another user."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from massage_break.adapters.single_instance import (
    MAX_MESSAGE,
    CommandServer,
    InstanceLock,
    socket_path,
)
from massage_break.paths import app_paths

NOBODY = 65534


class Server:
    def __init__(self, base: Path) -> None:
        self.paths = app_paths(base)
        self.paths.ensure()
        self.seen: list[dict[str, Any]] = []
        self.server = CommandServer(self.paths.ipc_dir, self._handle)

    def _handle(self, message: dict[str, Any]) -> dict[str, Any]:
        self.seen.append(message)
        return {"ok": True, "echo": message["command"]}

    @property
    def socket(self) -> Path:
        return socket_path(self.paths.ipc_dir)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    s = Server(tmp_path)
    yield s
    s.server.close()


def ask(qtbot: QtBot, path: Path, chunks: list[bytes], pause: float = 0.0) -> dict[str, Any]:
    """Send `chunks` from a thread (with `pause` between them) while the Qt loop serves."""
    out: dict[str, Any] = {}

    def client() -> None:
        data = b""
        with socket.socket(socket.AF_UNIX) as s:
            s.settimeout(5)
            s.connect(str(path))
            try:
                for chunk in chunks:
                    s.sendall(chunk)
                    time.sleep(pause)
                while chunk := s.recv(65536):
                    data += chunk
            except ConnectionError:
                out["reset"] = True  # the server hung up before reading everything
        out["raw"] = data
        out.update(json.loads(data or b"{}"))

    t = threading.Thread(target=client)
    t.start()
    qtbot.waitUntil(lambda: not t.is_alive(), timeout=8000)
    return out


MALFORMED = {
    "not-json": b"status please\n",
    "empty-line": b"\n",
    "array": b'["command", "status"]\n',
    "string": b'"status"\n',
    "number": b"42\n",
    "null": b"null\n",
    "missing-command": b'{"cmd": "status"}\n',
    "command-not-a-string": b'{"command": ["status"]}\n',
    "command-null": b'{"command": null}\n',
    "bad-utf8": b'{"command": "st\xffatus"}\n',
    "utf16": '{"command": "status"}\n'.encode("utf-16"),
    "lone-surrogate": b'{"command": "\xed\xa0\x80"}\n',
    "nul-bytes": b"\x00\x00\x00\n",
    "deeply-nested": b"[" * 2000 + b"\n",
    "deeply-nested-object": b'{"a":' * 800 + b"\n",
}


@pytest.mark.parametrize("payload", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_commands_are_refused_and_logged(
    qtbot: QtBot, server: Server, payload: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    """Promise: a message that is not a JSON object with a string 'command' (bad JSON, another
    JSON type, bad UTF-8, nesting deep enough to exhaust the parser) gets a refusal, is
    logged, never reaches the handler, and the server keeps answering the next client."""
    reply = ask(qtbot, server.socket, [payload])
    assert reply["ok"] is False and reply["error"].startswith("malformed command"), reply
    assert server.seen == [] and "refused a malformed command" in caplog.text
    assert ask(qtbot, server.socket, [b'{"command": "status"}\n'])["echo"] == "status"


def padded(total: int) -> bytes:
    """A valid command line of exactly `total` bytes, newline included."""
    head = b'{"command": "status", "pad": "'
    tail = b'"}\n'
    return head + b"x" * (total - len(head) - len(tail)) + tail


def test_a_command_at_the_size_limit_is_answered(qtbot: QtBot, server: Server) -> None:
    """Promise: a command of exactly MAX_MESSAGE bytes (newline included) is still served."""
    message = padded(MAX_MESSAGE)
    assert len(message) == MAX_MESSAGE
    reply = ask(qtbot, server.socket, [message])
    assert reply["ok"] is True and reply["echo"] == "status"
    assert server.seen == [json.loads(message)]


@pytest.mark.parametrize(
    ("chunks", "pause"),
    [
        ([padded(MAX_MESSAGE + 1)], 0.0),
        ([padded(64 * MAX_MESSAGE)], 0.0),
        ([b'{"command": "' + b"y" * (MAX_MESSAGE + 10)], 0.0),  # no newline: no waiting for one
        ([b'{"command": "' + b"z" * 500] * 10, 0.02),  # dripped in small pieces
    ],
    ids=["one-byte-over", "huge", "no-newline", "dripped"],
)
def test_oversized_commands_are_refused_and_logged(
    qtbot: QtBot,
    server: Server,
    chunks: list[bytes],
    pause: float,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Promise: a message over MAX_MESSAGE bytes, however it arrives, is refused and logged
    without reaching the handler, and the server keeps serving."""
    reply = ask(qtbot, server.socket, chunks, pause)
    reply.pop("reset", None)
    reply.pop("raw", None)
    # the refusal arrives, or the hang-up beats it: either way nothing was handled
    assert reply in ({"ok": False, "error": "message too large"}, {})
    assert server.seen == [] and "refused an oversized command" in caplog.text
    assert ask(qtbot, server.socket, [b'{"command": "status"}\n'])["echo"] == "status"


def test_socket_is_user_only_even_with_a_careless_umask(qtbot: QtBot, tmp_path: Path) -> None:
    """Promise: the command socket is 0600 inside a 0700 directory and the lock file is 0600,
    even when the process umask is 0 and the directory was left world-writable before."""
    paths = app_paths(tmp_path)
    paths.ipc_dir.mkdir(parents=True)
    paths.ipc_dir.chmod(0o777)
    old = os.umask(0)
    try:
        paths.ensure()
        lock = InstanceLock(paths.ipc_dir)
        server = CommandServer(paths.ipc_dir, lambda m: {"ok": True})
        left = os.umask(0)
    finally:
        os.umask(old)
    try:
        assert left == 0  # the server put the process umask back as it found it
        ipc_mode = paths.ipc_dir.lstat().st_mode
        sock_mode = socket_path(paths.ipc_dir).lstat().st_mode
        assert stat.S_ISDIR(ipc_mode) and stat.S_IMODE(ipc_mode) == 0o700
        assert stat.S_ISSOCK(sock_mode) and stat.S_IMODE(sock_mode) == 0o600
        assert stat.S_IMODE((paths.ipc_dir / "instance.lock").stat().st_mode) == 0o600
        assert paths.ipc_dir.stat().st_uid == os.getuid()
        assert ask(qtbot, socket_path(paths.ipc_dir), [b'{"command": "x"}\n'])["ok"] is True
    finally:
        server.close()
        lock.release()


# ---- another user ---------------------------------------------------------------------------

CLIENT = r"""
import errno, json, os, socket, sys
state, path = sys.argv[1], sys.argv[2]
out = {"uid": os.getuid()}
try:
    out["state"] = sorted(os.listdir(state))
except OSError as exc:
    out["state"] = errno.errorcode[exc.errno]
s = socket.socket(socket.AF_UNIX)
s.settimeout(5)
try:
    s.connect(path)
except OSError as exc:
    out["connect"] = errno.errorcode.get(exc.errno, str(exc))
else:
    out["connect"] = "ok"
    try:
        s.sendall(b'{"command": "quit"}\n')
        out["reply"] = s.recv(65536).decode()
    except OSError as exc:  # hung up on before or while sending
        out["reply"] = errno.errorcode.get(exc.errno, str(exc))
print(json.dumps(out))
"""


def _nobody_python() -> str | None:
    """An interpreter the nobody user may run (the venv's may live under /root)."""
    for candidate in ("/usr/bin/python3", "/usr/local/bin/python3"):
        real = Path(candidate).resolve()
        if real.exists() and real.stat().st_mode & stat.S_IXOTH:
            return candidate
    return None


@pytest.fixture
def open_server() -> Iterator[Server]:
    """A server under a world-traversable base, so only the ipc folder's mode protects it."""
    base = Path(tempfile.mkdtemp(prefix="mb-ipc-", dir="/tmp"))
    base.chmod(0o755)
    s = Server(base)
    for d in (s.paths.config, s.paths.data, s.paths.state):
        d.chmod(0o755)
    yield s
    s.server.close()
    shutil.rmtree(base)


def as_nobody(qtbot: QtBot, server: Server) -> dict[str, Any]:
    python = _nobody_python()
    assert python is not None
    proc = subprocess.Popen(
        [python, "-I", "-S", "-c", CLIENT, str(server.paths.state), str(server.socket)],
        user=NOBODY,
        group=NOBODY,
        extra_groups=[],
        cwd="/",
        env={"PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10_000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err.decode()
    result: dict[str, Any] = json.loads(out)
    assert result["uid"] == NOBODY
    return result


needs_root = pytest.mark.skipif(
    os.geteuid() != 0 or _nobody_python() is None,
    reason="needs root (to become nobody) and a system python3 nobody can run",
)


@needs_root
def test_another_user_cannot_reach_the_socket(qtbot: QtBot, open_server: Server) -> None:
    """Promise: another local user cannot even connect to the command socket: the 0700
    folder refuses them (they can see the folder's parent, so it is that mode that stops
    them), and nothing reaches the handler."""
    out = as_nobody(qtbot, open_server)
    assert "ipc" in out["state"], "the test must not be stopped by a folder further up"
    assert out["connect"] == "EACCES"
    assert open_server.seen == []


@needs_root
def test_socket_mode_and_peer_check_are_further_walls(
    qtbot: QtBot, open_server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    """Promise: the folder mode is not the only wall: with the folder opened up, the 0600
    socket still refuses another user; with the socket opened up too, the server checks the
    peer's uid, refuses and logs the command."""
    open_server.paths.ipc_dir.chmod(0o755)
    assert as_nobody(qtbot, open_server)["connect"] == "EACCES"
    open_server.socket.chmod(0o666)
    out = as_nobody(qtbot, open_server)
    assert out["connect"] == "ok"
    assert out["reply"] in ("", "ECONNRESET", "EPIPE")  # hung up on, never answered
    assert f"refused a command from user {NOBODY}" in caplog.text
    assert open_server.seen == []


def test_clients_that_hang_up_early_do_not_disturb_the_server(qtbot: QtBot, server: Server) -> None:
    """Promise: clients that connect and vanish (without sending, or mid-message) are dropped
    and the next client is served."""
    for payload in (b"", b'{"command": "sta'):
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(str(server.socket))
            s.sendall(payload)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: not server.server._clients, timeout=3000)
    assert ask(qtbot, server.socket, [b'{"command": "status"}\n'])["echo"] == "status"
    assert server.seen == [{"command": "status"}]
