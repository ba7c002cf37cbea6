"""German or English for the window and Qt's own dialogs, chosen at start-up and switched while the window is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES = ("system", "en", "de")
_loaded: dict[str, list[QTranslator]] = {}  # each language's catalogues, loaded once per process
_installed: list[QTranslator] = []  # what the application translates with now


def wanted_language(language: str) -> str:
    return QLocale.system().name().split("_")[0] if language == "system" else language


def _catalogues(app: QApplication, language: str) -> list[QTranslator]:
    from wizard.i18n import translation_file

    if language not in _loaded:
        ours = translation_file(language)  # English has one too: the plural forms of its "%n …" texts
        qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"
        found = []
        for path in (p for p in (ours, qt_own if language != "en" else None) if p is not None):
            translator = QTranslator(app)
            if translator.load(str(path)):
                found.append(translator)
        _loaded[language] = found
    return _loaded[language]


def install_translators(app: QApplication, language: str) -> str:
    """German or English, as chosen or as the system is; Qt's own dialogs follow. Returns the language used.
    Called again while the window is open, it swaps the catalogues: Qt then sends every widget a LanguageChange
    event, and the window says everything again in the new language (MainWindow.retranslate)."""
    wanted = wanted_language(language)
    catalogues = _catalogues(app, wanted)
    if wanted != "en" and not catalogues:
        wanted, catalogues = "en", _catalogues(app, "en")  # no such translation: the window stays English
    QLocale.setDefault(QLocale(wanted))  # figures follow the language spoken: "0,5 ms" in German (wizard.said.figure)
    if catalogues == _installed:
        return wanted
    for translator in _installed:
        app.removeTranslator(translator)
    _installed[:] = catalogues
    for translator in catalogues:
        app.installTranslator(translator)
    return wanted


def installed() -> tuple[QTranslator, ...]:
    """The catalogues the application translates with now: the window compares them to those it last spoke in."""
    return tuple(_installed)
