"""Findings read more than once (#32): a finding carries where and when its fact was read, and a later read of the
same fact supersedes it, so a superseded finding is never shown as open. The one rule the report and the window
both apply (wizard.report.content, wizard.services.report.current_summary).

The facts: a station's subscriber data (SBCSU, SDAT, PERSI: what the §2.2 AMO check finds about station N), and
ZANDE OSMO, the SBC address the OS4K gives Zoom. A provisioning wave's read-back of a person (wizard.checks.
provisioning, 'verify:' changes) reads the station's SBCSU, SDAT and PERSI from the OS4K and Zoom's SIP credentials,
whose registration server comes from ZANDE OSMO (guide §7.2 notice: SBCADDR1 is the address advertised to Zoom):
done, it read both facts live and found them right."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

OSMO = "ZANDE OSMO"


def station(stno: str) -> str:
    return f"station {stno}"


@dataclass(frozen=True)
class Reading:
    source: str  # where the facts were read: "AMO text pasted in §2.2", "live read-back of the OS4K and Zoom …"
    at: str  # when, ISO 8601 in UTC as the project keeps it (such times compare as text)
    facts: frozenset[str]


def fact_of(finding: Mapping[str, Any]) -> str | None:
    """The fact a finding (in its JSON form) is about, when a later read can settle it; None otherwise."""
    code = str(finding.get("code", ""))
    values = finding.get("values") or {}
    if code.startswith("amo.osmo-"):
        return OSMO
    if code.startswith("amo.station-") and values.get("stno"):
        return station(str(values["stno"]))
    return None


def superseding(finding: Mapping[str, Any], read_at: str, readings: Iterable[Reading]) -> Reading | None:
    """The latest read after `read_at` of the finding's fact, which supersedes the finding; None if there is none."""
    fact = fact_of(finding)
    if fact is None or not read_at:
        return None
    return max((r for r in readings if fact in r.facts and r.at > read_at), key=lambda r: r.at, default=None)


OPEN = ("failed", "warning", "blocked")


def settled_status(status: str, findings: Iterable[Mapping[str, Any]]) -> str:
    """A step that failed or warned only on findings a later read superseded passed by that read; else its own."""
    raised = [f for f in findings if f.get("severity") in ("error", "warning")]
    if status in ("failed", "warning") and raised and all(f.get("superseded_by") for f in raised):
        return "passed"
    return status
