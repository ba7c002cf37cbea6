import asyncio
import dataclasses
import time
from pathlib import Path

import pytest

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.runbook.checks import CheckContext, CheckRegistry, default_registry
from wizard.runbook.engine import Engine, RunOutcome
from wizard.runbook.model import Runbook, load_runbook
from wizard.runbook.states import StepStatus
from wizard.store.project import Mode, ProjectFile


@pytest.fixture
def project(tmp_path: Path):
    p = ProjectFile.create(tmp_path / "engine.psiproj", actor="tester")
    yield p
    p.close()


def _with_check(step_id: str, check: str) -> Runbook:
    """The real runbook with one step automated by a test check."""
    chapters = tuple(
        dataclasses.replace(c, steps=tuple(dataclasses.replace(s, check=check) if s.id == step_id else s
                                           for s in c.steps))
        for c in load_runbook().chapters
    )
    return Runbook(chapters)


def _sleeping_check(seconds: float, verdict_severity: Severity | None = None):
    async def run(ctx: CheckContext) -> CheckResult:
        await asyncio.sleep(seconds)
        findings = (Finding("t", verdict_severity, "slow peer said no", "fix it"),) if verdict_severity else ()
        return CheckResult("test.sleep", findings)
    return run


def test_version_step_runs_and_is_recorded(project: ProjectFile) -> None:
    engine = Engine(load_runbook(), project, default_registry())
    running_when_told: list[tuple[StepStatus | None, frozenset[str]]] = []
    engine.subscribe(lambda o: running_when_told.append((o.status, engine.running)))
    project.set_step_input("2.2-version-os4k-rmx", "observed", "V11 R0.22.8")
    outcome = asyncio.run(engine.run_step("2.2-version-os4k-rmx"))
    assert outcome.status is StepStatus.FAILED
    # listeners hear "running" while it runs, and the verdict only once it no longer is
    assert running_when_told == [(StepStatus.RUNNING, {"2.2-version-os4k-rmx"}), (StepStatus.FAILED, frozenset())]
    record = project.step_records()["2.2-version-os4k-rmx"]
    assert record.status == "failed"
    assert record.result["findings"][0]["code"] == "version.os4k-rmx.too-old"
    assert project.result_count() == 1


def test_missing_input_is_a_message_not_a_failed_step(project: ProjectFile) -> None:
    engine = Engine(load_runbook(), project, default_registry())
    outcome = asyncio.run(engine.run_step("2.2-version-sbc"))
    assert outcome.status is None and "no version given" in outcome.message
    assert project.step_records() == {}


def test_independent_steps_run_concurrently_and_dependents_wait(project: ProjectFile) -> None:
    registry = CheckRegistry()
    for check in ("a", "b", "c"):
        registry.register(f"version.{check}", _sleeping_check(0.3))
    runbook = load_runbook()
    # three automatic steps of the runbook re-pointed at slow test checks
    ids = ["2.2-version-os4k", "2.2-version-sbc", "2.2-version-zoom-workplace"]
    registry.checks = {runbook.step(i).check: registry.checks[f"version.{c}"] for i, c in zip(ids, "abc", strict=True)}
    engine = Engine(runbook, project, registry)
    started = time.monotonic()
    outcomes = asyncio.run(engine.run_steps(ids))
    elapsed = time.monotonic() - started
    assert [o.status for o in outcomes] == [StepStatus.PASSED] * 3
    assert elapsed < 0.85, f"three 0.3 s checks took {elapsed:.2f} s: they ran one after another"


def test_a_dependent_step_is_blocked_when_its_dependency_fails_in_the_same_run(project: ProjectFile) -> None:
    runbook = _with_check("2.2.2-firewall-inbound", "fake.inbound")  # depends on site-details
    registry = CheckRegistry()
    registry.register("site.complete", _sleeping_check(0.05, Severity.ERROR))
    registry.register("fake.inbound", _sleeping_check(0.0), needs_network=True)
    engine = Engine(runbook, project, registry)
    first, second = asyncio.run(engine.run_steps(["2.2.2-firewall-inbound", "site-details"]))
    assert second.status is StepStatus.FAILED
    assert first.status is None and "Blocked by site-details" in first.message


def test_timeout_is_recorded_as_a_failure_that_says_so(project: ProjectFile) -> None:
    registry = CheckRegistry()
    registry.register("site.complete", _sleeping_check(5))
    engine = Engine(load_runbook(), project, registry, timeout=0.2)
    outcome = asyncio.run(engine.run_step("site-details"))
    assert outcome.status is StepStatus.FAILED
    assert project.step_records()["site-details"].result["findings"][0]["code"] == "engine.timeout"


def test_cancel_records_nothing_and_tells_the_listener(project: ProjectFile) -> None:
    registry = CheckRegistry()
    registry.register("site.complete", _sleeping_check(5))
    engine = Engine(load_runbook(), project, registry)
    seen: list[RunOutcome] = []
    engine.subscribe(seen.append)

    async def scenario() -> RunOutcome:
        run = asyncio.ensure_future(engine.run_step("site-details"))
        await asyncio.sleep(0.05)
        assert engine.running == {"site-details"}
        engine.cancel("site-details")
        return await run

    outcome = asyncio.run(scenario())
    assert outcome.status is None and "Cancelled" in outcome.message
    assert [o.status for o in seen] == [StepStatus.RUNNING, None]
    assert project.step_records() == {} and engine.running == frozenset()


def test_offline_mode_refuses_network_checks_but_runs_local_ones(project: ProjectFile) -> None:
    runbook = _with_check("2.2.1-cloudlink-account-admin", "fake.network")
    registry = default_registry()
    called = []

    async def network_check(ctx: CheckContext) -> CheckResult:
        called.append(ctx)
        return CheckResult("net")

    registry.register("fake.network", network_check, needs_network=True)
    step_id = "2.2.1-cloudlink-account-admin"
    project.set_mode(Mode.OFFLINE)
    engine = Engine(runbook, project, registry)
    outcome = asyncio.run(engine.run_step(step_id))
    assert outcome.status is None and "Offline checklist mode" in outcome.message
    assert called == []
    project.set_step_input("2.2-version-sbc", "observed", "V11 R2.1.0")
    assert asyncio.run(engine.run_step("2.2-version-sbc")).status is StepStatus.PASSED
    project.set_mode(Mode.LIVE)
    assert asyncio.run(engine.run_step(step_id)).status is StepStatus.PASSED
    assert len(called) == 1


def test_a_defect_inside_a_check_becomes_a_message_not_a_stuck_step(project: ProjectFile) -> None:
    async def broken(ctx: CheckContext) -> CheckResult:
        raise RuntimeError("bug in a check")

    registry = CheckRegistry()
    registry.register("site.complete", broken)
    engine = Engine(load_runbook(), project, registry)
    seen: list[RunOutcome] = []
    engine.subscribe(seen.append)
    outcome = asyncio.run(engine.run_step("site-details"))
    assert outcome.status is None and "internal error" in outcome.message and "log" in outcome.message
    assert [o.status for o in seen] == [StepStatus.RUNNING, None] and engine.running == frozenset()
    assert project.step_records() == {}


def test_the_sbc_version_step_takes_the_version_the_sbc_named_in_its_sip_answer(project: ProjectFile) -> None:
    engine = Engine(load_runbook(), project, default_registry())
    first = asyncio.run(engine.run_step("2.2-version-sbc"))
    assert first.status is None and "SIP probe" in first.message  # nothing typed, nothing heard yet
    heard = CheckResult("probe.sip", (), {"sbc_version": "OpenScape SBC V10 R9.00.00-1"})
    project.record_result("9.4.1.1-max-registration-expiry", "passed", heard.to_json(), "t0", "t1")
    outcome = asyncio.run(engine.run_step("2.2-version-sbc"))
    record = project.step_records()["2.2-version-sbc"]
    assert outcome.status is StepStatus.FAILED  # V10 R9 is below the guide's V11 R2.1.0
    assert record.result["evidence"]["source"] == "the SBC's SIP answer"
    project.set_step_input("2.2-version-sbc", "observed", "OpenScape SBC V11 R2.01.00-1")
    assert asyncio.run(engine.run_step("2.2-version-sbc")).status is StepStatus.PASSED  # typed wins
