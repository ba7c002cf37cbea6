"""A finding carries where and when its fact was read, and a later read of the same fact supersedes it (#32):
the rule of wizard.checks.superseded, on its own."""

from wizard.checks.superseded import OSMO, Reading, fact_of, settled_status, station, superseding

PASTED_AT = "2026-12-07T09:00:00.000+00:00"
NO_DMCALLWD = {"code": "amo.station-no-dmcallwd", "severity": "error", "message": "Station 3102 lacks DMCALLWD.",
               "values": {"stno": "3102"}}
OSMO_ELSEWHERE = {"code": "amo.osmo-sbc-differs", "severity": "error", "message": "ZANDE OSMO differs.",
                  "values": {"configured": "203.0.113.10", "address": "127.0.0.1"}}
VERSION = {"code": "version.below-minimum", "severity": "error", "message": "RMX is too old."}


def read_back(at: str, *facts: str) -> Reading:
    return Reading("live read-back", at, frozenset(facts))


def test_a_later_read_of_the_same_fact_supersedes_an_earlier_finding_and_an_earlier_one_does_not() -> None:
    later = read_back("2026-12-07T10:00:00.000+00:00", station("3102"), OSMO)
    earlier = read_back("2026-12-07T08:00:00.000+00:00", station("3102"), OSMO)
    other_station = read_back("2026-12-07T11:00:00.000+00:00", station("3101"))
    assert superseding(NO_DMCALLWD, PASTED_AT, [earlier, later, other_station]) is later
    assert superseding(OSMO_ELSEWHERE, PASTED_AT, [later]) is later
    assert superseding(NO_DMCALLWD, PASTED_AT, [earlier, other_station]) is None
    assert fact_of(VERSION) is None and superseding(VERSION, PASTED_AT, [later]) is None  # no read settles it


def test_a_step_passes_by_a_later_read_only_when_each_of_its_findings_was_superseded() -> None:
    settled = {**NO_DMCALLWD, "superseded_by": {"source": "live read-back", "at": "t"}}
    assert settled_status("failed", [settled]) == "passed"
    assert settled_status("failed", [settled, VERSION]) == "failed"
    assert settled_status("confirmed", [settled]) == "confirmed"
