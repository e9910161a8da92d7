"""Is now a bad moment for a reminder? Fullscreen window, do-not-disturb, camera or mic in use,
another program keeping the session from going idle (a video, a presentation).

    probe = create_context_probe()
    probe.reasons()  # e.g. frozenset({"fullscreen"}); never raises
    probe.close()

What works where: fullscreen on X11 (not Wayland, not macOS) and Windows; do-not-disturb with
dunst, KDE Plasma and GNOME over the session bus (Linux); camera and microphone from /proc
(Linux); idle inhibitors from the session manager (GNOME, MATE, Cinnamon) or powerdevil (KDE
Plasma) over the session bus, on Wayland too (Linux; signals need the Qt application).
Missing signals are `NullSource`s, named "none" in `probe.name`.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable

from massage_break.adapters.context.probe import (
    CALL,
    DND,
    FULLSCREEN,
    INHIBITED,
    REASONS,
    ContextProbe,
    ContextSource,
    ContextUnavailable,
    NullSource,
)

log = logging.getLogger(__name__)

__all__ = [
    "CALL",
    "DND",
    "FULLSCREEN",
    "INHIBITED",
    "REASONS",
    "ContextProbe",
    "ContextSource",
    "ContextUnavailable",
    "NullSource",
    "create_context_probe",
]


def create_context_probe(
    exclude_windows: Callable[[], Iterable[int]] | None = None,
) -> ContextProbe:
    """All signals this platform offers. `exclude_windows` returns the X11 ids of our own
    top-level windows (those with our `_NET_WM_PID` are skipped anyway)."""
    sources = [
        _guarded(FULLSCREEN, lambda: _fullscreen(exclude_windows)),
        _guarded(DND, _dnd),
        _guarded(CALL, _call),
        _guarded(INHIBITED, _inhibited),
    ]
    for source in sources:
        if isinstance(source, NullSource):
            log.info("context signal %s unavailable: %s", source.reason, source.why)
    probe = ContextProbe(sources)
    log.info("context probe: %s", probe.name)
    return probe


def _guarded(reason: str, make: Callable[[], ContextSource]) -> ContextSource:
    try:
        return make()
    except Exception as exc:  # a surprise in a probe must not stop the app from starting
        log.warning("context signal %s failed to start", reason, exc_info=True)
        return NullSource(reason, f"failed to start: {exc!r}")


def _fullscreen(exclude_windows: Callable[[], Iterable[int]] | None) -> ContextSource:
    if sys.platform == "win32":
        from massage_break.adapters.context.fullscreen import WindowsFullscreenSource

        try:
            return WindowsFullscreenSource()
        except ContextUnavailable as exc:
            return NullSource(FULLSCREEN, str(exc))
    if sys.platform == "darwin":
        return NullSource(FULLSCREEN, "no fullscreen check on macOS")
    if os.environ.get("XDG_SESSION_TYPE") == "wayland" or os.environ.get("WAYLAND_DISPLAY"):
        return NullSource(FULLSCREEN, "Wayland does not show other clients' windows")
    if not os.environ.get("DISPLAY"):
        return NullSource(FULLSCREEN, "no X display")
    from massage_break.adapters.context.fullscreen import X11FullscreenSource

    try:
        return X11FullscreenSource(exclude_windows=exclude_windows)
    except ContextUnavailable as exc:
        return NullSource(FULLSCREEN, str(exc))


def _dnd() -> ContextSource:
    if sys.platform in ("win32", "darwin"):
        return NullSource(DND, f"no do-not-disturb source on {sys.platform}")
    from massage_break.adapters.context.dnd import DbusDndSource

    try:
        return DbusDndSource()
    except ContextUnavailable as exc:
        return NullSource(DND, str(exc))


def _call() -> ContextSource:
    if not sys.platform.startswith("linux") or not os.path.isdir("/proc/self/fd"):
        return NullSource(CALL, f"needs Linux /proc, not {sys.platform}")
    from massage_break.adapters.context.call import ProcCallSource

    return ProcCallSource()


def _inhibited() -> ContextSource:
    if not sys.platform.startswith("linux"):
        return NullSource(INHIBITED, f"no idle inhibitors to read on {sys.platform}")
    from massage_break.adapters.context.inhibit import SessionInhibitSource

    try:
        return SessionInhibitSource()
    except ContextUnavailable as exc:
        return NullSource(INHIBITED, str(exc))
