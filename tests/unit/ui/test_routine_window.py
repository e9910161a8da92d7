"""The routine window draws the player's view: one screen per exercise, cues, counters."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from massage_break.core.catalog import Catalog
from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui.routine_window import HealthPage, RoutineWindow
from tests.conftest import ASSETS
from tests.unit.ui.shipped import shipped_catalog

ALL = tuple(shipped_catalog().exercises)


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def window(
    qtbot: QtBot,
    routine: str = "self.standard_break",
    can_snooze: bool = True,
    catalog: Catalog | None = None,
    settings: Settings | None = None,
    chime: object = None,
) -> tuple[RoutineWindow, FakeClock]:
    cat = catalog or shipped_catalog()
    tier = cat.routines[routine].tiers[0] if routine in cat.routines else "T2"
    clock = FakeClock()
    w = RoutineWindow(
        ShowRoutine(routine, tier, 42 * 60, can_snooze),
        cat,
        ASSETS,
        60,
        settings or Settings(cleared=ALL),
        chime=chime,  # type: ignore[arg-type]
        clock=clock,
    )
    qtbot.addWidget(w)
    w.show()
    return w, clock


def run(w: RoutineWindow, clock: FakeClock, seconds: float) -> None:
    clock.t += seconds
    w._tick()


def press(w: RoutineWindow, key: Qt.Key) -> None:
    """Fire the window's shortcut for `key` (as Qt's shortcut map would)."""
    from PySide6.QtGui import QKeySequence, QShortcut

    matches = [s for s in w.findChildren(QShortcut) if s.key() == QKeySequence(key)]
    assert len(matches) == 1, f"no single shortcut for {key}"
    matches[0].activated.emit()


def outcomes(w: RoutineWindow) -> list[Outcome]:
    got: list[Outcome] = []
    w.finished.connect(lambda outcome, _rid, pressure: got.append(outcome))
    return got


def test_the_walk_is_one_screen_with_a_continue_action(qtbot: QtBot) -> None:
    w, clock = window(qtbot)
    assert w.title.text() == w.routine.title
    assert w.why.text() == "Sitting 42 min → 5-minute break"
    assert w.current.kind == "walk" and w.btn_next.text() == "Back already? Continue"
    assert w.step_label.text() == "Exercise 1 of 6"
    assert w.ring.text() == "1:30"
    assert [c.text() for c in w.cue_labels if c.isVisibleTo(w)] == [c.text for c in w.current.cues]
    run(w, clock, 30)
    assert w.ring.text() == "1:00" and w.cue_labels[1].font().bold()
    renderer = w.art.renderer()
    assert renderer is not None and renderer.isValid() and w.art.accessibleDescription()
    w.next()
    assert w.current.exercise_id == "neck.side_tilt" and w.btn_next.text() == "Next ▶"


def test_exercise_screen_shows_cues_careful_line_and_next(qtbot: QtBot) -> None:
    w, clock = window(qtbot)
    w.next()
    assert w.step_label.text() == "Exercise 2 of 6 · right side"
    assert w.step_title.text() == "Ear to shoulder"
    assert w.careful.text().startswith("Careful: ") and "Stop if you feel" in w.careful.text()
    assert "dizziness" in w.careful.text()
    assert w.next_label.text() == "Next: the other side"
    run(w, clock, 4)
    assert w.cue_labels[1].font().bold() and not w.cue_labels[0].font().bold()
    w.next()
    assert w.art._mirrored and "left side" in w.step_label.text()


def test_rep_counter_follows_the_timer(qtbot: QtBot) -> None:
    w, clock = window(qtbot, "self.micro_reset")
    w.next()
    assert w.current.exercise_id == "neck.chin_glide" and not w.rep_label.isVisibleTo(w)
    run(w, clock, 3 + 5 * 2 + 1)
    assert w.rep_label.text() == "Rep 3 of 5"


def test_pause_holds_the_countdown_and_back_restarts(qtbot: QtBot) -> None:
    w, clock = window(qtbot)
    run(w, clock, 10)
    press(w, Qt.Key.Key_Space)
    assert w.btn_pause.text() == "Resume" and "paused" in w.ring.text()
    assert not w.art.animating
    run(w, clock, 100)
    assert w.ring.text().startswith("1:20")
    press(w, Qt.Key.Key_Space)
    assert w.art.animating
    press(w, Qt.Key.Key_Left)
    assert w.ring.text() == "1:30"
    press(w, Qt.Key.Key_Right)
    assert w.current.exercise_id == "neck.side_tilt"


def test_eyes_closed_step_ends_with_a_chime_and_a_visual_cue(qtbot: QtBot) -> None:
    rang: list[int] = []
    w, clock = window(qtbot, "self.micro_reset", chime=lambda: rang.append(1))
    assert w.current.exercise_id == "eyes.far_gaze"
    run(w, clock, w.current.seconds)
    assert rang == [1] and w.flash.isVisibleTo(w) and "Time's up" in w.flash.text()
    silent, clock2 = window(qtbot, "self.micro_reset")
    run(silent, clock2, silent.current.seconds)
    assert silent.flash.isVisibleTo(silent)  # no sound: the visual cue still shows


def test_playing_to_the_end_completes(qtbot: QtBot) -> None:
    w, clock = window(qtbot, "self.micro_reset")
    got = outcomes(w)
    for _ in range(w.total + 1):
        run(w, clock, 1)
    assert w.at_end and w.ring.text() == "Done" and not w.btn_next.isEnabled()
    assert w.btn_done.isVisibleTo(w) and not w.btn_snooze.isVisibleTo(w)
    assert not w.btn_skip.isVisibleTo(w)
    assert w.check_in_row.isVisible() and w.progress.value() == w.total
    w.close()
    assert got == [Outcome.COMPLETED]


def test_closing_early_is_interrupted_and_reported_once(qtbot: QtBot) -> None:
    w, _ = window(qtbot)
    got = outcomes(w)
    press(w, Qt.Key.Key_Escape)
    assert got == [Outcome.INTERRUPTED]
    w.finish(Outcome.COMPLETED)
    assert got == [Outcome.INTERRUPTED]


def test_buttons_report_their_outcome(qtbot: QtBot) -> None:
    for button, outcome in (
        ("btn_done", Outcome.COMPLETED),
        ("btn_skip", Outcome.SKIPPED),
        ("btn_snooze", Outcome.SNOOZED),
    ):
        w, _ = window(qtbot)
        got = outcomes(w)
        qtbot.mouseClick(getattr(w, button), Qt.MouseButton.LeftButton)
        assert got == [outcome]


def test_snooze_disabled_when_none_left(qtbot: QtBot) -> None:
    w, _ = window(qtbot, can_snooze=False)
    assert not w.btn_snooze.isEnabled() and "No snoozes" in w.btn_snooze.toolTip()


def test_closing_note_and_evidence(qtbot: QtBot) -> None:
    w, _ = window(qtbot, "self.overdue_reset")
    while not w.at_end:
        w.next()
    assert w.cue_labels[0].text() == w.routine.closing_note
    w.show_evidence()
    box = w.findChild(QMessageBox)
    assert box is not None and "Sources" in box.text() and "Stop" in box.text()
    assert "doi:" in box.text()
    box.close()


def test_composed_routines_play_from_their_id(qtbot: QtBot) -> None:
    rid = "mix:self:T2:move.walk@100;leg.calf_stretch@52;eyes.far_gaze@23"
    w, _ = window(qtbot, rid)
    assert w.routine.id == rid and w.title.text() == "Walk and stretch"
    assert len(w.screens) == 4


def test_first_time_health_questions(qtbot: QtBot) -> None:
    prefs: list[tuple[str, str]] = []
    w, clock = window(qtbot, settings=Settings())
    w.preference.connect(lambda ex, change: prefs.append((ex, change)))
    w.next()  # ear to shoulder asks about a recent neck injury
    page = w.stack.currentWidget()
    assert (
        isinstance(page, HealthPage)
        and "is this OK for you?" in page.findChildren(type(w.title))[0].text()
    )
    run(w, clock, 500)
    assert w.current.exercise_id == "neck.side_tilt"  # untimed: waits for an answer
    page.ok.click()
    assert prefs == [("neck.side_tilt", "clear")] and w.stack.currentWidget() is w.player_page
    assert w.ring.text() == f"0:{w.current.seconds:02d}"
    while w.current.exercise_id != "chest.wall_stretch":
        assert w.stack.currentWidget() is w.player_page  # the left side and blade squeeze
        w.next()
    page = w.stack.currentWidget()
    assert isinstance(page, HealthPage)
    page.no.click()  # both sides are skipped
    assert prefs[-1] == ("chest.wall_stretch", "hide")
    assert w.current.exercise_id == "low_back.standing_backbend"
    assert isinstance(w.stack.currentWidget(), HealthPage)  # it has questions of its own


def test_longest_break_leaves_out_exercises_not_holds(qtbot: QtBot) -> None:
    w, _ = window(qtbot, "self.overdue_reset", settings=Settings(max_break_min=6, cleared=ALL))
    assert w.routine.total_seconds <= 6 * 60
    cat = shipped_catalog()
    assert all(i.seconds == cat.exercises[i.exercise].seconds for i in w.routine.items[1:])


def test_hidden_exercises_are_left_out_and_hide_says_so(qtbot: QtBot) -> None:
    hidden = Settings(cleared=ALL, hidden=("neck.side_tilt",))
    w, _ = window(qtbot, settings=hidden)
    assert "neck.side_tilt" not in {s.exercise_id for s in w.screens}
    prefs: list[tuple[str, str]] = []
    w.preference.connect(lambda ex, change: prefs.append((ex, change)))
    w.next()
    ex = w.current.exercise_id
    w.fav_button.click()
    assert w.fav_button.text().startswith("★")
    w.fav_button.click()
    w.hide_button.click()
    assert prefs == [(ex, "favourite"), (ex, "unfavourite"), (ex, "hide")]
    assert not w.hide_button.isEnabled() and "won't come up" in w.hide_button.text()


def test_reduced_motion_shows_a_still_end_pose(qtbot: QtBot) -> None:
    moving, _ = window(qtbot)
    assert moving.art.animating
    still, _ = window(qtbot, settings=Settings(reduced_motion=True, cleared=ALL))
    assert not still.art.animating and still.art._frames[0].name == "b.svg"


def test_every_screen_has_art_that_renders(qtbot: QtBot) -> None:
    cat = shipped_catalog()
    for rid in cat.routines:
        w, _ = window(qtbot, rid, catalog=cat)
        for screen in w.screens:
            if screen.timed:
                paths, alt = w._frames(screen)
                assert alt and all(p.exists() for p in paths), (rid, screen.exercise_id)
        w.finish(Outcome.SKIPPED)
    assert Path(ASSETS / "illustrations").is_dir()


def test_the_health_page_keeps_snooze_skip_and_done(qtbot: QtBot) -> None:
    w, _ = window(qtbot, settings=Settings())
    w.next()
    assert isinstance(w.stack.currentWidget(), HealthPage)
    assert w.btn_done.isVisibleTo(w) and w.btn_skip.isVisibleTo(w)
    assert not w.btn_next.isVisibleTo(w) and not w.btn_pause.isVisibleTo(w)
