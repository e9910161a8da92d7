"""Is the camera or the microphone in use by another process? Linux, from /proc only.

Camera: a `/proc/<pid>/fd/*` link of another process points to `/dev/video*`. PipeWire and
WirePlumber keep camera nodes open while nothing streams, so their fds are ignored (a camera
used only through PipeWire, e.g. the camera portal, is then not seen; the microphone of the
same call usually is). Processes whose fds we may not read (other users, non-dumpable ones)
are skipped.

Microphone: an ALSA capture substream is RUNNING (`/proc/asound/card*/pcm*c/sub*/status`).
PipeWire and PulseAudio open the ALSA device while any client records and close it when the
source is suspended (after a few idle seconds by default), so this covers their clients too.
Not seen: Bluetooth headset microphones (SCO sockets, not ALSA) and a sound server configured
never to suspend (its capture stream then runs all the time: a false "call").
"""

from __future__ import annotations

import bisect
import os

from massage_break.adapters.context.probe import CALL

#: Holders of /dev/video* fds that do not mean "a camera is streaming".
CAMERA_BROKERS = frozenset({"pipewire", "wireplumber", "pipewire-media-session"})
#: fd links read per call at most (~2-7 µs each). A session with more open fds is swept over
#: several calls, each going on where the last stopped; a found holder is checked first.
MAX_FDS = 4000


class ProcCallSource:
    reason = CALL
    name = "proc"

    def __init__(
        self,
        proc_root: str | os.PathLike[str] = "/proc",
        dev_root: str | os.PathLike[str] = "/dev",
        *,
        own_pid: int | None = None,
        max_fds: int = MAX_FDS,
        ignore_comms: frozenset[str] = CAMERA_BROKERS,
    ) -> None:
        self._proc = os.fspath(proc_root)
        self._dev = os.fspath(dev_root)
        self._video_prefix = os.path.join(self._dev, "video")
        self._asound = os.path.join(self._proc, "asound")
        self._own = os.getpid() if own_pid is None else own_pid
        self._max_fds = max_fds
        self._ignore = frozenset(c[:15] for c in ignore_comms)  # the kernel cuts comm at 15
        self._holder: int | None = None  # checked first next time
        self._resume_after = -1  # the sweep goes on after this pid
        self._left = max_fds  # fd links the current call may still read
        self.complete = True  # the last camera check looked at every process

    def active(self) -> bool:
        return self.microphone_in_use() or self.camera_in_use()

    def close(self) -> None:
        pass

    # ------------------------------------------------------------------ microphone

    def microphone_in_use(self) -> bool:
        for card in _entries(self._asound, "card"):
            for pcm in _entries(card, "pcm"):
                if not pcm.endswith("c"):
                    continue
                for sub in _entries(pcm, "sub"):
                    if _capture_running(os.path.join(sub, "status")):
                        return True
        return False

    # ------------------------------------------------------------------ camera

    def camera_in_use(self) -> bool:
        self.complete = True
        if not _entries(self._dev, "video"):
            self._holder = None
            return False  # no camera device at all: nothing to scan
        self._left = self._max_fds
        holder, self._holder = self._holder, None
        if holder is not None and self._holds_camera(holder):
            self._holder = holder
            return True
        if self._left <= 0:
            self.complete = False
            return False
        pids = self._pids()
        cut = bisect.bisect_right(pids, self._resume_after)
        for n, pid in enumerate(pids[cut:] + pids[:cut]):
            if pid == holder:
                continue
            found = self._holds_camera(pid)
            if found:
                self._holder = self._resume_after = pid
                return True
            if self._left < 0:  # this one was cut short: it comes first next time,
                self.complete = False  # unless it alone is larger than the budget
                self._resume_after = pid if n == 0 else self._resume_after
                return False
            self._resume_after = pid
        return False

    def _pids(self) -> list[int]:
        try:
            names = os.listdir(self._proc)
        except OSError:
            return []
        pids = sorted(int(name) for name in names if name.isdigit())
        return [pid for pid in pids if pid != self._own]

    def _holds_camera(self, pid: int) -> bool:
        fd_dir = os.path.join(self._proc, str(pid), "fd")
        try:
            with os.scandir(fd_dir) as it:
                for entry in it:
                    self._left -= 1
                    if self._left < 0:
                        return False  # out of budget
                    try:
                        target = os.readlink(entry.path)
                    except OSError:  # closed meanwhile, or not a link
                        continue
                    if target.startswith(self._video_prefix):
                        return not self._ignored(pid)
        except OSError:  # not ours to read, exited, or not a process
            return False
        return False

    def _ignored(self, pid: int) -> bool:
        try:
            with open(os.path.join(self._proc, str(pid), "comm"), encoding="utf-8") as fh:
                comm = fh.read(64).strip()
        except (OSError, UnicodeDecodeError):
            return False
        return comm in self._ignore


def _entries(directory: str, prefix: str) -> list[str]:
    """Paths of the entries of `directory` whose names start with `prefix` (none on error)."""
    try:
        with os.scandir(directory) as it:
            return [e.path for e in it if e.name.startswith(prefix)]
    except OSError:
        return []


def _capture_running(status: str) -> bool:
    try:
        with open(status, "rb") as fh:
            head = fh.read(256)
    except OSError:
        return False
    first = head.split(b"\n", 1)[0]
    return first.replace(b" ", b"").replace(b"\t", b"") == b"state:RUNNING"
