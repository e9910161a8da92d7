"""Which single-instance implementation this platform gets.

`single_instance` (flock + an AF_UNIX socket, no QtNetwork) where the platform has both;
`single_instance_qt` (QLockFile + QLocalServer) elsewhere, or when MASSAGE_BREAK_IPC=qt asks
for it (the tests run the portable path on Linux that way).
"""

from __future__ import annotations

import os
import socket
from types import ModuleType

FORCE_ENV = "MASSAGE_BREAK_IPC"


def _posix_ipc() -> bool:
    if not hasattr(socket, "AF_UNIX"):
        return False
    try:
        import fcntl  # noqa: F401
    except ImportError:
        return False
    return True


def ipc() -> ModuleType:
    """The module with InstanceLock, AlreadyRunning, listen, CommandServer, ask_instance,
    send_command and lock_holder."""
    if os.environ.get(FORCE_ENV) == "qt" or not _posix_ipc():
        from massage_break.adapters import single_instance_qt

        return single_instance_qt
    from massage_break.adapters import single_instance

    return single_instance
