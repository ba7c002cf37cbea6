"""German or English for the window and Qt's own dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES = ("system", "en", "de")
_TRANSLATED: set[str] = set()


def install_translators(app: QApplication, language: str) -> str:
    """German or English, as chosen or as the system is; Qt's own dialogs follow. Returns the language used."""
    from wizard.i18n import translation_file

    wanted = QLocale.system().name().split("_")[0] if language == "system" else language
    if wanted == "en" or wanted in _TRANSLATED:
        return wanted
    ours = translation_file(wanted)
    if ours is None:
        return "en"  # no such translation: the window stays English
    for path in (ours, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{wanted}.qm"):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
    _TRANSLATED.add(wanted)  # one application, one set of translators, however often it is set up
    return wanted
