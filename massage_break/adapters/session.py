"""What kind of graphical session the app runs in, read once at start-up."""

from __future__ import annotations

import os
from collections.abc import Mapping


def wayland_session(environ: Mapping[str, str] | None = None) -> bool:
    """True inside a Wayland session, also when the app itself was started on Xwayland
    (QT_QPA_PLATFORM=xcb, a DISPLAY beside WAYLAND_DISPLAY): the compositor decides focus and
    placement either way, so a window cannot be kept from taking typed keys."""
    env = os.environ if environ is None else environ
    return env.get("XDG_SESSION_TYPE", "").strip().lower() == "wayland" or bool(
        env.get("WAYLAND_DISPLAY")
    )
