"""Choosing the UI language and loading its Qt translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from facilitation.resources_path import resource_path

TRANSLATIONS_DIR = resource_path("translations")
SUPPORTED = ("id", "en")
LANGUAGE_SETTING = "ui/language"


def resolve_language(requested: str | None, settings: QSettings | None = None) -> str:
    """--lang wins, then the saved preference, then the system locale (Indonesian or English)."""
    if requested in SUPPORTED:
        return requested
    saved = (settings or QSettings()).value(LANGUAGE_SETTING, "")
    if saved in SUPPORTED:
        return str(saved)
    return "id" if QLocale.system().name().startswith("id") else "en"


_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Load Lokakarya's and Qt's own translations for lang, replacing any earlier choice;
    English needs none. Returns Lokakarya's translator, or None."""
    while _installed:
        app.removeTranslator(_installed.pop())
    if lang == "en":
        return None
    loaded = None
    for name in (f"qtbase_{lang}.qm", f"lokakarya_{lang}.qm"):
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS_DIR / name)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = translator
    return loaded


def locale_for(lang: str) -> QLocale:
    return QLocale(
        QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English,
        QLocale.Country.Indonesia if lang == "id" else QLocale.Country.UnitedKingdom,
    )
