"""Proves the e2e desktop harness (tests/e2e/desktop.py) works, without the app."""

from __future__ import annotations

import json
import os
import struct
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, MatchRule, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, Proxy
from jeepney.low_level import HeaderFields, Message, MessageType

from .desktop import NOTIFICATIONS_INTERFACE, Desktop, find_tool

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        find_tool("Xvfb") is None or find_tool("dunst") is None,
        reason="Xvfb and dunst are needed for the e2e desktop (apt: xvfb dunst)",
    ),
]

NOTIF = DBusAddress(
    "/org/freedesktop/Notifications",
    bus_name=NOTIFICATIONS_INTERFACE,
    interface=NOTIFICATIONS_INTERFACE,
)
ACTIONS = ["default", "Open", "start", "Start", "snooze", "Snooze", "skip", "Skip"]


def _notify(
    conn: DBusConnection, summary: str, body: str, actions: list[str], timeout_ms: int = 0
) -> int:
    msg = new_method_call(
        NOTIF,
        "Notify",
        "susssasa{sv}i",
        ("harness-test", 0, "", summary, body, actions, {"urgency": ("y", 1)}, timeout_ms),
    )
    reply = conn.send_and_get_reply(msg, timeout=10)
    assert reply.header.message_type == MessageType.method_return, reply.body
    return int(reply.body[0])


def _subscribe(conn: DBusConnection) -> None:
    bus = Proxy(message_bus, conn, timeout=5)
    for member in ("ActionInvoked", "NotificationClosed"):
        bus.AddMatch(MatchRule(type="signal", interface=NOTIFICATIONS_INTERFACE, member=member))


def _receive_signal(conn: DBusConnection, member: str, timeout: float = 10.0) -> Message:
    deadline = time.monotonic() + timeout
    seen: list[tuple[object, tuple[object, ...]]] = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"no {member} signal within {timeout}s; got {seen}")
        try:
            msg = conn.receive(timeout=remaining)
        except TimeoutError:
            continue
        seen.append((msg.header.fields.get(HeaderFields.member), msg.body))
        if (
            msg.header.message_type == MessageType.signal
            and msg.header.fields.get(HeaderFields.member) == member
        ):
            return msg


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def desktop_root(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "desktop"


def test_notification_action_roundtrip(desktop_root: Path, tmp_path: Path) -> None:
    with Desktop(tray=None, base_dir=desktop_root) as desk:
        empty_shot = desk.screenshot(tmp_path / "empty.png")
        with desk.open_bus() as conn:
            _subscribe(conn)
            nid = _notify(conn, "Break time", "Stand up and stretch", ACTIONS, timeout_ms=1000)

            note = desk.wait_for_notification("Break", timeout=10)
            assert note["id"] == nid
            assert note["summary"] == "Break time"
            assert note["body"] == "Stand up and stretch"
            assert note["actions"] == ACTIONS
            assert note["action_pairs"]["snooze"] == "Snooze"
            assert note["hints"] == {"urgency": 1}
            assert note["app_name"] == "harness-test"

            # the client asked for 1 s, the harness' dunst rule keeps it on screen
            time.sleep(1.3)
            assert desk.dunst_count("displayed") == 1

            shot = desk.screenshot(tmp_path / "shot.png")
            assert shot.exists()
            assert _png_size(shot) == (1280, 800)
            # a popup with text compresses worse than the empty (black) screen
            assert shot.stat().st_size > 2000
            assert shot.stat().st_size > empty_shot.stat().st_size + 500, (
                shot.stat().st_size,
                empty_shot.stat().st_size,
            )

            invoked = desk.invoke_action("snooze")
            assert invoked["id"] == nid and invoked["action_key"] == "snooze"

            msg = _receive_signal(conn, "ActionInvoked")
            assert msg.body == (nid, "snooze")

            # the monitor saw it too, and only one action was invoked
            assert [s["action_key"] for s in desk.signals("ActionInvoked")] == ["snooze"]
            assert [n["summary"] for n in desk.notifications()] == ["Break time"]

            # a second notification, "default" via a mouse click on the popup
            desk.close_all_notifications()
            _receive_signal(conn, "NotificationClosed")
            nid2 = _notify(conn, "Second reminder", "Click me", ["default", "Open", "skip", "Skip"])
            desk.wait_for_notification("Second", after=1)
            desk.click_notification()
            msg = _receive_signal(conn, "ActionInvoked")
            assert msg.body == (nid2, "default")
            closed = _receive_signal(conn, "NotificationClosed")
            assert closed.body == (nid2, 2)

            # a specific action of a specific notification among several
            nid3 = _notify(conn, "Third", "x", ["start", "Start", "skip", "Skip"])
            nid4 = _notify(conn, "Fourth", "y", ["start", "Start", "skip", "Skip"])
            desk.wait_for_notification("Fourth", after=2)
            assert desk.invoke_action("skip", notification_id=nid3)["id"] == nid3
            assert _receive_signal(conn, "ActionInvoked").body == (nid3, "skip")
            assert desk.invoke_action("start", notification_id=nid4)["id"] == nid4
            assert _receive_signal(conn, "ActionInvoked").body == (nid4, "start")


TRAY_PROBE = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QColor, QIcon, QPixmap
    from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("teal"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.setToolTip("harness probe")
    menu = QMenu()
    menu.addAction("Quit", app.quit)
    tray.setContextMenu(menu)
    tray.show()
    print(json.dumps({"available": QSystemTrayIcon.isSystemTrayAvailable()}), flush=True)

    def report():
        print(json.dumps({"geometry": list(tray.geometry().getRect())}), flush=True)

    QTimer.singleShot(700, report)
    app.exec()
    """
)


def _probe_report(desk: Desktop, name: str, key: str, timeout: float = 15.0) -> Any:
    match = desk.wait_for_log(name, r'^\{"' + key + r'".*\}$', timeout=timeout)
    return json.loads(match.group(0))[key]


def test_sni_tray_registration(desktop_root: Path, tmp_path: Path) -> None:
    probe = tmp_path / "tray_probe.py"
    probe.write_text(TRAY_PROBE)
    with Desktop(tray="sni", base_dir=desktop_root) as desk:
        assert desk.tray_items() == []
        assert desk.name_has_owner("org.kde.StatusNotifierWatcher")
        proc = desk.spawn([sys.executable, str(probe)], name="tray-probe")
        items = desk.wait_for_tray_item(timeout=15)
        assert len(items) == 1
        item = items[0]
        assert item["sender"].startswith(":1.")
        assert item["item"].endswith("/StatusNotifierItem")
        assert _probe_report(desk, "tray-probe", "available") is True
        # the item's owner is really on the bus
        assert desk.name_has_owner(item["sender"])

        proc.terminate()
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while desk.tray_items() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert desk.tray_items() == []
        assert [i["item"] for i in desk.tray_items(include_gone=True)] == [item["item"]]


def test_xembed_tray_and_x11_input(desktop_root: Path, tmp_path: Path) -> None:
    probe = tmp_path / "tray_probe.py"
    probe.write_text(TRAY_PROBE)
    window_probe = tmp_path / "window_probe.py"
    window_probe.write_text(
        textwrap.dedent(
            """
            import json, sys
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

            app = QApplication(sys.argv)
            win = QWidget()
            win.setWindowTitle("Harness Probe Window")
            edit = QLineEdit()
            button = QPushButton("Save")
            layout = QVBoxLayout(win)
            layout.addWidget(edit)
            layout.addWidget(button)
            button.clicked.connect(lambda: print(json.dumps({"saved": edit.text()}), flush=True))
            win.resize(320, 120)
            win.move(400, 300)
            win.show()

            def report():
                def centre(w):
                    p = w.mapToGlobal(w.rect().center())
                    return [p.x(), p.y()]
                where = {"edit": centre(edit), "button": centre(button)}
                print(json.dumps({"widgets": where}), flush=True)

            QTimer.singleShot(500, report)
            app.exec()
            """
        )
    )
    with Desktop(tray="xembed", base_dir=desktop_root, notifications=False) as desk:
        assert not desk.name_has_owner("org.kde.StatusNotifierWatcher")
        desk.spawn([sys.executable, str(probe)], name="tray-probe")
        assert _probe_report(desk, "tray-probe", "available") is True
        _x, _y, w, h = _probe_report(desk, "tray-probe", "geometry")
        assert w > 0 and h > 0, "XEmbed icon was not embedded"

        desk.spawn([sys.executable, str(window_probe)], name="window-probe")
        wid = desk.find_window("^Harness Probe Window$", timeout=15)
        geo = desk.window_geometry(wid)
        assert geo.width >= 300 and geo.height >= 100, geo
        widgets = _probe_report(desk, "window-probe", "widgets")
        ex, ey = widgets["edit"]
        assert geo.x <= ex <= geo.x + geo.width and geo.y <= ey <= geo.y + geo.height
        desk.click(ex, ey)
        desk.type_keys("hello")
        desk.key("End", "exclam")
        desk.click(*widgets["button"])
        assert _probe_report(desk, "window-probe", "saved") == "hello!"
        desk.mouse_move(5, 5)


def test_close_leaves_no_processes(desktop_root: Path) -> None:
    desk = Desktop(tray="both", base_dir=desktop_root).start()
    try:
        sleeper = desk.spawn(["sleep", "300"], name="sleeper")
        pids = desk.pids()
        # xvfb, dbus-daemon, dbus-monitor, dunst, sni-watcher, trayer, sleeper
        assert sleeper.pid in pids and len(pids) == 7
        display = desk.display
    finally:
        desk.close()
    for pid in pids:
        assert not Path(f"/proc/{pid}").exists() or _is_zombie(pid), f"pid {pid} survived close()"
        with pytest.raises(ProcessLookupError):
            os.killpg(pid, 0)
    assert not Path(f"/tmp/.X11-unix/X{display.lstrip(':')}").exists()
    assert not desk.runtime_dir.exists()
    desk.close()  # idempotent


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True
