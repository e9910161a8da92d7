"""Ending without a crash when the session ends under the app.

At logout the X server, the session bus and the app all stop at once. When Qt's xcb plugin
(or Xlib, for the idle adapter's own connection) finds the display gone, it calls the C
library's exit(1) from inside the event loop. exit() then runs the C++ static destructors of
Qt while Qt and Python objects are still alive, and the process dies of SIGSEGV.

`ExitGuard` registers a C-level exit handler that runs before those destructors: it records
what must be recorded (the open break, cut short) without touching the display or the bus,
flushes the log and ends the process with _exit(0). Because that handler must never run
after the interpreter is finalized, an armed guard also ends a normal run with _exit, after
the app's own orderly shutdown.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

# glibc exports __cxa_atexit, not atexit (that one is a static wrapper in libc_nonshared)
_ExitHandler = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


def _flush() -> None:
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()


class ExitGuard:
    def __init__(self) -> None:
        self.last_words: Callable[[], None] = lambda: None
        self._handler: object | None = None  # the ctypes thunk must outlive the process

    @property
    def armed(self) -> bool:
        return self._handler is not None

    def arm(self) -> bool:
        """Register the handler; False where the C library cannot be reached (Windows)."""
        if self._handler is not None:
            return True
        if sys.platform == "win32":
            return False
        try:
            libc = ctypes.CDLL(None)
            handler = _ExitHandler(self._on_exit)
            # by name: a literal libc.__cxa_atexit inside a class would be name-mangled
            register = getattr(libc, "__cxa_atexit")
            if register(handler, None, None) != 0:
                return False
        except (OSError, AttributeError) as exc:
            log.warning("no exit guard: %s", exc)
            return False
        self._handler = handler
        return True

    def _on_exit(self, _arg: object = None) -> None:
        """Runs inside exit(): the display or bus broke under us."""
        try:
            log.warning("the display went away; saving and ending")
            self.last_words()
        except BaseException as exc:  # nothing may escape into C
            log.error("while ending with the session: %s", exc)
        _flush()
        os._exit(0)

    def finish(self, code: int) -> int:
        """After a normal shutdown: end at once if armed (see the module text)."""
        if self._handler is not None:
            _flush()
            os._exit(code)
        return code
