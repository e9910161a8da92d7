"""The one error every idle source raises when it cannot work here."""

from __future__ import annotations


class IdleUnavailable(RuntimeError):
    """This idle source cannot work in this session; the message says why."""
