"""Keyboard and screen reader: every control that takes focus, in every window, has a name a
screen reader can say; glyph buttons have words; the countdown is not read out each second."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from massage_break.core.settings import Settings
from massage_break.ui import partner_pages
from massage_break.ui.countdown_ring import CountdownRing
from massage_break.ui.history_model import HistoryModel
from massage_break.ui.history_window import HistoryWindow
from massage_break.ui.palette_colours import error_colour
from massage_break.ui.prompt_window import PromptWindow
from massage_break.ui.settings_dialog import SettingsDialog
from massage_break.ui.welcome import WelcomeDialog
from tests.unit.ui.shipped import shipped_catalog
from tests.unit.ui.test_history_window import controller
from tests.unit.ui.test_i18n import routine_window


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface.text(QAccessible.Text.Name).replace("&", "").strip()


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, once round the window's focus chain."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in stops:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.window() is window
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def partner_windows() -> Iterator[QWidget]:
    catalog = shipped_catalog()
    routine = next(r for r in catalog.routines.values() if r.requires_partner)
    fallback = next(r for r in catalog.routines.values() if not r.requires_partner)
    yield partner_pages.ConsentPage(catalog, turns=True)
    screening = partner_pages.ScreeningPage(catalog, routine, "A")
    screening.show_questions.click()
    yield screening
    yield partner_pages.GiverCheckPage(catalog, both_give=True)
    yield partner_pages.PressurePage(catalog, "B")
    yield partner_pages.SwapPage(catalog, "A", "B")
    yield partner_pages.OneReceiverPage(catalog)
    yield partner_pages.AftercarePage(catalog)
    yield partner_pages.FallbackPage(catalog, fallback)


def all_windows(qtbot: QtBot) -> list[QWidget]:
    prompt = PromptWindow()
    prompt.notify("Time for a break", "You have been sitting for 31 min.", can_snooze=True)
    windows: list[QWidget] = [
        WelcomeDialog(Settings(), offer_login=True),
        SettingsDialog(
            Settings(hidden=("neck.side_tilt",)),
            start_at_login=True,
            exercise_names={"neck.side_tilt": "Ear to shoulder"},
        ),
        HistoryWindow(HistoryModel.of(controller([]))),
        prompt,
        *partner_windows(),
    ]
    for w in windows:
        qtbot.addWidget(w)
        w.show()
    windows.append(routine_window(qtbot))
    return windows


def test_every_control_that_takes_focus_has_a_spoken_name(qtbot: QtBot) -> None:
    nameless: list[str] = []
    visited = 0
    for window in all_windows(qtbot):
        stops = tab_stops(window)
        assert stops, window.objectName()
        for tabs in window.findChildren(QTabWidget):  # every page, not just the first
            for page in range(tabs.count()):
                tabs.setCurrentIndex(page)
                stops += [w for w in tab_stops(window) if w not in stops]
        for widget in stops:
            visited += 1
            if not spoken_name(widget):
                nameless.append(
                    f"{window.objectName()}: {type(widget).__name__} {widget.objectName()!r}"
                )
    assert nameless == [], "\n".join(nameless)
    assert visited > 40


def test_tab_really_moves_through_the_settings_dialog(qtbot: QtBot) -> None:
    d = SettingsDialog(Settings(), start_at_login=True)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen: list[QWidget] = []
    for _ in range(len(tab_stops(d)) + 2):
        focused = QApplication.focusWidget()
        assert focused is not None and spoken_name(focused), focused
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert d.edits["break_interval_min"] in seen and d.language in seen


def test_glyph_buttons_have_words(qtbot: QtBot) -> None:
    w = routine_window(qtbot)
    assert spoken_name(w.btn_next) == "Back already? Continue"  # the walk: words, no glyph
    w.btn_next.click()
    assert spoken_name(w.btn_back) == "Previous step"
    assert spoken_name(w.btn_next) == "Next step"
    assert spoken_name(w.fav_button) in ("Favourite", "Favourite (chosen)")
    assert "☆" not in spoken_name(w.fav_button) and "◀" not in spoken_name(w.btn_back)


def test_screening_answers_are_named_with_their_question(qtbot: QtBot) -> None:
    catalog = shipped_catalog()
    routine = next(r for r in catalog.routines.values() if r.requires_partner)
    page = partner_pages.ScreeningPage(catalog, routine, "A")
    qtbot.addWidget(page)
    code = routine.screening[0]
    yes = page.findChild(QWidget, f"{code}-yes")
    assert spoken_name(yes) == f"{catalog.contraindications[code]}: yes"


def test_the_countdown_is_not_read_out_every_second(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    changes: list[str] = []
    ring.set(30, 30)
    first = ring.accessibleDescription()
    for left in range(29, 0, -1):
        ring.set(left, 30)
        changes.append(ring.accessibleDescription())
    assert set(changes) == {first}  # the same words while it counts down
    ring.set(10, 30, paused=True)
    assert ring.accessibleDescription() != first
    assert ring.accessibleName() == "Time left in this step"


@pytest.mark.parametrize(("window", "text"), [("#ffffff", "#000000"), ("#202020", "#f0f0f0")])
def test_the_error_colour_reads_on_light_and_dark_palettes(window: str, text: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    error = error_colour(palette)
    background = QColor(window)
    assert abs(error.lightness() - background.lightness()) > 100
    assert error.hslHue() in range(0, 15) or error.hslHue() > 345
