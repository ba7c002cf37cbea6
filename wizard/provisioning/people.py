"""Where each person of a wave stands, stage by stage: the rows the window, the command line and the report show,
the wave's evidence file, and everyone the project's waves provisioned, which the report takes as data."""

from __future__ import annotations

import hashlib
import io
import json
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from wizard.checks.provisioning import SYSTEM_TITLES, OpState, System, WavePlan, WaveState
from wizard.connectors.os4k import interpret
from wizard.provisioning.waves import SETTLED, load_plan
from wizard.store.project import ProjectFile, WaveOpEntry, WaveRecord

if TYPE_CHECKING:  # a round's confirmation reads the rows without the report's modules
    from wizard.report.content import Provisioned


def wave_people(project: ProjectFile, wave_id: str) -> list[dict[str, str]]:
    """Per person of the wave: station, each stage's state, where they are and what is open (window, CLI, report)."""
    return people_of(load_plan(project, wave_id), project.wave_ops(wave_id))


STAGE_WORDS = {System.ZOOM: "Zoom user", System.PSI: "portal round", System.OS4K: "AMOs",
               System.ASSISTANT: "Assistant", System.VERIFY: "read-back"}


def people_of(plan: WavePlan, ops: dict[str, WaveOpEntry]) -> list[dict[str, str]]:
    rows = {key: {"email": key, "station": ""} for key in plan.people}
    states: dict[tuple[str, System], list[tuple[str, str]]] = defaultdict(list)
    for change in plan.changes:
        if change.person in rows:
            entry = ops.get(change.op_id)
            states[(change.person, change.system)].append((entry.state, entry.detail) if entry
                                                          else (OpState.PLANNED, ""))
            if change.system is System.VERIFY:
                rows[change.person].update(email=change.data["email"], station=change.data["stno"])
    for key, row in rows.items():
        for system in System:
            row[system.value] = _summary([s for s, _ in states.get((key, system), [])])
        # a refusal anywhere is what the engineer must see first; else the first stage not through yet
        stuck = next((s for s in System if row[s.value] == OpState.FAILED), None) or \
            next((s for s in System if row[s.value] not in (*SETTLED, NO_CHANGES)), None)
        if stuck is None:
            row["stage"], row["open"] = "integrated", ""
        else:
            row["stage"] = f"{STAGE_WORDS[stuck]}: {row[stuck.value]}"
            row["open"] = next((d for s, d in states[(key, stuck)] if s == row[stuck.value]), "")
    return list(rows.values())


NO_CHANGES = "-"  # a stage with nothing to do for the person


def _summary(states: list[str]) -> str:
    if not states:
        return NO_CHANGES
    for worst in (OpState.FAILED, OpState.WAITING, OpState.SENT, OpState.PLANNED):
        if worst in states:
            return worst
    return OpState.DONE if OpState.DONE in states else OpState.ALREADY


COUNTED = (OpState.DONE, OpState.ALREADY, OpState.WAITING, OpState.FAILED)  # per stage, in the wave's evidence


def evidence_of(record: WaveRecord, plan: WavePlan, ops: dict[str, WaveOpEntry], plan_sha256: str,
                people: list[dict[str, str]] | None = None) -> bytes:
    """The wave as the report shows it; pure, so the runner can build it in a worker thread. `plan_sha256`: its
    plan's, as the audit log recorded it (the record need not carry the plan's text); `people`: people_of(plan, ops)
    when the caller has it."""
    counts: dict[str, Counter[str]] = {SYSTEM_TITLES[s]: Counter() for s in System}
    failures = []
    for change in plan.changes:
        entry = ops.get(change.op_id)
        if entry is not None:
            counts[SYSTEM_TITLES[change.system]][entry.state] += 1
            if entry.state == OpState.FAILED:
                failures.append({"change": change.text, "detail": entry.detail})
    confirmations = {op: entry.detail for op, entry in ops.items() if op.startswith("psi.round:")}
    return _encoded({
        "wave": record.wave_id, "state": record.state, "created_at": record.created_at,
        "created_by": record.created_by, "plan_sha256": plan_sha256,
        "stages": {title: {state: c[state] for state in COUNTED} for title, c in counts.items()},
        "portal_rounds_confirmed": confirmations,
        "people": people_of(plan, ops) if people is None else people,
        "failures": failures,
    })


def _encoded(data: object) -> bytes:
    """JSON as bytes, encoded piece by piece: json.dumps with an indent holds every piece of a 20,000-person wave's
    rows at once before it joins them."""
    out = io.BytesIO()
    with io.TextIOWrapper(out, encoding="utf-8", write_through=True) as text:
        json.dump(data, text, indent=1)
        text.flush()
        return out.getvalue()


REPORTED = (WaveState.RUNNING, WaveState.PAUSED, WaveState.WAITING, WaveState.DONE)  # changed something, still stand


def provisioned(project: ProjectFile) -> Provisioned:
    """Everyone provisioned by the project's waves (a later wave's word on a person wins), with each stage's state
    and where the person stands, and one line per wave with its counts and AMO errors."""
    people: dict[str, dict[str, str]] = {}
    waves: list[dict[str, object]] = []
    for record in project.waves():
        if record.state not in REPORTED:
            continue
        plan = load_plan(project, record.wave_id)
        ops = project.wave_ops(record.wave_id)
        for row in people_of(plan, ops):
            people[row["email"].lower()] = row
        amo_errors = [f"{e.command}: {'; '.join(interpret(e.command, e.output).messages)}"  # the PBX's own words
                      for e in project.journal(f"{record.wave_id}:amo") if e.state == "error"]
        states = Counter(ops[c.op_id].state for c in plan.changes if c.op_id in ops)
        waves.append({"wave": record.wave_id, "state": record.state, "people": len(plan.people),
                      "done": states[OpState.DONE] + states[OpState.ALREADY], "waiting": states[OpState.WAITING],
                      "failed": states[OpState.FAILED], "amo_errors": amo_errors,
                      "plan_sha256": hashlib.sha256(record.plan.encode()).hexdigest()})
    return sorted(people.values(), key=lambda r: r["email"].lower()), waves
