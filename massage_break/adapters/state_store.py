"""Runtime state in the state directory's state.json: the end of a pause, so that a restart
during "pause until tomorrow" keeps the pause, and the answers to questions asked only once
(e.g. what to do about GNOME's own break reminders). Written atomically; a file that cannot
be read is set aside like the settings, and the app starts unpaused."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from massage_break.adapters.atomic import quarantine, write_atomic
from massage_break.adapters.words import translate

log = logging.getLogger(__name__)

STATE_VERSION = 1


class JsonStateStore:
    def __init__(self, path: Path, now: datetime) -> None:
        self.path = path
        self._now = now
        self.notice: str | None = None
        self._saved: datetime | None = None
        self._answers: dict[str, str] = {}
        self._loaded = False

    def load_pause(self) -> datetime | None:
        """The saved end of a pause, or None (none saved, or an unreadable file set aside).
        Reads the saved answers too."""
        self._loaded = True
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("state file unreadable: %s (%s)", self.path, exc)
            return None
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
                raise ValueError("not a state object of a known version")
            answers = data.get("answers", {})
            if isinstance(answers, dict):  # anything else: forgotten, asked again
                self._answers = {
                    k: v for k, v in answers.items() if isinstance(k, str) and isinstance(v, str)
                }
            until = data.get("paused_until")
            if until is None:
                return None
            if not isinstance(until, str):
                raise ValueError("paused_until is not a time")
            at = datetime.fromisoformat(until)
            if at.tzinfo is None:
                raise ValueError("paused_until has no time zone")
        except (UnicodeDecodeError, ValueError) as exc:
            self._set_aside(exc)
            return None
        self._saved = at.astimezone(UTC)
        return self._saved

    def _set_aside(self, why: Exception) -> None:
        try:
            moved = quarantine(self.path, self._now)
        except OSError as exc:
            log.warning("unreadable state file left in place: %s (%s; %s)", self.path, why, exc)
            return
        self.notice = translate(
            "notice",
            "The saved pause could not be read, so reminders start unpaused. "
            "The old file was kept as %1.",
            moved.name,
        )
        log.warning("state file quarantined: %s (%s)", moved, why)

    def save_pause(self, until: datetime | None) -> None:
        """Write the end of the pause (None: not paused) if it changed. Raises OSError."""
        if until == self._saved:
            return
        self._write(until, self._answers)
        self._saved = until

    def answer(self, question: str) -> str | None:
        """The answer saved for a question asked once, or None (not asked yet)."""
        if not self._loaded:
            self.load_pause()
        return self._answers.get(question)

    def save_answer(self, question: str, answer: str) -> None:
        """Remember the answer to a question asked once. Raises OSError."""
        if not self._loaded:
            self.load_pause()
        answers = {**self._answers, question: answer}
        self._write(self._saved, answers)
        self._answers = answers

    def _write(self, until: datetime | None, answers: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data: dict[str, object] = {
            "version": STATE_VERSION,
            "paused_until": until.astimezone(UTC).isoformat() if until is not None else None,
        }
        if answers:
            data["answers"] = answers
        write_atomic(self.path, json.dumps(data, indent=2).encode("utf-8") + b"\n")
