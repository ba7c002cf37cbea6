"""Software versions as engineers meet them, and the guide's minimums (§2.2)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.errors import WizardError


@dataclass(frozen=True)
class Minimum:
    product: str
    text: str
    parts: tuple[int, ...]


MINIMUMS: dict[str, Minimum] = {
    "os4k": Minimum("OpenScape 4000", "V11 R0.22", (11, 0, 22)),
    "os4k-assistant": Minimum("OpenScape 4000 Assistant", "V11 R0.22.5", (11, 0, 22, 5)),
    "os4k-csta": Minimum("OpenScape 4000 CSTA", "V11 R0.22.3", (11, 0, 22, 3)),
    "os4k-plt": Minimum("OpenScape 4000 platform (PLT)", "V11 R0.22.3", (11, 0, 22, 3)),
    "os4k-rmx": Minimum("OpenScape 4000 RMX", "V11 R0.22.10", (11, 0, 22, 10)),
    "os4k-lw": Minimum("OpenScape 4000 loadware (LW)", "V11 R0.22.7", (11, 0, 22, 7)),
    "sbc": Minimum("OpenScape SBC", "V11 R2.1.0", (11, 2, 1, 0)),
    "zoom-workplace": Minimum("Zoom Workplace app", "6.3.6", (6, 3, 6)),
}

# "V11R0.22.5", "V11 R0.22.5", "V11_R0.22.2", "OpenScape SBC V11 R2.01.00-1": major, release dotted, build.
# One run of blanks (or an underscore) between V and R: two optional blanks in a row backtrack without end on
# a long run of spaces.
_MITEL = re.compile(r"\bV(\d{1,3})[ \t]*(?:_[ \t]*)?R(\d{1,4}(?:\.\d{1,6})*)(?:-(\d{1,6}))?\b", re.IGNORECASE)
# The SBC names itself in its SIP answers: 'X-Siemens-OSS: OpenScape SBC V10 R9.00.00-1/BCF/THIG' (DESIGN.md,
# OpenScape SBC), or in Server / User-Agent.
_SBC_IN_SIP = re.compile(r"OpenScape SBC[ \t]{1,4}(V\d{1,3}[ \t]?R\d{1,4}(?:\.\d{1,6}){0,4}(?:-\d{1,6})?)",
                         re.IGNORECASE)
# "V10": a major version alone, as engineers say it; enough to judge only against another major version
_MAJOR_ONLY = re.compile(r"[ \t]*V(\d{1,3})[ \t]*", re.IGNORECASE)
# "6.3.6 (52107)": dotted, then an optional build number in brackets that does not take part.
_DOTTED = re.compile(r"(?<![\w.])(\d{1,6}(?:\.\d{1,6}){1,5})(?:\s*\(\d+\))?(?![\w.])")


def sbc_version_in(header: str) -> str | None:
    """'OpenScape SBC V11 R2.01.00-1' from a SIP header's value; None when it names no SBC version."""
    match = _SBC_IN_SIP.search(header[:500])
    return f"OpenScape SBC {match.group(1)}" if match else None


def parse_version(text: str) -> tuple[int, ...]:
    """Version components as integers; raises WizardError when the text holds no version."""
    mitel = _MITEL.findall(text)
    if len(mitel) == 1:
        major, release, build = mitel[0]
        parts = (int(major), *(int(p) for p in release.split(".")))
        return parts + ((int(build),) if build else ())
    dotted = _DOTTED.findall(text) if not mitel else []
    if len(dotted) == 1:
        return tuple(int(p) for p in dotted[0].split("."))
    major = _MAJOR_ONLY.fullmatch(text)
    if major and not mitel:
        return (int(major.group(1)),)
    raise WizardError("cannot read a version from '{text}'",
                      "type it as the system shows it, e.g. 'V11 R0.22.5', 'OpenScape SBC V11 R2.01.00-1' or '6.3.6 "
                      "(52107)'", text=text)


def _padded(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    width = max(len(a), len(b))
    return a + (0,) * (width - len(a)), b + (0,) * (width - len(b))


def check_version(component: str, observed: str) -> CheckResult:
    """Compare an observed version with the guide's minimum. Unreadable input raises WizardError."""
    if component not in MINIMUMS:
        raise WizardError("unknown component '{component}'", "use one of: {known}", component=component,
                          known=', '.join(MINIMUMS))
    minimum = MINIMUMS[component]
    parts = parse_version(observed)
    if len(parts) == 1 and parts[0] == minimum.parts[0]:
        raise WizardError("'{observed}' does not say which release",
                          "type the whole version as the system shows it; the minimum is {minimum}",
                          observed=observed, minimum=minimum.text)
    have, need = _padded(parts, minimum.parts)
    evidence = {"component": component, "observed": observed, "parsed": list(parts), "minimum": minimum.text}
    if have < need:
        finding = Finding.of(
            f"version.{component}.too-old", Severity.ERROR,
            "{product} is {observed}, below the minimum {minimum}.",
            "Upgrade {product} to {minimum} or later before going on.",
            product=minimum.product, observed=observed.strip(), minimum=minimum.text)
        return CheckResult(f"version.{component}", (finding,), evidence)
    return CheckResult(f"version.{component}", (), evidence)
