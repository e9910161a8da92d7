"""One instance per user where `fcntl` or AF_UNIX sockets are missing (Windows): a QLockFile
and a QLocalServer (a named pipe on Windows, a user-only socket elsewhere).

Same interface as `single_instance`. QtNetwork is imported only here, so the Linux start,
which uses `single_instance`, does not load it. The server starts listening when the event
loop is about to run (a QLocalServer needs the application object); until then clients see
the lock held and wait, as they do for a starting instance on Linux.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from massage_break.adapters.instance_common import (
    MAX_MESSAGE,
    START_WAIT,
    AlreadyRunning,
    Handler,
    answer,
    ask_while_starting,
)

log = logging.getLogger(__name__)

LOCK_WAIT_MS = 1000  # a client peeking at the lock holds it for microseconds; outwait that


def lock_path(ipc_dir: Path) -> Path:
    return ipc_dir / "instance.qtlock"


def server_name(ipc_dir: Path) -> str:
    """A socket file inside the user-only `ipc_dir`; on Windows a pipe name (pipe names
    cannot hold a path), unique per user and base directory."""
    if os.name == "nt":
        digest = hashlib.sha256(str(ipc_dir.resolve()).encode()).hexdigest()[:24]
        return f"massage-break-{digest}"
    return str(ipc_dir / "command.qsock")


def _lock(ipc_dir: Path) -> QLockFile:
    lock = QLockFile(str(lock_path(ipc_dir)))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    return lock


def lock_holder(ipc_dir: Path) -> int | None:
    """The process id of the running instance, or None. Qt decides: a lock whose process is
    gone is stale. Trying the lock for an instant tells a live holder from a stale file;
    a starting instance outwaits that instant (LOCK_WAIT_MS)."""
    lock = _lock(ipc_dir)
    if lock.tryLock(0):
        lock.unlock()
        return None
    info = lock.getLockInfo()  # PySide6 gives (pid, host, app), pid 0 when unreadable
    pid = int(info[0]) if info else 0
    return pid or None


def send_command(ipc_dir: Path, message: dict[str, Any], timeout: float = 5.0) -> dict[str, Any]:
    """Client side, blocking (no event loop needed). Raises OSError when no instance
    answers, ValueError when the reply is not JSON."""
    ms = int(timeout * 1000)
    sock = QLocalSocket()
    sock.connectToServer(server_name(ipc_dir))
    if not sock.waitForConnected(ms):
        raise OSError(f"no instance answers: {sock.errorString()}")
    try:
        sock.write(json.dumps(message).encode() + b"\n")
        if not sock.waitForBytesWritten(ms):
            raise OSError(f"could not send the command: {sock.errorString()}")
        data = b""
        while not data.endswith(b"\n"):
            # False also when the server hung up right after its reply: read what came
            arrived = sock.waitForReadyRead(ms) or sock.bytesAvailable() > 0
            data += bytes(sock.readAll().data())
            if not arrived:
                break
    finally:
        sock.abort()
    reply: dict[str, Any] = json.loads(data.decode() or "{}")
    return reply


def ask_instance(
    ipc_dir: Path, message: dict[str, Any], start_wait: float = START_WAIT
) -> dict[str, Any] | None:
    """Send `message` to the running instance and return its reply; None when no instance
    runs. One that holds the lock but is not listening yet is starting: wait for it."""
    return ask_while_starting(
        lambda: send_command(ipc_dir, message), lambda: lock_holder(ipc_dir), start_wait
    )


class InstanceLock:
    """A QLockFile holding this process id; one left by a crashed process is taken over."""

    def __init__(self, ipc_dir: Path) -> None:
        self._lock = _lock(ipc_dir)
        if not self._lock.tryLock(LOCK_WAIT_MS):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                raise AlreadyRunning(str(ipc_dir))
            raise OSError(f"cannot create {lock_path(ipc_dir)}: {self._lock.error().name}")

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def listen(ipc_dir: Path) -> str:
    """The name the server will listen on. Call only while holding the lock."""
    return server_name(ipc_dir)


class _Client(QObject):
    """One connection: collects a line, answers it once, hangs up."""

    def __init__(self, conn: QLocalSocket, answer: Callable[[bytes], dict[str, Any]]) -> None:
        super().__init__(conn)
        self.conn, self.answer, self.buffer, self.done = conn, answer, bytearray(), False
        conn.readyRead.connect(self.read)
        conn.disconnected.connect(conn.deleteLater)

    def read(self) -> None:
        if self.done:
            return
        self.buffer += bytes(self.conn.readAll().data())
        if len(self.buffer) > MAX_MESSAGE:
            log.warning("refused an oversized command (over %d bytes)", MAX_MESSAGE)
            self.reply({"ok": False, "error": "message too large"})
        elif b"\n" in self.buffer:
            self.reply(self.answer(bytes(self.buffer.split(b"\n", 1)[0])))

    def reply(self, reply: dict[str, Any]) -> None:
        self.done = True
        if self.conn.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return  # the client gave up, or the server shut down while the command ran
        self.conn.write(json.dumps(reply).encode() + b"\n")
        self.conn.flush()
        self.conn.disconnectFromServer()  # after the reply is written


class CommandServer(QObject):
    """Answers commands with `handler`, on the GUI thread. Only this user may connect."""

    def __init__(self, ipc_dir: Path, handler: Handler, sock: str | None = None) -> None:
        super().__init__()
        self._handler = handler
        self._name = sock if sock is not None else listen(ipc_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self._name)  # left by a crashed instance; we hold the lock
        if not self._server.listen(self._name):
            raise OSError(f"cannot listen for commands: {self._server.errorString()}")
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            _Client(conn, self._answer)

    def _answer(self, line: bytes) -> dict[str, Any]:
        return answer(line, self._handler)

    def close(self) -> None:
        for conn in self._server.findChildren(QLocalSocket):
            conn.abort()
        self._server.close()  # removes the socket file on Unix
