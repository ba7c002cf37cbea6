"""What the commissioning report says: one evidence structure (also embedded in the PDF as JSON), and the
HTML that Qt lays out into pages. No Qt here."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, date, datetime
from html import escape
from typing import Any

from wizard import version
from wizard.checks.judged import Change
from wizard.checks.sbc import fill_values
from wizard.checks.versions import MINIMUMS
from wizard.report.readings import settled_summary
from wizard.report.words import Words
from wizard.runbook.judged import change_label
from wizard.runbook.model import Runbook, Step
from wizard.runbook.summary import APPLIED, COUNTS, sheet_values
from wizard.said import Said
from wizard.store.project import ProjectFile, StepRecord

FORMAT = "psi-wizard-report/1"
SECRET_KEYS = {"password", "passphrase", "secret", "client_secret", "token", "access_token", "refresh_token",
               "ippassw", "proxy_password", "authorization"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
HOW = {"confirmed": Said("confirmed by hand"), "waived": Said("waived")}
AUTOMATIC, PROBED, NOT_DONE = (Said("automatic check"), Said("network probe from the engineer's laptop"),
                               Said("not done"))
LATER_READ = Said("passed by a later read")
OUTDATED = Said("outdated")
CHECK_AGAIN = Said("to check again")


def _outdated(spec: Step, outdated: dict[str, Any] | None) -> dict[str, Any] | None:
    """What changed since the step's check judged it (wizard.checks.judged), each value named as the report says
    it: a Site field's label, the step input's, or a connection setting as system.setting; None when current."""
    if not outdated:
        return None
    changes = []
    for raw in outdated.get("changes", []):
        change = Change(str(raw["name"]), raw.get("old"), raw.get("new"))
        context, field = change_label(spec, change)
        changes.append({"name": change.name, "field": field, "context": context, "old": change.old,
                        "new": change.new})
    return {"changes": changes, "checked_at": outdated.get("checked_at", ""), "was": outdated.get("was", "")}


SUBJECT = "Commissioning of Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC"
KEYWORDS = ("Zoom PSI", "OpenScape 4000", "OpenScape SBC", "commissioning report")


def report_title(site: dict[str, str], words: Words | None = None) -> str:
    w = words or Words()
    where = " — ".join(v for v in (site.get("customer", "").strip(), site.get("site", "").strip()) if v)
    return w(Said("Commissioning report — {where}", where=where)) if where else w(Said("Commissioning report"))


def default_report_name(site: dict[str, str], day: date) -> str:
    """customer-site-YYYY-MM-DD-commissioning-report.pdf, in letters, digits and dashes any file system takes."""
    parts = [site.get("customer", ""), site.get("site", ""), day.isoformat(), "commissioning-report"]
    words = ["".join(ch if ch.isalnum() else "-" for ch in part.strip().lower()).strip("-") for part in parts]
    return "-".join("-".join(filter(None, w.split("-"))) for w in words if w) + ".pdf"



def scrub(value: Any) -> Any:
    """The same structure with every secret-named field masked: the report never carries a secret."""
    if isinstance(value, dict):
        return {k: ("****" if k.lower() in SECRET_KEYS and v else scrub(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    return value


def _how(step: dict[str, Any], check: str | None) -> str:
    if step["status"] in HOW:
        return HOW[step["status"]]
    if step["status"] in ("passed", "warning", "failed"):
        return PROBED if (check or "").startswith("probe.") else AUTOMATIC
    return NOT_DONE


# everyone the project's waves provisioned (one row per person, each stage's state) and one line per wave: read from
# the waves by wizard.provisioning.people.provisioned and handed to the report as data
Provisioned = tuple[list[dict[str, str]], list[dict[str, object]]]


def build_report_data(runbook: Runbook, project: ProjectFile, *, provisioned: Provisioned,
                      company: str = "") -> dict[str, Any]:
    audit = project.audit_entries()
    summary = settled_summary(runbook, project, lambda: provisioned[0], audit)
    records = project.step_records()
    modes = sorted({e.new for e in audit if e.action == "mode" and e.new})
    site = summary["site"]
    open_findings, superseded, waivers, outdated_steps = [], [], [], []
    chapters = []
    for chapter in summary["chapters"]:
        steps = []
        for step in chapter["steps"]:
            entry = _step_entry(runbook.step(step["id"]), step, records.get(step["id"]))
            if "outdated" in entry:
                outdated_steps.append({"step": step["id"], "title": step["title"], **entry["outdated"]})
            steps.append(entry)
            for finding in entry["findings"]:
                if finding.get("superseded_by"):  # a later read of its fact settled it: listed, never as open
                    superseded.append({"step": step["id"], "title": step["title"], **finding})
                elif step["status"] in ("failed", "warning", "blocked"):
                    open_findings.append({"step": step["id"], "title": step["title"], **finding})
            if step["status"] == "waived":
                waivers.append({"step": step["id"], "title": step["title"], "reason": step["note"],
                                "by": step["updated_by"], "at": step["updated_at"]})
        chapters.append({**{k: chapter[k] for k in COUNTS}, "id": chapter["id"], "title": chapter["title"],
                         "section": chapter["section"], "verdict": _chapter_verdict(chapter), "steps": steps})
    open_findings.sort(key=lambda f: (SEVERITY_ORDER.get(f["severity"], 3), f["step"]))
    counts = {k: sum(c[k] for c in chapters) for k in COUNTS}
    verdict = overall_verdict(counts)
    data = {
        "format": FORMAT,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "wizard_version": version(),
        "project": {"file": project.path.name, "created_at": project.meta().get("created_at"),
                    "id": project.project_id},  # a re-check proves its baseline is this project's
        "site": site,
        "engineer": {"name": site.get("engineer", ""), "company": company or site.get("company", "")},
        "work": {"from": audit[0].at if audit else None, "to": audit[-1].at if audit else None, "modes": modes},
        "verdict": verdict, **counts,
        "chapters": chapters,
        "open_findings": open_findings,
        "superseded_findings": superseded,
        "outdated_steps": outdated_steps,
        "waivers": waivers,
        "inventory": _inventory(runbook, project, chapters, provisioned),
        "audit": {"entries": summary["audit"]["entries"], "head": summary["audit"]["head"],
                  "intact": summary["audit"]["intact"]},
    }
    return scrub(data)


def _step_entry(spec: Step, step: dict[str, Any], record: StepRecord | None) -> dict[str, Any]:
    """A step as the report keeps it: its status and how it was reached, its findings, evidence and attachments,
    and, for a result outdated since, what changed."""
    result = (record.result or {}) if record else {}
    outdated = _outdated(spec, step.get("outdated"))
    entry = {
        "id": step["id"], "section": step["section"], "title": step["title"], "kind": step["kind"],
        "status": step["status"], "note": step["note"],
        "how": LATER_READ if step.get("superseded") else CHECK_AGAIN if outdated else _how(step, spec.check),
        "by": step["updated_by"], "at": step["updated_at"], "blocked_by": step["blocked_by"],
        "findings": step["findings"], "evidence": result.get("evidence", {}),
        "attachments": [{"name": a["name"], "sha256": a["sha256"], "size": a["size"]} for a in step["evidence"]],
    }
    if outdated:
        entry["outdated"] = outdated
    return entry


def overall_verdict(counts: dict[str, int]) -> str:
    """Complete: every step passed or confirmed. With open items: nothing failed, outdated or left open, but
    warnings or waivers stand. Incomplete: anything else."""
    if counts["done"] == counts["total"]:
        return "complete"
    if not (counts["failed"] or counts["blocked"] or counts.get("outdated") or counts["open"]):
        return "complete with open items"
    return "incomplete"


def _chapter_verdict(chapter: dict[str, Any]) -> str:
    if not chapter["total"]:
        return "—"
    if chapter["failed"] or chapter["blocked"]:
        return Said("failed items")
    if chapter["done"] == chapter["total"]:
        return Said("done")
    if chapter.get("outdated"):
        return Said("{number} outdated, to check again", number=chapter["outdated"])
    return Said("done with warnings or waivers") if not chapter["open"] else Said("in progress")


def _inventory(runbook: Runbook, project: ProjectFile, chapters: list[dict[str, Any]],
               provisioned: Provisioned) -> dict[str, Any]:
    steps = {s["id"]: s for c in chapters for s in c["steps"]}
    users, waves = provisioned
    system_number = steps.get("2.2-system-number", {}).get("evidence", {}).get("system_numbers")
    return {"versions": _observed_versions(runbook, project, steps), "system_number": system_number,
            "certificates": _certificate_chains(steps), "network": _probe_results(runbook, steps),
            "sbc_settings": _sbc_sheet(runbook, project),
            "users": users or _people_planned(steps), "waves": waves}


def _observed_versions(runbook: Runbook, project: ProjectFile,
                    steps: dict[str, dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Each product's version as the engineer read it, beside the minimum the guide asks for."""
    versions: dict[str, dict[str, str]] = {}
    for step in runbook.steps:
        if not (step.check and step.check.startswith("version.")):
            continue
        observed = project.step_inputs(step.id).get("observed")
        minimum = MINIMUMS.get(step.check.removeprefix("version."))
        if observed and minimum:
            versions[minimum.product] = {"observed": observed, "minimum": minimum.text,
                                         "status": steps[step.id]["status"]}
    return versions


def _chain_of(evidence: dict[str, Any]) -> list[dict[str, Any]] | None:
    # the certificate files chosen in §9.3 record their chain; the SBC's TLS probe records the chain it was served
    return evidence.get("chain") or evidence.get("served_chain")


CERTIFICATE_SOURCES = {"9.3-certificate-files": "Certificate files chosen for the SBC (§9.3)",
                       "2.2.2-firewall-inbound": "Certificate chain the SBC served to the TLS probe (§2.2.2)"}


def _certificate_chains(steps: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"source": sid, "chain": _chain_of(steps[sid]["evidence"]),
             "zoom_confirmation": steps[sid]["evidence"].get("zoom_confirmation")}
            for sid in ("9.3-certificate-files", "2.2.2-firewall-inbound")
            if sid in steps and _chain_of(steps[sid]["evidence"])]


def _probe_results(runbook: Runbook, steps: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {sid: {"title": step["title"], "status": step["status"], "evidence": step["evidence"]}
            for sid, step in steps.items() if (runbook.step(sid).check or "").startswith("probe.") and step["evidence"]}


def _sbc_sheet(runbook: Runbook, project: ProjectFile) -> list[dict[str, Any]]:
    """Every value the SBC and emergency chapters set, filled from the site, and whether the engineer ticked it
    as applied."""
    filled = sheet_values(project)
    sheet: list[dict[str, Any]] = []
    for step in runbook.steps:
        if step.chapter_id not in ("sbc", "emergency") or not step.values:
            continue
        applied = {k.removeprefix(APPLIED) for k, v in project.step_inputs(step.id).items()
                   if k.startswith(APPLIED) and v}
        sheet.append({"step": step.id, "title": step.title, "values": [
            {"setting": label, "value": value, "applied": label in applied, "shown": label in step.shown}
            for label, value in fill_values(step.values, filled)]})
    return sheet


NOT_PROVISIONED = Said("not provisioned yet")


def _people_planned(steps: dict[str, dict[str, Any]]) -> list[dict[str, str]]:
    """When no wave ran: the people the reconciliation paired, none of them provisioned yet."""
    users_step = steps.get("7.1.3.2-add-integrated-users", {})
    return [{"email": p["email"], "station": p["station"], "zoom": "-", "psi": "-", "os4k": "-",
             "assistant": "-", "verify": "-", "stage": NOT_PROVISIONED}
            for p in users_step.get("evidence", {}).get("pairs", [])]


def evidence_bytes(data: dict[str, Any]) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------- HTML
STATUS_COLOUR = {"passed": "#2e7d32", "confirmed": "#2e7d32", "warning": "#b26a00", "failed": "#c62828",
                 "blocked": "#c62828", "waived": "#7b1fa2", "not started": "#8a949e", "running": "#1565c0",
                 "outdated": "#b26a00"}
VERDICT_TEXT = {"complete": Said("Complete"), "complete with open items": Said("Complete, with open items"),
                "incomplete": Said("Incomplete")}
# the words the evidence keeps in English (a step's status, a finding's severity, a wave's and a person's state),
# said in the report's language
WORDS = {
    "passed": Said("passed"), "confirmed": Said("confirmed"), "warning": Said("warning"), "failed": Said("failed"),
    "blocked": Said("blocked"), "waived": Said("waived"), "not started": Said("not started"),
    "outdated": OUTDATED,
    "running": Said("running"), "error": Said("error"), "info": Said("info"), "integrated": Said("integrated"),
    "done": Said("done"), "waiting": Said("waiting"), "planned": Said("planned"), "sent": Said("sent"),
    "already": Said("already"), "paused": Said("paused"), "undone": Said("undone"), "live": Said("live"),
    "demo": Said("demo"), "offline": Said("offline"), "Zoom user": Said("Zoom user"),
    "portal round": Said("portal round"), "AMOs": Said("AMOs"), "Assistant": Said("Assistant"),
    "read-back": Said("read-back"), "connected": Said("connected")}


# a project's modes (wizard.store.modes) as the window's status bar names them
MODES = {"live": Said("Live"), "offline": Said("Offline checklist"), "demo": Said("Demo")}


def _word(w: Words, text: str) -> str:
    """A word the evidence keeps in English, in the report's language; a stage as 'Zoom user: waiting' in parts."""
    if text in WORDS:
        return w(WORDS[text])
    if ": " in text:
        stage, state = text.split(": ", 1)
        return f"{_word(w, stage)}: {_word(w, state)}"
    return w(text)


def _e(value: object) -> str:
    return escape(str(value if value is not None else ""))


# an AMO command as the fixes and the OS4K's answers write it: verb-AMO, then its parameters up to the ';' (a quoted
# value or a <placeholder> may hold spaces)
AMO_COMMAND = re.compile(r'\b[A-Z]{2,12}-[A-Z][A-Z0-9]{1,9}:(?:"[^"]*"|<[^>]*>|[^\s;"<])*;')


def whole(text: str, size: float = 7) -> str:
    """A command or a hash on a line of its own that never breaks (a block with white-space: pre; Qt's rich text
    honours it on a block, not on an inline span) in a monospace font small enough for the widest column it is
    in, so it reads back from the PDF's text and copies as one line."""
    return (f'<p style="margin-top:1px; margin-bottom:1px; white-space:pre; font-family:\'DejaVu Sans Mono\'; '
            f'font-size:{size}pt">{_e(text)}</p>')


def with_commands(text: str) -> str:
    """Prose with every AMO command in it set whole on a line of its own (see `whole`)."""
    parts, at = [], 0
    for match in AMO_COMMAND.finditer(text):
        parts += [_e(text[at:match.start()].strip()), whole(match.group())]
        at = match.end()
    parts.append(_e(text[at:].strip()))
    return "".join(part for part in parts if part)


def _when(value: str | None) -> str:
    return value[:16].replace("T", " ") + " UTC" if value else ""


def _table(headers: list[str] | None, rows: list[list[str]], widths: list[int] | None = None, *,
           size: float = 0) -> str:
    """A table whose header row repeats on every page it spans; without headers, a key/value table; `size`: a
    smaller font for a long table of figures (the SIP ladder)."""
    def width(i: int) -> str:
        return f" width={widths[i]}%" if widths else ""

    head = ("<thead><tr>" + "".join(f'<th align="left" bgcolor="#e8edf3"{width(i)}>{h}</th>'
                                    for i, h in enumerate(headers)) + "</tr></thead>") if headers else ""
    body = "".join("<tr>" + "".join(
        f'<td valign="top"{width(i) if not headers else ""}{" bgcolor=#f3f6fa" if not headers and i == 0 else ""}>'
        f"{c}</td>" for i, c in enumerate(row)) + "</tr>" for row in rows)
    font = f"; font-size:{size}pt" if size else ""
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-color:#c9d1db{font}">'
            f"{head}<tbody>{body}</tbody></table>")


def _heads(w: Words, *heads: Said) -> list[str]:
    return [_e(w(head)) for head in heads]


def _status(w: Words, status: str) -> str:
    return (f'<span style="color:{STATUS_COLOUR.get(status, "#333")}; font-weight:600">'
            f"{_e(_word(w, status))}</span>")


def counts_text(w: Words, counts: dict[str, Any]) -> str:
    """'12 of 20 done · 2 with warnings · 1 waived · 1 failed · 4 not started': every kind apart, never folded into
    'done' (as wizard.runbook.summary.counts_text says it in English)."""
    parts = [w(Said("{done} of {total} done", done=counts["done"], total=counts["total"]))]
    kinds = {"warnings": Said("{number} with warnings", number=counts["warnings"]),
             "waived": Said("{number} waived", number=counts["waived"]),
             "failed": Said("{number} failed", number=counts["failed"]),
             "blocked": Said("{number} blocked", number=counts["blocked"]),
             "outdated": Said("{number} outdated", number=counts.get("outdated", 0)),
             "open": Said("{number} not started", number=counts["open"])}
    return " · ".join(parts + [w(said) for key, said in kinds.items() if counts.get(key)])


def render_html(data: dict[str, Any], evidence_sha256: str, *, signed_note: str = "",
                words: Words | None = None) -> str:
    from wizard.report.test_calls import render_test_calls  # it says its findings with this module's helpers

    w = words or Words()
    return "".join([f'<html lang="{w.language}"><body style="font-size: 9.5pt; color:#1b2733">',
                    _cover(w, data),
                    _summary(w, data),
                    _inventory_found(w, data["inventory"]),
                    render_test_calls(w, data),
                    _steps_in_guide_order(w, data["chapters"]),
                    _acceptance(w, data["audit"], evidence_sha256, signed_note),
                    "</body></html>"])


def _chapter_label(w: Words, chapter: dict[str, Any]) -> str:
    title = w.runbook(chapter["title"])
    return f"{title} §{chapter['section']}" if chapter["section"] else title


def _cover(w: Words, data: dict[str, Any]) -> str:
    """The first page: whose site, who did the work and when, and the verdict at a glance."""
    site, engineer, work = data["site"], data["engineer"], data["work"]
    title = (f'<p style="font-size:9pt; color:#5e6b78">{_e(w(COVER_LINE))}</p>'
             f"<h1 style=\"font-size:20pt\">{_e(site.get('customer'))}</h1>"
             f"<h2 style=\"font-size:13pt; color:#44515e\">{_e(site.get('site'))}</h2>")
    made = Said("{when} with psi-wizard {version}", when=_when(data["generated_at"]), version=data["wizard_version"])
    cover = [[_e(w(Said("Engineer"))), _e(engineer["name"])], [_e(w(Said("Company"))), _e(engineer["company"])],
             [_e(w(Said("Work done"))), _e(w(Said("{start} to {end}", start=_when(work["from"]),
                                                   end=_when(work["to"]))))],
             [_e(w(Said("Modes used"))), _e(", ".join(w(MODES.get(mode, mode)) for mode in work["modes"] or ["live"]))],
             [_e(w(Said("Overall verdict"))),
              f"<b>{_e(w(VERDICT_TEXT[data['verdict']]))}</b> — {_e(counts_text(w, data))}"],
             [_e(w(Said("Report made"))), _e(w(made))]]
    # a reader must not take a hand-confirmed step for one the wizard checked against the live system
    offline = (f"<p><i>{_e(w(OFFLINE_NOTE))}</i></p>") if "offline" in work["modes"] else ""
    return title + _table(None, cover, [28, 72]) + offline


COVER_LINE = Said("Commissioning report · Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC")
OFFLINE_NOTE = Said("Parts of this work were done in offline checklist mode: steps that need a live system were "
                    "confirmed by hand, as shown per step.")


def _h(w: Words, level: int, text: Said, *, new_page: bool = False) -> str:
    size = {2: "14pt", 3: "11.5pt"}[level]
    style = f"font-size:{size}" + ("; page-break-before: always" if new_page else "")
    return f'<h{level} style="{style}">{_e(w(text))}</h{level}>'


def _summary(w: Words, data: dict[str, Any]) -> str:
    """Per chapter how far it got, then what is still open and what was waived."""
    chapters = _table(_heads(w, Said("Chapter"), Said("Done"), Said("Warnings"), Said("Waived"), Said("Failed"),
                             Said("Not started"), Said("Verdict")), [
        [_e(_chapter_label(w, c)), f"{c['done']} / {c['total']}", str(c["warnings"]), str(c["waived"]),
         str(c["failed"] + c["blocked"]), str(c["open"]), _e(w(c["verdict"]))]
        for c in data["chapters"] if c["total"]], [28, 9, 12, 10, 9, 12, 20])
    return (_h(w, 2, Said("Summary")) + chapters
            + _h(w, 3, Said("Open findings")) + _open_findings(w, data["open_findings"])
            + _superseded(w, data.get("superseded_findings", []))
            + _outdated_steps(w, data.get("outdated_steps", []))
            + _h(w, 3, Said("Waivers")) + _waivers(w, data["waivers"]))


FIX = Said("Fix:")


def _none(w: Words) -> str:
    return f"<p>{_e(w(Said('None.')))}</p>"


def _open_findings(w: Words, findings: list[dict[str, Any]]) -> str:
    if not findings:
        return _none(w)

    def row(f: dict[str, Any]) -> list[str]:
        message, fix = w.finding(f)
        where = f"<b>{_e(_word(w, f['severity']))}</b><br/>{_e(w.runbook(f['title']))}<br/><small>{_read(w, f)}</small>"
        return [where, f"{with_commands(message)}<br/><i>{_e(w(FIX))}</i> {with_commands(fix)}"]

    return _table(_heads(w, Said("Severity and step"), Said("Finding and fix")), [row(f) for f in findings], [30, 70])


def _read(w: Words, finding: dict[str, Any]) -> str:
    if not finding.get("source"):
        return ""
    return _e(w(Said("{source}, {when}", source=w(finding["source"]), when=_when(finding.get("read_at")))))


def _superseded(w: Words, findings: list[dict[str, Any]]) -> str:
    """Findings a later read of the same fact settled: what was found, where and when, and the read that settled
    it. Not open."""
    if not findings:
        return ""

    def row(f: dict[str, Any]) -> list[str]:
        later = f["superseded_by"]
        return [f"{with_commands(w.finding(f)[0])}<br/><small>{_e(w.runbook(f['title']))}; {_read(w, f)}</small>",
                _e(w(Said("{source}, {when}", source=w(later["source"]), when=_when(later["at"]))))]

    return (_h(w, 3, Said("Superseded findings")) + f"<p>{_e(w(SUPERSEDED_NOTE))}</p>"
            + _table(_heads(w, Said("Finding, as first read"), Said("Superseded by")), [row(f) for f in findings],
                     [62, 38]))


def outdated_text(w: Words, outdated: dict[str, Any]) -> str:
    """"outdated: SBC SIP-TLS port changed from 38245 to 5071 after it was checked on 2026-12-07; check it again",
    in the report's language."""
    empty = w(Said("(empty)"))

    def field(change: dict[str, Any]) -> str:
        name = str(change["field"])
        return w.look_up(change["context"], name) if change.get("context") else name

    said = [w(Said("{field} changed", field=field(c))) if c.get("old") is None or c.get("new") is None
            else w(Said("{field} changed from {old} to {new}", field=field(c), old=c["old"] or empty,
                        new=c["new"] or empty))
            for c in outdated["changes"]]
    return w(Said("outdated: {changes} after it was checked on {date}; check it again", changes=", ".join(said),
                  date=str(outdated.get("checked_at", ""))[:10]))


def _outdated_steps(w: Words, steps: list[dict[str, Any]]) -> str:
    """Steps whose check judged values the project holds otherwise now: not done, whatever they found then."""
    if not steps:
        return ""
    return (_h(w, 3, Said("Outdated results")) + f"<p>{_e(w(OUTDATED_NOTE))}</p>"
            + _table(_heads(w, Said("Step"), Said("What changed")),
                     [[_e(w.runbook(s["title"])), _e(outdated_text(w, s))] for s in steps], [35, 65]))


OUTDATED_NOTE = Said("These steps were checked against values changed since; until they are checked again they are "
                     "not done.")


SUPERSEDED_NOTE = Said("Found in an earlier read; a later read of the same fact found it right, so none of them is "
                       "open.")


def _waivers(w: Words, waivers: list[dict[str, Any]]) -> str:
    if not waivers:
        return _none(w)
    return _table(_heads(w, Said("Step"), Said("Reason"), Said("Waived by")), [
        [_e(w.runbook(x["title"])), _e(w(x["reason"])), f"{_e(x['by'])}<br/>{_e(_when(x['at']))}"] for x in waivers],
        [35, 45, 20])


def _inventory_found(w: Words, inventory: dict[str, Any]) -> str:
    """What the site runs, as the checks saw it: versions, certificates, probes, the SBC sheet and the people."""
    return "".join([_h(w, 2, Said("Inventory found"), new_page=True),
                    _versions_found(w, inventory["versions"]),
                    _system_number(w, inventory["system_number"]),
                    *(_certificate(w, cert) for cert in inventory["certificates"]),
                    _network_probes(w, inventory["network"]),
                    _sbc_settings_sheet(w, inventory["sbc_settings"]),
                    _users(w, inventory["waves"], inventory["users"])])


def _versions_found(w: Words, versions: dict[str, dict[str, str]]) -> str:
    if not versions:
        return ""
    return _table(_heads(w, Said("Component"), Said("Found"), Said("Minimum"), Said("Result")), [
        [_e(w(name)), _e(v["observed"]), _e(v["minimum"]), _status(w, v["status"])]
        for name, v in versions.items()], [40, 25, 20, 15])


def _system_number(w: Words, system_number: dict[str, str] | None) -> str:
    if not system_number:
        return ""
    numbers = ", ".join(f"{k} {v}" for k, v in system_number.items())
    return f"<p>{_e(w(Said('System number: {numbers}', numbers=numbers)))}</p>"


CERTIFICATE_SOURCES = {"9.3-certificate-files": Said("Certificate files chosen for the SBC (§9.3)"),
                       "2.2.2-firewall-inbound": Said("Certificate chain the SBC served to the TLS probe (§2.2.2)")}


def _certificate(w: Words, cert: dict[str, Any]) -> str:
    # one key/value table per certificate, so its SHA-256 fingerprint has the page's width and stays on one line
    title = CERTIFICATE_SOURCES.get(cert["source"], cert["source"])
    return (f"<h3 style=\"font-size:11pt\">{_e(w(title))}</h3>"
            + "".join(_table(None, [
                [_e(w(Said("Subject"))), _e(c["subject"])],
                [_e(w(Said("DNS names"))), _e(", ".join(c.get("dns_names", [])))],
                [_e(w(Said("Issuer"))), _e(c["issuer"])],
                [_e(w(Said("Valid"))), _e(w(Said("{start} to {end}", start=c["not_before"][:10],
                                                 end=c["not_after"][:10])))],
                [_e(w(Said("Key"))), _e(c.get("key", ""))],
                ["SHA-256", whole(c["sha256"], 6.5)]], [16, 84]) for c in cert["chain"] or [])
            + _zoom_confirmation(w, cert.get("zoom_confirmation")))


def _zoom_confirmation(w: Words, confirmed: dict[str, str] | None) -> str:
    """The engineer's word that Zoom accepts a root no public list names, and that root's SHA-256."""
    if not confirmed:
        return ""
    said = Said("Zoom's acceptance of the root {root}, as the engineer recorded it: {note}. The root's SHA-256:",
                root=confirmed.get("root", ""), note=confirmed.get("note", ""))
    return f"<p>{_e(w(said))}</p>{whole(confirmed.get('sha256', ''))}"


def _network_probes(w: Words, network: dict[str, dict[str, Any]]) -> str:
    if not network:
        return ""
    return (f"<h3 style=\"font-size:11pt\">{_e(w(Said('Network probes')))}</h3>"
            + _table(_heads(w, Said("Probe"), Said("Result"), Said("What was seen")), [
                [_e(w.runbook(n["title"])), _status(w, n["status"]), _e(_probe_summary(w, n["evidence"]))]
                for n in network.values()], [38, 12, 50]))


def _sbc_settings_sheet(w: Words, sheet: list[dict[str, Any]]) -> str:
    # the dialog's name only on its first setting: the rows below it belong to the same dialog; the settings and
    # values as the portal shows them, the guide's words about a value in the report's language
    yes = _e(w(Said("yes")))
    return (f"<h3 style=\"font-size:11pt\">{_e(w(Said('SBC settings sheet')))}</h3>"
            + _table(_heads(w, Said("Dialog"), Said("Setting"), Said("Value"), Said("Applied")), [
                [_e(w.runbook(s["title"])) if i == 0 else "", _e(w.portal_value(v["setting"])),
                 _e(w.portal_value(v["value"])), yes if v["applied"] else ""]
                for s in sheet for i, v in enumerate(s["values"])], [30, 25, 35, 10]))


def _users(w: Words, waves: list[dict[str, Any]], people: list[dict[str, str]]) -> str:
    return (f"<h3 style=\"font-size:11pt\">{_e(w(Said('Users')))}</h3>" + _provisioning_waves(w, waves)
            + _people(w, people))


def _provisioning_waves(w: Words, waves: list[dict[str, Any]]) -> str:
    if not waves:
        return ""
    table = _table(_heads(w, Said("Provisioning wave"), Said("State"), Said("People"), Said("Changes done"),
                          Said("Waiting"), Said("Failed")), [
        [_e(x["wave"]), _e(_word(w, str(x["state"]))), str(x["people"]), str(x["done"]), str(x["waiting"]),
         str(x["failed"])] for x in waves], [34, 14, 13, 13, 13, 13])
    # each wave's plan hash, as its change plan PDF and the project's audit log print it
    hashes = "".join(f"<p>{_e(w(Said('Plan SHA-256 of wave {wave}:', wave=x['wave'])))}</p>"
                     f"{whole(str(x['plan_sha256']))}" for x in waves if x.get("plan_sha256"))
    return table + hashes + _refused_amos(w, waves)


def _refused_amos(w: Words, waves: list[dict[str, Any]]) -> str:
    errors = [(x["wave"], e) for x in waves for e in x["amo_errors"]]
    if not errors:
        return ""
    # the OS4K's answer in its own words, as it printed it
    return (f"<p>{_e(w(Said('AMOs the OS4K refused:')))}</p>"
            + _table(_heads(w, Said("Wave"), Said("AMO and answer")),
                     [[_e(x), with_commands(e)] for x, e in errors], [30, 70]))


def _people(w: Words, people: list[dict[str, str]]) -> str:
    if not people:
        return f"<p>{_e(w(Said('No user provisioning is recorded in this project.')))}</p>"
    integrated = sum(1 for u in people if u["stage"] == "integrated")
    # three cells a person: 'integrated' says every stage (Zoom user, portal, AMOs, Assistant, read-back) is done
    # or was found in place, another stage names the first one not through, and evidence.json keeps each stage's
    # state; five more columns of 'done' made a 10,000-person site's report slow to lay out and no clearer
    said = Said("{integrated} of {people} people are integrated: every stage done and read back from Zoom and the "
                "OS4K. For the others the stage they are at is named.", integrated=integrated, people=len(people))
    return (f"<p>{_e(w(said))}</p>"
            + _table(_heads(w, Said("Email"), Said("Station"), Said("Stage")),
                     [[_e(u["email"]), _e(u["station"]), _e(_word(w, u["stage"]))] for u in people], [50, 15, 35]))


def _steps_in_guide_order(w: Words, chapters: list[dict[str, Any]]) -> str:
    """Every step, chapter by chapter, with its evidence, status and who did it when."""
    return (_h(w, 2, Said("Steps, in the order of the guide"), new_page=True)
            + "".join(_chapter_steps(w, c) for c in chapters if c["steps"]))


# §, step and evidence, status, by whom and when. § takes a four-part section (10.3.2.1) in its own width: at 7 % the
# Emergency chapter's 10.3.2.1 widened it and squeezed "By, when" until "Demo Engineer" wrapped
STEP_WIDTHS = [10, 55, 17, 18]


def _chapter_steps(w: Words, chapter: dict[str, Any]) -> str:
    return (f'<h3 style="font-size:11.5pt">{_e(_chapter_label(w, chapter))}</h3>'
            + _table(["§", *_heads(w, Said("Step and evidence"), Said("Status"), Said("By, when"))],
                     [_step_row(w, s) for s in chapter["steps"]], STEP_WIDTHS))


def _step_row(w: Words, step: dict[str, Any]) -> list[str]:
    who = f"{_e(step['by'])}<br/>{_e(_when(step['at']))}" if step["at"] else ""
    return [_e(step["section"]), _lines(_step_evidence(w, step)),
            f"{_status(w, step['status'])}<br/>{_e(w(step['how']))}", who]


def _lines(parts: list[str]) -> str:
    """Parts on lines of their own: a line break between two, none after a block (a whole command or hash), which
    ends its line itself; one there would leave an empty line below it."""
    return "".join(part + ("" if part.endswith("</p>") or i == len(parts) - 1 else "<br/>")
                   for i, part in enumerate(parts))


def _step_evidence(w: Words, step: dict[str, Any]) -> list[str]:
    """The step's title, its note (the reason, when waived), its first findings, what blocks it and its attachments."""
    lines = [f"<b>{_e(w.runbook(step['title']))}</b> <span style='color:#5e6b78'>({_e(step['id'])})</span>"]
    if step["note"]:
        note = (Said("Reason: {note}", note=step["note"]) if step["status"] == "waived"
                else Said("Note: {note}", note=step["note"]))
        lines.append(_e(w(note)))
    if step.get("outdated"):  # what changed since the check, before what it found then
        lines.append(f"<i>{_e(outdated_text(w, step['outdated']))}</i>")
    # six findings are enough to say what is wrong; the rest is in evidence.json
    for f in step["findings"][:6]:
        severity = _word(w, f["severity"])
        said = (Said("superseded {severity}: {message}", severity=severity, message="{message}")
                if f.get("superseded_by") else Said("{severity}: {message}", severity=severity, message="{message}"))
        # the message set in afterwards: its AMO commands each on a line of their own
        lines.append(_e(w(said)).replace("{message}", with_commands(w.finding(f)[0]), 1))
    if step["blocked_by"]:
        lines.append(_e(w(Said("Blocked by {steps}", steps=", ".join(step["blocked_by"])))))
    lines += [f"{_e(w(Said('Attachment {name}, SHA-256', name=a['name'])))} {whole(a['sha256'])}"
              for a in step["attachments"]]
    return lines


def _acceptance(w: Words, audit: dict[str, Any], evidence_sha256: str, signed_note: str) -> str:
    """The customer's signature block, and what makes the report checkable: the audit chain and the evidence's hash."""
    chain = (Said("Audit log: {entries} entries, intact; final chain hash:", entries=audit["entries"])
             if audit["intact"] else
             Said("Audit log: {entries} entries, BROKEN; final chain hash:", entries=audit["entries"]))
    parts = [_h(w, 2, Said("Acceptance"), new_page=True),
             f"<p>{_e(w(Said('The customer confirms that the work described in this report was carried out.')))}</p>",
             _table(None, [[_e(w(Said("Name"))), "<br/><br/>"], [_e(w(Said("Role"))), "<br/><br/>"],
                           [_e(w(Said("Date"))), "<br/><br/>"], [_e(w(Said("Signature"))), "<br/><br/><br/>"]],
                    [20, 80]),
             f"<h3 style=\"font-size:11pt\">{_e(w(Said('Integrity')))}</h3>",
             f"<p>{_e(w(chain))}</p>{whole(audit['head'], 8)}",
             f"<p>{_e(w(EVIDENCE_NOTE))}</p>{whole(evidence_sha256, 8)}"]
    if signed_note:
        parts.append(f"<p>{_e(w(signed_note))}</p>")
    return "".join(parts)


EVIDENCE_NOTE = Said("The machine-readable evidence is attached to this PDF as evidence.json. Its SHA-256 is:")


def _probe_summary(w: Words, evidence: dict[str, Any]) -> str:
    """What a probe saw, in a line: the DNS answers, the TLS handshake, the SIP answers, the proxy's answers (each
    peer's own words, such as '200 Connection established', as it gave them)."""
    if "answers" in evidence:
        return "; ".join(f"{k}: {', '.join(v) or '—'}" for k, v in evidence["answers"].items())
    if "protocol" in evidence and "accepts" in evidence:
        accepted = ", ".join(k for k, v in evidence["accepts"].items() if v)
        return w(Said("{protocol}, {cipher}; accepts {accepted}", protocol=evidence["protocol"],
                      cipher=evidence.get("cipher", ""), accepted=accepted))
    if "options" in evidence:
        granted = evidence.get("granted_expiry")
        options = w(Said("OPTIONS {answer}", answer=evidence["options"]))
        return options + ("; " + w(Said("REGISTER granted {seconds} s", seconds=granted)) if granted else "")
    if "ladder" in evidence:  # a test call: its figures are in the Test calls section
        setup = evidence.get("setup_ms")
        return w(Said("set up in {setup} ms, {codec}, {suite}; see Test calls",
                      setup=f"{setup:.0f}" if isinstance(setup, int | float) else "—",
                      codec=evidence.get("codec") or "—", suite=evidence.get("crypto_suite") or "—"))
    if "targets" in evidence:
        shown = "; ".join(f"{t}: {e.get('connect_status') or w(Said('direct'))}"
                          for t, e in evidence["targets"].items())
        return w(Said("via {proxy}: {targets}", proxy=evidence.get("via"), targets=shown))
    return ""
