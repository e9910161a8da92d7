"""A notification client that stays connected (as an app does; notify-send leaves at once).

Run: ``python notify_client.py TITLE BODY [--critical] [--resident] [KEY=LABEL ...]``. It sends
one ``Notify`` on the session bus and prints JSON lines: ``sent`` (id), then each
``action`` (key) and ``closed`` (reason) the server signals, until it is ended.
"""

from __future__ import annotations

import json
import sys

from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
from jeepney.io.blocking import open_dbus_connection
from jeepney.low_level import HeaderFields

NOTIFICATIONS = DBusAddress(
    "/org/freedesktop/Notifications",
    "org.freedesktop.Notifications",
    "org.freedesktop.Notifications",
)


def say(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


def main() -> int:
    title, body, *rest = sys.argv[1:]
    hints: dict[str, tuple[str, object]] = {}
    if "--critical" in rest:
        hints["urgency"] = ("y", 2)
    if "--resident" in rest:
        hints["resident"] = ("b", True)
    actions: list[str] = []
    for pair in rest:
        if "=" in pair:
            actions += pair.split("=", 1)
    conn = open_dbus_connection(bus="SESSION")
    rule = MatchRule(type="signal", interface=NOTIFICATIONS.interface)
    conn.send_and_get_reply(message_bus.AddMatch(rule))
    msg = new_method_call(
        NOTIFICATIONS,
        "Notify",
        "susssasa{sv}i",
        ("Notify client", 0, "", title, body, actions, hints, 0),
    )
    (nid,) = conn.send_and_get_reply(msg).body
    say("sent", id=nid)
    while True:
        signal = conn.receive()
        if (
            signal.header.fields.get(HeaderFields.member) == "ActionInvoked"
            and signal.body[0] == nid
        ):
            say("action", key=signal.body[1])
        elif (
            signal.header.fields.get(HeaderFields.member) == "NotificationClosed"
            and signal.body[0] == nid
        ):
            say("closed", reason=signal.body[1])


if __name__ == "__main__":
    sys.exit(main())
