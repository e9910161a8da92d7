"""The rules of one partner routine on two screens: roles, step sync, gate votes."""

from dataclasses import replace

import pytest

from massage_break.core.buddy_break import (
    DRIFT_SECONDS,
    HEARTBEAT_SECONDS,
    TIE_SECONDS,
    Step,
    StepSync,
    Votes,
    answerer,
    asks,
    other,
    parse_step,
    reshape_of,
    role_of,
    screened,
    set_step,
    step_of,
)
from massage_break.core.catalog import parse_catalog
from massage_break.core.player import Player, Screen, gate
from tests.unit.core.catalog_data import data


def timed(seconds: int = 30) -> Screen:
    return Screen(kind="exercise", seconds=seconds)


def player(n: int = 4) -> Player:
    return Player(tuple(timed() for _ in range(n)), started=100.0)


def test_other_person() -> None:
    assert (other("A"), other("B")) == ("B", "A")


def test_roles_are_opposite_on_the_two_screens() -> None:
    turn = Screen(kind="exercise", who="B_to_A", giver="B", receiver="A")
    assert (role_of(turn, "A"), role_of(turn, "B")) == ("receive", "give")
    swapped = Screen(kind="exercise", who="A_to_B", giver="A", receiver="B")
    assert (role_of(swapped, "A"), role_of(swapped, "B")) == ("give", "receive")
    plain = Screen(kind="exercise", who="giver_to_receiver", giver="giver", receiver="receiver")
    assert (role_of(plain, "A"), role_of(plain, "B")) == ("receive", "give")
    assert (role_of(plain, "A", receiver="B"), role_of(plain, "B", receiver="B")) == (
        "give",
        "receive",
    )


def test_shared_steps_say_together_and_the_receivers_own_stretch_is_theirs() -> None:
    walk = Screen(kind="walk", who="both")
    assert role_of(walk, "A") == role_of(walk, "B") == "both"
    own = Screen(kind="exercise", who="receiver")
    assert (role_of(own, "A"), role_of(own, "B")) == ("receive", "")
    assert role_of(gate("consent"), "A") == role_of(Screen(kind="exercise"), "B") == ""


def test_a_step_round_trips_through_its_body() -> None:
    p = player()
    p.next(110.0)
    p.pause(112.5)
    step = step_of(p, 200.0, "B")
    assert step == Step(1, True, 2500, "B")
    assert parse_step(step.body(), 4) == step


@pytest.mark.parametrize(
    "body",
    [
        {"index": 4, "paused": False, "elapsed_ms": 0, "by": "A"},
        {"index": True, "paused": False, "elapsed_ms": 0, "by": "A"},
        {"index": 1, "paused": 1, "elapsed_ms": 0, "by": "A"},
        {"index": 1, "paused": False, "elapsed_ms": -1, "by": "A"},
        {"index": 1, "paused": False, "elapsed_ms": False, "by": "A"},
        {"index": 1, "paused": False, "elapsed_ms": 0, "by": "C"},
        {},
    ],
)
def test_a_step_that_does_not_fit_is_refused(body: dict[str, object]) -> None:
    assert parse_step(body, 4) is None


def test_setting_a_step_puts_both_players_within_a_second() -> None:
    mine, theirs = player(), player()
    theirs.next(130.0)
    set_step(mine, step_of(theirs, 140.0, "A"), 140.2)
    assert mine.index == 1 and not mine.paused
    assert abs(mine.elapsed(141.0) - theirs.elapsed(141.0)) < 1.0
    theirs.pause(145.0)
    mine.finished = True
    set_step(mine, step_of(theirs, 150.0, "A"), 150.0)
    assert mine.paused and not mine.finished
    assert mine.elapsed(160.0) == theirs.elapsed(160.0) == pytest.approx(15.0)


def test_a_applies_b_unless_both_acted_in_the_same_second() -> None:
    a = StepSync("A")
    incoming = Step(2, False, 0, "B")
    assert a.receive(incoming, Step(1, False, 5000, "A"), 10.0) == "apply"
    a.changed(Step(1, False, 5000, "A"), 10.0)
    assert a.receive(incoming, Step(2, True, 0, "A"), 10.5) == "answer"  # A breaks the tie
    assert a.receive(incoming, Step(2, True, 0, "A"), 10.0 + TIE_SECONDS) == "apply"


def test_b_ignores_a_message_older_than_its_own_click() -> None:
    b = StepSync("B")
    b.changed(Step(1, False, 4000, "B"), 20.0)
    mine = Step(2, False, 0, "B")
    stale = Step(1, False, 4100, "A")  # A's heartbeat, sent before A saw the click
    assert b.receive(stale, mine, 20.3) == "ignore"
    acted = Step(1, True, 4100, "A")  # A paused in the same second: A wins
    assert b.receive(acted, mine, 20.3) == "apply"
    restarted = Step(1, False, 0, "A")  # A restarted the screen in the same second
    assert b.receive(restarted, mine, 20.3) == "apply"
    assert b.receive(stale, mine, 20.0 + TIE_SECONDS) == "apply"  # later, A's state rules


def test_b_paused_sees_a_stale_state_as_stale_only_near_its_pause_point() -> None:
    b = StepSync("B")
    b.changed(Step(1, True, 4000, "B"), 20.0)  # B resumed a paused screen
    mine = Step(1, False, 4000, "B")
    assert b.receive(Step(1, True, 4000, "A"), mine, 20.5) == "ignore"
    assert b.receive(Step(1, True, 9000, "A"), mine, 20.5) == "apply"


def test_a_crossing_check_needs_a_click_first() -> None:
    b = StepSync("B")
    assert b.receive(Step(1, False, 0, "A"), Step(1, False, 0, "B"), 0.0) == "ignore"


def test_b_follows_a_clock_only_past_the_drift() -> None:
    b = StepSync("B")
    mine = Step(3, False, 10_000, "B")
    near = Step(3, False, 10_000 + int(DRIFT_SECONDS * 1000), "A")
    far = Step(3, False, 10_000 + int(DRIFT_SECONDS * 1000) + 1, "A")
    assert b.receive(near, mine, 0.0) == "ignore"
    assert b.receive(far, mine, 0.0) == "apply"


def test_only_a_sends_a_heartbeat_every_five_seconds() -> None:
    a, b = StepSync("A"), StepSync("B")
    assert a.beat_due(0.0) and not b.beat_due(0.0)
    assert not a.beat_due(HEARTBEAT_SECONDS - 0.1)
    assert a.beat_due(HEARTBEAT_SECONDS)
    a.sent(7.0)
    assert not a.beat_due(11.0) and a.beat_due(12.0)


def test_each_person_answers_only_their_own_questions() -> None:
    assert answerer("screening:A") == "A" and answerer("pressure:B") == "B"
    assert answerer("screening:R") == answerer("pressure") == "A"
    assert answerer("screening:R", receiver="B") == "B"
    assert answerer("consent") == answerer("swap") == ""
    assert asks("screening:A", "A") and not asks("screening:A", "B")
    assert asks("consent", "A") and asks("consent", "B") and asks("aftercare", "B")
    assert asks("giver_check", "A") and asks("giver_check", "B")
    assert not asks("giver_check", "A", turns=False) and asks("giver_check", "B", turns=False)
    assert asks("pressure:R", "B", receiver="B") and not asks("pressure:R", "A", receiver="B")


def test_consent_needs_both_and_a_no_on_either_side_decides_at_once() -> None:
    v = Votes()
    assert v.outcome("consent", "A") == (False, None)
    v.vote("consent", "A", True)
    assert v.voted("consent", "A") and not v.voted("consent", "B")
    assert v.outcome("consent", "A") == (False, None)
    v.vote("consent", "B", True)
    assert v.outcome("consent", "B") == (True, True)
    w = Votes()
    w.vote("consent", "B", False)
    assert w.outcome("consent", "A") == (True, False)
    w.vote("swap", "A", True)
    w.vote("swap", "B", False)
    assert w.outcome("swap", "A") == (True, False)
    w.vote("swap", "B", True)
    assert w.outcome("swap", "A") == (True, True)


def test_screening_and_pressure_take_the_answer_of_their_person() -> None:
    v = Votes()
    v.vote("screening:A", "B", None)
    assert v.outcome("screening:A", "B") == (False, None)
    v.vote("screening:A", "A", False)
    assert v.outcome("screening:A", "B") == (True, False)
    v.vote("pressure:A", "A", 4)
    v.vote("pressure:A", "B", None)
    assert v.outcome("pressure:A", "B") == (True, 4)
    for bad in (11, True, "4"):
        v.vote("pressure:A", "A", bad)
        assert v.outcome("pressure:A", "A") == (True, None)
    one = Votes(receiver="B", turns=False)
    one.vote("screening:R", "A", None)
    one.vote("screening:R", "B", True)
    assert one.outcome("screening:R", "A") == (True, True)


def test_givers_check_is_gentle_if_either_asks_and_aftercare_waits_for_nobody() -> None:
    v = Votes()
    v.vote("giver_check", "A", False)
    assert v.outcome("giver_check", "A") == (False, None)
    v.vote("giver_check", "B", True)
    assert v.outcome("giver_check", "A") == (True, True)
    v.vote("giver_check", "B", False)
    assert v.outcome("giver_check", "A") == (True, False)
    assert v.outcome("aftercare", "A") == (False, None)
    v.vote("aftercare", "A", None)
    assert v.outcome("aftercare", "A") == (True, None)
    assert v.outcome("aftercare", "B") == (False, None)


def test_screenings_decide_the_same_reshape_on_both_screens() -> None:
    c = parse_catalog(data())
    turns = replace(c.routines["p.short"], swap_roles=True)
    assert screened(turns, {"A": True, "B": True}) == ("", "")
    assert screened(turns, {"A": False, "B": True}) == ("one_receiver", "B")
    assert screened(turns, {"A": True, "B": False}) == ("one_receiver", "A")
    assert screened(turns, {"A": False, "B": False}) == ("fallback", "")


def test_gates_that_reshape_the_routine() -> None:
    assert reshape_of("consent", False) == "fallback"
    assert reshape_of("consent", True) == ""
    assert reshape_of("giver_check", True) == "gentle"
    assert reshape_of("giver_check", False) == ""
    assert reshape_of("swap", False) == "skip_second"
    assert reshape_of("swap", True) == reshape_of("pressure:A", 4) == ""


def test_a_shared_link_is_all_a_screen_needs_to_know_of_the_buddy() -> None:
    from collections.abc import Mapping

    from massage_break.core.buddy import ANSWERS, SharedLink

    class Link:
        me, buddy_name, break_id = "B", "Sam", "brk-1"

        def __init__(self) -> None:
            self.sent: list[tuple[str, Mapping[str, object]]] = []

        def send(self, kind: str, body: Mapping[str, object]) -> None:
            self.sent.append((kind, body))

    link: SharedLink = Link()
    link.send("step", Step(0, False, 0, link.me).body())
    assert "join" in ANSWERS and link.me in ("A", "B")
