"""Partner mode in the routine window: consent, screening, pressure cap, roles, aftercare."""

from PySide6.QtCore import Qt
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
)
from massage_break.ui.routine_window import RoutineWindow
from tests.conftest import ASSETS
from tests.unit.ui.shipped import shipped_catalog


def window(
    qtbot: QtBot,
    routine: str = "self.stand_and_move",
    tier: str = "T1",
    settings: Settings | None = None,
) -> RoutineWindow:
    w = RoutineWindow(
        ShowRoutine(routine, tier, 45 * 60, True),
        shipped_catalog(),
        ASSETS,
        60,
        settings or Settings(partner_mode=True),
    )
    qtbot.addWidget(w)
    w.show()
    return w


def page(w: RoutineWindow) -> object:
    return w.stack.currentWidget()


def consent(qtbot: QtBot, w: RoutineWindow) -> None:
    c = page(w)
    assert isinstance(c, ConsentPage) and not c.next.isEnabled()
    c.giver.setChecked(True)
    assert not c.next.isEnabled()  # both people, every time
    c.receiver.setChecked(True)
    qtbot.mouseClick(c.next, Qt.MouseButton.LeftButton)


def answer(w: RoutineWindow, yes: set[str]) -> None:
    """Each person's private page in turn: keys "A:code", "B:code", or plain "code" for
    the one receiver; these answers "yes", the rest "no"."""
    s = page(w)
    assert isinstance(s, ScreeningPage)
    while isinstance(s, ScreeningPage):
        assert not s.next.isEnabled() and s.stack.currentIndex() == 0  # the cover first
        s.show_questions.click()
        for code, group in s.groups.items():
            key = code if s.person == "R" else f"{s.person}:{code}"
            group.button(1 if key in yes else 0).setChecked(True)
        assert s.next.isEnabled()
        s.next.click()
        s = page(w)


def giver(w: RoutineWindow, sore: bool) -> None:
    g = page(w)
    assert isinstance(g, GiverCheckPage) and not g.next.isEnabled()
    (g.yes if sore else g.no).setChecked(True)
    g.next.click()


def test_partner_switch_only_where_the_tier_allows(qtbot: QtBot) -> None:
    assert window(qtbot).partner_box.isVisibleTo(window(qtbot))
    micro = window(qtbot, "self.micro_reset", "T0")
    assert not micro.partner_box.isVisibleTo(micro)
    off = window(qtbot, settings=Settings())  # partner mode is off until turned on
    assert not off.partner_box.isVisibleTo(off)


def test_a_screening_yes_leads_kindly_to_the_stretch_routine(qtbot: QtBot) -> None:
    w = window(qtbot)
    w.partner_box.setChecked(True)
    assert w.title.text() == shipped_catalog().routines["partner.quick_shoulders"].title
    consent(qtbot, w)
    answer(w, {"blood_thinners"})
    fb = page(w)
    assert isinstance(fb, FallbackPage)
    assert shipped_catalog().partner.fallback_note in fb.findChildren(type(w.title))[1].text()
    fb.button.click()
    assert page(w) is w.player and w.routine.id == "self.stand_and_move"
    assert not w.partner_box.isChecked()


def test_no_touch_alternative(qtbot: QtBot) -> None:
    w = window(qtbot)
    w.partner_box.setChecked(True)
    c = page(w)
    assert isinstance(c, ConsentPage)
    c.alternative.click()
    assert w.routine.id == "self.stand_and_move" and page(w) is w.player


def test_pressure_cap_roles_and_swap(qtbot: QtBot) -> None:
    w = window(qtbot, "self.standard_break", "T2")
    got: list[tuple[Outcome, str]] = []
    w.finished.connect(lambda o, rid: got.append((o, rid)))
    w.partner_box.setChecked(True)
    consent(qtbot, w)
    answer(w, set())
    giver(w, False)
    p = page(w)
    assert isinstance(p, PressurePage) and p.person == "B"  # B receives first
    p.slider.setValue(6)
    assert not p.next.isEnabled() and "more than a partner should ever use" in p.message.text()
    p.slider.setValue(8)
    assert not p.next.isEnabled()
    p.slider.setValue(4)
    assert p.next.isEnabled() and "target" in p.message.text()
    p.next.click()
    assert w.routine.id == "partner.back_care" and page(w) is w.player
    roles = set()
    swaps = 0
    while not w.at_end:
        roles.add(w.role_label.text().split(" (")[0])
        swaps += "Swap roles" in w.role_label.text()
        w.next()
    assert {"Giver", "Both of you"} <= roles
    assert swaps == 1  # the halfway swap is announced once
    assert isinstance(page(w), AftercarePage) and w.check_in_row.isVisible()
    w.check_in_buttons["back"].click()
    assert got == [(Outcome.COMPLETED, "partner.back_care")]


def test_giver_with_sore_hands_gets_the_gentle_version(qtbot: QtBot) -> None:
    w = window(qtbot)
    w.partner_box.setChecked(True)
    consent(qtbot, w)
    answer(w, set())
    giver(w, True)
    p = page(w)
    assert isinstance(p, PressurePage)
    p.next.click()
    gentle = set(shipped_catalog().partner.gentle_only)
    techniques = {
        i.exercise
        for i in w.routine.items
        if shipped_catalog().exercises[i.exercise].kind == "partner"
    }
    assert techniques and techniques <= gentle
    assert (
        w.routine.total_seconds
        == shipped_catalog().routines["partner.quick_shoulders"].total_seconds
    )


def test_unticking_partner_returns_to_the_self_routine(qtbot: QtBot) -> None:
    w = window(qtbot)
    w.partner_box.setChecked(True)
    w.partner_box.setChecked(False)
    assert w.routine.id == "self.stand_and_move" and page(w) is w.player


def test_reduced_motion_shows_a_still_end_pose(qtbot: QtBot) -> None:
    moving = window(qtbot)
    assert moving.art.animating
    still = window(qtbot, settings=Settings(reduced_motion=True))
    assert not still.art.animating
    assert still.art._frames[0].name == "b.svg"


def test_picker_offers_every_tier(qtbot: QtBot) -> None:
    w = window(qtbot)
    ids = [w.picker.itemData(i) for i in range(1, w.picker.count())]
    assert set(ids) >= set(shipped_catalog().routines) - {""}
    w.choose("self.overdue_reset")
    assert w.routine.id == "self.overdue_reset" and w.why.text().endswith("9-minute break")


def test_longest_break_trims_stretches(qtbot: QtBot) -> None:
    w = window(qtbot, "self.overdue_reset", "T3", Settings(max_break_min=6))
    assert w.routine.total_seconds <= 6 * 60 + 1
    walk = [i for i in w.routine.items if i.exercise == "move.walk"]
    assert walk and walk[0].seconds == 240


def test_favourite_and_hide(qtbot: QtBot) -> None:
    w = window(qtbot)
    prefs: list[tuple[str, str]] = []
    w.preference.connect(lambda ex, change: prefs.append((ex, change)))
    while w.segment.exercise_id in ("move.sit_to_stand", "move.walk"):
        w.next()
    ex = w.segment.exercise_id
    w.fav_button.click()
    assert w.fav_button.text().startswith("★")
    w.fav_button.click()
    w.hide_button.click()
    assert prefs == [(ex, "favourite"), (ex, "unfavourite"), (ex, "hide")]
    assert not w.hide_button.isEnabled()


def test_turn_taking_routines_ask_each_person_on_their_own_page(qtbot: QtBot) -> None:
    w = window(qtbot, "self.standard_break", "T2")
    w.partner_box.setChecked(True)
    consent(qtbot, w)
    routine = shipped_catalog().routines["partner.back_care"]
    seen = []
    while isinstance(s := page(w), ScreeningPage):
        assert set(s.groups) == set(routine.screening)  # one person's questions only
        seen.append(s.person)
        s.show_questions.click()
        for group in s.groups.values():
            group.button(0).setChecked(True)
        s.next.click()
    assert seen == ["B", "A"] and isinstance(page(w), GiverCheckPage)


def screened_for_turns(qtbot: QtBot, yes: set[str]) -> RoutineWindow:
    """The back-care routine (turns) with these answers "yes", the rest "no"."""
    w = window(qtbot, "self.standard_break", "T2")
    w.partner_box.setChecked(True)
    consent(qtbot, w)
    answer(w, yes)
    return w


def start_at_pressure(w: RoutineWindow) -> None:
    p = page(w)
    assert isinstance(p, PressurePage)
    p.next.click()


def test_one_person_screened_out_only_gives_and_there_is_no_second_turn(qtbot: QtBot) -> None:
    w = screened_for_turns(qtbot, {"A:blood_thinners"})
    one = page(w)
    assert isinstance(one, OneReceiverPage)
    assert "Only one of you will receive today" in one.text()
    one.next.click()
    giver(w, False)
    start_at_pressure(w)
    full = shipped_catalog().routines["partner.back_care"]
    assert w.routine.id == full.id and w.routine.total_seconds < full.total_seconds
    texts = []
    while not w.at_end:
        texts.append(w.role_label.text())
        w.next()
    assert not any("Swap roles" in t or "A gives" in t or "B gives" in t for t in texts)
    assert any(t.startswith("Giver") for t in texts)


def test_both_screened_out_means_stretches(qtbot: QtBot) -> None:
    w = screened_for_turns(qtbot, {"A:pregnancy", "B:recent_injury"})
    assert isinstance(page(w), FallbackPage)


def test_sore_hands_on_either_person_keep_turns_gentle(qtbot: QtBot) -> None:
    w = screened_for_turns(qtbot, set())
    giver(w, True)
    start_at_pressure(w)
    gentle = set(shipped_catalog().partner.gentle_only)
    kinds = shipped_catalog().exercises
    used = {i.exercise for i in w.routine.items if kinds[i.exercise].kind == "partner"}
    assert used and used <= gentle
