"""Choose the first idle-time source that works here; the null source never fails.

Order: Windows → GetLastInputInfo; macOS → IOKit HIDIdleTime; elsewhere GNOME's Mutter idle
monitor (Wayland and X11) → on a Wayland session the compositor's ext-idle-notify-v1, then
org_kde_kwin_idle (KWin, sway and other wlroots compositors; pywayland is imported only then)
→ X11 XScreenSaver (DISPLAY set, not a Wayland session, where it would see only X clients'
input) → org.freedesktop.ScreenSaver (KDE on X11) → null, which the UI reports as "activity
detection unavailable". No subprocesses; the D-Bus sources share one session-bus connection,
closed again if none takes it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

from massage_break.adapters.idle.errors import IdleUnavailable
from massage_break.adapters.idle.null import NullIdleSource
from massage_break.core.ports import IdleSource

log = logging.getLogger(__name__)

__all__ = ["IdleUnavailable", "create_idle_source"]


def create_idle_source(session_bus: str = "SESSION") -> IdleSource:
    """`session_bus` is "SESSION" (from the environment) or a D-Bus address."""
    reasons: list[str] = []
    if sys.platform == "win32":
        source = _try("windows", _windows, reasons)
    elif sys.platform == "darwin":
        source = _try("macos", _macos, reasons)
    else:
        source = _unix(session_bus, reasons)
    if source is not None:
        log.info("activity detection: %s", source.name)
        return source
    log.warning("activity detection unavailable: %s", "; ".join(reasons) or "unsupported")
    return NullIdleSource()


def _try(name: str, make: Callable[[], IdleSource], reasons: list[str]) -> IdleSource | None:
    try:
        return make()
    except IdleUnavailable as exc:
        log.info("idle source %s unavailable: %s", name, exc)
        reasons.append(f"{name}: {exc}")
        return None


def _skip(name: str, why: str, reasons: list[str]) -> None:
    log.info("idle source %s skipped: %s", name, why)
    reasons.append(f"{name}: {why}")


def _windows() -> IdleSource:
    from massage_break.adapters.idle.windows import WindowsIdleSource

    return WindowsIdleSource()


def _macos() -> IdleSource:
    from massage_break.adapters.idle.macos import MacIdleSource

    return MacIdleSource()


def _x11() -> IdleSource:
    from massage_break.adapters.idle.x11 import X11IdleSource

    return X11IdleSource()


def _wayland() -> IdleSource:
    from massage_break.adapters.idle.wayland import WaylandIdleSource

    return WaylandIdleSource()


def _wayland_session() -> bool:
    kind = os.environ.get("XDG_SESSION_TYPE", "")
    return kind == "wayland" or (not kind and bool(os.environ.get("WAYLAND_DISPLAY")))


def _unix(session_bus: str, reasons: list[str]) -> IdleSource | None:
    from massage_break.adapters.dbus_link import BusUnavailable, DBusLink

    link: DBusLink | None = None
    try:
        link = DBusLink(session_bus)
    except BusUnavailable as exc:
        _skip("gnome", f"no session bus: {exc}", reasons)
    if link is not None:
        from massage_break.adapters.idle.gnome import GnomeIdleSource

        bus = link
        if source := _try("gnome", lambda: GnomeIdleSource(bus), reasons):
            return source
    if not _wayland_session():
        _skip("wayland", "not a Wayland session", reasons)
    elif not os.environ.get("WAYLAND_DISPLAY"):
        _skip("wayland", "WAYLAND_DISPLAY is not set", reasons)
    elif source := _try("wayland", _wayland, reasons):
        if link is not None:
            link.close()
        return source
    if not os.environ.get("DISPLAY"):
        _skip("x11", "DISPLAY is not set", reasons)
    elif _wayland_session():
        _skip("x11", "Wayland session: XScreenSaver would see only X clients", reasons)
    elif source := _try("x11", _x11, reasons):
        if link is not None:
            link.close()
        return source
    if link is None:
        _skip("screensaver", "no session bus", reasons)
        return None
    from massage_break.adapters.idle.screensaver import ScreenSaverIdleSource

    bus = link
    if source := _try("screensaver", lambda: ScreenSaverIdleSource(bus), reasons):
        return source
    link.close()
    return None
