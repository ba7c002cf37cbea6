"""Languages: the German translation loads and covers every source text, the sources are up to date, and no
text of the window's frame (menus, welcome page, navigation) bypasses translation. Each case runs in its own
process: a translator installed in the test process would change the texts other tests look for."""

import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GERMAN = ROOT / "resources" / "i18n" / "psi_wizard_de.ts"

FRAME_TEXTS = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QSettings, QTranslator
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "PSI Wizard", "psi-wizard")
    settings.setValue("appearance/language", sys.argv[2])
    settings.sync()
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu
    from wizard.app import MainWindow, create_application

    class Marking(QTranslator):  # every text that goes through translation comes back marked
        def translate(self, context, source, disambiguation=None, n=-1):
            return "\\u27e6" + source + "\\u27e7"

    app = create_application()
    if sys.argv[2] == "mark":
        marking = Marking(app)
        app.installTranslator(marking)
    window = MainWindow()
    texts = []
    def walk(menu):
        for action in menu.actions():
            if action.menu() is not None:
                texts.append(action.menu().title())
                walk(action.menu())
            elif action.text() and not action.isSeparator():
                texts.append(action.text())
    for action in window.menuBar().actions():
        texts.append(action.text())
        walk(action.menu())
    for widget in (window.welcome, window.back_button.parentWidget()):
        texts += [w.text() for w in widget.findChildren(QLabel) if w.text()]
        texts += [w.text() for w in widget.findChildren(QAbstractButton) if w.text()]
    print(json.dumps(texts))
""")
ENDONYMS = {"&English", "&Deutsch"}  # a language is offered in its own name


def frame_texts(tmp_path: Path, language: str) -> list[str]:
    import json

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", FRAME_TEXTS, str(tmp_path / "settings"), language],
                            capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_no_text_of_the_window_frame_bypasses_translation(tmp_path: Path) -> None:
    texts = frame_texts(tmp_path, "mark")
    bypassing = [t for t in texts if not t.startswith("\u27e6") and t not in ENDONYMS]
    assert len(texts) >= 35 and not bypassing, bypassing  # menus, welcome page, navigation


def test_the_frame_speaks_german_when_asked(tmp_path: Path) -> None:
    texts = frame_texts(tmp_path, "de")
    assert {"&Datei", "&Hilfe", "Projekt ö&ffnen…", "PSI-Inbetriebnahme-Assistent", "◀  Zurück"} <= set(texts)
    assert "&File" not in texts


def test_the_german_file_translates_every_source_and_matches_the_code(tmp_path: Path) -> None:
    messages = list(ET.parse(GERMAN).iter("message"))
    unfinished = [m.find("source").text for m in messages
                  if not (m.find("translation").text or "").strip() or m.find("translation").get("type")]
    assert messages and not unfinished, unfinished
    # what lupdate finds in the code today is exactly what the file holds: no text added without translation
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "wizard/app.py", "-ts", str(fresh)], check=True, capture_output=True, cwd=ROOT)
    in_code = {m.find("source").text for m in ET.parse(fresh).iter("message")}
    assert in_code == {m.find("source").text for m in messages}
