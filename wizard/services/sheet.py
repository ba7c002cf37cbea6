"""Use case: the SBC settings sheet exported for the SBC administrator (CSV or PDF)."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from wizard.errors import WizardError
from wizard.files import write_atomically
from wizard.report.sheet import sheet_csv, sheet_html, sheet_pdf, sheet_rows
from wizard.runbook.model import Runbook
from wizard.store.project import ProjectFile


def sheet_document(runbook: Runbook, project: ProjectFile) -> str:
    """The sheet as HTML, for printing, in the project's report language."""
    return sheet_html(sheet_rows(runbook, project), project.site(), project.report_language)


async def export_sheet(runbook: Runbook, project: ProjectFile, target: Path) -> Path:
    rows = sheet_rows(runbook, project)
    if target.suffix.lower() == ".csv":
        await asyncio.to_thread(write_atomically, target, sheet_csv(rows))
        return target
    if target.suffix.lower() != ".pdf":
        raise WizardError("{name}: the sheet is exported as .pdf or .csv", "choose a name ending in one",
                          name=target.name)
    with tempfile.TemporaryDirectory() as tmp:  # laid out beside, then moved whole: a failure leaves no half file
        laid_out = sheet_pdf(rows, project.site(), Path(tmp) / "sheet.pdf", project.report_language)
        data = await asyncio.to_thread(laid_out.read_bytes)
    await asyncio.to_thread(write_atomically, target, data)
    return target
