"""The X11 fullscreen probe on a real X server (Xvfb via the e2e Desktop harness).

Test windows are real: a PySide6 subprocess (showFullScreen() or a plain window), edited with
xdotool / xprop, plus windows this process creates through libX11 to play our own windows and
a window manager's root properties (there is no WM on the test desktop).
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence

import pytest

from massage_break.adapters.context import ContextProbe
from massage_break.adapters.context._xlib import XA_ATOM, XA_WINDOW
from massage_break.adapters.context.fullscreen import X11FullscreenSource
from tests.e2e.desktop import Desktop, find_tool, missing_tools

MISSING = missing_tools(tray=None, notifications=False) + [
    t for t in ("xprop",) if find_tool(t) is None
]
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)} (apt: xvfb x11-utils)"),
]

SCREEN_W, SCREEN_H = 1280, 800
WINDOW_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget()
w.setWindowTitle(sys.argv[1])
if sys.argv[2] == "fullscreen":
    w.showFullScreen()
else:
    w.setGeometry(100, 100, 320, 200)
    w.show()
app.exec()
"""


@pytest.fixture(scope="module")
def desk() -> Iterator[Desktop]:
    with Desktop(tray=None, notifications=False) as d:
        yield d


@pytest.fixture
def source(desk: Desktop) -> Iterator[X11FullscreenSource]:
    src = X11FullscreenSource(desk.display.encode())
    yield src
    src.close()  # before the desktop goes: Xlib exits the process on a lost connection


class QtWindow:
    """A top-level window of another process (a PySide6 subprocess on the test display)."""

    def __init__(self, desk: Desktop, title: str, mode: str) -> None:
        self.desk, self.title = desk, title
        self.proc = desk.spawn([sys.executable, "-c", WINDOW_SCRIPT, title, mode], name=title)
        self.wid = desk.find_window(f"^{title}$", timeout=30)

    def run(self, tool: str, *args: str) -> None:
        subprocess.run([tool, *args], env=self.desk.env, check=True, timeout=10)

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while self.desk.find_windows(f"^{self.title}$"):
            assert time.monotonic() < deadline, f"{self.title} did not go away"
            time.sleep(0.05)


class XClient:
    """This process's own X connection: makes windows and sets properties like a WM would."""

    def __init__(self, display: str) -> None:
        x = self.x = ctypes.CDLL("libX11.so.6")
        ulong = ctypes.c_ulong
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XCreateSimpleWindow.restype = ulong
        ints, uints = [ctypes.c_int] * 2, [ctypes.c_uint] * 3
        x.XCreateSimpleWindow.argtypes = [ctypes.c_void_p, ulong, *ints, *uints, ulong, ulong]
        x.XChangeProperty.argtypes = [
            ctypes.c_void_p,  # display
            ulong,  # window
            ulong,  # property
            ulong,  # type
            ctypes.c_int,  # format
            ctypes.c_int,  # mode
            ctypes.c_void_p,  # data
            ctypes.c_int,  # number of elements
        ]
        for name in ("XMapWindow", "XUnmapWindow", "XDestroyWindow", "XDeleteProperty"):
            getattr(x, name).argtypes = [ctypes.c_void_p, ulong] + (
                [ulong] if name == "XDeleteProperty" else []
            )
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.dpy = x.XOpenDisplay(display.encode())
        assert self.dpy, f"cannot open {display}"
        self.root = int(x.XDefaultRootWindow(self.dpy))
        self.windows: list[int] = []

    def atom(self, name: str) -> int:
        return int(self.x.XInternAtom(self.dpy, name.encode(), 0))

    def window(
        self, x: int, y: int, w: int, h: int, *, pid: int | None = None, mapped: bool = True
    ) -> int:
        wid = int(self.x.XCreateSimpleWindow(self.dpy, self.root, x, y, w, h, 0, 0, 0))
        self.windows.append(wid)
        if pid is not None:
            self.set(wid, "_NET_WM_PID", 6, [pid])  # CARDINAL
        if mapped:
            self.x.XMapWindow(self.dpy, wid)
        self.sync()
        return wid

    def set(self, wid: int, prop: str, kind: int, values: Sequence[int]) -> None:
        data = (ctypes.c_ulong * len(values))(*values)
        self.x.XChangeProperty(self.dpy, wid, self.atom(prop), kind, 32, 0, data, len(values))
        self.sync()

    def delete(self, wid: int, prop: str) -> None:
        self.x.XDeleteProperty(self.dpy, wid, self.atom(prop))
        self.sync()

    def destroy(self, wid: int) -> None:
        self.windows.remove(wid)
        self.x.XDestroyWindow(self.dpy, wid)
        self.sync()

    def sync(self) -> None:
        self.x.XSync(self.dpy, 0)

    def close(self) -> None:
        for prop in ("_NET_SUPPORTING_WM_CHECK", "_NET_ACTIVE_WINDOW"):
            self.x.XDeleteProperty(self.dpy, self.root, self.atom(prop))
        for wid in self.windows:
            self.x.XDestroyWindow(self.dpy, wid)
        self.sync()
        self.x.XCloseDisplay(self.dpy)


@pytest.fixture
def xclient(desk: Desktop) -> Iterator[XClient]:
    client = XClient(desk.display)
    yield client
    client.close()


def test_empty_desktop_is_not_fullscreen(source: X11FullscreenSource) -> None:
    assert not source.active()
    assert ContextProbe([source]).reasons() == frozenset()


def test_qt_fullscreen_window_while_it_is_up(desk: Desktop, source: X11FullscreenSource) -> None:
    win = QtWindow(desk, "ctx-film", "fullscreen")
    try:
        assert source.active()
        assert ContextProbe([source]).reasons() == frozenset({"fullscreen"})
    finally:
        win.close()
    assert not source.active()


def test_normal_window_then_made_fullscreen(desk: Desktop, source: X11FullscreenSource) -> None:
    win = QtWindow(desk, "ctx-editor", "normal")
    try:
        assert not source.active()
        # the EWMH state alone, on a small window (set the way a WM or xprop would)
        state = "_NET_WM_STATE"
        win.run("xprop", "-id", str(win.wid), "-f", state, "32a", "-set", state, f"{state}_ABOVE")
        assert not source.active()
        fullscreen = f"{state}_FULLSCREEN"
        win.run("xprop", "-id", str(win.wid), "-f", state, "32a", "-set", state, fullscreen)
        assert source.active()
        win.run("xprop", "-id", str(win.wid), "-remove", state)
        assert not source.active()
        # no state, but it covers the whole screen
        win.run("xdotool", "windowmove", "--sync", str(win.wid), "0", "0")
        win.run("xdotool", "windowsize", "--sync", str(win.wid), str(SCREEN_W), str(SCREEN_H))
        assert source.active()
        # ... unless it is a desktop (wallpaper) window, or one of ours
        kind = "_NET_WM_WINDOW_TYPE"
        win.run("xprop", "-id", str(win.wid), "-f", kind, "32a", "-set", kind, f"{kind}_DESKTOP")
        assert not source.active()
        win.run("xprop", "-id", str(win.wid), "-remove", kind)
        assert source.active()
        ours = X11FullscreenSource(desk.display.encode(), exclude_windows=lambda: [win.wid])
        try:
            assert not ours.active()
        finally:
            ours.close()
        # unmapped windows do not count
        win.run("xdotool", "windowunmap", "--sync", str(win.wid))
        assert not source.active()
    finally:
        win.close()
    assert not source.active()


def test_own_windows_do_not_count(
    desk: Desktop, source: X11FullscreenSource, xclient: XClient
) -> None:
    mine = xclient.window(0, 0, SCREEN_W, SCREEN_H, pid=os.getpid())
    assert not source.active()
    xclient.set(mine, "_NET_WM_STATE", XA_ATOM, [xclient.atom("_NET_WM_STATE_FULLSCREEN")])
    assert not source.active()
    other_pid = xclient.window(0, 0, SCREEN_W, SCREEN_H, pid=os.getpid() + 1)
    assert source.active()
    xclient.destroy(other_pid)
    no_pid = xclient.window(-5, -5, SCREEN_W + 10, SCREEN_H + 10)
    assert source.active()
    excluding = X11FullscreenSource(desk.display.encode(), exclude_windows=lambda: {no_pid})
    try:
        assert not excluding.active()
    finally:
        excluding.close()
    # the pid to treat as ours can be given too
    as_other = X11FullscreenSource(desk.display.encode(), own_pid=os.getpid() + 99)
    try:
        xclient.destroy(no_pid)
        assert as_other.active()  # "mine" is not its window
    finally:
        as_other.close()


def test_with_a_window_manager_only_the_active_window_counts(
    desk: Desktop, source: X11FullscreenSource, xclient: XClient
) -> None:
    film = QtWindow(desk, "ctx-film-wm", "fullscreen")
    try:
        editor = xclient.window(50, 50, 300, 200, pid=os.getpid() + 1)
        assert source.active()  # no WM yet: the scan finds the film
        check = xclient.window(-1, -1, 1, 1, mapped=False)
        xclient.set(xclient.root, "_NET_SUPPORTING_WM_CHECK", XA_WINDOW, [check])
        xclient.set(check, "_NET_SUPPORTING_WM_CHECK", XA_WINDOW, [check])
        xclient.set(xclient.root, "_NET_ACTIVE_WINDOW", XA_WINDOW, [editor])
        assert not source.active()  # the film plays behind the active editor
        xclient.set(xclient.root, "_NET_ACTIVE_WINDOW", XA_WINDOW, [film.wid])
        assert source.active()
        xclient.set(xclient.root, "_NET_ACTIVE_WINDOW", XA_WINDOW, [0])
        assert not source.active()  # nothing focused
        mine = xclient.window(0, 0, SCREEN_W, SCREEN_H, pid=os.getpid())
        xclient.set(mine, "_NET_WM_STATE", XA_ATOM, [xclient.atom("_NET_WM_STATE_FULLSCREEN")])
        xclient.set(xclient.root, "_NET_ACTIVE_WINDOW", XA_WINDOW, [mine])
        assert not source.active()  # our own fullscreen window is active
        xclient.destroy(mine)
        xclient.set(xclient.root, "_NET_ACTIVE_WINDOW", XA_WINDOW, [editor])
        assert not source.active()
        # a WM without _NET_ACTIVE_WINDOW: back to scanning
        xclient.delete(xclient.root, "_NET_ACTIVE_WINDOW")
        assert source.active()
        # a crashed WM's leftovers (its check window is gone) are not a WM
        xclient.set(xclient.root, "_NET_ACTIVE_WINDOW", XA_WINDOW, [editor])
        assert not source.active()
        xclient.destroy(check)
        assert source.active()
    finally:
        film.close()
    assert not source.active()


def test_x_errors_do_not_kill_the_process(source: X11FullscreenSource) -> None:
    bogus = 0x3FFFFFF  # no such window: BadWindow from the server
    xlib = source._x
    assert xlib.property32(bogus, xlib.atom("_NET_WM_STATE"), XA_ATOM) is None
    assert xlib.geometry(bogus) is None
    assert xlib.children(bogus) == []
    assert not source.active()


def test_failing_exclude_callback_is_contained(desk: Desktop) -> None:
    def broken() -> list[int]:
        raise RuntimeError("no windows for you")

    src = X11FullscreenSource(desk.display.encode(), exclude_windows=broken)
    try:
        assert ContextProbe([src]).reasons() == frozenset()
    finally:
        src.close()


def test_closed_source_is_inactive(desk: Desktop) -> None:
    src = X11FullscreenSource(desk.display.encode())
    src.close()
    src.close()
    assert not src.active()
