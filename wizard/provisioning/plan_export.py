"""A wave's plan as the customer's change approval reads it: what will change on which system, by whom (the wizard
or the engineer's hands), with the plan's SHA-256 that the project's audit log recorded when it was planned."""

from __future__ import annotations

import csv
import io
from collections import Counter
from html import escape
from pathlib import Path

from wizard.checks.provisioning import BY_HAND, SYSTEM_TITLES
from wizard.errors import WizardError
from wizard.files import write_atomically
from wizard.provisioning.waves import change_summary, load_plan, plan_hash
from wizard.report.content import whole, with_commands
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


def plan_counts(project: ProjectFile, wave_id: str) -> str:
    """What the whole plan holds, per stage: the count a reader checks against the rows below (the wave's own
    summary counts only what is still to do, and reads '0 AMO(s)' once a wave has sent them all)."""
    counts = Counter(c.system for c in load_plan(project, wave_id).changes)
    return "; ".join(f"{SYSTEM_TITLES[system]}: {counts[system]}" for system in SYSTEM_TITLES if counts[system])


def _row(row: tuple[str, ...]) -> str:
    # two cells: who and where on the left, the change with the wider column on the right, an AMO whole on one line
    stage, by, round_, person, station, change = row
    left = "<br/>".join(escape(part) for part in (f"{stage}, by {by}" + (f", round {round_}" if round_ else ""),
                                                  " · ".join(p for p in (person, station) if p)) if part)
    return f'<tr><td valign="top">{left}</td><td valign="top">{with_commands(change)}</td></tr>'


def plan_html(project: ProjectFile, wave_id: str) -> str:
    site = project.site()
    record = project.wave(wave_id)
    assert record is not None
    rows = "".join(_row(row) for row in plan_rows(project, wave_id))
    summary = "".join(f"<li>{escape(line)}</li>" for line in change_summary(project, wave_id))
    head = ('<th align="left" bgcolor="#e8edf3" width=38%>Stage, done by, round; person · station</th>'
            '<th align="left" bgcolor="#e8edf3" width=62%>Change</th>')
    return (f"<h1 style='font-size:16pt'>Change plan: provisioning wave {escape(wave_id)}</h1>"
            f"<p>{escape(site.get('customer', ''))} — {escape(site.get('site', ''))}. "
            f"Planned {escape(record.created_at)} by {escape(site.get('engineer', '') or record.created_by)}.</p>"
            f"<p>Plan SHA-256 (as in the project's audit log):</p>{whole(plan_hash(project, wave_id), 8)}"
            f"<h2 style='font-size:12pt'>What the plan holds</h2><p>{escape(plan_counts(project, wave_id))}</p>"
            f"<h2 style='font-size:12pt'>What is still to do</h2><ul>{summary}</ul>"
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
