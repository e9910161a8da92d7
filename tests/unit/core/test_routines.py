import pytest

from massage_break.core.catalog import parse_catalog
from massage_break.core.routines import RoutineSelector, split_seconds, timeline
from tests.unit.core.catalog_data import data


@pytest.fixture
def catalog():  # type: ignore[no-untyped-def]
    return parse_catalog(data())


def test_split_seconds_adds_up_exactly() -> None:
    assert split_seconds(10, [1, 1, 1]) == [4, 3, 3]
    assert split_seconds(7, [2, 6, 2]) == [2, 4, 1]
    assert sum(split_seconds(61, [3, 5, 7, 11])) == 61


def test_selector_rotates_without_immediate_repeats(catalog) -> None:  # type: ignore[no-untyped-def]
    selector = RoutineSelector(catalog)
    recent: list[str] = []
    for _ in range(100):
        pick = selector.pick("T2", recent).id
        assert not recent or pick != recent[-1]
        recent.append(pick)
    # least recently used first: the three T2 routines take turns
    assert recent[:6] == ["r.std", "r.std2", "r.std3", "r.std", "r.std2", "r.std3"]


def test_selector_with_one_routine_repeats_it(catalog) -> None:  # type: ignore[no-untyped-def]
    assert RoutineSelector(catalog).pick("T1", ["r.short"]).id == "r.short"


def test_selector_skips_disabled_routines() -> None:
    d = data()
    d["routines"][0]["enabled"] = False
    c = parse_catalog(d)
    assert RoutineSelector(c).pick("T0", []).id == "r.micro2"
    d["routines"][1]["enabled"] = False
    c = parse_catalog(d)
    assert RoutineSelector(c).pick("T0", []).id == "r.micro"  # nothing enabled: keep working


def test_timeline_splits_sides_and_scales_steps(catalog) -> None:  # type: ignore[no-untyped-def]
    segs = timeline(catalog.routines["r.short"], catalog)
    assert sum(s.seconds for s in segs) == 180
    walk = [s for s in segs if s.exercise_id == "ex.walk"]
    assert [s.seconds for s in walk] == [24, 72, 24]
    reach = [s for s in segs if s.exercise_id == "ex.reach"]
    assert [s.side for s in reach] == ["right"] * 3 + ["left"] * 3
    assert [s.mirrored for s in reach] == [False] * 3 + [True] * 3
    assert reach[0].cue == "Reach with your right arm."
    assert reach[3].cue == "Reach with your left arm."
    assert sum(s.seconds for s in reach) == 60 and walk[1].hold


def test_timeline_drops_steps_too_short_to_show(catalog) -> None:  # type: ignore[no-untyped-def]
    from massage_break.core.catalog import Routine, RoutineItem

    tiny = Routine("t", "self", "t", "", ("T0",), 2, False, (RoutineItem("ex.neck", 2, 3),))
    segs = timeline(tiny, catalog)
    assert sum(s.seconds for s in segs) == 2 and all(s.seconds > 0 for s in segs)
    assert segs[0].reps == 3


def test_body_area_balance_prefers_areas_not_worked_recently() -> None:
    from massage_break.core.routines import Preferences

    d = data()
    d["exercises"][1]["body_areas"] = ["neck"]  # ex.neck
    d["exercises"][2]["body_areas"] = ["hips"]  # ex.reach
    d["exercises"][0]["body_areas"] = ["whole_body"]  # ex.walk
    c = parse_catalog(d)
    sel = RoutineSelector(c)
    # r.std works the neck, r.std2 the hips, r.std3 only walks
    assert sel.pick("T2", [], Preferences()).id == "r.std"
    # after a neck break (r.micro) and a walk (r.std3), the hips routine comes first
    assert sel.pick("T2", ["r.micro", "r.std3"]).id == "r.std2"
    assert sel.pick("T2", ["r.micro2", "r.std3"]).id == "r.std"


def test_check_in_steers_the_next_choice() -> None:
    from massage_break.core.routines import Preferences

    d = data()
    d["exercises"][1]["body_areas"] = ["neck"]
    d["exercises"][2]["body_areas"] = ["wrists_hands"]
    c = parse_catalog(d)
    sel = RoutineSelector(c)
    assert sel.pick("T2", [], Preferences(check_in="wrists")).id == "r.std2"
    assert sel.pick("T2", [], Preferences(check_in="neck")).id == "r.std"
    assert sel.pick("T2", [], Preferences(check_in="unknown")).id == "r.std"


def test_hidden_and_favourite_exercises() -> None:
    from massage_break.core.routines import Preferences

    c = parse_catalog(data())
    sel = RoutineSelector(c)
    assert sel.pick("T2", [], Preferences(hidden=frozenset({"ex.neck"}))).id == "r.std2"
    assert sel.pick("T2", [], Preferences(hidden=frozenset({"ex.neck", "ex.reach"}))).id == "r.std3"
    assert sel.pick("T2", [], Preferences(favourites=frozenset({"ex.reach"}))).id == "r.std2"


def test_partner_candidates_fall_back_to_self_routines() -> None:
    c = parse_catalog(data())
    sel = RoutineSelector(c)
    assert sel.pick("T1", [], partner=True).id == "p.short"
    assert sel.pick("T2", [], partner=True).id == "r.std"  # no partner routine in T2


def test_fit_trims_stretches_never_the_walk() -> None:
    from massage_break.core.routines import fit

    c = parse_catalog(data())
    std = c.routines["r.std"]  # walk 200 + neck 100
    assert fit(std, c, 600) is std
    short = fit(std, c, 250)
    assert [(i.exercise, i.seconds) for i in short.items] == [("ex.walk", 200), ("ex.neck", 50)]
    assert short.total_seconds == 250
    tiny = fit(std, c, 205)  # 5 s of stretch is not worth showing
    assert [(i.exercise, i.seconds) for i in tiny.items] == [("ex.walk", 200)]
    assert fit(std, c, 60).total_seconds == 200  # the walk stays whole
    walk_only = fit(c.routines["r.std3"], c, 100)
    assert walk_only.total_seconds == 300
