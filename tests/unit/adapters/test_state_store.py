"""The saved pause: round trip, atomic writes, bad files set aside."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from massage_break.adapters.state_store import JsonStateStore

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_a_pause_round_trips_and_resuming_clears_it(tmp_path: Path) -> None:
    path = tmp_path / "state" / "state.json"
    until = NOW + timedelta(hours=20)
    JsonStateStore(path, NOW).save_pause(until)
    assert JsonStateStore(path, NOW).load_pause() == until
    store = JsonStateStore(path, NOW)
    store.load_pause()
    store.save_pause(None)
    assert json.loads(path.read_text())["paused_until"] is None
    assert JsonStateStore(path, NOW).load_pause() is None
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]  # no temp file left


def test_no_file_is_no_pause_and_an_unchanged_pause_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    store = JsonStateStore(path, NOW)
    assert store.load_pause() is None and store.notice is None
    store.save_pause(None)
    assert not path.exists()  # nothing changed: nothing written
    store.save_pause(NOW)
    path.write_text("changed behind its back")
    store.save_pause(NOW)
    assert path.read_text() == "changed behind its back"


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"version": 7, "paused_until": null}',
        b'{"version": 1, "paused_until": 12}',
        b'{"version": 1, "paused_until": "tomorrow"}',
        b'{"version": 1, "paused_until": "2026-03-03T08:00:00"}',
    ],
)
def test_a_bad_file_is_set_aside_and_the_app_starts_unpaused(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    store = JsonStateStore(path, NOW)
    assert store.load_pause() is None
    aside = tmp_path / "state.json.corrupt-20260302-090000"
    assert aside.read_bytes() == content and not path.exists()
    assert store.notice is not None and aside.name in store.notice


def test_a_bad_file_in_a_read_only_folder_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from massage_break.adapters import state_store

    def refuse(path: Path, stamp: datetime) -> Path:
        raise PermissionError("read-only")

    monkeypatch.setattr(state_store, "quarantine", refuse)
    path = tmp_path / "state.json"
    path.write_bytes(b"{bad")
    assert JsonStateStore(path, NOW).load_pause() is None
    assert path.read_bytes() == b"{bad"


def test_an_unreadable_file_is_no_pause(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.mkdir()  # reading a folder fails with an OSError other than "not found"
    assert JsonStateStore(path, NOW).load_pause() is None


def test_answers_asked_once_are_kept_beside_the_pause(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    store = JsonStateStore(path, NOW)
    assert store.answer("gnome_breaks") is None  # reads the (missing) file first
    store.save_answer("gnome_breaks", "kept")
    store.save_pause(NOW + timedelta(hours=1))
    later = JsonStateStore(path, NOW)
    later.save_answer("other", "yes")  # before load_pause: the saved pause is not lost
    again = JsonStateStore(path, NOW)
    assert again.load_pause() == NOW + timedelta(hours=1)
    assert again.answer("gnome_breaks") == "kept" and again.answer("other") == "yes"
    again.save_pause(None)
    assert json.loads(path.read_text())["answers"] == {"gnome_breaks": "kept", "other": "yes"}


@pytest.mark.parametrize("answers", ['"kept"', '{"gnome_breaks": 1, "x": "y"}'])
def test_answers_of_the_wrong_shape_are_forgotten(tmp_path: Path, answers: str) -> None:
    path = tmp_path / "state.json"
    path.write_text(f'{{"version": 1, "paused_until": null, "answers": {answers}}}')
    store = JsonStateStore(path, NOW)
    assert store.answer("gnome_breaks") is None and store.notice is None
    assert path.exists()  # not set aside: the pause in it is fine
