"""Where and when each step's findings were read, the later reads the project holds, and the project's summary
with wizard.checks.superseded's rule applied, and wizard.checks.judged's (a result whose judged values are otherwise
now is outdated, as wizard.runbook.summary.project_summary found it): the report and the window's report page show
the same."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from wizard.checks.superseded import OSMO, Reading, fact_of, settled_status, station, superseding
from wizard.runbook.model import Runbook
from wizard.runbook.states import StepStatus, chapter_progress, effective_statuses
from wizard.runbook.summary import project_summary
from wizard.said import Said
from wizard.store.audit import AuditEntry
from wizard.store.project import ProjectFile


def wave_readings(project: ProjectFile, people: Iterable[dict[str, str]]) -> list[Reading]:
    """Each person a wave read back and found integrated: the station's subscriber data and ZANDE OSMO, read live
    at the time the read-back was recorded (see wizard.checks.superseded)."""
    stations = {p["email"].lower(): p["station"] for p in people if p.get("station")}
    found = []
    for wave in project.waves():
        for op_id, at in project.wave_ops_done_at(wave.wave_id, "verify:").items():
            stno = stations.get(op_id.removeprefix("verify:").lower())
            if stno:
                found.append(Reading(Said("live read-back of the OS4K and Zoom by provisioning wave {wave}",
                                          wave=wave.wave_id), at, frozenset({station(stno), OSMO})))
    return found


def read_where(runbook: Runbook, audit: Sequence[AuditEntry], step_id: str, updated_at: str) -> tuple[str, str]:
    """Where a step's findings were read and when: text pasted into the step was read when it was last pasted
    (checking it again later reads the same old text), a probe or a live check when it ran."""
    spec = runbook.step(step_id)
    pasted = max((e.at for e in audit if e.action == "step input" and e.step_id == step_id and e.field == "amo"),
                 default="")
    check = spec.check or ""
    if pasted:
        return Said("AMO text pasted in §{section}", section=spec.section), pasted
    if check.startswith("probe."):
        return Said("network probe from the engineer's laptop"), updated_at
    if check.startswith("provisioning."):
        return Said("the provisioning wave's journal"), updated_at
    return Said("check of what was entered in §{section}", section=spec.section), updated_at


def settled_summary(runbook: Runbook, project: ProjectFile, people: Callable[[], Iterable[dict[str, str]]],
                    audit: Sequence[AuditEntry] | None = None) -> dict[str, Any]:
    """project_summary, each finding with its source and time of reading and, when a later read of its fact
    superseded it, that read; a step left with superseded findings only passed by that read, and the chapters
    count it so (a step it blocked is blocked no longer). `people`: everyone the waves provisioned, asked for
    only when a finding is about a fact a wave reads (a large site's waves take a while to read)."""
    summary = project_summary(runbook, project)
    audit = project.audit_entries() if audit is None else audit
    settles = any(fact_of(f) for c in summary["chapters"] for s in c["steps"] for f in s["findings"])
    later = wave_readings(project, people()) if settles else []
    stored = {step_id: record.status for step_id, record in project.step_records().items()}
    for step in (s for c in summary["chapters"] for s in c["steps"] if s["id"] in stored):
        source, at = read_where(runbook, audit, step["id"], step["updated_at"] or "")
        findings = []
        for finding in step["findings"]:
            finding = {**finding, "source": source, "read_at": at}
            reading = superseding(finding, at, later)
            if reading is not None:
                finding["superseded_by"] = {"source": reading.source, "at": reading.at}
            findings.append(finding)
        step["findings"] = findings
        settled = settled_status(stored[step["id"]], findings)
        # a result outdated since (its judged values are otherwise now, wizard.checks.judged) is outdated, whatever
        # a later read settled: the read and the result are both about values the project no longer holds
        step["superseded"] = settled != stored[step["id"]] and not step.get("outdated")
        stored[step["id"]] = StepStatus.OUTDATED.value if step.get("outdated") else settled
    views = effective_statuses(runbook, stored)
    progress = chapter_progress(runbook, views)
    for chapter in summary["chapters"]:
        counted = progress[chapter["id"]]
        chapter.update(done=counted.done, total=counted.total, failed=counted.failed, blocked=counted.blocked,
                       warnings=counted.warnings, waived=counted.waived, outdated=counted.outdated,
                       open=counted.open)
        for step in chapter["steps"]:
            view = views[step["id"]]
            step["status"], step["blocked_by"] = view.status.value, list(view.blocked_by)
    return summary
