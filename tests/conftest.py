"""Shared test set-up: Qt offscreen unless a test starts its own display, private XDG dirs."""

from __future__ import annotations

import builtins
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)  # unit tests never touch the user's bus
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        path = Path(home, sub)
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    yield


@pytest.fixture(autouse=True)
def _logging_put_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """`app.main()` points the root logger at the running test's captured stderr; later tests
    would log into that closed stream ("--- Logging error ---"). Put the handlers back."""
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)


@pytest.fixture(autouse=True)
def _import_hook_put_back() -> Iterator[None]:
    """PySide6's `__import__` hook sets `builtins.__import__` back to `__orig_import__` while it
    looks at each module just imported, and afterwards restores what it found there. When two
    threads import at once (a test's buddy, zeroconf or D-Bus thread while the test imports), one
    finds the other's stand-in and restores that: the hook is gone for the rest of the run, and
    tests/unit/ui/test_qt_binding.py sees no module registered. Put PySide6's hook back."""
    hook = builtins.__import__
    yield
    now = builtins.__import__
    if now is not hook and now is getattr(builtins, "__orig_import__", None):
        builtins.__import__ = hook


REPO = Path(__file__).resolve().parents[1]
ASSETS = REPO / "assets"


# ---- skips must be on the allow-list ------------------------------------------------------

ALLOWED_SKIPS = Path(__file__).with_name("allowed_skips.txt")
_unlisted_skips: list[tuple[str, str]] = []


def allowed_skip_patterns(path: Path = ALLOWED_SKIPS) -> list[re.Pattern[str]]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [re.compile(line) for line in lines if line and not line.startswith("#")]


def skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    text = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    return text.removeprefix("Skipped: ")


def unlisted(reason: str, patterns: list[re.Pattern[str]]) -> bool:
    return not any(p.search(reason) for p in patterns)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = skip_reason(report)
        if unlisted(reason, allowed_skip_patterns()):
            _unlisted_skips.append((report.nodeid, reason))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _unlisted_skips:
        return
    terminalreporter.section("skips not on tests/allowed_skips.txt", sep="=", red=True)
    for nodeid, reason in _unlisted_skips:
        terminalreporter.line(f"SKIPPED {nodeid}: {reason}", red=True)
    terminalreporter.line(
        f"{len(_unlisted_skips)} tests were skipped for a reason that is not on the allow-list:"
        " install what they need, or list the reason with why it is fine.",
        red=True,
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _unlisted_skips and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
