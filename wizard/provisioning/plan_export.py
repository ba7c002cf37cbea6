"""A wave's plan as the customer's change approval reads it: what will change on which system, by whom (the wizard
or the engineer's hands), with the plan's SHA-256 that the project's audit log recorded when it was planned. The PDF
is in the project's report language, as the report is (wizard.report.words); an AMO stays as it is sent, the Zoom
portal's names as the portal shows them. The CSV stays English: its columns are read by tools."""

from __future__ import annotations

import csv
import io
from collections import Counter
from html import escape
from pathlib import Path

from wizard.checks.provisioning import BY_HAND, SYSTEM_TITLES, Change, System, ZoomUserType
from wizard.errors import WizardError
from wizard.files import write_atomically
from wizard.provisioning.waves import change_summary, load_plan, plan_hash
from wizard.report.content import whole, with_commands
from wizard.report.words import Words
from wizard.said import Said
from wizard.store.project import ProjectFile

COLUMNS = ("stage", "done by", "round", "person", "station", "change")
# the stages as the PDF names them: SYSTEM_TITLES' words, here as sentences of the core so the translators get
# them (tests/test_pdf_language.py keeps the two the same)
STAGE_TITLES = {System.ZOOM: Said("Zoom users (§7.1.1, §7.1.2)"),
                System.PSI: Said("Integrated users, added in the Zoom portal (§7.1.3.2)"),
                System.OS4K: Said("OS4K AMOs (§7.2)"),
                System.ASSISTANT: Said("Assistant user data and Update all (§7.2.1)"),
                System.VERIFY: Said("Read back and verified (§7.2.1, §8.2)")}
HASH_NOTE = Said("Plan SHA-256 (as in the project's audit log):")
ALL_CHANGES = Said("Every change, in the guide's order")


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


def plan_counts(project: ProjectFile, wave_id: str, language: str = "en") -> str:
    """What the whole plan holds, per stage: the count a reader checks against the rows below (the wave's own
    summary counts only what is still to do, and reads '0 AMOs' once a wave has sent them all)."""
    w = Words(language)
    counts = Counter(c.system for c in load_plan(project, wave_id).changes)
    return "; ".join(f"{w(STAGE_TITLES[system])}: {counts[system]}" for system in SYSTEM_TITLES if counts[system])


def change_said(change: Change) -> Said | str:
    """A change's line as a sentence of the core, made from its data as the window's plan tree words it: the
    plan's own line (the English the command line prints) where the sentence would not give it back word for word,
    as an AMO, which is shown as it is sent."""
    data = change.data
    kind = change.op_id.partition(":")[0]
    said: Said | None = None
    if kind == "zoom.user" and data.get("type") in (str(int(ZoomUserType.BASIC)), str(int(ZoomUserType.LICENSED))):
        # the two types a wave invites with (WaveOptions); any other keeps the plan's own line
        invite = ("invite {email} ({name}) to Zoom as a basic user" if data["type"] == str(int(ZoomUserType.BASIC))
                  else "invite {email} ({name}) to Zoom as a licensed user")
        said = Said(invite, email=data.get("email", ""), name=_name(data))
    elif kind == "zoom.active":
        # a plan stored before kept '{email} has activated the Zoom account': not this sentence, so its own line
        said = Said("wait for {email} to activate the Zoom account", email=data.get("email", ""))
    elif kind == "psi.portal":
        said = Said("round {number}: tick {email} ({name}) in Add users", number=change.round,
                    email=data.get("email", ""), name=data.get("name", ""))
    elif kind == "assistant":
        said = Said("Assistant: user {email} for station {stno}, then Update", email=data.get("email", ""),
                    stno=data.get("stno", ""))
    elif kind == "verify":
        said = Said("read back {email}: Zoom user, SIP credentials of station {stno}, REG- of {stno}",
                    email=data.get("email", ""), stno=data.get("stno", ""))
    return said if said is not None and said == change.text else change.text


def _name(data: dict[str, str]) -> str:
    return " ".join(filter(None, (data.get("first_name"), data.get("last_name"))))


def _row(w: Words, change: Change, station: str) -> str:
    # two cells: who and where on the left, the change with the wider column on the right, an AMO whole on one line
    stage = STAGE_TITLES[change.system]
    by = (Said("{stage}, by engineer, round {number}", stage=stage, number=change.round) if change.round else
          Said("{stage}, by engineer", stage=stage) if change.system in BY_HAND else
          Said("{stage}, by wizard", stage=stage))
    left = "<br/>".join(escape(part) for part in (w(by), " · ".join(p for p in (change.person, station) if p))
                        if part)
    return f'<tr><td valign="top">{left}</td><td valign="top">{with_commands(w(change_said(change)))}</td></tr>'


def plan_html(project: ProjectFile, wave_id: str, language: str = "en") -> str:
    """The plan for the PDF, in `language`."""
    w = Words(language)
    site = project.site()
    record = project.wave(wave_id)
    assert record is not None
    changes = load_plan(project, wave_id).changes
    stations = {c.person: c.data.get("stno", "") for c in changes if c.data.get("stno")}
    rows = "".join(_row(w, c, stations.get(c.person, "")) for c in changes)
    summary = "".join(f"<li>{escape(w(line))}</li>" for line in change_summary(project, wave_id))
    head = (f'<th align="left" bgcolor="#e8edf3" width=38%>{escape(w(Said("Stage, done by, round; person · station")))}'
            f'</th><th align="left" bgcolor="#e8edf3" width=62%>{escape(w(Said("Change")))}</th>')
    planned = Said("Planned {when} by {engineer}.", when=record.created_at,
                   engineer=site.get("engineer", "") or record.created_by)
    return (f"<h1 style='font-size:16pt'>{escape(w(Said('Change plan: provisioning wave {wave}', wave=wave_id)))}"
            f"</h1><p>{escape(site.get('customer', ''))} — {escape(site.get('site', ''))}. {escape(w(planned))}</p>"
            f"<p>{escape(w(HASH_NOTE), quote=False)}</p>"
            f"{whole(plan_hash(project, wave_id), 8)}"
            f"<h2 style='font-size:12pt'>{escape(w(Said('What the plan holds')))}</h2>"
            f"<p>{escape(plan_counts(project, wave_id, language))}</p>"
            f"<h2 style='font-size:12pt'>{escape(w(Said('What is still to do')))}</h2><ul>{summary}</ul>"
            f"<h2 style='font-size:12pt'>{escape(w(ALL_CHANGES), quote=False)}</h2>"
            f"<table border=1 cellspacing=0 cellpadding=3 width=100%><thead><tr>{head}</tr></thead>{rows}</table>")


def export_plan(project: ProjectFile, wave_id: str, target: Path, language: str | None = None) -> Path:
    """Writes the plan as CSV or PDF, by the target's suffix; the PDF in `language`, or else the project's report
    language, as the report is."""
    suffix = target.suffix.lower()
    if suffix == ".csv":
        write_atomically(target, plan_csv(project, wave_id).encode("utf-8"))
    elif suffix == ".pdf":
        from wizard.report.pdf import render_pdf  # Qt is loaded only when a PDF is asked for

        language = language or project.report_language
        w = Words(language)
        site = project.site()
        render_pdf(plan_html(project, wave_id, language), target, title=w(Said("Change plan {wave}", wave=wave_id)),
                   header=f"{site.get('customer', '')} — {site.get('site', '')}",
                   footer=w(Said("wave {wave} · plan sha256 {digest}…", wave=wave_id,
                                 digest=plan_hash(project, wave_id)[:16])),
                   page_of=w(Said("Page {page} of {total}", page="{page}", total="{total}")))
    else:
        raise WizardError("cannot export a plan as {name}", "name the file .pdf or .csv", name=target.name)
    return target
