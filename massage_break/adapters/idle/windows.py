"""Windows idle time: `GetLastInputInfo` against `GetTickCount`, through ctypes.

Both are 32-bit millisecond tick counts that wrap every ~49.7 days, so their difference is
taken modulo 2**32 (correct for any idle time shorter than the wrap period). The libraries are
looked up when the source is created, so this module imports anywhere.
"""

from __future__ import annotations

import ctypes
from datetime import timedelta
from typing import Any

from massage_break.adapters.idle.errors import IdleUnavailable

_WRAP = 1 << 32


class LASTINPUTINFO(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32)]


class WindowsIdleSource:
    name = "windows"
    available = True

    def __init__(self) -> None:
        windll: Any = getattr(ctypes, "windll", None)
        if windll is None:
            raise IdleUnavailable("not on Windows: no ctypes.windll")
        try:
            self._last_input = windll.user32.GetLastInputInfo
            self._tick_count = windll.kernel32.GetTickCount
        except (OSError, AttributeError) as exc:
            raise IdleUnavailable(f"GetLastInputInfo/GetTickCount not found: {exc}") from exc
        self._last_input.argtypes = [ctypes.POINTER(LASTINPUTINFO)]
        self._last_input.restype = ctypes.c_int  # BOOL
        self._tick_count.argtypes = []
        self._tick_count.restype = ctypes.c_uint32  # DWORD
        self._info = LASTINPUTINFO(cbSize=ctypes.sizeof(LASTINPUTINFO))
        self._closed = False

    def idle(self) -> timedelta:
        if self._closed or not self._last_input(ctypes.pointer(self._info)):
            return timedelta(0)
        elapsed = (int(self._tick_count()) - int(self._info.dwTime)) % _WRAP
        return timedelta(milliseconds=elapsed)

    def close(self) -> None:
        self._closed = True
