"""Break buddy: the rules of one partner routine played on two screens (times are passed in).

Person "A" invited and "B" joined, on both screens. Partner routines play A-receives-first.
Three sets of rules keep the screens together:

- roles: what this screen's person does on a screen ("give", "receive", "both" or nothing);
- step sync: the player state as a `step` body, and when a received one is applied. A wins a
  tie: when both act within `TIE_SECONDS`, B adopts A's state and A answers B's crossing
  message with its own. A also sends its state at every automatic screen change and every
  `HEARTBEAT_SECONDS`; B adopts it when it differs by more than `DRIFT_SECONDS`;
- gate votes: each person answers only their own questions, on their own screen; a gate is
  decided once both screens answered it (a "no" to consent or to the swap decides at once).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from massage_break.core.catalog import Routine
from massage_break.core.partner import RECEIVER, decide
from massage_break.core.player import Player, Screen

PEOPLE = ("A", "B")
TIE_SECONDS = 1.0  # a message from the other screen this soon after a local change crossed it
HEARTBEAT_SECONDS = 5.0  # A sends its state at least this often
DRIFT_SECONDS = 0.5  # B follows A's clock when the two differ by more than this
RESHAPES = ("gentle", "one_receiver", "skip_second", "fallback")


def other(person: str) -> str:
    return "B" if person == "A" else "A"


def role_of(screen: Screen, me: str, receiver: str = "A") -> str:
    """ "give", "receive", "both" (a shared step) or "" (nothing for this person, or a gate).
    `receiver` is who receives in a routine without turns ("giver"/"receiver" screens)."""
    who = screen.who
    if who == "both":
        return "both"
    named = screen.receiver in PEOPLE
    person = screen.receiver if named else receiver
    if not (named or who in ("receiver", "giver_to_receiver")):
        return ""
    if me == person:
        return "receive"
    return "" if who == "receiver" else "give"


# ---- step sync --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One screen's player state as the `step` message carries it."""

    index: int
    paused: bool
    elapsed_ms: int
    by: str

    def body(self) -> dict[str, object]:
        return {
            "index": self.index,
            "paused": self.paused,
            "elapsed_ms": self.elapsed_ms,
            "by": self.by,
        }

    @property
    def place(self) -> tuple[int, bool]:
        return self.index, self.paused


def step_of(player: Player, now: float, by: str) -> Step:
    return Step(player.index, player.paused, round(player.elapsed(now) * 1000), by)


def parse_step(body: Mapping[str, object], screens: int) -> Step | None:
    """The step in a received body, or None when it does not fit this break's screens."""
    index, paused = body.get("index"), body.get("paused")
    elapsed, by = body.get("elapsed_ms"), body.get("by")
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < screens:
        return None
    if not isinstance(elapsed, int) or isinstance(elapsed, bool) or elapsed < 0:
        return None
    if not isinstance(paused, bool) or by not in PEOPLE:
        return None
    return Step(index, paused, elapsed, str(by))


def set_step(player: Player, step: Step, now: float) -> None:
    """Put the player where the step says: that screen, paused or not, that far in."""
    player.finished = False
    player.index = step.index
    player.started = now - step.elapsed_ms / 1000
    player.paused_at = now if step.paused else None


@dataclass
class StepSync:
    """When a received step is applied. `changed` records this screen's own clicks."""

    me: str
    changed_at: float | None = None
    before: Step | None = None  # the state just before the last own click
    beat_at: float | None = None

    def changed(self, before: Step, now: float) -> None:
        """This person clicked Back, Pause or Next; `before` is the state before the click."""
        self.changed_at, self.before = now, before

    def _stale(self, incoming: Step, now: float) -> bool:
        """The other screen sent this before it saw this screen's click: the state from
        before the click, that much later (A restarting the same screen is not stale)."""
        if self.changed_at is None or self.before is None or now - self.changed_at >= TIE_SECONDS:
            return False
        since = 0.0 if self.before.paused else now - self.changed_at
        expected = self.before.elapsed_ms + since * 1000
        near = abs(incoming.elapsed_ms - expected) <= TIE_SECONDS * 1000
        return incoming.place == self.before.place and near

    def receive(self, incoming: Step, mine: Step, now: float) -> str:
        """What to do with the other screen's step: "apply", "ignore", or (on A) "answer":
        ignore it and send A's own state, because both acted at once and A breaks the tie."""
        if self.me == "A":
            crossing = self.changed_at is not None and now - self.changed_at < TIE_SECONDS
            return "answer" if crossing else "apply"
        if self._stale(incoming, now):
            return "ignore"
        if incoming.place != mine.place:
            return "apply"
        drift = abs(incoming.elapsed_ms - mine.elapsed_ms) / 1000
        return "apply" if drift > DRIFT_SECONDS else "ignore"

    def beat_due(self, now: float) -> bool:
        """A's heartbeat: True (and the clock restarts) when it is time to send the state."""
        if self.me != "A" or (self.beat_at is not None and now - self.beat_at < HEARTBEAT_SECONDS):
            return False
        self.beat_at = now
        return True

    def sent(self, now: float) -> None:
        """The state just went out; the next heartbeat is a full interval away."""
        self.beat_at = now


# ---- gate votes -------------------------------------------------------------------------------


def answerer(gate: str, receiver: str = "A") -> str:
    """Whose question a gate is: "A", "B", or "" when each person answers on their own screen
    (consent, the givers' check with turns, the swap, the aftercare)."""
    kind, _, person = gate.partition(":")
    if kind in ("screening", "pressure"):
        return receiver if person in ("", RECEIVER) else person
    return ""


def asks(gate: str, me: str, receiver: str = "A", turns: bool = True) -> bool:
    """Whether this screen's person has something to answer on this gate; a screen without
    a question votes at once (an empty vote) and waits for the other."""
    if gate == "giver_check" and not turns:
        return me != receiver  # only the giver gives
    person = answerer(gate, receiver)
    return person in ("", me)


@dataclass
class Votes:
    """The answers both screens gave to the gates of one break."""

    receiver: str = "A"
    turns: bool = True
    cast: dict[str, dict[str, object]] = field(default_factory=dict)

    def vote(self, gate: str, person: str, result: object) -> None:
        self.cast.setdefault(gate, {})[person] = result

    def voted(self, gate: str, person: str) -> bool:
        return person in self.cast.get(gate, {})

    def outcome(self, gate: str, me: str) -> tuple[bool, object]:
        """(decided, the result for the gate as one screen would have given it)."""
        votes = self.cast.get(gate, {})
        kind = gate.partition(":")[0]
        if kind == "aftercare":
            return me in votes, None
        if kind in ("consent", "swap") and any(v is False for v in votes.values()):
            return True, False  # a no on either screen decides at once
        if not all(p in votes for p in PEOPLE):
            return False, None
        if kind in ("consent", "swap"):
            return True, True
        if kind == "giver_check":
            return True, any(v is True for v in votes.values())
        answer = votes[answerer(gate, self.receiver)]
        if kind == "screening":
            return True, answer is True
        valid = isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer <= 10
        return True, answer if valid else None


def screened(routine: Routine, may_receive: Mapping[str, bool]) -> tuple[str, str]:
    """The decision after every screening, the same on both screens: ("", "") both receive,
    ("one_receiver", person) only that person may, ("fallback", "") stretches instead."""
    decision = decide(routine, list(may_receive.values()))
    if not decision.partner:
        return "fallback", ""
    if decision.one_receiver:
        return "one_receiver", next(p for p in PEOPLE if may_receive.get(p))
    return "", ""


def reshape_of(gate: str, result: object) -> str:
    """The reshape a decided gate causes on both screens ("" for none); screenings go
    through `screened` once all are in."""
    kind = gate.partition(":")[0]
    if kind == "consent" and result is False:
        return "fallback"
    if kind == "giver_check" and result is True:
        return "gentle"
    if kind == "swap" and result is False:
        return "skip_second"
    return ""
