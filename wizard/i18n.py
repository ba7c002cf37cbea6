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

# The tools below (lrelease, lupdate, the AST walk over the findings) are imported where they are used: the
# window imports this module for its context names, and its start-up should not pay for them.

log = logging.getLogger(__name__)
SOURCES = "i18n"
# Contexts of the core's wording (psi_core_*.ts): the views look these texts up under these names.
RUNBOOK_CONTEXT = "runbook"
SITE_CONTEXT = "site"
FINDINGS_CONTEXT = "findings"
ENGINE_CONTEXT = "engine"
SYSTEMS_CONTEXT = "systems"  # the live systems' titles and settings (wizard.services.systems)


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
    from wizard.runbook.engine import SENTENCES
    from wizard.runbook.model import load_runbook
    from wizard.services.systems import texts as system_texts

    runbook: list[str] = []
    load_runbook().translated(lambda text: runbook.append(text) or text)
    site = [t for f in SITE_FIELDS for t in (f.group, f.label, f.placeholder) if t]
    return {RUNBOOK_CONTEXT: list(dict.fromkeys(runbook)), SITE_CONTEXT: list(dict.fromkeys(site)),
            FINDINGS_CONTEXT: list(dict.fromkeys(finding_wording())), ENGINE_CONTEXT: list(SENTENCES),
            SYSTEMS_CONTEXT: system_texts()}


def finding_wording() -> list[str]:
    """The message and fix of every Finding.of in the core, read from the source: a finding's wording is a
    literal (a name bound to one in the same module, or a choice between such), so nothing a check can say
    escapes translation."""
    import ast

    from wizard.checks.comparison import ISSUES

    package = Path(__file__).resolve().parent
    found: list[str] = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        literals = {node.targets[0].id: node.value.value for node in ast.walk(tree)
                    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "of"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "Finding"):
                continue
            for arg in node.args[2:4]:
                texts = _literal_texts(arg, literals)
                if texts is None:
                    where = f"{path.relative_to(package.parent)}:{node.lineno}"
                    raise ValueError(f"{where}: a finding's message and fix must be literal text with {{names}}")
                found += texts
    found += [text for issue in ISSUES.values() for text in (issue.cause, issue.fix)]
    found += list(VALUE_WORDS)
    return [t for t in found if t]


# Words a finding carries as a value (not as its wording) that are still words, not data: translated where shown.
VALUE_WORDS = ("the system resolver",)


def _literal_texts(arg: ast.expr, literals: dict[str, str]) -> list[str] | None:
    """The texts an argument can be: a literal, a name bound to one, or a choice between such; else None."""
    import ast

    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if isinstance(arg, ast.Name) and arg.id in literals:
        return [literals[arg.id]]
    if isinstance(arg, ast.IfExp):
        body, orelse = _literal_texts(arg.body, literals), _literal_texts(arg.orelse, literals)
        return body + orelse if body is not None and orelse is not None else None
    return None


def update_core_ts(path: Path, texts: dict[str, list[str]]) -> tuple[int, int]:
    """Bring a psi_core_*.ts up to date with the core's texts: translations of texts still in use are kept,
    new texts are added unfinished, texts no longer used are dropped. Returns (added, dropped)."""
    import xml.etree.ElementTree as ET

    known: dict[tuple[str, str], str] = {}
    language = "de_DE"
    if path.is_file():
        root = ET.parse(path).getroot()
        language = root.get("language", language)
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                known[(name, message.findtext("source", ""))] = message.findtext("translation", "") or ""
    root = ET.Element("TS", {"version": "2.1", "language": language})
    wanted = {(name, text) for name, items in texts.items() for text in items}
    for name, items in texts.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for text in items:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            translation.text = known.get((name, text), "")
            if not translation.text:
                translation.set("type", "unfinished")
    ET.indent(root)
    path.write_text("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n" + ET.tostring(root, encoding="unicode")
                    + "\n", encoding="utf-8")
    return len(wanted - known.keys()), len(known.keys() - wanted)


def update(root: Path) -> None:
    """The translator's one command: refresh every language's sources from the code and the runbook."""
    import subprocess

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    code = [str(p.relative_to(root)) for folder in ("pages", "wizard/app")
            for p in sorted((root / folder).glob("*.py"))]
    texts = core_texts()
    for language in languages():
        subprocess.run([str(lupdate), *code, "-no-obsolete", "-ts", f"resources/i18n/psi_wizard_{language}.ts"],
                       check=True, cwd=root)
        added, dropped = update_core_ts(root / "resources" / SOURCES / f"psi_core_{language}.ts", texts)
        print(f"psi_core_{language}.ts: {added} new texts to translate, {dropped} no longer used")


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        raise SystemExit("usage: python -m wizard.i18n update   (run from the repository's top folder)")
    update(Path.cwd())
