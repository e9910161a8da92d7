"""A soft chime at the end of a step done with eyes closed or looking away from the screen.

The sound comes from the freedesktop sound theme (Debian: sound-theme-freedesktop) and is
played by whichever player is installed: canberra-gtk-play (asks the desktop's sound theme by
event id), else paplay or pw-play (given the theme's file). Playing never waits: the player
runs as a child process in the background. The chime is silent when the user turned the
sound off or do-not-disturb is on, and does nothing at all when there is no player or no file.
The window always gives a visual cue as well, so a missing sound loses nothing.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from massage_break.adapters.context.probe import DND, ContextProbe

log = logging.getLogger(__name__)

THEME_DIR = Path("/usr/share/sounds/freedesktop/stereo")
SOUND_IDS = ("complete", "bell")  # the first one found is played
EXTENSIONS = (".oga", ".ogg", ".wav")
#: player -> its arguments for (sound id, sound file)
PLAYERS: dict[str, Callable[[str, Path], list[str]]] = {
    "canberra-gtk-play": lambda sound_id, _file: ["-i", sound_id, "-d", "Massage Break"],
    "paplay": lambda _id, file: [str(file)],
    "pw-play": lambda _id, file: [str(file)],
}


def find_sound(theme_dir: Path = THEME_DIR) -> tuple[str, Path] | None:
    """The first sound of SOUND_IDS the theme holds, as (id, file)."""
    for sound_id in SOUND_IDS:
        for ext in EXTENSIONS:
            file = theme_dir / f"{sound_id}{ext}"
            if file.is_file():
                return sound_id, file
    return None


def find_player(which: Callable[[str], str | None] = shutil.which) -> str | None:
    """The path of the first installed player, in the order of PLAYERS."""
    for name in PLAYERS:
        path = which(name)
        if path:
            return path
    return None


def dnd_active(probe: ContextProbe) -> Callable[[], bool]:
    """A do-not-disturb check from the app's context probe: its DND sources only (the
    full-screen and call checks are not needed for a chime). Never raises."""
    sources = [s for s in probe.sources if s.reason == DND]

    def active() -> bool:
        for source in sources:
            try:
                if source.active():
                    return True
            except Exception as exc:
                log.debug("do-not-disturb check for the chime failed: %r", exc)
        return False

    return active


class Chime:
    """Call it to play the chime once, in the background. Returns whether a player was
    started (False: sound off, do-not-disturb, nothing to play with, or it failed to start).
    """

    def __init__(
        self,
        enabled: Callable[[], bool],
        dnd: Callable[[], bool] = lambda: False,
        *,
        theme_dir: Path = THEME_DIR,
        which: Callable[[str], str | None] = shutil.which,
    ) -> None:
        self._enabled = enabled
        self._dnd = dnd
        self._theme_dir = theme_dir
        self._which = which
        self._running: subprocess.Popen[bytes] | None = None

    def command(self) -> Sequence[str] | None:
        """What would be run now, or None when there is nothing to play with."""
        sound = find_sound(self._theme_dir)
        player = find_player(self._which)
        if sound is None or player is None:
            return None
        name = Path(player).name
        return [player, *PLAYERS[name](*sound)]

    def __call__(self) -> bool:
        if not self._enabled() or self._dnd():
            return False
        if self._running is not None and self._running.poll() is None:
            return False  # the last chime is still sounding: one at a time
        command = self.command()
        if command is None:
            return False
        try:
            self._running = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as exc:
            log.info("could not play the chime with %s: %r", command[0], exc)
            return False
        return True
