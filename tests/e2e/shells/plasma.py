"""A real, headless KDE Plasma 5.27 session on Wayland for end-to-end tests.

``PlasmaSession(tmp_path)`` starts, with a private HOME and XDG_RUNTIME_DIR:

* a session bus (``dbus-run-session``, kept alive by a keeper process) and ``dbus-monitor
  --pcap`` recording every message on it (what Plasma's notification server got);
* ``kwin_wayland --virtual --width 1280 --height 800 --socket NAME --xwayland`` (a plain
  copy of the binary: the packaged one carries a file capability this machine refuses),
  with ``KWIN_WAYLAND_NO_PERMISSION_CHECKS`` and ``KWIN_SCREENSHOT_NO_PERMISSION_CHECKS``;
* ``kactivitymanagerd`` (plasmashell refuses to load its shell without it), ``kded5`` with
  its ``statusnotifierwatcher`` module (``org.kde.StatusNotifierWatcher``; with
  ``watcher=False`` it is left for :meth:`PlasmaSession.start_watcher`), and ``plasmashell``
  (desktop, panel with the system tray, and ``org.freedesktop.Notifications``).

What a test gets:

* :meth:`env_wayland` (and :meth:`env_xwayland`) to run a program inside the session;
* windows and focus from KWin itself, through KWin scripts loaded over D-Bus
  (``org.kde.kwin.Scripting``) that ``print()`` one JSON line into KWin's log:
  :meth:`windows`, :meth:`active_window`, :meth:`wait_window`, :meth:`activate`, and
  :meth:`activations` (a recorder loaded at start-up: every window KWin activated);
* input KWin counts as the user's (``org_kde_kwin_fake_input``): :meth:`key`,
  :meth:`type_text`, :meth:`move_to`, :meth:`click_at`;
* :meth:`screenshot` (``org.kde.KWin.ScreenShot2.CaptureActiveScreen``, saved as PNG);
* :meth:`notifications`, :meth:`signals`, :meth:`wait_for_notification` (from the bus
  recording), :meth:`notification_popups`, :meth:`read_popup` (OCR) and
  :meth:`press_notification_button`, which clicks the button Plasma drew;
* :meth:`tray_items` (the watcher's ``RegisteredStatusNotifierItems``), :meth:`panel`;
* ``dark=True``: Breeze Dark (``plasma-apply-colorscheme BreezeDark`` and the breeze-dark
  Plasma style) before the shell starts.

``close()`` (leaving the ``with`` block) ends every process of the session: each one it
started (process groups), then anything still running with the session's private runtime
directory in its environment (a D-Bus-activated service), and removes that directory.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from jeepney import DBusAddress, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection
from jeepney.low_level import Message, MessageType

from tests.e2e import popup_text
from tests.e2e.bus_record import (
    bus_config,
    monitor_records,
    notification_signals,
    notify_calls,
    read_pcap,
    unwrap_variant,
)
from tests.e2e.procs import Harness, Proc, describe, sessionless_environ, stop_group, tail

from .kde_fake_input import KEY_LEFTSHIFT, FakeInput

__all__ = ["Image", "PlasmaError", "PlasmaSession", "Window", "missing_programs"]

T = TypeVar("T")

WIDTH, HEIGHT = 1280, 800
KWIN = "/usr/bin/kwin_wayland"
KACTIVITYMANAGERD = "/usr/lib/x86_64-linux-gnu/libexec/kactivitymanagerd"
PROGRAMS = (
    KWIN,
    "plasmashell",
    "kded5",
    KACTIVITYMANAGERD,
    "Xwayland",
    "dbus-run-session",
    "dbus-monitor",
    "dbus-update-activation-environment",
    "plasma-apply-colorscheme",
    "tesseract",
    "convert",
)
NOTIFICATIONS = "org.freedesktop.Notifications"
WATCHER = "org.kde.StatusNotifierWatcher"
KWIN_SCRIPTING = DBusAddress(
    "/Scripting", bus_name="org.kde.KWin", interface="org.kde.kwin.Scripting"
)
SCREENSHOT = DBusAddress(
    "/org/kde/KWin/ScreenShot2",
    bus_name="org.kde.KWin.ScreenShot2",
    interface="org.kde.KWin.ScreenShot2",
)
WATCHER_PROPS = DBusAddress(
    "/StatusNotifierWatcher", bus_name=WATCHER, interface="org.freedesktop.DBus.Properties"
)
SERVICES = "/usr/share/dbus-1/services"
KDED = DBusAddress("/kded", bus_name="org.kde.kded5", interface="org.kde.kded5")

# evdev codes (linux/input-event-codes.h) of a US keyboard, and which need Shift.
_LETTERS = dict(
    zip(
        "qwertyuiopasdfghjklzxcvbnm",
        [*range(16, 26), *range(30, 39), *range(44, 51)],
        strict=True,
    )
)
_PLAIN = {
    **_LETTERS,
    **dict(zip("1234567890", range(2, 12), strict=True)),
    " ": 57,
    "-": 12,
    "=": 13,
    "[": 26,
    "]": 27,
    ";": 39,
    "'": 40,
    "`": 41,
    "\\": 43,
    ",": 51,
    ".": 52,
    "/": 53,
    "\n": 28,
    "\t": 15,
}
_SHIFTED = {
    **{c.upper(): k for c, k in _LETTERS.items()},
    **dict(zip("!@#$%^&*()", range(2, 12), strict=True)),
    "_": 12,
    "+": 13,
    "{": 26,
    "}": 27,
    ":": 39,
    '"': 40,
    "~": 41,
    "|": 43,
    "<": 51,
    ">": 52,
    "?": 53,
}
KEYS = {"Return": 28, "Escape": 1, "Tab": 15, "BackSpace": 14, "space": 57, "Shift": 42}
BTN_LEFT, BTN_RIGHT = 0x110, 0x111
_INPUT_REASON = "end-to-end tests drive the session"


def missing_programs() -> list[str]:
    """The programs a PlasmaSession needs that this machine does not have."""
    return [p for p in PROGRAMS if shutil.which(p) is None]


class PlasmaError(RuntimeError):
    """Something in the Plasma session failed; the message has the logs' tails."""


class Window(NamedTuple):
    """A window as KWin sees it."""

    caption: str
    resource_class: str
    active: bool
    x: int
    y: int
    width: int
    height: int
    pid: int
    notification: bool  # a notification popup (Plasma's)
    dock: bool  # a panel
    id: str  # KWin's internalId

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2


@dataclass
class Image:
    """A screenshot: RGBA rows, top to bottom."""

    width: int
    height: int
    rgba: bytes

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        i = (y * self.width + x) * 4
        return self.rgba[i], self.rgba[i + 1], self.rgba[i + 2]

    def crop(self, x: int, y: int, width: int, height: int) -> Image:
        x, y = max(0, x), max(0, y)
        width, height = min(width, self.width - x), min(height, self.height - y)
        rows = [
            self.rgba[((y + r) * self.width + x) * 4 : ((y + r) * self.width + x + width) * 4]
            for r in range(height)
        ]
        return Image(width, height, b"".join(rows))

    def count(self, match: Callable[[int, int, int], bool]) -> int:
        """How many pixels' (r, g, b) satisfy ``match``."""
        data = self.rgba
        return sum(1 for i in range(0, len(data), 4) if match(data[i], data[i + 1], data[i + 2]))

    def colours(self) -> int:
        """Number of distinct colours (a blank or black capture has one)."""
        data = self.rgba
        return len({data[i : i + 3] for i in range(0, len(data), 4)})

    def save_png(self, path: str | os.PathLike[str]) -> Path:
        stride = self.width * 4
        raw = b"".join(
            b"\x00" + self.rgba[r * stride : (r + 1) * stride] for r in range(self.height)
        )

        def chunk(kind: bytes, data: bytes) -> bytes:
            crc = zlib.crc32(kind + data) & 0xFFFFFFFF
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 6, 0, 0, 0)
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 6))
            + chunk(b"IEND", b"")
        )
        return out


_LIST_SCRIPT = """
function describe(c) {
    var g = c.frameGeometry;
    return {caption: String(c.caption), resource_class: String(c.resourceClass),
            active: workspace.activeClient === c, x: g.x, y: g.y, width: g.width,
            height: g.height, pid: c.pid, notification: !!c.notification, dock: !!c.dock,
            id: String(c.internalId)};
}
var list = workspace.clientList();
var out = [];
for (var i = 0; i < list.length; i++) out.push(describe(list[i]));
print("MB-REPLY %(token)s " + JSON.stringify(out));
"""

_ACTIVATE_SCRIPT = """
var list = workspace.clientList();
var done = false;
for (var i = 0; i < list.length; i++) {
    if (String(list[i].internalId) === %(id)s) { workspace.activeClient = list[i]; done = true; }
}
print("MB-REPLY %(token)s " + JSON.stringify(done));
"""

# Loaded once at start-up and kept: one line for every window KWin activates or adds.
_RECORDER_SCRIPT = """
function info(c) {
    if (!c) return null;
    return {caption: String(c.caption), resource_class: String(c.resourceClass), pid: c.pid,
            id: String(c.internalId), notification: !!c.notification};
}
workspace.clientActivated.connect(function (c) {
    print("MB-ACTIVATED " + JSON.stringify({time: Date.now() / 1000, window: info(c)}));
});
workspace.clientAdded.connect(function (c) {
    print("MB-ADDED " + JSON.stringify({time: Date.now() / 1000, window: info(c)}));
});
print("MB-RECORDER ready");
"""


class PlasmaSession(Harness):
    """A headless Plasma session on Wayland; see the module docstring.

    ``root``: folder for logs, HOME and the bus recording (a test's ``tmp_path``).
    ``dark``: Breeze Dark colours and Plasma style. ``watcher``: start kded5's
    StatusNotifierWatcher with the session (else call :meth:`start_watcher` later).
    """

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        dark: bool = False,
        watcher: bool = True,
        start_timeout: float = 60.0,
    ) -> None:
        self.root = Path(root).resolve()
        self.dark = dark
        self.with_watcher = watcher
        self.start_timeout = start_timeout
        self.home = self.root / "home"
        self.logs = self.root / "logs"
        self.runtime_dir = Path()
        self.socket = "wl-mb"
        self.bus_address = ""
        self.base_env: dict[str, str] = {}  # the session's, without a display
        self.timings: dict[str, float] = {}
        self._procs: list[Proc] = []
        self._names: dict[str, Proc] = {}
        self._bus: DBusConnection | None = None
        self._input: FakeInput | None = None
        self._tokens = itertools.count(1)
        self._started = self._closed = False

    # ------------------------------------------------------------------ lifecycle

    _error_type = PlasmaError
    _what = "the Plasma session"

    def _missing(self) -> list[str]:
        return missing_programs()

    def _start(self) -> None:
        began = time.monotonic()
        self._prepare()
        self._start_bus()
        self._start_kwin()
        self.timings["kwin"] = time.monotonic() - began
        self._start_recorder()
        self._run(
            [
                "dbus-update-activation-environment",
                f"WAYLAND_DISPLAY={self.socket}",
                "QT_QPA_PLATFORM=wayland",
                "XDG_CURRENT_DESKTOP=KDE",
                "XDG_SESSION_TYPE=wayland",
                "KDE_FULL_SESSION=true",
            ]
        )
        self._launch("kactivitymanagerd", [KACTIVITYMANAGERD], env=self.env_wayland())
        self._wait(
            lambda: self._has_owner("org.kde.ActivityManager"),
            "kactivitymanagerd on the bus",
            watch=["kactivitymanagerd"],
        )
        self.timings["kactivitymanagerd"] = time.monotonic() - began
        if self.with_watcher:  # startplasma starts kded5 before the shell, so here
            self._launch("kded5", ["kded5"], env=self.env_wayland())
        self._start_plasmashell()
        if self.with_watcher:
            # Plasma's tray asks kded5 for its watcher itself, but only ~5 s later here;
            # ksmserver's "second phase" would load it at once: do that part of it.
            self.start_watcher()
            self._wait(self._host_registered, "Plasma's tray as a host", watch=["plasmashell"])
        self.timings["session"] = time.monotonic() - began

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._input is not None:
            self._input.close()
            self._input = None
        if self._bus is not None:
            with contextlib.suppress(Exception):
                self._bus.close()
            self._bus = None
        for proc in reversed(self._procs):
            self._stop(proc)
        self._sweep()
        if self.runtime_dir != Path() and self.runtime_dir.exists():
            shutil.rmtree(self.runtime_dir, ignore_errors=True)

    @staticmethod
    def _stop(proc: Proc, timeout: float = 5.0) -> None:
        stop_group(proc.popen, timeout)

    def session_pids(self) -> list[int]:
        """Every running process whose environment carries this session's runtime dir."""
        if self.runtime_dir == Path():
            return []
        marker = f"XDG_RUNTIME_DIR={self.runtime_dir}".encode()
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                environ = (entry / "environ").read_bytes()
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z" and marker in environ.split(b"\0"):
                found.append(int(entry.name))
        return found

    def _sweep(self) -> None:
        """Kill what the session left: D-Bus-activated services, a shell's helpers."""
        for _ in range(3):
            pids = self.session_pids()
            if not pids:
                return
            for pid in pids:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.2)

    # ------------------------------------------------------------------ starting

    def _prepare(self) -> None:
        for sub in ("home/.config", "home/.local/share", "home/.local/state", "home/.cache"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(parents=True, exist_ok=True)
        # Short: the Wayland socket lives here (unix socket paths are < 108 bytes).
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="mb-kde-"))
        self.runtime_dir.chmod(0o700)
        bindir = self.root / "bin"
        bindir.mkdir(exist_ok=True)
        # the packaged binary has cap_sys_resource, which exec refuses here: a plain copy
        self.kwin = bindir / "kwin_wayland"
        shutil.copy(KWIN, self.kwin)
        config = self.home / ".config"
        (config / "kscreenlockerrc").write_text("[Daemon]\nAutolock=false\nLockOnResume=false\n")
        # no first-start tips, no "welcome" notifications, no screen power-saving
        (config / "powermanagementprofilesrc").write_text("")
        base = sessionless_environ()
        home = str(self.home)
        base.update(
            HOME=home,
            XDG_RUNTIME_DIR=str(self.runtime_dir),
            XDG_CONFIG_HOME=f"{home}/.config",
            XDG_DATA_HOME=f"{home}/.local/share",
            XDG_STATE_HOME=f"{home}/.local/state",
            XDG_CACHE_HOME=f"{home}/.cache",
            XDG_SESSION_TYPE="wayland",
            XDG_CURRENT_DESKTOP="KDE",
            XDG_SESSION_DESKTOP="KDE",
            KDE_FULL_SESSION="true",
            KDE_SESSION_VERSION="5",
            LIBGL_ALWAYS_SOFTWARE="1",
            NO_AT_BRIDGE="1",
            LANG=os.environ.get("LANG", "C.UTF-8"),
        )
        self.base_env = base
        if self.dark:
            self._run(
                ["plasma-apply-colorscheme", "BreezeDark"],
                env={**base, "QT_QPA_PLATFORM": "offscreen"},
            )
            with (config / "plasmarc").open("a") as fh:
                fh.write("[Theme]\nname=breeze-dark\n")

    def _start_bus(self) -> None:
        # The system's activatable services, except kded5 when the watcher is to come later
        # (plasmashell's tray would have the bus start it at once).
        services = self.root / "dbus-services"
        services.mkdir(exist_ok=True)
        for service in sorted(Path(SERVICES).glob("*.service")):
            if self.with_watcher or service.name != "org.kde.kded5.service":
                (services / service.name).symlink_to(service)
        config = self.root / "session-bus.conf"
        config.write_text(
            bus_config(f"unix:dir={self.runtime_dir}", keep_umask=True, service_dir=services)
        )
        addr = self.root / "bus.address"
        keeper = 'printf "%s\\n" "$DBUS_SESSION_BUS_ADDRESS" > "$1"; exec sleep 2147483647'
        self._launch(
            "dbus",
            [
                "dbus-run-session",
                f"--config-file={config}",
                "--",
                "sh",
                "-c",
                keeper,
                "sh",
                str(addr),
            ],
        )

        def address() -> str | None:
            text = addr.read_text() if addr.exists() else ""
            return text.strip() if text.endswith("\n") else None

        self.bus_address = self._wait(address, "the session bus address", watch=["dbus"])
        self.base_env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
        self.base_env.pop("DBUS_SESSION_BUS_PID", None)
        self.monitor_file = self.root / "bus.pcap"
        self._launch(
            "dbus-monitor",
            [
                "dbus-monitor",
                "--pcap",
                f"interface='{NOTIFICATIONS}'",
                f"sender='{NOTIFICATIONS}'",
            ],
            stdout=self.monitor_file,
        )
        monitor_file = self.monitor_file

        def recorded() -> bool:
            return monitor_records(self._conn(), monitor_file, "PlasmaHarnessProbe")

        self._wait(recorded, "dbus-monitor to record the bus", watch=["dbus-monitor"])

    def _start_kwin(self) -> None:
        env = {
            **self.base_env,
            "KWIN_WAYLAND_NO_PERMISSION_CHECKS": "1",
            "KWIN_SCREENSHOT_NO_PERMISSION_CHECKS": "1",
            "QT_QPA_PLATFORM": "wayland",
        }
        self._launch(
            "kwin",
            [
                str(self.kwin),
                "--virtual",
                "--width",
                str(WIDTH),
                "--height",
                str(HEIGHT),
                "--socket",
                self.socket,
                "--xwayland",
            ],
            env=env,
        )
        self._wait(
            lambda: self._has_owner("org.kde.KWin") and (self.runtime_dir / self.socket).exists(),
            "kwin_wayland on the bus and its Wayland socket",
            watch=["kwin"],
        )

    def _start_recorder(self) -> None:
        script = self.root / "kwin-recorder.js"
        script.write_text(_RECORDER_SCRIPT)

        # org.kde.KWin is owned a moment before its /Scripting object exists
        def scripting() -> bool:
            msg = new_method_call(KWIN_SCRIPTING, "isScriptLoaded", "s", ("mb-recorder",))
            reply = self._conn().send_and_get_reply(msg, timeout=5)
            return reply.header.message_type == MessageType.method_return

        self._wait(
            scripting,
            "KWin's scripting interface",
            watch=["kwin"],
        )
        self._load_script(script, "mb-recorder")
        self._wait(
            lambda: "MB-RECORDER ready" in self.kwin_log(), "the KWin recorder", watch=["kwin"]
        )

    def start_watcher(self) -> None:
        """Start kded5 and have it load its statusnotifierwatcher module, as plasmashell's
        tray does in a session (``watcher=False`` took kded5's D-Bus activation away)."""
        if "kded5" not in self._names:
            self._launch("kded5", ["kded5"], env=self.env_wayland())
        self._wait(lambda: self._has_owner("org.kde.kded5"), "kded5", watch=["kded5"])
        self._call(KDED, "loadModule", "s", ("statusnotifierwatcher",))
        self._wait(lambda: self._has_owner(WATCHER), WATCHER, watch=["kded5"])

    def _start_plasmashell(self) -> None:
        began = time.monotonic()
        self._launch("plasmashell", ["plasmashell", "--no-respawn"], env=self.env_wayland())
        self._wait(
            lambda: self._has_owner(NOTIFICATIONS) and self._has_owner("org.kde.plasmashell"),
            "plasmashell to own org.freedesktop.Notifications",
            watch=["plasmashell"],
        )
        self._wait(
            lambda: any(w.dock for w in self.windows()), "Plasma's panel", watch=["plasmashell"]
        )
        self.timings["plasmashell"] = time.monotonic() - began

    def _host_registered(self) -> bool:
        return bool(self._watcher_property("IsStatusNotifierHostRegistered") is True)

    # ------------------------------------------------------------------ processes

    def _launch(
        self,
        name: str,
        args: Sequence[str],
        *,
        env: Mapping[str, str] | None = None,
        stdout: Path | None = None,
    ) -> subprocess.Popen[bytes]:
        stem, n = name, 1
        while name in self._names:
            n += 1
            name = f"{stem}-{n}"
        log = self.logs / f"{name}.log"
        with contextlib.ExitStack() as stack:
            err = stack.enter_context(log.open("wb"))
            out = stack.enter_context(stdout.open("wb")) if stdout is not None else err
            popen = subprocess.Popen(
                list(args),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                env=dict(env if env is not None else self.base_env),
                cwd=self.root,
                start_new_session=True,
            )
        proc = Proc(name, popen, log)
        self._procs.append(proc)
        self._names[name] = proc
        return popen

    def spawn(
        self,
        args: Sequence[str | os.PathLike[str]],
        *,
        name: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> subprocess.Popen[bytes]:
        """Run a program inside the session (Wayland environment plus ``env``), output in
        ``logs/<name>.log``; ``close()`` ends it."""
        self._require_running()
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", name or Path(str(args[0])).name)
        return self._launch(
            stem, [os.fspath(a) for a in args], env={**self.env_wayland(), **(env or {})}
        )

    def log_path(self, name: str) -> Path:
        return self._names[name].log if name in self._names else self.logs / f"{name}.log"

    def log_tail(self, name: str, lines: int = 25) -> str:
        return tail(self.log_path(name), lines)

    def kwin_log(self) -> str:
        return self.log_path("kwin").read_text(errors="replace")

    def describe(self) -> str:
        parts = [f"Plasma session root={self.root} socket={self.socket} bus={self.bus_address}"]
        parts += describe(self._procs)
        return "\n".join(parts)

    def _require_running(self) -> None:
        if not self._started or self._closed:
            raise PlasmaError("the Plasma session is not running")

    def _wait(
        self,
        predicate: Callable[[], T | None],
        what: str,
        *,
        timeout: float | None = None,
        watch: Sequence[str] = (),
        interval: float = 0.1,
    ) -> T:
        deadline = time.monotonic() + (self.start_timeout if timeout is None else timeout)
        last: BaseException | None = None
        while True:
            try:
                result = predicate()
                if result:
                    return result
            except PlasmaError:
                raise
            except Exception as exc:  # the bus or a service not up yet
                last = exc
            for name in watch:
                rc = self._names[name].popen.poll()
                if rc is not None:
                    raise PlasmaError(
                        f"{name} exited (rc={rc}) while waiting for {what}\n{self.describe()}"
                    )
            if time.monotonic() >= deadline:
                extra = f" (last error: {last!r})" if last else ""
                raise PlasmaError(f"timed out waiting for {what}{extra}\n{self.describe()}")
            time.sleep(interval)

    def wait(self, predicate: Callable[[], T | None], what: str, timeout: float = 20.0) -> T:
        """Poll ``predicate`` until it returns something truthy (PlasmaError after timeout)."""
        return self._wait(predicate, what, timeout=timeout, watch=["kwin", "plasmashell"])

    def _run(
        self, args: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float = 20
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            list(args),
            env=dict(env if env is not None else self.base_env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0:
            raise PlasmaError(f"{args[0]} failed (rc={done.returncode}): {done.stderr.strip()}")
        return done

    # ------------------------------------------------------------------ environments

    @property
    def env(self) -> dict[str, str]:
        """A terminal's environment in this session (what RunningApp.command uses)."""
        return self.env_wayland()

    def env_wayland(self) -> dict[str, str]:
        """For a program on the session's Wayland display (Qt's wayland platform)."""
        return {**self.base_env, "WAYLAND_DISPLAY": self.socket, "QT_QPA_PLATFORM": "wayland"}

    def x_display(self) -> str:
        """Xwayland's display (KWin starts it with the session)."""
        kwin = self._names["kwin"].popen.pid

        def find() -> str | None:
            for entry in Path("/proc").iterdir():
                if not entry.name.isdigit():
                    continue
                try:
                    stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    argv = (entry / "cmdline").read_bytes().split(b"\0")
                except OSError:
                    continue
                if int(stat[1]) == kwin and argv[0].endswith(b"Xwayland"):
                    return next(a.decode() for a in argv if a.startswith(b":"))
            return None

        return self.wait(find, "Xwayland")

    def env_xwayland(self) -> dict[str, str]:
        """For an X11 program through Xwayland inside the Wayland session."""
        return {
            **self.base_env,
            "WAYLAND_DISPLAY": self.socket,
            "DISPLAY": self.x_display(),
            "QT_QPA_PLATFORM": "xcb",
        }

    # ------------------------------------------------------------------ D-Bus

    def open_bus(self, *, enable_fds: bool = False) -> DBusConnection:
        return open_dbus_connection(bus=self.bus_address, enable_fds=enable_fds)

    def _conn(self) -> DBusConnection:
        if self._bus is None:
            self._bus = self.open_bus(enable_fds=True)
        return self._bus

    def _call(
        self,
        address: DBusAddress,
        member: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
        timeout: float = 10.0,
    ) -> tuple[Any, ...]:
        reply = self._conn().send_and_get_reply(
            new_method_call(address, member, signature, body), timeout=timeout
        )
        if reply.header.message_type == MessageType.error:
            raise PlasmaError(f"D-Bus {address.bus_name} {member} failed: {reply.body}")
        return tuple(reply.body)

    def _has_owner(self, name: str) -> bool:
        return bool(Proxy(message_bus, self._conn(), timeout=5).NameHasOwner(name)[0])

    def name_has_owner(self, name: str) -> bool:
        self._require_running()
        return self._has_owner(name)

    def name_owner_pid(self, name: str) -> int:
        return int(Proxy(message_bus, self._conn(), timeout=5).GetConnectionUnixProcessID(name)[0])

    # ------------------------------------------------------------------ KWin scripts

    def _load_script(self, path: Path, plugin: str) -> None:
        (script_id,) = self._call(KWIN_SCRIPTING, "loadScript", "ss", (str(path), plugin))
        if int(script_id) < 0:
            raise PlasmaError(f"KWin refused the script {path}")
        self._call(KWIN_SCRIPTING, "start")

    def run_script(self, source: str, timeout: float = 10.0) -> Any:
        """Run a KWin script once; it prints ``MB-REPLY %(token)s <json>``; returns the JSON.
        ``source`` is a %-format string with ``token`` (and whatever it formats itself)."""
        self._require_running()
        token = f"t{next(self._tokens)}-{os.getpid()}"
        path = self.root / "scripts" / f"{token}.js"
        path.parent.mkdir(exist_ok=True)
        path.write_text(source.replace("%(token)s", token))
        plugin = f"mb-{token}"
        self._load_script(path, plugin)
        pattern = re.compile(rf"^js: MB-REPLY {re.escape(token)} (.*)$", re.MULTILINE)
        try:
            match = self._wait(
                lambda: pattern.search(self.kwin_log()),
                f"KWin script {token}",
                timeout=timeout,
                watch=["kwin"],
                interval=0.05,
            )
        finally:
            self._call(KWIN_SCRIPTING, "unloadScript", "s", (plugin,))
        return json.loads(match.group(1))

    def windows(self) -> list[Window]:
        """Every window KWin manages (the desktop, panels, popups, programs' windows)."""
        return [Window(**w) for w in self.run_script(_LIST_SCRIPT)]

    def active_window(self) -> Window | None:
        return next((w for w in self.windows() if w.active), None)

    def find_windows(self, caption: str = "", resource_class: str = "") -> list[Window]:
        """Windows whose caption matches the regex ``caption`` and whose resourceClass
        matches ``resource_class`` (empty: any)."""
        return [
            w
            for w in self.windows()
            if re.search(caption, w.caption) and re.search(resource_class, w.resource_class)
        ]

    def wait_window(
        self, caption: str = "", resource_class: str = "", timeout: float = 20.0
    ) -> Window:
        found = self.wait(
            lambda: self.find_windows(caption, resource_class),
            f"a window caption~{caption!r} class~{resource_class!r}",
            timeout,
        )
        return found[0]

    def activate(self, window: Window) -> None:
        """Make KWin activate ``window`` (as a click on its task would)."""
        source = _ACTIVATE_SCRIPT.replace("%(id)s", json.dumps(window.id))
        if not self.run_script(source):
            raise PlasmaError(f"no window {window.id} ({window.caption!r}) to activate")

    def activations(self, since: float = 0.0) -> list[dict[str, Any]]:
        """Every activation KWin made since the session started (or since ``since``, a
        ``time.time()``): ``{"time": epoch seconds, "window": {caption, resource_class, pid,
        id, notification} or None}``."""
        return self._recorded("MB-ACTIVATED", since)

    def added_windows(self, since: float = 0.0) -> list[dict[str, Any]]:
        """Every window KWin added (mapped), same shape as :meth:`activations`."""
        return self._recorded("MB-ADDED", since)

    def _recorded(self, tag: str, since: float) -> list[dict[str, Any]]:
        out = []
        for line in self.kwin_log().splitlines():
            if line.startswith(f"js: {tag} "):
                with contextlib.suppress(json.JSONDecodeError):
                    entry = json.loads(line.split(" ", 2)[2])
                    if entry["time"] >= since:
                        out.append(entry)
        return out

    # ------------------------------------------------------------------ input

    def _fake_input(self) -> FakeInput:
        self._require_running()
        if self._input is None:
            self._input = FakeInput(self.runtime_dir / self.socket, _INPUT_REASON)
        return self._input

    def key(self, *codes: int, delay: float = 0.02) -> None:
        """Press ``codes`` (evdev key codes, see KEYS) together, then release them."""
        fake = self._fake_input()
        for code in codes:
            fake.proxy.keyboard_key(code, 1)
            fake.flush()
            time.sleep(delay)
        for code in reversed(codes):
            fake.proxy.keyboard_key(code, 0)
            fake.flush()
            time.sleep(delay)

    def press(self, name: str) -> None:
        """A named key (KEYS: Return, Escape, Tab, BackSpace, space)."""
        self.key(KEYS[name])

    def type_text(self, text: str, delay: float = 0.02) -> None:
        """Type ``text`` on a US keyboard (KWin's default layout), as a person would."""
        for char in text:
            if char in _PLAIN:
                self.key(_PLAIN[char], delay=delay)
            elif char in _SHIFTED:
                self.key(KEY_LEFTSHIFT, _SHIFTED[char], delay=delay)
            else:
                raise ValueError(f"no key for {char!r} on a US keyboard")

    def move_to(self, x: float, y: float) -> None:
        fake = self._fake_input()
        fake.proxy.pointer_motion_absolute(float(x), float(y))
        fake.flush()

    def nudge(self) -> None:
        """A small pointer movement (activity without clicking anything)."""
        fake = self._fake_input()
        fake.proxy.pointer_motion(3.0, 0.0)
        fake.flush()
        fake.proxy.pointer_motion(-3.0, 0.0)
        fake.flush()

    def click_at(self, x: float, y: float, button: int = BTN_LEFT) -> None:
        fake = self._fake_input()
        self.move_to(x, y)
        time.sleep(0.15)  # let the surface under the pointer get enter/motion first
        fake.proxy.button(button, 1)
        fake.flush()
        time.sleep(0.05)
        fake.proxy.button(button, 0)
        fake.flush()

    @contextlib.contextmanager
    def fidget(self, every: float = 0.7) -> Iterator[None]:
        """A person at the desk: a small pointer movement every ``every`` seconds (on its own
        Wayland connection, from a thread), so the compositor's idle timer never fires."""
        stop = threading.Event()
        fake = FakeInput(self.runtime_dir / self.socket, _INPUT_REASON)

        def run() -> None:
            while not stop.wait(every):
                with contextlib.suppress(Exception):  # the session may be closing
                    fake.proxy.pointer_motion(2.0, 0.0)
                    fake.proxy.pointer_motion(-2.0, 0.0)
                    fake.flush()

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join(5)
            fake.close()

    # ------------------------------------------------------------------ screenshots

    def capture(self) -> Image:
        """The whole screen as KWin composites it (ScreenShot2.CaptureActiveScreen)."""
        self._require_running()
        read_fd, write_fd = os.pipe()
        try:
            options = {"include-cursor": ("b", False), "native-resolution": ("b", True)}
            (info,) = self._call(
                SCREENSHOT, "CaptureActiveScreen", "a{sv}h", (options, write_fd), timeout=20
            )
            os.close(write_fd)
            write_fd = -1
            chunks = []
            while block := os.read(read_fd, 1 << 20):
                chunks.append(block)
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)
        data = b"".join(chunks)
        meta = {k: unwrap_variant(v) for k, v in info.items()}
        width, height, stride = int(meta["width"]), int(meta["height"]), int(meta["stride"])
        if meta.get("format") not in (4, 5, 6) or len(data) < stride * height:
            raise PlasmaError(f"unexpected screenshot {meta} with {len(data)} bytes")
        # QImage ARGB32/RGB32 on little-endian: B, G, R, A in memory
        rows = b"".join(data[r * stride : r * stride + width * 4] for r in range(height))
        rgba = bytearray(rows)
        rgba[0::4] = rows[2::4]
        rgba[2::4] = rows[0::4]
        rgba[3::4] = b"\xff" * (width * height)
        return Image(width, height, bytes(rgba))

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        """Save the screen as a PNG at ``path``."""
        return self.capture().save_png(path)

    # ------------------------------------------------------------------ notifications

    def _messages(self) -> list[tuple[float, Message]]:
        return read_pcap(self.monitor_file)

    def notifications(self) -> list[dict[str, Any]]:
        """Every ``Notify`` Plasma's server got, oldest first (see
        :func:`bus_record.notify_calls`; ``id`` is None until it answered)."""
        return notify_calls(self._messages())

    def signals(self, member: str | None = None) -> list[dict[str, Any]]:
        """Signals of the Notifications interface (ActionInvoked, NotificationClosed, ...),
        see :func:`bus_record.notification_signals`."""
        return notification_signals(self._messages(), member)

    def wait_for_notification(
        self, summary: str, timeout: float = 20.0, *, after: int = 0
    ) -> dict[str, Any]:
        """The first answered ``Notify`` (index >= ``after``) whose summary contains
        ``summary``."""

        def find() -> dict[str, Any] | None:
            return next(
                (
                    n
                    for n in self.notifications()[after:]
                    if summary in n["summary"] and (n["id"] is not None or n["error"])
                ),
                None,
            )

        note = self.wait(find, f"a notification {summary!r}", timeout)
        if note["error"]:
            raise PlasmaError(f"Plasma refused the notification: {note['error']}")
        return note

    def notification_popups(self) -> list[Window]:
        """Plasma's notification popups on screen, as KWin lists them."""
        return [w for w in self.windows() if w.notification]

    def read_popup(
        self, popup: Window, *, settle: float = 0.6
    ) -> tuple[Path, list[popup_text.Word]]:
        """The popup's picture (PNG in logs/) and the words on it, read by OCR."""
        time.sleep(settle)  # Plasma slides the popup in
        image = self.capture().crop(popup.x, popup.y, popup.width, popup.height)
        shot = image.save_png(self.logs / f"popup-{next(self._tokens)}.png")
        if self.dark:  # light words on dark: tesseract reads dark on light best
            subprocess.run(["convert", str(shot), "-negate", str(shot)], check=True, timeout=30)
        return shot, popup_text.read_words(shot)

    def press_notification_button(self, label: str, timeout: float = 20.0) -> Window:
        """Click the button labelled ``label`` that Plasma drew on a notification popup, where
        it is on the screen (found by OCR), as a person would. Returns the popup."""
        seen: list[str] = []

        def find() -> tuple[Window, tuple[int, int]] | None:
            for popup in reversed(self.notification_popups()):
                _, words = self.read_popup(popup)
                try:
                    return popup, popup_text.centre_of(words, label)
                except AssertionError as exc:
                    seen.append(str(exc))
            return None

        try:
            popup, (x, y) = self.wait(find, f"a popup with a {label!r} button", timeout)
        except PlasmaError as exc:
            raise PlasmaError(f"{exc}\nread: {seen[-3:]}") from None
        self.click_at(popup.x + x, popup.y + y)
        self.move_to(WIDTH // 2, HEIGHT // 3)  # off the popup again
        return popup

    # ------------------------------------------------------------------ tray

    def _watcher_property(self, name: str) -> Any:
        (value,) = self._call(
            WATCHER_PROPS, "Get", "ss", ("org.kde.StatusNotifierWatcher", name), timeout=5
        )
        return unwrap_variant(value)

    def tray_items(self) -> list[str]:
        """``RegisteredStatusNotifierItems`` of kded5's watcher ([] while there is none)."""
        if not self._has_owner(WATCHER):
            return []
        return [str(item) for item in self._watcher_property("RegisteredStatusNotifierItems")]

    def panel(self) -> Window:
        """Plasma's panel (the system tray is at its right end)."""
        return next(w for w in self.windows() if w.dock)

    def tray_area(self) -> Image:
        """The part of the panel where the system tray draws its icons: the 360 pixels left
        of the clock and the show-desktop button (the right-most 140), which change by
        themselves."""
        panel = self.panel()
        right = panel.x + panel.width - 140
        left = max(panel.x, right - 360)
        return self.capture().crop(left, panel.y, right - left, panel.height)

    def processes(self) -> Iterator[tuple[str, int]]:
        """(name, pid) of every process the harness started."""
        for proc in self._procs:
            yield proc.name, proc.popen.pid
