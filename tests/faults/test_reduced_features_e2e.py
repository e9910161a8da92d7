"""Promise: with no D-Bus session, no notification server and no X11 idle extension, the
installed app still reminds on schedule, and says which features are reduced and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.app_run import RunningApp, write_settings
from tests.e2e.desktop import Desktop, find_tool

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        any(find_tool(t) is None for t in ("Xvfb", "trayer", "xdotool", "import")),
        reason="needs xvfb, trayer, xdotool and imagemagick (see scripts/setup)",
    ),
]


def test_no_session_bus_no_notifications_no_idle_extension_still_reminds(
    tmp_path: Path,
) -> None:
    with Desktop(
        "xembed",  # the only tray host that needs no D-Bus
        base_dir=tmp_path / "desk",
        notifications=False,
        xvfb_args=("-extension", "MIT-SCREEN-SAVER"),
    ) as desk:
        base = tmp_path / "app"
        write_settings(base, break_interval_min=5, short_pause_min=2, away_min=4)
        app = RunningApp(
            desk,
            base,
            "--minute-seconds",
            "1",
            env={"DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-such-bus"},
        )
        started = app.wait_event("started")
        assert started["notifier"] == "tray"  # the tray balloon stands in for notifications
        assert started["idle"] == "none"
        status = app.status()
        assert status["detection_available"] is False
        assert "Activity detection unavailable: counting wall-clock time" in status["text"]
        # the reminder still comes, counted on the wall clock (5 one-second minutes)
        sent = app.wait_event("notification_sent", timeout=30, notifier="tray")
        assert sent is not None
        log = desk.log_tail(app.name, 200)
        assert "desktop notifications unavailable" in log and "session bus" in log
        assert "activity detection unavailable" in log
        assert app.terminate() == 0
