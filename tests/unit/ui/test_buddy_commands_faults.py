"""`massage-break buddy ...` when the app cannot help: a build without the feature, a
settings file that cannot be written, a service that cannot start."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_break.ui.commands import CommandHandler
from tests.unit.ui.buddy_fakes import FakeBuddyPort
from tests.unit.ui.test_buddy_control import Rig


def test_a_build_without_the_feature_says_so_for_every_buddy_command(qtbot: QtBot) -> None:
    r = Rig(on=False)
    handler = CommandHandler(r.c, None)
    for action in ("on", "off", "invite", "list"):
        answer = handler.handle({"command": "buddy", "action": action})
        assert answer == {"ok": False, "error": "break buddy is not available in this build"}
    status = handler.handle({"command": "status"})["status"]
    assert status["buddy"] == {"on": False, "buddies": []}


def test_a_setting_that_cannot_be_saved_is_reported_and_nothing_starts(qtbot: QtBot) -> None:
    r = Rig(on=False)
    r.settings.fail = True
    answer = CommandHandler(r.c, r.b).handle({"command": "buddy", "action": "on"})
    assert answer == {"ok": False, "error": "could not save the setting: read-only file system"}
    assert not r.b.on and r.ports == []


def test_a_service_that_cannot_start_is_reported_to_the_command_line(qtbot: QtBot) -> None:
    r = Rig(on=False)

    def broken(name: str, events: object) -> FakeBuddyPort:
        raise OSError("address already in use")

    r.b.factory = broken
    answer = CommandHandler(r.c, r.b).handle({"command": "buddy", "action": "on"})
    assert answer == {"ok": False, "error": "break buddy could not start (see the app's log)"}
    assert r.settings.saved[-1].buddy  # saved: it starts at the next launch if it can
    assert not r.b.on
