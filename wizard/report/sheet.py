"""The SBC settings sheet on its own: the document the SBC administrator works from — every value of the SBC's
dialogs (§9, §10.3) filled in with this site's addresses, ports and files, as CSV, HTML (PDF, print)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from wizard.checks.sbc import fill_values
from wizard.report.content import _e, _table
from wizard.runbook.model import Runbook
from wizard.runbook.summary import APPLIED, sheet_values
from wizard.store.project import ProjectFile

SHEET_CHAPTERS = ("sbc", "emergency")
CSV_COLUMNS = ("Section", "Dialog", "Where", "Setting", "Value", "Applied")


@dataclass(frozen=True)
class SheetRow:
    section: str
    dialog: str  # the step's title
    where: str  # the menu path in the SBC Management Portal
    setting: str
    value: str
    applied: str  # "yes", "" (not yet) or "to read" (a value only read, nothing to apply)


def sheet_rows(runbook: Runbook, project: ProjectFile) -> list[SheetRow]:
    filled = sheet_values(project)
    rows = []
    for step in runbook.steps:
        if step.chapter_id not in SHEET_CHAPTERS or not step.values:
            continue
        ticked = {k.removeprefix(APPLIED) for k, v in project.step_inputs(step.id).items() if k.startswith(APPLIED)
                  and v}
        for label, value in fill_values(step.values, filled):
            applied = "to read" if label in step.shown else "yes" if label in ticked else ""
            rows.append(SheetRow(step.section, step.title, step.where, label, value, applied))
    return rows


def sheet_csv(rows: list[SheetRow]) -> bytes:
    """UTF-8 with a byte-order mark, so a spreadsheet opened by double-click shows 'ä' and '→' as they are."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows([r.section, r.dialog, r.where, r.setting, r.value, r.applied] for r in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def sheet_html(rows: list[SheetRow], site: dict[str, str]) -> str:
    where = " — ".join(v for v in (site.get("customer", ""), site.get("site", "")) if v)
    parts = ['<html><body style="font-size: 9.5pt; color:#1b2733">',
             f'<h1 style="font-size:16pt">OpenScape SBC settings sheet</h1><p>{_e(where)}</p>',
             f"<p>SBC {_e(site.get('sbc_public_fqdn', ''))}: core {_e(site.get('sbc_core_ip', ''))}, access "
             f"{_e(site.get('sbc_access_ip', ''))}, SIP-TLS port {_e(site.get('sbc_sip_tls_port', ''))}. A value in "
             "&lt;angle brackets&gt; is not known yet: fill in the site first.</p>"]
    dialog = None
    body: list[list[str]] = []
    for row in rows:
        first = row.dialog != dialog
        dialog = row.dialog
        body.append([f"§{_e(row.section)} {_e(row.dialog)}<br><small>{_e(row.where)}</small>" if first else "",
                     _e(row.setting), f"<b>{_e(row.value)}</b>", _e(row.applied)])
    parts.append(_table(["Dialog", "Setting", "Value", "Applied"], body, [34, 24, 32, 10]))
    parts.append("</body></html>")
    return "".join(parts)
