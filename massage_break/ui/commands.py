"""The command protocol of `massage-break break-now | pause | resume | status | history |
quit`: one JSON message in, one reply out, for the instance's command socket."""

from __future__ import annotations

from typing import Any

from massage_break.log import event
from massage_break.ui.controller import AppController

MAX_PAUSE_MIN = 24 * 60


class CommandHandler:
    """Turns a command message into a controller input and answers with the status."""

    def __init__(self, controller: AppController) -> None:
        self.controller = controller

    def handle(self, message: dict[str, Any]) -> dict[str, Any]:
        c = self.controller
        command = message.get("command")
        event("command", command=command)
        if command == "break-now":
            c.take_break_now()
        elif command == "pause":
            minutes = message.get("minutes")
            if message.get("until") == "tomorrow":
                c.pause_until_tomorrow()
            elif (
                isinstance(minutes, int)
                and not isinstance(minutes, bool)
                and (0 < minutes <= MAX_PAUSE_MIN)
            ):
                c.pause_for(minutes)
            else:
                return {"ok": False, "error": "pause needs minutes (1 to 1440) or 'tomorrow'"}
        elif command == "resume":
            c.resume()
        elif command == "run":
            c.settings_requested.emit()
        elif command == "history":
            c.history_requested.emit()
        elif command == "history-changed":
            c.history_changed.emit()
        elif command == "quit":
            c.quit_requested.emit()
        elif command != "status":
            return {"ok": False, "error": f"unknown command {command!r}"}
        return {"ok": True, "status": self.status()}

    def status(self) -> dict[str, Any]:
        c = self.controller
        s = c.status
        now = c.clock.now()
        return {
            "activity": str(s.activity),
            "sitting_seconds": s.sitting_seconds,
            "sitting_minutes": round(s.sitting_seconds / c.minute.total_seconds(), 1),
            "next_break_at": s.next_break_at.isoformat() if s.next_break_at else None,
            "paused_until": s.paused_until.isoformat() if s.paused_until else None,
            "prompting": s.prompting,
            "routine_open": c.engine.showing is not None,
            "snoozes_left": s.snoozes_left,
            "detection": c.idle_source.name,
            "detection_available": s.detection_available,
            "notifier": c.notifier.name,
            "tier": c.engine.tier_id(now),
            "holding": s.holding,
            "in_hours": s.in_hours,
            "locked": s.locked,
            "reason": c.reason(),
            "text": c.tooltip(),
        }
