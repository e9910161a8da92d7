"""One partner routine on two screens, beyond the main flows: late or repeated answers,
messages that arrive before the start, goodbyes that need no page, the aftercare kept
private, and a gate page answered after the screen moved on."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_break.ui import buddy_pages, partner_pages
from tests.unit.ui.test_shared_break import (
    consent_both,
    giver_check,
    page,
    pair,
    pressure,
    screen_person,
    to_gate,
)


def test_a_late_or_repeated_answer_starts_the_break_only_once(qtbot: QtBot) -> None:
    a, b, net, _clock = pair(qtbot)
    sent = list(a.shared.link.sent)  # type: ignore[union-attr]
    a.answered("join", 0)  # a repeat from a slow network
    a.answered("timeout", 0)  # the wait ran out after the join
    b.answered("join", 0)  # the joiner never waits for an answer
    net.pump()
    assert a.shared.link.sent == sent  # type: ignore[union-attr]
    assert page(a) is a.player_page and page(b) is b.player_page


def test_steps_and_gates_before_the_start_are_ignored(qtbot: QtBot) -> None:
    _a, b, _net, _clock = pair(qtbot, join=False)
    b.receive("step", {"break": "brk-1", "index": 3, "paused": False, "elapsed_ms": 0, "by": "A"})
    b.receive("gate", {"break": "brk-1", "gate": "consent", "result": True})
    assert isinstance(page(b), buddy_pages.JoiningPage)
    b.receive("bye", {"break": "brk-1", "reason": "stopped"})  # A stopped before starting
    assert "Alex stopped the partner part" in page(b).text()  # type: ignore[union-attr]


def test_a_declined_invite_on_a_stretch_routine_plays_that_routine(qtbot: QtBot) -> None:
    a, _b, _net, _clock = pair(qtbot, "self.standard_break", join=False)
    a.answered("decline", 0)
    waiting = page(a)
    assert isinstance(waiting, buddy_pages.InvitePendingPage)
    waiting.button.click()
    assert a.routine.id == "self.standard_break" and page(a) is a.player_page


def test_goodbyes_after_the_partner_part_leave_the_stretches_running(qtbot: QtBot) -> None:
    a, b, net, _clock = pair(qtbot, "self.standard_break")
    b.next()
    net.pump()
    a.receive("bye", {"break": "brk-1", "reason": "alone"})  # a late "alone": not a stop
    assert page(a) is a.player_page and a.player.index == 1
    _a2, b2, net2, _clock2 = pair(qtbot, "self.standard_break")
    b2.receive("bye", {"break": "brk-1", "reason": "stopped"})  # no partner part to lose
    assert page(b2) is b2.player_page
    b2.next()
    net2.pump()
    assert net2.queue == [] and b2.player.index == 1  # the link is closed: nothing goes out


def test_ticks_after_the_link_closed_send_nothing(qtbot: QtBot) -> None:
    a, _b, net, clock = pair(qtbot, "self.standard_break")
    net.drop()
    sent = len(a.shared.link.sent)  # type: ignore[union-attr]
    clock.t += 30
    a._tick()
    assert len(a.shared.link.sent) == sent  # type: ignore[union-attr]


def test_the_other_screens_vote_on_a_gate_this_one_left_waits_for_it(qtbot: QtBot) -> None:
    a, b, net, _clock = pair(qtbot)
    to_gate(a, net, "consent")
    consent_both(a, b, net)
    screen_person(a, net)
    screen_person(b, net)
    assert a.current.gate == "giver_check"
    b.receive("gate", {"break": "brk-1", "gate": "pressure:A", "result": 4})  # early vote
    assert b.current.gate == "giver_check"  # not applied to another gate's screen
    for w in (a, b):
        giver_check(w, net)
    assert a.current.gate == "pressure:A"
    pressure(a, net, 4)
    assert a.current.exercise_id == b.current.exercise_id == "partner.check_in"


def test_the_aftercare_is_answered_on_each_screen_without_a_message(qtbot: QtBot) -> None:
    a, b, net, _clock = pair(qtbot)
    for w in (a, b):
        w.player.index = len(w.screens) - 1
        w._shown = None
        w._render()
    after = page(a)
    assert isinstance(after, partner_pages.AftercarePage)
    before = list(a.shared.link.sent)  # type: ignore[union-attr]
    after.next.click()
    net.pump()
    gates = [m for m in a.shared.link.sent[len(before) :] if m[0] == "gate"]  # type: ignore[union-attr]
    assert gates == [] and a.at_end
    assert isinstance(page(b), partner_pages.AftercarePage)


def test_a_gate_page_answered_after_the_screen_moved_on_counts_for_nothing(
    qtbot: QtBot,
) -> None:
    a, _b, net, _clock = pair(qtbot)
    to_gate(a, net, "consent")
    consent = page(a)
    assert isinstance(consent, partner_pages.ConsentPage)
    consent.receiver.setChecked(True)
    a.player.index += 1  # B's "Next" moved both screens on while this page was up
    sent = len(a.shared.link.sent)  # type: ignore[union-attr]
    consent.next.click()
    assert len(a.shared.link.sent) == sent  # type: ignore[union-attr]
    assert not a.shared.votes.voted("consent", "A")  # type: ignore[union-attr]
