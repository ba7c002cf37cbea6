"""The window's side of translation that the core can't do: looking the core's wording up in Qt's catalogue."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from wizard.checks.result import Finding, Severity
from wizard.errors import WizardError, sentence
from wizard.i18n import ENGINE_CONTEXT, FINDINGS_CONTEXT, RUNBOOK_CONTEXT, SITE_CONTEXT, SYSTEMS_CONTEXT, VALUES_CONTEXT
from wizard.said import figures_written

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


def _counted(context: str, wording: str, values: dict[str, str]) -> str:
    """A wording looked up with its count, when it has one: Qt then picks the plural form of the language
    ("1 invitation", "2 invitations"; the English catalogue holds the English forms of "{count} invitation(s)")."""
    count = values.get("count", "")
    if count.isdigit():
        return QCoreApplication.translate(context, wording, None, int(count))
    return QCoreApplication.translate(context, wording) if wording else wording


def system_name(system: str) -> str:
    """A live system's id (zoom, os4k) as the window names that system ("Zoom", "OS4K (AMO über SSH)")."""
    from wizard.connectors.systems import LIVE_SYSTEMS

    title = next((s.title for s in LIVE_SYSTEMS if s.id == system), "")
    return QCoreApplication.translate(SYSTEMS_CONTEXT, title) if title else system


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


def portal_value(text: str, template: str = "") -> str:
    """A step's value name or value in the window's language: the portal's own words come back as they are (their
    translation is themselves), the guide's words about a value are translated, and so is each <what is missing>
    put in where a site's entry or a chosen file is not known yet. `template`: the value as the guide writes it,
    before the site's entries were filled in ("UDP, the SBC's media port range, to {sbc_access_ip}"); its
    translation is filled in with the same entries."""
    if template and "{" in template:
        text = _refilled(template, text)
    shown = QCoreApplication.translate(VALUES_CONTEXT, text) if text else text
    if shown != text or "<" not in text:
        return shown
    return re.sub(r"<([^<>]+)>", lambda m: f"<{_missing(m.group(1))}>", text)


def _refilled(template: str, filled: str) -> str:
    """The translated template with the entries read back out of the value as it was filled in."""
    translated = QCoreApplication.translate(VALUES_CONTEXT, template)
    if translated == template:
        return filled
    pattern = re.sub(r"\\\{([a-z0-9_]+)\\\}", lambda m: f"(?P<{m.group(1)}>.*)", re.escape(template))
    try:
        found = re.fullmatch(pattern, filled)
        return translated.format(**found.groupdict()) if found else filled
    except (re.error, KeyError, IndexError, ValueError):  # a placeholder used twice, or named wrongly in German
        return filled


def _missing(what: str) -> str:
    for context in (VALUES_CONTEXT, SITE_CONTEXT):
        shown = QCoreApplication.translate(context, what)
        if shown != what:
            return shown
    return what


def core_words(text: str) -> str:
    """A word of the core that is not a sentence of its own (where a side was read from: "OS4K over SSH (REG-)") in
    the window's language; data comes back as it is."""
    return _value_text(text)


def _values_shown(values: dict[str, str]) -> dict[str, str]:
    """Each value in the window's language: a system named by its id (the core's `system=zoom`) by its name."""
    written = figures_written(values, QLocale().name().split("_")[0])  # "0,6" in German (wizard.app.translators)
    return {name: system_name(value) if name == "system" else _value_text(value) for name, value in written.items()}


def _value_text(value: str) -> str:
    """A value in the window's language when it is one of the core's words: a reason or rule (findings), a site
    form field's label (site), a step input's label (runbook), a secret's name (systems). Data is in none of them
    and stays as it is."""
    for context in (FINDINGS_CONTEXT, SITE_CONTEXT, RUNBOOK_CONTEXT, SYSTEMS_CONTEXT):
        shown = QCoreApplication.translate(context, value) if value else value
        if shown != value:
            return shown
    return value


def _said(wording: tuple[str, str], values: dict[str, str]) -> tuple[str, str] | None:
    """Wording looked up and its values put in. A value that is itself one of the core's words (a reason such as
    'no answer in time', a rule) is looked up too; data is not in the catalogue and stays as it is."""
    word = translate_with(FINDINGS_CONTEXT)
    shown = _values_shown(values)
    try:
        return _counted(FINDINGS_CONTEXT, wording[0], values).format(**shown), word(wording[1]).format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation naming a value wrongly must not hide the message
        return None


# A project's mode as the status bar says it ("Mode: Demo"): the Report page's headline says it the same way, not the
# stored value ("demo"). Under MainWindow, where the status bar (wizard.app.window) looks its words up.
MODE_TEXT = {"live": QT_TRANSLATE_NOOP("MainWindow", "Live"),
             "offline": QT_TRANSLATE_NOOP("MainWindow", "Offline checklist"),
             "demo": QT_TRANSLATE_NOOP("MainWindow", "Demo")}


def mode_text(mode: str) -> str:
    """A project's mode (wizard.store.modes.Mode's value) in the window's language, as the status bar names it."""
    return QCoreApplication.translate("MainWindow", MODE_TEXT[mode]) if mode in MODE_TEXT else mode


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


def note_text(note: str) -> str:
    """A step's note or reason in the window's language when the wizard wrote it (the demo's notes, which a project
    keeps as text: wizard.demo.worded_note); a note an engineer typed comes back as typed."""
    from wizard.demo import worded_note

    return said_text(worded_note(note))


def _sentence(context: str, text: str) -> str:
    """A text looked up in one context: a Said by its wording, its values put in (words among them looked up
    too); a plain text as itself."""
    word = translate_with(context)
    wording, values = getattr(text, "wording", text), getattr(text, "values", {})
    try:
        return _counted(context, wording, values).format(**_values_shown(values)) if values else word(wording)
    except (KeyError, IndexError, ValueError):  # a translation naming a value wrongly must not hide the text
        return text


def outcome_text(outcome: RunOutcome) -> str:
    """What a step's run came to, in the window's language."""
    return error_line(outcome.error) if outcome.error is not None else engine_text(outcome.message)
