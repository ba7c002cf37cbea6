"""The shape every check and probe returns: a verdict and findings that explain it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from wizard.errors import WizardError, sentence


class Verdict(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Finding:
    """What a check found, in English with the values filled in (`message`, `fix`), and as written before the
    values went in (`wording` and `values`), so the window can show it in the engineer's language."""
    code: str
    severity: Severity
    message: str
    fix: str = ""
    wording: tuple[str, str] = ("", "")
    values: tuple[tuple[str, str], ...] = ()
    subject: str = ""  # what the finding is about when one check looks at several things (a host, a file)

    @classmethod
    def of(cls, code: str, severity: Severity, message: str, fix: str = "", /, **values: object) -> Finding:
        """`message` and `fix` are literal wording with {name} for each value: a tool collects them for the
        translators (wizard.i18n), so they are never built with f-strings."""
        shown = {name: str(value) for name, value in values.items()}
        return cls(code, severity, message.format(**shown), fix.format(**shown), (message, fix),
                   tuple(shown.items()))

    @classmethod
    def of_error(cls, code: str, severity: Severity, error: WizardError) -> Finding:
        """An error as a finding: its sentences, and its wording to say them in the window's language."""
        return cls(code, severity, sentence(error.problem), sentence(error.fix), error.wording,
                   tuple(error.values.items()))

    def about(self, subject: str) -> Finding:
        return replace(self, message=f"{subject}: {self.message}", subject=subject)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "severity": self.severity.value, "message": self.message,
                                "fix": self.fix}
        if self.wording[0]:
            data |= {"wording": list(self.wording), "values": dict(self.values)}
        if self.subject:
            data["subject"] = self.subject
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        wording = data.get("wording") or ("", "")
        return cls(data["code"], Severity(data["severity"]), data["message"], data.get("fix", ""),
                   (str(wording[0]), str(wording[1])),
                   tuple((str(k), str(v)) for k, v in data.get("values", {}).items()), str(data.get("subject", "")))


@dataclass(frozen=True)
class CheckResult:
    check: str
    findings: tuple[Finding, ...] = ()
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> Verdict:
        severities = {f.severity for f in self.findings}
        if Severity.ERROR in severities:
            return Verdict.FAIL
        if Severity.WARNING in severities:
            return Verdict.WARN
        return Verdict.PASS

    def to_json(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "status": self.status.value,
            "findings": [f.to_json() for f in self.findings],
            "evidence": self.evidence,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CheckResult:
        return cls(
            check=data["check"],
            findings=tuple(Finding.from_json(f) for f in data.get("findings", [])),
            evidence=dict(data.get("evidence", {})),
        )


