"""The User Comparison Report from Mitel Administration (guide §8.2) and what each issue means (§8.3)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.checks.tables import find_column, read_table, require_column


@dataclass(frozen=True)
class IssueHelp:
    cause: str
    fix: str


ISSUES: dict[str, IssueHelp] = {
    "CloudLinkUserNotFound": IssueHelp(
        "CloudLink has no user with this email.",
        "Provision the user in CloudLink (OS4K Assistant > Zoom PSI > Data operations > User data) and check "
        "that the email is spelled exactly as in Zoom."),
    "ZoomUserNotFound": IssueHelp(
        "Zoom has no user with this email.",
        "Add the user to the Zoom account (User Management > Users > Add Users) with exactly this email."),
    "ZoomSipPhoneNotFound": IssueHelp(
        "The Zoom user has no SIP phone assigned.",
        "Assign a SIP phone in the Zoom admin portal (Phone System Integration > Integrated users)."),
    "ZoomUserStatusInactive": IssueHelp(
        "The Zoom user is deactivated.",
        "Reactivate the user in the Zoom admin portal (User Management > Users)."),
    "ZoomUserStatusPending": IssueHelp(
        "The Zoom user has not activated the account yet.",
        "Ask the user to accept the invitation from no-reply@zoom.us (check the spam folder), guide §7.1.2."),
    "NoClZoomPsiLicense": IssueHelp(
        "The user lacks the ZoomPSI licence in CloudLink; CloudLink checks nothing further for this user.",
        "Assign the ZoomPSI licence in Mitel Administration, then generate the report again."),
}
LICENCE_ISSUE = "NoClZoomPsiLicense"
SEVERITY = {"ZoomUserStatusPending": Severity.WARNING}
_SPLIT = re.compile(r"[\s,;|\[\]\"']+")


def parse_issues(cell: str) -> list[str]:
    return [name for name in _SPLIT.split(cell) if name]


def check_comparison_report(data: bytes, source: str) -> CheckResult:
    table = read_table(data, source)
    email_col = require_column(table, "email", ("email",))
    issues_col = require_column(table, "issues", ("issues",))
    status_col = find_column(table, "zmUserStatus")
    findings: list[Finding] = []
    users_with_issues = 0
    counts: dict[str, int] = {}
    for line, row in table.rows:
        email = row.get(email_col, "").strip() or f"(no email, line {line})"
        names = parse_issues(row.get(issues_col, ""))
        if not names:
            continue
        users_with_issues += 1
        if LICENCE_ISSUE in names:
            skipped = [n for n in names if n != LICENCE_ISSUE]
            names = [LICENCE_ISSUE]
            if skipped:
                findings.append(Finding.of(
                    "comparison.not-evaluated", Severity.INFO,
                    "{email}: {value} listed too, but without the ZoomPSI licence CloudLink checks nothing further; "
                    "they are set aside until the licence is assigned.",
                    "Assign the licence first, then regenerate the report.",
                    email=email, value=', '.join(skipped)))
        for name in names:
            counts[name] = counts.get(name, 0) + 1
            known = ISSUES.get(name)
            if known is None:
                findings.append(Finding.of(
                    "comparison.unknown-issue", Severity.WARNING,
                    "{email} (line {line}): the report names an issue this wizard does not know, {name}.",
                    "Look it up in the current Mitel Administration documentation.",
                    email=email, line=line, name=f"{name!r}"))
                continue
            status = f" (Zoom status {row[status_col]})" if status_col and row.get(status_col) else ""
            findings.append(Finding(f"comparison.{name}", SEVERITY.get(name, Severity.ERROR), known.cause, known.fix,
                                    (known.cause, known.fix)).about(f"{email}{status}"))  # ISSUES is translated
    evidence = {"users": len(table.rows), "users_with_issues": users_with_issues, "issues": counts,
                "encoding": table.encoding}
    return CheckResult("comparison.report", tuple(findings), evidence)
