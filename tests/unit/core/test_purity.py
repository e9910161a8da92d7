"""core/ must stay importable without Qt or any other shell library."""

import subprocess
import sys

from massage_break.core import ports


def test_core_imports_no_qt_or_shell_libraries() -> None:
    code = (
        "import sys, massage_break.core.engine, massage_break.core.ports;"
        "bad = [m for m in ('PySide6', 'apscheduler', 'platformdirs', 'jeepney')"
        " if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ports_describe_the_shell() -> None:
    assert {"idle", "close"} <= set(dir(ports.IdleSource))
    assert {"notify", "withdraw"} <= set(dir(ports.Notifier))
    assert {"schedule_at", "every", "cancel"} <= set(dir(ports.Scheduler))
