"""The project's state per chapter and step, as one structure for the CLI, the window and the report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wizard.checks.sbc import CERTIFICATE_INPUTS, CERTIFICATE_STEP, fill_values
from wizard.runbook.engine import Engine
from wizard.runbook.judged import Outdated, outdated_steps
from wizard.runbook.model import Runbook, Step
from wizard.runbook.states import StepStatus, chapter_progress, effective_statuses
from wizard.store.project import EvidenceRef, ProjectFile, StepRecord


def project_summary(runbook: Runbook, project: ProjectFile) -> dict[str, Any]:
    """Each step's status as recorded, but outdated where its check judged values the project holds otherwise
    now (wizard.runbook.judged): that step says what changed under "outdated", and is not done."""
    records = project.step_records()
    outdated = outdated_steps(project, records)
    views = effective_statuses(runbook, counted_statuses(records, outdated))
    progress = chapter_progress(runbook, views)
    evidence_by_step: dict[str, list[dict[str, Any]]] = {}
    for ev in project.evidence():
        evidence_by_step.setdefault(ev.step_id, []).append(
            {"name": ev.name, "sha256": ev.sha256, "size": ev.size, "at": ev.created_at, "by": ev.created_by}
        )
    audit = project.verify_audit()
    chapters = []
    for chapter in runbook.chapters:
        steps = []
        for step in chapter.steps:
            record = records.get(step.id)
            view = views[step.id]
            steps.append({
                "id": step.id,
                "section": step.section,
                "title": step.title,
                "kind": step.kind.value,
                "status": view.status.value,
                "blocked_by": list(view.blocked_by),
                "note": record.note if record else "",
                "findings": (record.result or {}).get("findings", []) if record else [],
                "updated_at": record.updated_at if record else None,
                "updated_by": record.updated_by if record else None,
                "evidence": evidence_by_step.get(step.id, []),
                "outdated": outdated[step.id].to_json() if step.id in outdated else None,
            })
        p = progress[chapter.id]
        chapters.append({"id": chapter.id, "title": chapter.title, "section": chapter.section, "done": p.done,
                         "total": p.total, "failed": p.failed, "blocked": p.blocked, "warnings": p.warnings,
                         "waived": p.waived, "outdated": p.outdated, "open": p.open, "steps": steps})
    return {
        "file": str(project.path),
        "mode": project.mode.value,
        "site": project.site(),
        "chapters": chapters,
        "audit": {"entries": audit.entries, "head": audit.head, "intact": audit.intact,
                  "problems": list(audit.problems)},
    }


COUNTS = ("done", "total", "failed", "blocked", "warnings", "waived", "outdated", "open")


def counted_statuses(records: Mapping[str, StepRecord], outdated: Mapping[str, Outdated]) -> dict[str, str]:
    """The recorded statuses, "outdated" for each result outdated now: what effective_statuses counts from."""
    return {k: StepStatus.OUTDATED.value if k in outdated else r.status for k, r in records.items()}


def counts_text(counts: dict[str, Any]) -> str:
    """'12 of 20 done · 2 warnings · 1 waived · 1 failed · 4 open': every kind apart, never folded into 'done'."""
    parts = [f"{counts['done']} of {counts['total']} done"]
    for key, word in (("warnings", "with warnings"), ("waived", "waived"), ("failed", "failed"),
                      ("blocked", "blocked"), ("outdated", "to check again"), ("open", "not started")):
        if counts.get(key):  # a summary made before results could be outdated has no such count
            parts.append(f"{counts[key]} {word}")
    return " · ".join(parts)


APPLIED = "applied:"  # step input keys that record a value ticked as applied in the portal
APPLIED_NOTE = "Values applied: "  # the note of a step the engineer confirmed by ticking all its values


def sheet_values(project: ProjectFile) -> dict[str, str]:
    """What the SBC settings sheet fills its values with: the site's fields, and the names of the files chosen on
    §9.3's certificate step."""
    values = dict(project.site())
    chosen = project.step_inputs(CERTIFICATE_STEP)
    names = {f"evidence:{e.id}": e.name for e in project.evidence(CERTIFICATE_STEP)}
    for key, placeholder in CERTIFICATE_INPUTS.items():
        if chosen.get(key) in names:
            values[placeholder] = names[chosen[key]]
    return values


def record_applied(project: ProjectFile, step: Step, label: str, applied: bool) -> None:
    """A value ticked (or unticked) as applied in the portal. Every value of the step ticked means the step is
    confirmed by hand, its note listing them; unticking one takes that confirmation back (never a confirmation
    the engineer wrote, nor a check's pass)."""
    project.set_step_input(step.id, f"{APPLIED}{label}", "yes" if applied else "")
    labels = [name for name, _ in step.values if name not in step.shown]  # what someone applies, not what is read
    ticked = {k.removeprefix(APPLIED) for k, v in project.step_inputs(step.id).items() if k.startswith(APPLIED) and v}
    record = project.step_records().get(step.id)
    by_ticks = record is not None and record.status == "confirmed" and record.note.startswith(APPLIED_NOTE)
    if labels and set(labels) <= ticked:
        if record is None or record.status not in ("passed", "confirmed"):
            project.confirm_step(step.id, APPLIED_NOTE + "; ".join(labels))
    elif by_ticks:
        project.reset_step(step.id)


@dataclass(frozen=True)
class StepSnapshot:
    """Everything a view needs to draw one step, read in one go."""

    step: Step
    status: StepStatus
    blocked_by: tuple[str, ...]
    record: StepRecord | None
    evidence: tuple[EvidenceRef, ...]
    inputs: dict[str, str]
    values: tuple[tuple[str, str], ...]  # the guide's values, filled in with this site's data
    applied: frozenset[str]  # labels of the values the engineer ticked as applied
    has_check: bool
    not_runnable_because: str | None
    outdated: Outdated | None = None  # the recorded result judged values otherwise now (status OUTDATED)


def step_snapshots(engine: Engine, step_ids: list[str]) -> dict[str, StepSnapshot]:
    project, runbook = engine.project, engine.runbook
    records = project.step_records()
    outdated = outdated_steps(project, records)
    views = effective_statuses(runbook, counted_statuses(records, outdated), engine.running)
    mode = project.mode
    evidence: dict[str, list[EvidenceRef]] = {}
    for ev in project.evidence():
        evidence.setdefault(ev.step_id, []).append(ev)
    site = sheet_values(project)
    snapshots = {}
    for step_id in step_ids:
        step = runbook.step(step_id)
        view = views[step_id]
        inputs = project.step_inputs(step_id) if step.inputs or step.values else {}
        snapshots[step_id] = StepSnapshot(
            step=step,
            status=view.status,
            blocked_by=view.blocked_by,
            record=records.get(step_id),
            evidence=tuple(evidence.get(step_id, ())),
            inputs={k: v for k, v in inputs.items() if not k.startswith(APPLIED)},
            values=fill_values(step.values, site),
            applied=frozenset(k.removeprefix(APPLIED) for k, v in inputs.items() if k.startswith(APPLIED) and v),
            has_check=engine.registry.get(step.check) is not None,
            not_runnable_because=engine.why_not_runnable(step, views, mode),
            outdated=outdated.get(step_id) if views[step_id].status is StepStatus.OUTDATED else None,
        )
    return snapshots


def run_counts(statuses: list[StepStatus | None]) -> dict[str, int]:
    """What a 'Run all' did, from its outcomes' statuses (None: the check could not run, nothing recorded)."""
    return {"run": len(statuses) - statuses.count(None), "passed": statuses.count(StepStatus.PASSED),
            "failed": statuses.count(StepStatus.FAILED), "warnings": statuses.count(StepStatus.WARNING),
            "not_run": statuses.count(None)}
