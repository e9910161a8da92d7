"""Library and font pages that only the windows touched, handed back when they close (Linux).

Opening the routine or history window maps more of Qt, FreeType and the fonts into the
process: about 8 MB of clean, file-backed pages that stay resident until memory runs short,
although the tray never reads them. Before the first window opens, `snapshot()` notes which
pages of each read-only file mapping are resident; after the windows are gone, `page_out()`
asks the kernel (madvise MADV_PAGEOUT, Linux 5.4+) to reclaim the pages resident now that
were not then. Nothing is lost: they are clean copies of files, read again on the next use."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import sys
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

PAGE = 4096
PRESENT = 1 << 63
MADV_PAGEOUT = 21
Mapping = tuple[int, int, str]  # start, end, file
Snapshot = dict[Mapping, bytes]  # one byte per page: 1 resident


def file_mappings(maps: Path = Path("/proc/self/maps")) -> Iterator[Mapping]:
    """Read-only mappings of files (libraries, fonts): the ones whose pages are clean."""
    for line in maps.read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) < 6 or not parts[5].startswith("/") or "w" in parts[1]:
            continue
        low, high = (int(x, 16) for x in parts[0].split("-"))
        yield low, high, parts[5]


def resident(pagemap: BinaryIO, start: int, end: int) -> bytes:
    """One byte per page of [start, end): 1 where the page is in this process's memory."""
    pagemap.seek(start // PAGE * 8)
    entries = array("Q")
    entries.frombytes(pagemap.read((end - start) // PAGE * 8))
    return bytes(1 if e & PRESENT else 0 for e in entries)


def snapshot() -> Snapshot | None:
    """The resident pages of every read-only file mapping; None where it cannot be read."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        with open("/proc/self/pagemap", "rb") as pagemap:
            return {m: resident(pagemap, m[0], m[1]) for m in file_mappings()}
    except OSError as exc:
        log.debug("no page map: %s", exc)
        return None


def new_runs(before: Snapshot, now: Snapshot) -> Iterator[tuple[int, int]]:
    """(address, length) runs of pages resident now that were not at the snapshot."""
    for mapping, pages in now.items():
        old = before.get(mapping, b"")
        start = None
        for i in range(len(pages) + 1):
            fresh = i < len(pages) and pages[i] and not (i < len(old) and old[i])
            if fresh and start is None:
                start = i
            elif not fresh and start is not None:
                yield mapping[0] + start * PAGE, (i - start) * PAGE
                start = None


@functools.cache
def _madvise() -> Callable[[int, int, int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None or not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(name, use_errno=True)
    fn = libc.madvise
    fn.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    fn.restype = ctypes.c_int
    result: Callable[[int, int, int], int] = fn
    return result


def page_out(before: Snapshot | None) -> int:
    """Ask the kernel to reclaim the file pages that became resident since `before`; the
    bytes asked for (0 when the platform cannot)."""
    madvise = _madvise()
    now = snapshot()
    if before is None or now is None or madvise is None:
        return 0
    asked = 0
    for address, length in new_runs(before, now):
        if madvise(address, length, MADV_PAGEOUT) != 0:
            log.debug("madvise refused (errno %d); stopping", ctypes.get_errno())
            return asked
        asked += length
    return asked
