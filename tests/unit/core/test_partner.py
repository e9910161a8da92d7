from dataclasses import replace

from massage_break.core.catalog import Routine, RoutineItem, parse_catalog
from massage_break.core.partner import (
    gentle_version,
    one_way_version,
    pressure_message,
    screen,
    screen_both,
)
from massage_break.core.player import build_screens
from tests.unit.core.catalog_data import data


def test_any_yes_or_missing_answer_switches_to_the_fallback() -> None:
    c = parse_catalog(data())
    r = c.routines["p.short"]
    assert screen(c, r, {"no_consent": False}, giver_hurts=False).partner
    yes = screen(c, r, {"no_consent": True}, giver_hurts=False)
    assert not yes.partner and yes.routine_id == "r.short"
    assert screen(c, r, {}, giver_hurts=False).routine_id == "r.short"
    assert screen(c, r, {"no_consent": False}, giver_hurts=True).gentle_only


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
        "6 is more than a lay partner should use. Ease off to 4 or less.",
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


NO = {"no_consent": False, "giver": False}


def test_both_people_are_screened_in_turn_taking_routines() -> None:
    r = turns()
    both = screen_both(r, {"A": NO, "B": NO})
    assert (both.routine_id, both.partner, both.gentle_only, both.receiver) == (
        r.id,
        True,
        False,
        "",
    )
    assert screen_both(r, {"A": {**NO, "giver": True}, "B": NO}).gentle_only
    neither = screen_both(r, {"A": {"no_consent": True}, "B": {"no_consent": True}})
    assert not neither.partner and neither.routine_id == r.fallback
    assert not screen_both(r, {}).partner  # unanswered counts as "yes"


def test_one_screened_out_person_only_gives() -> None:
    r = turns()
    only_b = screen_both(r, {"A": {"no_consent": True, "giver": False}, "B": NO})
    assert only_b.partner and only_b.receiver == "B" and not only_b.gentle_only
    only_a = screen_both(r, {"A": NO, "B": {"no_consent": True, "giver": True}})
    assert only_a.receiver == "A" and only_a.gentle_only  # B gives, with sore hands


def test_one_way_version_drops_the_second_turn_and_keeps_shared_steps() -> None:
    one = one_way_version(turns())
    assert [(i.exercise, i.who) for i in one.items] == [
        ("ex.walk", "both"),
        ("pt.glide", "giver_to_receiver"),
        ("ex.walk", "both"),
    ]
    assert one.total_seconds == 180 and not one.swap_roles
    assert "one of you" in one.title  # no "in turn" promised any more
    assert not any(i.role_swap for i in one.items)
