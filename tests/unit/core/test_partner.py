from dataclasses import replace

import pytest

from massage_break.core.catalog import Routine, RoutineItem, parse_catalog
from massage_break.core.partner import (
    Screening,
    decide,
    gentle_version,
    may_receive,
    pressure_message,
    pressure_ok,
    rate,
)
from massage_break.core.player import build_screens
from tests.unit.core.catalog_data import data


def test_gentle_version_keeps_gentle_techniques_and_the_total() -> None:
    d = data()
    d["giver_check"]["gentle_only"] = []
    c = parse_catalog(d)
    r = gentle_version(c, c.routines["p.short"])
    assert [i.exercise for i in r.items] == ["ex.walk"] and r.items[0].seconds == 240
    assert r.total_seconds == 240
    c2 = parse_catalog(data())
    assert gentle_version(c2, c2.routines["p.short"]) == c2.routines["p.short"]


def test_pressure_check_caps_at_five() -> None:
    c = parse_catalog(data())
    assert pressure_message(6, c) == (
        False,
        "6 is more than a partner should ever use: 5 is the most. Pick 4 or less.",
    )
    assert pressure_message(1, c) == (
        True,
        "1 is light. Fine for sweeps; most strokes feel best at 3-4.",
    )
    assert "target" in pressure_message(3, c)[1]
    assert pressure_message(5, c) == (
        True,
        "5 is the ceiling. Keep it there or lighter, never more.",
    )


def test_partner_screens_carry_roles_and_swaps() -> None:
    d = data()
    r = d["routines"][-1]
    r["items"][1]["who"] = "A_to_B"
    r["items"].append({"exercise": "pt.glide", "seconds": 30, "who": "B_to_A", "role_swap": True})
    r["total_seconds"] = 270
    c = parse_catalog(d)
    screens = build_screens(c.routines["p.short"], c)
    glide = [s for s in screens if s.exercise_id == "pt.glide"]
    assert {s.role for s in glide} == {"giver"} and glide[0].who == "A_to_B"
    assert (glide[0].giver, glide[0].receiver) == ("A", "B")
    swapped = [s for s in screens if s.safety_step and s.kind != "gate"]
    assert len(swapped) == 1 and swapped[0].who == "B_to_A"
    assert [s.gate for s in screens if s.kind == "gate"][-3:] == ["swap", "pressure:B", "aftercare"]


def turns() -> Routine:
    """A turn-taking routine: walk, B receives, the swap check-in, A receives, a shared stretch."""
    r = parse_catalog(data()).routines["p.short"]
    items = (
        RoutineItem("ex.walk", 60, who="both"),
        RoutineItem("pt.glide", 90, who="A_to_B"),
        RoutineItem("ex.walk", 15, who="both", role_swap=True),
        RoutineItem("pt.glide", 90, who="B_to_A"),
        RoutineItem("ex.walk", 30, who="both"),
    )
    return replace(r, items=items, total_seconds=285, swap_roles=True)


def test_each_person_is_screened_on_their_own_answers() -> None:
    r = parse_catalog(data()).routines["p.short"]
    assert may_receive(r, {"no_consent": False})
    assert not may_receive(r, {"no_consent": True})
    assert not may_receive(r, {})  # a question left unanswered counts as "yes"


def test_one_receiver_routine_runs_or_falls_back() -> None:
    r = parse_catalog(data()).routines["p.short"]
    assert decide(r, [True]) == Screening("p.short", True)
    assert decide(r, [False]) == Screening("r.short", False)


def test_turns_decide_from_results_that_carry_no_name() -> None:
    r = turns()
    assert decide(r, [True, True]) == Screening(r.id, True, one_receiver=False)
    # the same result whichever person was ruled out: nothing in it can tell them apart
    assert decide(r, [True, False]) == decide(r, [False, True]) == Screening(r.id, True, True)
    assert decide(r, [False, False]) == Screening(r.fallback, False)
    assert decide(r, []).routine_id == r.fallback
    assert set(vars(decide(r, [True, False]))) == {"routine_id", "partner", "one_receiver"}


def test_shipped_gentle_list_leaves_out_leaning_in() -> None:
    from tests.unit.ui.shipped import shipped_catalog

    c = shipped_catalog()
    assert "partner.lean_compression" not in c.partner.gentle_only
    for word in ("back", "shoulder", "wrist"):
        assert word in c.partner.giver_question
    long_sit = c.routines["partner.long_sit"]
    kept = {i.exercise for i in gentle_version(c, long_sit).items}
    assert "partner.lean_compression" not in kept and "partner.palm_glide" in kept


def test_each_receiver_has_their_own_pressure() -> None:
    c = parse_catalog(data())
    ratings = rate({}, "B", 4, c)
    ratings = rate(ratings, "A", 2, c)
    assert pressure_ok(5, c) and pressure_ok(0, c)
    assert not pressure_ok(6, c) and not pressure_ok(-1, c)
    with pytest.raises(ValueError, match="outside 0-5"):
        rate(ratings, "A", 6, c)
    assert ratings == {"B": 4, "A": 2}
