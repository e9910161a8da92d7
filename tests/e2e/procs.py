"""What the test harnesses (X11 desktop, GNOME Shell, Plasma) share about their processes:
each helper in its own process group (:class:`Proc`, :func:`stop_group`), log tails for
failure messages, the caller's environment without its session, and :class:`Harness`, the
start-once / close-on-failure life cycle.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Self

#: Environment variables of the calling session that must not leak into a test session.
STRIPPED_ENV = frozenset(
    {
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "WAYLAND_SOCKET",
        "XAUTHORITY",
        "SESSION_MANAGER",
        "DESKTOP_SESSION",
        "DBUS_SESSION_BUS_ADDRESS",
        "DBUS_STARTER_ADDRESS",
        "DBUS_STARTER_BUS_TYPE",
        "QT_QPA_PLATFORM",
        "QT_QPA_PLATFORMTHEME",
        "QT_STYLE_OVERRIDE",
        "GNOME_DESKTOP_SESSION_ID",
        "KDE_FULL_SESSION",
        "KDE_SESSION_VERSION",
    }
)


def sessionless_environ() -> dict[str, str]:
    """This process's environment without its desktop session (STRIPPED_ENV, XDG_*)."""
    return {
        k: v for k, v in os.environ.items() if k not in STRIPPED_ENV and not k.startswith("XDG_")
    }


@dataclass
class Proc:
    """A helper a harness started (the leader of its own process group) and its log."""

    name: str
    popen: subprocess.Popen[bytes]
    log: Path


def tail(path: Path, lines: int = 25) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return f"<cannot read {path}: {exc}>"
    return "\n".join(text.splitlines()[-lines:])


def describe(procs: Iterable[Proc], lines: int = 20, *, with_log: bool = False) -> list[str]:
    """One part per process: its state and the tail of its log (for failure messages)."""
    parts = []
    for proc in procs:
        rc = proc.popen.poll()
        state = "running" if rc is None else f"exited rc={rc}"
        where = f" {proc.log}" if with_log else ""
        parts.append(
            f"--- {proc.name} (pid {proc.popen.pid}, {state}){where}:\n{tail(proc.log, lines)}"
        )
    return parts


def killpg(pgid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop_group(
    popen: subprocess.Popen[bytes], timeout: float = 5.0, *, settle: float = 0.0
) -> None:
    """SIGTERM the process group led by ``popen``, SIGKILL it if the leader is not gone after
    ``timeout``; give the group's other members ``settle`` seconds to exit on their own, then
    SIGKILL whatever is left in the group."""
    pgid = popen.pid
    killpg(pgid, signal.SIGTERM)
    try:
        popen.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        killpg(pgid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            popen.wait(timeout=timeout)
    deadline = time.monotonic() + settle
    while settle and group_alive(pgid) and time.monotonic() < deadline:
        time.sleep(0.02)
    killpg(pgid, signal.SIGKILL)


class Harness(ABC):
    """Started once (``start()`` or ``with``), closed once: a failure while starting closes
    what was started so far and raises on. Subclasses set ``_started``/``_closed`` to False
    in ``__init__`` and implement :meth:`_missing`, :meth:`_start` and :meth:`close`."""

    _started: bool
    _closed: bool
    #: raised for "already started" and missing programs
    _error_type: type[Exception] = RuntimeError
    #: what is started, for those messages ("the test desktop")
    _what: str = "the session"

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> Self:
        """Start every helper; on failure everything started so far is stopped again."""
        if self._started:
            raise self._error_type(f"{type(self).__name__} already started")
        self._started = True
        missing = self._missing()
        if missing:
            raise self._error_type(f"missing programs for {self._what}: {', '.join(missing)}")
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    @abstractmethod
    def _missing(self) -> list[str]:
        """The programs it needs that this machine does not have."""

    @abstractmethod
    def _start(self) -> None: ...

    @abstractmethod
    def close(self) -> None: ...
