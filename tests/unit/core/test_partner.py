from massage_break.core.catalog import parse_catalog
from massage_break.core.partner import gentle_version, pressure_message, screen
from massage_break.core.routines import timeline
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


def test_partner_timeline_carries_roles_and_swaps() -> None:
    d = data()
    r = d["routines"][-1]
    r["items"][1]["who"] = "A_to_B"
    r["items"].append({"exercise": "pt.glide", "seconds": 0, "who": "B_to_A", "role_swap": True})
    c = parse_catalog(d)
    segs = timeline(c.routines["p.short"], c)
    glide = [s for s in segs if s.exercise_id == "pt.glide"]
    assert {s.role for s in glide} == {"giver"} and glide[0].who == "A_to_B"
    assert glide[-1].repeat == 2 and not any(s.swap for s in segs)
    r["items"][-1]["seconds"] = 30
    r["total_seconds"] = 270
    c = parse_catalog(d)
    segs = timeline(c.routines["p.short"], c)
    swapped = [s for s in segs if s.swap]
    assert len(swapped) == 1 and swapped[0].who == "B_to_A"
