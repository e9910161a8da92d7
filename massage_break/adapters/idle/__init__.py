"""Choose the first idle-time source that works here; the null source never fails."""

from __future__ import annotations

import logging
import os
import sys

from massage_break.adapters.idle.null import NullIdleSource
from massage_break.core.ports import IdleSource

log = logging.getLogger(__name__)


def create_idle_source() -> IdleSource:
    if (
        sys.platform.startswith("linux")
        and os.environ.get("DISPLAY")
        and os.environ.get("XDG_SESSION_TYPE", "x11") != "wayland"
    ):
        from massage_break.adapters.idle.x11 import X11IdleSource, X11Unavailable

        try:
            return X11IdleSource()
        except X11Unavailable as exc:
            log.warning("X11 idle detection unavailable: %s", exc)
    return NullIdleSource()
