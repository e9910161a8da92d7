"""One partner routine on two screens: two routine windows joined by an in-process link
that carries each `send` to the other window's `receive` (and can drop)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui import buddy_pages, partner_pages
from massage_break.ui.routine_window import HealthPage, RoutineWindow
from tests.conftest import ASSETS
from tests.unit.ui.shipped import shipped_catalog

ALL = tuple(shipped_catalog().exercises)
NAMES = {"A": "Sam", "B": "Alex"}  # the name each screen shows for the other: A is Alex


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


class Link:
    """One side of the fake link: what it sends waits in the net until `pump`."""

    def __init__(self, net: Net, me: str) -> None:
        self.net, self.me = net, me
        self.buddy_name = NAMES[me]
        self.break_id = "brk-1"
        self.sent: list[tuple[str, dict[str, object]]] = []

    def send(self, kind: str, body: Mapping[str, object]) -> None:
        self.sent.append((kind, dict(body)))
        if self.net.up:
            self.net.queue.append((self.me, kind, {**body, "break": self.break_id}))


class Net:
    def __init__(self) -> None:
        self.up = True
        self.queue: list[tuple[str, str, dict[str, object]]] = []
        self.windows: dict[str, RoutineWindow] = {}

    def pump(self) -> None:
        while self.queue:
            sender, kind, body = self.queue.pop(0)
            self.windows["B" if sender == "A" else "A"].receive(kind, body)

    def drop(self, reason: str = "timeout") -> None:
        self.up = False
        self.queue.clear()
        for w in self.windows.values():
            w.link_lost(reason)


Pair = tuple[RoutineWindow, RoutineWindow, Net, Clock]


def pair(
    qtbot: QtBot,
    routine: str = "partner.back_care",
    tier: str = "T2",
    join: bool = True,
    cleared_a: tuple[str, ...] = ALL,
) -> Pair:
    net, clock = Net(), Clock()
    for me in ("A", "B"):
        w = RoutineWindow(
            ShowRoutine(routine, tier, 45 * 60, True),
            shipped_catalog(),
            ASSETS,
            60,
            Settings(partner_mode=True, cleared=cleared_a if me == "A" else ALL),
            clock=clock,
            link=Link(net, me),
        )
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
        qtbot.addWidget(w)
        w.show()
        net.windows[me] = w
    a, b = net.windows["A"], net.windows["B"]
    if join:
        a.answered("join", 0)
        net.pump()
    return a, b, net, clock


def page(w: RoutineWindow) -> QWidget | None:
    return w.stack.currentWidget()


def words(w: RoutineWindow) -> str:
    current = page(w)
    assert isinstance(current, (buddy_pages.WaitingPage, buddy_pages.OwnBreakPage))
    return current.text()


def gone() -> None:
    """Pages left behind are deleted (they are removed with deleteLater)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def same(a: RoutineWindow, b: RoutineWindow, clock: Clock) -> None:
    assert a.player.index == b.player.index
    assert a.player.paused == b.player.paused
    assert abs(a.player.elapsed(clock.t) - b.player.elapsed(clock.t)) < 1.0
    assert [s.gate or s.exercise_id for s in a.screens] == [
        s.gate or s.exercise_id for s in b.screens
    ]


def to_gate(a: RoutineWindow, net: Net, gate: str) -> None:
    while a.current.gate != gate:
        assert a.current.timed, a.current.gate
        a.next()
        net.pump()


def consent_both(a: RoutineWindow, b: RoutineWindow, net: Net) -> None:
    for w in (a, b):
        c = page(w)
        assert isinstance(c, partner_pages.ConsentPage)
        box = c.receiver if c.receiver.isVisible() else c.giver
        box.setChecked(True)
        c.next.click()
        net.pump()


def screen_person(w: RoutineWindow, net: Net, yes: bool = False) -> None:
    s = page(w)
    assert isinstance(s, partner_pages.ScreeningPage)
    for code, group in s.groups.items():
        group.button(1 if yes and code == "no_consent" else 0).setChecked(True)
    s.next.click()
    net.pump()


def giver_check(w: RoutineWindow, net: Net, sore: bool = False) -> None:
    g = page(w)
    assert isinstance(g, partner_pages.GiverCheckPage)
    (g.yes if sore else g.no).setChecked(True)
    g.next.click()
    net.pump()


def pressure(w: RoutineWindow, net: Net, value: int) -> None:
    p = page(w)
    assert isinstance(p, partner_pages.PressurePage)
    p.slider.setValue(value)
    p.next.click()
    net.pump()


def test_a_waits_for_b_then_both_start_the_same_routine(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot, join=False)
    waiting = page(a)
    assert isinstance(waiting, buddy_pages.InvitePendingPage)
    assert "Waiting for Sam to join…" in waiting.text() and "Start on my own" in waiting.text()
    clock.t += 75
    waiting.tick()
    assert waiting.count.text() == "Waiting 1:15"
    joining = page(b)
    assert isinstance(joining, buddy_pages.JoiningPage)
    assert "Joining Alex's break…" in joining.text()
    a.answered("later", 5)
    assert "Sam joins in 5 minutes" in waiting.text() and page(a) is waiting
    a.answered("join", 0)
    net.pump()
    assert ("start", {"routine": "partner.back_care"}) in a.shared.link.sent  # type: ignore[union-attr]
    assert a.routine.id == b.routine.id == "partner.back_care"
    assert page(a) is a.player_page
    assert page(b) is b.player_page
    same(a, b, clock)
    assert a.buddy_role.text() == b.buddy_role.text() == "Together"  # the walk


@pytest.mark.parametrize("answer", ["decline", "busy", "timeout"])
def test_a_declined_invitation_never_blocks_the_own_break(qtbot: QtBot, answer: str) -> None:
    a, _b, _net, _clock = pair(qtbot, join=False)
    a.answered(answer, 0)
    waiting = page(a)
    assert isinstance(waiting, buddy_pages.InvitePendingPage)
    assert "Sam can't join this time" in waiting.text()
    waiting.button.click()
    assert a.routine.id == "self.standard_break" and page(a) is a.player_page
    assert not a.buddy_role.isVisible()


def test_start_on_my_own_while_waiting_says_goodbye(qtbot: QtBot) -> None:
    a, b, net, _clock = pair(qtbot, join=False)
    waiting = page(a)
    assert isinstance(waiting, buddy_pages.InvitePendingPage)
    waiting.button.click()
    net.pump()
    assert a.routine.id == "self.standard_break"
    own = page(b)
    assert isinstance(own, buddy_pages.OwnBreakPage)
    assert "Alex started the break on their own, so here is yours." in own.text()
    own.button.click()
    assert b.routine.id == "self.standard_break"


def test_next_back_and_pause_on_either_screen_move_both(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot)
    clock.t += 20
    for w in (a, b):
        w._tick()
    net.pump()
    b.toggle_pause()
    net.pump()
    assert a.player.paused
    same(a, b, clock)
    clock.t += 3
    a.toggle_pause()
    net.pump()
    assert not b.player.paused
    same(a, b, clock)
    clock.t += 2
    b.back()  # restarts the walk on both
    net.pump()
    assert a.player.index == 0 and a.player.elapsed(clock.t) == 0
    same(a, b, clock)
    clock.t += 2
    a.next()
    net.pump()
    assert b.current.gate == "consent"
    same(a, b, clock)


def test_clicks_in_the_same_second_end_on_a_state(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot)
    clock.t += 10
    b.toggle_pause()  # B pauses the walk...
    clock.t += 0.3
    a.back()  # ...while A restarts it: both messages cross
    net.pump()
    assert not a.player.paused and not b.player.paused
    assert a.player.elapsed(clock.t) == pytest.approx(0.0)
    same(a, b, clock)


def test_a_stale_heartbeat_never_sends_b_back(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot)
    clock.t += 5
    a._tick()  # A's heartbeat leaves...
    b.next()  # ...as B goes on: the heartbeat arrives after the click
    shown: list[int] = []
    while net.queue:
        sender, kind, body = net.queue.pop(0)
        net.windows["B" if sender == "A" else "A"].receive(kind, body)
        shown.append(b.player.index)
    assert shown and set(shown) == {1}
    same(a, b, clock)


def test_b_follows_a_clock_when_it_drifts(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot)
    b.player.started -= 3  # B's screen runs 3 s ahead
    clock.t += 5
    a._tick()
    net.pump()
    same(a, b, clock)


def test_roles_are_opposite_and_gates_are_answered_privately(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot)
    to_gate(a, net, "consent")
    consent = page(a)
    assert isinstance(consent, partner_pages.ConsentPage)
    assert consent.receiver.isVisible() and not consent.giver.isVisible()
    consent_both(a, b, net)
    assert a.current.gate == b.current.gate == "screening:A"
    assert isinstance(page(a), partner_pages.ScreeningPage)
    # on a person's own screen the page speaks to them, not to "A"
    labels = " ".join(label.text() for label in page(a).findChildren(QLabel))
    assert "Your private questions" in labels and "for A" not in labels
    gone()
    assert "Waiting for Alex…" in words(b)
    assert not b.findChildren(partner_pages.ScreeningPage) and not b.findChildren(QRadioButton)
    screen_person(a, net)
    assert a.current.gate == b.current.gate == "screening:B"
    gone()
    assert "Waiting for Sam…" in words(a)
    assert not a.findChildren(partner_pages.ScreeningPage) and not a.findChildren(QRadioButton)
    screen_person(b, net)
    for w in (a, b):
        giver_check(w, net)
    assert a.current.gate == "pressure:A"
    assert isinstance(page(a), partner_pages.PressurePage)
    assert "Waiting for Alex…" in words(b)
    pressure(a, net, 4)
    assert a.current.exercise_id == b.current.exercise_id == "partner.check_in"
    assert a.shared is not None and b.shared is not None
    assert a.shared.role(a.current) == b.shared.role(b.current) == "both"
    a.next()  # the first technique: A receives, B gives, on the same screen
    net.pump()
    assert a.player.index == b.player.index
    assert (a.shared.role(a.current), b.shared.role(b.current)) == ("receive", "give")
    # "You receive" / "You give" replace the generic "Giver" line on a shared screen
    assert (a.buddy_role.text(), b.buddy_role.text()) == ("You receive", "You give")
    assert a.role_label.isHidden() and b.role_label.isHidden()
    a.back()
    net.pump()
    same(a, b, clock)


def test_roles_during_the_turns(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot)
    to_gate(a, net, "consent")
    consent_both(a, b, net)
    screen_person(a, net)
    screen_person(b, net)
    for w in (a, b):
        giver_check(w, net)
    pressure(a, net, 4)
    a.next()
    net.pump()
    assert b.current.exercise_id == "partner.palm_glide"
    assert (a.buddy_role.text(), b.buddy_role.text()) == ("You receive", "You give")
    assert "Alex chose 4 of 10" in b.pressure_label.text()
    assert "chose" not in a.pressure_label.text()
    same(a, b, clock)


def through_opening(a: RoutineWindow, b: RoutineWindow, net: Net, yes_a: bool = False) -> None:
    to_gate(a, net, "consent")
    consent_both(a, b, net)
    screen_person(a, net, yes=yes_a)
    screen_person(b, net)


def test_a_no_to_consent_on_either_side_gives_both_the_stretches(qtbot: QtBot) -> None:
    a, b, net, _clock = pair(qtbot)
    to_gate(a, net, "consent")
    consent = page(a)
    assert isinstance(consent, partner_pages.ConsentPage)
    consent.receiver.setChecked(True)
    consent.next.click()
    net.pump()
    mine = page(b)
    assert isinstance(mine, partner_pages.ConsentPage)
    mine.alternative.click()  # B: no touch today
    net.pump()
    for w in (a, b):
        fallback = page(w)
        assert isinstance(fallback, partner_pages.FallbackPage)
        assert "Sam" not in fallback.text() and "Alex" not in fallback.text()
        fallback.button.click()
        assert w.routine.id == "self.standard_break" and not w.partner_active
    assert ("reshape", {"how": "fallback", "receiver": ""}) in b.shared.link.sent  # type: ignore[union-attr]
    sent = len(a.shared.link.sent)  # type: ignore[union-attr]
    a.next()
    assert len(a.shared.link.sent) == sent  # type: ignore[union-attr]


def test_one_receiver_reshapes_both_screens_the_same_way(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot)
    through_opening(a, b, net, yes_a=True)  # A may not receive today
    for w, words_ in ((a, "You give."), (b, "You receive.")):
        one = page(w)
        assert isinstance(one, buddy_pages.OneReceiverPage)
        assert words_ in one.text()
        one.button.click()
    same(a, b, clock)
    assert not a.routine.swap_roles and "swap" not in [s.gate for s in a.screens]
    assert a.current.gate == "giver_check"
    gone()
    assert "Waiting for Alex…" in words(b)  # only the giver answers the giver's check
    giver_check(a, net)
    assert a.current.gate == "pressure:R"
    pressure(b, net, 3)
    a.next()
    net.pump()
    assert a.current.exercise_id == "partner.palm_glide"
    assert (a.buddy_role.text(), b.buddy_role.text()) == ("You give", "You receive")
    assert "Sam chose 3 of 10" in a.pressure_label.text()
    same(a, b, clock)


def test_nobody_may_receive_gives_both_the_stretches(qtbot: QtBot) -> None:
    a, b, net, _clock = pair(qtbot)
    to_gate(a, net, "consent")
    consent_both(a, b, net)
    screen_person(a, net, yes=True)
    screen_person(b, net, yes=True)
    assert isinstance(page(a), partner_pages.FallbackPage)
    assert isinstance(page(b), partner_pages.FallbackPage)


def test_one_sore_giver_makes_both_turns_gentle_on_both_screens(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot)
    through_opening(a, b, net)
    full = len(a.screens)
    giver_check(a, net)
    gone()
    assert "Waiting for Sam…" in words(a)
    giver_check(b, net, sore=True)
    assert len(a.screens) < full
    assert "partner.soft_fist_roll" not in [s.exercise_id for s in b.screens]
    same(a, b, clock)


def to_swap(a: RoutineWindow, b: RoutineWindow, net: Net) -> None:
    through_opening(a, b, net)
    for w in (a, b):
        giver_check(w, net)
    pressure(a, net, 4)
    to_gate(a, net, "swap")


def test_roles_swap_on_both_screens_together(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot)
    to_swap(a, b, net)
    for w in (a, b):
        swap = page(w)
        assert isinstance(swap, partner_pages.SwapPage)
        swap.next.click()
        net.pump()
    assert a.current.gate == b.current.gate == "pressure:B"
    pressure(b, net, 3)
    a.next()
    net.pump()
    assert (a.buddy_role.text(), b.buddy_role.text()) == ("You give", "You receive")
    assert "Sam chose 3 of 10" in a.pressure_label.text()
    same(a, b, clock)


def test_rather_not_on_either_screen_skips_the_second_turn_on_both(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot)
    to_swap(a, b, net)
    swap = page(b)
    assert isinstance(swap, partner_pages.SwapPage)
    swap.decline.click()
    net.pump()
    assert b.current.exercise_id == a.current.exercise_id == "chest.wall_stretch"
    assert "swap" not in [s.gate for s in a.screens]
    assert a.buddy_role.text() == "Together"
    same(a, b, clock)


def test_a_lost_link_gives_each_screen_its_own_break_and_says_why(qtbot: QtBot) -> None:
    a, b, net, _clock = pair(qtbot)
    to_gate(a, net, "consent")
    net.drop()
    assert "The link to Sam was lost, so here is your own break." in words(a)
    assert "The link to Alex was lost, so here is your own break." in words(b)
    for w in (a, b):
        own = page(w)
        assert isinstance(own, buddy_pages.OwnBreakPage)
        own.button.click()
        assert w.routine.id == "self.standard_break" and page(w) is w.player_page
        assert not w.buddy_role.isVisible()
    a.link_lost("again")  # a second report changes nothing
    assert page(a) is a.player_page


def test_stop_on_one_screen_offers_the_other_their_own_break(qtbot: QtBot) -> None:
    a, b, net, _clock = pair(qtbot)
    with qtbot.waitSignal(b.finished) as stopped:
        b.btn_stop.click()
    assert stopped.args[0] == Outcome.INTERRUPTED
    net.pump()
    assert "Sam stopped the partner part" in words(a)


def test_both_windows_end_together(qtbot: QtBot) -> None:
    a, b, net, _clock = pair(qtbot)
    for w in (a, b):
        w.player.index = len(w.screens) - 1
        w.player.finished = True
    with qtbot.waitSignal(b.finished) as ended:
        a.btn_done.click()
        net.pump()
    assert ended.args[0] == Outcome.COMPLETED
    assert ("bye", {"reason": "done"}) in a.shared.link.sent  # type: ignore[union-attr]


def test_done_while_the_other_is_still_reading_the_aftercare_lets_them_finish(
    qtbot: QtBot,
) -> None:
    a, b, net, _clock = pair(qtbot)
    a.player.index = b.player.index = len(a.screens) - 1
    a.player.finished = True
    b._shown = None
    b._render()
    assert isinstance(page(b), partner_pages.AftercarePage)
    a.finish(Outcome.COMPLETED)
    net.pump()
    assert not b.reported and isinstance(page(b), partner_pages.AftercarePage)
    after = page(b)
    assert isinstance(after, partner_pages.AftercarePage)
    after.next.click()  # no waiting for the other person
    assert b.at_end


def test_a_routine_without_turns_asks_the_receiver_on_their_own_screen(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot, "partner.quick_shoulders", "T1")
    to_gate(a, net, "consent")
    consent_both(a, b, net)
    assert a.current.gate == "screening:R"
    gone()
    assert "Waiting for Alex…" in words(b)
    screen_person(a, net)
    assert a.current.gate == "giver_check" and "Waiting for Sam…" in words(a)
    giver_check(b, net)
    pressure(a, net, 4)
    a.next()
    net.pump()
    assert (a.buddy_role.text(), b.buddy_role.text()) == ("You receive", "You give")
    same(a, b, clock)


def test_messages_that_do_not_fit_are_ignored(qtbot: QtBot) -> None:
    a, b, _net, clock = pair(qtbot)
    b.receive("step", {"break": "brk-1", "index": 999, "paused": False, "elapsed_ms": 0, "by": "A"})
    b.receive("gate", {"break": "brk-1", "gate": 7, "result": True})
    b.receive("start", {"break": "brk-1", "routine": "partner.long_sit"})
    assert b.routine.id == "partner.back_care" and b.player.index == 0
    same(a, b, clock)


def test_back_onto_an_answered_gate_restarts_the_screen_after_it(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot)
    through_opening(a, b, net)
    for w in (a, b):
        giver_check(w, net)
    pressure(a, net, 4)
    assert a.current.exercise_id == "partner.check_in"
    clock.t += 1
    b.back()  # the screen before is the pressure check both have answered
    net.pump()
    assert a.current.exercise_id == b.current.exercise_id == "partner.check_in"
    assert page(a) is a.player_page and page(b) is b.player_page
    same(a, b, clock)


def test_a_pressure_above_the_cap_from_the_other_screen_is_never_used(qtbot: QtBot) -> None:
    a, b, net, _clock = pair(qtbot)
    through_opening(a, b, net)
    for w in (a, b):
        giver_check(w, net)
    assert b.current.gate == "pressure:A"
    b.receive("gate", {"break": "brk-1", "gate": "pressure:A", "result": 9})
    assert b.current.exercise_id == "partner.check_in" and "A" not in b.pressure


def test_a_fallback_from_the_other_screen_is_followed(qtbot: QtBot) -> None:
    _a, b, _net, _clock = pair(qtbot)
    b.receive("reshape", {"break": "brk-1", "how": "fallback", "receiver": ""})
    assert isinstance(page(b), partner_pages.FallbackPage)


def test_health_questions_on_one_screen_never_hold_up_the_other(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot, "self.standard_break", cleared_a=())
    while not a.catalog.exercises[a.current.exercise_id].contraindications:
        a.next()
        net.pump()
    asked = page(a)
    assert isinstance(asked, HealthPage) and page(b) is b.player_page
    assert not a.player.paused and not b.player.paused
    clock.t += 4
    asked.no.click()
    assert page(a) is a.player_page and a.buddy_role.text() == "Sit this one out"
    assert a.current.exercise_id in a.hidden
    same(a, b, clock)


@pytest.mark.parametrize("routine", ["no.such.routine", "mix:partner:T2:move.walk@x"])
def test_a_routine_this_app_does_not_have_gives_b_its_own_break(qtbot: QtBot, routine: str) -> None:
    _a, b, _net, _clock = pair(qtbot, join=False)
    b.receive("start", {"break": "brk-1", "routine": routine})
    assert "Alex's break uses a routine this app does not have" in words(b)
    assert b.shared.link.sent == [("bye", {"reason": "closed"})]  # type: ignore[union-attr]
    own = page(b)
    assert isinstance(own, buddy_pages.OwnBreakPage)
    own.button.click()
    assert b.routine.id == "self.standard_break"


def test_a_lost_link_on_a_shared_stretch_routine_lets_it_go_on(qtbot: QtBot) -> None:
    a, b, net, clock = pair(qtbot, "self.standard_break")
    clock.t += 10
    b.next()
    net.pump()
    net.drop()
    assert page(a) is a.player_page and a.player.index == 1
    b.next()
    assert a.player.index == 1 and b.player.index == 2
