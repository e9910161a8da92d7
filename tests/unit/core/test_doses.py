"""Done when: every named routine and 200 composed ones play with readable screens, full
doses and timers that agree with their cues."""

import random

from massage_break.core.catalog import Routine
from massage_break.core.composer import Composer
from massage_break.core.cue_check import cue_problems, number, screen_problems
from massage_break.core.player import Cue, Screen, build_screens
from tests.unit.core.test_player import shipped


def problems(routine: Routine) -> list[str]:
    c = shipped()
    out: list[str] = []
    for s in build_screens(routine, c):
        dose = c.exercises[s.exercise_id].dose_hold_s if s.timed else 0
        out += screen_problems(s, dose)
    return out


def test_every_named_routine_plays_within_the_rules() -> None:
    for routine in shipped().routines.values():
        assert problems(routine) == [], routine.id
        for item in routine.items:
            exercise = shipped().exercises[item.exercise]
            if not exercise.gets_you_moving or exercise.dose_reps:
                assert item.seconds == exercise.seconds, (routine.id, item.exercise)


def test_two_hundred_composed_routines_play_within_the_rules() -> None:
    composer = Composer(shipped(), random.Random(2026))
    recent: list[str] = []
    kinds = [(t, p) for t in ("T0", "T1", "T2", "T3") for p in (False, True) if t != "T0" or not p]
    for n in range(200):
        tier, partner = kinds[n % len(kinds)]
        routine = composer.compose(tier, recent, partner=partner)
        recent.append(routine.id)
        assert problems(routine) == [], routine.id


def test_the_checker_catches_what_the_issue_found() -> None:
    assert cue_problems(Cue("Slide your head back. 4 times.", 4, 5))  # says 4, counts 5
    assert cue_problems(Cue("Circle slowly, one every two seconds. 8 times.", 1, 8))
    assert cue_problems(Cue("Breathe in for four, out for six. 4 times.", 8, 4))
    assert cue_problems(Cue("Hold 20 seconds.", 10, 1, hold=True))
    assert cue_problems(Cue("Hold three seconds, then let go. 5 times.", 3, 5))
    assert cue_problems(Cue("Roll your shoulders.", 3, 6))  # counts without saying so
    assert cue_problems(Cue("Breathe in for four, out for six. 4 times.", 10, 4)) == []
    assert cue_problems(Cue("Look for 20 seconds.", 20)) == []
    assert number("twelve") == 12 and number("7") == 7
    short = Screen(kind="exercise", exercise_id="x", seconds=5, cues=(Cue("Hold.", 5, hold=True),))
    assert screen_problems(short, dose_hold_s=15) == [
        "x: 5 s on screen",
        "x: holds 5 s against a dose of 15 s",
    ]
    assert screen_problems(Screen(kind="gate", gate="consent")) == []


def test_the_catalogue_refuses_short_holds_and_crowded_screens() -> None:
    import pytest

    from massage_break.core.catalog import CatalogError, parse_catalog
    from tests.unit.core.catalog_data import data

    d = data()
    d["exercises"][0]["dose"] = {"hold_s": 30}
    d["exercises"][1]["steps"] = d["exercises"][1]["steps"] * 2
    with pytest.raises(CatalogError) as err:
        parse_catalog(d)
    assert any("shorter than its dose" in p for p in err.value.problems)
    assert any("2 to 4 cues" in p for p in err.value.problems)


def test_fit_leaves_out_whole_exercises_never_the_walk_or_safety_steps() -> None:
    from massage_break.core.routines import fit

    r = shipped().routines["partner.back_care"]
    kept = fit(r, shipped(), 60)
    names = [i.exercise for i in kept.items]
    assert names.count("partner.closing_sweep") == 2 and "partner.swap_check_in" in names
    assert "move.walk" in names and kept.total_seconds == sum(i.seconds for i in kept.items)
    assert fit(r, shipped(), 10_000) == r
    std = fit(shipped().routines["self.standard_break"], shipped(), 200)
    assert std.total_seconds <= 200
    assert all(i.seconds == shipped().exercises[i.exercise].seconds for i in std.items[1:])


def test_one_receiver_keeps_that_persons_turn_only() -> None:
    from massage_break.core.routines import one_receiver

    r = shipped().routines["partner.back_care"]
    for person, turn in (("A", "B_to_A"), ("B", "A_to_B")):
        one = one_receiver(r, person)
        whos = {i.who for i in one.items}
        assert whos == {"both", "giver_to_receiver"} and not one.swap_roles
        assert "one of you" in one.title  # no "in turn" promised any more
        assert len([i for i in one.items if i.who == "giver_to_receiver"]) == len(
            [i for i in r.items if i.who == turn]
        )
        gates = [s.gate for s in build_screens(one, shipped()) if s.kind == "gate"]
        assert gates == ["consent", "screening:R", "giver_check", "pressure:R", "aftercare"]


def test_sources_cite_by_doi_and_a_bad_doi_is_refused() -> None:
    import pytest

    from massage_break.core.catalog import CatalogError, parse_catalog
    from tests.unit.core.catalog_data import data

    for source in shipped().sources.values():
        if "doi.org/" in source.url:
            assert source.doi and source.url.endswith(source.doi)
    d = data()
    d["sources"]["src"]["doi"] = "not-a-doi"
    with pytest.raises(CatalogError, match="is not a DOI"):
        parse_catalog(d)
