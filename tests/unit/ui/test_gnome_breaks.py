"""The question about GNOME's own break reminders: asked once where GNOME's movement breaks
are on, answered with its buttons, remembered in the state file. GNOME's side is the real
gsettings + dconf-service with GNOME's upstream schema (tests/gnome_settings.py)."""

from __future__ import annotations

import json
import logging
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from massage_break.adapters.gnome_breaks import GnomeBreakSettings
from massage_break.adapters.state_store import JsonStateStore
from massage_break.core.engine import Engine
from massage_break.core.settings import Settings
from massage_break.ui.gnome_breaks import KEPT, QUESTION, TURNED_OFF, GnomeBreaksOffer
from massage_break.ui.windows import Windows
from tests.conftest import ASSETS
from tests.fakes import fake_controller
from tests.gnome_settings import MISSING, SCHEMA, GnomeSettings
from tests.unit.ui.shipped import shipped_catalog

pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)}")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def gnome() -> Iterator[GnomeSettings]:
    with GnomeSettings() as g:
        yield g


class Rig:
    def __init__(self, gnome: GnomeSettings, state_file: Path) -> None:
        self.controller = fake_controller(Engine(Settings(), shipped_catalog()))
        self.windows = Windows(self.controller, Path(ASSETS), 60)
        self.state = JsonStateStore(state_file, NOW)
        self.state.load_pause()
        self.notices: list[tuple[str, str]] = []
        self.controller.notice.connect(lambda t, m: self.notices.append((t, m)))
        self.offer = GnomeBreaksOffer(
            GnomeBreakSettings(gnome.env), self.state, self.windows.ask, self.controller.notice.emit
        )

    def shown(self) -> QMessageBox | None:
        return self.windows._notice


def _events(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "massage_break"]


def test_nothing_is_said_without_the_schema(qtbot: QtBot, tmp_path: Path) -> None:
    with GnomeSettings(with_schema=False) as old_gnome:
        rig = Rig(old_gnome, tmp_path / "state.json")
        assert not rig.offer.check()
        assert rig.shown() is None and not (tmp_path / "state.json").exists()


def test_nothing_is_said_while_gnomes_movement_breaks_are_off(
    qtbot: QtBot, gnome: GnomeSettings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['eyesight']")  # eyes only
    rig = Rig(gnome, tmp_path / "state.json")
    with caplog.at_level(logging.INFO):
        assert not rig.offer.check()
    assert rig.shown() is None and "gnome_breaks_found" not in _events(caplog)


def test_turn_gnomes_off_changes_gnome_and_is_never_asked_again(
    qtbot: QtBot, gnome: GnomeSettings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['movement', 'eyesight']")
    gnome.gsettings("set", f"{SCHEMA}.movement", "interval-seconds", "1500")
    rig = Rig(gnome, tmp_path / "state.json")
    rig.controller.notice.emit("Massage Break", "An earlier notice")  # the question waits
    with caplog.at_level(logging.INFO):
        assert rig.offer.check()
    assert "gnome_breaks_found" in _events(caplog)
    first = rig.shown()
    assert first is not None and "earlier notice" in first.text()
    first.close()
    box = rig.shown()
    assert box is not None and box is rig.offer.question and box.isVisible()
    assert "break reminders are on too" in box.text()
    assert "every 25 min" in box.informativeText()
    assert box.defaultButton() is rig.offer.question.keep  # a stray Enter changes nothing
    with qtbot.waitSignal(rig.offer.done) as answered:
        qtbot.mouseClick(rig.offer.question.turn_off, Qt.MouseButton.LeftButton)
    assert answered.args == [TURNED_OFF]
    assert gnome.gsettings("get", SCHEMA, "selected-breaks") == "['eyesight']"
    assert json.loads((tmp_path / "state.json").read_text())["answers"] == {QUESTION: TURNED_OFF}
    assert rig.shown() is None and rig.notices == [("Massage Break", "An earlier notice")]
    # the next start: GNOME's movement breaks turned on again by hand, and still not asked
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['movement']")
    again = Rig(gnome, tmp_path / "state.json")
    assert not again.offer.check() and again.shown() is None


def test_keep_both_leaves_gnome_alone_and_is_remembered(
    qtbot: QtBot, gnome: GnomeSettings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['movement']")
    rig = Rig(gnome, tmp_path / "state.json")
    rig.state.save_pause(NOW)  # a pause saved before: the answer keeps it
    assert rig.offer.check()
    assert rig.offer.question is not None
    with caplog.at_level(logging.INFO), qtbot.waitSignal(rig.offer.done) as answered:
        qtbot.mouseClick(rig.offer.question.keep, Qt.MouseButton.LeftButton)
    assert answered.args == [KEPT]
    assert gnome.gsettings("get", SCHEMA, "selected-breaks") == "['movement']"
    record = next(r for r in caplog.records if r.getMessage() == "gnome_breaks_answered")
    assert record.__dict__["fields"]["changed"] is False
    later = JsonStateStore(tmp_path / "state.json", NOW)
    assert later.load_pause() == NOW and later.answer(QUESTION) == KEPT
    assert not Rig(gnome, tmp_path / "state.json").offer.check()


def test_escape_is_keep_both(qtbot: QtBot, gnome: GnomeSettings, tmp_path: Path) -> None:
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['movement']")
    rig = Rig(gnome, tmp_path / "state.json")
    assert rig.offer.check() and rig.offer.question is not None
    with qtbot.waitSignal(rig.offer.done) as answered:
        qtbot.keyClick(rig.offer.question, Qt.Key.Key_Escape)
    assert answered.args == [KEPT]
    assert gnome.gsettings("get", SCHEMA, "selected-breaks") == "['movement']"
    rig.offer.question._clicked(rig.offer.question.turn_off)  # a late second click: ignored
    assert JsonStateStore(tmp_path / "state.json", NOW).answer(QUESTION) == KEPT


def test_a_change_gnome_does_not_take_is_told_and_still_remembered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with GnomeSettings(dconf=False) as g:  # no dconf-service: gsettings cannot write
        (g.schemas / "90_vendor.gschema.override").write_text(
            f"[{SCHEMA}]\nselected-breaks=['movement']\n"
        )
        subprocess.run(["glib-compile-schemas", str(g.schemas)], check=True, timeout=20)
        rig = Rig(g, tmp_path / "state.json")
        assert rig.offer.check() and rig.offer.question is not None
        with qtbot.waitSignal(rig.offer.done):
            qtbot.mouseClick(rig.offer.question.turn_off, Qt.MouseButton.LeftButton)
        assert len(rig.notices) == 1 and "could not be turned off" in rig.notices[0][1]
        assert "Settings → Wellbeing" in rig.notices[0][1]
        shown = rig.shown()
        assert shown is not None and shown.objectName() == "notice"
        shown.close()
        assert rig.state.answer(QUESTION) == TURNED_OFF


def test_an_answer_that_cannot_be_saved_is_asked_again_next_time(
    qtbot: QtBot, gnome: GnomeSettings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    gnome.gsettings("set", SCHEMA, "selected-breaks", "['movement']")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    rig = Rig(gnome, blocker / "state.json")  # its folder cannot be made
    assert rig.offer.check() and rig.offer.question is not None
    with qtbot.waitSignal(rig.offer.done):
        qtbot.mouseClick(rig.offer.question.keep, Qt.MouseButton.LeftButton)
    assert "could not save the answer" in caplog.text
    assert Rig(gnome, blocker / "state.json").offer.check()
