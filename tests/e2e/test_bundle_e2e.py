"""The PyInstaller bundle starts on a bare desktop, shows its tray icon and ends cleanly.

Builds dist/massage-break with scripts/build-bundle unless a bundle newer than every source
file is already there (or MB_BUNDLE names one)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from .app_run import REPO, RunningApp
from .desktop import Desktop

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        any(shutil.which(t) is None for t in ("Xvfb", "dunst")),
        reason="needs xvfb and dunst (see scripts/setup)",
    ),
]

BUILT = REPO / "dist" / "massage-break" / "massage-break"
SOURCES = [REPO / "massage_break", REPO / "assets", REPO / "packaging" / "pyinstaller"]


def _newest_source() -> float:
    return max(p.stat().st_mtime for root in SOURCES for p in root.rglob("*") if p.is_file())


def bundle() -> Path:
    named = os.environ.get("MB_BUNDLE")
    if named:
        return Path(named)
    if not BUILT.exists() or BUILT.stat().st_mtime < _newest_source():
        started = time.monotonic()
        subprocess.run([str(REPO / "scripts" / "build-bundle")], check=True, timeout=1200)
        print(f"bundle built in {time.monotonic() - started:.0f} s")
    return BUILT


def test_the_bundle_starts_into_the_tray_and_ends_on_sigterm(tmp_path: Path) -> None:
    exe = bundle()
    assert exe.is_file() and os.access(exe, os.X_OK)
    with Desktop("sni", base_dir=tmp_path / "desk") as desk:
        # no virtual environment on the path: the bundle must carry everything it needs
        env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": "", "VIRTUAL_ENV": ""}
        app = RunningApp(desk, tmp_path / "app", name="bundle", env=env, command=str(exe))
        started = app.wait_event("started", timeout=60)
        assert started["tray"] is True and started["notifier"] == "dbus"
        items = desk.wait_for_tray_item(timeout=15)
        assert items
        assert app.terminate(timeout=15) == 0
