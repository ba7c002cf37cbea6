"""Use case: every site at a glance — each project file of a list or a folder summarised (customer, site,
progress, last change), and the files that cannot be read named as such instead of stopping the rest."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wizard.errors import WizardError, failure_reason
from wizard.runbook.model import Runbook
from wizard.runbook.states import chapter_progress, effective_statuses
from wizard.said import Said
from wizard.services.report import settled_steps
from wizard.store.modes import SUFFIX


@dataclass(frozen=True)
class SiteSummary:
    path: Path
    customer: str = ""
    site: str = ""
    mode: str = ""
    done: int = 0
    total: int = 0
    failed: int = 0  # failed and blocked
    warnings: int = 0
    last_change: str = ""
    unreadable: str = ""  # why the file could not be summarised ('' when it could)
    chapters: dict[str, int] = field(default_factory=dict)  # chapter id -> steps done
    last_report: str = ""  # when the last commissioning report was signed ('' never)
    last_recheck: str = ""  # when the last re-check report was signed
    recheck_drifts: int | None = None  # what that re-check found
    certificate_days: int | None = None  # days the SBC's served certificate has left, as last probed
    problem: WizardError | None = field(default=None, compare=False)  # that error, for the window's language

    @property
    def needs_attention(self) -> bool:
        return bool(self.unreadable or self.failed or self.warnings or self.recheck_drifts
                    or (self.certificate_days is not None and self.certificate_days <= 30))

    def to_json(self) -> dict[str, object]:
        return {"file": str(self.path), "customer": self.customer, "site": self.site, "mode": self.mode,
                "done": self.done, "total": self.total, "failed": self.failed, "warnings": self.warnings,
                "last_change": self.last_change, "last_report": self.last_report, "last_recheck": self.last_recheck,
                "recheck_drifts": self.recheck_drifts, "certificate_days": self.certificate_days,
                "needs_attention": self.needs_attention, "unreadable": self.unreadable}


def _certificate_days(records: dict[str, Any], today: datetime) -> int | None:
    """Days left of the SBC's certificate as the last TLS probe saw it served (its first, the server's)."""
    probed = [r for r in records.values() if r.result and r.result.get("check") == "probe.tls"]
    newest = max(probed, key=lambda r: r.updated_at, default=None)
    chain = (newest.result.get("evidence", {}).get("served_chain") or []) if newest else []
    try:
        return (datetime.fromisoformat(str(chain[0]["not_after"])) - today).days if chain else None
    except (KeyError, TypeError, ValueError):
        return None


def summarise_site(path: Path, runbook: Runbook) -> SiteSummary:
    """One project, opened read-only (another wizard may have it open): never changed, never locked."""
    from wizard.store.project import ProjectFile

    try:
        with ProjectFile.open(path, read_only=True) as project:
            site = project.site()
            records = project.step_records()
            stored = {k: r.status for k, r in records.items()}
            # a step only findings a later read superseded failed passed by that read (#32), and one checked against
            # values changed since is outdated, as the report and the window count them: the report service's rule
            stored.update({k: s.status for k, s in settled_steps(runbook, project).items() if s.status})
            views = effective_statuses(runbook, stored)
            progress = chapter_progress(runbook, views)
            report, recheck = project.last_signed("report") or {}, project.last_signed("recheck") or {}
            drifts = recheck.get("drifts")
            return SiteSummary(
                path, site.get("customer", ""), site.get("site", ""), project.mode.value,
                sum(p.done for p in progress.values()), sum(p.total for p in progress.values()),
                sum(p.failed + p.blocked for p in progress.values()), sum(p.warnings for p in progress.values()),
                project.last_change(), "", {cid: p.done for cid, p in progress.items()},
                str(report.get("at", "")), str(recheck.get("at", "")), drifts if isinstance(drifts, int) else None,
                _certificate_days(records, datetime.now(UTC)))
    except WizardError as exc:  # said as a worded sentence, so the welcome page shows it in its language
        return SiteSummary(path, unreadable=str(exc), problem=exc)
    except (OSError, ValueError) as exc:  # a file that vanished or holds what no project holds
        return SiteSummary(path, unreadable=Said("{name} cannot be read ({reason})", name=path.name,
                                                 reason=failure_reason(exc)))


def project_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file())
    except OSError as exc:
        raise WizardError("cannot read the folder {folder}: {reason}", "check the path", folder=folder,
                          reason=exc.strerror or exc) from None


def attention_first(summaries: list[SiteSummary]) -> list[SiteSummary]:
    """The sites needing attention first (unreadable, failed, drifted, a certificate near its end), then the rest,
    each group by last change, newest first."""
    by_change = sorted(summaries, key=lambda s: s.last_change, reverse=True)
    return sorted(by_change, key=lambda s: not s.needs_attention)


# the orders the overview offers; attention first is the default
ORDERS = ("attention", "changed", "customer", "progress")


def ordered(summaries: list[SiteSummary], order: str) -> list[SiteSummary]:
    if order == "changed":
        return sorted(summaries, key=lambda s: s.last_change, reverse=True)
    if order == "customer":
        return sorted(summaries, key=lambda s: (s.customer.lower(), s.site.lower(), str(s.path)))
    if order == "progress":  # least done first: where the work is
        return sorted(summaries, key=lambda s: (s.done / s.total if s.total else 0.0, s.last_change))
    return attention_first(summaries)


async def summarise_sites(paths: list[Path], runbook: Runbook) -> list[SiteSummary]:
    """Many projects, read in a worker thread (the window keeps answering), in the order given."""
    return await asyncio.to_thread(lambda: [summarise_site(p, runbook) for p in paths])
