"""Translation: every word a person reads passes through `tr` (UI) or `content` (catalogue).

Sources live in assets/i18n/massage_break_<lang>.ts (made by tools/i18n/update_ts.py); the
compiled .qm files next to them are loaded by `install` before any window is built.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

#: the languages shipped with the app (besides the English source text)
SHIPPED = ("zh_CN",)
#: the context of routine content (titles, cues, notes, alt text, evidence, partner texts)
CATALOG = "catalog"
_ARG = re.compile(r"%([1-9])")


def tr(context: str, source: str, *args: object, n: int = -1) -> str:
    """`source` translated in `context`; %n is the plural count `n`, %1..%9 take `args`."""
    text = QCoreApplication.translate(context, source, None, n)
    if not args:
        return text
    return _ARG.sub(lambda m: _arg(args, int(m.group(1))), text)


def _arg(args: tuple[object, ...], index: int) -> str:
    return str(args[index - 1]) if index <= len(args) else f"%{index}"


def content(text: str) -> str:
    """A piece of routine content (English in the catalogue) in the user's language."""
    return QCoreApplication.translate(CATALOG, text) if text else text


def i18n_dir() -> Path:
    from massage_break import resources

    return resources.assets_dir() / "i18n"


def choose_locale(setting: str) -> QLocale:
    """The locale for `setting` ("" follows the system)."""
    return QLocale(setting) if setting else QLocale.system()


def qm_name(locale: QLocale) -> str | None:
    """The shipped language that fits `locale`, or None for English."""
    name = locale.name()
    if name in SHIPPED:
        return name
    lang = name.split("_")[0]
    if lang == "zh":  # Simplified Chinese only where the script is simplified
        traditional = locale.script() == QLocale.Script.TraditionalHanScript
        return None if traditional else "zh_CN"
    return next((s for s in SHIPPED if s.split("_")[0] == lang), None)


class Translators:
    """The installed translators, so a language change can swap them."""

    def __init__(self) -> None:
        self.loaded: list[QTranslator] = []
        self.language: str | None = None


_STATE = Translators()


def install(setting: str = "", folder: Path | None = None) -> str | None:
    """Load the app's and Qt's own translations for `setting` and set the layout direction.

    Returns the shipped language in use (None: English). Safe to call again on a change."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    for old in _STATE.loaded:
        QCoreApplication.removeTranslator(old)
    _STATE.loaded.clear()
    locale = choose_locale(setting)
    QLocale.setDefault(locale)
    language = qm_name(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_", qt_dir):
        QCoreApplication.installTranslator(qt_own)
        _STATE.loaded.append(qt_own)
    if language is not None:
        try:
            base = folder if folder is not None else i18n_dir()
        except FileNotFoundError:
            base = None
        ours = QTranslator(app)
        if base is not None and ours.load(f"massage_break_{language}", str(base)):
            QCoreApplication.installTranslator(ours)
            _STATE.loaded.append(ours)
    _STATE.language = language
    set_direction(locale)
    return language


def set_direction(locale: QLocale) -> None:
    """Mirror the layout for right-to-left languages (pictures keep their side)."""
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        app.setLayoutDirection(locale.textDirection())


def language_names() -> list[tuple[str, str]]:
    """(setting value, name shown) for the language picker; "" follows the system."""
    items = [("", tr("i18n", "System language")), ("en", "English")]
    for code in SHIPPED:
        native = QLocale(code).nativeLanguageName()
        items.append((code, native or code))
    return items


LEFT_TO_RIGHT = Qt.LayoutDirection.LeftToRight


def N_(context: str, source: str) -> str:
    """Marks `source` for translation in `context` without translating it yet."""
    del context
    return source


#: the side words a cue's {side} becomes, in the user's language
SIDE_WORDS = {"right": N_("side", "right"), "left": N_("side", "left")}


def content_sided(text: str, side: str) -> str:
    """A cue whose "{side}" the player already filled in with `side`: translated from the
    catalogue's template, with the side word in the user's language."""
    if side in SIDE_WORDS:
        template = re.sub(rf"\b{side}\b", "{side}", text)
        if template != text:
            translated = QCoreApplication.translate(CATALOG, template)
            if translated != template:
                return translated.replace("{side}", tr("side", SIDE_WORDS[side]))
    return content(text)
