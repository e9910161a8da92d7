"""Running the installed massage-break inside a test session and reading its JSON log.

A session is the X11 :class:`~tests.e2e.desktop.Desktop` or a real shell
(:class:`~tests.e2e.shells.gnome.GnomeSession`): anything with ``env``, ``spawn``,
``log_path`` and ``log_tail`` (:class:`Session`)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import pytest

from .desktop import Desktop, find_tool


class Session(Protocol):
    """What RunningApp needs of a test session."""

    env: dict[str, str]

    def spawn(
        self,
        args: Sequence[str | os.PathLike[str]],
        *,
        name: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> subprocess.Popen[bytes]: ...

    def log_path(self, name: str) -> Path: ...

    def log_tail(self, name: str, lines: int = 25) -> str: ...


REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("MB_ARTIFACTS", REPO / "test-artifacts" / "e2e"))

#: One settings minute lasts 2 s in the end-to-end runs (``--minute-seconds``): FAST's
#: 5-minute interval is 10 s, its 2-minute snooze 4 s.
MINUTE_S = "2"
#: Settings for a reminder soon after the start; no typing grace: the pointer keeps moving
#: (or the user types) and the reminder comes anyway.
FAST: dict[str, int] = {
    "break_interval_min": 5,
    "snooze_min": 2,
    "snooze_limit": 3,
    "short_pause_min": 2,
    "away_min": 4,
    "typing_grace_s": 0,
}

#: What a test on the X11 :class:`Desktop` with dunst needs: without it the test is skipped
#: with this reason, and a skip not on tests/allowed_skips.txt fails the run.
needs_x11_desktop = pytest.mark.skipif(
    any(find_tool(t) is None for t in ("Xvfb", "dunst", "xdotool", "import")),
    reason="needs xvfb, dunst, xdotool and imagemagick (see scripts/setup)",
)


def app_command() -> str:
    """The installed gui-script, next to the interpreter running the tests."""
    found = shutil.which("massage-break", path=str(Path(sys.executable).parent))
    if found is None:
        raise RuntimeError("massage-break is not installed in this environment (pip install .)")
    return found


class RunningApp:
    def __init__(
        self,
        desk: Session,
        base: Path | None,
        *extra: str,
        name: str = "app",
        env: dict[str, str] | None = None,
        command: str | None = None,
    ) -> None:
        """`command`: another build of the app (the PyInstaller bundle) instead of the
        installed gui-script. `base` None: the app's own folders under the session's HOME
        (as a launcher from the desktop entry would start it)."""
        self.desk, self.base, self.name = desk, base, name
        self.base_args = [] if base is None else ["--base-dir", str(base)]
        self.proc = desk.spawn(
            [command or app_command(), *self.base_args, "--log-json", *extra],
            name=name,
            env=env,
        )

    def events(self) -> list[dict[str, Any]]:
        out = []
        for line in self.desk.log_path(self.name).read_text(errors="replace").splitlines():
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    continue
        return out

    def wait_event(
        self, name: str, timeout: float = 20.0, after: int = 0, **match: Any
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for ev in self.events()[after:]:
                if ev.get("event") == name and all(ev.get(k) == v for k, v in match.items()):
                    return ev
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(
            f"no {name} {match} event; app log:\n{self.desk.log_tail(self.name, 40)}"
        )

    def command(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [app_command(), *self.base_args, *args],
            env=self.desk.env,
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )

    def status(self) -> dict[str, Any]:
        done = self.command("status", "--json")
        assert done.returncode == 0, done.stderr
        result: dict[str, Any] = json.loads(done.stdout)
        return result

    def terminate(self, timeout: float = 10.0) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def history(self) -> list[tuple[str, str]]:
        assert self.base is not None, "history() reads a --base-dir's database"
        db = sqlite3.connect(self.base / "data" / "history.sqlite3")
        try:
            return db.execute("SELECT outcome, routine_id FROM breaks ORDER BY id").fetchall()
        finally:
            db.close()


class Fidget:
    """A person at the keyboard: moves the pointer a little every `every` seconds."""

    def __init__(self, desk: Desktop, every: float = 0.7) -> None:
        self.desk, self.every = desk, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Fidget:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        n = 0
        while not self._stop.wait(self.every):
            n += 1
            subprocess.run(
                ["xdotool", "mousemove", str(600 + n % 2 * 5), "700"],
                env=self.desk.env,
                capture_output=True,
                check=False,
                timeout=5,
            )


def write_settings(base: Path, **values: object) -> None:
    (base / "config").mkdir(parents=True, exist_ok=True)
    (base / "config" / "settings.json").write_text(json.dumps({"schema_version": 1, **values}))
