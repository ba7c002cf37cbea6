"""Where the window's translations come from. The sources are Qt Linguist files (resources/i18n/*.ts); a
bundle ships them compiled (packaging/psi-wizard.spec runs lrelease at build time), an installation from
source compiles each once into the user's cache with the lrelease that comes with PySide6."""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import subprocess
from pathlib import Path

import platformdirs

from resources import resource_path
from wizard.paths import APP

log = logging.getLogger(__name__)
SOURCES = "i18n"


def sources() -> list[Path]:
    return sorted(resource_path(SOURCES).glob("psi_wizard_*.ts"))


def lrelease() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent
    candidates = (folder / "lrelease", folder / "lrelease.exe", folder / "Qt" / "bin" / "lrelease")
    return next((p for p in candidates if p.exists()), None)


def compile_ts(source: Path, target: Path) -> bool:
    tool = lrelease()
    if tool is None:
        log.warning("no lrelease next to PySide6: %s stays untranslated", source.name)
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], capture_output=True, text=True,
                            timeout=60, check=False)
    if result.returncode != 0:
        log.warning("lrelease failed on %s: %s", source.name, result.stderr.strip())
    return result.returncode == 0 and target.is_file()


def translation_file(language: str) -> Path | None:
    shipped = resource_path(f"{SOURCES}/psi_wizard_{language}.qm")
    if shipped.is_file():
        return shipped
    source = resource_path(f"{SOURCES}/psi_wizard_{language}.ts")
    if not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]  # a changed .ts is compiled again
    cached = Path(platformdirs.user_cache_dir(APP, appauthor=False)) / SOURCES / f"psi_wizard_{language}-{digest}.qm"
    if cached.is_file() or compile_ts(source, cached):
        return cached
    return None
