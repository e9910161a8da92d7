"""An in-process break-buddy service and a routine window's shared-break side, recording
what BuddyControl asked of them."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal

from massage_break.core.buddy import (
    BreakInvite,
    Buddy,
    BuddyEvents,
    Nearby,
    PairingCode,
    PairResult,
)

ANA = Buddy("Ana", "a" * 64, online=True, at_desk=True)


class FakeBuddyPort:
    def __init__(self, events: BuddyEvents, name: str = "") -> None:
        self.events = events
        self.name = name
        self.started = self.stopped = False
        self.list: list[Buddy] = []
        self.at_desk: list[bool] = []
        self.invites: list[tuple[str, BreakInvite]] = []
        self.answers: list[tuple[str, str, str, int]] = []
        self.sent: list[tuple[str, str, str, dict[str, object]]] = []
        self.pairing: list[tuple[str, str, Callable[[PairResult], None]]] = []
        self.code: PairingCode | None = None
        self.forgotten: list[str] = []
        self.names: list[str] = []

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        self.stopped = True

    def buddies(self) -> tuple[Buddy, ...]:
        return tuple(self.list)

    def show_code(self) -> PairingCode:
        self.code = PairingCode("4829-1736", ("192.168.1.20:47321",))
        return self.code

    def hide_code(self) -> None:
        self.code = None

    def nearby(self) -> tuple[Nearby, ...]:
        return (Nearby("f3a9c2d1e0", "192.168.1.31:47000"),)

    def pair(self, address: str, code: str, done: Callable[[PairResult], None]) -> None:
        self.pairing.append((address, code, done))

    def forget(self, who: str) -> bool:
        kept = [b for b in self.list if who not in (b.name, b.fingerprint)]
        found = len(kept) != len(self.list)
        self.list = kept
        if found:
            self.forgotten.append(who)
        return found

    def set_at_desk(self, at_desk: bool) -> None:
        self.at_desk.append(at_desk)

    def invite(self, fingerprint: str, invite: BreakInvite) -> None:
        self.invites.append((fingerprint, invite))

    def answer(self, fingerprint: str, break_id: str, answer: str, minutes: int = 0) -> None:
        self.answers.append((fingerprint, break_id, answer, minutes))

    def send(self, fingerprint: str, break_id: str, kind: str, body: Mapping[str, object]) -> None:
        self.sent.append((fingerprint, break_id, kind, dict(body)))

    def set_name(self, name: str) -> None:
        self.names.append(name)


class FakeSharedWindow(QObject):
    """What BuddyControl calls on a shared break's routine window."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[tuple[str, dict[str, object]]] = []
        self.answers: list[tuple[str, int]] = []
        self.lost: list[str] = []

    def receive(self, kind: str, body: Mapping[str, object]) -> None:
        self.received.append((kind, dict(body)))

    def answered(self, answer: str, minutes: int) -> None:
        self.answers.append((answer, minutes))

    def link_lost(self, reason: str) -> None:
        self.lost.append(reason)


class FakeInviteNotice(QObject):
    answered = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str]] = []
        self.withdrawn = 0
        self.closed = False

    def show(self, title: str, body: str) -> None:
        self.shown.append((title, body))

    def withdraw(self) -> None:
        self.withdrawn += 1

    def close(self) -> None:
        self.closed = True
