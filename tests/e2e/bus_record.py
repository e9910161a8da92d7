"""Private D-Bus buses for the harnesses and what ``dbus-monitor --pcap`` recorded on them.

:func:`bus_config` writes a dbus-daemon configuration that lets anyone own any name and
eavesdrop (so a monitor sees every message); :func:`read_pcap` parses a (still growing)
recording; :func:`notify_calls` and :func:`notification_signals` read the notification
traffic in it the same way for every harness (X11 desktop, Plasma); :func:`monitor_records`
is the handshake that the monitor records.
"""

from __future__ import annotations

import contextlib
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import DBusConnection
from jeepney.low_level import HeaderFields, Message, MessageType

NOTIFICATIONS_INTERFACE = "org.freedesktop.Notifications"

Recorded = Iterable[tuple[float, Message]]


def bus_config(
    listen: str,
    *,
    bus_type: str = "session",
    keep_umask: bool = False,
    service_dir: Path | None = None,
    any_user: bool = False,
) -> str:
    """A dbus-daemon config listening on ``listen`` (``unix:dir=...`` or ``unix:path=...``)
    where any connection may own any name and eavesdrop; ``service_dir``: where activatable
    services are found; ``any_user``: every user may connect (a system bus's default is
    less)."""
    extra = "  <keep_umask/>\n" if keep_umask else ""
    services = f"  <servicedir>{service_dir}</servicedir>\n" if service_dir is not None else ""
    users = '    <allow user="*"/>\n' if any_user else ""
    return (
        '<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"\n'
        ' "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">\n'
        "<busconfig>\n"
        f"  <type>{bus_type}</type>\n"
        f"{extra}"
        f"  <listen>{listen}</listen>\n"
        "  <auth>EXTERNAL</auth>\n"
        f"{services}"
        '  <policy context="default">\n'
        f"{users}"
        '    <allow send_destination="*" eavesdrop="true"/>\n'
        '    <allow eavesdrop="true"/>\n'
        '    <allow own="*"/>\n'
        "  </policy>\n"
        "</busconfig>\n"
    )


def read_pcap(path: Path) -> list[tuple[float, Message]]:
    """Parse the D-Bus messages of a (possibly still growing) dbus-monitor pcap file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    if len(data) < 24:
        return []
    magic = data[:4]
    if magic == b"\xd4\xc3\xb2\xa1":
        endian = "<"
    elif magic == b"\xa1\xb2\xc3\xd4":
        endian = ">"
    else:
        raise ValueError(f"{path} is not a pcap file (magic {magic!r})")
    out: list[tuple[float, Message]] = []
    pos = 24
    while pos + 16 <= len(data):
        ts_sec, ts_usec, incl_len, _orig = struct.unpack(endian + "IIII", data[pos : pos + 16])
        start, end = pos + 16, pos + 16 + incl_len
        if end > len(data):
            break  # record still being written
        with contextlib.suppress(Exception):  # malformed or fd-carrying message: not ours
            out.append((ts_sec + ts_usec / 1e6, Message.from_buffer(data[start:end])))
        pos = end
    return out


def monitor_records(conn: DBusConnection, pcap: Path, probe: str) -> bool:
    """Send a ``probe`` call on the Notifications interface to the bus driver (which just
    answers UnknownInterface) and say whether the monitor's recording ``pcap`` has it: the
    handshake that the monitor is up before a test's first notification."""
    driver = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface=NOTIFICATIONS_INTERFACE
    )
    conn.send_and_get_reply(new_method_call(driver, probe), timeout=2)
    return any(m.header.fields.get(HeaderFields.member) == probe for _, m in read_pcap(pcap))


def unwrap_variant(value: Any) -> Any:
    # jeepney parses a variant as (signature, value)
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        return value[1]
    return value


def notify_calls(messages: Recorded) -> list[dict[str, Any]]:
    """Every ``Notify`` call in ``messages``, oldest first, as dicts with keys ``id`` (from
    the server's reply, None until it answered), ``app_name``, ``replaces_id``,
    ``app_icon``, ``summary``, ``body``, ``actions`` (flat list as sent: key, label, ...),
    ``action_pairs`` ({key: label}), ``hints`` (variants unwrapped), ``expire_timeout``,
    ``sender``, ``time``, ``error`` (D-Bus error name if the call failed)."""
    calls: list[dict[str, Any]] = []
    pending: dict[tuple[str, int], dict[str, Any]] = {}
    for ts, msg in messages:
        fields, kind = msg.header.fields, msg.header.message_type
        if (
            kind == MessageType.method_call
            and fields.get(HeaderFields.member) == "Notify"
            and fields.get(HeaderFields.interface) == NOTIFICATIONS_INTERFACE
            and len(msg.body) == 8
        ):
            app_name, replaces_id, icon, summary, body, actions, hints, timeout = msg.body
            entry: dict[str, Any] = {
                "id": None,
                "app_name": app_name,
                "replaces_id": replaces_id,
                "app_icon": icon,
                "summary": summary,
                "body": body,
                "actions": list(actions),
                "action_pairs": dict(zip(actions[0::2], actions[1::2], strict=False)),
                "hints": {k: unwrap_variant(v) for k, v in dict(hints).items()},
                "expire_timeout": timeout,
                "sender": fields.get(HeaderFields.sender),
                "time": ts,
                "error": None,
            }
            calls.append(entry)
            pending[(str(fields.get(HeaderFields.sender)), msg.header.serial)] = entry
        elif kind in (MessageType.method_return, MessageType.error):
            key = (
                str(fields.get(HeaderFields.destination)),
                int(fields.get(HeaderFields.reply_serial, 0)),
            )
            call = pending.pop(key, None)
            if call is None:
                continue
            if kind == MessageType.method_return and msg.body:
                call["id"] = msg.body[0]
            else:
                call["error"] = fields.get(HeaderFields.error_name) or "error"
    return calls


def notification_signals(messages: Recorded, member: str | None = None) -> list[dict[str, Any]]:
    """Notifications signals in ``messages`` (``ActionInvoked``, ``NotificationClosed``,
    ...; only ``member`` if given), oldest first: dicts with ``member``, ``id``, ``args``,
    ``destination``, ``time``, plus ``action_key`` (ActionInvoked) or ``reason``
    (NotificationClosed)."""
    out: list[dict[str, Any]] = []
    for ts, msg in messages:
        fields = msg.header.fields
        if msg.header.message_type != MessageType.signal:
            continue
        if fields.get(HeaderFields.interface) != NOTIFICATIONS_INTERFACE:
            continue
        name = fields.get(HeaderFields.member)
        if member is not None and name != member:
            continue
        entry: dict[str, Any] = {
            "member": name,
            "id": msg.body[0] if msg.body else None,
            "args": list(msg.body),
            "destination": fields.get(HeaderFields.destination),
            "time": ts,
        }
        if name == "ActionInvoked" and len(msg.body) >= 2:
            entry["action_key"] = msg.body[1]
        if name == "NotificationClosed" and len(msg.body) >= 2:
            entry["reason"] = msg.body[1]
        out.append(entry)
    return out
