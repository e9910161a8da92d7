"""Promise: with the break buddy off (the default), the app imports no networking or crypto
module of the feature and holds no TCP or UDP socket and no TLS context.

The app is built the way `massage_break.app.main` builds it, in a child process on the
offscreen platform, its event loop runs for a while, then the child reports what it imported.

APScheduler (required, see DESIGN.md) already imports `asyncio`, and `asyncio` imports `ssl`
(so `_ssl` too): those three are allowed only while the bare scheduler import brings them, and
the child then proves that nothing made a TLS context.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]

#: imported by nothing but the break-buddy feature
FEATURE_MODULES = (
    "zeroconf",
    "ifaddr",
    "spake2",
    "cryptography",
    "massage_break.adapters.buddy",
    "massage_break.core.buddy_wire",
)
#: standard-library modules the required scheduler already imports
VIA_SCHEDULER = ("ssl", "_ssl", "asyncio")

#: the required stack alone: the scheduler the app must carry
FLOOR = (
    "import apscheduler.schedulers.qt, json, sys; print(json.dumps({'modules': [*sys.modules]}))"
)

PROBE = textwrap.dedent(
    """
    import gc, json, socket, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    qapp = QApplication(sys.argv[:1])  # main() builds on the QApplication that exists

    def report():
        import ssl
        objects = gc.get_objects()
        print(json.dumps({
            "modules": sorted(sys.modules),
            "inet_sockets": [
                repr(s) for s in objects
                if isinstance(s, socket.socket) and s.fileno() >= 0
                and s.family in (socket.AF_INET, socket.AF_INET6)
            ],
            "tls_contexts": sum(isinstance(o, ssl.SSLContext) for o in objects),
        }), flush=True)
        qapp.quit()

    QTimer.singleShot(1500, report)  # the app finishes building 250 ms after the loop starts
    from massage_break import app
    app.main(["--base-dir", sys.argv[1]])
    """
)


def _modules_of(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_with_buddy_off_no_network_module_is_imported_and_no_socket_is_open(
    tmp_path: Path,
) -> None:
    base = tmp_path / "base"
    (base / "config").mkdir(parents=True)
    # the everyday start: settings saved, nothing about the buddy in them (off by default)
    (base / "config" / "settings.json").write_text(json.dumps({"schema_version": 1}))
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent")
    report = _modules_of(PROBE, str(base), env=env)
    modules = set(report["modules"])
    # the app really was built and running
    assert {"massage_break.ui.controller", "massage_break.adapters.scheduling"} <= modules

    imported = sorted(
        m for m in modules if any(m == f or m.startswith(f + ".") for f in FEATURE_MODULES)
    )
    assert imported == []
    assert report["inet_sockets"] == []
    assert report["tls_contexts"] == 0

    floor = _modules_of(FLOOR)
    for name in VIA_SCHEDULER:
        assert name not in modules or name in floor["modules"], name
