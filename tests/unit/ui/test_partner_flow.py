"""Partner mode in the routine window: the walk, then pages that wait for clicks (consent,
screening, pressure), techniques with their pressure target, the swap, and the aftercare.

These tests drive the partner pages through the window's gate wiring; page-level tests live
with the pages."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from massage_break.core.model import Outcome, ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui.partner_pages import (
    ConsentPage,
    FallbackPage,
    PressurePage,
    ScreeningPage,
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
    page = w.stack.currentWidget()
    return getattr(page, "page", page)


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


def answer(w: RoutineWindow, yes: set[str]) -> None:
    s = inner(w)
    assert isinstance(s, ScreeningPage) and not s.next.isEnabled()
    for code, group in s.groups.items():
        group.button(1 if code in yes else 0).setChecked(True)
    s.next.click()


def click_continue(w: RoutineWindow) -> None:
    page = w.stack.currentWidget()
    page.next.click()  # type: ignore[attr-defined]


def pressure(w: RoutineWindow, value: int = 4) -> None:
    p = inner(w)
    assert isinstance(p, PressurePage)
    p.slider.setValue(value)
    p.next.click()


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
    assert isinstance(inner(w), ConsentPage)
    for _ in range(3):
        clock.t += 600
        w._tick()
    w.next()
    assert isinstance(inner(w), ConsentPage) and w.current.gate == "consent"
    consent(w)
    assert isinstance(inner(w), ScreeningPage)
    clock.t += 600
    w._tick()
    assert isinstance(inner(w), ScreeningPage)
    answer(w, set())
    assert w.current.gate == "giver_check"
    click_continue(w)
    p = inner(w)
    assert isinstance(p, PressurePage)
    clock.t += 600
    w._tick()
    p.slider.setValue(6)
    assert not p.next.isEnabled() and "more than a lay partner" in p.message.text()
    pressure(w, 4)
    assert w.current.exercise_id == "partner.check_in" and w.pressure == {"R": 4}


def test_techniques_show_roles_pressure_target_and_ask_for_a_number(qtbot: QtBot) -> None:
    w, clock = window(qtbot)
    after_walk(w, clock)
    consent(w)
    answer(w, set())
    click_continue(w)
    pressure(w)
    w.next()
    assert w.current.exercise_id == "partner.palm_glide"
    assert w.pressure_label.text() == "Pressure: 3–4 out of 10"
    assert w.role_label.text() == "Giver" and not w.ask_label.isVisibleTo(w)
    clock.t += w.current.check_in_after_s
    w._tick()
    assert w.ask_label.isVisibleTo(w) and w.ask_label.text() == "Ask: what number?"
    kneading = shipped_catalog().exercises["partner.shoulder_kneading"]
    w.next()
    assert "hollow above the collarbone" in w.cue_labels[0].text()
    assert w.current.exercise_id == kneading.id


def test_turns_swap_with_names_and_a_second_pressure_check(qtbot: QtBot) -> None:
    w, clock = window(qtbot, "partner.back_care", "T2")
    got: list[tuple[Outcome, str]] = []
    w.finished.connect(lambda o, rid: got.append((o, rid)))
    after_walk(w, clock)
    consent(w)
    s = inner(w)
    assert isinstance(s, ScreeningPage) and s.people == ("B", "A")
    answer(w, set())
    click_continue(w)
    pressure(w)
    roles: set[str] = set()
    gates: list[str] = []
    while not w.at_end:
        if w.current.kind == "gate":
            gates.append(w.current.gate)
            if w.current.gate.startswith("pressure"):
                pressure(w, 3)
            else:
                click_continue(w)
            continue
        roles.add(w.role_label.text())
        w.next()
    assert gates == ["swap", "pressure:B", "aftercare"]
    assert "Giver (B gives, A receives)" in roles and "Giver (A gives, B receives)" in roles
    assert w.pressure == {"A": 4, "B": 3}
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    w.check_in_buttons["back"].click()
    assert got == [(Outcome.COMPLETED, "partner.back_care")]


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


def test_one_person_screened_out_receives_no_turn(qtbot: QtBot) -> None:
    w, clock = window(qtbot, "partner.back_care", "T2")
    after_walk(w, clock)
    consent(w)
    answer(w, {"A:blood_thinners"})
    assert w.current.gate == "giver_check"
    click_continue(w)
    assert w.current.gate == "pressure:R"
    pressure(w)
    texts = []
    while not w.at_end:
        if w.current.kind == "gate":
            click_continue(w)
            continue
        texts.append(w.role_label.text())
        w.next()
    assert not any("A gives" in t or "B gives" in t for t in texts)
    assert "partner.swap_check_in" not in {i.exercise for i in w.routine.items}


def test_sore_hands_keep_it_gentle(qtbot: QtBot) -> None:
    w, clock = window(qtbot, "partner.back_care", "T2")
    after_walk(w, clock)
    consent(w)
    answer(w, {"A:giver"})
    gentle = set(shipped_catalog().partner.gentle_only)
    kinds = shipped_catalog().exercises
    used = {i.exercise for i in w.routine.items if kinds[i.exercise].kind == "partner"}
    assert used and used <= gentle


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


def test_pages_written_to_the_shared_contract_are_wired_through_done(
    qtbot: QtBot, monkeypatch: object
) -> None:
    """Pages with `done = Signal(object)` and `(catalog, person)` constructors, as the
    contract between the player and the partner pages describes them."""
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QWidget

    from massage_break.ui import partner_pages

    made: list[tuple[str, tuple[object, ...]]] = []

    def page(name: str) -> type:
        class Page(QWidget):
            done = Signal(object)

            def __init__(self, catalog: object, *args: object) -> None:
                super().__init__()
                made.append((name, args))

        return Page

    for name in (
        "ConsentPage",
        "ScreeningPage",
        "GiverCheckPage",
        "PressurePage",
        "SwapPage",
        "AftercarePage",
    ):
        monkeypatch.setattr(partner_pages, name, page(name), raising=False)  # type: ignore[attr-defined]
    w, clock = window(qtbot, "partner.back_care", "T2")
    after_walk(w, clock)
    answers = {"consent": True, "screening": True, "giver_check": False, "pressure": 4}
    while not w.at_end:
        if w.current.kind == "gate":
            kind = w.current.gate.split(":")[0]
            w.stack.currentWidget().done.emit(answers.get(kind))  # type: ignore[attr-defined]
        else:
            w.next()
    assert made == [
        ("ConsentPage", ()),
        ("ScreeningPage", ("A",)),
        ("ScreeningPage", ("B",)),
        ("GiverCheckPage", ()),
        ("PressurePage", ("A",)),
        ("SwapPage", ("A", "B")),
        ("PressurePage", ("B",)),
        ("AftercarePage", ()),
    ]
    assert w.pressure == {"A": 4, "B": 4} and w.may_receive == {"A": True, "B": True}


def test_contract_pages_one_person_screened_out_and_consent_refused(
    qtbot: QtBot, monkeypatch: object
) -> None:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QWidget

    from massage_break.ui import partner_pages

    class Page(QWidget):
        done = Signal(object)

        def __init__(self, catalog: object, *args: object) -> None:
            super().__init__()

    for name in ("ConsentPage", "ScreeningPage", "GiverCheckPage", "PressurePage"):
        monkeypatch.setattr(partner_pages, name, Page, raising=False)  # type: ignore[attr-defined]
    w, clock = window(qtbot, "partner.back_care", "T2")
    after_walk(w, clock)

    def done(value: object) -> None:  # the page on screen now reports
        w.stack.currentWidget().done.emit(value)  # type: ignore[attr-defined]

    done(True)
    done(False)  # A may not receive
    done(True)  # B may
    assert w.current.gate == "giver_check" and not w.routine.swap_roles
    done(True)  # sore hands: gentle only
    gentle = set(shipped_catalog().partner.gentle_only)
    kinds = shipped_catalog().exercises
    assert {i.exercise for i in w.routine.items if kinds[i.exercise].kind == "partner"} <= gentle
    assert w.current.gate == "pressure:R"
    both_out, clock2 = window(qtbot, "partner.back_care", "T2")
    after_walk(both_out, clock2)
    both_out.stack.currentWidget().done.emit(False)  # type: ignore[attr-defined]
    assert isinstance(both_out.stack.currentWidget(), FallbackPage)
