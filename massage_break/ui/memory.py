"""Giving memory back once the routine and history windows are gone: the app spends most of
the day with neither open, so what they needed should not stay with it."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import logging
import sys
from collections.abc import Callable

from PySide6.QtGui import QPixmapCache

from massage_break.ui.resident import Snapshot, page_out

log = logging.getLogger(__name__)

# the modules whose caches only the windows fill (pictures drawn for the routine window)
WINDOW_MODULES = ("massage_break.ui.illustration", "massage_break.ui.routine_window")


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, which hands freed heap back to the system; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):  # musl and other C libraries have none
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    result: Callable[[int], int] = trim
    return result


def drop_caches() -> int:
    """Clear the windows' picture caches; the number of caches cleared."""
    QPixmapCache.clear()
    cleared = 0
    for name in WINDOW_MODULES:
        module = sys.modules.get(name)
        for value in vars(module).values() if module is not None else ():
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()
                cleared += 1
    return cleared


def release_memory(before: Snapshot | None = None) -> bool:
    """Drop caches, collect garbage, return freed heap to the system where the C library
    allows it, and, given the resident pages from `before` the windows opened, hand back the
    library and font pages only they used. True when the heap was trimmed."""
    drop_caches()
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trimmed = bool(trim(0))
    paged = page_out(before)
    log.debug(
        "memory released (heap trimmed: %s; %d kB of pages handed back)", trimmed, paged >> 10
    )
    return True
