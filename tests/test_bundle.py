"""The bundle field engineers get: built with PyInstaller from packaging/psi-wizard.spec, then started the way
a laptop starts it. Opt-in (PSI_BUILD_BUNDLE=1, which CI sets): the build takes a minute or two."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from wizard import version

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.bundle
def test_the_linux_bundle_starts_prints_its_version_and_opens_the_demo(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("this test builds the Linux bundle")
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                            "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
                            str(ROOT / "packaging" / "psi-wizard.spec")],
                           capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert build.returncode == 0, build.stderr[-3000:]
    folder = tmp_path / "dist" / "psi-wizard"
    exe = folder / "psi-wizard"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config")}

    shown = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60, env=env)
    assert shown.returncode == 0 and shown.stdout.strip() == f"psi-wizard {version()}"

    run = subprocess.run([str(exe), "--demo", "--self-test"], capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "self-test passed" in run.stdout and "11 chapters shown" in run.stdout
    assert list((tmp_path / "data" / "psi-wizard" / "demo").glob("*.psiproj"))  # in the platform's data folder
    german = QTranslator()  # the shipped catalogue holds the window's texts and the core's wording
    assert german.load(str(next(folder.rglob("psi_wizard_de.qm"))))
    assert german.translate("MainWindow", "&Help") == "&Hilfe"
    assert german.translate("runbook", "Prerequisites") == "Voraussetzungen"
    assert german.translate("findings", "{label} is empty.") == "{label} ist leer."

    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "bundle-size.txt").write_text(f"{size / 1e6:.0f} MB in {folder.name}/\n", encoding="utf-8")
