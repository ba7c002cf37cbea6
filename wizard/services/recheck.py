"""Use case: come back to a commissioned site. The signed baseline report is verified and read; every automatic
check and probe runs again, each wave's people are read back from Zoom and the OS4K; what changed since the
baseline is a drift, named with its fix; what fails now as it failed then is listed as still failing, and what is
fine as it was then as unchanged."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.checks.result import Finding
from wizard.errors import WizardError
from wizard.live import require_live
from wizard.report.recheck import Drift, Recheck
from wizard.runbook.model import Runbook
from wizard.runbook.states import DONE, StepStatus
from wizard.said import Said
from wizard.store.project import ProjectFile

if TYPE_CHECKING:  # for the annotations only: like the imports inside the functions, they stay out of start-up
    from wizard.connectors.os4k import AmoTransport
    from wizard.connectors.zoom import ZoomClient

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
    require_live(project, "a re-check (it reads the live systems)")
    evidence, baseline = read_baseline(project, pdf, trust_pem, source)
    found = Recheck(baseline, datetime.now(UTC).isoformat(timespec="seconds"))
    then = _steps_looked_at(evidence)
    checked = await _check_again(guide, project, then)
    _compare_steps(guide, project, then, checked, found)
    await _sign_in_again(project, found)
    await _read_people_back(project, evidence, found)
    return found


def _steps_looked_at(evidence: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The baseline's steps by id, those never looked at left out: what was not looked at cannot have drifted."""
    return {s["id"]: s for c in evidence.get("chapters", []) for s in c.get("steps", [])
            if s["status"] != "not started"}


async def _check_again(guide: Runbook, project: ProjectFile, then: dict[str, dict[str, Any]]) -> list[str]:
    """Runs again, where it can run, every check and probe the baseline recorded a result of (automatic ones, and
    those of assisted steps such as the SIP REGISTER), recorded as today's evidence; says which ran."""
    from wizard.runbook.checks import default_registry
    from wizard.runbook.engine import Engine

    engine = Engine(guide, project, default_registry())
    views, mode = engine.statuses(), project.mode
    checked = [s.id for s in guide.steps
               if s.check and s.id in then and engine.why_not_runnable(s, views, mode) is None]
    await engine.run_steps(checked)
    await project.written()
    return checked


def _compare_steps(guide: Runbook, project: ProjectFile, then: dict[str, dict[str, Any]], checked: list[str],
                   found: Recheck) -> None:
    """Each step the baseline looked at, as it stands now: a drift, or unchanged when it was done then."""
    from wizard.provisioning.people import provisioned
    from wizard.report.readings import settled_summary

    # as the report said it at the baseline: a finding a later read superseded is not open (wizard.checks.superseded)
    now = {s["id"]: s for c in settled_summary(guide, project, lambda: provisioned(project)[0])["chapters"]
           for s in c["steps"]}
    for step_id, was in then.items():
        current = now.get(step_id)
        if current is None:  # a step the guide no longer has
            continue
        findings = [f for f in current["findings"] if not f.get("superseded_by")]
        drift = _step_drift(was, current, findings, checked_again=step_id in checked)
        if drift is not None:
            found.drifts.append(drift)
        elif current["status"] in STILL_FAILING:  # as bad as at the baseline: no drift, and not fine either
            found.still_failing.append(_as_it_stands(was, current, findings))
        elif StepStatus(was["status"]) in DONE:
            found.unchanged.append(f"§{current['section']} {current['title']}")


STILL_FAILING = ("failed", "blocked", "warning")


def _as_it_stands(was: dict[str, Any], current: dict[str, Any], findings: list[dict[str, Any]]) -> Drift:
    first = next((f for f in findings if f.get("severity") != "info"), {})
    fix = first.get("fix") or ("do the steps it waits for first" if current["status"] == "blocked"
                               else "run the step again and follow what it says")
    return Drift(f"§{current['section']} {current['title']}", was["status"],
                 f"{current['status']}: {first.get('message', '')}".rstrip(": "), fix,
                 Finding.from_json(first) if first else None, current["title"], current["section"])


def _step_drift(was: dict[str, Any], current: dict[str, Any], findings: list[dict[str, Any]], *,
                checked_again: bool) -> Drift | None:
    """A step drifted when it is further from done than at the baseline, or when its check, run again, found a
    problem the baseline did not know (a certificate now near its expiry)."""
    known = {f.get("code") for f in was.get("findings", [])}
    new = [f for f in findings if f.get("severity") in ("error", "warning") and f.get("code") not in known]
    worse = RANK[current["status"]] > RANK[was["status"]]
    if not (worse or (checked_again and new)):
        return None
    first = new[0] if new else next((f for f in findings if f.get("severity") != "info"), {})
    return Drift(f"§{current['section']} {current['title']}", was["status"],
                 f"{current['status']}: {first.get('message', '')}".rstrip(": "),
                 first.get("fix", "run the step again and follow what it says"),
                 Finding.from_json(first) if first else None, current["title"], current["section"])


async def _sign_in_again(project: ProjectFile, found: Recheck) -> None:
    """Each live system the project connects to, signed in to again (CloudLink's account and role, Zoom, RedSky,
    the OS4K): a connection that worked at commissioning and fails now is a drift."""
    from wizard.connectors.systems import LIVE_SYSTEMS
    from wizard.services.connection import test_connection

    for system in LIVE_SYSTEMS:
        if system.id not in project.connections():
            continue
        tested = (await test_connection(project, system.id)).result
        if tested.findings:
            first = tested.findings[0]
            found.drifts.append(Drift(Said("connection to {system}", system=system.title), "connected",
                                      first.message, first.fix, first))
        else:
            found.unchanged.append(Said("connection to {system}", system=system.title))


async def _read_people_back(project: ProjectFile, evidence: dict[str, Any], found: Recheck) -> None:
    """Everyone integrated at the baseline, read back from Zoom and the OS4K through the wave that provisioned
    them."""
    from wizard.provisioning.people import REPORTED
    from wizard.provisioning.session import open_systems

    people_then = evidence.get("inventory", {}).get("users", [])
    integrated_then = {u["email"].lower() for u in people_then if u.get("stage") == "integrated"}
    systems = open_systems(project)
    try:
        for record in project.waves():
            if record.state not in REPORTED or systems.zoom is None or systems.amo is None:
                continue
            await _read_wave_back(project, record.wave_id, systems.zoom, systems.amo, integrated_then, found)
    finally:
        await systems.aclose()


async def _read_wave_back(project: ProjectFile, wave_id: str, zoom: ZoomClient, amo: AmoTransport,
                          integrated_then: set[str], found: Recheck) -> None:
    from wizard.checks.provisioning import OpState, System
    from wizard.provisioning.readback import read_back
    from wizard.provisioning.waves import load_plan

    plan = load_plan(project, wave_id)
    seen_now = await read_back(project, wave_id, plan.of(System.VERIFY), zoom, amo)
    emails = {c.person: c.data["email"] for c in plan.of(System.VERIFY)}
    for person, seen in seen_now.items():
        email = emails.get(person, person)
        if email.lower() not in integrated_then:  # only someone integrated then can have drifted
            continue
        if seen.state == OpState.DONE:
            found.unchanged.append(Said("{email}: integrated and read back", email=email))
            continue
        first = seen.findings[0] if seen.findings else None
        found.drifts.append(Drift(email, "integrated", first.message if first else seen.state,
                                  first.fix if first else "read the person back again", first))
