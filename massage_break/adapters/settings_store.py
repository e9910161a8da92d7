"""Settings as JSON in the config directory: atomic writes, quarantine, newer-version guard."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

from massage_break.adapters.atomic import quarantine, write_atomic
from massage_break.adapters.words import translate
from massage_break.core.settings import (
    SCHEMA_VERSION,
    FutureVersionError,
    Settings,
    SettingsError,
    from_dict,
)

log = logging.getLogger(__name__)


class JsonSettingsStore:
    """Loads once at start; `notice` holds a message for the user when something was wrong."""

    def __init__(self, path: Path, now: datetime) -> None:
        self.path = path
        self._now = now
        self.read_only = False
        self.notice: str | None = None

    def load(self) -> Settings:
        self._remove_stale_temp_files()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            self.notice = translate(
                "notice", "Your settings could not be read (%1); using defaults.", exc.strerror
            )
            self.read_only = True
            return Settings()
        try:
            data = json.loads(raw.decode("utf-8"))
            settings, notes = from_dict(data)
        except FutureVersionError as exc:
            self.read_only = True
            self.notice = translate(
                "notice",
                "Your settings file was written by a newer version of Massage Break (%1). "
                "It is used as far as possible and will not be overwritten.",
                exc,
            )
            # read what this version understands of it (the file itself is never rewritten)
            return from_dict({**data, "schema_version": SCHEMA_VERSION})[0]
        except (UnicodeDecodeError, json.JSONDecodeError, SettingsError) as exc:
            try:
                moved = quarantine(self.path, self._now)
            except OSError as move_exc:  # a read-only folder: leave it, never overwrite it
                self.read_only = True
                self.notice = translate(
                    "notice",
                    "Your settings file could not be read, so the defaults are in use. "
                    "It could not be moved aside (%1) and was left as it is.",
                    move_exc.strerror,
                )
                log.warning("unreadable settings file left in place: %s (%s)", self.path, exc)
                return Settings()
            self.notice = translate(
                "notice",
                "Your settings file could not be read, so the defaults are in use. "
                "The old file was kept as %1.",
                moved.name,
            )
            log.warning("settings file quarantined: %s (%s)", moved, exc)
            return Settings()
        if notes:
            self.notice = translate(
                "notice", "Some settings were out of range and were reset: %1", "; ".join(notes)
            )
        return settings

    def _remove_stale_temp_files(self) -> None:
        """A save killed mid-write leaves its temp file; only one instance runs, so any left
        at start-up belong to a writer that is gone."""
        for leftover in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            try:
                leftover.unlink()
            except OSError as exc:
                log.debug("could not remove %s: %s", leftover, exc)

    def save(self, settings: Settings) -> None:
        """Raises OSError (disk full, read-only) with the previous file intact."""
        if self.read_only:
            raise PermissionError(
                "settings were written by a newer version or could not be read; not overwriting"
            )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(settings.to_dict(), indent=2, sort_keys=True).encode("utf-8") + b"\n"
        write_atomic(self.path, data)
