"""What the engineer's terminal shows: our own messages, never a dependency's warnings about itself (a newer
cryptography deprecates DSA, which asyncssh and pyHanko still name when they are imported)."""

import json
import os
import re
import subprocess
import sys
import warnings

import pytest

from wizard.cli import SUBCOMMANDS
from wizard.dependency_warnings import QUIETED, quiet_dependency_warnings

WARNING = re.compile(r"\b\w*Warning\b")


def environment(tmp_path: object) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path)}


@pytest.mark.parametrize("command", ["", *SUBCOMMANDS])
def test_every_commands_help_prints_no_warning(command: str, tmp_path: object) -> None:
    argv = [sys.executable, "-m", "wizard", *([command] if command else []), "--help"]
    run = subprocess.run(argv, capture_output=True, text=True, timeout=120, env=environment(tmp_path))
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stderr == "", run.stderr[-2000:]
    assert "usage:" in run.stdout


def test_the_lab_prints_its_endpoints_and_nothing_on_stderr(tmp_path: object) -> None:
    """`psi-wizard lab --json` imports asyncssh (the OS4K's SSH server) and pyHanko's neighbours: before, five DSA
    deprecation warnings came before its JSON."""
    argv = [sys.executable, "-m", "wizard", "lab", "--json"]
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=environment(tmp_path)) as lab:
        try:
            assert lab.stdout is not None
            endpoints = json.loads(lab.stdout.readline())
        finally:
            lab.terminate()
            _, stderr = lab.communicate(timeout=30)
    assert {"zoom", "cloudlink", "redsky", "os4k"} <= set(endpoints)
    assert WARNING.search(stderr) is None, stderr[-2000:]
    assert stderr.strip() == "", stderr[-2000:]


def test_only_the_named_warnings_are_quieted() -> None:
    """The filter is by category and module: the same category from our own code still shows."""
    from cryptography.utils import CryptographyDeprecationWarning

    assert QUIETED
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        quiet_dependency_warnings()
        warnings.warn_explicit("from a dependency", CryptographyDeprecationWarning, "x.py", 1, module="asyncssh.misc")
        warnings.warn_explicit("from pyhanko", CryptographyDeprecationWarning, "x.py", 1, module="pyhanko.sign")
        warnings.warn_explicit("ours", CryptographyDeprecationWarning, "x.py", 1, module="wizard.connectors.os4k")
        warnings.warn_explicit("another kind", DeprecationWarning, "x.py", 1, module="asyncssh.misc")
    assert [str(w.message) for w in caught] == ["ours", "another kind"]
