"""The few libX11 calls the fullscreen probe needs, through ctypes (no python-xlib)."""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

from massage_break.adapters.context.probe import ContextUnavailable

XA_ATOM = 4
XA_CARDINAL = 6
XA_WINDOW = 33
IS_VIEWABLE = 2  # XWindowAttributes.map_state


class XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("c_class", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


_ERROR_HANDLER_TYPE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_error(_display: Any, _event: Any) -> int:
    # A window can vanish between listing and reading it (BadWindow). Xlib's default handler
    # would print and exit the process; the failing call returns an error status instead.
    return 0


_error_handler = _ERROR_HANDLER_TYPE(_ignore_error)  # module level: must outlive every call


def _load() -> ctypes.CDLL:
    try:
        return ctypes.CDLL("libX11.so.6")  # direct: find_library would spawn ldconfig
    except OSError:
        path = ctypes.util.find_library("X11")
        if path is None:
            raise ContextUnavailable("libX11 is not installed") from None
        return ctypes.CDLL(path)


class Xlib:
    """One display connection with typed wrappers; every read returns None on an X error."""

    _handler_installed = False

    def __init__(self, display: bytes | None = None) -> None:
        x = self._x = _load()
        ulong, ulong_p = ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x.XDefaultRootWindow.restype = ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,
            ulong,
            ulong,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            ulong,
            ulong_p,
            ctypes.POINTER(ctypes.c_int),
            ulong_p,
            ulong_p,
            ctypes.POINTER(ctypes.c_void_p),
        ]
        x.XQueryTree.argtypes = [
            ctypes.c_void_p,
            ulong,
            ulong_p,
            ulong_p,
            ctypes.POINTER(ulong_p),
            ctypes.POINTER(ctypes.c_uint),
        ]
        x.XGetWindowAttributes.argtypes = [
            ctypes.c_void_p,
            ulong,
            ctypes.POINTER(XWindowAttributes),
        ]
        x.XSetErrorHandler.restype = ctypes.c_void_p
        x.XSetErrorHandler.argtypes = [_ERROR_HANDLER_TYPE]
        if not Xlib._handler_installed:
            x.XSetErrorHandler(_error_handler)  # process-wide; Qt installs a no-op one too
            Xlib._handler_installed = True
        self._dpy = x.XOpenDisplay(display)
        if not self._dpy:
            raise ContextUnavailable("cannot open the X display")
        self.root = int(x.XDefaultRootWindow(self._dpy))
        # reused out-parameters: no allocation per call
        self._type, self._format = ctypes.c_ulong(), ctypes.c_int()
        self._nitems, self._after = ctypes.c_ulong(), ctypes.c_ulong()
        self._data = ctypes.c_void_p()
        self._attrs = XWindowAttributes()

    @property
    def open(self) -> bool:
        return bool(self._dpy)

    def atom(self, name: str) -> int:
        return int(self._x.XInternAtom(self._dpy, name.encode(), 0))

    def property32(self, window: int, prop: int, kind: int, limit: int = 32) -> list[int] | None:
        """Items of a format-32 property (None when absent, of another type, or on error)."""
        rc = self._x.XGetWindowProperty(
            self._dpy,
            window,
            prop,
            0,
            limit,
            0,
            kind,
            ctypes.byref(self._type),
            ctypes.byref(self._format),
            ctypes.byref(self._nitems),
            ctypes.byref(self._after),
            ctypes.byref(self._data),
        )
        if rc != 0:
            return None
        try:
            if self._type.value != kind or self._format.value != 32 or not self._data.value:
                return None
            items = ctypes.cast(self._data, ctypes.POINTER(ctypes.c_ulong))
            return [int(items[i]) for i in range(self._nitems.value)]
        finally:
            if self._data.value:
                self._x.XFree(self._data)
                self._data.value = None

    def children(self, window: int) -> list[int]:
        """Child windows, bottom to top ([] on error)."""
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        kids = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        if not self._x.XQueryTree(
            self._dpy,
            window,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(kids),
            ctypes.byref(count),
        ):
            return []
        try:
            return [int(kids[i]) for i in range(count.value)]
        finally:
            if kids:
                self._x.XFree(kids)

    def geometry(self, window: int) -> tuple[int, int, int, int, bool] | None:
        """(x, y, width, height, viewable) relative to the parent, or None on error."""
        if not self._x.XGetWindowAttributes(self._dpy, window, ctypes.byref(self._attrs)):
            return None
        a = self._attrs
        return a.x, a.y, a.width, a.height, a.map_state == IS_VIEWABLE

    def close(self) -> None:
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None
