"""The report in the project's language, English or German, from the same translations the window uses: the
Qt Linguist sources in resources/i18n/ (psi_core_<language>.ts), read here without Qt, since the report is built
by the command line as well as by the window. The report's own sentences are the core's worded sentences
(wizard.said.Said), so `python -m wizard.i18n update` collects them for the translators as it does a finding's.

What stays as it is: data (names, addresses, emails, commands, hashes), what the engineer typed, and the portals'
own field names and menu paths, which the engineer finds on an English screen (PORTAL_TERMS)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache
from typing import Any

from resources import resource_path
from wizard.checks.call import SBC_PORTAL
from wizard.said import Said, figure, figures_written

LANGUAGES = ("en", "de")
# the contexts of psi_core_<language>.ts that wizard.i18n writes: the core's sentences, the guide's wording, the
# values the guide gives for the portals, the live systems' names
FINDINGS, RUNBOOK, VALUES, SYSTEMS, SITE = "findings", "runbook", "values", "systems", "site"

Catalogue = dict[tuple[str, str], list[str]]


@cache
def catalogue(language: str) -> Catalogue:
    """Every finished translation of the core's texts in one language: (context, source) to its form(s); a
    counted text has its singular and its plural form."""
    path = resource_path(f"i18n/psi_core_{language}.ts")
    if language == "en" and not path.is_file():
        return {}
    found: Catalogue = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            if all(forms):
                found[(name, message.findtext("source", ""))] = forms
    return found


class Words:
    """The report's sentences in one language; English is the code's own, every other language is looked up."""

    def __init__(self, language: str = "en") -> None:
        self.language = language if language in LANGUAGES else "en"
        self.table = catalogue(self.language)

    def _form(self, context: str, text: str, count: str = "") -> str | None:
        forms = self.table.get((context, text))
        if not forms:
            return None
        return forms[0] if len(forms) == 1 or count == "1" else forms[1]

    def look_up(self, context: str, text: str) -> str:
        """One text of a context in this language; the text itself where there is no translation."""
        return self._form(context, text) or text if text else text

    def value(self, value: str) -> str:
        """A value that is itself one of the core's words (a reason, a demo's note) in this language; data, which
        no catalogue holds, as it is."""
        for context in (FINDINGS, SYSTEMS):
            shown = self._form(context, value)
            if shown:
                return shown
        return value

    def said(self, wording: str, values: Mapping[str, Any] | None = None) -> str:
        """A worded sentence of the core, its values put in; English if its translation names a value wrongly."""
        shown = {name: self.value(str(value)) for name, value in (values or {}).items()}
        english = wording.format(**shown) if shown else wording
        shown = figures_written(shown, self.language)  # the figures as this language writes them
        translated = self._form(FINDINGS, wording, str(shown.get("count", "")))
        if translated is None:
            return english
        try:
            return translated.format(**shown) if shown else translated
        except (KeyError, IndexError, ValueError):
            return english

    def __call__(self, text: Said | str) -> str:
        """A Said in this language; any other text (data, what the engineer typed) as it is, unless it is word
        for word one of the core's sentences (a note the demo wrote)."""
        wording = getattr(text, "wording", None)
        if wording is not None:
            return self.said(wording, getattr(text, "values", {}))
        return self.value(str(text))

    def finding(self, finding: Mapping[str, Any]) -> tuple[str, str]:
        """A finding's message and fix (in their JSON form) in this language."""
        message, fix = finding.get("message", ""), finding.get("fix", "")
        wording = finding.get("wording") or ["", ""]
        if not wording[0] or self.language == "en":
            return message, fix  # English, or said by a live system in its own words
        values = finding.get("values") or {}
        shown = self.said(wording[0], values), self.said(wording[1], values) if wording[1] else fix
        subject = finding.get("subject")
        return (f"{subject}: {shown[0]}" if subject else shown[0]), shown[1]

    def figure(self, value: float, digits: int | None = None) -> str:
        """A figure in this language's writing (a decimal comma in German): wizard.said.figure."""
        return figure(value, digits, self.language)

    def runbook(self, text: str) -> str:
        """The guide's wording (a chapter's or a step's title) in this language."""
        return self.look_up(RUNBOOK, text)

    def portal_value(self, text: str) -> str:
        """A name or value the guide gives for a portal: the portal's own words stay, the guide's words about a
        value are translated (the translator decided which is which, wizard.i18n.value_texts); a value not known
        yet, '<the key chosen in §9.3>' or '<SBC core subnet mask>', says what it stands for in this language."""
        if text.startswith("<") and text.endswith(">"):
            inner = text[1:-1]
            return f"<{self._form(VALUES, inner) or self._form(SITE, inner) or inner}>"
        return self.look_up(VALUES, text)


def english(text: Said | str) -> str:
    """A text as the command line prints it: English, a count with its singular or plural form (the English
    catalogue holds the two forms of each counted text, wizard.i18n)."""
    return Words("en")(text)


# SIP's own words, which a German report keeps as the SBC sent them (the test call's answers and its ladder): the
# reason phrases of RFC 3261 §21 a test call can meet
SIP_TERMS = ("Trying", "Ringing", "Session Progress", "OK", "Unauthorized", "Forbidden", "Not Found",
             "Proxy Authentication Required", "Request Timeout", "Unsupported Media Type", "Temporarily Unavailable",
             "Call/Transaction Does Not Exist", "Busy Here", "Request Terminated", "Not Acceptable Here",
             "Server Internal Error", "Service Unavailable", "Decline", "Not Acceptable")

# The portals' own terms and the products' names, which a German report keeps as the portals and the vendors show
# them: with the guide's portal field names and menu paths (runbook.toml `values` and `where`, the VALUES context
# whose translation is the text itself) they are what a German report may say in English (tests/test_demo_report.py)
PORTAL_TERMS = (
    *SIP_TERMS, "Zoom Phone System Integration", "Zoom Workplace", "OpenScape 4000", "OpenScape SBC",
    "OpenScape 4000 Assistant", SBC_PORTAL,
    "Integrated users", "Add users", "User Management", "Users", "Update all", "Features",
    "Enable Remote Subscribers", "Configure", "Maximum registration expiry time", "CloudLink", "RedSky", "Zoom",
    "Mitel", "OS4K for Zoom Workplace")
