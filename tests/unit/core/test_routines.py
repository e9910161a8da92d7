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
