"""core/ must stay importable without Qt or any other shell library."""

import subprocess
import sys


def test_core_imports_no_qt_or_shell_libraries() -> None:
    code = (
        "import sys, massage_break.core.engine, massage_break.core.ports;"
        "bad = [m for m in ('PySide6', 'apscheduler', 'platformdirs', 'jeepney')"
        " if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ports_are_protocols_so_adapters_need_not_import_core_classes() -> None:
    from typing import Protocol

    from massage_break.core import ports

    found = [v for v in vars(ports).values() if isinstance(v, type) and Protocol in v.__mro__]
    assert {p.__name__ for p in found} >= {
        "IdleSource",
        "Notifier",
        "Scheduler",
        "Autostart",
        "SettingsStore",
        "HistoryStore",
    }
    assert all(getattr(p, "_is_protocol", False) for p in found)
