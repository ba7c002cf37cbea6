"""Use case: the SBC settings sheet exported for the SBC administrator (CSV or PDF)."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from wizard.errors import WizardError
from wizard.files import write_atomically
from wizard.report.sheet import sheet_csv, sheet_html, sheet_rows
from wizard.runbook.model import Runbook
from wizard.store.project import ProjectFile


def sheet_document(runbook: Runbook, project: ProjectFile) -> str:
    """The sheet as HTML, for printing."""
    return sheet_html(sheet_rows(runbook, project), project.site())


async def export_sheet(runbook: Runbook, project: ProjectFile, target: Path) -> Path:
    rows = sheet_rows(runbook, project)
    if target.suffix.lower() == ".csv":
        await asyncio.to_thread(write_atomically, target, sheet_csv(rows))
        return target
    if target.suffix.lower() != ".pdf":
        raise WizardError("{name}: the sheet is exported as .pdf or .csv", "choose a name ending in one",
                          name=target.name)
    from wizard.report.pdf import render_pdf

    site = project.site()
    with tempfile.TemporaryDirectory() as tmp:  # laid out beside, then moved whole: a failure leaves no half file
        laid_out = Path(tmp) / "sheet.pdf"
        render_pdf(sheet_html(rows, site), laid_out, title="OpenScape SBC settings sheet",
                   header=site.get("company", "") or "PSI commissioning",
                   footer=f"{site.get('customer', '')} — {site.get('site', '')}")
        data = await asyncio.to_thread(laid_out.read_bytes)
    await asyncio.to_thread(write_atomically, target, data)
    return target
