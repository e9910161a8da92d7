"""Combines "is now a bad moment?" sources; a failing source never stops a reminder."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Protocol

log = logging.getLogger(__name__)

FULLSCREEN = "fullscreen"
DND = "dnd"
CALL = "call"
INHIBITED = "inhibited"  # another program keeps the session from going idle (video, slides)
REASONS = frozenset({FULLSCREEN, DND, CALL, INHIBITED})


class ContextUnavailable(RuntimeError):
    """A source cannot work on this system (raised only while it is being created)."""


class ContextSource(Protocol):
    """One signal. `active()` may raise; `ContextProbe` treats that as "not deferring"."""

    reason: str  # one of REASONS
    name: str  # backend, for logs: "x11", "dbus", "proc", "none"

    def active(self) -> bool: ...

    def close(self) -> None: ...


class NullSource:
    """Used where a signal cannot be read (Wayland, macOS, no session bus): never active."""

    name = "none"

    def __init__(self, reason: str, why: str = "") -> None:
        self.reason = reason
        self.why = why

    def active(self) -> bool:
        return False

    def close(self) -> None:
        pass


class ContextProbe:
    """`reasons()` is the subset of REASONS that holds right now.

    Call it when a reminder is due and again while it is held back. It never raises: a source
    that fails is logged (a warning the first time, debug after that) and counts as inactive.
    """

    def __init__(self, sources: Iterable[ContextSource]) -> None:
        self._sources = tuple(sources)
        self._warned: set[int] = set()
        self.name = " ".join(f"{s.reason}={s.name}" for s in self._sources) or "none"

    @property
    def sources(self) -> tuple[ContextSource, ...]:
        return self._sources

    def reasons(self) -> frozenset[str]:
        found: set[str] = set()
        for index, source in enumerate(self._sources):
            if source.reason in found:
                continue
            try:
                if source.active():
                    found.add(source.reason)
            except Exception as exc:
                if index in self._warned:
                    log.debug("context source %s/%s failed: %r", source.reason, source.name, exc)
                else:
                    self._warned.add(index)
                    log.warning(
                        "context source %s/%s failed, treated as inactive: %r",
                        source.reason,
                        source.name,
                        exc,
                    )
        return frozenset(found)

    def close(self) -> None:
        for source in self._sources:
            try:
                source.close()
            except Exception as exc:
                log.debug("closing context source %s failed: %r", source.name, exc)
