"""Translations: zh_CN is complete and current, every visible string in the main windows goes
through the translator, and a right-to-left language mirrors the layout but not the body."""

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from massage_break.core.model import ShowRoutine
from massage_break.core.settings import Settings
from massage_break.ui import i18n, partner_pages
from massage_break.ui.history_model import HistoryModel
from massage_break.ui.history_window import HistoryWindow
from massage_break.ui.illustration import IllustrationView
from massage_break.ui.routine_window import RoutineWindow
from massage_break.ui.settings_dialog import SettingsDialog
from massage_break.ui.tray import Tray
from massage_break.ui.welcome import WelcomeDialog
from tests.conftest import ASSETS
from tests.unit.ui.shipped import shipped_catalog
from tests.unit.ui.test_history_window import controller
from tools.i18n import update_ts

TS = ASSETS / "i18n" / "massage_break_zh_CN.ts"
PLACEHOLDER = re.compile(r"%[1-9n]|\{side\}")
# text that needs no translation: numbers, clock times, the product name, person letters,
# language names (each shown in its own language)
UNTRANSLATED = re.compile(r"^[\d\s:.,/%–\-+]*$|^Massage Break$|^[AB]$|^English$|^简体中文$")


def messages() -> Iterator[tuple[str, ET.Element]]:
    for ctx in ET.parse(TS).getroot().iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name", ""), msg


def test_every_zh_cn_entry_is_finished_and_keeps_its_placeholders() -> None:
    count = 0
    for context, msg in messages():
        source = msg.findtext("source", "")
        tr = msg.find("translation")
        assert tr is not None, (context, source)
        assert tr.get("type") not in ("unfinished", "obsolete", "vanished"), (context, source)
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        for form in forms:
            assert form.strip() or not source.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
                form,
            )
        count += 1
    assert count > 600


def test_the_ts_file_holds_every_string_in_the_code_and_catalogue() -> None:
    """A string added to the code or catalogue without a zh_CN entry fails here."""
    assert TS.read_text(encoding="utf-8") == update_ts.build_ts("zh_CN", update_ts.read_ts(TS))


def test_the_compiled_qm_is_current(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    for context, msg in messages():
        if msg.get("numerus") == "yes":
            continue
        tr = msg.find("translation")
        expected = (tr.text or "") if tr is not None else ""
        got = translator.translate(context, msg.findtext("source", ""))
        assert got == expected, (context, msg.findtext("source"))


class Pseudo(QTranslator):
    """Wraps every source string, so text that skipped the translator shows up."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧" if source.strip() else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    yield "title", window.windowTitle()
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel) and not w.pixmap():
            yield w.objectName() or "label", w.text()
        elif isinstance(w, QAbstractButton):
            yield w.objectName() or "button", w.text()
        elif isinstance(w, QGroupBox):
            yield "group", w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield w.objectName() or "combo", w.itemText(i)


def menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield "menu", action.text()
        if action.menu() is not None:
            yield from menu_texts(action.menu())


def untranslated(texts: Iterator[tuple[str, str]]) -> list[tuple[str, str]]:
    plain = (
        (where, re.sub(r"<[^>]+>", "", text).replace("&", "").strip()) for where, text in texts
    )
    return [(w, t) for w, t in plain if t and "⟦" not in t and not UNTRANSLATED.match(t)]


def routine_window(qtbot: QtBot, routine: str = "self.standard_break") -> RoutineWindow:
    catalog = shipped_catalog()
    w = RoutineWindow(
        ShowRoutine(routine, catalog.routines[routine].tiers[0], 42 * 60, True),
        catalog,
        ASSETS,
        60,
        Settings(cleared=tuple(catalog.exercises)),
        clock=lambda: 1000.0,
    )
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.mark.usefixtures("pseudo")
def test_the_main_windows_show_no_text_that_skipped_the_translator(qtbot: QtBot) -> None:
    tray = Tray()
    welcome = WelcomeDialog(Settings(), offer_login=True)
    settings = SettingsDialog(
        Settings(hidden=("neck.side_tilt",)),
        start_at_login=True,
        exercise_names={"neck.side_tilt": i18n.content("Ear to shoulder")},
    )
    history = HistoryWindow(HistoryModel.of(controller([])))
    routine = routine_window(qtbot)
    for w in (welcome, settings, history):
        qtbot.addWidget(w)
        w.show()
    found = untranslated(menu_texts(tray.menu))
    found += [("tooltip", tray.icon.toolTip())] if "⟦" not in tray.icon.toolTip() else []
    for window in (welcome, settings, history, routine):
        found += untranslated(visible_texts(window))
    for page in range(settings.tabs.count()):  # every page of Settings
        settings.tabs.setCurrentIndex(page)
        found += untranslated(visible_texts(settings))
    routine.btn_next.click()  # the next step shows its own words too
    found += untranslated(visible_texts(routine))
    for page in partner_page_set():
        qtbot.addWidget(page)
        page.show()
        found += untranslated(visible_texts(page))
    assert found == []


def partner_page_set() -> list[QWidget]:
    catalog = shipped_catalog()
    routine = next(r for r in catalog.routines.values() if r.requires_partner)
    fallback = next(r for r in catalog.routines.values() if not r.requires_partner)
    screening = partner_pages.ScreeningPage(catalog, routine, "A")
    screening.show_questions.click()
    giver = partner_pages.GiverCheckPage(catalog, both_give=True)
    giver.yes.setChecked(True)
    return [
        partner_pages.ConsentPage(catalog, turns=True),
        partner_pages.ScreeningPage(catalog, routine, "B"),
        screening,
        giver,
        partner_pages.PressurePage(catalog, "B"),
        partner_pages.SwapPage(catalog, "A", "B"),
        partner_pages.OneReceiverPage(catalog),
        partner_pages.AftercarePage(catalog),
        partner_pages.FallbackPage(catalog, fallback),
    ]


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def picture(qtbot: QtBot) -> QImage:
    view = IllustrationView()
    qtbot.addWidget(view)
    frames = ASSETS / "illustrations" / "neck.side_tilt"
    view.show_frames([frames / "a.svg"], mirrored=False, alt="")
    view.resize(240, 240)
    view.show()
    return view.grab().toImage()


def test_right_to_left_mirrors_the_layout_but_not_the_body(
    qtbot: QtBot, qapp: QApplication
) -> None:
    assert (ASSETS / "illustrations" / "neck.side_tilt" / "a.svg").is_file()
    left_to_right = picture(qtbot)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert picture(qtbot) == left_to_right  # a right hand on the seat stays on the right
        w = routine_window(qtbot)
        assert w.isRightToLeft() and w.btn_next.isRightToLeft()
        assert not w.art.isRightToLeft() and not w.next_art.isRightToLeft()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_install_follows_the_setting_and_sets_the_direction(qapp: QApplication) -> None:
    try:
        assert i18n.install("zh_CN", ASSETS / "i18n") == "zh_CN"
        assert i18n.tr("tray", "Quit") == "退出"
        assert i18n.content("Chin glide") == "收下巴"
        assert i18n.content_sided(
            "Tip your head away until the left side of your neck "
            "feels a gentle pull; hold 20 seconds.",
            "left",
        ).startswith("把头向另一侧倾斜，直到脖子左侧")
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert i18n.install("ar", ASSETS / "i18n") is None  # no Arabic words, but RTL layout
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert i18n.tr("tray", "Quit") == "Quit"
        assert i18n.install("en", ASSETS / "i18n") is None
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        i18n.install("en", ASSETS / "i18n")
        QLocale.setDefault(QLocale.c())


def test_system_language_picks_chinese_for_any_simplified_chinese_locale() -> None:
    assert i18n.qm_name(QLocale("zh_CN")) == "zh_CN"
    assert i18n.qm_name(QLocale("zh_SG")) == "zh_CN"
    assert i18n.qm_name(QLocale("zh_TW")) is None
    assert i18n.qm_name(QLocale("de_DE")) is None
    assert [code for code, _name in i18n.language_names()] == ["", "en", "zh_CN"]
