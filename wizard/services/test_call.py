"""Use case: a test call through the SBC as two Zoom PSI clients (issue #33), as the command line makes it and any
caller that has the stations' digest passwords in hand: the call and the media-profile offers (wizard.probes.call),
judged (wizard.checks.call), and kept in the project as the result of the runbook's step "Test calls through the
SBC" (the step whose check is probe.call) when a project is given, where the window and the signed report find it.
The digest
passwords are values of the request only: never written to the project, the evidence or the log."""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.checks.call import TEST_CALL_CHECK, TestCallEvidence, call_result
from wizard.checks.result import CheckResult
from wizard.errors import WizardError
from wizard.live import require_live
from wizard.probes.call import run_test_call
from wizard.runbook.model import load_runbook
from wizard.runbook.states import VERDICT_STATUS
from wizard.store.project import ProjectFile, now

MAX_SECONDS = 30.0  # audio each way: a few seconds prove it; a long call only holds two stations busy


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


def _judge_request(request: TestCallRequest) -> None:
    if request.caller == request.callee:
        raise WizardError("the calling and the called station are both {station}", "name two different test stations",
                          station=request.caller)
    for station, password in ((request.caller, request.caller_password), (request.callee, request.callee_password)):
        if not password:
            raise WizardError("no digest password given for test station {station}",
                              "give its digest password (it is used for this call and never saved)", station=station)
    if not 0 < request.seconds <= MAX_SECONDS:
        raise WizardError("{seconds} s of audio is not a test call's length", "give 1 to {most} seconds",
                          seconds=f"{request.seconds:g}", most=f"{MAX_SECONDS:g}")


async def place_test_call(request: TestCallRequest, project: ProjectFile | None = None) -> TestCallDone:
    """The test call; its outcome (a failed call included) is the result, never an exception. A bad request raises
    WizardError before anything is sent; with a project, offline mode refuses the call."""
    _judge_request(request)
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
    step = call_step()
    await project.commit(project.set_step_input, step, "caller", request.caller)
    await project.commit(project.set_step_input, step, "callee", request.callee)
    await project.commit(project.record_result, step, VERDICT_STATUS[result.status].value, result.to_json(), started,
                         now())
    return TestCallDone(evidence, result, True)


def call_step() -> str:
    """The runbook's step that keeps the test call: the one whose check is probe.call."""
    return next(s.id for s in load_runbook().steps if s.check == TEST_CALL_CHECK)
