"""Without a session bus, an X display or a tray, the app's adapters fall back, saying why."""

from pathlib import Path

import pytest

from massage_break import resources
from massage_break.adapters.idle import create_idle_source
from massage_break.adapters.idle.null import NullIdleSource
from massage_break.adapters.idle.x11 import X11IdleSource, X11Unavailable
from massage_break.adapters.notify import DbusNotifier, NotifierUnavailable


def test_no_display_gives_the_null_idle_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    source = create_idle_source()
    assert isinstance(source, NullIdleSource) and not source.available
    assert source.idle().total_seconds() == 0
    source.close()


def test_bad_display_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":987")
    assert isinstance(create_idle_source(), NullIdleSource)
    with pytest.raises(X11Unavailable, match="cannot open"):
        X11IdleSource(b":987")


def test_no_session_bus_means_no_dbus_notifier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(NotifierUnavailable, match="no session bus"):
        DbusNotifier("test", "")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    with pytest.raises(NotifierUnavailable, match="no session bus"):
        DbusNotifier("test", "")


def test_assets_are_found_or_clearly_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = resources.assets_dir()
    assert resources.catalog_path(root).is_file()
    monkeypatch.setattr(resources, "_PACKAGED", tmp_path)
    monkeypatch.setattr(resources, "_CHECKOUT", tmp_path)
    with pytest.raises(FileNotFoundError, match=r"catalog\.toml"):
        resources.assets_dir(tmp_path)
