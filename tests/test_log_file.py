"""The log file is read by support: an outcome the wizard reports itself is one line there, not a traceback that
reads as a crash; a real error keeps its traceback."""

import os
import subprocess
import sys
from pathlib import Path

LOGGED = """
import logging
from wizard.paths import setup_logging
path = setup_logging()
try:
    raise ValueError("The X.509 certificate provided is self-signed")
except ValueError as exc:
    # as pyHanko logs a signer it cannot trust (report verify without --trust)
    logging.getLogger("pyhanko.sign.validation.generic_cms").warning("Validation error: %s", exc, exc_info=exc)
    logging.getLogger("wizard.cli").error("op failed", exc_info=exc)
print(path)
"""


def test_pyhankos_warning_about_an_untrusted_signer_is_one_line_and_our_errors_keep_their_traceback(
        tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", LOGGED], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")})
    assert done.returncode == 0, done.stderr
    text = Path(done.stdout.strip()).read_text(encoding="utf-8")
    warning, _, error = text.partition("ERROR wizard.cli: op failed")
    assert "WARNING pyhanko.sign.validation.generic_cms: Validation error: The X.509 certificate provided is " \
           "self-signed" in warning and "Traceback" not in warning
    assert "Traceback" in error and "ValueError" in error
