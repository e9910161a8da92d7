"""The chime: a fake player on PATH records how it was called."""

import time
from pathlib import Path

import pytest

from massage_break.adapters.context.probe import DND, ContextProbe, NullSource
from massage_break.adapters.sound import Chime, dnd_active, find_sound

RECORDER = """#!/bin/sh
echo "$0 $*" >> "{log}"
"""


@pytest.fixture
def theme(tmp_path: Path) -> Path:
    stereo = tmp_path / "stereo"
    stereo.mkdir()
    (stereo / "complete.oga").write_bytes(b"OggS")
    (stereo / "bell.oga").write_bytes(b"OggS")
    return stereo


def fake_player(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An executable `name` on a PATH of its own that appends its arguments to a log."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    log = tmp_path / "calls.log"
    player = bin_dir / name
    player.write_text(RECORDER.format(log=log))
    player.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    return log


def calls(log: Path, timeout: float = 5.0) -> list[str]:
    """The player runs in the background: wait (bounded) until it has written its line."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.read_text().endswith("\n"):
            return log.read_text().splitlines()
        time.sleep(0.02)
    return []


def test_paplay_is_started_with_the_theme_file(
    tmp_path: Path, theme: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = fake_player(tmp_path, "paplay", monkeypatch)
    chime = Chime(lambda: True, lambda: False, theme_dir=theme)
    started = time.monotonic()
    assert chime() is True
    assert time.monotonic() - started < 1.0  # never waits for the player
    assert calls(log) == [f"{tmp_path / 'bin' / 'paplay'} {theme / 'complete.oga'}"]


def test_pw_play_and_bell_when_complete_is_missing(
    tmp_path: Path, theme: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (theme / "complete.oga").unlink()
    log = fake_player(tmp_path, "pw-play", monkeypatch)
    assert Chime(lambda: True, theme_dir=theme)() is True
    assert calls(log) == [f"{tmp_path / 'bin' / 'pw-play'} {theme / 'bell.oga'}"]


def test_canberra_is_asked_by_sound_id_first(
    tmp_path: Path, theme: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_player(tmp_path, "paplay", monkeypatch)
    log = fake_player(tmp_path, "canberra-gtk-play", monkeypatch)
    assert Chime(lambda: True, theme_dir=theme)() is True
    (line,) = calls(log)
    assert line.split(" ", 1)[1] == "-i complete -d Massage Break"


@pytest.mark.parametrize(("sound_on", "dnd"), [(False, False), (True, True)])
def test_silent_when_off_or_under_do_not_disturb(
    tmp_path: Path, theme: Path, monkeypatch: pytest.MonkeyPatch, sound_on: bool, dnd: bool
) -> None:
    log = fake_player(tmp_path, "paplay", monkeypatch)
    assert Chime(lambda: sound_on, lambda: dnd, theme_dir=theme)() is False
    time.sleep(0.3)  # long enough for a started player to have written its line
    assert not log.exists()


def test_harmless_without_a_player_or_a_file(
    tmp_path: Path, theme: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    assert Chime(lambda: True, theme_dir=theme)() is False
    fake_player(tmp_path, "paplay", monkeypatch)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert find_sound(empty) is None
    assert Chime(lambda: True, theme_dir=empty)() is False


def test_a_player_that_cannot_start_is_harmless(theme: Path, tmp_path: Path) -> None:
    broken = tmp_path / "paplay"
    broken.write_text("not a program")
    broken.chmod(0o755)  # executable bit, but no interpreter line: exec fails
    chime = Chime(lambda: True, theme_dir=theme, which=lambda name: str(broken))
    assert chime() is False


def test_one_chime_at_a_time(tmp_path: Path, theme: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    slow = bin_dir / "paplay"
    slow.write_text("#!/bin/sh\nexec /bin/sleep 2\n")
    slow.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    chime = Chime(lambda: True, theme_dir=theme)
    assert chime() is True
    assert chime() is False  # still sounding
    assert chime._running is not None
    chime._running.kill()
    chime._running.wait()
    assert chime() is True
    chime._running.kill()


class Flaky:
    reason = DND
    name = "flaky"

    def __init__(self, answers: list[object]) -> None:
        self.answers = answers

    def active(self) -> bool:
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return bool(answer)

    def close(self) -> None:
        pass


def test_dnd_check_uses_only_the_dnd_sources_and_never_raises() -> None:
    source = Flaky([True, RuntimeError("bus gone"), False])
    probe = ContextProbe([NullSource("fullscreen"), source])
    active = dnd_active(probe)
    assert active() is True
    assert active() is False  # the failure counts as "not DND"
    assert active() is False
    assert source.answers == []
