"""The window's side of translation that the core can't do: looking the core's wording up in Qt's catalogue."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wizard.checks.result import Finding, Severity
from wizard.i18n import ENGINE_CONTEXT, FINDINGS_CONTEXT, SITE_CONTEXT, VALUE_WORDS


def translate_with(context: str) -> Callable[[str], str]:
    """Qt's lookup for one context of the guide's wording; English where no translation is installed."""
    return lambda text: QCoreApplication.translate(context, text) if text else text


def finding_text(finding: Finding) -> tuple[str, str]:
    """A finding's message and fix in the window's language: its wording looked up, then its values put in."""
    message, fix = finding.wording
    if not message:
        return finding.message, finding.fix  # said by a live system or an error, not by our checks
    word = translate_with(FINDINGS_CONTEXT)
    values = {k: word(v) if v in VALUE_WORDS else v for k, v in finding.values}
    if "label" in values:  # a site form field's label, translated like the form shows it
        values["label"] = translate_with(SITE_CONTEXT)(values["label"])
    try:
        shown = word(message).format(**values), word(fix).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation naming a value wrongly must not hide the finding
        return finding.message, finding.fix
    return (f"{finding.subject}: {shown[0]}" if finding.subject else shown[0]), shown[1]


SEVERITY_TEXT = {Severity.ERROR: QT_TRANSLATE_NOOP("Finding", "error"),
                 Severity.WARNING: QT_TRANSLATE_NOOP("Finding", "warning"),
                 Severity.INFO: QT_TRANSLATE_NOOP("Finding", "info")}


def severity_text(severity: str) -> str:
    return QCoreApplication.translate("Finding", SEVERITY_TEXT.get(Severity(severity), severity))


def engine_text(text: str) -> str:
    """The engine's reason or outcome in the window's language; a live system's or an error's own words (not
    in the catalogue) come back as they are."""
    return translate_with(ENGINE_CONTEXT)(text)
