import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from massage_break.adapters.settings_store import JsonSettingsStore
from massage_break.core.settings import Settings

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def store(tmp_path: Path) -> JsonSettingsStore:
    return JsonSettingsStore(tmp_path / "settings.json", NOW)


def test_missing_file_gives_defaults_silently(tmp_path: Path) -> None:
    s = store(tmp_path)
    assert s.load() == Settings() and s.notice is None


def test_save_then_load_round_trips(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.save(Settings(break_interval_min=50))
    assert json.loads((tmp_path / "settings.json").read_text())["schema_version"] == 1
    assert store(tmp_path).load().break_interval_min == 50
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp files left


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"\x00\xff\xfe binary",
        b"[1, 2]",
        b'{"schema_version": "x"}',
        b'{"break_interval_min": 3',
    ],
)
def test_corrupt_file_is_quarantined_and_defaults_used(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "settings.json").write_bytes(content)
    s = store(tmp_path)
    assert s.load() == Settings()
    aside = tmp_path / "settings.json.corrupt-20260302-090000"
    assert aside.read_bytes() == content  # kept, byte for byte
    assert s.notice is not None and aside.name in s.notice
    s.save(Settings(snooze_min=9))  # and the app can write a fresh file
    assert store(tmp_path).load().snooze_min == 9


def test_second_corrupt_file_same_second_gets_its_own_name(tmp_path: Path) -> None:
    for _ in range(2):
        (tmp_path / "settings.json").write_bytes(b"garbage")
        store(tmp_path).load()
    assert (tmp_path / "settings.json.corrupt-20260302-090000-2").exists()


def test_future_version_is_read_but_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = json.dumps({"schema_version": 7, "break_interval_min": 45, "new_thing": 1})
    path.write_text(original)
    s = store(tmp_path)
    assert s.load().break_interval_min == 45
    assert s.read_only and s.notice is not None and "newer version" in s.notice
    with pytest.raises(PermissionError):
        s.save(Settings())
    assert path.read_text() == original


def test_out_of_range_values_are_reset_with_a_notice(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"schema_version": 1, "snooze_min": 999}')
    s = store(tmp_path)
    assert s.load().snooze_min == 5
    assert s.notice is not None and "snooze_min" in s.notice


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_folder_keeps_the_old_file(tmp_path: Path) -> None:  # pragma: no cover
    s = store(tmp_path)
    s.save(Settings(snooze_min=7))
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(OSError):
            s.save(Settings(snooze_min=8))
    finally:
        tmp_path.chmod(0o700)
    assert store(tmp_path).load().snooze_min == 7


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = store(tmp_path)
    s.save(Settings(snooze_min=7))

    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        s.save(Settings(snooze_min=8))
    monkeypatch.undo()
    assert store(tmp_path).load().snooze_min == 7
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_unreadable_file_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "settings.json").mkdir()  # reading a directory fails with an OSError
    s = store(tmp_path)
    assert s.load() == Settings() and s.read_only and s.notice is not None
