"""Every network probe the site calls for, at once: the headless face of the window's pre-flight."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from wizard.checks.call import TEST_CALL_CHECK
from wizard.live import require_live
from wizard.runbook.checks import default_registry
from wizard.runbook.engine import Engine, RunOutcome
from wizard.runbook.model import Runbook, load_runbook
from wizard.runbook.states import StepStatus
from wizard.store.project import ProjectFile


def preflight_steps(runbook: Runbook) -> list[str]:
    """The probes that look at the site before the work; the test call is the proof at its end (§9.4), with two
    stations and their passwords, so it is not one of them."""
    return [s.id for s in runbook.steps if s.check and s.check.startswith("probe.") and s.check != TEST_CALL_CHECK]


def run_preflight(path: Path, *, as_json: bool = False, timeout: float = 30.0, force: bool = False) -> int:
    """`force`: the command line's --force, taking over the lock of a wizard that cannot be running (as the other
    commands that record into a project do)."""
    runbook = load_runbook()
    with ProjectFile.open(path, force=force) as project:
        require_live(project, "probing the site")
        engine = Engine(runbook, project, default_registry(), timeout=timeout)
        finished: list[RunOutcome] = []

        def show(outcome: RunOutcome) -> None:
            if outcome.status is StepStatus.RUNNING:
                return
            finished.append(outcome)
            if not as_json:
                verdict = outcome.status.value if outcome.status else "not run"
                print(f"{verdict:<10} {outcome.step_id:<36} {outcome.message}".rstrip(), flush=True)
                record = project.step_records().get(outcome.step_id)
                for finding in (record.result or {}).get("findings", []) if record and outcome.status else []:
                    print(f"           [{finding['severity']}] {finding['message']}")

        engine.subscribe(show)
        asyncio.run(engine.run_steps(preflight_steps(runbook)))
        if as_json:
            records = project.step_records()
            print(json.dumps([{"step": o.step_id, "status": o.status.value if o.status else None,
                               "message": o.message,
                               "result": records[o.step_id].result if o.status and o.step_id in records else None}
                              for o in finished], indent=2))
    return 1 if any(o.status is StepStatus.FAILED for o in finished) else 0
