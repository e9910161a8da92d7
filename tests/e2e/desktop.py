"""A throw-away X11 desktop for end-to-end tests of massage_break.

``Desktop`` starts, in a temporary directory:

* ``Xvfb`` (``-displayfd``, so it picks a free display; 1280x800x24, ``-nolisten tcp``);
* a private session ``dbus-daemon`` (own config, no service activation);
* ``dbus-monitor --pcap`` recording all ``org.freedesktop.Notifications`` traffic
  (calls, replies and signals) so tests can read what ``Notify`` carried;
* ``dunst`` with a test dunstrc (no timeouts, DejaVu Sans, top-left, a stand-in
  ``dmenu`` that picks the action the harness asks for);
* a tray host: ``tray="sni"`` (fake StatusNotifierWatcher, :mod:`sni_watcher`),
  ``"xembed"`` (``trayer``), ``"both"`` or ``None``.

Usage::

    with Desktop(tray="sni") as desk:
        app = desk.spawn([sys.executable, "-m", "massage_break"], name="app")
        note = desk.wait_for_notification("Break", timeout=10)
        desk.invoke_action("snooze")

Every wait has a timeout; failures raise :class:`DesktopError` with the tail of
each helper's log. ``close()`` (or leaving the ``with`` block) stops every
process the harness started, including those started with :meth:`Desktop.spawn`.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import ctypes.util
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeVar

from jeepney import DBusAddress, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection
from jeepney.low_level import Message, MessageType

from . import popup_text
from .bus_record import (
    NOTIFICATIONS_INTERFACE,
    bus_config,
    monitor_records,
    notification_signals,
    notify_calls,
    read_pcap,
)
from .procs import Harness, Proc, describe, sessionless_environ, stop_group, tail

__all__ = [
    "NOTIFICATIONS_INTERFACE",
    "Desktop",
    "DesktopError",
    "Geometry",
    "TrayMode",
    "find_tool",
    "missing_tools",
]

TrayMode = Literal["sni", "xembed", "both"] | None
#: The notification servers a test desktop can run (all Debian packages). dunst draws no
#: buttons (a click on the popup is its default action); the others draw one per action.
Server = Literal["dunst", "notification-daemon", "xfce4-notifyd"]
SERVER_PROGRAMS: dict[str, str] = {
    "dunst": "dunst",
    "notification-daemon": "/usr/lib/notification-daemon/notification-daemon",
    "xfce4-notifyd": "/usr/lib/x86_64-linux-gnu/xfce4/notifyd/xfce4-notifyd",
}
T = TypeVar("T")

NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
SNI_WATCHER_SERVICE = "org.kde.StatusNotifierWatcher"
SCREEN = "1280x800x24"
HERE = Path(__file__).resolve().parent
SNI_WATCHER_SCRIPT = HERE / "sni_watcher.py"

_live_desktops: weakref.WeakSet[Desktop] = weakref.WeakSet()


class DesktopError(RuntimeError):
    """Something in the test desktop failed; the message includes helper log tails."""


class Geometry(NamedTuple):
    x: int
    y: int
    width: int
    height: int

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2


HIDE_TOOLS = "MASSAGE_BREAK_TEST_HIDE_TOOLS"


def find_tool(name: str) -> str | None:
    """`shutil.which`, except for tools named in $MASSAGE_BREAK_TEST_HIDE_TOOLS (comma
    separated): those count as not installed, to check what a machine without them does."""
    hidden = {t.strip() for t in os.environ.get(HIDE_TOOLS, "").split(",") if t.strip()}
    return None if name in hidden else shutil.which(name)


def missing_tools(
    tray: TrayMode = "sni", notifications: bool = True, server: Server = "dunst"
) -> list[str]:
    """Return the external programs a ``Desktop(tray=...)`` needs but cannot find."""
    tools = ["Xvfb", "dbus-daemon", "dbus-monitor", "xdotool", "import"]
    if notifications and server == "dunst":
        tools += ["dunst", "dunstctl"]
    elif notifications:
        tools += [SERVER_PROGRAMS[server], "tesseract", "convert"]
    if tray in ("xembed", "both"):
        tools.append("trayer")
    return [tool for tool in tools if find_tool(tool) is None]


def _set_pdeathsig() -> None:
    """preexec_fn: have the kernel SIGTERM the child when the test process dies (even by
    SIGKILL, when atexit cannot run). Linux ties this to the *thread* that forked, so start
    the Desktop and spawn() from the thread that lives for the whole test (the main one)."""
    with contextlib.suppress(Exception):  # best effort only
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG


def _first(items: Sequence[T]) -> T | None:
    return items[0] if items else None


class _Xlib:
    """Just enough libX11 (via ctypes) to ask who owns a selection."""

    def __init__(self) -> None:
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        self.lib = ctypes.CDLL(name)
        self.lib.XOpenDisplay.restype = ctypes.c_void_p
        self.lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.lib.XInternAtom.restype = ctypes.c_ulong
        self.lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.lib.XGetSelectionOwner.restype = ctypes.c_ulong
        self.lib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.lib.XCloseDisplay.argtypes = [ctypes.c_void_p]

    def selection_owner(self, display: str, selection: str) -> int:
        dpy = self.lib.XOpenDisplay(display.encode())
        if not dpy:
            raise DesktopError(f"cannot open X display {display}")
        try:
            atom = self.lib.XInternAtom(dpy, selection.encode(), 0)
            return int(self.lib.XGetSelectionOwner(dpy, atom))
        finally:
            self.lib.XCloseDisplay(dpy)


_DUNSTRC = """\
# Written by tests/e2e/desktop.py for end-to-end tests.
[global]
    monitor = 0
    follow = none
    width = 380
    height = 300
    origin = top-left
    offset = 10x10
    notification_limit = 0
    indicate_hidden = yes
    show_indicators = no
    transparency = 0
    separator_height = 2
    padding = 8
    horizontal_padding = 10
    frame_width = 2
    frame_color = "#9aa0a6"
    separator_color = frame
    sort = yes
    idle_threshold = 0
    font = DejaVu Sans 10
    line_height = 0
    markup = full
    format = "<b>%s</b>\\n%b"
    alignment = left
    vertical_alignment = center
    show_age_threshold = -1
    ellipsize = middle
    ignore_newline = no
    stack_duplicates = false
    hide_duplicate_count = false
    icon_position = off
    sticky_history = yes
    history_length = 100
    dmenu = {dmenu}
    browser = /bin/true
    always_run_script = true
    title = Dunst
    class = Dunst
    ignore_dbusclose = false
    mouse_left_click = do_action, close_current
    mouse_middle_click = context
    mouse_right_click = close_all

[urgency_low]
    background = "#1f2a30"
    foreground = "#ffffff"
    timeout = 0

[urgency_normal]
    background = "#1f2a30"
    foreground = "#ffffff"
    timeout = 0

[urgency_critical]
    background = "#7a1010"
    foreground = "#ffffff"
    frame_color = "#ff5555"
    timeout = 0
"""

_DUNSTRC_KEEP_RULE = """
# Keep every notification on screen until a test acts on it, whatever the client asked.
[zz_harness_no_timeout]
    appname = "*"
    override_dbus_timeout = 0
"""

# dunst pipes one line per action, e.g. "#Snooze (Break time) [2,snooze]", and invokes
# the line we print. The wanted key (and optionally id) comes from the file "pick".
_DMENU_SCRIPT = """\
#!/bin/sh
# dmenu stand-in written by tests/e2e/desktop.py
dir=$(dirname "$0")
cat > "$dir/offered.tmp"
cat "$dir/offered.tmp" >> "$dir/offered-history.log"
want_id=$(sed -n 1p "$dir/pick" 2>/dev/null)
want_key=$(sed -n 2p "$dir/pick" 2>/dev/null)
chosen=""
if [ -n "$want_key" ]; then
  chosen=$(awk -v want_key="$want_key" -v want_id="$want_id" '
    match($0, /\\[[0-9]+,[^[]*\\]$/) {
      inner = substr($0, RSTART + 1, RLENGTH - 2)
      c = index(inner, ",")
      nid = substr(inner, 1, c - 1)
      key = substr(inner, c + 1)
      if (key == want_key && (want_id == "" || nid == want_id)) { print; exit }
    }' "$dir/offered.tmp")
fi
printf '%s\\n' "$chosen" > "$dir/chosen.tmp"
mv "$dir/offered.tmp" "$dir/offered.txt"
mv "$dir/chosen.tmp" "$dir/chosen.txt"
: > "$dir/done"
[ -n "$chosen" ] && printf '%s\\n' "$chosen"
exit 0
"""


class Desktop(Harness):
    """Xvfb + private session bus + dunst + tray host, all in a temp dir.

    Parameters
    ----------
    tray: ``"sni"`` (fake StatusNotifierWatcher), ``"xembed"`` (trayer), ``"both"`` or ``None``.
    base_dir: directory for logs/config/home (kept afterwards); default: a fresh temp dir
        that ``close()`` removes unless ``keep_files`` is true.
    notifications: start a notification server (the Notifications monitor always runs).
    server: which one: ``"dunst"`` (default), ``"notification-daemon"`` (GNOME's reference
        server) or ``"xfce4-notifyd"``; the last two draw buttons that
        :meth:`click_popup_button` finds by their label.
    keep_notifications: add a dunst rule that overrides client timeouts with 0, so every
        notification stays until acted on (the urgency sections already use timeout 0).
    start_timeout: seconds each helper may take to become ready.
    python: interpreter for the SNI watcher (default: the current one).
    """

    def __init__(
        self,
        tray: TrayMode = "sni",
        *,
        base_dir: str | os.PathLike[str] | None = None,
        notifications: bool = True,
        server: Server = "dunst",
        keep_notifications: bool = True,
        screen: str = SCREEN,
        start_timeout: float = 20.0,
        keep_files: bool = False,
        python: str | None = None,
        xvfb_args: Sequence[str] = (),
    ) -> None:
        if tray not in (None, "sni", "xembed", "both"):
            raise ValueError(f"tray must be 'sni', 'xembed', 'both' or None, not {tray!r}")
        self.tray: TrayMode = tray
        self.notifications_enabled = notifications
        self.server: Server = server
        self.keep_notifications = keep_notifications
        self.screen = screen
        self.start_timeout = start_timeout
        self.python = python or sys.executable
        self.xvfb_args = tuple(xvfb_args)  # e.g. ("-extension", "MIT-SCREEN-SAVER")
        self._own_root = base_dir is None
        self._keep_files = keep_files or bool(os.environ.get("MB_E2E_KEEP"))
        self._base_dir_arg = Path(base_dir) if base_dir is not None else None

        self.root: Path = Path()
        self.runtime_dir: Path = Path()
        self.display: str = ""
        self.bus_address: str = ""
        self.env: dict[str, str] = {}
        self._procs: list[Proc] = []
        self._helpers: dict[str, Proc] = {}
        self._bus: DBusConnection | None = None
        self.monitor_file: Path | None = None
        self.tray_log: Path | None = None
        self.dunstrc: Path | None = None
        self._dmenu_dir: Path = Path()
        self._started = False
        self._closed = False

    # ------------------------------------------------------------------ lifecycle

    _error_type = DesktopError
    _what = "the test desktop"

    def _missing(self) -> list[str]:
        return missing_tools(self.tray, self.notifications_enabled, self.server)

    def _start(self) -> None:
        _live_desktops.add(self)
        self._make_dirs()
        self._start_xvfb()
        self._start_dbus()
        self._build_env()
        self._start_monitor()
        if self.notifications_enabled and self.server == "dunst":
            self._start_dunst()
        elif self.notifications_enabled:
            self._start_server()
        if self.tray in ("sni", "both"):
            self._start_sni_watcher()
        if self.tray in ("xembed", "both"):
            self._start_trayer()

    def close(self) -> None:
        """Stop every process the harness started (spawned apps first), then clean up."""
        if self._closed:
            return
        self._closed = True
        if self._bus is not None:
            with contextlib.suppress(Exception):
                self._bus.close()
            self._bus = None
        for proc in reversed(self._procs):
            self._stop(proc)
        _live_desktops.discard(self)
        if self.runtime_dir != Path() and self.runtime_dir.exists():
            shutil.rmtree(self.runtime_dir, ignore_errors=True)
        if self._own_root and not self._keep_files and self.root != Path() and self.root.exists():
            shutil.rmtree(self.root, ignore_errors=True)

    def pids(self) -> list[int]:
        """Process ids (= process-group ids) of everything the harness started."""
        return [p.popen.pid for p in self._procs]

    @staticmethod
    def _stop(proc: Proc, timeout: float = 5.0) -> None:
        """SIGTERM the process group, SIGKILL whatever is left after ``timeout`` (other
        members of the group, e.g. a dmenu script, get that long to exit)."""
        stop_group(proc.popen, timeout, settle=timeout)

    # ------------------------------------------------------------------ helpers

    def spawn(
        self,
        args: Sequence[str | os.PathLike[str]],
        *,
        name: str | None = None,
        env: Mapping[str, str] | None = None,
        cwd: str | os.PathLike[str] | None = None,
        pass_fds: Sequence[int] = (),
    ) -> subprocess.Popen[bytes]:
        """Start a process inside the desktop (``self.env`` plus ``env``), stdout+stderr to
        ``logs/<name>.log``. It is stopped by ``close()`` (whole process group)."""
        self._require_running()
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", name or Path(str(args[0])).name) or "proc"
        base, n = stem, 1
        while base in self._helpers or (self.root / "logs" / f"{base}.log").exists():
            n += 1
            base = f"{stem}-{n}"
        return self._launch(
            base,
            [os.fspath(a) for a in args],
            env={**self.env, **(env or {})},
            pass_fds=pass_fds,
            cwd=Path(cwd) if cwd is not None else None,
        )

    def log_path(self, name: str) -> Path:
        """Log file of a helper (``xvfb``, ``dbus-daemon``, ``dbus-monitor``, ``dunst``,
        ``sni-watcher``, ``trayer``) or of a process started with ``spawn(name=...)``."""
        if name in self._helpers:
            return self._helpers[name].log
        return self.root / "logs" / f"{name}.log"

    def log_tail(self, name: str, lines: int = 25) -> str:
        return tail(self.log_path(name), lines)

    def wait_for_log(self, name: str, regex: str, timeout: float = 10.0) -> re.Match[str]:
        """Wait until the log of ``name`` (see :meth:`log_path`) has a match for ``regex``."""
        pattern = re.compile(regex, re.MULTILINE)
        path = self.log_path(name)

        def search() -> re.Match[str] | None:
            if not path.exists():
                return None
            return pattern.search(path.read_text(encoding="utf-8", errors="replace"))

        watch = [self._helpers[name]] if name in self._helpers else []
        try:
            return self._wait(search, timeout, f"/{regex}/ in {path.name}", watch=watch)
        except DesktopError as exc:
            if watch and watch[0].popen.poll() is not None:
                # it exited: one last look, the line may have come just before
                match = search()
                if match:
                    return match
            raise exc

    def describe(self, lines: int = 15) -> str:
        """State of every process and the tail of its log (for failure messages)."""
        parts = [f"test desktop root={self.root} DISPLAY={self.display} bus={self.bus_address}"]
        parts += describe(self._procs, lines, with_log=True)
        return "\n".join(parts)

    def _error(self, message: str) -> DesktopError:
        return DesktopError(f"{message}\n{self.describe()}")

    def _require_running(self) -> None:
        if not self._started or self._closed:
            raise DesktopError("Desktop is not running (use start() or a with-block)")

    def _wait(
        self,
        predicate: Callable[[], T | None],
        timeout: float,
        what: str,
        *,
        watch: Iterable[Proc] = (),
        interval: float = 0.05,
    ) -> T:
        """Poll ``predicate`` until it returns something truthy; fail fast if a watched
        process exits, raise DesktopError after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        watch = list(watch)
        last_exc: BaseException | None = None
        while True:
            try:
                result = predicate()
                if result:
                    return result
            except DesktopError:
                raise
            except Exception as exc:  # transient (e.g. bus not up yet)
                last_exc = exc
            for proc in watch:
                rc = proc.popen.poll()
                if rc is not None:
                    raise self._error(f"{proc.name} exited with rc={rc} while waiting for {what}")
            if time.monotonic() >= deadline:
                extra = f" (last error: {last_exc!r})" if last_exc else ""
                raise self._error(f"timed out after {timeout:.1f}s waiting for {what}{extra}")
            time.sleep(interval)

    def _run(
        self, args: Sequence[str], *, timeout: float = 10.0, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        self._require_running()
        try:
            res = subprocess.run(
                list(args),
                check=False,
                env=self.env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=timeout,
                cwd=self.root,
            )
        except subprocess.TimeoutExpired as exc:
            raise self._error(f"command timed out after {timeout}s: {shlex.join(args)}") from exc
        if check and res.returncode != 0:
            raise self._error(
                f"command failed (rc={res.returncode}): {shlex.join(args)}\n"
                f"stdout: {res.stdout.strip()}\nstderr: {res.stderr.strip()}"
            )
        return res

    # ------------------------------------------------------------------ start-up steps

    def _make_dirs(self) -> None:
        if self._base_dir_arg is None:
            self.root = Path(tempfile.mkdtemp(prefix="mb-desktop-"))
        else:
            self.root = self._base_dir_arg.resolve()
            self.root.mkdir(parents=True, exist_ok=True)
        # Kept short and separate: the bus socket lives here (unix socket paths are <108 bytes).
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="mb-rt-"))
        self.runtime_dir.chmod(0o700)
        for sub in (
            "logs",
            "home/.config",
            "home/.local/share",
            "home/.local/state",
            "home/.cache",
            "dmenu",
        ):
            (self.root / sub).mkdir(parents=True, exist_ok=True)

    def _start_xvfb(self) -> None:
        fd_file = self.root / "xvfb.displayfd"
        with fd_file.open("wb") as fh:
            self._launch(
                "xvfb",
                [
                    "Xvfb",
                    "-displayfd",
                    str(fh.fileno()),
                    "-screen",
                    "0",
                    self.screen,
                    "-nolisten",
                    "tcp",
                    "-noreset",
                    "-dpi",
                    "96",
                    *self.xvfb_args,
                ],
                env=self._base_env(),
                pass_fds=(fh.fileno(),),
            )

        def display_number() -> str | None:
            text = fd_file.read_text()
            return text.strip() if text.endswith("\n") and text.strip().isdigit() else None

        number = self._wait(
            display_number,
            self.start_timeout,
            "Xvfb to report its display",
            watch=[self._helpers["xvfb"]],
        )
        self.display = f":{number}"

    def _start_dbus(self) -> None:
        conf = self.root / "session-bus.conf"
        conf.write_text(bus_config(f"unix:dir={self.runtime_dir}", keep_umask=True))
        addr_file = self.root / "dbus.address"
        with addr_file.open("wb") as fh:
            self._launch(
                "dbus-daemon",
                [
                    "dbus-daemon",
                    "--nofork",
                    "--nopidfile",
                    f"--config-file={conf}",
                    f"--print-address={fh.fileno()}",
                ],
                env=self._base_env(),
                pass_fds=(fh.fileno(),),
            )

        def address() -> str | None:
            text = addr_file.read_text()
            return text.strip() if text.endswith("\n") and text.strip() else None

        self.bus_address = self._wait(
            address,
            self.start_timeout,
            "dbus-daemon to print its address",
            watch=[self._helpers["dbus-daemon"]],
        )
        self._wait(
            self._bus_ping,
            self.start_timeout,
            "the session bus to answer",
            watch=[self._helpers["dbus-daemon"]],
        )

    def _base_env(self) -> dict[str, str]:
        env = sessionless_environ()
        env["XDG_RUNTIME_DIR"] = str(self.runtime_dir)
        env.setdefault("LANG", "C.UTF-8")
        return env

    def _build_env(self) -> None:
        home = self.root / "home"
        env = self._base_env()
        env.update(
            DISPLAY=self.display,
            DBUS_SESSION_BUS_ADDRESS=self.bus_address,
            XDG_RUNTIME_DIR=str(self.runtime_dir),
            XDG_SESSION_TYPE="x11",
            QT_QPA_PLATFORM="xcb",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_STATE_HOME=str(home / ".local/state"),
            XDG_CACHE_HOME=str(home / ".cache"),
            NO_AT_BRIDGE="1",
        )
        self.env = env

    def _launch(
        self,
        name: str,
        args: Sequence[str],
        *,
        env: Mapping[str, str] | None = None,
        pass_fds: Sequence[int] = (),
        stdout: Path | None = None,
        cwd: Path | None = None,
    ) -> subprocess.Popen[bytes]:
        """Start ``args`` in its own session (process group); stderr (and stdout unless
        ``stdout`` is given) go to ``logs/<name>.log``."""
        log = self.root / "logs" / f"{name}.log"
        with contextlib.ExitStack() as stack:
            log_fh = stack.enter_context(log.open("wb"))
            out_fh = stack.enter_context(stdout.open("wb")) if stdout is not None else log_fh
            try:
                popen = subprocess.Popen(
                    list(args),
                    stdin=subprocess.DEVNULL,
                    stdout=out_fh,
                    stderr=log_fh,
                    env=dict(env if env is not None else self.env),
                    cwd=cwd or self.root,
                    start_new_session=True,
                    pass_fds=tuple(pass_fds),
                    # single-threaded use only; see _set_pdeathsig
                    preexec_fn=_set_pdeathsig,  # noqa: PLW1509
                )
            except OSError as exc:
                raise self._error(f"cannot start {name} ({args[0]}): {exc}") from exc
        proc = Proc(name, popen, log)
        self._procs.append(proc)
        self._helpers[name] = proc
        return popen

    def _start_monitor(self) -> None:
        monitor_file = self.monitor_file = self.root / "notifications.pcap"
        self._launch(
            "dbus-monitor",
            [
                "dbus-monitor",
                "--pcap",
                f"interface='{NOTIFICATIONS_INTERFACE}'",
                f"sender='{NOTIFICATIONS_INTERFACE}'",
            ],
            stdout=self.monitor_file,
        )

        # Handshake: a call on the Notifications interface (to the bus driver, which just
        # answers UnknownInterface) must show up in the capture.
        def probe_seen() -> bool:
            return monitor_records(self._conn(), monitor_file, "HarnessMonitorProbe")

        self._wait(
            probe_seen,
            self.start_timeout,
            "dbus-monitor to record traffic",
            watch=[self._helpers["dbus-monitor"]],
            interval=0.1,
        )

    def _start_dunst(self) -> None:
        dmenu_dir = self.root / "dmenu"
        script = dmenu_dir / "pick-action.sh"
        script.write_text(_DMENU_SCRIPT)
        script.chmod(0o755)
        self._dmenu_dir = dmenu_dir
        rc = _DUNSTRC.format(dmenu=shlex.quote(str(script)))
        if self.keep_notifications:
            rc += _DUNSTRC_KEEP_RULE
        self.dunstrc = self.root / "dunstrc"
        self.dunstrc.write_text(rc)
        self._launch("dunst", ["dunst", "-config", str(self.dunstrc), "-verbosity", "info"])
        self._wait(
            lambda: self._name_has_owner(NOTIFICATIONS_INTERFACE),
            self.start_timeout,
            "dunst to own org.freedesktop.Notifications",
            watch=[self._helpers["dunst"]],
        )

    def _start_server(self) -> None:
        """A notification server other than dunst, started directly (a private bus has no
        service activation), with its own GTK settings kept inside the desktop's home."""
        self._launch(self.server, [SERVER_PROGRAMS[self.server]])
        self._wait(
            lambda: self._name_has_owner(NOTIFICATIONS_INTERFACE),
            self.start_timeout,
            f"{self.server} to own org.freedesktop.Notifications",
            watch=[self._helpers[self.server]],
        )

    def helper(self, name: str) -> subprocess.Popen[bytes]:
        """A helper process the desktop started ("xvfb", "dbus-daemon", a server ...)."""
        return self._helpers[name].popen

    def find_windows_of(self, name: str) -> list[int]:
        """Visible windows of helper ``name`` (e.g. a notification server's popups)."""
        pid = self._helpers[name].popen.pid
        res = self._run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)], check=False)
        return [int(w) for w in res.stdout.split()]

    def popup_window(self, timeout: float = 10.0) -> int:
        """The visible popup of the running notification server (not dunst)."""
        return self._wait(
            lambda: _first(self.find_windows_of(self.server)),
            timeout,
            f"a {self.server} popup window",
        )

    def read_popup(self, timeout: float = 10.0) -> tuple[Geometry, list[popup_text.Word]]:
        """The popup's geometry and the words on it, read from the screen with OCR."""
        wid = self.popup_window(timeout)
        time.sleep(0.3)  # let it finish drawing (and any slide-in)
        geo = self.window_geometry(wid)
        shot = self.root / "logs" / f"popup-{wid}.png"
        self._run(
            [
                "import",
                "-display",
                self.display,
                "-window",
                "root",
                "-crop",
                f"{geo.width}x{geo.height}+{geo.x}+{geo.y}",
                "+repage",
                str(shot),
            ],
            timeout=30,
        )
        return geo, popup_text.read_words(shot)

    def click_popup_button(self, label: str, timeout: float = 10.0) -> list[popup_text.Word]:
        """Click the popup's button labelled ``label`` where it is drawn, as a person would.
        Returns the words read on the popup before the click."""
        geo, words = self.read_popup(timeout)
        x, y = popup_text.centre_of(words, label)
        self.click(geo.x + x, geo.y + y)
        return words

    def _start_sni_watcher(self) -> None:
        self.tray_log = self.root / "sni-watcher.jsonl"
        env = dict(self.env)
        env["QT_QPA_PLATFORM"] = "offscreen"  # QCoreApplication; keep it off the X server
        self._launch(
            "sni-watcher",
            [self.python, str(SNI_WATCHER_SCRIPT), "--log", str(self.tray_log)],
            env=env,
        )
        watch = [self._helpers["sni-watcher"]]
        self._wait(
            lambda: any(e["event"] == "ready" for e in self.tray_events()),
            self.start_timeout,
            "the SNI watcher to start",
            watch=watch,
        )
        self._wait(
            lambda: self._name_has_owner(SNI_WATCHER_SERVICE),
            self.start_timeout,
            f"{SNI_WATCHER_SERVICE} on the bus",
            watch=watch,
        )

    def _start_trayer(self) -> None:
        self._launch(
            "trayer",
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
                "--height",
                "24",
                "--SetDockType",
                "false",
                "--SetPartialStrut",
                "false",
                "--transparent",
                "false",
                "--tint",
                "0x303030",
            ],
        )
        xlib = _Xlib()
        self._wait(
            lambda: xlib.selection_owner(self.display, "_NET_SYSTEM_TRAY_S0") != 0,
            self.start_timeout,
            "trayer to own _NET_SYSTEM_TRAY_S0",
            watch=[self._helpers["trayer"]],
        )

    # ------------------------------------------------------------------ D-Bus

    def open_bus(self) -> DBusConnection:
        """A new jeepney blocking connection to the desktop's session bus (caller closes it)."""
        self._require_running()
        return open_dbus_connection(bus=self.bus_address)

    def _conn(self) -> DBusConnection:
        if self._bus is None:
            self._bus = open_dbus_connection(bus=self.bus_address)
        return self._bus

    def _call(
        self,
        address: DBusAddress,
        member: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
        *,
        timeout: float = 5.0,
        expect_error: bool = False,
    ) -> Any:
        msg = new_method_call(address, member, signature, body)
        reply = self._conn().send_and_get_reply(msg, timeout=timeout)
        if reply.header.message_type == MessageType.error and not expect_error:
            raise DesktopError(f"D-Bus call {member} failed: {reply.body}")
        return reply.body

    def _bus_ping(self) -> bool:
        reply = self._conn().send_and_get_reply(message_bus.GetId(), timeout=2)
        return bool(reply.body)

    def _name_has_owner(self, name: str) -> bool:
        reply = Proxy(message_bus, self._conn(), timeout=2).NameHasOwner(name)
        return bool(reply[0])

    def name_has_owner(self, name: str) -> bool:
        """Whether ``name`` is owned on the desktop's session bus."""
        self._require_running()
        return self._name_has_owner(name)

    # ------------------------------------------------------------------ notifications

    def _messages(self) -> list[tuple[float, Message]]:
        if self.monitor_file is None:
            return []
        return read_pcap(self.monitor_file)

    def notifications(self) -> list[dict[str, Any]]:
        """Every ``Notify`` call seen on the bus, oldest first (see
        :func:`bus_record.notify_calls`; ``id`` is None until the server answered)."""
        return notify_calls(self._messages())

    def signals(self, member: str | None = None) -> list[dict[str, Any]]:
        """Notifications signals seen on the bus (``ActionInvoked``, ``NotificationClosed``,
        ...), oldest first (see :func:`bus_record.notification_signals`)."""
        return notification_signals(self._messages(), member)

    @staticmethod
    def format_notifications(notes: Sequence[Mapping[str, Any]]) -> str:
        if not notes:
            return "(no Notify calls seen)"
        return "\n".join(
            f"  #{n['id']} app={n['app_name']!r} summary={n['summary']!r} body={n['body']!r} "
            f"actions={n['actions']!r} hints={n['hints']!r} timeout={n['expire_timeout']}"
            for n in notes
        )

    def wait_for_notification(
        self, summary_substring: str, timeout: float = 10.0, *, after: int = 0
    ) -> dict[str, Any]:
        """Wait until a ``Notify`` whose summary contains ``summary_substring`` has been
        answered by the notification server (so it has an ``id``). Only notifications with
        index >= ``after`` in :meth:`notifications` count (pass ``len(desk.notifications())``
        taken before the trigger to ignore older ones)."""
        self._require_running()

        def find() -> dict[str, Any] | None:
            for note in self.notifications()[after:]:
                if summary_substring in note["summary"]:
                    if note["error"]:
                        raise self._error(f"Notify for {note['summary']!r} failed: {note['error']}")
                    if note["id"] is not None:
                        return note
            return None

        try:
            return self._wait(
                find,
                timeout,
                f"a notification with {summary_substring!r} in its summary",
                interval=0.05,
            )
        except DesktopError as exc:
            raise DesktopError(
                f"{exc}\nnotifications seen:\n{self.format_notifications(self.notifications())}"
            ) from None

    def dunst_count(self, kind: Literal["displayed", "waiting", "history"] = "displayed") -> int:
        """``dunstctl count <kind>``."""
        res = self._run(["dunstctl", "count", kind], timeout=10)
        try:
            return int(res.stdout.strip())
        except ValueError:
            raise self._error(f"unexpected dunstctl output: {res.stdout!r}") from None

    def close_all_notifications(self) -> None:
        """``dunstctl close-all`` (NotificationClosed reason 2, dismissed by the user)."""
        self._run(["dunstctl", "close-all"], timeout=10)

    def close_notification(self, notification_id: int) -> None:
        """CloseNotification(id) over D-Bus (NotificationClosed reason 3)."""
        self._require_running()
        self._call(
            DBusAddress(
                NOTIFICATIONS_PATH,
                bus_name=NOTIFICATIONS_INTERFACE,
                interface=NOTIFICATIONS_INTERFACE,
            ),
            "CloseNotification",
            "u",
            (notification_id,),
        )

    def invoke_action(
        self, action_key: str, *, notification_id: int | None = None, timeout: float = 10.0
    ) -> dict[str, Any]:
        """Invoke action ``action_key`` of a displayed notification (the first one dunst
        offers with that key, or the one with ``notification_id``) through dunst's context
        menu (``dunstctl context`` + the stand-in dmenu). Retries until the notification is
        displayed. Returns the ``ActionInvoked`` signal as seen on the bus. Unlike a click,
        dunst's context menu leaves the notification open (close it with
        ``close_notification`` / ``close_all_notifications`` if the test needs that)."""
        self._require_running()
        if not self.notifications_enabled:
            raise DesktopError("invoke_action needs notifications=True (dunst)")
        deadline = time.monotonic() + timeout
        before = len(self.signals("ActionInvoked"))
        pick = self._dmenu_dir / "pick"
        done = self._dmenu_dir / "done"
        offered_file = self._dmenu_dir / "offered.txt"
        offered = ""
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise self._error(
                        f"action {action_key!r} (id={notification_id}) was not offered by dunst "
                        f"within {timeout:.1f}s; last offered lines:\n{offered or '(none)'}\n"
                        f"notifications seen:\n{self.format_notifications(self.notifications())}"
                    )
                if self.dunst_count("displayed") == 0:
                    time.sleep(0.05)
                    continue
                for stale in (done, offered_file, self._dmenu_dir / "chosen.txt"):
                    stale.unlink(missing_ok=True)
                pick.write_text(
                    f"{notification_id if notification_id is not None else ''}\n{action_key}\n"
                )
                self._run(["dunstctl", "context"], timeout=max(1.0, min(10.0, remaining)))
                try:
                    self._wait(
                        done.exists,
                        min(3.0, max(0.5, deadline - time.monotonic())),
                        "dunst to run the dmenu stand-in",
                        watch=[self._helpers["dunst"]],
                    )
                except DesktopError:
                    if time.monotonic() >= deadline:
                        raise
                    continue
                offered = offered_file.read_text(errors="replace") if offered_file.exists() else ""
                chosen = (self._dmenu_dir / "chosen.txt").read_text(errors="replace").strip()
                if chosen:
                    break
                time.sleep(0.1)  # not (yet) displayed; try again

            def invoked() -> dict[str, Any] | None:
                for sig in self.signals("ActionInvoked")[before:]:
                    if sig.get("action_key") == action_key and (
                        notification_id is None or sig["id"] == notification_id
                    ):
                        return sig
                return None

            return self._wait(
                invoked,
                max(1.0, deadline - time.monotonic()),
                f"ActionInvoked({action_key!r}) after choosing {chosen!r}",
            )
        finally:
            pick.unlink(missing_ok=True)  # a later do_action click must not pick this again

    def dunst_windows(self) -> list[int]:
        """Visible dunst popup windows."""
        res = self._run(["xdotool", "search", "--onlyvisible", "--classname", "Dunst"], check=False)
        return [int(w) for w in res.stdout.split()]

    def click_notification(self, *, button: int = 1, timeout: float = 10.0) -> None:
        """Click the top-most displayed dunst notification with xdotool (left button =
        ``do_action, close_current``: invokes the ``default`` action, then closes it).
        Waits until dunst shows one notification fewer."""
        self._require_running()
        before = self._wait(
            lambda: self.dunst_count("displayed") or None,
            timeout,
            "a displayed notification to click",
        )
        wid = self._wait(lambda: _first(self.dunst_windows()), timeout, "the dunst window")
        geo = self.window_geometry(wid)
        x, y = geo.x + geo.width // 2, geo.y + min(geo.height // 2, 20)
        self.click(x, y, button=button)
        self._wait(
            lambda: self.dunst_count("displayed") < before,
            timeout,
            f"dunst to close the clicked notification (clicked at {x},{y} on {geo})",
        )

    # ------------------------------------------------------------------ tray

    def start_sni_watcher(self) -> None:
        """Start the StatusNotifierWatcher now, on a desktop that began without it (a tray
        host that comes after the app: GNOME's AppIndicator extension switched on)."""
        self._require_running()
        if self.tray in ("sni", "both"):
            raise DesktopError("the SNI watcher is already running")
        self.tray = "both" if self.tray == "xembed" else "sni"
        self._start_sni_watcher()

    def stop_sni_watcher(self) -> None:
        """Stop the StatusNotifierWatcher (a tray host going away); its log starts afresh
        when one is started again."""
        proc = self._helpers.pop("sni-watcher", None)
        if proc is None:
            raise DesktopError("no SNI watcher is running")
        self._stop(proc)
        self._procs.remove(proc)
        if self.tray_log is not None:
            self.tray_log.rename(self.tray_log.with_suffix(f".{len(self._procs)}.jsonl"))
        self.tray = "xembed" if self.tray == "both" else None

    def tray_events(self) -> list[dict[str, Any]]:
        """All events the SNI watcher logged (ready / registered / unregistered / ...)."""
        path = self.tray_log
        if path is None or not path.exists():
            return []
        events = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            with contextlib.suppress(json.JSONDecodeError):  # half-written last line
                events.append(json.loads(line))
        return events

    def tray_items(self, *, include_gone: bool = False) -> list[dict[str, Any]]:
        """StatusNotifierItems registered with the fake watcher (dicts with ``item``,
        ``service``, ``sender``, ``time``); by default only those whose owner is still
        on the bus."""
        items: dict[str, dict[str, Any]] = {}
        gone: list[dict[str, Any]] = []
        for ev in self.tray_events():
            if ev["event"] == "registered":
                items[ev["item"]] = ev
            elif ev["event"] == "unregistered" and ev["item"] in items:
                gone.append(items.pop(ev["item"]))
        current = list(items.values())
        return gone + current if include_gone else current

    def wait_for_tray_item(self, timeout: float = 10.0, *, count: int = 1) -> list[dict[str, Any]]:
        """Wait until at least ``count`` SNI items are registered; returns them."""
        if self.tray not in ("sni", "both"):
            raise DesktopError("wait_for_tray_item needs tray='sni' or 'both'")

        def enough() -> list[dict[str, Any]] | None:
            items = self.tray_items()
            return items if len(items) >= count else None

        return self._wait(
            enough,
            timeout,
            f"{count} StatusNotifierItem registration(s)",
            watch=[self._helpers["sni-watcher"]],
        )

    # ------------------------------------------------------------------ X11: windows, input, shots

    def find_windows(self, name_regex: str, *, visible: bool = True) -> list[int]:
        args = (
            ["xdotool", "search"] + (["--onlyvisible"] if visible else []) + ["--name", name_regex]
        )
        res = self._run(args, check=False)
        return [int(w) for w in res.stdout.split()]

    def find_window(self, name_regex: str, timeout: float = 10.0, *, visible: bool = True) -> int:
        """Id of the first (visible) window whose title matches ``name_regex``."""
        return self._wait(
            lambda: _first(self.find_windows(name_regex, visible=visible)),
            timeout,
            f"a window named /{name_regex}/",
        )

    def window_geometry(self, wid: int) -> Geometry:
        """Position (root coordinates) and size of window ``wid``."""
        res = self._run(["xdotool", "getwindowgeometry", "--shell", str(wid)])
        vals = dict(line.split("=", 1) for line in res.stdout.split() if "=" in line)
        try:
            return Geometry(int(vals["X"]), int(vals["Y"]), int(vals["WIDTH"]), int(vals["HEIGHT"]))
        except KeyError:
            raise self._error(f"unexpected xdotool output: {res.stdout!r}") from None

    def window_name(self, wid: int) -> str:
        return self._run(["xdotool", "getwindowname", str(wid)]).stdout.rstrip("\n")

    def mouse_move(self, x: int, y: int) -> None:
        self._run(["xdotool", "mousemove", "--sync", str(int(x)), str(int(y))])

    def click(self, x: int, y: int, *, button: int = 1, repeat: int = 1) -> None:
        """Move the pointer to (x, y) (root coordinates) and click."""
        self._run(
            [
                "xdotool",
                "mousemove",
                "--sync",
                str(int(x)),
                str(int(y)),
                "click",
                "--repeat",
                str(repeat),
                str(button),
            ]
        )

    def focus_window(self, wid: int) -> None:
        """Give ``wid`` the keyboard focus (there is no window manager)."""
        self._run(["xdotool", "windowfocus", str(wid)])

    def type_keys(self, text: str, *, delay_ms: int = 20) -> None:
        """Type ``text`` into the focused window (XTEST)."""
        self._run(
            ["xdotool", "type", "--delay", str(delay_ms), "--", text],
            timeout=10 + len(text) * delay_ms / 1000,
        )

    def key(self, *keys: str, delay_ms: int = 20) -> None:
        """Press key combos, e.g. ``key("ctrl+a", "BackSpace", "Return")``."""
        if not keys:
            return
        self._run(["xdotool", "key", "--delay", str(delay_ms), "--", *keys])

    def screenshot(self, path: str | os.PathLike[str]) -> Path:
        """Save a PNG of the whole screen (ImageMagick ``import -window root``)."""
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        self._run(["import", "-display", self.display, "-window", "root", str(out)], timeout=30)
        if not out.exists() or out.stat().st_size == 0:
            raise self._error(f"screenshot {out} was not written")
        return out


@atexit.register
def _close_leftovers() -> None:
    for desk in list(_live_desktops):
        with contextlib.suppress(Exception):
            desk.close()
