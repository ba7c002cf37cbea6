"""Use case: come back to a commissioned site. The signed baseline report is verified and read; every automatic
check and probe runs again, each wave's people are read back from Zoom and the OS4K; what changed since the
baseline is a drift, named with its fix, and what did not is listed as unchanged."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wizard.checks.result import Finding
from wizard.errors import WizardError
from wizard.live import require_live
from wizard.report.recheck import Drift, Recheck
from wizard.runbook.model import Runbook
from wizard.runbook.states import DONE, StepStatus
from wizard.store.project import ProjectFile

FORMAT_PREFIX = "psi-wizard-report/"
# how far a step is from done: a drift is a step further from it than at the baseline
RANK = {"passed": 0, "confirmed": 0, "waived": 1, "not started": 1, "running": 1, "warning": 2, "failed": 3,
        "blocked": 3}


def read_baseline(project: ProjectFile, pdf: bytes, trust_pem: bytes | None, source: str) -> tuple[dict[str, Any],
                                                                                                   dict[str, str]]:
    """The baseline's evidence, refused (naming why) when it is not ours, not signed, tampered with, signed by
    someone not trusted, or from another project."""
    from wizard.report.verify import verify_report

    outcome = verify_report(pdf, trust_pem, source)
    if outcome.problems:
        raise WizardError("{source} cannot be the baseline: {problem}",
                          "use the signed report handed over at commissioning, and trust the signer's certificate",
                          source=source, problem=outcome.problems[0])
    try:
        evidence = json.loads(outcome.evidence or b"")
    except ValueError:
        evidence = None
    if not isinstance(evidence, dict) or not str(evidence.get("format", "")).startswith(FORMAT_PREFIX):
        raise WizardError("{source} is signed, but it is not a commissioning report of this wizard",
                          "use the report the wizard built for this site", source=source)
    theirs = evidence.get("project", {})
    same = theirs.get("id") == project.project_id if theirs.get("id") else \
        theirs.get("created_at") == project.meta().get("created_at")
    if not same:
        raise WizardError("{source} is the report of another project ({their_file})",
                          "open the project of that site, or choose this project's report", source=source,
                          their_file=theirs.get('file', 'unknown'))
    return evidence, {"file": Path(source).name, "signer": outcome.signer, "signed_at": outcome.signed_at,
                      "evidence_sha256": outcome.evidence_sha256}


async def recheck(guide: Runbook, project: ProjectFile, pdf: bytes, trust_pem: bytes | None,
                  source: str) -> Recheck:
    from wizard.checks.provisioning import System
    from wizard.connectors.systems import LIVE_SYSTEMS
    from wizard.provisioning.session import open_systems
    from wizard.provisioning.wave import REPORTED, load_plan, read_back
    from wizard.runbook.checks import default_registry
    from wizard.runbook.engine import Engine
    from wizard.runbook.summary import project_summary
    from wizard.services.connection import test_connection

    require_live(project, "a re-check (it reads the live systems)")
    evidence, baseline = read_baseline(project, pdf, trust_pem, source)
    result = Recheck(baseline, datetime.now(UTC).isoformat(timespec="seconds"))

    then = {s["id"]: s for c in evidence.get("chapters", []) for s in c.get("steps", [])
            if s["status"] != "not started"}  # what was never looked at cannot have drifted
    engine = Engine(guide, project, default_registry())
    views, mode = engine.statuses(), project.mode
    # every check and probe the baseline recorded a result of (automatic ones, and those of assisted steps such as
    # the SIP REGISTER), run again where it can run, recorded as today's evidence
    checked = [s.id for s in guide.steps
               if s.check and s.id in then and engine.why_not_runnable(s, views, mode) is None]
    await engine.run_steps(checked)
    await project.written()

    now = {s["id"]: s for c in project_summary(guide, project)["chapters"] for s in c["steps"]}
    records = project.step_records()
    for step_id, was in then.items():
        current = now.get(step_id)
        if current is None:
            continue
        findings = (records[step_id].result or {}).get("findings", []) if step_id in records else []
        known = {f.get("code") for f in was.get("findings", [])}
        new = [f for f in findings if f.get("severity") in ("error", "warning") and f.get("code") not in known]
        worse = RANK[current["status"]] > RANK[was["status"]]
        if worse or (step_id in checked and new):  # worse than then, or a problem then unknown (a near expiry)
            first = new[0] if new else next((f for f in findings if f.get("severity") != "info"), {})
            result.drifts.append(Drift(f"§{current['section']} {current['title']}", was["status"],
                                       f"{current['status']}: {first.get('message', '')}".rstrip(": "),
                                       first.get("fix", "run the step again and follow what it says"),
                                       Finding.from_json(first) if first else None, current["title"],
                                       current["section"]))
        elif StepStatus(was["status"]) in DONE:
            result.unchanged.append(f"§{current['section']} {current['title']}")

    # each live system signed in to again (CloudLink's account and role, Zoom, RedSky, the OS4K): a connection
    # that worked at commissioning and fails now is a drift
    for system in LIVE_SYSTEMS:
        if system.id not in project.connections():
            continue
        tested = (await test_connection(project, system.id)).result
        if tested.findings:
            first = tested.findings[0]
            result.drifts.append(Drift(f"connection to {system.title}", "connected", first.message, first.fix,
                                       first))
        else:
            result.unchanged.append(f"connection to {system.title}")

    people_then = evidence.get("inventory", {}).get("users", [])
    integrated_then = {u["email"].lower() for u in people_then if u.get("stage") == "integrated"}
    systems = open_systems(project)
    try:
        for record in project.waves():
            if record.state not in REPORTED or systems.zoom is None or systems.amo is None:
                continue
            plan = load_plan(project, record.wave_id)
            found = await read_back(project, record.wave_id, plan.of(System.VERIFY), systems.zoom, systems.amo)
            emails = {c.person: c.data["email"] for c in plan.of(System.VERIFY)}
            for person, seen in found.items():
                email = emails.get(person, person)
                if email.lower() not in integrated_then:
                    continue
                if seen.state == "done":
                    result.unchanged.append(f"{email}: integrated and read back")
                    continue
                first = seen.findings[0] if seen.findings else None
                result.drifts.append(Drift(email, "integrated", first.message if first else seen.state,
                                           first.fix if first else "read the person back again", first))
    finally:
        await systems.aclose()
    return result
