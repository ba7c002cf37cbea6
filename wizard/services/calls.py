"""Test calls as the window and the demo make them (issue #33): through the runbook's step "Test calls through the
SBC" (so the evidence is kept in the project like every check's, and the report finds it), with the two stations
recorded as the step's inputs and their digest passwords passed for this run only (or recalled from the keyring by
the engine; never stored in the project)."""

from __future__ import annotations

from collections.abc import Mapping

from wizard.checks.call import TestCallEvidence, judge_test_call
from wizard.checks.result import Finding
from wizard.runbook.engine import Engine, RunOutcome
from wizard.store.project import ProjectFile

TEST_CALL_STEP = "9.4-test-calls"
# the demo's test stations: two of the lab's OS4K stations (wizard.lab.run.demo_state numbers them from 3100)
DEMO_CALLER, DEMO_CALLEE = "3100", "3101"


async def make_test_call(engine: Engine, caller: str, callee: str, passwords: Mapping[str, str]) -> RunOutcome:
    """The test call from `caller` to `callee`; `passwords`: station -> digest password typed for this call (a
    station without one uses the password kept in the keyring for the step, if any)."""
    project = engine.project
    await project.commit(project.set_step_input, TEST_CALL_STEP, "caller", caller)
    await project.commit(project.set_step_input, TEST_CALL_STEP, "callee", callee)
    typed = {"caller_password": passwords.get(caller, ""), "callee_password": passwords.get(callee, "")}
    return await engine.run_step(TEST_CALL_STEP, {k: v for k, v in typed.items() if v})


def kept_test_call(project: ProjectFile) -> tuple[TestCallEvidence, list[Finding]] | None:
    """The project's last test call and its findings (judged afresh, so the window says them in its language)."""
    record = project.step_records().get(TEST_CALL_STEP)
    evidence = (record.result or {}).get("evidence") if record is not None else None
    if not evidence or "ladder" not in evidence:
        return None
    call = TestCallEvidence.from_json(evidence)
    return call, judge_test_call(call)


def station_choices(project: ProjectFile) -> tuple[list[str], tuple[str, str]]:
    """The stations of the project's newest provisioning wave (numbers, sorted), and the two stations the step was
    last given ('' where none)."""
    from wizard.provisioning.people import wave_people

    inputs = project.step_inputs(TEST_CALL_STEP)
    last = (inputs.get("caller", ""), inputs.get("callee", ""))
    waves = project.waves()
    if not waves:
        return [], last
    people = wave_people(project, waves[-1].wave_id)
    return sorted({p["station"] for p in people if p.get("station")}, key=lambda s: (len(s), s)), last


async def offered_stations(project: ProjectFile) -> tuple[list[str], tuple[str, str]]:
    """station_choices as an op of the window: read on the loop, as the project's other reads are (its connection
    is shared with the writer thread)."""
    return station_choices(project)


async def demo_test_call(project: ProjectFile, lab: Mapping[str, Mapping[str, object]]) -> RunOutcome:
    """The demo's test call against the lab's SBC (wizard.lab.sbc), with two of the demo's stations: the lab's own
    certificate kept as the step's CA file (the lab signs its own), its digest password passed for this run."""
    from wizard.runbook.checks import default_registry
    from wizard.runbook.model import load_runbook

    sbc = lab["sbc"]
    await project.commit(project.set_step_input, TEST_CALL_STEP, "connect_to", str(sbc["host"]))
    if sbc.get("ca_pem"):
        kept = await project.commit(project.keep_evidence, TEST_CALL_STEP, "lab-sbc-certificate.pem",
                                    str(sbc["ca_pem"]).encode(), replace=True)
        await project.commit(project.set_step_input, TEST_CALL_STEP, "ca", f"evidence:{kept}")
    password = str(sbc["digest_password"])
    engine = Engine(load_runbook(), project, default_registry())
    return await make_test_call(engine, DEMO_CALLER, DEMO_CALLEE, {DEMO_CALLER: password, DEMO_CALLEE: password})
