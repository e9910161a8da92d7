"""A real GNOME Shell 43 session, headless (Wayland, with Xwayland), for end-to-end tests.

Recipe: /work/shared/research/real-desktops.md. ``GnomeSession`` starts, in a temp folder:

* a private *system* bus (``dbus-daemon`` with an allow-all policy; the shell asks logind's
  bus for seats and dies without one);
* inside ``dbus-run-session`` (so the session bus ends with it) and a new session id (so every
  process it spawned can be found and ended): ``pipewire`` and
  ``gnome-shell --headless --wayland --unsafe-mode --virtual-monitor 1280x800``.

Then it hides the start-up overview, clears the shell's start-up notice ("Screen Lock
disabled"), and records every focus change. Usage::

    with GnomeSession(tmp_path) as gs:
        app = gs.spawn([python, "window.py"], name="win")           # native Wayland
        old = gs.spawn([...], name="x11", env=gs.env_xwayland())     # through Xwayland
        gs.wait_for_window("My window")
        gs.type_text("hello")                                        # mutter's RemoteDesktop
        gs.press_notification_button("Start")                       # GNOME Shell's own button
        gs.screenshot(path)

Input goes through ``org.gnome.Mutter.RemoteDesktop`` (one session, held open by this
process's D-Bus connection, with a ScreenCast monitor stream for absolute pointer motion): it
counts as the user's, so it resets mutter's idle monitor (XTEST through Xwayland does not).
While that session is open the shell shows a screen-sharing indicator; :meth:`screenshot`
hides it (and the unsafe-mode one) by default, since only the test harness causes them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.low_level import MessageType

from tests.e2e.bus_record import bus_config
from tests.e2e.desktop import Geometry
from tests.e2e.procs import Harness, stop_group, tail

__all__ = [
    "APPINDICATOR_UUIDS",
    "GnomeSession",
    "GnomeSessionError",
    "Notification",
    "Typist",
    "Window",
    "missing_tools",
]

T = TypeVar("T")

SHELL = "org.gnome.Shell"
SHELL_PATH = "/org/gnome/Shell"
RD = "org.gnome.Mutter.RemoteDesktop"
RD_PATH = "/org/gnome/Mutter/RemoteDesktop"
SC = "org.gnome.Mutter.ScreenCast"
SC_PATH = "/org/gnome/Mutter/ScreenCast"
IDLE = "org.gnome.Mutter.IdleMonitor"
IDLE_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
EXTENSIONS = "org.gnome.Shell.Extensions"
EXTENSIONS_PATH = "/org/gnome/Shell/Extensions"
SNI_WATCHER = "org.kde.StatusNotifierWatcher"
#: The AppIndicator extension's uuid upstream and in Debian's package.
APPINDICATOR_UUIDS = ("appindicatorsupport@rgcjonas.gmail.com", "ubuntu-appindicators@ubuntu.com")
EXTENSION_ENABLED = 1
#: where the pointer rests between actions: away from the top bar and the banners
PARK = (640, 600)

BTN_LEFT, BTN_RIGHT, BTN_MIDDLE = 0x110, 0x111, 0x112
_BUTTONS = {"left": BTN_LEFT, "right": BTN_RIGHT, "middle": BTN_MIDDLE}
KEY_LEFTSHIFT = 42
#: evdev key codes by name (US layout, the headless session's default).
KEYS: dict[str, int] = {
    "Escape": 1,
    "BackSpace": 14,
    "Tab": 15,
    "Return": 28,
    "Control_L": 29,
    "Shift_L": KEY_LEFTSHIFT,
    "Alt_L": 56,
    "space": 57,
    "Super_L": 125,
    "Up": 103,
    "Left": 105,
    "Right": 106,
    "Down": 108,
    **{f"F{n}": 58 + n for n in range(1, 11)},
}
_ROWS = {  # first key code of each row, and the row's characters (unshifted, shifted)
    2: ("1234567890-=", "!@#$%^&*()_+"),
    16: ("qwertyuiop[]", "QWERTYUIOP{}"),
    30: ("asdfghjkl;'`", 'ASDFGHJKL:"~'),
    43: ("\\zxcvbnm,./", "|ZXCVBNM<>?"),
}
#: character -> (key code, shift held)
CHARS: dict[str, tuple[int, bool]] = {" ": (57, False), "\n": (28, False), "\t": (15, False)}
for _first, (_plain, _shifted) in _ROWS.items():
    for _i, (_p, _s) in enumerate(zip(_plain, _shifted, strict=True)):
        CHARS[_p] = (_first + _i, False)
        CHARS[_s] = (_first + _i, True)

#: Environment of the calling process that must not reach the session.
_KEPT_ENV = ("PATH", "TZ", "LANG", "LC_ALL")

# Run by `sh -c` inside dbus-run-session: publish the session bus address, start pipewire,
# become the shell.
_SESSION_SCRIPT = """\
printf '%s\\n' "$DBUS_SESSION_BUS_ADDRESS" > "$1.tmp" && mv "$1.tmp" "$1"
pipewire > "$2/pipewire.log" 2>&1 &
exec gnome-shell --headless --wayland --unsafe-mode --virtual-monitor "$3" --wayland-display "$4"
"""

# Installed once per session: every focus change and new window, with a monotonic time (ms).
_RECORDER_JS = """\
(() => {
  if (globalThis.__mbRecorder) return true;
  const GLib = imports.gi.GLib;
  const log = [];
  const rec = (kind, w) => log.push({
    kind, t_ms: GLib.get_monotonic_time() / 1000,
    id: w ? w.get_id() : null, title: w ? w.get_title() : null,
    wm_class: w ? w.get_wm_class() : null, pid: w ? w.get_pid() : 0,
  });
  global.display.connect('notify::focus-window', () => rec('focus', global.display.focus_window));
  global.display.connect('window-created', (d, w) => rec('created', w));
  globalThis.__mbRecorder = log;
  return true;
})()
"""

_WINDOWS_JS = """\
global.get_window_actors().map(a => a.meta_window).map(w => {
  const r = w.get_frame_rect();
  return {id: w.get_id(), title: w.get_title(), wm_class: w.get_wm_class(), pid: w.get_pid(),
          has_focus: w.has_focus(), above: w.is_above(), minimized: w.minimized,
          x11: w.get_client_type() === imports.gi.Meta.WindowClientType.X11,
          rect: [r.x, r.y, r.width, r.height]};
})
"""

_NOTIFICATIONS_JS = """\
(() => {
  const tray = Main.messageTray;
  const fdo = new Map();
  for (const nd of Object.values(Main.notificationDaemon._fdoNotificationDaemon._notifications))
    if (nd.notification) fdo.set(nd.notification, nd);
  const banner = tray._banner;
  const pairs = a => {
    const out = [];
    for (let i = 0; i + 1 < a.length; i += 2) out.push([a[i], a[i + 1]]);
    return out;
  };
  return tray.getSources().flatMap(s => s.notifications.map(n => {
    const nd = fdo.get(n);
    const onBanner = !!(banner && banner.notification === n);
    return {
      id: nd ? nd.id : null, app: nd ? nd.appName : null, source: s.title,
      title: n.title, body: n.bannerBodyText, urgency: n.urgency,
      hint_urgency: nd && nd.hints.urgency !== undefined ? nd.hints.urgency : null,
      resident: n.resident, transient: n.isTransient,
      actions: n.actions.map(a => a.label), action_keys: nd ? pairs(nd.actions) : [],
      on_banner: onBanner, expanded: onBanner ? banner.expanded : false,
      buttons: onBanner && banner._buttonBox
        ? banner._buttonBox.get_children().map(b => b.label) : [],
    };
  }));
})()
"""

# The banner on screen: its area and each drawn button's area (null while not allocated).
_BANNER_JS = """\
(() => {
  const tray = Main.messageTray, b = tray._banner;
  if (!b) return null;
  const area = a => {
    if (!a.mapped) return null;
    const [x, y] = a.get_transformed_position(), [w, h] = a.get_transformed_size();
    return [x, y, w, h].some(v => v === null || isNaN(v)) ? null : [x, y, w, h].map(Math.round);
  };
  return {title: b.notification.title, state: tray._notificationState, expanded: b.expanded,
          bin: area(tray._bannerBin), hover: tray._bannerBin.hover,
          buttons: b._buttonBox
            ? b._buttonBox.get_children().map(c => ({label: c.label, area: area(c)})) : []};
})()
"""

# The AppIndicator extension's icons: each is a panel button holding its `_indicator`.
_TRAY_ICONS_JS = """\
Object.entries(Main.panel.statusArea)
  .filter(([k, a]) => a.constructor.name.includes('Indicator') && a._indicator)
  .map(([k, a]) => {
    const c = a.container;
    const [x, y] = c.get_transformed_position(), [w, h] = c.get_transformed_size();
    const box = [x, y, w, h];
    const area = box.some(v => v === null || isNaN(v)) ? null : box.map(Math.round);
    return {id: k, title: a._indicator.title || a._indicator.id || '',
            visible: c.visible && c.mapped && area !== null && area[2] > 0, area};
  })
"""

_TEST_INDICATORS_JS = """\
(visible => {
  const qs = Main.panel.statusArea.quickSettings;
  const out = [];
  for (const ind of [qs._remoteAccess, qs._unsafeMode]) {
    if (!ind) continue;
    for (const child of ind.get_children()) {
      if (visible === null) { out.push(child.visible); continue; }
      child.visible = visible.shift();
    }
  }
  for (const name of ['screenSharing', 'screenRecording']) {
    const a = Main.panel.statusArea[name];
    if (!a) continue;
    const actor = a.container || a;
    if (visible === null) out.push(actor.visible); else actor.visible = visible.shift();
  }
  return out;
})
"""


class GnomeSessionError(RuntimeError):
    """The session failed; the message carries the tail of the shell's log."""


@dataclass(frozen=True)
class Window:
    id: int
    title: str | None
    wm_class: str | None
    pid: int
    has_focus: bool
    above: bool
    minimized: bool
    x11: bool
    rect: Geometry


@dataclass(frozen=True)
class Notification:
    """One notification as GNOME Shell's message tray holds it.

    ``urgency`` is GNOME's (0 low, 1 normal, 2 high, 3 critical); ``hint_urgency`` the
    client's freedesktop hint (0, 1, 2). ``actions`` are the labels GNOME keeps (not
    ``default``); ``buttons`` those drawn on the banner (at most three), when it is shown.
    """

    id: int | None
    app: str | None
    source: str
    title: str
    body: str
    urgency: int
    hint_urgency: int | None
    resident: bool
    transient: bool
    actions: tuple[str, ...]
    action_keys: tuple[tuple[str, str], ...]
    on_banner: bool
    expanded: bool
    buttons: tuple[str, ...]


def missing_tools() -> list[str]:
    """Programs a GnomeSession needs that are not installed."""
    tools = ["gnome-shell", "gjs", "pipewire", "dbus-daemon", "dbus-run-session", "notify-send"]
    return [t for t in tools if shutil.which(t) is None]


def _session_members(sid: int) -> list[int]:
    """Process ids whose session id is ``sid`` (read from /proc)."""
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path("/proc", entry, "stat").read_text()
        except OSError:
            continue
        # the name (field 2) is in parentheses and may contain spaces
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 3 and int(fields[3]) == sid:
            out.append(int(entry))
    return out


def _kill(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, sig)


class GnomeSession(Harness):
    """A headless GNOME Shell 43 on Wayland (with Xwayland), in ``root`` (kept afterwards).

    ``home``: the session's HOME (default ``root/home``).
    ``dark``: the session prefers a dark style (``color-scheme`` 'prefer-dark' and the
    ``Adwaita-dark`` GTK theme in GSettings, through the session's own dconf); Qt's GTK
    platform theme reads the GTK theme, which :meth:`env_wayland` / :meth:`env_xwayland`
    also pass as ``GTK_THEME`` because headless there is no settings portal.
    """

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        dark: bool = False,
        size: tuple[int, int] = (1280, 800),
        start_timeout: float = 40.0,
        home: str | os.PathLike[str] | None = None,
    ) -> None:
        self.root = Path(root)
        self.dark = dark
        self.size = size
        self.start_timeout = start_timeout
        # default root/home; pass a short one for programs that put sockets under HOME
        self.home = Path(home) if home is not None else self.root / "home"
        self.logs = self.root / "logs"
        # Unix socket paths are limited to 107 bytes: the runtime dir is a short one in /tmp.
        self.runtime_dir = Path()
        self.wayland_display = "wayland-gnome"
        self.x_display = ""
        self.xauthority = ""
        self.bus_address = ""
        self.system_bus_address = ""
        #: what every program of the session gets (native Wayland), like ``Desktop.env``
        self.env: dict[str, str] = {}
        self._base_env: dict[str, str] = {}
        self._shell: subprocess.Popen[bytes] | None = None
        self._system_bus: subprocess.Popen[bytes] | None = None
        self._spawned: list[tuple[str, subprocess.Popen[bytes]]] = []
        self._log_names: dict[str, str] = {}  # spawn name -> its log's name (the latest)
        self._bus: DBusConnection | None = None
        self._lock = threading.RLock()
        self._rd_session = ""
        self._stream = ""
        self._started = False
        self._closed = False

    # ------------------------------------------------------------------ lifecycle

    _error_type = GnomeSessionError
    _what = "GNOME Shell"

    def _missing(self) -> list[str]:
        return missing_tools()

    def _start(self) -> None:
        began = time.monotonic()
        for d in (self.home, self.logs):
            d.mkdir(parents=True, exist_ok=True)
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="gs-", dir="/tmp"))
        self.runtime_dir.chmod(0o700)
        (self.runtime_dir / "gnome-shell-disable-extensions").unlink(missing_ok=True)
        self._start_system_bus()
        base = {k: os.environ[k] for k in _KEPT_ENV if k in os.environ}
        base.setdefault("LANG", "C.UTF-8")
        base.update(
            HOME=str(self.home),
            XDG_RUNTIME_DIR=str(self.runtime_dir),
            XDG_SESSION_TYPE="wayland",
            XDG_CURRENT_DESKTOP="GNOME",
            XDG_SESSION_DESKTOP="gnome",
            LIBGL_ALWAYS_SOFTWARE="1",
            DBUS_SYSTEM_BUS_ADDRESS=self.system_bus_address,
            NO_AT_BRIDGE="1",
        )
        addr_file = self.root / "session-bus-address"
        addr_file.unlink(missing_ok=True)
        log = self.logs / "gnome-shell.log"
        with log.open("wb") as out:
            self._shell = subprocess.Popen(
                [
                    "dbus-run-session",
                    "--",
                    "sh",
                    "-c",
                    _SESSION_SCRIPT,
                    "sh",
                    str(addr_file),
                    str(self.logs),
                    f"{self.size[0]}x{self.size[1]}",
                    self.wayland_display,
                ],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=base,
                cwd=self.home,
                start_new_session=True,  # its pid is the session id of all it spawns
            )
        self._wait(lambda: "GNOME Shell started" in log.read_text(errors="replace"), "shell up")
        self._wait(addr_file.exists, "session bus address")
        self.bus_address = addr_file.read_text().strip()
        text = log.read_text(errors="replace")
        x = re.search(r"Using public X11 display (:\d+)", text)
        if x is None:
            raise self._error("the shell did not say which X11 display Xwayland has")
        self.x_display = x.group(1)
        auth = sorted(self.runtime_dir.glob(".mutter-Xwaylandauth.*"))
        if not auth:
            raise self._error("no Xwayland authority file in the runtime dir")
        self.xauthority = str(auth[0])
        self._base_env = {**base, "DBUS_SESSION_BUS_ADDRESS": self.bus_address}
        self._base_env.pop("LIBGL_ALWAYS_SOFTWARE")
        self._base_env.pop("NO_AT_BRIDGE")
        self.env = self.env_wayland()
        self._bus = open_dbus_connection(bus=self.bus_address)
        # D-Bus-activated helpers (the shell's screencast service, dconf) need the displays
        self._call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "UpdateActivationEnvironment",
            "a{ss}",
            (self.env_wayland(),),
        )
        self.eval("Main.overview.hide(), true")
        self._wait(
            lambda: self.eval("!Main.overview.visible && !Main.overview.animationInProgress"),
            "overview hidden",
        )
        self.eval(_RECORDER_JS)
        # the shell's own start-up notice (no display manager): clear it, it is not ours
        with contextlib.suppress(GnomeSessionError):
            self._wait(
                lambda: any(n.title == "Screen Lock disabled" for n in self.notifications()),
                "the start-up notice",
                timeout=5,
            )
        self.clear_notifications()
        # the pointer starts top-left, over "Activities": put it where a banner cannot pop
        # up under it (a banner under the pointer does not expand on hover)
        self.move_to(*PARK)
        if self.dark:
            self.set_dark(True)
        self.start_seconds = time.monotonic() - began

    def _start_system_bus(self) -> None:
        socket = self.runtime_dir / "system_bus_socket"
        conf = self.root / "system-bus.conf"
        conf.write_text(bus_config(f"unix:path={socket}", bus_type="system", any_user=True))
        log = self.logs / "system-bus.log"
        with log.open("wb") as out:
            self._system_bus = subprocess.Popen(
                ["dbus-daemon", "--nofork", "--nopidfile", f"--config-file={conf}"],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.system_bus_address = f"unix:path={socket}"
        self._wait(socket.exists, "system bus socket")

    def close(self) -> None:
        """End every program of the session: spawned ones, the RemoteDesktop session, the
        shell's whole session (by session id), the system bus; remove the runtime dir."""
        if self._closed:
            return
        self._closed = True
        for _name, proc in reversed(self._spawned):
            stop_group(proc)
        if self._bus is not None:
            with contextlib.suppress(Exception):
                if self._rd_session:
                    self._call(RD, self._rd_session, RD + ".Session", "Stop")
            with contextlib.suppress(Exception):
                self._bus.close()
            self._bus = None
        if self._shell is not None:
            self._stop_session(self._shell)
        if self._system_bus is not None:
            stop_group(self._system_bus)
        if self.runtime_dir != Path() and self.runtime_dir.exists():
            (self.runtime_dir / "gnome-shell-disable-extensions").unlink(missing_ok=True)
            # fuse mounts (xdg-document-portal) would refuse removal: they died with the session
            shutil.rmtree(self.runtime_dir, ignore_errors=True)

    @staticmethod
    def _stop_session(proc: subprocess.Popen[bytes], timeout: float = 5.0) -> None:
        sid = proc.pid
        for pid in _session_members(sid):
            _kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            proc.poll()
            if not _session_members(sid):
                break
            time.sleep(0.05)
        for pid in _session_members(sid):
            _kill(pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout)

    def session_pids(self) -> list[int]:
        """Every process in the shell's session (the shell, pipewire, Xwayland, services)."""
        return _session_members(self._shell.pid) if self._shell is not None else []

    # ------------------------------------------------------------------ environments

    def env_wayland(self) -> dict[str, str]:
        """Environment for a Qt program on the session's Wayland display."""
        env = {
            **self._base_env,
            "WAYLAND_DISPLAY": self.wayland_display,
            "QT_QPA_PLATFORM": "wayland",
        }
        if self.dark:
            env["GTK_THEME"] = "Adwaita:dark"
        return env

    def env_xwayland(self) -> dict[str, str]:
        """Environment for a Qt program through Xwayland (xcb). WAYLAND_DISPLAY stays set,
        as in every real GNOME session: the program is an X11 client of a Wayland session."""
        env = self.env_wayland()
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=self.x_display, XAUTHORITY=self.xauthority)
        return env

    # ------------------------------------------------------------------ processes

    def spawn(
        self,
        args: Sequence[str | os.PathLike[str]],
        *,
        name: str | None = None,
        env: Mapping[str, str] | None = None,
        cwd: str | os.PathLike[str] | None = None,
    ) -> subprocess.Popen[bytes]:
        """Start a program in the session: :meth:`env_wayland` plus ``env`` (pass
        :meth:`env_xwayland` for X11); stdout+stderr to ``logs/<name>.log``. Ended by
        :meth:`close` (its whole process group)."""
        self._require_running()
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", name or Path(str(args[0])).name) or "proc"
        base, n = stem, 1
        while (self.logs / f"{base}.log").exists():
            n += 1
            base = f"{stem}-{n}"
        with (self.logs / f"{base}.log").open("wb") as out:
            proc = subprocess.Popen(
                [os.fspath(a) for a in args],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**self.env_wayland(), **(env or {})},
                cwd=cwd if cwd is not None else self.home,
                start_new_session=True,
            )
        self._spawned.append((base, proc))
        self._log_names[name or stem] = base
        return proc

    def log_path(self, name: str) -> Path:
        """``logs/<name>.log``: ``gnome-shell``, ``pipewire``, ``system-bus`` or the log of
        the latest program spawned with that name."""
        return self.logs / f"{self._log_names.get(name, name)}.log"

    def log_tail(self, name: str, lines: int = 25) -> str:
        return tail(self.log_path(name), lines)

    def json_lines(self, name: str) -> list[dict[str, Any]]:
        """The JSON lines a spawned program printed (e.g. the text window's events)."""
        out = []
        for line in self.log_path(name).read_text(errors="replace").splitlines():
            if line.startswith("{"):
                with contextlib.suppress(json.JSONDecodeError):
                    out.append(json.loads(line))
        return out

    # ------------------------------------------------------------------ D-Bus

    def _call(
        self,
        dest: str,
        path: str,
        iface: str,
        method: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
        timeout: float = 10.0,
    ) -> tuple[Any, ...]:
        if self._bus is None:
            raise GnomeSessionError("the session bus is not connected")
        msg = new_method_call(DBusAddress(path, dest, iface), method, signature, body)
        with self._lock:
            reply = self._bus.send_and_get_reply(msg, timeout=timeout)
        if reply.header.message_type == MessageType.error:
            raise GnomeSessionError(f"{iface}.{method} failed: {reply.body}")
        return tuple(reply.body)

    def eval(self, js: str) -> Any:
        """Evaluate JavaScript in the shell (org.gnome.Shell.Eval) and return its value."""
        ok, out = self._call(SHELL, SHELL_PATH, SHELL, "Eval", "s", (js,))
        if not ok:
            raise GnomeSessionError(f"Eval failed: {out}\n--- for:\n{js}")
        return json.loads(out) if out else None

    def name_has_owner(self, name: str) -> bool:
        (owned,) = self._call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            "s",
            (name,),
        )
        return bool(owned)

    def idle_time_ms(self) -> int:
        """mutter's idle time (org.gnome.Mutter.IdleMonitor GetIdletime), in ms."""
        (ms,) = self._call(IDLE, IDLE_PATH, IDLE, "GetIdletime")
        return int(ms)

    def set_gsetting(self, schema: str, key: str, value: str) -> None:
        """Set a GSettings key through the shell's own (dconf) backend; ``value`` is GVariant
        text, e.g. ``"'prefer-dark'"``."""
        self.eval(
            "(() => { const Gio = imports.gi.Gio, GLib = imports.gi.GLib;"
            f" const s = new Gio.Settings({{schema_id: {json.dumps(schema)}}});"
            f" const v = GLib.Variant.parse(null, {json.dumps(value)}, null, null);"
            f" s.set_value({json.dumps(key)}, v);"
            " Gio.Settings.sync(); return true; })()"
        )

    def get_gsetting(self, schema: str, key: str) -> str:
        result: str = self.eval(
            f"new imports.gi.Gio.Settings({{schema_id: {json.dumps(schema)}}})"
            f".get_value({json.dumps(key)}).print(true)"
        )
        return result

    def set_dark(self, dark: bool) -> None:
        """Prefer the dark style (or not): programs started afterwards follow it."""
        self.dark = dark
        iface = "org.gnome.desktop.interface"
        self.set_gsetting(iface, "color-scheme", "'prefer-dark'" if dark else "'default'")
        self.set_gsetting(iface, "gtk-theme", "'Adwaita-dark'" if dark else "'Adwaita'")
        self.env = self.env_wayland()

    # ------------------------------------------------------------------ windows and focus

    def windows(self) -> list[Window]:
        out = []
        for w in self.eval(_WINDOWS_JS):
            out.append(Window(**{**w, "rect": Geometry(*w["rect"])}))
        return out

    def focused_title(self) -> str | None:
        result: str | None = self.eval(
            "global.display.focus_window ? global.display.focus_window.get_title() : null"
        )
        return result

    def wait_for_window(
        self,
        title: str | None = None,
        *,
        pid: int | None = None,
        timeout: float = 20.0,
        focused: bool | None = None,
        exact: bool = False,
    ) -> Window:
        """A mapped window whose title contains ``title`` (is ``title``, with ``exact``),
        and/or of process ``pid``."""

        def find() -> Window | None:
            for w in self.windows():
                if title is not None and not (
                    w.title == title if exact else title in (w.title or "")
                ):
                    continue
                if pid is not None and w.pid != pid:
                    continue
                if focused is not None and w.has_focus != focused:
                    continue
                if w.rect.width > 0:
                    return w
            return None

        return self._wait(find, f"window title~{title!r} pid={pid} focused={focused}", timeout)

    def focus_events(self) -> list[dict[str, Any]]:
        """Every focus change (``kind`` 'focus') and new window ('created') since start:
        ``t_ms`` (monotonic), ``id``, ``title``, ``wm_class``, ``pid``."""
        result: list[dict[str, Any]] = self.eval("globalThis.__mbRecorder")
        return result

    def focused_pids(self, since: int = 0) -> list[int]:
        """Process ids that got the focus, in order, from focus event ``since`` on."""
        return [e["pid"] for e in self.focus_events()[since:] if e["kind"] == "focus" and e["id"]]

    def activate_window(self, title: str) -> None:
        """Focus a window as the shell would on a click in the overview (for set-up only)."""
        self.eval(
            "(() => { const w = global.get_window_actors().map(a => a.meta_window)"
            f".find(w => (w.get_title() || '').includes({json.dumps(title)}));"
            " if (!w) throw new Error('no such window');"
            " w.activate(global.get_current_time()); return true; })()"
        )

    def window_app(self, title: str) -> str | None:
        """The app GNOME Shell puts a window under (the name in the top bar), e.g.
        "Massage Break" once its desktop entry is known, else the window's own id."""
        result: str | None = self.eval(
            "(() => { const w = global.get_window_actors().map(a => a.meta_window)"
            f".find(w => w.get_title() === {json.dumps(title)});"
            " return w ? imports.gi.Shell.WindowTracker.get_default().get_window_app(w)"
            ".get_name() : null; })()"
        )
        return result

    def shell_app(self, desktop_id: str) -> dict[str, Any] | None:
        """What the shell's app system knows of ``desktop_id`` (the app grid's entry):
        ``name``, ``state`` (0 stopped, 1 starting, 2 running), ``windows``; None if unknown."""
        result: dict[str, Any] | None = self.eval(
            "(() => { const a = imports.gi.Shell.AppSystem.get_default()"
            f".lookup_app({json.dumps(desktop_id)});"
            " return a ? {name: a.get_name(), state: a.state, windows: a.get_n_windows()}"
            " : null; })()"
        )
        return result

    def launch_app(self, desktop_id: str) -> None:
        """Start an app the way a click on its icon in the app grid does (its desktop
        entry's Exec, spawned by the shell)."""
        self.eval(
            "(() => { const a = imports.gi.Shell.AppSystem.get_default()"
            f".lookup_app({json.dumps(desktop_id)});"
            " if (!a) throw new Error('no such app');"
            " a.activate(); return true; })()"
        )

    # ------------------------------------------------------------------ input

    def _input(self) -> str:
        """The RemoteDesktop session (created on first use, kept until close)."""
        with self._lock:
            if self._rd_session:
                return self._rd_session
            (session,) = self._call(RD, RD_PATH, RD, "CreateSession")
            (sid,) = self._call(
                RD,
                session,
                "org.freedesktop.DBus.Properties",
                "Get",
                "ss",
                (RD + ".Session", "SessionId"),
            )
            (sc_session,) = self._call(
                SC,
                SC_PATH,
                SC,
                "CreateSession",
                "a{sv}",
                ({"remote-desktop-session-id": ("s", sid[1])},),
            )
            (stream,) = self._call(
                SC, sc_session, SC + ".Session", "RecordMonitor", "sa{sv}", ("", {})
            )
            self._call(RD, session, RD + ".Session", "Start")
            # The first key of a new virtual keyboard is lost while mutter sets up its keymap:
            # warm it up with a modifier that types nothing.
            for pressed in (True, False):
                self._call(
                    RD,
                    session,
                    RD + ".Session",
                    "NotifyKeyboardKeycode",
                    "ub",
                    (KEY_LEFTSHIFT, pressed),
                )
            time.sleep(0.3)
            self._rd_session, self._stream = session, stream
            return session

    def _rd(self, method: str, signature: str, *args: Any) -> None:
        session = self._input()
        self._call(RD, session, RD + ".Session", method, signature, args)

    def key(self, code: int, pressed: bool) -> None:
        self._rd("NotifyKeyboardKeycode", "ub", code, pressed)

    def press_key(self, name: str | int, *, hold: float = 0.02) -> None:
        """Press and release one key: a name from :data:`KEYS`, a character, or a code."""
        if isinstance(name, int):
            code, shift = name, False
        elif name in KEYS:
            code, shift = KEYS[name], False
        elif name in CHARS:
            code, shift = CHARS[name]
        else:
            raise ValueError(f"no key code for {name!r}")
        if shift:
            self.key(KEY_LEFTSHIFT, True)
        self.key(code, True)
        time.sleep(hold)
        self.key(code, False)
        if shift:
            self.key(KEY_LEFTSHIFT, False)

    def type_text(self, text: str, *, interval: float = 0.02) -> None:
        """Type ``text`` (US layout) on the keyboard, like a person would."""
        for char in text:
            self.press_key(char, hold=0.01)
            time.sleep(interval)

    def pointer(self) -> tuple[int, int]:
        x, y, _mods = self.eval("global.get_pointer()")
        return int(x), int(y)

    def move_to(self, x: float, y: float) -> None:
        """Absolute pointer motion (through the ScreenCast monitor stream)."""
        self._input()
        self._rd("NotifyPointerMotionAbsolute", "sdd", self._stream, float(x), float(y))

    def move_by(self, dx: float, dy: float) -> None:
        self._rd("NotifyPointerMotionRelative", "dd", float(dx), float(dy))

    def click(self, button: str = "left") -> None:
        code = _BUTTONS[button]
        self._rd("NotifyPointerButton", "ib", code, True)
        time.sleep(0.03)
        self._rd("NotifyPointerButton", "ib", code, False)

    def click_at(self, x: float, y: float, button: str = "left") -> None:
        self.move_to(x, y)
        self._wait(lambda: self.pointer() == (round(x), round(y)), f"pointer at {x},{y}", 3)
        time.sleep(0.05)
        self.click(button)

    # ------------------------------------------------------------------ notifications

    def notifications(self) -> list[Notification]:
        out = []
        for n in self.eval(_NOTIFICATIONS_JS):
            out.append(
                Notification(
                    **{
                        **n,
                        "actions": tuple(n["actions"]),
                        "action_keys": tuple(tuple(p) for p in n["action_keys"]),
                        "buttons": tuple(n["buttons"]),
                    }
                )
            )
        return out

    def wait_for_notification(
        self,
        title: str = "",
        *,
        timeout: float = 30.0,
        on_banner: bool = False,
        where: Callable[[Notification], bool] | None = None,
    ) -> Notification:
        """The first notification whose title contains ``title`` (optionally: shown on the
        banner right now; and matching ``where``)."""

        def find() -> Notification | None:
            for n in self.notifications():
                if (
                    title in n.title
                    and (not on_banner or n.on_banner)
                    and (where is None or where(n))
                ):
                    return n
            return None

        return self._wait(find, f"notification {title!r}", timeout)

    def clear_notifications(self) -> None:
        """Remove every notification source from the tray (the start-up notice, for one)."""
        self.eval("Main.messageTray.getSources().forEach(s => s.destroy()), true")

    def banner(self) -> dict[str, Any] | None:
        """The banner on screen: ``title``, ``expanded``, ``bin`` [x, y, w, h] and
        ``buttons`` [{label, area}]."""
        result: dict[str, Any] | None = self.eval(_BANNER_JS)
        return result

    def press_notification_button(
        self,
        label: str,
        *,
        title: str = "",
        timeout: float = 15.0,
        park: tuple[int, int] = PARK,
        screenshot: str | os.PathLike[str] | None = None,
    ) -> dict[str, Any]:
        """Press the button ``label`` that GNOME Shell draws on a notification banner, with
        the pointer: hover the banner so it expands and shows its buttons, find the button's
        allocation, click its centre. Returns the banner as it was when clicked.

        The banner must be on screen (a normal one leaves for the message list after ~4 s
        while the user is active; critical ones stay). A banner that popped up under the
        pointer does not expand on hover, so the pointer first goes to ``park``."""

        def showing() -> dict[str, Any] | None:
            b = self.banner()
            if b and title in b["title"] and any(x["label"] == label for x in b["buttons"]):
                return b
            return None

        try:
            self._wait(showing, f"banner {title!r} with a {label!r} button", timeout)
        except GnomeSessionError as exc:
            raise GnomeSessionError(
                f"no {label!r} button drawn; the banner: {self.banner()}; notifications:"
                f" {self.notifications()}"
            ) from exc
        self.move_to(*park)
        time.sleep(0.1)
        b = self._wait(showing, "banner", timeout)
        if b["bin"] is None:
            raise GnomeSessionError(f"banner not allocated: {b}")
        x, y, w, h = b["bin"]
        self.move_to(x + w / 2, y + min(h / 2, 30))

        last: list[Any] = []

        def button_settled() -> dict[str, Any] | None:
            cur = showing()
            if cur is None or not cur["expanded"]:
                return None
            area = next(x["area"] for x in cur["buttons"] if x["label"] == label)
            settled = area is not None and area[2] > 0 and last == [area]
            last[:] = [area]
            return cur if settled else None

        shown = self._wait(
            button_settled, f"{label!r} button drawn and still", timeout, interval=0.1
        )
        bx, by, bw, bh = next(x["area"] for x in shown["buttons"] if x["label"] == label)
        self.move_to(bx + bw / 2, by + bh / 2)
        if screenshot is not None:
            time.sleep(0.2)  # the button's hover style
            self.screenshot(screenshot)
        self.click_at(bx + bw / 2, by + bh / 2)
        time.sleep(0.1)
        self.move_to(*park)
        return shown

    def invoke_notification_action(self, label: str, *, title: str = "") -> None:
        """Run a notification action's callback through Eval, with no pointer: only for
        where no banner can be on screen; tests of what a user does use
        :meth:`press_notification_button`."""
        self.eval(
            "(() => { const n = Main.messageTray.getSources().flatMap(s => s.notifications)"
            f".find(n => n.title.includes({json.dumps(title)}) &&"
            f" n.actions.some(a => a.label === {json.dumps(label)}));"
            " if (!n) throw new Error('no such notification');"
            f" n.actions.find(a => a.label === {json.dumps(label)}).callback(); return true; }})()"
        )

    # ------------------------------------------------------------------ screenshots

    def _test_indicators(self, visible: list[bool] | None) -> list[bool]:
        result: list[bool] = self.eval(f"({_TEST_INDICATORS_JS})({json.dumps(visible)})") or []
        return result

    def screenshot(
        self,
        path: str | os.PathLike[str],
        *,
        area: tuple[int, int, int, int] | None = None,
        hide_test_indicators: bool = True,
    ) -> Path:
        """Save a PNG of the screen (or ``area`` x, y, w, h) through org.gnome.Shell.Screenshot.
        The unsafe-mode and screen-sharing indicators (caused by the harness, not by what
        is tested) are hidden for the shot unless ``hide_test_indicators`` is false."""
        out = Path(path).resolve()
        out.parent.mkdir(parents=True, exist_ok=True)
        shown = self._test_indicators(None) if hide_test_indicators else []
        if hide_test_indicators:
            self._test_indicators([False] * len(shown))
            time.sleep(0.15)  # one frame
        try:
            iface = "org.gnome.Shell.Screenshot"
            if area is None:
                ok, used = self._call(
                    iface,
                    "/org/gnome/Shell/Screenshot",
                    iface,
                    "Screenshot",
                    "bbs",
                    (False, False, str(out)),
                )
            else:
                ok, used = self._call(
                    iface,
                    "/org/gnome/Shell/Screenshot",
                    iface,
                    "ScreenshotArea",
                    "iiiibs",
                    (*area, False, str(out)),
                )
        finally:
            if hide_test_indicators:
                self._test_indicators(shown)
        if not ok or not Path(used).is_file():
            raise self._error(f"screenshot failed: {used}")
        return Path(used)

    # ------------------------------------------------------------------ extensions and tray

    def appindicator_uuid(self) -> str:
        (exts,) = self._call(EXTENSIONS, EXTENSIONS_PATH, EXTENSIONS, "ListExtensions")
        for uuid in APPINDICATOR_UUIDS:
            if uuid in exts:
                return uuid
        raise GnomeSessionError(f"no AppIndicator extension installed (have {sorted(exts)})")

    def extension_state(self, uuid: str) -> int:
        (info,) = self._call(
            EXTENSIONS, EXTENSIONS_PATH, EXTENSIONS, "GetExtensionInfo", "s", (uuid,)
        )
        return int(info["state"][1]) if "state" in info else -1

    def enable_appindicator(self, timeout: float = 15.0) -> str:
        """Turn on the AppIndicator extension now (a StatusNotifierWatcher appears on the
        session bus); returns its uuid."""
        uuid = self.appindicator_uuid()
        self._call(EXTENSIONS, EXTENSIONS_PATH, EXTENSIONS, "EnableExtension", "s", (uuid,))
        self._wait(
            lambda: self.extension_state(uuid) == EXTENSION_ENABLED, f"{uuid} enabled", timeout
        )
        self._wait(lambda: self.name_has_owner(SNI_WATCHER), "StatusNotifierWatcher", timeout)
        return uuid

    def tray_icons(self) -> list[dict[str, Any]]:
        """The AppIndicator extension's icons in the top bar: ``id`` (its status-area key),
        ``title``, ``visible`` (mapped and allocated), ``area`` [x, y, w, h] or None, ``pid``
        (of the program whose item it shows)."""
        icons: list[dict[str, Any]] = self.eval(_TRAY_ICONS_JS)
        for icon in icons:  # the extension names each "appindicator-<bus name>@<path>"
            bus_name = icon["id"].split("-", 1)[-1].split("@", 1)[0]
            try:
                icon["pid"] = self.bus_pid(bus_name)
            except GnomeSessionError:
                icon["pid"] = 0  # gone meanwhile
        return icons

    def bus_pid(self, bus_name: str) -> int:
        """The process id behind a connection on the session bus."""
        (pid,) = self._call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "GetConnectionUnixProcessID",
            "s",
            (bus_name,),
        )
        return int(pid)

    # ------------------------------------------------------------------ waiting

    def _require_running(self) -> None:
        if not self._started or self._closed:
            raise GnomeSessionError("GnomeSession is not running")

    def _error(self, message: str) -> GnomeSessionError:
        shell_log = tail(self.logs / "gnome-shell.log", 30)
        return GnomeSessionError(f"{message}\n--- gnome-shell.log ({self.root}):\n{shell_log}")

    def _wait(
        self,
        predicate: Callable[[], T | None],
        what: str,
        timeout: float | None = None,
        *,
        interval: float = 0.05,
    ) -> T:
        """Poll ``predicate`` until truthy; fail at once if the shell has exited."""
        deadline = time.monotonic() + (self.start_timeout if timeout is None else timeout)
        last_exc: Exception | None = None
        while True:
            try:
                result = predicate()
                if result:
                    return result
            except GnomeSessionError as exc:
                last_exc = exc
            except (OSError, ValueError, KeyError, TimeoutError) as exc:
                last_exc = exc
            if self._shell is not None and self._shell.poll() is not None:
                raise self._error(
                    f"the shell exited (rc={self._shell.returncode}) waiting for {what}"
                )
            if time.monotonic() >= deadline:
                extra = f" (last error: {last_exc})" if last_exc else ""
                raise self._error(f"timed out waiting for {what}{extra}")
            time.sleep(interval)


class Typist:
    """A person typing into the focused window, from a thread: ``text`` over and over, one
    key every ``interval`` s, until the ``with`` block ends (or :meth:`stop`). ``typed``
    holds everything typed, to compare with what the window received."""

    def __init__(
        self, gs: GnomeSession, text: str = "the quick brown fox ", interval: float = 0.12
    ):
        self.gs, self.text, self.interval = gs, text, interval
        self.typed = ""
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="typist", daemon=True)

    def __enter__(self) -> Typist:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> str:
        self._stop.set()
        self._thread.join(10)
        if self.errors:
            raise GnomeSessionError(f"typing failed: {self.errors[0]!r}") from self.errors[0]
        return self.typed

    def _run(self) -> None:
        n = 0
        while not self._stop.wait(self.interval):
            char = self.text[n % len(self.text)]
            try:
                self.gs.press_key(char, hold=0.01)
            except BaseException as exc:
                self.errors.append(exc)
                return
            self.typed += char
            n += 1
