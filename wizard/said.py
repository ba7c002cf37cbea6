"""A sentence of the core with its values put in: still the English text (a str) for the command line, a log or
a report, and its wording and values for the window to say it in its own language. wizard.i18n collects every
Said(...) wording for the translators, as it does a Finding's or an error's."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from wizard.errors import one_line

if TYPE_CHECKING:
    from wizard.checks.result import Finding
    from wizard.errors import WizardError


class Said(str):
    wording: str
    values: dict[str, str]

    def __new__(cls, wording: str, /, **values: object) -> Said:
        shown = {name: one_line(str(value)) for name, value in values.items()}
        said = super().__new__(cls, wording.format(**shown))
        said.wording, said.values = wording, shown
        return said

    @classmethod
    def of_error(cls, error: WizardError) -> Said:
        """An error's problem as a Said, in the error's own wording (the translators have it already)."""
        return cls(error.wording[0], **error.values)

    @classmethod
    def of_finding(cls, finding: Finding) -> Said:
        """A finding's message as a Said, in its own wording."""
        return cls(finding.wording[0], **dict(finding.values))

    def to_json(self) -> str:
        return json.dumps([self.wording, self.values], ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def kept(cls, text: str, wording_json: str) -> str:
        """A text read back from where it was stored with its wording: a Said again when the wording is there and
        still gives the same text, else the text as it was stored."""
        if not wording_json:
            return text
        try:
            wording, values = json.loads(wording_json)
            said = cls(str(wording), **{str(k): str(v) for k, v in dict(values).items()})
        except (ValueError, TypeError, KeyError, IndexError):
            return text
        return said if said == text else text


# the languages that write a decimal comma (DIN 1333, Duden: "0,5 ms"); English writes a point
DECIMAL_COMMA = frozenset({"de"})


def figure(value: float, digits: int | None, language: str) -> str:
    """A measured figure as `language` writes it, with `digits` decimals (None: as few as it needs, 2.5 or 30),
    for the window and the report to show the same. Stored data keeps the number itself, never this text."""
    text = f"{value:g}" if digits is None else f"{value:.{digits}f}"
    return text.replace(".", ",") if language in DECIMAL_COMMA else text


# the values of the core's sentences that are figures (the test call's loss in %, jitter, delay, how early audio
# stopped and their limits, wizard.checks.call; a call's length): a finding keeps them as the check wrote them
# ("0.6"), the window and the report write them in their language
FIGURES = frozenset({"percent", "jitter", "delay", "early", "limit", "most", "seconds", "setup"})
_DECIMAL = re.compile(r"-?\d+\.\d+")


def figures_written(values: Mapping[str, str], language: str) -> dict[str, str]:
    """A sentence's values with each of its figures (a FIGURES value holding a decimal number) as `language`
    writes it; every other value as it is."""
    if language not in DECIMAL_COMMA:
        return dict(values)
    return {name: value.replace(".", ",") if name in FIGURES and _DECIMAL.fullmatch(value) else value
            for name, value in values.items()}
