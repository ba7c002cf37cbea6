"""The package as a user gets it: built and installed, then imported and run from outside the checkout, so
a module or data file left out of the distribution is noticed (the other tests import from the source tree)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_installed_package_has_every_module_and_resource(tmp_path: Path) -> None:
    # build from a clean copy: a build/ folder left in the checkout would hide a missing package
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", "build", "dist", "*.egg-info", ".git",
                                                                   "__pycache__", ".pytest_cache", ".hypothesis"))
    target = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                              str(source)], capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stderr[-2000:]
    # files, not imports: an editable install of the checkout would answer imports for missing modules
    sources = {p.relative_to(ROOT) for folder in ("wizard", "pages", "resources") for p in (ROOT / folder).rglob("*")
               if p.is_file() and "__pycache__" not in p.parts and "screenshots" not in p.parts}  # README only
    missing = sorted(str(p) for p in sources if not (target / p).is_file())
    assert missing == [], f"left out of the package: {missing}"
    script = ("import wizard\n"
              f"assert wizard.__file__.startswith({str(target)!r}), wizard.__file__\n"
              "from wizard.cli import main\n"
              "raise SystemExit(main(['runbook', 'list', '--json']))")
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen",
           "XDG_STATE_HOME": str(tmp_path / "state")}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=120,
                         env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    assert '"chapters"' in run.stdout
