"""Use case: a test call through the SBC as two Zoom PSI clients (issue #33) — the call and the media-profile offers
(wizard.probes.call), judged (wizard.checks.call), and kept in the project as the result of the runbook's step
"Test calls through the SBC" (TEST_CALL_STEP, the step whose check is probe.call), where the window and the signed
report find it. Asked for in three ways: by an explicit address (the command line's `probe call`), through the
step with the site's SBC (the window's SBC chapter), and the demo's call against the lab. The request's rule is
one (wizard.checks.call.request_problems), whichever way. The digest passwords are values of the request only:
never written to the project, the evidence, the log or the keyring ("used for this call, never saved", as the window
says of them). The engine would recall a secret kept in the keyring for the step, but nothing keeps one for this
step: a password not typed is a password missing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from wizard.checks.call import TestCallEvidence, call_result, judge_test_call, request_problems
from wizard.checks.result import CheckResult, Finding
from wizard.live import require_live
from wizard.probes.call import run_test_call
from wizard.runbook.engine import Engine, RunOutcome
from wizard.runbook.judged import judged_now
from wizard.runbook.model import load_runbook
from wizard.runbook.states import VERDICT_STATUS
from wizard.store.project import ProjectFile, now

TEST_CALL_STEP = "9.4-test-calls"  # the runbook's step whose check is probe.call (tests/test_test_call.py holds it)
# the demo's test stations: two of the lab's OS4K stations (wizard.lab.run.demo_state numbers them from 3100)
DEMO_CALLER, DEMO_CALLEE = "3100", "3101"


@dataclass(frozen=True)
class TestCallRequest:
    """The two test stations and their digest passwords (values, used for this call only), and where the SBC's
    access side is: `host`:`port` to connect to, `fqdn` its public name (SNI, certificate, SIP domain unless
    `domain`), `ca_pem` a private CA the SBC's certificate leads to."""

    __test__ = False  # not a pytest test class, whatever its name

    host: str
    port: int
    fqdn: str
    caller: str
    callee: str
    caller_password: str = field(repr=False)
    callee_password: str = field(repr=False)
    domain: str | None = None
    ca_pem: bytes | None = field(default=None, repr=False)
    seconds: float = 3.0
    timeout: float = 5.0
    ring_timeout: float = 15.0


@dataclass(frozen=True)
class TestCallDone:
    __test__ = False

    evidence: TestCallEvidence
    result: CheckResult  # the findings, and the evidence as JSON
    recorded: bool  # kept in the project as the step's result


async def place_test_call(request: TestCallRequest, project: ProjectFile | None = None) -> TestCallDone:
    """The test call; its outcome (a failed call included) is the result, never an exception. A bad request raises
    WizardError before anything is sent; with a project, offline mode refuses the call."""
    passwords = {request.caller: request.caller_password, request.callee: request.callee_password}
    if problems := request_problems(request.caller, request.callee, passwords, request.seconds):
        raise problems[0]
    if project is not None:
        require_live(project, "a test call")
    started = now()
    evidence = await run_test_call(
        request.host, request.port, request.fqdn, caller=request.caller, caller_password=request.caller_password,
        callee=request.callee, callee_password=request.callee_password, domain=request.domain, ca_pem=request.ca_pem,
        seconds=request.seconds, timeout=request.timeout, ring_timeout=request.ring_timeout)
    result = call_result(evidence)
    if project is None:
        return TestCallDone(evidence, result, False)
    # the step's inputs as this call had them, as the window's card would: what its result judged
    for key, value in (("caller", request.caller), ("callee", request.callee),
                       ("connect_to", "" if request.host == request.fqdn else request.host),
                       ("domain", request.domain or "")):
        if value or project.step_inputs(TEST_CALL_STEP).get(key):
            await project.commit(project.set_step_input, TEST_CALL_STEP, key, value)
    await project.commit(project.record_result, TEST_CALL_STEP, VERDICT_STATUS[result.status].value,
                         {**result.to_json(), "judged": _judged(request, project)}, started, now())
    return TestCallDone(evidence, result, True)


def _judged(request: TestCallRequest, project: ProjectFile) -> dict[str, str]:
    """What this call tested, kept as the step's result's judged values (wizard.checks.judged) as the engine keeps
    them: the SBC name and port it called, which need not be the Site's (a call to another SBC is outdated against
    the Site at once, as it should be), and the step's inputs as the call had them."""
    step = load_runbook().step(TEST_CALL_STEP)
    site = {**project.site(), "sbc_public_fqdn": request.fqdn, "sbc_sip_tls_port": str(request.port)}
    return judged_now(step, site, project.step_inputs(TEST_CALL_STEP), project.connections())


async def make_test_call(engine: Engine, caller: str, callee: str, passwords: Mapping[str, str]) -> RunOutcome:
    """The test call from `caller` to `callee`; `passwords`: station -> digest password typed for this call, used
    for it and kept nowhere (a station without one: the call is not made, its password is missing)."""
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
