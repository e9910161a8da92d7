"""One instance per user: a lock file, and a user-only local socket for commands.

A second start sends its command as one JSON line and prints the JSON reply. Both sides use
the standard library's sockets (the server side is watched by a QSocketNotifier inside the Qt
event loop), so neither QtNetwork nor a helper thread is needed.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import logging
import os
import socket
import struct
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from massage_break.adapters.instance_common import (
    MAX_MESSAGE,
    START_WAIT,
    AlreadyRunning,
    Handler,
    answer,
    ask_while_starting,
)

log = logging.getLogger(__name__)


def socket_path(ipc_dir: Path) -> Path:
    return ipc_dir / "command.sock"


def lock_path(ipc_dir: Path) -> Path:
    return ipc_dir / "instance.lock"


def lock_holder(ipc_dir: Path) -> int | None:
    """The process id of the running instance, or None. Only reads: taking even a shared
    lock here could make a starting instance believe another one runs."""
    path = lock_path(ipc_dir)
    try:
        info = path.stat()
        pid = int(path.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    if not sys.platform.startswith("linux"):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return pid
    try:
        locks = Path("/proc/locks").read_text()
    except OSError:
        return None
    for line in locks.splitlines():
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF"; waiters have "->" after "1:"
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[4] == str(pid):
            inode = fields[5].rsplit(":", 1)[-1]
            if inode == str(info.st_ino):
                return pid
    return None


def ask_instance(
    ipc_dir: Path, message: dict[str, Any], start_wait: float = START_WAIT
) -> dict[str, Any] | None:
    """Send `message` to the running instance and return its reply; None when no instance
    runs. An instance that holds the lock but has not opened its socket yet is starting:
    wait for it (up to `start_wait` seconds) rather than report it as not running."""
    return ask_while_starting(
        lambda: send_command(ipc_dir, message), lambda: lock_holder(ipc_dir), start_wait
    )


def send_command(ipc_dir: Path, message: dict[str, Any], timeout: float = 5.0) -> dict[str, Any]:
    """Client side. Raises OSError when no instance answers."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        sock.connect(str(socket_path(ipc_dir)))
        sock.sendall(json.dumps(message).encode() + b"\n")
        data = b""
        while not data.endswith(b"\n"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    reply: dict[str, Any] = json.loads(data.decode() or "{}")
    return reply


class InstanceLock:
    """An advisory lock the kernel drops when the process dies: never stale."""

    def __init__(self, ipc_dir: Path) -> None:
        self._fd = os.open(lock_path(ipc_dir), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            raise AlreadyRunning(str(ipc_dir)) from None
        os.ftruncate(self._fd, 0)
        os.write(self._fd, f"{os.getpid()}\n".encode())

    def release(self) -> None:
        if self._fd >= 0:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = -1


def _peer_uid(sock: socket.socket) -> int | None:
    if not sys.platform.startswith("linux"):
        return None
    creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return int(struct.unpack("3i", creds)[1])


class _Client:
    def __init__(self, sock: socket.socket, notifier: QSocketNotifier) -> None:
        self.sock, self.notifier, self.buffer = sock, notifier, bytearray()


def listen(ipc_dir: Path) -> socket.socket:
    """The command socket, listening. Opened right after the lock is taken: clients that
    connect before the event loop runs wait in the backlog and are answered once it does.
    Call only while holding the lock."""
    path = socket_path(ipc_dir)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # left by a crashed instance; we hold the lock, so it is ours
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o177)
    try:
        sock.bind(str(path))
    finally:
        os.umask(old)
    path.chmod(0o600)
    sock.listen(16)
    sock.setblocking(False)
    return sock


class CommandServer(QObject):
    """Answers commands with `handler`, on the GUI thread, on a socket from `listen`."""

    def __init__(self, ipc_dir: Path, handler: Handler, sock: socket.socket | None = None) -> None:
        super().__init__()
        self._handler = handler
        self._sock = sock if sock is not None else listen(ipc_dir)
        self._path = socket_path(ipc_dir)
        self._clients: dict[int, _Client] = {}
        self._watch = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._accept)

    def _accept(self, *_: object) -> None:
        while True:
            try:
                conn, _addr = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            uid = _peer_uid(conn)
            if uid is not None and uid != os.getuid():
                log.warning("refused a command from user %s", uid)
                conn.close()
                continue
            conn.setblocking(False)
            fd = conn.fileno()
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._clients[fd] = _Client(conn, notifier)
            notifier.activated.connect(functools.partial(self._read_ready, fd))

    def _read_ready(self, fd: int, *_: object) -> None:
        self._read(fd)

    def _read(self, fd: int) -> None:
        client = self._clients.get(fd)
        if client is None:
            return
        try:
            data = client.sock.recv(MAX_MESSAGE + 1)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self._drop(fd)
            return
        client.buffer += data
        if len(client.buffer) > MAX_MESSAGE:
            log.warning("refused an oversized command (over %d bytes)", MAX_MESSAGE)
            self._reply(fd, {"ok": False, "error": "message too large"})
        elif b"\n" in client.buffer:
            self._reply(fd, self._answer(bytes(client.buffer.split(b"\n", 1)[0])))

    def _answer(self, line: bytes) -> dict[str, Any]:
        return answer(line, self._handler)

    def _reply(self, fd: int, reply: dict[str, Any]) -> None:
        client = self._clients.get(fd)
        if client is None:  # closed while the command ran (the server shut down)
            return
        client.sock.setblocking(True)
        client.sock.settimeout(1.0)
        with contextlib.suppress(OSError):
            client.sock.sendall(json.dumps(reply).encode() + b"\n")
        self._drop(fd)

    def _drop(self, fd: int) -> None:
        client = self._clients.pop(fd, None)
        if client is None:
            return
        client.notifier.setEnabled(False)
        client.notifier.deleteLater()
        client.sock.close()

    def close(self) -> None:
        self._watch.setEnabled(False)
        for fd in list(self._clients):
            self._drop(fd)
        self._sock.close()
        with contextlib.suppress(FileNotFoundError):
            self._path.unlink()
