"""Break buddy: what the app and its network service say to each other.

Pure data and interfaces: no sockets, no crypto, no Qt. The service that implements
`BuddyPort` lives in adapters/buddy/ and is imported only while the feature is on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

#: how a buddy can answer "<name> is taking a break: join?"
ANSWERS = ("join", "later", "decline")
#: "join in N minutes" offers these N
LATER_MINUTES = (5, 10)
#: why pairing failed (ui/ holds the words)
PAIR_ERRORS = ("wrong_code", "no_code", "unreachable", "timeout", "refused", "bad_address")


@dataclass(frozen=True)
class Buddy:
    """A paired computer, named by the name its user chose to show."""

    name: str
    fingerprint: str  # SHA-256 of the buddy's certificate, lower-case hex: who they are
    online: bool = False  # a live, authenticated link right now
    at_desk: bool = False  # the buddy's app says its user is at the keyboard


@dataclass(frozen=True)
class PairingCode:
    """A code shown on this computer for the other person to type; never sent anywhere."""

    code: str  # e.g. "4829-1736"
    addresses: tuple[str, ...]  # "192.168.1.20:47321": where this computer listens
    tries_left: int = 3


@dataclass(frozen=True)
class Nearby:
    """A computer found on the local network: only the random id it advertises."""

    id: str
    address: str  # "host:port"


@dataclass(frozen=True)
class PairResult:
    ok: bool
    buddy: Buddy | None = None
    error: str = ""  # "" when ok, else one of PAIR_ERRORS


@dataclass(frozen=True)
class BreakInvite:
    """ "<name> is taking a break: join?" as the invited side receives it."""

    break_id: str  # chosen by the inviter, random, names the shared break on both sides
    buddy: Buddy  # who invites
    routine_id: str  # the partner routine both windows play (composer ids rebuild it)
    tier: str
    sitting_seconds: int


class BuddyEvents(Protocol):
    """What the service reports. Always called on the app's (Qt) thread."""

    def buddies_changed(self) -> None:
        """Paired, forgotten, came online, went offline, at desk or not."""

    def code_replaced(self, code: PairingCode | None) -> None:
        """Three wrong tries: a new code (None: pairing was closed)."""

    def invited(self, invite: BreakInvite) -> None: ...

    def answered(self, fingerprint: str, break_id: str, answer: str, minutes: int) -> None: ...

    def shared(
        self, fingerprint: str, break_id: str, kind: str, body: Mapping[str, object]
    ) -> None:
        """A message of a shared break (kinds "start", "step", "gate", "reshape", "bye")."""

    def link_lost(self, fingerprint: str, reason: str) -> None: ...


class BuddyPort(Protocol):
    """The break-buddy service. Methods never block on the network; results arrive
    through `BuddyEvents` or the callback given."""

    def start(self) -> None:
        """Listen, advertise the random id, connect to paired buddies."""

    def stop(self) -> None:
        """Close every socket; nothing listens afterwards."""

    def buddies(self) -> tuple[Buddy, ...]: ...

    def show_code(self) -> PairingCode:
        """A fresh code; pairing is open until `hide_code` or a successful pairing."""

    def hide_code(self) -> None: ...

    def nearby(self) -> tuple[Nearby, ...]: ...

    def pair(self, address: str, code: str, done: Callable[[PairResult], None]) -> None:
        """Pair with the computer at `address`; `done` is called on the app's thread."""

    def forget(self, who: str) -> bool:
        """Forget a buddy by name or fingerprint; False if there is none."""

    def set_at_desk(self, at_desk: bool) -> None: ...

    def invite(self, fingerprint: str, invite: BreakInvite) -> None:
        """Send an invitation (its `buddy` field is ignored: the peer knows who we are)."""

    def answer(self, fingerprint: str, break_id: str, answer: str, minutes: int = 0) -> None: ...

    def send(self, fingerprint: str, break_id: str, kind: str, body: Mapping[str, object]) -> None:
        """A message of a shared break."""


class SharedLink(Protocol):
    """One shared break as a routine window sees it: who this screen's person is and a way
    to tell the other screen. The controller delivers the buddy's messages to the window."""

    me: str  # "A" (the person who invited) or "B" (the person who joined)
    buddy_name: str
    break_id: str

    def send(self, kind: str, body: Mapping[str, object]) -> None: ...
