"""The buddy store when the disk says no: unreadable files, failed writes."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from massage_break.adapters.buddy import store as store_module
from massage_break.adapters.buddy.store import BuddyStore

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
FP = "f" * 64


def test_a_buddies_file_that_cannot_be_read_is_moved_aside(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "buddies.json").mkdir()  # reading it fails with an OSError, not "missing"
    store = BuddyStore(tmp_path, lambda: NOW)
    assert store.buddies() == () and store.advert_id
    assert (tmp_path / "buddies.json.corrupt-20261202-093000").is_dir()
    assert "quarantined" in caplog.text
    store.add("Bo", FP, "PEM", ())
    assert json.loads((tmp_path / "buddies.json").read_text())["buddies"][0]["name"] == "Bo"


def test_an_unreadable_file_that_cannot_be_moved_is_left_alone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "buddies.json").write_bytes(b"{not json")

    def refuse(path: Path, stamp: datetime) -> Path:
        raise PermissionError(13, "read-only folder", str(path))

    monkeypatch.setattr(store_module, "quarantine", refuse)
    store = BuddyStore(tmp_path, lambda: NOW)
    assert store.buddies() == () and store.advert_id
    assert (tmp_path / "buddies.json").read_bytes() == b"{not json"
    assert "unreadable buddies file left in place" in caplog.text


def test_a_failed_save_keeps_the_buddy_for_this_run_and_logs(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    store = BuddyStore(tmp_path, lambda: NOW)
    (tmp_path / "buddies.json").mkdir()  # the rename over it fails
    (tmp_path / "buddies.json" / "keep").write_text("x")
    store.add("Bo", FP, "PEM", ("10.0.0.2:47390",))
    assert [b.name for b in store.buddies()] == ["Bo"]
    assert "could not save the buddies file" in caplog.text
    assert [p.name for p in tmp_path.iterdir()] == ["buddies.json"]  # no temporary left
    caplog.clear()
    store.set_name(FP, "Bo")  # nothing changed: nothing written, so nothing fails
    store.set_name("e" * 64, "Nobody")
    assert "could not save" not in caplog.text
    store.set_name(FP, "Bob")
    assert "could not save the buddies file" in caplog.text
    assert [b.name for b in store.buddies()] == ["Bob"]


def test_a_port_that_cannot_be_remembered_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    (tmp_path / "port").mkdir()
    (tmp_path / "port" / "keep").write_text("x")
    store = BuddyStore(tmp_path, lambda: NOW)
    store.save_port(47391)
    assert store.saved_port() is None
    assert "could not remember the buddy port" in caplog.text


def test_the_same_port_is_not_written_again(tmp_path: Path) -> None:
    store = BuddyStore(tmp_path, lambda: NOW)
    store.save_port(47391)
    inode = (tmp_path / "port").stat().st_ino
    store.save_port(47391)
    assert (tmp_path / "port").stat().st_ino == inode  # an atomic write makes a new file
    store.save_port(47392)
    assert (tmp_path / "port").stat().st_ino != inode and store.saved_port() == 47392
