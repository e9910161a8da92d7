"""One instance per user: a lock file, and a user-only local socket for commands.

A second start sends its command as one JSON line and prints the JSON reply. The client side
is plain `socket` (no Qt), so `massage-break status --json` is quick.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import struct
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MAX_MESSAGE = 4096
Handler = Callable[[dict[str, Any]], dict[str, Any]]


class AlreadyRunning(RuntimeError):
    pass


def socket_path(ipc_dir: Path) -> Path:
    return ipc_dir / "command.sock"


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


def _peer_uid(fd: int) -> int | None:
    if not sys.platform.startswith("linux"):
        return None
    sock = socket.socket(fileno=os.dup(fd))
    try:
        creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    finally:
        sock.close()
    return int(struct.unpack("3i", creds)[1])


class InstanceServer(QObject):
    """Holds the instance lock and answers commands with `handler` (on the GUI thread)."""

    def __init__(self, ipc_dir: Path, handler: Handler) -> None:
        super().__init__()
        self._lock = QLockFile(str(ipc_dir / "instance.lock"))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale
        if not self._lock.tryLock(100):
            raise AlreadyRunning(str(ipc_dir))
        self._handler = handler
        path = socket_path(ipc_dir)
        QLocalServer.removeServer(str(path))
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(str(path)):
            raise OSError(f"cannot listen on {path}: {self._server.errorString()}")
        os.chmod(path, 0o600)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            uid = _peer_uid(int(conn.socketDescriptor()))
            if uid is not None and uid != os.getuid():
                log.warning("refused a command from user %s", uid)
                conn.abort()
                continue
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(conn.deleteLater)

    def _read(self, conn: QLocalSocket) -> None:
        if conn.bytesAvailable() > MAX_MESSAGE:
            log.warning("refused an oversized command (%d bytes)", conn.bytesAvailable())
            self._reply(conn, {"ok": False, "error": "message too large"})
            return
        if not conn.canReadLine():
            return
        line = bytes(conn.readLine().data())
        try:
            message = json.loads(line.decode())
            if not isinstance(message, dict) or not isinstance(message.get("command"), str):
                raise ValueError("expected an object with a 'command'")
            reply = self._handler(message)
        except (UnicodeDecodeError, ValueError) as exc:
            log.warning("refused a malformed command: %s", exc)
            reply = {"ok": False, "error": f"malformed command: {exc}"}
        self._reply(conn, reply)

    @staticmethod
    def _reply(conn: QLocalSocket, reply: dict[str, Any]) -> None:
        conn.write(json.dumps(reply).encode() + b"\n")
        conn.flush()
        conn.disconnectFromServer()

    def close(self) -> None:
        self._server.close()
        self._lock.unlock()
