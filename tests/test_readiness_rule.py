"""The one rule for a station's Zoom PSI settings (guide §2.2, §7.2): what makes a station ready, and each gap by
name. The AMO check, the wave's rows and the read-back all take it from wizard.checks.amo.station_readiness."""

import pytest

from wizard.checks.amo import Os4kConfig, Station, StationGap, check_amo_text, station_readiness
from wizard.checks.provisioning import Prereq, WaveOptions, people, verify_person

READY = Station("3100", email="anna@example.com", pmidx="5", has_password=True, call_log="ALL", dmcallwd=True)
ROUTES = {"5"}


def test_a_station_with_pm_route_digest_call_log_all_and_dmcallwd_is_ready() -> None:
    readiness = station_readiness(READY, ROUTES)
    assert readiness.ready and readiness.gaps == ()
    assert (readiness.pmidx, readiness.pm_route, readiness.digest, readiness.call_log, readiness.dmcallwd) == \
        ("5", True, True, True, True)
    assert station_readiness(Station("3100", pmidx="5", has_password=True, call_log="all", dmcallwd=True),
                             ROUTES).ready  # the call log is read in any case; the email is not part of the rule


@pytest.mark.parametrize(("change", "gap"), [
    ({"pmidx": None}, StationGap.NO_PMIDX),
    ({"pmidx": "0"}, StationGap.NO_PMIDX),  # PMIDX=0: no voicemail index at all
    ({"pmidx": "7"}, StationGap.NO_PM_ROUTE),  # an index no RICHT MODE=PM route carries
    ({"has_password": False}, StationGap.NO_DIGEST),
    ({"call_log": "TRIES"}, StationGap.CALL_LOG_NOT_ALL),
    ({"dmcallwd": False}, StationGap.NO_DMCALLWD),
])
def test_each_gap_is_named_and_keeps_the_station_from_ready(change: dict[str, object], gap: StationGap) -> None:
    readiness = station_readiness(Station(**{**vars(READY), **change}), ROUTES)
    assert readiness.gaps == (gap,) and not readiness.ready


def test_a_call_log_the_source_does_not_show_is_named_but_does_not_hold_the_station_back() -> None:
    readiness = station_readiness(Station(**{**vars(READY), "call_log": None}), ROUTES)
    assert readiness.gaps == (StationGap.CALL_LOG_UNKNOWN,) and readiness.call_log is None and readiness.ready


def test_gaps_come_in_the_guides_order() -> None:
    assert station_readiness(Station("3100"), set()).gaps == (
        StationGap.NO_PMIDX, StationGap.NO_DIGEST, StationGap.CALL_LOG_UNKNOWN, StationGap.NO_DMCALLWD)


def test_the_three_places_agree_on_one_gappy_station() -> None:
    """The AMO check, the wave's row and the read-back each word the same gaps."""
    station = Station("3100", email="anna@example.com", pmidx="7", has_password=False, call_log="TRIES",
                      dmcallwd=False)
    text = ('ADD-SBCSU:STNO=3100,PMIDX=7,CALLOG=TRIES;\nCHANGE-PERSI:EMAIL,3100,"anna@example.com";\n'
            "ADD-RICHT:MODE=PM,IDX=5,SAN=7999,STYPE=OTHER;\n")
    amo = {f.code for f in check_amo_text(text, stations=["3100"], system_number=False).findings}
    assert {"amo.station-pmidx-no-route", "amo.station-no-digest", "amo.station-call-log",
            "amo.station-no-dmcallwd"} <= amo
    options = WaveOptions("sbc.example.com", "5061", "203.0.113.5")
    row = people(None, Os4kConfig(stations={"3100": station}, pm_routes=ROUTES), (), options)[0]
    assert (row.prereqs["pmidx_route"], row.prereqs["digest"], row.prereqs["call_log"], row.prereqs["dmcallwd"]) \
        == (Prereq.MISSING, Prereq.FIX, Prereq.FIX, Prereq.FIX)  # the wave sets the call log to ALL (§2.2)
    readback = verify_person("anna@example.com", "3100", options, zoom_status="active", phone=None,
                             station=station, pm_routes=ROUTES)
    assert {"provision.verify-pmidx", "provision.verify-digest", "provision.verify-call-log",
            "provision.verify-dmcallwd"} <= {f.code for f in readback.findings}
