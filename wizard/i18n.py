"""Where the window's translations come from. Each language has two Qt Linguist sources in resources/i18n/:
psi_wizard_<lang>.ts holds the window's texts (pyside6-lupdate finds them), psi_core_<lang>.ts the core's:
the runbook's and the site form's wording and every finding a check can report (`python -m wizard.i18n
update` extracts them: pyside6-lupdate can't see them). Both compile into one psi_wizard_<lang>.qm: a bundle
ships it (packaging/psi-wizard.spec runs lrelease at build time), an installation from source compiles it
once into the user's cache with the lrelease that comes with PySide6."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from resources import resource_path
from wizard.paths import APP

if TYPE_CHECKING:
    import ast
    import xml.etree.ElementTree as ET

# The tools below (lrelease, lupdate, the AST walk over the findings) are imported where they are used: the
# window imports this module for its context names, and its start-up should not pay for them.

log = logging.getLogger(__name__)
SOURCES = "i18n"
# Contexts of the core's wording (psi_core_*.ts): the views look these texts up under these names.
RUNBOOK_CONTEXT = "runbook"
SITE_CONTEXT = "site"
FINDINGS_CONTEXT = "findings"
ENGINE_CONTEXT = "engine"
SYSTEMS_CONTEXT = "systems"  # the live systems' titles and settings (wizard.connectors.systems)
VALUES_CONTEXT = "values"  # the guide's values for the portals (runbook.toml `values`), see value_texts()
SOURCE_LANGUAGE = "en"  # the code's own: its catalogue holds only the plural forms of counted texts


def languages() -> list[str]:
    return sorted(p.stem.removeprefix("psi_wizard_") for p in resource_path(SOURCES).glob("psi_wizard_*.ts"))


def sources(language: str) -> list[Path]:
    """The Linguist sources of one language that exist: the window's texts first, then the core's."""
    names = (f"psi_wizard_{language}.ts", f"psi_core_{language}.ts")
    return [p for p in (resource_path(f"{SOURCES}/{n}") for n in names) if p.is_file()]


def lrelease() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent
    candidates = (folder / "lrelease", folder / "lrelease.exe", folder / "Qt" / "bin" / "lrelease")
    return next((p for p in candidates if p.exists()), None)


def compile_ts(ts_files: Iterable[Path], target: Path) -> bool:
    import subprocess

    tool = lrelease()
    ts_files = list(ts_files)
    if tool is None:
        log.warning("no lrelease next to PySide6: %s stays untranslated", target.stem)
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(tool), "-silent", *map(str, ts_files), "-qm", str(target)], capture_output=True,
                            text=True, timeout=60, check=False)
    if result.returncode != 0:
        log.warning("lrelease failed on %s: %s", ", ".join(p.name for p in ts_files), result.stderr.strip())
    return result.returncode == 0 and target.is_file()


def translation_file(language: str) -> Path | None:
    shipped = resource_path(f"{SOURCES}/psi_wizard_{language}.qm")
    if shipped.is_file():
        return shipped
    ts_files = sources(language)
    if not ts_files:
        return None
    import hashlib

    import platformdirs

    digest = hashlib.sha256(b"".join(p.read_bytes() for p in ts_files)).hexdigest()[:12]  # changed: compile again
    cached = Path(platformdirs.user_cache_dir(APP, appauthor=False)) / SOURCES / f"psi_wizard_{language}-{digest}.qm"
    if cached.is_file() or compile_ts(ts_files, cached):
        return cached
    return None


def core_texts() -> dict[str, list[str]]:
    """Every text of the core's wording the window shows, per context, in the order it first appears."""
    from wizard.checks.site import SITE_FIELDS
    from wizard.connectors.systems import LIVE_SYSTEMS
    from wizard.connectors.systems import texts as system_texts
    from wizard.runbook.engine import SENTENCES
    from wizard.runbook.model import load_runbook

    runbook: list[str] = []

    def collect(text: str) -> str:  # 'translates' each text into itself, keeping it for the translators
        runbook.append(text)
        return text

    load_runbook().translated(collect)
    site = [t for f in SITE_FIELDS for t in (f.group, f.label, f.placeholder) if t]
    return {RUNBOOK_CONTEXT: list(dict.fromkeys(runbook)), SITE_CONTEXT: list(dict.fromkeys(site)),
            FINDINGS_CONTEXT: list(dict.fromkeys(finding_wording())), ENGINE_CONTEXT: list(SENTENCES),
            SYSTEMS_CONTEXT: list(dict.fromkeys([*system_texts(), *(s.secret_name for s in LIVE_SYSTEMS)])),
            VALUES_CONTEXT: value_texts()}


def value_texts() -> list[str]:
    """The names and values a step gives for the portals, and where in them they are (a step's `where`). Most are
    the portal's own words, which the engineer has to find on an English screen: their translation is the text
    itself. A few are the guide's words about a value ("Must not work", "<the key chosen in §9.3>") or the
    wizard's own words about a place ("OS4K AMO session", "(product version)"): those are translated. The
    translator decides which is which; a value with a site's {placeholder} is translated with its placeholders,
    then filled in."""
    from wizard.checks.sbc import CHOSEN_FILES
    from wizard.runbook.model import load_runbook

    found = [t for step in load_runbook().steps for t in (step.where, *(t for pair in step.values for t in pair)) if t]
    return list(dict.fromkeys([*found, *CHOSEN_FILES.values()]))


def counted(text: str) -> bool:
    """A wording with a {count}: the window looks it up with that number, for the language's plural form."""
    return "{count}" in text


def finding_wording() -> list[str]:
    """The message and fix of every Finding.of and every WizardError in the core, read from the source: their
    wording is a literal (or a name bound to one, or a choice between such), so nothing a check or an error can
    say escapes translation."""
    import ast

    from wizard.checks.comparison import ISSUES
    from wizard.checks.tables import DELIMITER_NAMES
    from wizard.connectors.cloudlink import SIGN_IN_REFUSALS
    from wizard.connectors.http import WORDS as ANSWER_WORDS
    from wizard.errors import REASONS

    package = Path(__file__).resolve().parent
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(package.rglob("*.py"))}
    errors = _error_classes(trees.values())
    found: list[str] = []
    for path, tree in trees.items():
        literals = _bound_literals(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            wording: list[str] = []
            where = f"{path.relative_to(package.parent)}:{node.lineno}"
            for arg in _wording_of(node, errors):
                texts = _literal_texts(arg, literals)
                if texts is None:
                    raise ValueError(f"{where}: the wording of a finding or an error must be literal text with "
                                     "{names}, its values given by name")
                wording += texts
            _check_names(where, node, wording)
            found += wording
    found += [text for issue in ISSUES.values() for text in (issue.cause, issue.fix)]
    found += [text for pair in SIGN_IN_REFUSALS.values() for text in pair]  # raised as ApiError(*pair)
    found += [*VALUE_WORDS, *REASONS, *ANSWER_WORDS, *DELIMITER_NAMES.values()]
    return [t for t in found if t]


# Words a finding carries as a value (not as its wording) that are still words, not data: translated where shown.
VALUE_WORDS = ("the system resolver",
               # where chapter 7 read each side from (wizard.provisioning.session: zoom_source, os4k_source)
               "Zoom export (CSV)", "Zoom API", "not read (no Zoom connection or export)",
               "OS4K subscribers (pasted or from a file)", "OS4K over SSH (REG-)")
# Errors whose constructor is not (problem, fix), and helpers that put words into an error: the arguments that
# are wording, by position.
OWN_WORDING = {"AmoValueError": (2,), "SeveralAccounts": (), "require_live": (1,)}


# An error's own keyword parameters (ApiError's), not values of its wording.
CONSTRUCTOR_KEYWORDS = {"status", "code", "request_id", "account_wide"}


def _check_names(where: str, call: ast.Call, wording: list[str]) -> None:
    """The values a call gives are the ones its wording names: a slip (a value named twice, a placeholder
    nobody fills) would otherwise show only when that error happens at a customer's site."""
    import ast
    import string

    if not wording or any(k.arg is None for k in call.keywords) or (
            isinstance(call.func, ast.Attribute) and call.func.attr == "__init__") or (
            isinstance(call.func, ast.Name) and call.func.id in OWN_WORDING):
        return
    named = {field for text in wording for _, field, _, _ in string.Formatter().parse(text) if field}
    given = {k.arg for k in call.keywords if k.arg}
    if named - given or given - named - CONSTRUCTOR_KEYWORDS:
        raise ValueError(f"{where}: the wording names {sorted(named)} but the call gives {sorted(given)}")


def _error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """WizardError and every class derived from it anywhere in the core."""
    import ast

    bases = {node.name: {b.id for b in node.bases if isinstance(b, ast.Name)}
             for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    errors = {"WizardError"}
    while True:
        more = {name for name, parents in bases.items() if parents & errors} - errors
        if not more:
            return errors
        errors |= more


def _wording_of(call: ast.Call, errors: set[str]) -> list[ast.expr]:
    """The arguments of a call that are wording: a Finding's message and fix, an error's problem and fix, a Said's
    sentence; none for any other call."""
    import ast

    func = call.func
    if _is_finding_of(func):
        return call.args[2:4]
    if _is_super_init(func):
        # an error class's own wording (AmoValueError); one passing its parameters on is worded where it is raised
        return [arg for arg in call.args[:2] if isinstance(arg, ast.Constant)]
    name = func.id if isinstance(func, ast.Name) else None
    if name == "Said":  # a sentence of the core with its values (wizard.said)
        return call.args[:1]
    if name in OWN_WORDING:
        return [call.args[i] for i in OWN_WORDING[name] if i < len(call.args)]
    if name not in errors:
        return []
    if call.args and isinstance(call.args[0], ast.Starred):
        return []  # a pair from a table of wording (SIGN_IN_REFUSALS), collected above
    return call.args[:2]


def _is_finding_of(func: ast.expr) -> bool:
    """`Finding.of(code, severity, message, fix, **values)`."""
    import ast

    return isinstance(func, ast.Attribute) and func.attr == "of" and isinstance(func.value, ast.Name) \
        and func.value.id == "Finding"


def _is_super_init(func: ast.expr) -> bool:
    """`super().__init__(...)`, as an error class calls its base."""
    import ast

    return isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call) \
        and isinstance(func.value.func, ast.Name) and func.value.func.id == "super"


def _bound_literals(tree: ast.Module) -> dict[str, list[ast.expr]]:
    """What each name is bound to in a module: a wording held in a variable is still found."""
    import ast

    bound: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            bound.setdefault(node.targets[0].id, []).append(node.value)
    return bound


def _literal_texts(arg: ast.expr, bound: dict[str, list[ast.expr]], depth: int = 0) -> list[str] | None:
    """The texts an argument can be: a literal, a name bound to such, or a choice between such; else None."""
    import ast

    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if isinstance(arg, ast.Name) and arg.id in bound and depth < 4:
        texts = [_literal_texts(value, bound, depth + 1) for value in bound[arg.id]]
        return None if any(t is None for t in texts) else [t for ts in texts for t in ts or ()]
    if isinstance(arg, ast.IfExp):
        body, orelse = _literal_texts(arg.body, bound, depth), _literal_texts(arg.orelse, bound, depth)
        return body + orelse if body is not None and orelse is not None else None
    return None


def _translation_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return [""]
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def update_core_ts(path: Path, texts: dict[str, list[str]], *, counted_only: bool = False) -> tuple[int, int]:
    """Bring a psi_core_*.ts up to date with the core's texts: translations of texts still in use are kept,
    new texts are added unfinished, texts no longer used are dropped. A counted text has a form per plural
    form of the language (Qt's numerus); `counted_only`: only those (the source language's catalogue).
    Returns (added, dropped)."""
    import xml.etree.ElementTree as ET

    known: dict[tuple[str, str], list[str]] = {}
    language = "de_DE"
    if path.is_file():
        root = ET.parse(path).getroot()
        language = root.get("language", language)
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                known[(name, message.findtext("source", ""))] = _translation_of(message)
    root = ET.Element("TS", {"version": "2.1", "language": language})
    texts = {name: [t for t in items if counted(t) or not counted_only] for name, items in texts.items()}
    wanted = {(name, text) for name, items in texts.items() for text in items}
    for name, items in texts.items():
        if not items:
            continue
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for text in items:
            _message(context, text, known.get((name, text), [""]))
    ET.indent(root)
    path.write_text("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n" + ET.tostring(root, encoding="unicode")
                    + "\n", encoding="utf-8")
    return len(wanted - known.keys()), len(known.keys() - wanted)


def _message(context: ET.Element, text: str, forms: list[str]) -> None:
    """One message: its translation, or for a counted text its singular and plural forms (both languages have
    two); a text counted since it was translated keeps its translation as both forms, to be looked at again."""
    import xml.etree.ElementTree as ET

    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = text
    translation = ET.SubElement(message, "translation")
    if counted(text):
        message.set("numerus", "yes")
        done = all(forms) and len(forms) > 1  # a translation from before it was counted: both forms to be looked at
        for form in (forms * 2)[:2] if len(forms) == 1 else forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
        done = bool(forms[0])
    if not done:
        translation.set("type", "unfinished")


def update(root: Path) -> None:
    """The translator's one command: refresh every language's sources from the code and the runbook."""
    import subprocess

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    code = [str(p.relative_to(root)) for folder in ("pages", "wizard/app")
            for p in sorted((root / folder).glob("*.py"))]
    texts = core_texts()
    for language in languages():
        source = language == SOURCE_LANGUAGE  # English needs only the plural forms of what is counted
        subprocess.run([str(lupdate), *code, "-no-obsolete", *(["-pluralonly"] if source else []),
                        "-ts", f"resources/i18n/psi_wizard_{language}.ts"], check=True, cwd=root)
        added, dropped = update_core_ts(root / "resources" / SOURCES / f"psi_core_{language}.ts", texts,
                                        counted_only=source)
        print(f"psi_core_{language}.ts: {added} new texts to translate, {dropped} no longer used")


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        raise SystemExit("usage: python -m wizard.i18n update   (run from the repository's top folder)")
    update(Path.cwd())
