"""Library pages that only the windows used are handed back; the rest stay."""

import io
import mmap
import os
from array import array
from pathlib import Path

import pytest

from massage_break.ui import resident
from massage_break.ui.resident import PAGE, PRESENT, file_mappings, new_runs, page_out

MAPS = """\
7f0000000000-7f0000003000 r--p 00000000 08:01 1 /usr/lib/libQt6Gui.so.6
7f0000003000-7f0000005000 rw-p 00003000 08:01 1 /usr/lib/libQt6Gui.so.6
7f0000005000-7f0000006000 r-xp 00000000 00:00 0
7f0000006000-7f0000007000 rw-p 00000000 00:00 0 [heap]
7f0000008000-7f000000a000 r--s 00000000 08:01 2 /usr/share/fonts/DejaVuSans.ttf
"""


def test_only_read_only_file_mappings_are_considered(tmp_path: Path) -> None:
    maps = tmp_path / "maps"
    maps.write_text(MAPS)
    assert list(file_mappings(maps)) == [
        (0x7F0000000000, 0x7F0000003000, "/usr/lib/libQt6Gui.so.6"),
        (0x7F0000008000, 0x7F000000A000, "/usr/share/fonts/DejaVuSans.ttf"),
    ]


def test_resident_reads_the_present_bit_of_each_page() -> None:
    entries = array("Q", [0] * 16 + [PRESENT | 5, 0, PRESENT])
    pagemap = io.BytesIO(entries.tobytes())
    assert resident.resident(pagemap, 16 * PAGE, 19 * PAGE) == bytes([1, 0, 1])


def test_new_runs_are_the_pages_resident_now_and_not_before() -> None:
    lib = (0x1000_0000, 0x1000_0000 + 6 * PAGE, "/lib")
    font = (0x2000_0000, 0x2000_0000 + 2 * PAGE, "/font")
    before = {lib: bytes([1, 0, 0, 1, 0, 0])}
    now = {lib: bytes([1, 1, 1, 1, 0, 1]), font: bytes([1, 1])}
    assert list(new_runs(before, now)) == [
        (lib[0] + PAGE, 2 * PAGE),
        (lib[0] + 5 * PAGE, PAGE),
        (font[0], 2 * PAGE),  # mapped after the snapshot: all of it is new
    ]
    assert list(new_runs(now, now)) == []


def test_pages_touched_after_the_snapshot_leave_this_process(tmp_path: Path) -> None:
    data = tmp_path / "blob"
    with data.open("wb") as out:  # written back first: the kernel pages out only clean pages,
        out.write(b"x" * (64 * PAGE))  # as the libraries and fonts the app hands back are
        out.flush()
        os.fsync(out.fileno())
    with data.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as m:
        before = resident.snapshot()
        assert before is not None
        total = sum(m[i * PAGE] for i in range(64))  # touch every page
        assert total == 64 * ord("x")
        asked = page_out(before)
        assert asked >= 64 * PAGE
        after = resident.snapshot()
        assert after is not None
        blob = [pages for (_, _, path), pages in after.items() if path == str(data)]
        assert blob and sum(blob[0]) < 64  # the kernel took (most of) them back


def test_without_a_snapshot_nothing_is_paged_out() -> None:
    assert page_out(None) == 0


def test_a_refusing_kernel_stops_the_page_out(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def refuse(address: int, length: int, advice: int) -> int:
        calls.append(advice)
        return -1

    monkeypatch.setattr(resident, "_madvise", lambda: refuse)
    assert page_out({}) == 0 and calls == [resident.MADV_PAGEOUT]
