"""Runs automatic steps on the asyncio loop: concurrently, each with a timeout, each cancellable.

Results are written to the project file the moment they arrive. Nothing here touches Qt: the
window and the CLI both listen to the same events.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.errors import WizardError
from wizard.runbook.checks import CheckContext, CheckRegistry
from wizard.runbook.judged import judged_now, site_for
from wizard.runbook.model import InputKind, Runbook, Step
from wizard.runbook.states import VERDICT_STATUS, StepStatus, StepView, effective_statuses
from wizard.said import Said
from wizard.store.project import Mode, ProjectFile, now
from wizard.store.secrets import recall

# The engine's own sentences, shown on the step cards; wizard.i18n collects them for translation.
CONFIRM_BY_HAND = "This step is confirmed by hand; the wizard cannot check it for you yet."
OFFLINE = "Offline checklist mode: this check needs the live system. Confirm it by hand instead."
CANCELLED = "Cancelled; nothing was recorded."
INTERNAL_ERROR = ("The check stopped on an internal error; nothing was recorded. The details are in the log file "
                  "(Help > Open the log file).")
FROM_THE_WAVE = ("This step's status comes from the provisioning wave: run or verify the wave on this page, and the "
                 "step follows.")
# the check name of a result the wave recorded (wizard.provisioning.readback.close_steps)
WAVE_CHECK = "provisioning.wave"
BLOCKED = "Blocked by {steps}."
SENTENCES = (CONFIRM_BY_HAND, OFFLINE, CANCELLED, INTERNAL_ERROR, FROM_THE_WAVE, BLOCKED)


@dataclass(frozen=True)
class RunOutcome:
    step_id: str
    status: StepStatus | None  # None: nothing was recorded (bad input, cancelled, not runnable)
    message: str = ""
    error: WizardError | None = None  # what stopped the check, for the window to say in its language


log = logging.getLogger(__name__)


def step_secret_reference(project_id: str, step_id: str, key: str) -> str:
    return f"project:{project_id}:step:{step_id}:{key}"

Listener = Callable[[RunOutcome], None]
EVIDENCE_REF = "evidence:"  # a file input's stored value: the id of the evidence that holds the file


class Engine:
    def __init__(self, runbook: Runbook, project: ProjectFile, registry: CheckRegistry,
                 *, timeout: float = 30.0) -> None:
        self.runbook = runbook
        self.project = project
        self.registry = registry
        self.timeout = timeout
        self._tasks: dict[str, asyncio.Task[RunOutcome]] = {}
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, outcome: RunOutcome) -> None:
        for listener in list(self._listeners):
            listener(outcome)

    @property
    def running(self) -> frozenset[str]:
        return frozenset(self._tasks)

    def statuses(self) -> dict[str, StepView]:
        """The recorded statuses with blocking applied (running steps are not shown as such: a step about to
        run must see whether it is blocked)."""
        return effective_statuses(self.runbook, {k: r.status for k, r in self.project.step_records().items()})

    def why_not_runnable(self, step: Step, views: Mapping[str, StepView] | None = None,
                         mode: Mode | None = None) -> str | None:
        """None when Run is possible now; otherwise the reason in the engineer's terms. Callers asking for many
        steps pass the statuses and mode they already read, so the project is not read once per step."""
        check = self.registry.get(step.check)
        if check is None:
            return CONFIRM_BY_HAND
        if (check.needs_network or step.needs_network) and (mode or self.project.mode) == Mode.OFFLINE:
            return OFFLINE
        record = self.project.step_records().get(step.id)
        if record is not None and (record.result or {}).get("check") == WAVE_CHECK:
            return FROM_THE_WAVE  # a check of its own would overwrite what the wave found for its people
        view = (views or self.statuses())[step.id]
        if view.status == StepStatus.BLOCKED:
            return Said(BLOCKED, steps=", ".join(view.blocked_by))
        return None

    async def run_step(self, step_id: str, secrets: Mapping[str, str] | None = None) -> RunOutcome:
        if step_id in self._tasks:
            return await asyncio.shield(self._tasks[step_id])
        task = asyncio.get_running_loop().create_task(self._run(step_id, secrets or {}), name=f"step {step_id}")
        self._tasks[step_id] = task
        self._emit(RunOutcome(step_id, StepStatus.RUNNING))
        try:
            outcome = await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise  # our caller is being cancelled (e.g. the window closes), not just this step
            outcome = RunOutcome(step_id, None, CANCELLED)
        finally:
            self._tasks.pop(step_id, None)
        self._emit(outcome)  # only now: listeners must no longer see the step as running
        return outcome

    async def _run(self, step_id: str, secrets: Mapping[str, str]) -> RunOutcome:
        step = self.runbook.step(step_id)
        reason = self.why_not_runnable(step)
        if reason:
            return RunOutcome(step_id, None, reason)
        check = self.registry.get(step.check)
        assert check is not None  # why_not_runnable returned None
        started = now()
        # read as the context is, before the check runs: the values it is handed are the ones it judges
        judged = judged_now(step, self.project.site(), self.project.step_inputs(step.id), self.project.connections())
        try:
            ctx = await self._context(step, secrets)
            result = await asyncio.wait_for(check.run(ctx), timeout=self.timeout)
        except TimeoutError:
            result = CheckResult(step.check or step_id, (Finding.of(
                "engine.timeout", Severity.ERROR,
                "No answer within {timeout} s.",
                "Check that the system is reachable from this laptop, then run the step again.",
                timeout=f"{self.timeout:g}"),))
        except WizardError as exc:
            return RunOutcome(step_id, None, str(exc), exc)
        except Exception:  # a defect in a check must not leave the step 'running' or take the window down
            log.exception("check %s of step %s failed unexpectedly", step.check, step_id)
            return RunOutcome(step_id, None, INTERNAL_ERROR)
        status = VERDICT_STATUS[result.status]
        await self.project.commit(self.project.record_result, step_id, status.value,
                                  {**result.to_json(), "judged": judged}, started, now())
        return RunOutcome(step_id, status)

    async def _context(self, step: Step, secrets: Mapping[str, str]) -> CheckContext:
        inputs = self.project.step_inputs(step.id)
        files = {}
        for spec in step.inputs:
            if spec.kind is InputKind.FILE and inputs.get(spec.key, "").startswith(EVIDENCE_REF):
                evidence_id = int(inputs[spec.key].removeprefix(EVIDENCE_REF))
                name = next((e.name for e in self.project.evidence(step.id) if e.id == evidence_id), "file")
                files[spec.key] = (name, self.project.evidence_data(evidence_id))
        remembered = {}
        for spec in step.inputs:  # a secret not typed for this run may have been kept in the keyring
            if spec.kind is InputKind.SECRET and not secrets.get(spec.key):
                value = await asyncio.to_thread(recall, step_secret_reference(self.project.project_id, step.id,
                                                                              spec.key))  # the keyring: off the loop
                if value:
                    remembered[spec.key] = value
        return CheckContext(site=site_for(step, self.project.site()), inputs=inputs, files=files,
                            secrets={**remembered, **secrets}, recorded=self._recorded_evidence, connect=self._connect)

    async def _connect(self, system: str) -> Any:
        from wizard.connectors.sessions import open_redsky, open_zoom

        if system == "zoom":
            client = open_zoom(self.project)
            if client is None:
                raise WizardError("the Zoom connection is not set up",
                                  "enter and test it under Connections on the Site page")
            return client
        if system != "redsky":
            raise WizardError("checks cannot open {system} yet", "run the step by hand", system=system)
        return await open_redsky(self.project)

    def _recorded_evidence(self, check: str) -> dict[str, Any] | None:
        """The evidence of the newest recorded result of `check`, from whichever step ran it."""
        found = [r for r in self.project.step_records().values() if r.result and r.result.get("check") == check]
        newest = max(found, key=lambda r: r.updated_at, default=None)
        return newest.result.get("evidence") if newest is not None and newest.result else None

    async def run_steps(self, step_ids: Iterable[str]) -> list[RunOutcome]:
        """Run several steps at once; a step waits only for those of its dependencies in the same run."""
        wanted = list(dict.fromkeys(step_ids))
        started: dict[str, asyncio.Future[RunOutcome]] = {}

        async def after_dependencies(step_id: str) -> RunOutcome:
            for dep in self.runbook.step(step_id).depends_on:
                if dep in started:
                    await asyncio.shield(started[dep])
            return await self.run_step(step_id)

        for step_id in wanted:
            started[step_id] = asyncio.ensure_future(after_dependencies(step_id))
        return list(await asyncio.gather(*started.values()))

    def cancel(self, step_id: str) -> None:
        task = self._tasks.get(step_id)
        if task:
            task.cancel()

    def cancel_all(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()
