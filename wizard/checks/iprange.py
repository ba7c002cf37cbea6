"""The site's subnets for RedSky's IP range mapping (guide §10.4): read from a table, checked before sending."""

from __future__ import annotations

import ipaddress
import itertools
from dataclasses import dataclass

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.checks.tables import read_table, require_column


@dataclass(frozen=True)
class IpRange:
    low: str
    high: str
    building: str
    location: str
    description: str
    line: int

    def key(self) -> tuple[int, int, int]:
        low, high = ipaddress.ip_address(self.low), ipaddress.ip_address(self.high)
        return low.version, int(low), int(high)


def read_ranges(data: bytes, source: str) -> tuple[list[IpRange], list[Finding]]:
    table = read_table(data, source)
    cols = {name: require_column(table, name, aliases) for name, aliases in (
        ("Range Start", ("Range Start", "Start", "From")), ("Range End", ("Range End", "End", "To")),
        ("Building", ("Building",)), ("Location", ("Location",)))}
    description = next((h for h in table.headers if h.lower() == "description"), None)
    ranges, findings = [], []
    for line, row in table.rows:
        low, high = row[cols["Range Start"]].strip(), row[cols["Range End"]].strip()
        try:
            a, b = ipaddress.ip_address(low), ipaddress.ip_address(high)
        except ValueError:
            findings.append(Finding.of(
                "iprange.not-an-address", Severity.ERROR,
                "{source} line {line}: {low} – {high} is not a pair of IP addresses.",
                "Correct the range start and end.",
                source=source, line=line, low=f"{low!r}", high=f"{high!r}"))
            continue
        if a.version != b.version or int(a) > int(b):
            findings.append(Finding.of(
                "iprange.backwards", Severity.ERROR,
                "{source} line {line}: {low} – {high} is not a range (start after end, or IPv4 mixed with IPv6).",
                "Swap or correct the addresses.",
                source=source, line=line, low=low, high=high))
            continue
        ranges.append(IpRange(low, high, row[cols["Building"]].strip(), row[cols["Location"]].strip(),
                              row.get(description, "").strip() if description else "", line))
    ordered = sorted(ranges, key=IpRange.key)
    for first, second in itertools.pairwise(ordered):
        if first.key()[0] == second.key()[0] and second.key()[1] <= first.key()[2]:
            findings.append(Finding.of(
                "iprange.overlap", Severity.ERROR,
                "{source}: {low}–{high} (line {line}) overlaps {other_low}–{other_high} (line {other_line}).",
                "An address may map to one emergency location only: split the ranges.",
                source=source, low=first.low, high=first.high, line=first.line, other_low=second.low,
                other_high=second.high, other_line=second.line))
    return ranges, findings


@dataclass(frozen=True)
class MappedRange:
    """An IP range as RedSky lists it, with its location's building and name."""

    low: str
    high: str
    building: str
    location: str


def compare_ranges(wanted: list[IpRange], mapped: list[MappedRange], table_findings: list[Finding]) -> CheckResult:
    """The site's subnet table against what RedSky has mapped (guide §10.4, read back): a range the table has and
    RedSky lacks, one RedSky has and the table does not, and one mapped to another location than the table says.
    Overlaps inside the table come with the table's own findings."""
    findings = list(table_findings)
    by_range = {(m.low, m.high): m for m in mapped}
    missing, wrong = [], []
    for entry in wanted:
        found = by_range.get((entry.low, entry.high))
        if found is None:
            missing.append(f"{entry.low}–{entry.high}")
            findings.append(Finding.of(
                "iprange.missing", Severity.ERROR,
                "{low}–{high} ({building}, {location}) is not mapped in RedSky.",
                "Add it in RedSky under Configuration > Network Discovery > IP Ranges > Add IP Range Mapping.",
                low=entry.low, high=entry.high, building=entry.building, location=entry.location))
        elif (found.building.lower(), found.location.lower()) != (entry.building.lower(), entry.location.lower()):
            wrong.append(f"{entry.low}–{entry.high}")
            findings.append(Finding.of(
                "iprange.wrong-location", Severity.ERROR,
                "{low}–{high} is mapped to {mapped_building}, {mapped_location}; the site's table says {building}, "
                "{location}.",
                "Correct the mapping in RedSky: an emergency call from this range would name the wrong place.",
                low=entry.low, high=entry.high, mapped_building=found.building, mapped_location=found.location,
                building=entry.building, location=entry.location))
    wanted_keys = {(w.low, w.high) for w in wanted}
    extra = [m for m in mapped if (m.low, m.high) not in wanted_keys]
    findings += [Finding.of(
        "iprange.extra", Severity.WARNING,
        "RedSky maps {low}–{high} ({building}, {location}), which the site's table does not have.",
        "If the subnet is gone, remove the mapping; if it is the site's, add it to the table.",
        low=m.low, high=m.high, building=m.building, location=m.location) for m in extra]
    return CheckResult("redsky.ip-ranges", tuple(findings), {
        "table": len(wanted), "mapped": len(mapped), "missing": missing, "wrong_location": wrong,
        "extra": [f"{m.low}–{m.high}" for m in extra]})
