"""Real desktop services, headless, on private buses: GNOME's session manager (gnome-session
`--builtin` with an empty session) and settings daemon's screensaver proxy, KWin (`--virtual`)
with powerdevil and upowerd, and X11 screen savers (MATE, Cinnamon) each on its own Xvfb.

Every process runs in its own process group inside a fresh temporary folder; `Services.close`
ends the groups (TERM, then KILL) and removes the folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Self

from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection

from tests.unit.adapters.dbus_standins import PrivateBus

GNOME_SESSION = "/usr/libexec/gnome-session-binary"
SCREENSAVER_PROXY = "/usr/libexec/gsd-screensaver-proxy"
POWERDEVIL = "/usr/lib/x86_64-linux-gnu/libexec/org_kde_powerdevil"
UPOWERD = "/usr/libexec/upowerd"
KWIN = "/usr/bin/kwin_wayland"
MATE_SAVER = "mate-screensaver"
CINNAMON_SAVER = "cinnamon-screensaver"


def missing(*paths_or_tools: str) -> list[str]:
    return [p for p in paths_or_tools if not (os.access(p, os.X_OK) or shutil.which(p))]


def wait_until(check: Callable[[], object], timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.05)
    raise TimeoutError(f"gave up waiting for {what}")


class Services:
    """A temporary folder, a private session bus (and system bus), and the processes started
    in them. `env` is what a client in that session would see."""

    def __init__(self, system_bus: bool = False) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="mb-real-"))
        self.procs: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.session = PrivateBus()
        self.system = PrivateBus() if system_bus else None
        home, runtime = self.dir / "home", self.dir / "run"
        for folder in (home, runtime, self.dir / "xdg-config", self.dir / "data"):
            folder.mkdir(mode=0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CONFIG_DIRS": str(self.dir / "xdg-config"),  # no system autostart entries
            "XDG_DATA_DIRS": f"{self.dir / 'data'}:/usr/share",
            "DBUS_SESSION_BUS_ADDRESS": self.session.address,
            "LANG": "C.UTF-8",
            "KDE_DEBUG": "1",  # no crash handler dialogs
            "NO_AT_BRIDGE": "1",
        }
        if self.system is not None:
            self.env["DBUS_SYSTEM_BUS_ADDRESS"] = self.system.address

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def start(
        self,
        name: str,
        argv: Sequence[str],
        env: Mapping[str, str] | None = None,
        pass_fds: Sequence[int] = (),
    ) -> subprocess.Popen[bytes]:
        log = open(self.dir / f"{name}.log", "wb")  # noqa: SIM115 - kept open by the child
        proc = subprocess.Popen(
            list(argv),
            env={**self.env, **(env or {})},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.dir,
            start_new_session=True,
            pass_fds=tuple(pass_fds),
        )
        log.close()
        self.procs.append((name, proc))
        return proc

    def log(self, name: str) -> str:
        path = self.dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def has_owner(self, name: str, bus: PrivateBus | None = None) -> bool:
        with open_dbus_connection((bus or self.session).address) as conn:
            return bool(Proxy(message_bus, conn, timeout=5).NameHasOwner(name)[0])

    def wait_for_name(self, name: str, timeout: float = 15.0) -> None:
        try:
            wait_until(lambda: self.has_owner(name), timeout, f"{name} on the session bus")
        except TimeoutError as exc:
            logs = "\n".join(f"--- {n}\n{self.log(n)[-1500:]}" for n, _ in self.procs)
            raise TimeoutError(f"{exc}\n{logs}") from None

    def wait_gone(self, name: str, timeout: float = 10.0) -> None:
        wait_until(lambda: not self.has_owner(name), timeout, f"{name} to leave the bus")

    def stop(self, proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # anything it left in its group

    def close(self) -> None:
        for _, proc in reversed(self.procs):
            self.stop(proc)
        self.procs.clear()
        self.session.stop()
        if self.system is not None:
            self.system.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    # ------------------------------------------------------------------ desktops

    def gnome_session(self) -> subprocess.Popen[bytes]:
        """gnome-session with an empty session: the real org.gnome.SessionManager, nothing
        else (no autostart folder, no required components)."""
        sessions = self.dir / "data" / "gnome-session" / "sessions"
        sessions.mkdir(parents=True, exist_ok=True)
        (sessions / "mbtest.session").write_text(
            "[GNOME Session]\nName=Massage Break test\nRequiredComponents=\n"
        )
        proc = self.start(
            "gnome-session",
            [GNOME_SESSION, "--builtin", "--session=mbtest"],
            {"XDG_CURRENT_DESKTOP": "GNOME", "XDG_SESSION_TYPE": "wayland"},
        )
        self.wait_for_name("org.gnome.SessionManager")
        return proc

    def screensaver_proxy(self) -> subprocess.Popen[bytes]:
        """gnome-settings-daemon's org.freedesktop.ScreenSaver, forwarding to gnome-session."""
        proc = self.start("gsd-screensaver-proxy", [SCREENSAVER_PROXY])
        self.wait_for_name("org.freedesktop.ScreenSaver")
        return proc

    def plasma_power(self) -> None:
        """upowerd (system bus), KWin on a virtual output (its screen locker owns
        org.freedesktop.ScreenSaver) and powerdevil inside it."""
        assert self.system is not None, "powerdevil needs a system bus with upowerd"
        self.start("upowerd", [UPOWERD])
        wait_until(lambda: self.has_owner("org.freedesktop.UPower", self.system), 15, "upowerd")
        self.kwin()
        self.start("powerdevil", [POWERDEVIL])
        self.wait_for_name("org.kde.Solid.PowerManagement.PolicyAgent", 20)

    def kwin(self) -> subprocess.Popen[bytes]:
        """KWin on a virtual output; its screen locker owns org.freedesktop.ScreenSaver. Later
        clients (powerdevil) get its WAYLAND_DISPLAY and a KDE desktop in `env`."""
        kwin = self.dir / "bin" / "kwin_wayland"  # a plain copy: the packaged file capability
        kwin.parent.mkdir()  # is refused in containers
        shutil.copy(KWIN, kwin)
        socket = f"mb-kwin-{os.getpid()}"
        proc = self.start(
            "kwin",
            [str(kwin), "--virtual", "--width", "640", "--height", "480", "--socket", socket],
            {"KWIN_WAYLAND_NO_PERMISSION_CHECKS": "1"},
        )
        wait_until((self.dir / "run" / socket).exists, 20, "KWin's Wayland socket")
        self.wait_for_name("org.freedesktop.ScreenSaver", 20)
        desktop = {"WAYLAND_DISPLAY": socket, "QT_QPA_PLATFORM": "wayland"}
        self.env.update(desktop | {"XDG_CURRENT_DESKTOP": "KDE"})
        return proc

    def xvfb(self) -> str:
        """A virtual X display of its own (Xvfb picks a free number); returns DISPLAY."""
        read, write = os.pipe()
        try:
            argv = ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp"]
            self.start(
                f"xvfb-{len(self.procs)}", [*argv, "-screen", "0", "640x480x24"], None, [write]
            )
            os.close(write)
            write = -1
            number = b""
            end = time.monotonic() + 15
            while not number.endswith(b"\n") and time.monotonic() < end:
                chunk = os.read(read, 16)
                if not chunk:
                    break
                number += chunk
        finally:
            os.close(read)
            if write >= 0:
                os.close(write)
        if not number.strip():
            raise TimeoutError("Xvfb did not report its display")
        return f":{number.decode().strip()}"

    def mate_screensaver(self, display: str) -> subprocess.Popen[bytes]:
        proc = self.start("mate-screensaver", [MATE_SAVER, "--no-daemon"], {"DISPLAY": display})
        self.wait_for_name("org.mate.ScreenSaver")
        return proc

    def cinnamon_screensaver(self, display: str) -> subprocess.Popen[bytes]:
        proc = self.start("cinnamon-screensaver", [CINNAMON_SAVER], {"DISPLAY": display})
        self.wait_for_name("org.cinnamon.ScreenSaver", 20)
        return proc

    def run(self, argv: Sequence[str], display: str) -> None:
        """A command-line client (mate-screensaver-command ...), waited for."""
        subprocess.run(
            list(argv),
            env={**self.env, "DISPLAY": display},
            check=True,
            timeout=20,
            capture_output=True,
        )
