"""Languages: the German translation loads and covers every source text, the sources are up to date, and no
text of the window's frame (menus, welcome page, navigation) bypasses translation. Each case runs in its own
process: a translator installed in the test process would change the texts other tests look for."""

import ast
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GERMAN = ROOT / "resources" / "i18n" / "psi_wizard_de.ts"
CORE_GERMAN = ROOT / "resources" / "i18n" / "psi_core_de.ts"

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
    widgets = [window.welcome, window.back_button.parentWidget()]
    if len(sys.argv) > 3:  # and every chapter page of a new project
        window.new_project(__import__("pathlib").Path(sys.argv[3]))
        for chapter in window.runbook.chapters:
            window.go_to_chapter(chapter.id)
            widgets.append(window.page(chapter.id))
    from PySide6.QtWidgets import QGroupBox, QLineEdit
    for widget in widgets:
        texts += [w.text() for w in widget.findChildren(QLabel) if w.text() and w.isVisibleTo(widget)]
        texts += [w.text() for w in widget.findChildren(QAbstractButton) if w.text() and w.isVisibleTo(widget)]
        texts += [w.title() for w in widget.findChildren(QGroupBox) if w.title()]
        texts += [w.placeholderText() for w in widget.findChildren(QLineEdit) if w.placeholderText()]
    print(json.dumps(texts))
""")
ENDONYMS = {"&English", "&Deutsch"}  # a language is offered in its own name


def frame_texts(tmp_path: Path, language: str, *, pages: bool = False) -> list[str]:
    import json

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    extra = [str(tmp_path / "pages.psiproj")] if pages else []
    result = subprocess.run([sys.executable, "-c", FRAME_TEXTS, str(tmp_path / "settings"), language, *extra],
                            capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_no_text_of_the_window_frame_bypasses_translation(tmp_path: Path) -> None:
    texts = frame_texts(tmp_path, "mark")
    bypassing = [t for t in texts if not t.startswith("\u27e6") and t not in ENDONYMS]
    assert len(texts) >= 35 and not bypassing, bypassing  # menus, welcome page, navigation


def data_texts() -> set[str]:
    """What the pages show as the guide and the portals write it, kept in English: exact values, the portals'
    field names and example entries."""
    from wizard.checks.sbc import fill_values
    from wizard.runbook.model import load_runbook

    found: set[str] = set()
    for step in load_runbook().steps:
        found |= {i.placeholder for i in step.inputs}
        for name, value in (*step.values, *fill_values(step.values, {})):
            found |= {name, value}
    return found


def test_no_text_on_any_page_bypasses_translation(tmp_path: Path) -> None:
    import re

    data = data_texts()
    texts = frame_texts(tmp_path, "mark", pages=True)
    shown = {re.sub(r"</?(b|i|p|ul|li|br|span)\b[^>]*>", "", t).replace("\u200b", "") for t in texts}  # words only
    bypassing = sorted({t for t in shown if not t.startswith("\u27e6") and t not in ENDONYMS and t not in data
                        and not re.fullmatch(r"§[\d.]+|[\d\W]*", t)})
    assert len(texts) > 300 and not bypassing, bypassing


def test_the_frame_speaks_german_when_asked(tmp_path: Path) -> None:
    texts = frame_texts(tmp_path, "de")
    assert {"&Datei", "&Hilfe", "Projekt ö&ffnen…", "PSI-Inbetriebnahme-Wizard", "◀  Zurück"} <= set(texts)
    assert "&File" not in texts


def translations(message: ET.Element) -> list[str]:
    """A message's translation, or each of its plural forms (a count said with Qt's plural, `tr(text, "", n)`)."""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def unfinished(messages: list[ET.Element]) -> list[str]:
    return [m.find("source").text for m in messages
            if not all(text.strip() for text in translations(m)) or m.find("translation").get("type")]


def test_the_german_file_translates_every_source_and_matches_the_code(tmp_path: Path) -> None:
    messages = list(ET.parse(GERMAN).iter("message"))
    assert messages and not unfinished(messages), unfinished(messages)
    # what lupdate finds in the code today is exactly what the file holds: no text added without translation
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p.relative_to(ROOT)) for folder in ("pages", "wizard/app")
               for p in sorted((ROOT / folder).glob("*.py"))]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, cwd=ROOT)
    in_code = {m.find("source").text for m in ET.parse(fresh).iter("message")}
    assert in_code == {m.find("source").text for m in messages}


def test_the_guides_wording_is_translated_and_up_to_date() -> None:
    from wizard.i18n import core_texts

    by_context = {c.findtext("name"): [m.findtext("source") for m in c.iter("message")]
                  for c in ET.parse(CORE_GERMAN).iter("context")}
    messages = list(ET.parse(CORE_GERMAN).iter("message"))
    assert not unfinished(messages), unfinished(messages)
    # run 'python -m wizard.i18n update' after changing the runbook or the site form, then translate
    assert by_context == core_texts()
    assert len(messages) > 250


def test_a_chapter_page_speaks_german_when_asked(tmp_path: Path) -> None:
    texts = frame_texts(tmp_path, "de", pages=True)
    assert "Voraussetzungen §2.2" in texts  # the chapter's own heading and the runbook's step titles
    assert any(t.startswith("OpenScape 4000 ab V11 R0.22") for t in texts)
    assert "Kunde *" in texts and "Standort" in texts  # the site form
    assert not any(t.startswith("Record the site") for t in texts)


def test_every_translation_keeps_the_values_of_its_source() -> None:
    import re

    for path in (GERMAN, CORE_GERMAN):
        for message in ET.parse(path).iter("message"):
            source = message.findtext("source")
            names = re.compile(r"\{(\w*)\}|(%n)")
            for translation in translations(message):
                assert set(names.findall(source)) == set(names.findall(translation)), (path.name, source, translation)


SITE_FINDING = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QSettings
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "PSI Wizard", "psi-wizard")
    settings.setValue("appearance/language", "de")
    settings.sync()
    from wizard.app import create_application
    from pages.site_form import SiteForm
    from pages.wording import engine_text, finding_text
    from wizard.checks.result import CheckResult
    from wizard.runbook.engine import OFFLINE
    from wizard.checks.versions import check_version
    app = create_application()
    form = SiteForm({"sbc_core_ip": "10.180.0.300"})
    stored = CheckResult.from_json(check_version("os4k", "V10 R1").to_json())  # as a step card reads it back
    print(json.dumps([form.problems["sbc_core_ip"].problem(), *finding_text(stored.findings[0]), engine_text(OFFLINE),
                      engine_text("a live system's own words")]))
""")


def test_findings_are_shown_in_german_with_their_values(tmp_path: Path) -> None:
    import json

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", SITE_FINDING, str(tmp_path / "settings")], capture_output=True,
                            text=True, timeout=60, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    site, version, fix, offline, theirs = json.loads(result.stdout.strip().splitlines()[-1])
    assert site.startswith("SBC-Core-IP (LAN): „10.180.0.300“ ist keine IP-Adresse.")  # the label is German too
    assert "V10 R1" in version and "unter dem Minimum" in version and "V11 R0.22" in version
    assert fix.endswith("bevor es weitergeht.")
    assert offline.startswith("Offline-Checklistenmodus:") and theirs == "a live system's own words"


def test_a_translation_naming_a_value_wrongly_shows_the_english_finding(qapp) -> None:
    from PySide6.QtCore import QTranslator

    from pages.wording import finding_text
    from wizard.checks.versions import check_version

    class Careless(QTranslator):  # a translator typed {observed} as {beobachtet}
        def translate(self, context, source, disambiguation=None, n=-1):
            return "{product} ist {beobachtet}." if context == "findings" else ""

    careless = Careless()
    qapp.installTranslator(careless)
    try:
        finding = check_version("os4k", "V10 R1").findings[0]
        assert finding_text(finding) == (finding.message, finding.fix)
        assert "V10 R1" in finding.message
    finally:
        qapp.removeTranslator(careless)


def test_a_findings_word_values_are_translated_too(qapp) -> None:
    """'(the system resolver)' is a value of a DNS finding, yet words: the German window shows it in German. Read
    from the compiled catalogue itself (installing it would turn the rest of the session German)."""
    from PySide6.QtCore import QTranslator

    from wizard.i18n import FINDINGS_CONTEXT, VALUE_WORDS, translation_file
    from wizard.probes.dns import SYSTEM_RESOLVER

    assert SYSTEM_RESOLVER in VALUE_WORDS
    catalogue = QTranslator()
    assert catalogue.load(str(translation_file("de")))
    assert catalogue.translate(FINDINGS_CONTEXT, SYSTEM_RESOLVER) == "der Resolver des Systems"


def test_the_english_plural_forms_are_complete_and_match_the_code() -> None:
    """English has a catalogue of its own, of plural forms only (#34): every counted text of the window (tr with
    %n) and of the core (a wording with {count}) has its singular and plural there, or it would say "1 people"."""
    from wizard.i18n import core_texts, counted

    files = [ROOT / "resources" / "i18n" / f"psi_{part}_en.ts" for part in ("wizard", "core")]
    messages = [m for path in files for m in ET.parse(path).iter("message")]
    assert messages and all(m.get("numerus") == "yes" for m in messages)
    assert not unfinished(messages), unfinished(messages)
    assert all(len(translations(m)) == 2 for m in messages)
    core = {m.find("source").text for m in ET.parse(files[1]).iter("message")}
    assert core == {text for texts in core_texts().values() for text in texts if counted(text)}


def test_where_each_side_was_read_from_is_a_word_the_window_translates() -> None:
    """#34: chapter 7 said "OS4K over SSH (REG-)" in English in the German window. The places a reading names are
    words of the core (VALUE_WORDS): every one session.py can give is in that list, and German in the catalogue."""
    from PySide6.QtCore import QTranslator

    from wizard.i18n import FINDINGS_CONTEXT, VALUE_WORDS, translation_file

    tree = ast.parse((ROOT / "wizard" / "provisioning" / "session.py").read_text(encoding="utf-8"))
    given = {node.value for assign in ast.walk(tree) if isinstance(assign, ast.Assign)
             for target in assign.targets for name, node in _named(target, assign.value)
             if name in ("zoom_source", "os4k_source") and isinstance(node, ast.Constant)
             and isinstance(node.value, str)}
    assert "OS4K over SSH (REG-)" in given and given <= set(VALUE_WORDS), given - set(VALUE_WORDS)
    catalogue = QTranslator()
    assert catalogue.load(str(translation_file("de")))
    assert catalogue.translate(FINDINGS_CONTEXT, "OS4K over SSH (REG-)") == "OS4K über SSH (REG-)"
    assert all(catalogue.translate(FINDINGS_CONTEXT, word) for word in given)


def _named(target: ast.expr, value: ast.expr) -> list[tuple[str, ast.expr]]:
    """`a = x` and `a, b = x, y`: each name with the expression it is given."""
    if isinstance(target, ast.Name):
        return [(target.id, value)]
    if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
        return [pair for t, v in zip(target.elts, value.elts, strict=False) for pair in _named(t, v)]
    return []
