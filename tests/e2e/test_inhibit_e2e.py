"""The installed app holds a due reminder while a real program inhibits the session's idle
(gnome-session-inhibit, as a video player would, through the real gnome-session), says why in
`status --json` and the tray tooltip, and reminds once the inhibitor is gone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from jeepney import DBusAddress, new_method_call

from tests.unit.adapters.dbus_standins import private_bus
from tests.unit.adapters.real_services import GNOME_SESSION, missing

from .app_run import Fidget, RunningApp, write_settings
from .desktop import Desktop, find_tool

_MISSING = missing(GNOME_SESSION, "gnome-session-inhibit", "Xvfb", "dunst", "xdotool")
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        bool(_MISSING),
        reason=f"needs {', '.join(_MISSING)} (apt: gnome-session-bin xvfb dunst xdotool)",
    ),
]

MINUTE_S = "1"
FAST = {
    "break_interval_min": 6,
    "snooze_min": 2,
    "short_pause_min": 2,
    "away_min": 4,
    "typing_grace_s": 0,
}


def tray_tooltip(desk: Desktop) -> str:
    """The icon's ToolTip (icon, pixmaps, title, text) as a StatusNotifierItem host reads it."""
    item = desk.wait_for_tray_item()[-1]
    service, _, path = str(item["item"]).partition("/")
    with desk.open_bus() as conn:
        props = DBusAddress(
            "/" + path if path else "/StatusNotifierItem",
            service or item["sender"],
            "org.freedesktop.DBus.Properties",
        )
        reply = conn.send_and_get_reply(
            new_method_call(props, "Get", "ss", ("org.kde.StatusNotifierItem", "ToolTip")),
            timeout=5,
        )
    _, (_icon, _pixmaps, title, text) = reply.body[0]
    return f"{title}\n{text}"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desktop]:
    assert find_tool("dunst") is not None
    with Desktop("sni", base_dir=tmp_path / "desk") as d:
        yield d


def test_a_video_holds_the_reminder_and_the_app_says_why(desk: Desktop, tmp_path: Path) -> None:
    with private_bus() as system:
        sessions = tmp_path / "data" / "gnome-session" / "sessions"
        sessions.mkdir(parents=True)
        (sessions / "mbtest.session").write_text("[GNOME Session]\nName=t\nRequiredComponents=\n")
        (tmp_path / "no-autostart").mkdir()
        desk.spawn(
            [GNOME_SESSION, "--builtin", "--session=mbtest"],
            name="gnome-session",
            env={
                "DBUS_SYSTEM_BUS_ADDRESS": system.address,
                "XDG_CONFIG_DIRS": str(tmp_path / "no-autostart"),
                "XDG_DATA_DIRS": f"{tmp_path / 'data'}:/usr/share",
                "XDG_CURRENT_DESKTOP": "GNOME",
            },
        )
        deadline = time.monotonic() + 15
        while not desk.name_has_owner("org.gnome.SessionManager"):
            assert time.monotonic() < deadline, desk.log_tail("gnome-session")
            time.sleep(0.1)

        base = tmp_path / "app"
        write_settings(base, **FAST)
        desk.mouse_move(600, 700)
        with Fidget(desk):
            app = RunningApp(desk, base, "--minute-seconds", MINUTE_S)
            app.wait_event("started")
            player = desk.spawn(
                ["gnome-session-inhibit", "--inhibit", "idle", "--app-id",
                 "org.example.Player", "--reason", "Playing a film", "--inhibit-only"],
                name="player",
            )  # fmt: skip
            app.wait_event("inhibited", on=True, by="org.example.Player", timeout=10)
            # the break is due after 6 s; it waits while the film plays
            deadline = time.monotonic() + 20
            while (status := app.status())["reason"] != "inhibited":
                assert time.monotonic() < deadline, status
                time.sleep(0.3)
            assert status["holding"] == "inhibited" and status["sitting_seconds"] >= 6
            assert "waiting while a video or presentation keeps the screen on" in status["text"]
            tip = tray_tooltip(desk)  # what the tray host reads from the icon
            assert "waiting while a video or presentation keeps the screen on" in tip, tip
            time.sleep(3)
            assert desk.notifications() == [] and app.status()["reason"] == "inhibited"
            n_events = len(app.events())
            player.terminate()
            app.wait_event("inhibited", on=False, after=n_events, timeout=10)
            note = desk.wait_for_notification("Time for a break", timeout=40)
            assert "sitting for" in note["body"]
            assert app.status()["reason"] == "due"
        assert app.terminate() == 0
