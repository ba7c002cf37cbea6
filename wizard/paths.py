"""Where the wizard keeps its data and logs on this platform."""

import logging
import logging.handlers
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "psi-wizard"
LOG_NAME = "psi-wizard.log"


@dataclass(frozen=True)
class LogElsewhere:
    """The user's log folder could not be written: which, why, and the log used instead (None: none could be)."""
    folder: Path
    reason: str
    log: Path | None


_log: Path | None = None  # the log file in use, once chosen
_elsewhere: LogElsewhere | None = None


def data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    """The log file in use: the user's log folder, or the temporary one used when that cannot be written."""
    global _log, _elsewhere
    if _log is None:
        _log, _elsewhere = _writable_log()
    return _log


def log_elsewhere() -> LogElsewhere | None:
    """Why the log is not in the user's log folder (it cannot be written), for the engineer to be told; None when
    it is there."""
    log_file()
    return _elsewhere


def _writable_log() -> tuple[Path, LogElsewhere | None]:
    """The user's log folder; when it cannot be written (another user's, no space, no free inode, read-only), a
    private temporary folder. When no folder can be written the wizard runs on without a log rather than not at
    all."""
    usual = Path(platformdirs.user_log_dir(APP, appauthor=False))
    try:
        _open_for_append(usual)
        return usual / LOG_NAME, None
    except OSError as exc:
        reason = exc.strerror or str(exc)
    try:
        fallback = Path(tempfile.mkdtemp(prefix=f"{APP}-log-"))  # private to this user, never another's folder
        _open_for_append(fallback)
    except OSError:
        return usual / LOG_NAME, LogElsewhere(usual, reason, None)
    return fallback / LOG_NAME, LogElsewhere(usual, reason, fallback / LOG_NAME)


def _open_for_append(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / LOG_NAME).open("a", encoding="utf-8"):
        pass


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log as a file: a write that fails later (the disk filled up mid-run) loses that line, and never prints a
    traceback over what the engineer reads, as logging's default handling would."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


class _OutcomeWithoutTraceback(logging.Filter):
    """pyHanko logs a signer it cannot trust (a report checked without --trust: an outcome we report ourselves) as a
    warning with three chained tracebacks, which support reads as a crash; its one line says all of it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("pyhanko.") and record.levelno <= logging.WARNING and record.exc_info:
            record.exc_info = None
            record.exc_text = None
        return True


def setup_logging() -> Path:
    """The log file set up for this process (log_elsewhere says why when it is not the usual one)."""
    path = log_file()
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        try:
            handler = _LogFile(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        except OSError:  # no folder could be written (log_elsewhere says so), or the disk filled up since: no log file
            return path
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(_OutcomeWithoutTraceback())
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path
