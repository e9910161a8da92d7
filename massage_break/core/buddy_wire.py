"""Break buddy: the messages two paired computers exchange, and how they look on the wire.

One JSON object per line, UTF-8, at most `MAX_LINE` bytes including the newline:
`{"v": 1, "kind": K, "seq": N, "body": {...}}`. Every field of every kind is checked here;
anything else is a `BadMessage`. `Inbox` is the replay guard of one connection and
`LineBuffer` cuts a byte stream into checked messages. Pure: no sockets, no clock.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

VERSION = 1
#: the longest line, newline included
MAX_LINE = 8192
#: the highest sequence number (kept exact in every JSON reader)
MAX_SEQ = 2**53 - 1

_ID = re.compile(r"[A-Za-z0-9_-]{1,40}")


class BadMessage(ValueError):
    """A line that is not a valid message; `reason` says why in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Message:
    kind: str
    seq: int
    body: dict[str, object]


_Check = Callable[[object], bool]


def _is_int(value: object, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def _int(low: int, high: int) -> _Check:
    return lambda value: _is_int(value, low, high)


def _text(low: int, high: int) -> _Check:
    return lambda value: (
        isinstance(value, str) and low <= len(value) <= high and value.isprintable()
    )


def _one_of(*choices: str) -> _Check:
    return lambda value: isinstance(value, str) and value in choices


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


def _is_id(value: object) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def _is_gate_result(value: object) -> bool:
    return value is None or isinstance(value, bool) or _is_int(value, 0, 10)


_ROUTINE = _text(1, 400)
_PERSON = _one_of("A", "B")

#: kind -> field -> check; a body has exactly these fields
KINDS: dict[str, dict[str, _Check]] = {
    "hello": {"name": _text(1, 40), "at_desk": _is_bool},
    "presence": {"at_desk": _is_bool},
    "ping": {},
    "pong": {},
    "forget": {},
    "invite": {
        "break": _is_id,
        "routine": _ROUTINE,
        "tier": _is_id,
        "sitting_s": _int(0, 86400),
    },
    "answer": {
        "break": _is_id,
        "answer": _one_of("join", "later", "decline", "busy"),
        "minutes": _int(0, 60),
    },
    "start": {"break": _is_id, "routine": _ROUTINE},
    "step": {
        "break": _is_id,
        "index": _int(0, 999),
        "paused": _is_bool,
        "elapsed_ms": _int(0, 86_400_000),
        "by": _PERSON,
    },
    "gate": {"break": _is_id, "gate": _text(1, 40), "result": _is_gate_result},
    "reshape": {
        "break": _is_id,
        "how": _one_of("gentle", "one_receiver", "skip_second", "fallback"),
        "receiver": _one_of("A", "B", ""),
    },
    "bye": {"break": _is_id, "reason": _one_of("done", "stopped", "closed", "alone")},
}
#: kinds that belong to one shared break (delivered whole to `BuddyEvents.shared`)
SHARED_KINDS = ("start", "step", "gate", "reshape", "bye")


def _checked(kind: object, seq: object, body: object) -> Message:
    if not isinstance(kind, str) or kind not in KINDS:
        raise BadMessage("unknown kind")
    if not _is_int(seq, 1, MAX_SEQ):
        raise BadMessage("bad seq")
    if not isinstance(body, Mapping):
        raise BadMessage("body is not an object")
    fields = KINDS[kind]
    if set(body) != set(fields):
        raise BadMessage(f"{kind}: wrong fields")
    for name, check in fields.items():
        if not check(body[name]):
            raise BadMessage(f"{kind}: bad {name}")
    assert isinstance(seq, int)  # checked by _is_int; tells the type checker
    return Message(kind, seq, dict(body))


def encode(kind: str, seq: int, body: Mapping[str, object]) -> bytes:
    """The line for one message, newline included; raises BadMessage if it is not valid."""
    message = _checked(kind, seq, body)
    payload = {"v": VERSION, "kind": message.kind, "seq": message.seq, "body": message.body}
    line = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(line) + 1 > MAX_LINE:
        raise BadMessage("too long")
    return line + b"\n"


def decode(line: bytes) -> Message:
    """One received line (its newline optional) as a Message; anything wrong: BadMessage."""
    if len(line) > MAX_LINE or (len(line) == MAX_LINE and not line.endswith(b"\n")):
        raise BadMessage("too long")
    try:
        data = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadMessage("not UTF-8") from None
    except (ValueError, RecursionError):
        raise BadMessage("not JSON") from None
    if not isinstance(data, dict):
        raise BadMessage("not an object")
    if set(data) != {"v", "kind", "seq", "body"}:
        raise BadMessage("wrong fields")
    if not _is_int(data["v"], VERSION, VERSION):
        raise BadMessage("unknown version")
    return _checked(data["kind"], data["seq"], data["body"])


class Inbox:
    """The replay guard of one connection: each accepted seq must be above the last one."""

    def __init__(self) -> None:
        self.last_seq = 0

    def accept(self, message: Message) -> bool:
        if message.seq <= self.last_seq:
            return False
        self.last_seq = message.seq
        return True


class Outbox:
    """Numbers the messages sent on one connection, from 1."""

    def __init__(self) -> None:
        self.last_seq = 0

    def encode(self, kind: str, body: Mapping[str, object]) -> bytes:
        line = encode(kind, self.last_seq + 1, body)
        self.last_seq += 1
        return line


class LineBuffer:
    """Cuts received bytes into lines and decodes them. A line longer than `MAX_LINE` is
    skipped up to its newline and reported once as BadMessage("too long")."""

    def __init__(self) -> None:
        self._pending = b""
        self._skipping = False

    def feed(self, data: bytes) -> list[Message | BadMessage]:
        out: list[Message | BadMessage] = []
        self._pending += data
        while True:
            end = self._pending.find(b"\n")
            if end < 0:
                if len(self._pending) >= MAX_LINE:
                    if not self._skipping:
                        out.append(BadMessage("too long"))
                    self._skipping = True
                    self._pending = b""
                return out
            line, self._pending = self._pending[: end + 1], self._pending[end + 1 :]
            if self._skipping:
                self._skipping = False
                continue
            try:
                out.append(decode(line))
            except BadMessage as exc:
                out.append(exc)
