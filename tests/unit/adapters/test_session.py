"""Which session the app is in: a Wayland one also when the app runs through Xwayland."""

from __future__ import annotations

import pytest

from massage_break.adapters.session import wayland_session


@pytest.mark.parametrize(
    ("env", "wayland"),
    [
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"XDG_SESSION_TYPE": "Wayland"}, True),  # as some display managers spell it
        # Xwayland: the app is an X11 client (QT_QPA_PLATFORM=xcb), the session is Wayland
        ({"XDG_SESSION_TYPE": "x11", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":1", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, False),
        ({"XDG_SESSION_TYPE": "tty", "WAYLAND_DISPLAY": ""}, False),
        ({}, False),
    ],
)
def test_wayland_session(env: dict[str, str], wayland: bool) -> None:
    assert wayland_session(env) is wayland


def test_the_process_environment_is_read_without_an_argument(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert wayland_session() is False
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert wayland_session() is True
