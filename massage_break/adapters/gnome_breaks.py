"""GNOME's own break reminders (GNOME 48 and later: Settings → Wellbeing).

GNOME keeps them in the GSettings schema `org.gnome.desktop.break-reminders`: the key
`selected-breaks` lists the kinds that are on ("movement", "eyesight"), and the child schemas
`.movement` and `.eyesight` hold each kind's interval, duration, sound and screen fading.
Older GNOME (Debian 12 has 43) has no such schema, and then there is nothing to read.

The values are read and written with the `gsettings` command, as GNOME Settings itself would
change them: the write goes through the desktop's GSettings backend (dconf), so GNOME Shell is
told about the change at once. Schema defaults and system-wide values are honoured (a plain
read of the user's dconf file would see neither). One short process per read; nothing runs
outside a GNOME session.
"""

from __future__ import annotations

import ast
import logging
import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass

log = logging.getLogger(__name__)

SCHEMA = "org.gnome.desktop.break-reminders"
KEY = "selected-breaks"
MOVEMENT = "movement"
#: GNOME's default interval between movement breaks (the schema's `interval-seconds`)
DEFAULT_INTERVAL = 1800


class GnomeBreaksError(OSError):
    """GNOME's setting could not be changed (the message says why)."""


@dataclass(frozen=True)
class GnomeBreaks:
    """What GNOME's break reminders are set to."""

    selected: tuple[str, ...]  # the kinds that are on, as GNOME lists them
    movement_interval: int = DEFAULT_INTERVAL  # seconds between movement breaks

    @property
    def movement_on(self) -> bool:
        return MOVEMENT in self.selected

    @property
    def movement_minutes(self) -> int:
        return max(1, round(self.movement_interval / 60))


def on_gnome(env: Mapping[str, str] | None = None) -> bool:
    """Is this a GNOME session (XDG_CURRENT_DESKTOP names GNOME, e.g. "ubuntu:GNOME")?"""
    desktops = (os.environ if env is None else env).get("XDG_CURRENT_DESKTOP", "")
    return "gnome" in (name.strip().lower() for name in desktops.split(":"))


class GnomeBreakSettings:
    """Reads and changes GNOME's break reminders through `gsettings`."""

    def __init__(
        self,
        env: Mapping[str, str] | None = None,
        *,
        gsettings: str | None = None,
        timeout: float = 5.0,
    ) -> None:
        self._env = dict(os.environ if env is None else env)
        self._gsettings = gsettings or shutil.which("gsettings", path=self._env.get("PATH"))
        self._timeout = timeout

    def read(self) -> GnomeBreaks | None:
        """GNOME's break reminders, or None where there are none to read (not a GNOME
        session, no `gsettings`, a GNOME without the schema, or an answer that makes no
        sense)."""
        if not on_gnome(self._env) or self._gsettings is None:
            return None
        try:
            return self._current()
        except GnomeBreaksError as exc:
            log.info("GNOME's break reminders not read: %s", exc)
            return None

    def turn_off_movement(self) -> GnomeBreaks:
        """Take "movement" out of GNOME's selected breaks (eyesight breaks stay as they are),
        and read it back. Returns what GNOME is set to now; raises GnomeBreaksError."""
        if self._gsettings is None:
            raise GnomeBreaksError("the gsettings command is not installed")
        kept = [kind for kind in self._current().selected if kind != MOVEMENT]
        self._run("set", SCHEMA, KEY, gvariant_strings(kept))
        # gsettings says nothing when dconf could not be reached: only a read tells
        after = self._current()
        if after.movement_on:
            raise GnomeBreaksError("GNOME kept its movement breaks on (is dconf running?)")
        return after

    def _current(self) -> GnomeBreaks:
        found = parse_listing(self._run("list-recursively", SCHEMA))
        if found is None:
            raise GnomeBreaksError(f"{SCHEMA} is not the schema GNOME ships")
        return found

    def _run(self, *args: str) -> str:
        assert self._gsettings is not None
        try:
            done = subprocess.run(
                [self._gsettings, *args],
                env=self._env,
                capture_output=True,
                text=True,
                timeout=self._timeout,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise GnomeBreaksError(f"gsettings {args[0]} failed: {exc}") from exc
        if done.returncode != 0:
            why = done.stderr.strip() or f"exit status {done.returncode}"
            raise GnomeBreaksError(f"gsettings {args[0]}: {why}")
        return done.stdout


def parse_listing(text: str) -> GnomeBreaks | None:
    """`gsettings list-recursively org.gnome.desktop.break-reminders` as GnomeBreaks; None
    when the selected breaks are missing or not a list of strings."""
    selected: tuple[str, ...] | None = None
    interval = DEFAULT_INTERVAL
    for line in text.splitlines():
        parts = line.split(None, 2)
        if len(parts) != 3:
            continue
        schema, key, value = parts
        if schema == SCHEMA and key == KEY:
            selected = parse_strings(value)
        elif schema == f"{SCHEMA}.{MOVEMENT}" and key == "interval-seconds":
            number = value.removeprefix("uint32").strip()
            if number.isdigit() and int(number) > 0:
                interval = int(number)
    if selected is None:
        return None
    return GnomeBreaks(selected, interval)


def parse_strings(value: str) -> tuple[str, ...] | None:
    """A GVariant string array in text form ("['movement']", "@as []"), or None."""
    text = value.strip().removeprefix("@as").strip()
    try:
        items = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        return None
    return tuple(items)


def gvariant_strings(items: list[str]) -> str:
    """The GVariant text form of a string array, as `gsettings set` takes it."""
    if not items:
        return "@as []"
    quoted = ("'" + i.replace("\\", "\\\\").replace("'", "\\'") + "'" for i in items)
    return "[" + ", ".join(quoted) + "]"
