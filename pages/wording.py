"""The window's side of translation that the core can't do: looking the core's wording up in Qt's catalogue."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from wizard.checks.result import Finding, Severity
from wizard.errors import WizardError, sentence
from wizard.i18n import ENGINE_CONTEXT, FINDINGS_CONTEXT, RUNBOOK_CONTEXT, SITE_CONTEXT

if TYPE_CHECKING:
    from wizard.runbook.engine import RunOutcome


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for pyside6-lupdate (which finds it by this name) and gives it back untranslated, to be looked
    up where it is shown. PySide6's own returns the text too, but its stub declares `object`, which no Qt call
    that wants a text accepts."""
    return text


def translate_with(context: str) -> Callable[[str], str]:
    """Qt's lookup for one context of the guide's wording; English where no translation is installed."""
    return lambda text: QCoreApplication.translate(context, text) if text else text


def finding_text(finding: Finding) -> tuple[str, str]:
    """A finding's message and fix in the window's language: its wording looked up, then its values put in."""
    message = finding.wording[0]
    if not message:
        return finding.message, finding.fix  # said by a live system, not by our checks
    shown = _said(finding.wording, dict(finding.values))
    if shown is None:
        return finding.message, finding.fix
    if finding.message.endswith(".") and not message.endswith("."):  # an error's words made a finding's sentence
        shown = sentence(shown[0]), sentence(shown[1])
    return (f"{finding.subject}: {shown[0]}" if finding.subject else shown[0]), shown[1]


def error_text(error: WizardError) -> tuple[str, str]:
    """An error's problem and fix in the window's language; a cause it names is said in that language too."""
    values = error.values | {name: error_line(cause) if isinstance(cause, WizardError) else said_text(cause)
                             for name, cause in error.causes.items()}
    shown = _said(error.wording, values)
    return shown if shown is not None else (error.problem, error.fix)


def error_line(error: WizardError) -> str:
    """An error as one line (what happened — what to do), for a status bar or a step card."""
    problem, fix = error_text(error)
    return f"{problem} — {fix}" if fix else problem


def _value_text(value: str) -> str:
    """A value in the window's language when it is one of the core's words: a reason or rule (findings), a site
    form field's label (site), a step input's label (runbook). Data is in none of them and stays as it is."""
    for context in (FINDINGS_CONTEXT, SITE_CONTEXT, RUNBOOK_CONTEXT):
        shown = QCoreApplication.translate(context, value) if value else value
        if shown != value:
            return shown
    return value


def _said(wording: tuple[str, str], values: dict[str, str]) -> tuple[str, str] | None:
    """Wording looked up and its values put in. A value that is itself one of the core's words (a reason such as
    'no answer in time', a rule) is looked up too; data is not in the catalogue and stays as it is."""
    word = translate_with(FINDINGS_CONTEXT)
    shown = {name: _value_text(value) for name, value in values.items()}
    try:
        return word(wording[0]).format(**shown), word(wording[1]).format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation naming a value wrongly must not hide the message
        return None


SEVERITY_TEXT = {Severity.ERROR: QT_TRANSLATE_NOOP("Finding", "error"),
                 Severity.WARNING: QT_TRANSLATE_NOOP("Finding", "warning"),
                 Severity.INFO: QT_TRANSLATE_NOOP("Finding", "info")}


def severity_text(severity: str) -> str:
    return QCoreApplication.translate("Finding", SEVERITY_TEXT.get(Severity(severity), severity))


def engine_text(text: str) -> str:
    """The engine's reason or outcome in the window's language; a live system's own words (not in the
    catalogue) come back as they are."""
    return _sentence(ENGINE_CONTEXT, text)


def said_text(text: str) -> str:
    """One of the core's sentences (wizard.said.Said) in the window's language; any other text as it is."""
    return _sentence(FINDINGS_CONTEXT, text) if hasattr(text, "wording") else text


def _sentence(context: str, text: str) -> str:
    """A text looked up in one context: a Said by its wording, its values put in (words among them looked up
    too); a plain text as itself."""
    word = translate_with(context)
    wording, values = getattr(text, "wording", text), getattr(text, "values", {})
    try:
        return word(wording).format(**{name: _value_text(value) for name, value in values.items()}) if values \
            else word(wording)
    except (KeyError, IndexError, ValueError):  # a translation naming a value wrongly must not hide the text
        return text


def outcome_text(outcome: RunOutcome) -> str:
    """What a step's run came to, in the window's language."""
    return error_line(outcome.error) if outcome.error is not None else engine_text(outcome.message)
