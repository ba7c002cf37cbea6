"""Reading a wave back (guide §7.2.1 'Next steps', §8.2): Zoom and the OS4K read once, each person judged, and what
was found kept as the evidence the report cites; the runbook steps of chapter 7 take their status from the wave and
this read-back. Apart from the runner, because the engineer reads a wave back on its own too, changing nothing."""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from wizard.checks.comparison import check_comparison_report
from wizard.checks.provisioning import (
    Change,
    OpState,
    Readback,
    System,
    Undone,
    WavePlan,
    WaveState,
    closed_steps,
    verify_person,
)
from wizard.checks.result import Finding
from wizard.connectors.os4k import AmoTransport
from wizard.errors import WizardError
from wizard.provisioning.sources import read_os4k_live
from wizard.provisioning.waves import EVIDENCE_STEP, SETTLED, load_plan
from wizard.runbook.engine import EVIDENCE_REF
from wizard.store.project import ProjectFile, StepRecord, WaveOpEntry

if TYPE_CHECKING:  # the HTTP client is loaded by whoever makes one
    from wizard.connectors.zoom import ZoomClient

COMPARISON_STEP = "8.2-user-comparison-report"


async def read_back(project: ProjectFile, wave_id: str, changes: Sequence[Change], zoom: ZoomClient,
                    amo: AmoTransport, *, plan: WavePlan | None = None) -> dict[str, Readback]:
    """Reads Zoom (users of every status, the SIP phones) and the OS4K (REG-) once, judges each person, and keeps
    what was found as evidence: the read-back the report cites."""
    statuses: dict[str, str] = {}
    types: dict[str, int] = {}  # the user's plan type as Zoom lists it (Users spec: 1 Basic, 2 Licensed, ...)
    for status in ("inactive", "pending", "active"):  # the last word wins: active
        for user in await zoom.list_users(status):
            statuses[str(user.get("email", "")).lower()] = status
            if isinstance(user.get("type"), int):
                types[str(user.get("email", "")).lower()] = user["type"]
    phones = {str(p.get("user_email", "")).lower(): p for p in await zoom.list_sip_phones()}
    config = (await read_os4k_live(amo)).config
    comparison = _comparison_findings(project)
    options = (plan or load_plan(project, wave_id)).options  # the caller's plan: its text is not read again
    previous = _latest_readback(project, wave_id)

    def judge() -> tuple[dict[str, Readback], bytes | None]:
        """Pure, for thousands of people: in a worker thread, with the evidence it leaves."""
        found = {}
        for change in changes:
            email, stno = change.data["email"], change.data["stno"]
            result = verify_person(email, stno, options, zoom_status=statuses.get(email.lower()),
                                   phone=phones.get(email.lower()), station=config.stations.get(stno),
                                   pm_routes=config.pm_routes, comparison=comparison.get(email.lower(), ()),
                                   zoom_type=types.get(email.lower()))
            found[change.person] = result
        people = {**previous, **{person: {"state": r.state, "findings": [f.to_json() for f in r.findings]}
                                 for person, r in found.items()}}
        if people == previous:
            return found, None  # the same as last time: no second copy in the report
        return found, json.dumps({"wave": wave_id, "read_at": datetime.now(UTC).isoformat(timespec="seconds"),
                                  "stations_read": len(config.stations), "people": people}, indent=1).encode()

    found, evidence = await asyncio.to_thread(judge)
    if evidence is not None and not project.read_only:  # a project opened for reading: shown, not kept
        await project.commit(project.attach, EVIDENCE_STEP, f"verify-{wave_id}.json", evidence, replace=True)
    return found


def _comparison_findings(project: ProjectFile) -> dict[str, list[Finding]]:
    """The latest User Comparison Report attached to §8.2, as findings per email (guide §8.3)."""
    refs = project.evidence(COMPARISON_STEP)
    value = project.step_inputs(COMPARISON_STEP).get("report", "")
    data = project.evidence_data(int(value.removeprefix(EVIDENCE_REF))) if value.startswith(EVIDENCE_REF) else \
        project.evidence_data(refs[-1].id) if refs else None
    if data is None:
        return {}
    try:
        result = check_comparison_report(data, "User Comparison Report")
    except WizardError:
        return {}  # said on the §8.2 step itself
    by_email: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        if finding.subject and finding.severity.value != "info":
            by_email[finding.subject.split(" ")[0].lower()].append(finding)
    return by_email


def _latest_readback(project: ProjectFile, wave_id: str) -> dict[str, dict[str, Any]]:
    """What the wave's last read-back found, per person (the latest evidence file of it)."""
    name = f"verify-{wave_id}.json"
    ref = next((r for r in reversed(project.evidence(EVIDENCE_STEP)) if r.name == name), None)
    if ref is None:
        return {}
    people = json.loads(project.evidence_data(ref.id)).get("people")
    return people if isinstance(people, dict) else {}


def readback_findings(project: ProjectFile, wave_id: str) -> dict[str, list[Finding]]:
    return {person: [Finding.from_json(f) for f in entry.get("findings", [])]
            for person, entry in _latest_readback(project, wave_id).items()}


async def verify_wave(project: ProjectFile, wave_id: str, zoom: ZoomClient, amo: AmoTransport) -> dict[str, str]:
    """Reads every person of the wave back again, whatever stage they are at, without changing anything; the
    verify stage of those through the Assistant follows what was found, and the read-back is kept as evidence (not
    in a project opened for reading). Returns person -> state."""
    plan = load_plan(project, wave_id)
    ops = project.wave_ops(wave_id)
    changes = plan.of(System.VERIFY)
    found = await read_back(project, wave_id, changes, zoom, amo)
    if project.read_only:  # a read-only file or medium, or a wave running elsewhere: what was found is only shown
        return {person: r.state for person, r in found.items()}
    assistant_done = {op for op, entry in ops.items() if op.startswith("assistant:") and entry.state in SETTLED}
    through = [c for c in changes if f"assistant:{c.person}" in assistant_done]
    await project.commit(project.wave_ops_done, wave_id, [(c.op_id, found[c.person].state, "; ".join(
        f.message for f in found[c.person].findings) or f"verified: station {c.data['stno']}") for c in through])
    await close_steps(project, wave_id)
    return {person: r.state for person, r in found.items()}


async def close_steps(project: ProjectFile, wave_id: str, ops: dict[str, WaveOpEntry] | None = None, *,
                      plan: WavePlan | None = None, undone_on: str | None = None) -> None:
    """The runbook steps of chapter 7 take their status from the wave (guide §7.1.1–§7.2.1), as the wave stands: an
    undone wave's steps are open again and say what the undo did (`undone_on`: its date, when just undone). `ops`
    and `plan`: the wave's journal and plan as the caller has them (a big wave's are not read twice)."""
    await project.written()  # judged from every outcome recorded so far
    plan = plan or load_plan(project, wave_id)
    ops = project.wave_ops(wave_id) if ops is None else ops
    readback = readback_findings(project, wave_id)
    records = project.step_records()
    # the wave's record holds its plan's text (40 MB at 20,000 people): read off the loop, as the plan is
    undone = await asyncio.to_thread(_undone, project, wave_id, ops, records, undone_on)
    results = await asyncio.to_thread(closed_steps, plan, {op: (e.state, e.detail) for op, e in ops.items()},
                                      readback, undone)  # thousands of changes: off the loop
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    for step_id, result in results.items():
        if undone is not None and _closed_by_another(records.get(step_id), wave_id):
            continue  # a later wave's word on the step stands: undoing this one does not reopen it
        data = result.to_json() | {"evidence": {**result.evidence, "wave": wave_id,
                                                "wave_evidence": f"wave-{wave_id}.json on step {EVIDENCE_STEP}"}}
        current = records.get(step_id)
        status = {"pass": "passed", "warn": "warning", "fail": "failed"}[result.status.value]
        if current is not None and current.result == data and current.status == status:
            continue
        await project.commit(project.record_result, step_id, status, data, stamp, stamp)


UNDONE_AMOS = ("completed", "verified", "advisory")  # an undo's AMO the OS4K took


def _undone(project: ProjectFile, wave_id: str, ops: dict[str, WaveOpEntry], records: dict[str, StepRecord],
            on: str | None) -> Undone | None:
    """For an undone wave, what its undo put back, by its own journal: the AMOs the OS4K took and the invitations
    withdrawn; the date given, else the one the steps already say (read again later), else today. None for a wave
    that is not undone."""
    record = project.wave(wave_id)
    if record is None or record.state != WaveState.UNDONE:
        return None
    amos = sum(1 for e in project.journal(f"{wave_id}:undo") if e.state in UNDONE_AMOS)
    invitations = sum(1 for op, e in ops.items() if op.startswith("undo.zoom:") and e.state == OpState.DONE)
    said = [str((r.result or {}).get("evidence", {}).get("undone_on", "")) for r in records.values()
            if (r.result or {}).get("evidence", {}).get("wave") == wave_id]
    return Undone(on or next((d for d in said if d), "") or datetime.now(UTC).date().isoformat(), amos, invitations)


def _closed_by_another(current: StepRecord | None, wave_id: str) -> bool:
    if current is None or (current.result or {}).get("check") != "provisioning.wave":
        return False
    return (current.result or {}).get("evidence", {}).get("wave") not in (None, wave_id)
