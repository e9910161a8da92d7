from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from massage_break.core.catalog import Catalog
from massage_break.core.describe import mirrored_text
from massage_break.core.model import Outcome, ShowRoutine
from massage_break.ui.routine_window import RoutineWindow
from tests.conftest import ASSETS
from tests.unit.ui.shipped import shipped_catalog


def window(
    qtbot: QtBot,
    routine: str = "self.stand_and_move",
    can_snooze: bool = True,
    catalog: Catalog | None = None,
) -> RoutineWindow:
    cat = catalog or shipped_catalog()
    tier = cat.routines[routine].tiers[0]
    w = RoutineWindow(ShowRoutine(routine, tier, 42 * 60, can_snooze), cat, ASSETS, 60)
    qtbot.addWidget(w)
    w.show()
    return w


def press(w: RoutineWindow, key: Qt.Key) -> None:
    """Fire the window's shortcut for `key` (as Qt's shortcut map would)."""
    from PySide6.QtGui import QKeySequence, QShortcut

    matches = [s for s in w.findChildren(QShortcut) if s.key() == QKeySequence(key)]
    assert len(matches) == 1, f"no single shortcut for {key}"
    matches[0].activated.emit()


def outcomes(w: RoutineWindow) -> list[Outcome]:
    got: list[Outcome] = []
    w.finished.connect(lambda outcome, _rid: got.append(outcome))
    return got


def test_shows_title_reason_first_step_and_art(qtbot: QtBot) -> None:
    w = window(qtbot)
    assert w.title.text() == w.routine.title
    assert w.why.text() == "Sitting 42 min → 3-minute break"
    assert w.step_label.text().startswith("Step 1 of ")
    assert w.ring.text() == f"0:{w.segments[0].seconds:02d}"
    renderer = w.art.renderer()
    assert renderer is not None and renderer.isValid()
    assert w.art.accessibleDescription()
    assert not w.btn_back.isEnabled()


def test_countdown_advances_and_pause_holds_it(qtbot: QtBot) -> None:
    w = window(qtbot)
    first = w.segments[0].seconds
    w._tick()
    assert w.remaining == first - 1 and w.btn_back.isEnabled()
    press(w, Qt.Key.Key_Space)
    assert w.paused and w.btn_pause.text() == "Resume" and "paused" in w.ring.text()
    w._tick()
    assert w.remaining == first - 1
    w.toggle_pause()
    for _ in range(first - 1):
        w._tick()
    assert w.index == 1


def test_back_restarts_step_then_goes_back(qtbot: QtBot) -> None:
    w = window(qtbot)
    press(w, Qt.Key.Key_Right)
    assert w.index == 1
    w._tick()
    press(w, Qt.Key.Key_Left)
    assert (w.index, w.remaining) == (1, w.segments[1].seconds)
    press(w, Qt.Key.Key_Left)
    assert w.index == 0


def test_per_side_steps_mirror_and_cue_switch(qtbot: QtBot) -> None:
    w = window(qtbot)
    sides = [s for s in w.segments if s.side]
    assert sides and any(s.mirrored for s in sides)
    idx = next(
        i
        for i, s in enumerate(w.segments)
        if i + 1 < len(w.segments) and s.side == "right" and w.segments[i + 1].side == "left"
    )
    while w.index < idx:
        w.next()
    assert w.next_label.text() == "Next: switch sides"
    right = w.art.accessibleDescription()
    w.next()
    assert w.art._mirrored and "left side" in w.step_label.text()
    left = w.art.accessibleDescription()
    assert "right" in right and left == mirrored_text(right) != right  # the words swap too


def test_walking_to_the_end_completes(qtbot: QtBot) -> None:
    w = window(qtbot, "self.micro_reset")
    got = outcomes(w)
    for _ in range(sum(s.seconds for s in w.segments)):
        w._tick()
    assert w.at_end and w.ring.text() == "Done" and not w.btn_next.isEnabled()
    assert w.check_in_row.isVisible()
    assert w.progress.value() == w.total
    w.close()
    assert got == [Outcome.COMPLETED]


def test_closing_early_is_interrupted_and_reported_once(qtbot: QtBot) -> None:
    w = window(qtbot)
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
        w = window(qtbot)
        got = outcomes(w)
        qtbot.mouseClick(getattr(w, button), Qt.MouseButton.LeftButton)
        assert got == [outcome]


def test_snooze_disabled_when_none_left(qtbot: QtBot) -> None:
    w = window(qtbot, can_snooze=False)
    assert not w.btn_snooze.isEnabled() and "No snoozes" in w.btn_snooze.toolTip()


def test_closing_note_and_evidence(qtbot: QtBot) -> None:
    w = window(qtbot, "self.overdue_reset")
    while not w.at_end:
        w.next()
    assert w.cue.text() == w.routine.closing_note
    w.show_evidence()
    from PySide6.QtWidgets import QMessageBox

    box = w.findChild(QMessageBox)
    assert box is not None and "Sources" in box.text() and "Stop" in box.text()
    box.close()


def test_every_routine_step_has_art_that_renders(qtbot: QtBot) -> None:
    cat = shipped_catalog()
    for rid in cat.routines:
        w = window(qtbot, rid, catalog=cat)
        for i in range(len(w.segments)):
            w.index = i
            w._render()
            r = w.art.renderer()
            assert r is not None and r.isValid(), (rid, i)
        w.finish(Outcome.SKIPPED)
