"""Shared test set-up: Qt offscreen unless a test starts its own display, private XDG dirs."""

from __future__ import annotations

import os
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


REPO = Path(__file__).resolve().parents[1]
ASSETS = REPO / "assets"
