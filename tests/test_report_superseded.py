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


def test_a_wave_read_back_supersedes_what_the_pasted_amo_text_said_before_it(tmp_path, memory_keyring) -> None:
    """The issue's report (#32): §2.2's AMO text, pasted before the wave, said station 3102 lacked DMCALLWD, a
    digest password and its PERSI email and ZANDE OSMO named another SBC; the wave then integrated 3102 and read
    it back. Neither the report nor the window's report page shows those findings as open."""
    import asyncio

    from wizard.checks.amo import mask_secrets
    from wizard.demo import DEMO_LAB_FAULTS, DEMO_SUBSCRIBERS, create_demo_project, provision_demo
    from wizard.lab.run import start_lab
    from wizard.provisioning.people import provisioned
    from wizard.report.content import build_report_data
    from wizard.runbook.checks import default_registry
    from wizard.runbook.engine import Engine
    from wizard.runbook.model import load_runbook
    from wizard.services.report import current_summary

    guide = load_runbook()

    async def scenario() -> tuple[dict, dict]:
        lab = await start_lab(faults=DEMO_LAB_FAULTS)
        try:
            project = await create_demo_project(tmp_path, lab=lab.endpoints)
            try:
                project.set_step_input("2.2-sip-subscriber-prerequisites", "amo", mask_secrets(DEMO_SUBSCRIBERS))
                await Engine(guide, project, default_registry()).run_steps(["2.2-sip-subscriber-prerequisites"])
                assert project.step_records()["2.2-sip-subscriber-prerequisites"].status == "failed"
                await provision_demo(project)
                return (build_report_data(guide, project, provisioned=provisioned(project)),
                        current_summary(guide, project))
            finally:
                project.close()
        finally:
            await lab.stop()

    data, window = asyncio.run(scenario())
    integrated = {u["station"] for u in data["inventory"]["users"] if u["stage"] == "integrated"}
    assert "3102" in integrated
    settled = [f for f in data["superseded_findings"] if f["step"] == "2.2-sip-subscriber-prerequisites"]
    assert {f["code"] for f in settled} >= {"amo.station-no-email", "amo.station-no-digest", "amo.osmo-sbc-differs"}
    assert all(f["source"] == "AMO text pasted in §2.2" and "live read-back" in f["superseded_by"]["source"]
               and f["superseded_by"]["at"] > f["read_at"] for f in settled)
    assert not [f for f in data["open_findings"] if f["step"] == "2.2-sip-subscriber-prerequisites"]
    step = next(s for c in data["chapters"] for s in c["steps"] if s["id"] == "2.2-sip-subscriber-prerequisites")
    assert step["status"] == "passed" and step["how"] == "passed by a later read"
    shown = next(s for c in window["chapters"] for s in c["steps"] if s["id"] == "2.2-sip-subscriber-prerequisites")
    assert shown["status"] == "passed" and all(f.get("superseded_by") for f in shown["findings"])
