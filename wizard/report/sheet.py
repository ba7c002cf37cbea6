"""The SBC settings sheet on its own: the document the SBC administrator works from — every value of the SBC's
dialogs (§9, §10.3) filled in with this site's addresses, ports and files, as CSV, HTML (PDF, print). The HTML and
the PDF are in the project's report language, as the report is (wizard.report.words); the portal's own settings
and menu paths stay as the SBC Management Portal shows them. The CSV stays English: its columns are read by tools."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from wizard.checks.sbc import fill_values
from wizard.report.content import _e, _table
from wizard.report.words import Words
from wizard.runbook.model import Runbook
from wizard.runbook.summary import APPLIED, sheet_values
from wizard.said import Said
from wizard.store.project import ProjectFile

SHEET_CHAPTERS = ("sbc", "emergency")
CSV_COLUMNS = ("Section", "Dialog", "Where", "Setting", "Value", "Applied")
TITLE = Said("OpenScape SBC settings sheet")
# what the Applied column says (SheetRow.applied) in the sheet's language; '' stays empty
APPLIED_WORDS = {"yes": Said("yes"), "to read": Said("to read")}
HEADS = (Said("Dialog"), Said("Setting"), Said("Value"), Said("Applied"))


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


def sheet_html(rows: list[SheetRow], site: dict[str, str], language: str = "en") -> str:
    """The sheet to print or lay out as a PDF, in `language`: the dialogs' titles and the sheet's own words
    translated, the portal's settings and menu paths as the portal shows them (Words.portal_value)."""
    w = Words(language)
    where = " — ".join(v for v in (site.get("customer", ""), site.get("site", "")) if v)
    intro = Said("SBC {fqdn}: core {core}, access {access}, SIP-TLS port {port}. A value in <angle brackets> is not "
                 "known yet: fill in the site first.", fqdn=site.get("sbc_public_fqdn", ""),
                 core=site.get("sbc_core_ip", ""), access=site.get("sbc_access_ip", ""),
                 port=site.get("sbc_sip_tls_port", ""))
    parts = ['<html><body style="font-size: 9.5pt; color:#1b2733">',
             f'<h1 style="font-size:16pt">{_e(w(TITLE))}</h1><p>{_e(where)}</p>', f"<p>{_e(w(intro))}</p>"]
    dialog = None
    body: list[list[str]] = []
    for row in rows:
        first = row.dialog != dialog
        dialog = row.dialog
        applied = APPLIED_WORDS.get(row.applied)
        body.append([f"§{_e(row.section)} {_e(w.runbook(row.dialog))}<br><small>{_e(w.portal_value(row.where))}"
                     "</small>" if first else "",
                     _e(w.portal_value(row.setting)), f"<b>{_e(w.portal_value(row.value))}</b>",
                     _e(w(applied) if applied else row.applied)])
    parts.append(_table([_e(w(head)) for head in HEADS], body, [34, 24, 32, 10]))
    parts.append("</body></html>")
    return "".join(parts)


def sheet_pdf(rows: list[SheetRow], site: dict[str, str], target: Path, language: str = "en") -> Path:
    """The sheet laid out as a PDF at `target`, in `language`, with the header and footer of the report's pages."""
    from wizard.report.pdf import render_pdf  # Qt is loaded only when a PDF is asked for

    w = Words(language)
    render_pdf(sheet_html(rows, site, language), target, title=w(TITLE),
               header=site.get("company", "") or w(Said("PSI commissioning")),
               footer=f"{site.get('customer', '')} — {site.get('site', '')}",
               page_of=w(Said("Page {page} of {total}", page="{page}", total="{total}")))
    return target
