"""X11 idle time from the MIT-SCREEN-SAVER extension, in process through ctypes."""

from __future__ import annotations

import ctypes
import ctypes.util
from datetime import timedelta

from massage_break.adapters.idle.errors import IdleUnavailable


class X11Unavailable(IdleUnavailable):
    pass


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    ]


def _load(name: str, soname: str) -> ctypes.CDLL:
    try:
        return ctypes.CDLL(soname)  # direct: find_library would spawn ldconfig at start-up
    except OSError:
        path = ctypes.util.find_library(name)
        if path is None:
            raise X11Unavailable(f"lib{name} is not installed") from None
        return ctypes.CDLL(path)


class X11IdleSource:
    name = "x11"
    available = True

    def __init__(self, display: bytes | None = None) -> None:
        self._x = _load("X11", "libX11.so.6")
        self._xss = _load("Xss", "libXss.so.1")
        self._x.XOpenDisplay.restype = ctypes.c_void_p
        self._x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self._x.XDefaultRootWindow.restype = ctypes.c_ulong
        self._x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self._x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        self._xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        self._xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        self._info: ctypes._Pointer[_XScreenSaverInfo] | None = None
        self._display = self._x.XOpenDisplay(display)
        if not self._display:
            raise X11Unavailable("cannot open the X display")
        event, error = ctypes.c_int(), ctypes.c_int()
        if not self._xss.XScreenSaverQueryExtension(
            self._display, ctypes.byref(event), ctypes.byref(error)
        ):
            self.close()
            raise X11Unavailable("the X server has no MIT-SCREEN-SAVER extension")
        self._root = self._x.XDefaultRootWindow(self._display)
        info = self._xss.XScreenSaverAllocInfo()
        if not info:
            self.close()
            raise X11Unavailable("out of memory for the screen saver info")
        self._info = info

    def idle(self) -> timedelta:
        if not self._display or self._info is None:
            return timedelta(0)
        self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info)
        return timedelta(milliseconds=self._info.contents.idle)

    def close(self) -> None:
        if self._info is not None:
            self._x.XFree(self._info)
            self._info = None
        if self._display:
            self._x.XCloseDisplay(self._display)
            self._display = None
