import tomllib
from functools import cache

import pytest

from massage_break.core.catalog import Catalog, Routine, parse_catalog
from massage_break.core.player import (
    MIN_SCREEN_SECONDS,
    Cue,
    Player,
    Screen,
    build_screens,
    exercise_count,
)
from tests.conftest import ASSETS


@cache
def shipped() -> Catalog:
    with open(ASSETS / "routines" / "catalog.toml", "rb") as fh:
        return parse_catalog(tomllib.load(fh))


def routine(rid: str) -> Routine:
    return shipped().routines[rid]


def player(rid: str, now: float = 0.0) -> Player:
    return Player(build_screens(routine(rid), shipped()), started=now)


def test_one_screen_per_exercise_and_per_side() -> None:
    screens = build_screens(routine("self.standard_break"), shipped())
    ids = [(s.exercise_id, s.side) for s in screens]
    assert ids[:3] == [("move.walk", None), ("neck.side_tilt", "right"), ("neck.side_tilt", "left")]
    assert screens[0].kind == "walk" and screens[0].seconds == 90 and len(screens[0].cues) == 4
    assert screens[2].mirrored and not screens[1].mirrored
    assert "right" in screens[1].cues[0].text and "left" in screens[2].cues[0].text
    assert exercise_count(screens) == 6 and screens[2].number == 2
    assert all(s.seconds >= MIN_SCREEN_SECONDS for s in screens)
    assert screens[1].safety_notes and "sharp_pain" in screens[1].stop_if


def test_cue_and_rep_follow_the_elapsed_time() -> None:
    chin = next(
        s
        for s in build_screens(routine("self.micro_reset"), shipped())
        if s.exercise_id == "neck.chin_glide"
    )
    assert chin.seconds == 30 and chin.reps == 5 and chin.per_rep_seconds == 5
    assert chin.cue_at(0) == 0 and chin.rep_at(0) == (0, 0)
    assert chin.cue_at(3) == 1 and chin.rep_at(3) == (1, 5)
    assert chin.rep_at(3 + 5 * 2 + 0.5) == (3, 5)
    assert chin.cue_at(29) == 2 and chin.cue_at(99) == 2
    assert chin.hold_seconds == 0
    wall = next(
        s
        for s in build_screens(routine("self.standard_break"), shipped())
        if s.exercise_id == "chest.wall_stretch"
    )
    assert wall.hold_seconds == 20


def test_the_walk_stretches_its_cues_over_its_length() -> None:
    walk = build_screens(routine("self.stand_and_move"), shipped())[0]
    assert walk.seconds == 120 and walk.ends_with_sound
    assert [walk.cue_at(t) for t in (0, 11, 70, 119)] == [0, 1, 2, 3]


def test_player_runs_screens_on_time_and_finishes() -> None:
    p = player("self.micro_reset", now=100.0)
    first = p.screen.seconds
    assert p.view(100.0).phase == "playing" and p.view(100.0).number == 1
    assert not p.tick(100.0 + first - 0.1)
    assert p.tick(100.0 + first) and p.index == 1
    assert p.view(100.0 + first).elapsed == 0.0
    assert p.tick(10_000.0) and p.finished and p.view(10_000.0).phase == "finished"
    assert p.remaining(10_000.0) == 0
    assert not p.next(10_000.0) and not p.tick(10_001.0)


def test_pause_resume_next_and_back() -> None:
    p = player("self.micro_reset")
    p.pause(5.0)
    p.pause(6.0)  # twice is once
    assert p.paused and p.view(50.0).elapsed == 5.0 and not p.tick(500.0)
    assert p.view(50.0).phase == "paused"
    p.resume(50.0)
    p.resume(51.0)
    assert p.elapsed(52.0) == 7.0
    assert p.next(52.0) and p.index == 1 and p.elapsed(52.0) == 0.0
    assert p.back(53.0) and p.index == 0  # just begun: the one before
    p.next(60.0)
    assert p.back(70.0) and p.index == 1 and p.elapsed(70.0) == 0.0  # restart this one
    p.pause(71.0)
    p.next(72.0)
    assert p.index == 2 and p.paused and p.elapsed(90.0) == 0.0
    assert p.back(91.0) and p.index == 1  # paused at its start: the one before
    p.resume(91.0)
    p.next(92.0)
    assert p.next(93.0) and p.finished
    assert p.back(94.0) and not p.finished and p.index == 2
    p2 = player("self.micro_reset")
    assert p2.back(1.0) and p2.index == 0


def test_gates_wait_for_a_click() -> None:
    p = player("partner.quick_shoulders")
    walk = p.screen.seconds
    assert p.tick(walk) and p.screen.gate == "consent"
    view = p.view(walk + 999)
    assert view.phase == "waiting" and view.number == 0 and view.remaining == 0
    assert not p.tick(walk + 999) and not p.next(walk + 999) and p.screen.gate == "consent"
    gates = []
    now = walk + 1000.0
    while p.screen.kind == "gate":
        gates.append(p.screen.gate)
        assert p.done_gate(now)
    assert gates == ["consent", "screening:R", "giver_check", "pressure:R"]
    assert not p.done_gate(now)  # not a gate: nothing to confirm
    assert p.screen.exercise_id == "partner.check_in" and p.elapsed(now + 1) == 1
    while not p.finished:
        if not p.next(now):
            p.done_gate(now)
    assert p.screen.gate == "aftercare" and p.screen.safety_step
    assert not p.done_gate(now)


def test_partner_screens_name_people_and_ask_for_a_number() -> None:
    screens = build_screens(routine("partner.back_care"), shipped())
    gates = [s.gate for s in screens if s.kind == "gate"]
    assert gates == [
        "consent",
        "screening:A",
        "screening:B",
        "giver_check",
        "pressure:A",
        "swap",
        "pressure:B",
        "aftercare",
    ]
    glide = next(s for s in screens if s.exercise_id == "partner.palm_glide")
    assert (glide.giver, glide.receiver, glide.pressure_target) == ("B", "A", (3, 4))
    p = Player(screens, started=0.0)
    p.index = screens.index(glide)
    p.started = 0.0
    assert not p.view(glide.check_in_after_s - 1).ask_number
    assert p.view(glide.check_in_after_s).ask_number
    swap = next(s for s in screens if s.exercise_id == "partner.swap_check_in")
    sweeps = [s for s in screens if s.exercise_id == "partner.closing_sweep"]
    assert swap.safety_step and len(sweeps) == 2 and all(s.safety_step for s in sweeps)


def test_a_player_needs_screens() -> None:
    with pytest.raises(ValueError):
        Player((), started=0.0)
    empty = Screen(kind="exercise", seconds=10)
    assert empty.rep_at(1) == (0, 0) and empty.cue_at(1) == 0 and empty.role == ""
    assert Cue("x", 2, 3).total == 6
