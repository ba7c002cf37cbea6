"""A wave's plan as the customer's change approval reads it: what will change on which system, by whom (the wizard
or the engineer's hands), with the plan's SHA-256 that the project's audit log recorded when it was planned."""

from __future__ import annotations

import csv
import io
from html import escape
from pathlib import Path

from wizard.checks.provisioning import BY_HAND, SYSTEM_TITLES
from wizard.errors import WizardError
from wizard.files import write_atomically
from wizard.provisioning.waves import change_summary, load_plan, plan_hash
from wizard.store.project import ProjectFile

COLUMNS = ("stage", "done by", "round", "person", "station", "change")


def plan_rows(project: ProjectFile, wave_id: str) -> list[tuple[str, ...]]:
    plan = load_plan(project, wave_id)
    stations = {c.person: c.data.get("stno", "") for c in plan.changes if c.data.get("stno")}
    return [(SYSTEM_TITLES[c.system], "engineer" if c.system in BY_HAND else "wizard", str(c.round or ""),
             c.person, stations.get(c.person, ""), c.text) for c in plan.changes]


def plan_csv(project: ProjectFile, wave_id: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([f"# wave {wave_id}, plan sha256 {plan_hash(project, wave_id)}"])
    writer.writerow(COLUMNS)
    writer.writerows(plan_rows(project, wave_id))
    return out.getvalue()


def plan_html(project: ProjectFile, wave_id: str) -> str:
    site = project.site()
    record = project.wave(wave_id)
    assert record is not None
    rows = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
                   for row in plan_rows(project, wave_id))
    summary = "".join(f"<li>{escape(line)}</li>" for line in change_summary(project, wave_id))
    widths = (14, 9, 8, 27, 9, 33)  # percent: an email and every header fit on their line
    head = "".join(f'<th align="left" bgcolor="#e8edf3" width={w}%>{escape(c)}</th>'
                   for c, w in zip(COLUMNS, widths, strict=True))
    return (f"<h1 style='font-size:16pt'>Change plan: provisioning wave {escape(wave_id)}</h1>"
            f"<p>{escape(site.get('customer', ''))} — {escape(site.get('site', ''))}. "
            f"Planned {escape(record.created_at)} by {escape(site.get('engineer', '') or record.created_by)}.</p>"
            f"<p>Plan SHA-256 (as in the project's audit log): <tt>{plan_hash(project, wave_id)}</tt></p>"
            f"<h2 style='font-size:12pt'>What will change</h2><ul>{summary}</ul>"
            f"<h2 style='font-size:12pt'>Every change, in the guide's order</h2>"
            f"<table border=1 cellspacing=0 cellpadding=3 width=100%><thead><tr>{head}</tr></thead>{rows}</table>")


def export_plan(project: ProjectFile, wave_id: str, target: Path) -> Path:
    """Writes the plan as CSV or PDF, by the target's suffix."""
    suffix = target.suffix.lower()
    if suffix == ".csv":
        write_atomically(target, plan_csv(project, wave_id).encode("utf-8"))
    elif suffix == ".pdf":
        from wizard.report.pdf import render_pdf  # Qt is loaded only when a PDF is asked for

        site = project.site()
        render_pdf(plan_html(project, wave_id), target, title=f"Change plan {wave_id}",
                   header=f"{site.get('customer', '')} — {site.get('site', '')}",
                   footer=f"wave {wave_id} · plan sha256 {plan_hash(project, wave_id)[:16]}…")
    else:
        raise WizardError("cannot export a plan as {name}", "name the file .pdf or .csv", name=target.name)
    return target
