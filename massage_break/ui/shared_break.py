"""A routine window's shared mode: one partner routine on two screens, kept in step.

The routine window calls this helper at a few points (loading, clicks, ticks, gates, the
end); the helper sends and applies the buddy messages by the rules in core/buddy_break.py.
Until `start`, the inviter ("A") sees a waiting page and the buddy ("B") "Joining…". Once
the partner part ends (a no, the stretches instead, a stop, a lost link), the helper lets go
of the link and the window plays its own routine like any other break.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from massage_break.core.buddy import SharedLink
from massage_break.core.buddy_break import (
    PEOPLE,
    RESHAPES,
    Step,
    StepSync,
    Votes,
    asks,
    other,
    parse_step,
    reshape_of,
    role_of,
    screened,
    set_step,
    step_of,
)
from massage_break.core.catalog import Routine
from massage_break.core.composer import find, routine_for
from massage_break.core.model import Outcome
from massage_break.core.partner import RECEIVER, pressure_ok
from massage_break.core.player import Screen
from massage_break.log import event
from massage_break.ui import buddy_pages, partner_pages
from massage_break.ui.i18n import N_, tr

if TYPE_CHECKING:
    from massage_break.ui.routine_window import RoutineWindow

ROLE_WORDS = {
    "give": N_("buddy", "You give"),
    "receive": N_("buddy", "You receive"),
    "both": N_("buddy", "Together"),
}
STOPPED = ("stopped", "closed", "alone")


class SharedBreak:
    """The shared part of one break, seen from one screen."""

    def __init__(self, window: RoutineWindow, link: SharedLink) -> None:
        self.w, self.link = window, link
        self.me, self.name = link.me, link.buddy_name
        self.sync = StepSync(self.me)
        self.votes = Votes()
        self.passed: set[str] = set()
        self.linked = True  # messages go out and come in
        self.started = False  # both screens play the routine
        self.receiver = "A"  # who receives in a routine without turns
        self.pending: buddy_pages.InvitePendingPage | None = None

    # ---- before the start ------------------------------------------------------------------

    def begin(self) -> None:
        """A waits for B's answer; B waits for A's `start`. Neither clock runs meanwhile."""
        self.w._timer.stop()
        if self.me == "A":
            self.pending = buddy_pages.InvitePendingPage(self.name, self.w.clock)
            self.pending.done.connect(lambda _: self._alone())
            self.w._show_page(self.pending)
        else:
            self.w._show_page(buddy_pages.JoiningPage(self.name))

    def answered(self, answer: str, minutes: int) -> None:
        """B's answer to A's invitation (or "timeout" when none came)."""
        if self.started or not self.linked or self.pending is None:
            return
        if answer == "join":
            self.send("start", {"routine": self.w.request.routine_id})
            self._start(routine_for(self.w.catalog, self.w.request.routine_id))
        elif answer == "later":
            self.pending.later(minutes)
        else:
            self.linked = False
            self.pending.declined()
        event("buddy_answer", answer=answer, minutes=minutes)

    def _alone(self) -> None:
        if self.linked:
            self.send("bye", {"reason": "alone"})
            self.linked = False
        self.w.load(self._own_routine())

    def _started_by_a(self, routine_id: object) -> None:
        routine = find(self.w.catalog, str(routine_id))
        if routine is None:  # another version of the app, with other routines
            self.send("bye", {"reason": "closed"})
            self.linked = False
            self._own_break(
                tr(
                    "buddy",
                    "%1's break uses a routine this app does not have, so here is your own break.",
                    self.name,
                )
            )
            return
        self._start(routine)

    def _start(self, routine: Routine) -> None:
        self.started = True
        self.pending = None
        self.votes = Votes(self.receiver, routine.swap_roles)
        self.w.load(routine)
        event("buddy_break_started", me=self.me, routine=routine.id)

    @property
    def playing(self) -> bool:
        """The partner part runs on both screens: steps and gates go both ways."""
        return self.linked and self.started

    def _own_routine(self) -> Routine:
        routine = routine_for(self.w.catalog, self.w.request.routine_id)
        if routine.requires_partner:
            return self.w.catalog.routines[routine.fallback]
        return routine

    # ---- messages --------------------------------------------------------------------------

    def send(self, kind: str, body: Mapping[str, object]) -> None:
        if self.linked:
            self.link.send(kind, body)

    def receive(self, kind: str, body: Mapping[str, object]) -> None:
        """A message from the other screen (the controller delivers them in order)."""
        if not self.linked:
            return
        if kind == "start" and self.me == "B" and not self.started:
            self._started_by_a(body.get("routine"))
        elif kind == "bye":
            self._bye(str(body.get("reason", "")))
        elif not self.started:
            return
        elif kind == "step":
            self._step(body)
        elif kind == "gate":
            self._gate_vote(body)
        elif kind == "reshape" and body.get("how") == "fallback" and self.w.partner_active:
            self.w._fallback()

    def link_lost(self, reason: str) -> None:
        if not self.linked:
            return
        self.linked = False
        event("buddy_link_lost", reason=reason)
        if self.w.partner_active or not self.started:  # else the break simply goes on
            self._own_break(
                tr("buddy", "The link to %1 was lost, so here is your own break.", self.name)
            )

    def _bye(self, reason: str) -> None:
        self.linked = False
        if reason == "done":
            if self.w.at_end:
                self.w.finish(Outcome.COMPLETED)
            return
        if reason == "alone" and not self.started:
            self._own_break(
                tr("buddy", "%1 started the break on their own, so here is yours.", self.name)
            )
        elif reason in STOPPED and (self.w.partner_active or not self.started):
            self._own_break(
                tr("buddy", "%1 stopped the partner part, so here is your own break.", self.name)
            )

    def _own_break(self, why: str) -> None:
        page = buddy_pages.OwnBreakPage(tr("buddy", "On your own this time"), why)
        page.done.connect(lambda _: self.w.load(self._own_routine()))
        self.w._show_page(page)
        self.w._timer.stop()

    def finishing(self, outcome: Outcome) -> None:
        """The window closes: tell the other screen whether the break ended or was stopped."""
        done = outcome == Outcome.COMPLETED and self.w.at_end and self.started
        self.send("bye", {"reason": "done" if done else "stopped"})
        self.linked = False

    # ---- steps -----------------------------------------------------------------------------

    def before(self) -> Step:
        """This screen's state before a click (see `clicked`)."""
        return step_of(self.w.player, self.w.clock(), self.me)

    def clicked(self, before: Step) -> None:
        """Back, Pause or Next on this screen: the other screen follows."""
        if not self.playing:
            return
        now = self.w.clock()
        self.sync.changed(before, now)
        self._send_step(now)

    def ticked(self, changed: bool) -> None:
        """A's state goes out at each automatic screen change and every few seconds."""
        if not self.playing:
            return
        now = self.w.clock()
        if (changed and self.me == "A") or self.sync.beat_due(now):
            self._send_step(now)

    def _send_step(self, now: float) -> None:
        self.send("step", step_of(self.w.player, now, self.me).body())
        self.sync.sent(now)

    def _step(self, body: Mapping[str, object]) -> None:
        incoming = parse_step(body, len(self.w.screens))
        if incoming is None or self.w.screens[incoming.index].gate in self.passed:
            return  # not this break's screens, or a gate both have answered already
        now = self.w.clock()
        verdict = self.sync.receive(incoming, step_of(self.w.player, now, self.me), now)
        if verdict == "answer":
            self._send_step(now)
        elif verdict == "apply":
            set_step(self.w.player, incoming, now)
            self.w._shown = None
            self.w._render()

    # ---- roles -----------------------------------------------------------------------------

    def role(self, screen: Screen) -> str:
        """This screen's person on `screen`: "give", "receive", "both" or "" (not shared)."""
        return role_of(screen, self.me, self.receiver) if self.playing else ""

    def role_text(self, screen: Screen) -> str:
        if not self.playing:
            return ""
        if screen.exercise_id in self.w.hidden:  # "not for me" to its health questions
            return tr("buddy", "Sit this one out")
        role = role_of(screen, self.me, self.receiver)
        return tr("buddy", ROLE_WORDS[role]) if role in ROLE_WORDS else ""

    def pressure_note(self, screen: Screen) -> str:
        """ "Sam chose 4 of 10" on the giver's screen during the receiver's turn."""
        if not self.playing or role_of(screen, self.me, self.receiver) != "give":
            return ""
        person = screen.receiver if screen.receiver in PEOPLE else RECEIVER
        chosen = self.w.pressure.get(person)
        return "" if chosen is None else tr("buddy", "%1 chose %2 of 10", self.name, chosen)

    # ---- gates -----------------------------------------------------------------------------

    def open_gate(self, screen: Screen) -> None:
        gate = screen.gate
        if gate in self.passed:  # back onto a gate both answered: straight on
            self.w.player.done_gate(self.w.clock())
            self.w._render_after_page()
            return
        mine = asks(gate, self.me, self.receiver, self.votes.turns)
        if mine and not self.votes.voted(gate, self.me):
            page = self._gate_page(gate)
            page.done.connect(lambda result: self._answer(gate, result))  # type: ignore[attr-defined]
            self.w._show_page(page)
            event("partner_step", step=gate, routine=self.w.routine.id, shared=True)
            return
        if not mine:
            self._answer(gate, None)
            return
        self._decide(gate)

    def _gate_page(self, gate: str) -> QWidget:
        kind = gate.partition(":")[0]
        if kind == "consent":
            first = "receiver" if self.receiver == self.me else "giver"
            return partner_pages.ConsentPage(self.w.catalog, turns=self.votes.turns, only=first)
        if kind == "giver_check":
            return partner_pages.GiverCheckPage(self.w.catalog, both_give=False)
        if kind == "screening":
            return partner_pages.ScreeningPage(self.w.catalog, self.w.routine, self.me, own=True)
        return self.w._gate_page(gate)

    def _answer(self, gate: str, result: object) -> None:
        if self.w.current.gate != gate:
            return
        if not self.playing:  # the other screen has ended: this page works on its own
            self.w._gate_done(gate, result)
            return
        self.votes.vote(gate, self.me, result)
        if gate != "aftercare":
            self.send("gate", {"gate": gate, "result": result})
        self._decide(gate)

    def _gate_vote(self, body: Mapping[str, object]) -> None:
        gate, result = body.get("gate"), body.get("result")
        if not isinstance(gate, str) or self.votes.voted(gate, other(self.me)):
            return
        self.votes.vote(gate, other(self.me), result)
        if self.w.current.gate == gate and not self.w.at_end:
            self._decide(gate)

    def _decide(self, gate: str) -> None:
        """Go on once both answered; meanwhile "Waiting for <name>…"."""
        decided, result = self.votes.outcome(gate, self.me)
        if not decided:
            waiting = isinstance(self.w.stack.currentWidget(), buddy_pages.WaitingPage)
            if self.votes.voted(gate, self.me) and not waiting:
                self.w._show_page(buddy_pages.WaitingPage(self.name))
            return
        self.passed.add(gate)
        if isinstance(result, int) and not pressure_ok(result, self.w.catalog):
            result = None  # a number above the cap is never used, whoever sent it
        how = reshape_of(gate, result)
        if how == "skip_second":
            self.receiver = self.w._turn(0)[1]
        if how in RESHAPES:
            self.send("reshape", {"how": how, "receiver": ""})
        self.w._gate_done(gate, result)

    def one_receiver(self, may_receive: Mapping[str, bool]) -> tuple[str, QWidget]:
        """Only one may receive: who (the same on both screens) and the page saying so."""
        _how, person = screened(self.w.routine, may_receive)
        self.receiver = person
        self.votes.receiver, self.votes.turns = person, False
        self.send("reshape", {"how": "one_receiver", "receiver": person})
        return person, buddy_pages.OneReceiverPage(person == self.me)

    def fell_back(self) -> None:
        """No back rub today: the stretches on each screen, and the partner part is over."""
        self.send("reshape", {"how": "fallback", "receiver": ""})
        self.linked = False
