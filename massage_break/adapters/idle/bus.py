"""The session-bus connection shared by the D-Bus idle sources."""

from __future__ import annotations

from massage_break.adapters.dbus_link import BusUnavailable, DBusLink
from massage_break.adapters.idle.errors import IdleUnavailable


def open_link(link: DBusLink | None, bus: str) -> tuple[DBusLink, bool]:
    """The link to use, and whether it was opened here (then close it if set-up fails)."""
    if link is not None:
        return link, False
    try:
        return DBusLink(bus), True
    except BusUnavailable as exc:
        raise IdleUnavailable(f"no session bus: {exc}") from exc
