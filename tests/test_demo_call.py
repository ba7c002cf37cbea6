"""The demo's test call (issue #33): wizard.services.test_call.demo_test_call calls between two of the demo's stations
through the lab's SBC and keeps the call on the runbook's step, never the digest password; a step without its
passwords says which is missing."""

from __future__ import annotations

import asyncio
from pathlib import Path

from wizard.checks.call import TEST_CALL_CHECK
from wizard.lab.run import start_lab
from wizard.runbook.checks import default_registry
from wizard.runbook.engine import Engine
from wizard.runbook.model import load_runbook
from wizard.runbook.states import StepStatus
from wizard.services.test_call import TEST_CALL_STEP, demo_test_call, kept_test_call
from wizard.store.project import ProjectFile


def lab_project(path: Path, sbc: dict) -> ProjectFile:
    project = ProjectFile.create(path)
    project.set_site_field("sbc_public_fqdn", sbc["fqdn"])
    project.set_site_field("sbc_sip_tls_port", str(sbc["sip_tls_port"]))
    return project


def test_the_demo_call_goes_through_the_lab_sbc_and_is_kept_on_its_step(tmp_path: Path) -> None:
    async def scenario() -> tuple:
        lab = await start_lab()
        try:
            with lab_project(tmp_path / "demo.psiproj", lab.endpoints["sbc"]) as project:
                outcome = await demo_test_call(project, lab.endpoints)
                return outcome, kept_test_call(project), project.step_records()[TEST_CALL_STEP].result, \
                    lab.endpoints["sbc"]["digest_password"]
        finally:
            await lab.stop()

    outcome, kept, result, password = asyncio.run(scenario())
    assert outcome.status is StepStatus.PASSED, outcome
    assert kept is not None
    evidence, findings = kept
    assert (evidence.caller, evidence.callee, evidence.codec) == ("3100", "3101", "PCMA/8000")
    forth = evidence.caller_to_callee
    assert forth is not None and forth.received == forth.sent
    assert findings[0].code == "call.passed"
    assert result["check"] == TEST_CALL_CHECK and password not in str(result)


def test_the_step_without_a_password_names_the_station_and_records_nothing(tmp_path: Path) -> None:
    async def scenario() -> tuple:
        with lab_project(tmp_path / "p.psiproj", {"fqdn": "sbc.lab.psi", "sip_tls_port": 5061}) as project:
            project.set_step_input(TEST_CALL_STEP, "caller", "3100")
            project.set_step_input(TEST_CALL_STEP, "callee", "3101")
            engine = Engine(load_runbook(), project, default_registry())
            outcome = await engine.run_step(TEST_CALL_STEP, {"callee_password": "x"})
            return outcome, TEST_CALL_STEP in project.step_records()

    outcome, recorded = asyncio.run(scenario())
    assert outcome.status is None and "no digest password given for test station 3100" in outcome.message
    assert not recorded
