"""The one kind of error the user is shown, and the exit codes of the headless commands."""

from enum import IntEnum


class Exit(IntEnum):
    """What a headless command's exit code says happened: one table for every command, README.md's "Exit codes".
    A script tells these apart, so a code is never reused for something else."""
    OK = 0  # passed, or passed with warnings
    FAILED = 1  # the command ran and found a failure (a check, a verification, a change a live system refused)
    INPUT = 2  # an input could not be read or used: a file, an argument, a project file, a missing setting
    CANNOT_RUN = 3  # could not run: a live system could not be reached (no route, DNS, TLS, the connection lost),
    # or the project is in offline checklist mode
    LIVE_SYSTEM = 4  # a live system answered, but refused or failed: an error answer, a rate or daily limit
    NOT_SAVED = 5  # the project (or an output file) could not be written: disk full, no free inode, read-only,
    # or the project is open in another wizard
    INTERNAL = 70  # a bug in the wizard (EX_SOFTWARE): the log holds the details for support
    INTERRUPTED = 130  # stopped with Ctrl+C (128 + SIGINT); what was saved before stays saved


class WizardError(Exception):
    """A problem the user can act on. `str()` gives one line: what happened — what to do.

    `problem` and `fix` are literal wording with {name} for each value, as in Finding.of: wizard.i18n collects
    them for the translators and the window says them in its own language, so they are never built with
    f-strings. A value that is itself worded (a WizardError, the cause, or a wizard.said.Said) is said in that
    language too."""

    def __init__(self, problem: str, fix: str = "", /, **values: object) -> None:
        shown = {name: one_line(str(value)) for name, value in values.items()}
        self.wording = (problem, fix)
        self.values = shown
        # a value that is itself worded (an error, or a wizard.said.Said) is said in the window's language too
        self.causes = {name: value for name, value in values.items()
                       if isinstance(value, WizardError) or (isinstance(value, str) and hasattr(value, "wording"))}
        self.problem = problem.format(**shown)
        self.fix = fix.format(**shown)
        super().__init__(self.problem)

    def __str__(self) -> str:
        return f"{self.problem} — {self.fix}" if self.fix else self.problem


class NotWritten(WizardError):
    """A file the command makes could not be written where it was asked for: the disk is full or has no free inode,
    the folder or medium is read-only, or the folder is not the user's (Exit.NOT_SAVED, as a project not saved).
    A folder that does not exist is the argument's fault, a plain WizardError (Exit.INPUT)."""


def one_line(text: str) -> str:
    """A value as it can be shown inside a sentence: a line break or control character in a customer's file
    (an injection attempt, say) is written out as \\n, never broken into the message."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def sentence(text: str) -> str:
    """The core's words start in lower case to fit into a lead-in; shown on their own, they are a sentence."""
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


# What failure_reason says when the failure carries no words of its own; translated where shown.
NO_ANSWER = "no answer in time"
REFUSED = "the connection was refused"
FAILED = "the connection failed"
REASONS = (NO_ANSWER, REFUSED, FAILED)


def failure_reason(exc: BaseException) -> str:
    """A low-level failure (the OS's, an SSH or HTTP library's) in the words of its message, never its class
    name: it goes into a sentence the engineer reads."""
    if isinstance(exc, ConnectionRefusedError):
        return REFUSED
    if isinstance(exc, TimeoutError) or type(exc).__name__.endswith("Timeout"):
        return NO_ANSWER
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    text = str(getattr(exc, "reason", "") or exc).strip()
    return text or FAILED
