"""Camera / microphone in use, read from fake /proc and /dev trees."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from massage_break.adapters.context.call import MAX_FDS, ProcCallSource
from massage_break.adapters.context.probe import ContextProbe

OWN_PID = 4242


class FakeSystem:
    def __init__(self, root: Path) -> None:
        self.proc = root / "proc"
        self.dev = root / "dev"
        self.proc.mkdir()
        self.dev.mkdir()
        for name in ("null", "snd"):
            (self.dev / name).touch()
        for name in ("self", "sys", "asound", "cpuinfo"):  # non-process entries
            (self.proc / name).mkdir(exist_ok=True)

    def camera_device(self, n: int = 0) -> Path:
        path = self.dev / f"video{n}"
        path.touch()
        return path

    def process(self, pid: int, fds: dict[int, str | Path], comm: str = "app") -> Path:
        base = self.proc / str(pid)
        (base / "fd").mkdir(parents=True)
        (base / "comm").write_text(comm + "\n")
        for fd, target in fds.items():
            os.symlink(target, base / "fd" / str(fd))
        return base

    def substream(self, card: int, pcm: str, sub: int, status: str) -> Path:
        path = self.proc / "asound" / f"card{card}" / pcm / f"sub{sub}" / "status"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(status)
        return path

    def source(self, max_fds: int = MAX_FDS) -> ProcCallSource:
        return ProcCallSource(self.proc, self.dev, own_pid=OWN_PID, max_fds=max_fds)


RUNNING = "state: RUNNING\nowner_pid   : 777\ntrigger_time: 1.0\n"
PREPARED = "state: PREPARED\nowner_pid   : 777\n"


@pytest.fixture
def fake(tmp_path: Path) -> FakeSystem:
    return FakeSystem(tmp_path)


def test_idle_system_is_not_a_call(fake: FakeSystem) -> None:
    fake.camera_device()
    fake.process(100, {0: fake.dev / "null", 1: "pipe:[1234]", 2: "socket:[99]"})
    fake.process(101, {3: fake.dev / "snd", 4: "/dev/video0"})  # the real /dev, not ours
    fake.substream(0, "pcm0c", 0, "closed\n")
    fake.substream(0, "pcm0c", 1, PREPARED)
    fake.substream(0, "pcm0p", 0, RUNNING)  # playback, not capture
    src = fake.source()
    assert not src.microphone_in_use()
    assert not src.camera_in_use()
    assert not src.active()


def test_nothing_at_all(fake: FakeSystem) -> None:
    fake.process(100, {0: fake.dev / "null"})
    src = fake.source()
    assert not src.active()
    assert ContextProbe([src]).reasons() == frozenset()


def test_camera_fd_of_another_process(fake: FakeSystem) -> None:
    cam = fake.camera_device(2)
    fake.process(100, {0: fake.dev / "null"})
    fake.process(321, {0: fake.dev / "null", 7: "anon_inode:[eventfd]", 9: cam})
    src = fake.source()
    assert src.camera_in_use() and src.active()
    assert ContextProbe([src]).reasons() == frozenset({"call"})
    # the holder is looked at first next time, and forgotten once it lets go
    os.unlink(fake.proc / "321" / "fd" / "9")
    assert not src.camera_in_use()


def test_own_process_does_not_count(fake: FakeSystem) -> None:
    cam = fake.camera_device()
    fake.process(OWN_PID, {5: cam})
    assert not fake.source().camera_in_use()


def test_pipewire_holding_the_camera_does_not_count(fake: FakeSystem) -> None:
    cam = fake.camera_device()
    fake.process(200, {40: cam}, comm="pipewire")
    fake.process(201, {41: cam}, comm="wireplumber")
    fake.process(202, {42: cam}, comm="pipewire-media-")  # comm is cut at 15 characters
    src = fake.source()
    assert not src.camera_in_use()
    fake.process(300, {3: cam}, comm="zoom")
    assert src.camera_in_use()


def test_no_video_device_skips_the_scan(fake: FakeSystem, monkeypatch: pytest.MonkeyPatch) -> None:
    fake.process(100, {9: fake.dev / "video0"})  # a dangling link: no such device now
    src = fake.source()

    def boom(*_: object) -> None:
        raise AssertionError("scanned /proc although there is no camera")

    monkeypatch.setattr(src, "_holds_camera", boom)
    assert not src.camera_in_use()


def test_running_capture_substream(fake: FakeSystem) -> None:
    fake.substream(0, "pcm0c", 0, "closed\n")
    fake.substream(1, "pcm3c", 0, "closed\n")
    path = fake.substream(1, "pcm3c", 1, RUNNING)
    src = fake.source()
    assert src.microphone_in_use() and src.active()
    path.write_text("closed\n")
    assert not src.microphone_in_use()
    path.write_text("state: XRUN\n")
    assert not src.microphone_in_use()


def test_unreadable_entries_are_skipped(fake: FakeSystem, monkeypatch: pytest.MonkeyPatch) -> None:
    cam = fake.camera_device()
    # a process whose fd dir we may not read (another user), one that is gone, one whose
    # "fd" is not a directory, a fd that is not a link, and a status that is a directory
    fake.process(10, {1: cam})
    (fake.proc / "11").mkdir()
    (fake.proc / "12").mkdir()
    (fake.proc / "12" / "fd").write_text("")
    fake.process(13, {})
    (fake.proc / "13" / "fd" / "4").write_text("")
    (fake.proc / "asound" / "card0" / "pcm0c" / "sub0" / "status").mkdir(parents=True)
    fake.substream(0, "pcm1c", 0, "\xff\xfe garbage")
    (fake.proc / "asound" / "card9").write_text("")  # a card that is a file
    real_scandir = os.scandir
    denied = str(fake.proc / "10" / "fd")

    def scandir(path: str) -> object:
        if os.fspath(path) == denied:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    src = fake.source()
    assert not src.camera_in_use()
    assert not src.microphone_in_use()
    assert ContextProbe([src]).reasons() == frozenset()


def test_fd_closed_between_listing_and_reading(
    fake: FakeSystem, monkeypatch: pytest.MonkeyPatch
) -> None:
    cam = fake.camera_device()
    fake.process(10, {1: fake.dev / "null", 2: cam})
    real_readlink = os.readlink

    def readlink(path: str) -> str:
        if path.endswith(os.sep + "2"):
            raise FileNotFoundError(2, "No such file or directory", path)
        return real_readlink(path)

    monkeypatch.setattr(os, "readlink", readlink)
    assert not fake.source().camera_in_use()


def test_missing_roots(tmp_path: Path) -> None:
    src = ProcCallSource(tmp_path / "no-proc", tmp_path / "no-dev", own_pid=1)
    assert not src.active()


def test_scan_is_bounded_and_resumes_where_it_stopped(
    fake: FakeSystem, monkeypatch: pytest.MonkeyPatch
) -> None:
    cam = fake.camera_device()
    for pid in range(100, 110):
        fake.process(pid, {fd: fake.dev / "null" for fd in range(10)})
    fake.process(999, {fd: fake.dev / "null" for fd in range(5)} | {7: cam})
    reads: list[int] = []
    real_readlink = os.readlink

    def readlink(path: str) -> str:
        reads.append(1)
        return real_readlink(path)

    monkeypatch.setattr(os, "readlink", readlink)
    small = fake.source(max_fds=25)
    calls = 0
    while not small.camera_in_use():
        calls += 1
        assert not small.complete
        assert len(reads) <= 25
        reads.clear()
        assert calls < 20, "the sweep does not move on"
    assert 3 <= calls <= 6  # 106 fds in slices of 25, each cut-short process read again
    # once found, the holder is checked first: a few reads per call
    reads.clear()
    assert small.camera_in_use() and len(reads) <= 6
    os.unlink(fake.proc / "999" / "fd" / "7")
    assert not small.camera_in_use()

    full = fake.source()
    assert not full.camera_in_use()
    assert full.complete


def test_a_process_larger_than_the_budget_does_not_stall_the_sweep(fake: FakeSystem) -> None:
    cam = fake.camera_device()
    fake.process(100, {fd: fake.dev / "null" for fd in range(50)})
    fake.process(200, {3: cam})
    src = fake.source(max_fds=20)
    results = [src.camera_in_use() for _ in range(3)]
    assert results[-1], results


def test_real_proc_never_raises() -> None:
    src = ProcCallSource()
    assert isinstance(src.active(), bool)
    assert ContextProbe([src]).reasons() <= frozenset({"call"})
