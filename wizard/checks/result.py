"""The shape every check and probe returns: a verdict and findings that explain it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


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
    code: str
    severity: Severity
    message: str
    fix: str = ""

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "severity": self.severity.value, "message": self.message, "fix": self.fix}


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
            findings=tuple(
                Finding(f["code"], Severity(f["severity"]), f["message"], f.get("fix", ""))
                for f in data.get("findings", [])
            ),
            evidence=dict(data.get("evidence", {})),
        )


