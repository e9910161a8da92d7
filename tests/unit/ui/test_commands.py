"""The command protocol: each message reaches the controller, or is refused with a reason."""

import pytest
from pytestqt.qtbot import QtBot

from massage_break.ui.commands import CommandHandler
from tests.unit.ui.test_controller import Rig


@pytest.mark.parametrize(
    ("message", "ok"),
    [
        ({"command": "status"}, True),
        ({"command": "break-now"}, True),
        ({"command": "pause", "minutes": 30}, True),
        ({"command": "pause", "until": "tomorrow"}, True),
        ({"command": "pause", "minutes": 0}, False),
        ({"command": "pause", "minutes": "x"}, False),
        ({"command": "pause", "minutes": True}, False),
        ({"command": "pause", "minutes": 1441}, False),
        ({"command": "history-changed"}, True),
        ({"command": "resume"}, True),
        ({"command": "run"}, True),
        ({"command": "show"}, True),
        ({"command": "history"}, True),
        ({"command": "quit"}, True),
        ({"command": "format-disk"}, False),
    ],
)
def test_commands(qtbot: QtBot, message: dict[str, object], ok: bool) -> None:
    r = Rig()
    r.c.start()
    quits: list[bool] = []
    histories: list[bool] = []
    changed: list[bool] = []
    windows: list[bool] = []
    r.c.window_requested.connect(lambda: windows.append(True))
    r.c.quit_requested.connect(lambda: quits.append(True))
    r.c.history_requested.connect(lambda: histories.append(True))
    r.c.history_changed.connect(lambda: changed.append(True))
    reply = CommandHandler(r.c).handle(message)
    assert reply["ok"] is ok
    if ok:
        assert reply["status"]["detection"] == "scripted"
        assert reply["status"]["activity_detection"] == "scripted"
        assert reply["status"]["text"] == r.c.tooltip()
    assert quits == ([True] if message["command"] == "quit" else [])
    assert histories == ([True] if message["command"] == "history" else [])
    assert changed == ([True] if message["command"] == "history-changed" else [])
    # a second start ("show"; "run" from an older version) asks for the main window
    assert windows == ([True] if message["command"] in ("show", "run") else [])
    paused = message["command"] == "pause" and ok
    assert (r.c.status.paused_until is not None) is paused


def test_status_says_when_activity_detection_is_unavailable(qtbot: QtBot) -> None:
    """The null source, or one whose compositor went away: `activity_detection` says so."""
    r = Rig()
    r.c.idle_source.available = False
    r.c.start()
    status = CommandHandler(r.c).handle({"command": "status"})["status"]
    assert (status["detection"], status["activity_detection"]) == ("scripted", "unavailable")
