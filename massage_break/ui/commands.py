"""The command protocol of `massage-break break-now | pause | resume | status | history |
quit | buddy ...`: one JSON message in, one reply out, for the instance's command socket."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from massage_break.log import event
from massage_break.ui.buddy_control import address_ok
from massage_break.ui.controller import AppController

if TYPE_CHECKING:
    from massage_break.core.buddy import Buddy, PairResult
    from massage_break.ui.buddy_control import BuddyControl

MAX_PAUSE_MIN = 24 * 60
BUDDY_OFF = "Break buddy is off: turn it on with `massage-break buddy on`"
#: what each pairing error means, for the command line
PAIR_WORDS = {
    "wrong_code": "the code was wrong",
    "no_code": "that computer is not showing a pairing code",
    "unreachable": "could not reach that address",
    "timeout": "no answer in time",
    "refused": "that computer refused to pair",
    "bad_address": "not an address: use HOST:PORT",
}


def buddy_json(b: Buddy) -> dict[str, Any]:
    return {"name": b.name, "fingerprint": b.fingerprint, "online": b.online, "at_desk": b.at_desk}


def pair_json(result: PairResult) -> dict[str, Any]:
    return {
        "ok": result.ok,
        "error": result.error,
        "message": PAIR_WORDS.get(result.error, result.error) if not result.ok else "",
        "buddy": buddy_json(result.buddy) if result.buddy is not None else None,
    }


class CommandHandler:
    """Turns a command message into a controller input and answers with the status."""

    def __init__(self, controller: AppController, buddy: BuddyControl | None = None) -> None:
        self.controller = controller
        self.buddy = buddy

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
        elif command in ("show", "run"):  # a second start ("run": from older versions)
            c.window_requested.emit()
        elif command == "history":
            c.history_requested.emit()
        elif command == "history-changed":
            c.history_changed.emit()
        elif command == "quit":
            c.quit_requested.emit()
        elif command == "buddy":
            return self.buddy_command(message)
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
            # the source in use, or "unavailable" (none works here, or the compositor left)
            "activity_detection": c.idle_source.name if c.idle_source.available else "unavailable",
            "detection_available": s.detection_available,
            "notifier": c.notifier.name,
            "tier": c.engine.tier_id(now),
            "holding": s.holding,
            "in_hours": s.in_hours,
            "locked": s.locked,
            "reason": c.reason(),
            "text": c.tooltip(),
            "buddy": {
                "on": self.buddy is not None and self.buddy.on,
                "buddies": [b.name for b in self.buddy.buddies() if b.online]
                if self.buddy is not None
                else [],
            },
        }

    def buddy_command(self, message: dict[str, Any]) -> dict[str, Any]:
        """`buddy on|off|invite|join|result|list|forget`. `join` only starts the pairing and
        answers with a token; the command line then asks for `result` with it until the
        pairing is done, so the app's event loop never waits on the network."""
        b = self.buddy
        action = message.get("action")
        if b is None:
            return {"ok": False, "error": "break buddy is not available in this build"}
        if action in ("on", "off"):
            return self._switch(action == "on")
        if action not in ("invite", "join", "result", "list", "forget"):
            return {"ok": False, "error": f"unknown buddy command {action!r}"}
        if action == "invite":
            code = b.show_code()  # None while off
            if code is None:
                return {"ok": False, "error": BUDDY_OFF}
            return {
                "ok": True,
                "code": code.code,
                "addresses": list(code.addresses),
                "tries_left": code.tries_left,
            }
        if b.port is None:
            return {"ok": False, "error": BUDDY_OFF}
        if action == "join":
            address, code = message.get("address"), message.get("code")
            if not isinstance(address, str) or not address_ok(address):
                return {"ok": False, "error": PAIR_WORDS["bad_address"]}
            if not isinstance(code, str) or not code.strip():
                return {"ok": False, "error": "the pairing code is missing"}
            return {"ok": True, "token": b.pair(address, code.strip())}
        if action == "result":
            result = b.results.get(str(message.get("token", "")))
            if result is None:
                return {"ok": True, "done": False}
            return {"ok": True, "done": True, "result": pair_json(result)}
        if action == "list":
            return {"ok": True, "buddies": [buddy_json(x) for x in b.buddies()]}
        who = message.get("name")
        if not isinstance(who, str) or not who:
            return {"ok": False, "error": "forget needs a buddy's name"}
        if not b.forget(who):
            return {"ok": False, "error": f"no buddy named {who!r}"}
        return {"ok": True}

    def _switch(self, on: bool) -> dict[str, Any]:
        c = self.controller
        try:
            c.apply_settings(replace(c.settings, buddy=on))
        except OSError as exc:
            return {"ok": False, "error": f"could not save the setting: {exc}"}
        if on and self.buddy is not None and not self.buddy.on:
            return {"ok": False, "error": "break buddy could not start (see the app's log)"}
        return {"ok": True, "on": on}
