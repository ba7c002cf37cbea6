"""Use case: the signed commissioning report, and its HTML and evidence exported from that signed build itself
(never a second build a moment later, which could differ from what was signed)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard.checks.superseded import fact_of
from wizard.errors import WizardError
from wizard.files import refuse_inputs, write_atomically
from wizard.provisioning.people import provisioned
from wizard.report.build import BuiltReport
from wizard.report.readings import settled_summary
from wizard.report.words import LANGUAGES
from wizard.runbook.judged import outdated_steps
from wizard.runbook.model import Runbook
from wizard.services.identity import keep_passphrase, kept_passphrase
from wizard.store.project import ProjectFile


async def build_report(guide: Runbook, project: ProjectFile, target: Path, *, identity: Path | None,
                       passphrase: str = "", keep: bool = False, company: str = "", logo: Path | None = None,
                       timestamp_url: str | None = None, language: str | None = None) -> BuiltReport:
    """Built from the guide and signed with the identity, in `language` or else the project's report language; a
    typed passphrase is kept for the next time when asked."""
    from wizard.report.build import build_signed_report

    language = language or project.report_language
    if language not in LANGUAGES:
        raise WizardError("there is no report in {language}", "choose one of {languages}", language=language,
                          languages=", ".join(LANGUAGES))

    if identity is None:
        raise WizardError("there is no signing identity yet",
                          "use your company's PKCS#12 file or create a personal identity first")
    refuse_inputs({"the report": target}, {"the project": project.path, "the identity": identity, "the logo": logo})

    def read() -> bytes:
        try:
            return identity.read_bytes()
        except OSError as exc:
            raise WizardError("cannot read {identity}: {reason}", "choose the identity again", identity=identity,
                              reason=exc.strerror or exc) from None

    bundle = await asyncio.to_thread(read)
    secret = await kept_passphrase(identity, passphrase)
    await project.written()  # the report holds every change made before it was asked for
    built = await build_signed_report(guide, project, target, identity=bundle,
                                      passphrase=secret.encode() if secret else None, identity_source=str(identity),
                                      provisioned=provisioned(project),
                                      company=company, logo=logo, timestamp_url=timestamp_url,
                                      language=language)
    if passphrase and keep:
        await keep_passphrase(identity, passphrase)
    if not project.read_only:  # a project opened to look at only is not changed; its overview misses this report
        await project.commit(project.record_signed, "report", target.name, built.evidence_sha256,
                             {"pages": built.pages, "signer": built.signer})
    return built


async def choose_report_language(project: ProjectFile, language: str) -> None:
    """The project's report language from now on (English or German), kept in the project."""
    if language not in LANGUAGES:
        raise WizardError("there is no report in {language}", "choose one of {languages}", language=language,
                          languages=", ".join(LANGUAGES))
    await project.commit(project.set_report_language, language)


def current_summary(guide: Runbook, project: ProjectFile) -> dict[str, Any]:
    """Where the project stands as its report would say it: a finding that a later read of its fact superseded
    is not open (wizard.checks.superseded), and a result whose judged values are otherwise now is outdated, not
    done (wizard.checks.judged), in the window's report page as in the signed report."""
    summary = settled_summary(guide, project, lambda: provisioned(project)[0])
    return {**summary, "report_language": project.report_language}


@dataclass(frozen=True)
class Settled:
    """A step whose status is not the one recorded, as the window's step cards show it: findings a later read of
    their fact superseded, or a result outdated since it was recorded (wizard.checks.judged)."""

    findings: list[dict[str, Any]]  # each with where and when it was read, and 'superseded_by' where a read settled it
    passed: bool  # only superseded findings failed it: it passed by that later read, and is not open
    outdated: dict[str, Any] | None = None  # what changed since it was checked (Outdated.to_json): it is not done

    @property
    def status(self) -> str | None:
        """The status the step is counted with instead of the recorded one; None: the recorded one."""
        return "outdated" if self.outdated else "passed" if self.passed else None


def settled_steps(guide: Runbook, project: ProjectFile) -> dict[str, Settled]:
    """The steps a later read settled or whose result is outdated, by step id, read as current_summary reads them
    (the report's rule), for the window's step cards and sidebar and the site summaries. The window asks on every
    refresh, so while no kept finding is about a fact a later read can settle (wizard.checks.superseded.fact_of)
    and no result is outdated, nothing more is read and nothing is returned."""
    records = project.step_records()
    if not any(fact_of(f) for record in records.values() for f in (record.result or {}).get("findings", [])) \
            and not outdated_steps(project, records):
        return {}
    summary = current_summary(guide, project)
    return {step["id"]: Settled(step["findings"], bool(step.get("superseded")), step.get("outdated"))
            for chapter in summary["chapters"] for step in chapter["steps"]
            if step.get("outdated") or any(f.get("superseded_by") for f in step["findings"])}


async def export_html(built: BuiltReport, target: Path) -> Path:
    refuse_inputs({"the HTML": target}, {"the signed report": built.pdf})
    await asyncio.to_thread(write_atomically, target, built.html.encode("utf-8"))
    return target


async def export_evidence(built: BuiltReport, target: Path) -> Path:
    refuse_inputs({"the evidence": target}, {"the signed report": built.pdf})
    await asyncio.to_thread(write_atomically, target, built.evidence)
    return target
