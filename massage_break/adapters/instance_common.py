"""What both single-instance implementations share (the stdlib one in single_instance.py and
the Qt one in single_instance_qt.py): limits, the error, and how a client waits for an
instance that holds its lock but is not answering yet."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

MAX_MESSAGE = 4096
START_WAIT = 5.0  # how long a client waits for a starting instance to open its socket
POLL = 0.05
Handler = Callable[[dict[str, Any]], dict[str, Any]]


class AlreadyRunning(RuntimeError):
    pass


def ask_while_starting(
    send: Callable[[], dict[str, Any]],
    holder: Callable[[], object | None],
    start_wait: float = START_WAIT,
) -> dict[str, Any] | None:
    """`send()`'s reply; None when no instance runs. An instance that holds the lock
    (`holder()` is not None) but does not answer yet is starting: wait for it, up to
    `start_wait` seconds, rather than report it as not running."""
    for _ in range(max(int(start_wait / POLL), 1)):
        try:
            return send()
        except (OSError, ValueError):
            if holder() is None:
                return None
        time.sleep(POLL)
    return None


def answer(line: bytes, handler: Handler) -> dict[str, Any]:
    """The reply to one command line: the handler's, or a refusal of a malformed line."""
    try:
        message = json.loads(line.decode())
        if not isinstance(message, dict) or not isinstance(message.get("command"), str):
            raise ValueError("expected an object with a 'command'")
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # deep nesting too
        log.warning("refused a malformed command: %s", exc)
        return {"ok": False, "error": f"malformed command: {exc}"}
    return handler(message)
