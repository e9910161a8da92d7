"""Logging: readable lines by default, JSON lines with --log-json (the e2e tests read them)."""

from __future__ import annotations

import logging
import sys
from typing import Any

LOGGER = logging.getLogger("massage_break")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        import json  # only with --log-json: kept off the start-up path otherwise

        payload: dict[str, Any] = {
            "t": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        payload.update(getattr(record, "fields", {}))
        return json.dumps(payload, default=str)


def setup(level: str = "info", json_lines: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if json_lines:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # APScheduler logs every job run at INFO; the idle probe would flood the log.
    logging.getLogger("apscheduler").setLevel(max(root.level, logging.WARNING))


def event(name: str, **fields: Any) -> None:
    """A named event: `name` is the message, fields go into the JSON line."""
    LOGGER.info(name, extra={"fields": {"event": name, **fields}})
