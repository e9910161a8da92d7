"""Headless Wayland compositors for tests: a bare KWin (`kwin_wayland --virtual`) and sway.

Each runs in a fresh folder (its own XDG_RUNTIME_DIR and HOME) in its own session, so
`close()` ends it and everything it spawned. Clients reach it through `env` (WAYLAND_DISPLAY
is the socket's absolute path, so a client may keep a runtime dir of its own). Input that the
compositor counts as the user's: KWin's `org_kde_kwin_fake_input` (`KWin.fake_input()`) and,
for sway, `wtype` (a virtual keyboard).

Recipes: shared/research/real-desktops.md. KWin: the packaged binary has a file capability
this machine refuses, so a plain copy runs; KWIN_WAYLAND_NO_PERMISSION_CHECKS=1 opens the
privileged protocols (fake input). sway refuses to run as root: as root, it runs as the user
`mb-wayland` (made with useradd if missing).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any, Self

from pywayland.client import Display

from .kde_fake_input import FakeInput

SWAY_USER = "mb-wayland"
START_TIMEOUT = 20.0


class CompositorError(RuntimeError):
    pass


def wayland_globals(socket: str | Path) -> dict[str, int]:
    """The globals the compositor at `socket` offers: interface name → version."""
    display = Display(str(socket))
    display.connect()
    try:
        offered: dict[str, int] = {}

        def on_global(_registry: Any, _name: int, interface: str, version: int) -> None:
            offered[interface] = version

        registry = display.get_registry()
        registry.dispatcher["global"] = on_global
        display.roundtrip()
        return offered
    finally:
        display.disconnect()


class Compositor(ABC):
    """Base: start `command` with `env` in `base`, wait for the Wayland socket."""

    name = "compositor"

    def __init__(self, base: Path) -> None:
        self.base = base
        self.runtime = base / "runtime"
        self.home = base / "home"
        self.client_runtime = base / "client-runtime"
        for folder in (self.runtime, self.home, self.client_runtime):
            folder.mkdir(parents=True, exist_ok=True)
            folder.chmod(0o700)
        self.procs: list[subprocess.Popen[bytes]] = []
        self._logs: list[IO[bytes]] = []
        self.proc: subprocess.Popen[bytes] | None = None
        self.socket = self.runtime / "wayland-test"

    # ---- processes ------------------------------------------------------------------------

    def log_path(self, name: str) -> Path:
        return self.base / f"{name}.log"

    def log_tail(self, name: str, lines: int = 30) -> str:
        path = self.log_path(name)
        if not path.exists():
            return f"({path} missing)"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def _popen(
        self, cmd: Sequence[str], name: str, env: Mapping[str, str], **kw: Any
    ) -> subprocess.Popen[bytes]:
        log = open(self.log_path(name), "ab")  # noqa: SIM115 (closed in close())
        self._logs.append(log)
        proc = subprocess.Popen(
            list(cmd),
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.base,
            start_new_session=True,  # its own process group: killed as one
            **kw,
        )
        self.procs.append(proc)
        return proc

    @property
    def env(self) -> dict[str, str]:
        """The environment of a client of this compositor (and nothing of the test's own
        session: no DISPLAY, no session bus)."""
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "XAUTHORITY")
            and not k.startswith(("DBUS_", "XDG_", "QT_", "KDE_", "GNOME_", "WLR_"))
        }
        env.update(
            WAYLAND_DISPLAY=str(self.socket),
            XDG_RUNTIME_DIR=str(self.client_runtime),
            XDG_SESSION_TYPE="wayland",
            QT_QPA_PLATFORM="wayland",
        )
        return env

    def spawn(
        self, cmd: Sequence[str], name: str, env: Mapping[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        """A client of this compositor, ended by close()."""
        return self._popen(cmd, name, {**self.env, **(env or {})})

    @abstractmethod
    def start(self) -> Self:
        """Start the compositor and wait until its socket answers."""

    def _wait_for_socket(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise CompositorError(
                    f"{self.name} exited ({self.proc.returncode}):\n{self.log_tail(self.name)}"
                )
            if self.socket.exists():
                with contextlib.suppress(ValueError, RuntimeError):
                    if "wl_seat" in wayland_globals(self.socket):
                        return
            time.sleep(0.05)
        raise CompositorError(f"{self.name} did not start:\n{self.log_tail(self.name)}")

    def globals(self) -> dict[str, int]:
        return wayland_globals(self.socket)

    def kill(self) -> None:
        """End the compositor alone, as a crash would (its clients stay)."""
        if self.proc is not None:
            _kill_group(self.proc)

    def close(self) -> None:
        for proc in reversed(self.procs):
            _kill_group(proc)
        self.procs.clear()
        for log in self._logs:
            log.close()
        self._logs.clear()

    def __enter__(self) -> Self:
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc: object) -> None:
        self.close()


def _kill_group(proc: subprocess.Popen[bytes], timeout: float = 5.0) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)  # whatever it left in its group


# ---- KWin ---------------------------------------------------------------------------------


class KWin(Compositor):
    """`kwin_wayland --virtual`, the compositor alone (no Plasma shell)."""

    name = "kwin"

    def start(self) -> Self:
        found = shutil.which("kwin_wayland")
        if found is None:
            raise CompositorError("kwin_wayland is not installed (scripts/test-packages.txt)")
        binary = self.base / "bin" / "kwin_wayland"  # a copy: no file capability
        binary.parent.mkdir(exist_ok=True)
        shutil.copyfile(found, binary)
        binary.chmod(0o755)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "KWIN_WAYLAND_NO_PERMISSION_CHECKS": "1",
            "QT_QPA_PLATFORM": "offscreen",  # kwin's own Qt, not a client of itself
            "LIBGL_ALWAYS_SOFTWARE": "1",
        }
        cmd = [str(binary), "--virtual", "--width", "800", "--height", "600"]
        self.proc = self._popen(
            ["dbus-run-session", "--", *cmd, "--socket", self.socket.name], self.name, env
        )
        self._wait_for_socket()
        return self

    _inputs: list[FakeInput] | None = None

    def fake_input(self) -> FakeInput:
        """A fake-input connection, closed by close() at the latest (a pywayland Display
        left to the garbage collector may free its proxies after itself, and crash)."""
        fake = FakeInput(self.socket)
        self._inputs = [*(self._inputs or []), fake]
        return fake

    def close(self) -> None:
        for fake in self._inputs or []:
            fake.close()
        self._inputs = None
        super().close()


# ---- sway (wlroots) -----------------------------------------------------------------------


def sway_user() -> pwd.struct_passwd | None:
    """The user sway runs as: None when the tests are not root (sway runs as them)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SWAY_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SWAY_USER,
            ],
            check=True,
            capture_output=True,
        )
        return pwd.getpwnam(SWAY_USER)


class Sway(Compositor):
    """sway on wlroots' headless backend, as a normal user."""

    name = "sway"
    _shared: Path | None = None

    def close(self) -> None:
        super().close()
        if self._shared is not None:
            shutil.rmtree(self._shared, ignore_errors=True)
            self._shared = None

    def start(self) -> Self:
        if shutil.which("sway") is None:
            raise CompositorError("sway is not installed (scripts/test-packages.txt)")
        user = sway_user()
        prefix: list[str] = []
        if user is not None:
            # the test's own folders are root's alone (pytest's are 0700): sway's live in a
            # folder of their own that its user can reach
            self._shared = Path(tempfile.mkdtemp(prefix="mb-sway-"))
            self._shared.chmod(0o711)
            self.runtime, self.home = self._shared / "runtime", self._shared / "home"
            for folder in (self.runtime, self.home):
                folder.mkdir(mode=0o700)
                os.chown(folder, user.pw_uid, user.pw_gid)
        config = self.home / "sway.conf"
        config.write_text("output HEADLESS-1 resolution 800x600\n")
        if user is not None:
            os.chown(config, user.pw_uid, user.pw_gid)
            prefix = [
                "setpriv",
                f"--reuid={user.pw_uid}",
                f"--regid={user.pw_gid}",
                "--clear-groups",
                "--",
            ]
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "WLR_BACKENDS": "headless",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
        }
        self.proc = self._popen([*prefix, "sway", "-c", str(config)], self.name, env)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:  # sway names its socket itself: wayland-N
            found = sorted(p for p in self.runtime.glob("wayland-*") if p.suffix != ".lock")
            if found:
                self.socket = found[0]
                break
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self._wait_for_socket()
        return self

    def type_key(self, key: str = "Shift_L") -> None:
        """Input sway counts as the user's: one key (an XKB key name) through wtype's
        virtual keyboard; shift types nothing."""
        done = subprocess.run(
            ["wtype", "-k", key],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if done.returncode != 0:
            raise CompositorError(f"wtype failed: {done.stderr}")
