"""Is a fullscreen window (film, slides, game, shared screen) in front right now?

X11 (ctypes on libX11, one display connection kept open):

* with an EWMH window manager (a valid `_NET_SUPPORTING_WM_CHECK`) that publishes
  `_NET_ACTIVE_WINDOW`: the active window has `_NET_WM_STATE_FULLSCREEN`;
* without one (bare X, Xvfb, a WM without EWMH): any viewable top-level window, topmost first,
  has `_NET_WM_STATE_FULLSCREEN` or covers the whole root window.

Our own windows never count: those whose `_NET_WM_PID` is this process, and the ids that
`exclude_windows()` returns. Cost: 2-3 round trips to the X server with a window manager,
about 5 per viewable top-level window without one.

Limitations: with a window manager, a fullscreen window that is not the active one (another
monitor) and override-redirect windows that cover the screen without the EWMH state (some
games) are not seen; without one, "covers the screen" means the whole root window, so on
several monitors only the fullscreen state counts. Wayland has no protocol through which a
client may see other clients' windows, so there (and on macOS) this signal is unavailable.

Windows: `SHQueryUserNotificationState` says busy / Direct3D fullscreen / presentation mode.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Iterable

from massage_break.adapters.context._xlib import XA_ATOM, XA_CARDINAL, XA_WINDOW, Xlib
from massage_break.adapters.context.probe import FULLSCREEN, ContextUnavailable

#: Top-level windows looked at per call without a window manager (topmost first).
MAX_WINDOWS = 256


class X11FullscreenSource:
    reason = FULLSCREEN
    name = "x11"

    def __init__(
        self,
        display: bytes | None = None,
        *,
        exclude_windows: Callable[[], Iterable[int]] | None = None,
        own_pid: int | None = None,
    ) -> None:
        self._x = Xlib(display)
        self._exclude = exclude_windows
        self._pid = os.getpid() if own_pid is None else own_pid
        atom = self._x.atom
        self._wm_check = atom("_NET_SUPPORTING_WM_CHECK")
        self._active_window = atom("_NET_ACTIVE_WINDOW")
        self._wm_state = atom("_NET_WM_STATE")
        self._fullscreen = atom("_NET_WM_STATE_FULLSCREEN")
        self._wm_pid = atom("_NET_WM_PID")
        self._wm_type = atom("_NET_WM_WINDOW_TYPE")
        self._type_desktop = atom("_NET_WM_WINDOW_TYPE_DESKTOP")

    def active(self) -> bool:
        if not self._x.open:
            return False
        excluded = frozenset(self._exclude()) if self._exclude is not None else frozenset()
        active = self._active() if self._has_wm() else None
        if active is not None:
            return bool(active) and not self._ours(active, excluded) and self._has_state(active)
        return self._scan(excluded)

    def close(self) -> None:
        self._x.close()

    # ------------------------------------------------------------------ helpers

    def _has_wm(self) -> bool:
        check = self._x.property32(self._x.root, self._wm_check, XA_WINDOW, 1)
        if not check or not check[0]:
            return False
        # a crashed WM leaves the root property behind: its window must point to itself
        return self._x.property32(check[0], self._wm_check, XA_WINDOW, 1) == check[:1]

    def _active(self) -> int | None:
        """The active window (0 = none); None when the WM does not publish it."""
        value = self._x.property32(self._x.root, self._active_window, XA_WINDOW, 1)
        return value[0] if value else None

    def _has_state(self, window: int) -> bool:
        states = self._x.property32(window, self._wm_state, XA_ATOM)
        return states is not None and self._fullscreen in states

    def _ours(self, window: int, excluded: frozenset[int]) -> bool:
        if window in excluded:
            return True
        pid = self._x.property32(window, self._wm_pid, XA_CARDINAL, 1)
        return pid is not None and pid[:1] == [self._pid]

    def _scan(self, excluded: frozenset[int]) -> bool:
        screen = self._x.geometry(self._x.root)
        if screen is None:
            return False
        width, height = screen[2], screen[3]
        for window in reversed(self._x.children(self._x.root)[-MAX_WINDOWS:]):
            geo = self._x.geometry(window)
            if geo is None or not geo[4] or self._ours(window, excluded):
                continue
            if self._has_state(window):
                return True
            x, y, w, h, _ = geo
            covers = x <= 0 and y <= 0 and x + w >= width and y + h >= height
            if covers and not self._is_desktop(window):
                return True
        return False

    def _is_desktop(self, window: int) -> bool:
        types = self._x.property32(window, self._wm_type, XA_ATOM)
        return types is not None and self._type_desktop in types


# Windows: QUERY_USER_NOTIFICATION_STATE values that mean "do not interrupt"
QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
_BUSY_STATES = frozenset({QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE})


class WindowsFullscreenSource:
    """Fullscreen app, Direct3D game or presentation mode, as Windows tells notifiers."""

    reason = FULLSCREEN
    name = "windows"

    def __init__(self) -> None:
        loader = getattr(ctypes, "WinDLL", None)  # absent off Windows: import stays safe
        if loader is None:
            raise ContextUnavailable("not Windows")
        try:
            shell32 = loader("shell32")
            self._query = shell32.SHQueryUserNotificationState
        except (OSError, AttributeError) as exc:
            raise ContextUnavailable(f"SHQueryUserNotificationState: {exc}") from exc
        self._query.argtypes = [ctypes.POINTER(ctypes.c_int)]
        self._query.restype = ctypes.c_long  # HRESULT
        self._state = ctypes.c_int(0)
        self._state_p = ctypes.pointer(self._state)

    def active(self) -> bool:
        hr = self._query(self._state_p)
        if hr != 0:
            raise OSError(f"SHQueryUserNotificationState failed: HRESULT {hr & 0xFFFFFFFF:#010x}")
        return self._state.value in _BUSY_STATES

    def close(self) -> None:
        pass
