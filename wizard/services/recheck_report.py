"""Use case for the window: re-check the open project against a baseline and sign the re-check report beside it,
with the engineer's signing identity (its passphrase typed, or kept)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wizard.errors import WizardError
from wizard.report.build import BuiltReport
from wizard.runbook.model import Runbook
from wizard.services.identity import kept_passphrase
from wizard.services.recheck import Recheck, recheck
from wizard.store.project import ProjectFile


@dataclass(frozen=True)
class Rechecked:
    found: Recheck
    report: BuiltReport


def recheck_report_path(baseline: Path, day: date) -> Path:
    return baseline.with_name(f"{baseline.stem}-recheck-{day.isoformat()}.pdf")


async def recheck_and_sign(guide: Runbook, project: ProjectFile, baseline: Path, trust: Path | None,
                           identity: Path | None, passphrase: str = "") -> Rechecked:
    from wizard.report.recheck import build_signed_recheck

    if identity is None:
        raise WizardError("there is no signing identity for the re-check report",
                          "use or create one on the Report page first")

    def read(path: Path) -> bytes:
        try:
            return path.read_bytes()
        except OSError as exc:
            raise WizardError("cannot read {path}: {reason}", "choose the file again", path=path,
                              reason=exc.strerror or exc) from None

    pdf = await asyncio.to_thread(read, baseline)
    trusted = await asyncio.to_thread(read, trust) if trust else None
    bundle = await asyncio.to_thread(read, identity)
    secret = await kept_passphrase(identity, passphrase)
    found = await recheck(guide, project, pdf, trusted, str(baseline))
    report = await build_signed_recheck(found, project, recheck_report_path(baseline, date.today()), identity=bundle,
                                        passphrase=secret.encode() if secret else None,
                                        identity_source=str(identity), language=project.report_language)
    return Rechecked(found, report)
