"""Partner mode in the routine window: the walk, then pages that wait for clicks (consent,
screening per person, the giver's check, pressure per receiver), techniques with their
pressure target, the swap, and the aftercare. Page-level tests are in test_partner_pages.py."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui.partner_pages import (
    AftercarePage,
    ConsentPage,
    FallbackPage,
    GiverCheckPage,
    OneReceiverPage,
    PressurePage,
    ScreeningPage,
    SwapPage,
)
from massage_break.ui.routine_window import RoutineWindow
from tests.conftest import ASSETS
from tests.unit.ui.shipped import shipped_catalog

ALL = tuple(shipped_catalog().exercises)


class FakeClock:
    def __init__(self) -> None:
        self.t = 50.0

    def __call__(self) -> float:
        return self.t


def window(
    qtbot: QtBot,
    routine: str = "partner.quick_shoulders",
    tier: str = "T1",
    settings: Settings | None = None,
) -> tuple[RoutineWindow, FakeClock]:
    clock = FakeClock()
    w = RoutineWindow(
        ShowRoutine(routine, tier, 45 * 60, True),
        shipped_catalog(),
        ASSETS,
        60,
        settings or Settings(partner_mode=True, cleared=ALL),
        clock=clock,
    )
    qtbot.addWidget(w)
    w.show()
    return w, clock


def inner(w: RoutineWindow) -> object:
    return w.stack.currentWidget()


def wait(w: RoutineWindow, clock: FakeClock) -> None:
    """Ten minutes pass and Next is pressed: a page must still be waiting for its click."""
    page = inner(w)
    for _ in range(3):
        clock.t += 200
        w._tick()
    w.next()
    assert inner(w) is page


def after_walk(w: RoutineWindow, clock: FakeClock) -> None:
    assert w.current.kind == "walk"
    clock.t += w.current.seconds
    w._tick()


def consent(w: RoutineWindow) -> None:
    c = inner(w)
    assert isinstance(c, ConsentPage) and not c.next.isEnabled()
    c.giver.setChecked(True)
    assert not c.next.isEnabled()  # both people, every time
    c.receiver.setChecked(True)
    c.next.click()


def answer(w: RoutineWindow, yes: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    s = inner(w)
    assert isinstance(s, ScreeningPage) and not s.next.isEnabled()
    s.show_questions.click()  # past the "please look away" cover
    for code, group in s.groups.items():
        group.button(1 if code in yes else 0).setChecked(True)
    s.next.click()


def giver(w: RoutineWindow, sore: bool = False) -> None:
    g = inner(w)
    assert isinstance(g, GiverCheckPage) and not g.next.isEnabled()
    (g.yes if sore else g.no).setChecked(True)
    g.next.click()


def pressure(w: RoutineWindow, value: int = 4) -> None:
    p = inner(w)
    assert isinstance(p, PressurePage)
    p.slider.setValue(value)
    p.next.click()


def play_to_end(w: RoutineWindow, swap_yes: bool = True) -> tuple[list[str], list[str]]:
    """Go through the rest of the break; returns the gates met and the role lines shown."""
    gates: list[str] = []
    roles: list[str] = []
    while not w.at_end:
        if w.current.kind == "gate":
            gates.append(w.current.gate)
            page = inner(w)
            if isinstance(page, PressurePage):
                pressure(w, 3)
            elif isinstance(page, SwapPage):
                (page.next if swap_yes else page.decline).click()
            else:
                assert isinstance(page, AftercarePage)
                page.next.click()
            continue
        roles.append(w.role_label.text())
        w.next()
    return gates, roles


def test_partner_switch_only_where_the_tier_allows(qtbot: QtBot) -> None:
    on, _ = window(qtbot, "self.stand_and_move")
    assert on.partner_box.isVisibleTo(on)
    micro, _ = window(qtbot, "self.micro_reset", "T0")
    assert not micro.partner_box.isVisibleTo(micro)
    no = Settings(partner_mode=False, cleared=ALL)
    off, _ = window(qtbot, "self.stand_and_move", settings=no)
    assert not off.partner_box.isVisibleTo(off)
    names = [off.picker.itemData(i) for i in range(off.picker.count())]
    assert "partner.back_care" not in names and "self.overdue_reset" in names


def test_the_walk_comes_first_then_pages_that_wait_for_clicks(qtbot: QtBot) -> None:
    w, clock = window(qtbot)
    after_walk(w, clock)
    assert isinstance(inner(w), ConsentPage) and w.current.gate == "consent"
    wait(w, clock)
    consent(w)
    assert isinstance(inner(w), ScreeningPage)
    wait(w, clock)
    answer(w)
    assert isinstance(inner(w), GiverCheckPage)
    wait(w, clock)
    giver(w)
    p = inner(w)
    assert isinstance(p, PressurePage)
    wait(w, clock)
    p.slider.setValue(6)
    assert not p.next.isEnabled() and "more than a partner should ever use" in p.message.text()
    pressure(w, 4)
    assert w.current.kind == "exercise" and w.pressure == {"R": 4}


def test_techniques_show_roles_pressure_target_and_ask_for_a_number(qtbot: QtBot) -> None:
    w, clock = window(qtbot)
    after_walk(w, clock)
    consent(w)
    answer(w)
    giver(w)
    pressure(w)
    while w.current.exercise_id != "partner.palm_glide":
        w.next()
    assert w.pressure_label.text() == "Pressure: 3–4 out of 10"
    assert w.role_label.text() == "Giver" and not w.ask_label.isVisibleTo(w)
    clock.t += w.current.check_in_after_s
    w._tick()
    assert w.ask_label.isVisibleTo(w) and w.ask_label.text() == "Ask: what number?"
    w.next()
    assert w.current.exercise_id == "partner.shoulder_kneading"
    assert any("hollow above the collarbone" in c.text() for c in w.cue_labels)


def test_turns_swap_with_names_and_a_second_pressure_check(qtbot: QtBot) -> None:
    w, clock = window(qtbot, "partner.back_care", "T2")
    got: list[tuple[Outcome, str, int | None]] = []
    w.finished.connect(lambda o, rid, pressure: got.append((o, rid, pressure)))
    after_walk(w, clock)
    consent(w)
    s = inner(w)
    assert isinstance(s, ScreeningPage) and s.person == "A"
    answer(w)
    s = inner(w)
    assert isinstance(s, ScreeningPage) and s.person == "B"
    answer(w)
    giver(w)
    assert w.current.gate == "pressure:A"
    pressure(w, 4)
    gates, roles = play_to_end(w)
    assert gates == ["swap", "pressure:B", "aftercare"]
    assert "Giver (B gives, A receives)" in roles and "Giver (A gives, B receives)" in roles
    assert w.pressure == {"A": 4, "B": 3}
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    w.check_in_buttons["back"].click()
    assert got == [(Outcome.COMPLETED, "partner.back_care", 4)]  # the firmer of 4 and 3


def test_the_swap_page_says_who_gives_and_a_no_skips_that_turn(qtbot: QtBot) -> None:
    w, clock = window(qtbot, "partner.back_care", "T2")
    after_walk(w, clock)
    consent(w)
    answer(w)
    answer(w)
    giver(w)
    pressure(w)
    while w.current.gate != "swap":
        w.next()
    swap = inner(w)
    assert isinstance(swap, SwapPage) and (swap.giver, swap.receiver) == ("A", "B")
    wait(w, clock)
    gates, roles = play_to_end(w, swap_yes=False)
    assert gates == ["swap", "aftercare"]  # no second pressure check, no second turn
    assert not any("A gives" in r for r in roles)
    assert "partner.closing_sweep" in {i.exercise for i in w.routine.items}


def test_a_screening_yes_leads_kindly_to_the_stretch_routine(qtbot: QtBot) -> None:
    w, clock = window(qtbot)
    after_walk(w, clock)
    consent(w)
    answer(w, {"blood_thinners"})
    fb = w.stack.currentWidget()
    assert isinstance(fb, FallbackPage)
    fb.button.click()
    assert w.routine.id == "self.stand_and_move"
    assert w.stack.currentWidget() is w.player_page


def test_no_touch_alternative(qtbot: QtBot) -> None:
    w, clock = window(qtbot)
    after_walk(w, clock)
    c = inner(w)
    assert isinstance(c, ConsentPage)
    c.alternative.click()
    fb = w.stack.currentWidget()
    assert isinstance(fb, FallbackPage)
    fb.button.click()
    assert w.routine.id == "self.stand_and_move"


def test_one_person_screened_out_receives_no_turn_and_nobody_is_named(qtbot: QtBot) -> None:
    w, clock = window(qtbot, "partner.back_care", "T2")
    after_walk(w, clock)
    consent(w)
    answer(w, {"blood_thinners"})  # A answers yes
    answer(w)  # B answers no
    one = inner(w)
    assert isinstance(one, OneReceiverPage)
    text = " ".join(label.text() for label in one.findChildren(QLabel))
    for word in (" A ", " B ", "A,", "B,", "A:", "B:", "giver", "first", "second"):
        assert word not in f" {text} ", word
    wait(w, clock)
    one.next.click()
    assert w.current.gate == "giver_check"
    giver(w)
    assert w.current.gate == "pressure:R"
    pressure(w)
    gates, roles = play_to_end(w)
    assert gates == ["aftercare"]
    assert not any("A gives" in r or "B gives" in r for r in roles)
    assert "partner.swap_check_in" not in {i.exercise for i in w.routine.items}


def test_sore_hands_keep_it_gentle(qtbot: QtBot) -> None:
    w, clock = window(qtbot, "partner.back_care", "T2")
    after_walk(w, clock)
    consent(w)
    answer(w)
    answer(w)
    giver(w, sore=True)
    gentle = set(shipped_catalog().partner.gentle_only)
    kinds = shipped_catalog().exercises
    used = {i.exercise for i in w.routine.items if kinds[i.exercise].kind == "partner"}
    assert used and used <= gentle and "partner.lean_compression" not in used
    assert w.current.gate == "pressure:A"


def test_both_screened_out_get_the_stretches(qtbot: QtBot) -> None:
    w, clock = window(qtbot, "partner.back_care", "T2")
    after_walk(w, clock)
    consent(w)
    answer(w, {"pregnancy"})
    answer(w, {"osteoporosis"})
    fb = inner(w)
    assert isinstance(fb, FallbackPage)
    fb.button.click()
    assert w.routine.id == "self.standard_break"


def test_trimming_never_drops_a_safety_step(qtbot: QtBot) -> None:
    w, _ = window(qtbot, "partner.back_care", "T2", Settings(partner_mode=True, max_break_min=5))
    full = shipped_catalog().routines["partner.back_care"]
    names = [i.exercise for i in w.routine.items]
    assert w.routine.total_seconds < full.total_seconds
    assert names.count("partner.closing_sweep") == 2 and "partner.swap_check_in" in names
    assert [s.gate for s in w.screens if s.kind == "gate"][-1] == "aftercare"


def test_ticking_partner_composes_a_partner_break_and_unticking_returns(qtbot: QtBot) -> None:
    w, _ = window(qtbot, "self.stand_and_move")
    w.partner_box.setChecked(True)
    assert w.routine.requires_partner and w.routine.id.startswith("mix:partner:T1:")
    assert w.current.kind == "walk"
    w.partner_box.setChecked(False)
    assert w.routine.id == "self.stand_and_move"


def test_partner_evidence_line(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox

    w, _ = window(qtbot)
    w.show_evidence()
    box = w.findChild(QMessageBox)
    assert box is not None and "short-lived" in box.text()
    box.close()


def test_a_single_pressure_target_is_said_as_one_number(qtbot: QtBot) -> None:
    w, clock = window(qtbot, "mix:partner:T1:move.walk@120~both;partner.posture_cue@31")
    after_walk(w, clock)
    consent(w)
    answer(w)
    giver(w)
    pressure(w)
    while w.current.exercise_id != "partner.posture_cue":
        w.next()
    assert w.current.pressure_target == (1, 1)
    assert w.pressure_label.text() == "Pressure: 1 out of 10"
