"""Crash-safe file replacement and quarantine of unreadable files."""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync it, then rename over `path`.

    A crash at any moment leaves either the old file or the new one, never a mix. On failure
    (disk full, read-only folder) the old file is untouched and OSError propagates.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def quarantine(path: Path, stamp: datetime) -> Path:
    """Move an unreadable file aside (never delete it) and return where it went."""
    target = path.with_name(f"{path.name}.corrupt-{stamp:%Y%m%d-%H%M%S}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp:%Y%m%d-%H%M%S}-{n}")
    os.replace(path, target)
    return target
