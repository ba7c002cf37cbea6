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
from wizard.checks.sbc import fill_values
from wizard.checks.versions import MINIMUMS
from wizard.report.readings import settled_summary
from wizard.runbook.model import Runbook
from wizard.runbook.summary import APPLIED, COUNTS, counts_text, sheet_values
from wizard.store.project import ProjectFile

FORMAT = "psi-wizard-report/1"
SECRET_KEYS = {"password", "passphrase", "secret", "client_secret", "token", "access_token", "refresh_token",
               "ippassw", "proxy_password", "authorization"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
HOW = {"confirmed": "confirmed by hand", "waived": "waived"}


SUBJECT = "Commissioning of Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC"
KEYWORDS = ("Zoom PSI", "OpenScape 4000", "OpenScape SBC", "commissioning report")


def report_title(site: dict[str, str]) -> str:
    where = " — ".join(v for v in (site.get("customer", "").strip(), site.get("site", "").strip()) if v)
    return f"Commissioning report — {where}" if where else "Commissioning report"


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
        return "network probe from the engineer's laptop" if (check or "").startswith("probe.") else "automatic check"
    return "not done"


# everyone the project's waves provisioned (one row per person, each stage's state) and one line per wave: read from
# the waves by wizard.provisioning.people.provisioned and handed to the report as data
Provisioned = tuple[list[dict[str, str]], list[dict[str, object]]]


def build_report_data(runbook: Runbook, project: ProjectFile, *, provisioned: Provisioned,
                      company: str = "") -> dict[str, Any]:
    audit = project.audit_entries()
    summary = settled_summary(runbook, project, provisioned[0], audit)
    records = project.step_records()
    modes = sorted({e.new for e in audit if e.action == "mode" and e.new})
    site = summary["site"]
    open_findings, superseded, waivers = [], [], []
    chapters = []
    for chapter in summary["chapters"]:
        steps = []
        for step in chapter["steps"]:
            spec = runbook.step(step["id"])
            record = records.get(step["id"])
            result = (record.result or {}) if record else {}
            entry = {
                "id": step["id"], "section": step["section"], "title": step["title"], "kind": step["kind"],
                "status": step["status"], "note": step["note"],
                "how": "passed by a later read" if step.get("superseded") else _how(step, spec.check),
                "by": step["updated_by"], "at": step["updated_at"], "blocked_by": step["blocked_by"],
                "findings": step["findings"], "evidence": result.get("evidence", {}),
                "attachments": [{"name": a["name"], "sha256": a["sha256"], "size": a["size"]}
                                for a in step["evidence"]],
            }
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
        "waivers": waivers,
        "inventory": _inventory(runbook, project, chapters, provisioned),
        "audit": {"entries": summary["audit"]["entries"], "head": summary["audit"]["head"],
                  "intact": summary["audit"]["intact"]},
    }
    return scrub(data)


def overall_verdict(counts: dict[str, int]) -> str:
    """Complete: every step passed or confirmed. With open items: nothing failed or left open, but warnings or
    waivers stand. Incomplete: anything else."""
    if counts["done"] == counts["total"]:
        return "complete"
    if not (counts["failed"] or counts["blocked"] or counts["open"]):
        return "complete with open items"
    return "incomplete"


def _chapter_verdict(chapter: dict[str, Any]) -> str:
    if not chapter["total"]:
        return "—"
    if chapter["failed"] or chapter["blocked"]:
        return "failed items"
    if chapter["done"] == chapter["total"]:
        return "done"
    return "done with warnings or waivers" if not chapter["open"] else "in progress"


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


def _people_planned(steps: dict[str, dict[str, Any]]) -> list[dict[str, str]]:
    """When no wave ran: the people the reconciliation paired, none of them provisioned yet."""
    users_step = steps.get("7.1.3.2-add-integrated-users", {})
    return [{"email": p["email"], "station": p["station"], "zoom": "-", "psi": "-", "os4k": "-",
             "assistant": "-", "verify": "-", "stage": "not provisioned yet"}
            for p in users_step.get("evidence", {}).get("pairs", [])]


def evidence_bytes(data: dict[str, Any]) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------- HTML
STATUS_COLOUR = {"passed": "#2e7d32", "confirmed": "#2e7d32", "warning": "#b26a00", "failed": "#c62828",
                 "blocked": "#c62828", "waived": "#7b1fa2", "not started": "#8a949e", "running": "#1565c0"}
VERDICT_TEXT = {"complete": "Complete", "complete with open items": "Complete, with open items",
                "incomplete": "Incomplete"}


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


def _table(headers: list[str] | None, rows: list[list[str]], widths: list[int] | None = None) -> str:
    """A table whose header row repeats on every page it spans; without headers, a key/value table."""
    def width(i: int) -> str:
        return f" width={widths[i]}%" if widths else ""

    head = ("<thead><tr>" + "".join(f'<th align="left" bgcolor="#e8edf3"{width(i)}>{h}</th>'
                                    for i, h in enumerate(headers)) + "</tr></thead>") if headers else ""
    body = "".join("<tr>" + "".join(
        f'<td valign="top"{width(i) if not headers else ""}{" bgcolor=#f3f6fa" if not headers and i == 0 else ""}>'
        f"{c}</td>" for i, c in enumerate(row)) + "</tr>" for row in rows)
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-color:#c9d1db">'
            f"{head}<tbody>{body}</tbody></table>")


def _status(status: str) -> str:
    return f'<span style="color:{STATUS_COLOUR.get(status, "#333")}; font-weight:600">{_e(status)}</span>'


def render_html(data: dict[str, Any], evidence_sha256: str, *, signed_note: str = "") -> str:
    return "".join(['<html><body style="font-size: 9.5pt; color:#1b2733">',
                    _cover(data),
                    _summary(data),
                    _inventory_found(data["inventory"]),
                    _steps_in_guide_order(data["chapters"]),
                    _acceptance(data["audit"], evidence_sha256, signed_note),
                    "</body></html>"])


def _chapter_label(chapter: dict[str, Any]) -> str:
    return f"{chapter['title']} §{chapter['section']}" if chapter["section"] else chapter["title"]


def _cover(data: dict[str, Any]) -> str:
    """The first page: whose site, who did the work and when, and the verdict at a glance."""
    site, engineer, work = data["site"], data["engineer"], data["work"]
    title = (f'<p style="font-size:9pt; color:#5e6b78">Commissioning report · Zoom Phone System Integration with '
             f"OpenScape 4000 and OpenScape SBC</p><h1 style=\"font-size:20pt\">{_e(site.get('customer'))}</h1>"
             f"<h2 style=\"font-size:13pt; color:#44515e\">{_e(site.get('site'))}</h2>")
    cover = [["Engineer", _e(engineer["name"])], ["Company", _e(engineer["company"])],
             ["Work done", f"{_e(_when(work['from']))} to {_e(_when(work['to']))}"],
             ["Modes used", _e(", ".join(work["modes"]) or "live")],
             ["Overall verdict", f"<b>{_e(VERDICT_TEXT[data['verdict']])}</b> — {_e(counts_text(data))}"],
             ["Report made", f"{_e(_when(data['generated_at']))} with psi-wizard {_e(data['wizard_version'])}"]]
    # a reader must not take a hand-confirmed step for one the wizard checked against the live system
    offline = ("<p><i>Parts of this work were done in offline checklist mode: steps that need a live system "
               "were confirmed by hand, as shown per step.</i></p>") if "offline" in work["modes"] else ""
    return title + _table(None, cover, [28, 72]) + offline


def _summary(data: dict[str, Any]) -> str:
    """Per chapter how far it got, then what is still open and what was waived."""
    chapters = _table(["Chapter", "Done", "Warnings", "Waived", "Failed", "Not started", "Verdict"], [
        [_e(_chapter_label(c)), f"{c['done']} / {c['total']}", str(c["warnings"]), str(c["waived"]),
         str(c["failed"] + c["blocked"]), str(c["open"]), _e(c["verdict"])]
        for c in data["chapters"] if c["total"]], [28, 9, 12, 10, 9, 12, 20])
    return ('<h2 style="font-size:14pt">Summary</h2>' + chapters
            + '<h3 style="font-size:11.5pt">Open findings</h3>' + _open_findings(data["open_findings"])
            + _superseded(data.get("superseded_findings", []))
            + '<h3 style="font-size:11.5pt">Waivers</h3>' + _waivers(data["waivers"]))


def _open_findings(findings: list[dict[str, Any]]) -> str:
    if not findings:
        return "<p>None.</p>"
    return _table(["Severity and step", "Finding and fix"], [
        [f"<b>{_e(f['severity'])}</b><br/>{_e(f['title'])}<br/><small>{_read(f)}</small>",
         f"{with_commands(f['message'])}<br/><i>Fix:</i> {with_commands(f.get('fix', ''))}"]
        for f in findings], [30, 70])


def _read(finding: dict[str, Any]) -> str:
    return f"{_e(finding.get('source', ''))}, {_e(_when(finding.get('read_at')))}" if finding.get("source") else ""


def _superseded(findings: list[dict[str, Any]]) -> str:
    """Findings a later read of the same fact settled: what was found, where and when, and the read that settled
    it. Not open."""
    if not findings:
        return ""
    return ('<h3 style="font-size:11.5pt">Superseded findings</h3><p>Found in an earlier read; a later read of the '
            "same fact found it right, so none of them is open.</p>"
            + _table(["Finding, as first read", "Superseded by"], [
                [f"{with_commands(f['message'])}<br/><small>{_e(f['title'])}; {_read(f)}</small>",
                 f"{_e(f['superseded_by']['source'])}, {_e(_when(f['superseded_by']['at']))}"]
                for f in findings], [62, 38]))


def _waivers(waivers: list[dict[str, Any]]) -> str:
    if not waivers:
        return "<p>None.</p>"
    return _table(["Step", "Reason", "Waived by"], [
        [_e(w["title"]), _e(w["reason"]), f"{_e(w['by'])}<br/>{_e(_when(w['at']))}"] for w in waivers],
        [35, 45, 20])


def _inventory_found(inventory: dict[str, Any]) -> str:
    """What the site runs, as the checks saw it: versions, certificates, probes, the SBC sheet and the people."""
    return "".join(['<h2 style="font-size:14pt; page-break-before: always">Inventory found</h2>',
                    _versions_found(inventory["versions"]),
                    _system_number(inventory["system_number"]),
                    *(_certificate(cert) for cert in inventory["certificates"]),
                    _network_probes(inventory["network"]),
                    _sbc_settings_sheet(inventory["sbc_settings"]),
                    _users(inventory["waves"], inventory["users"])])


def _versions_found(versions: dict[str, dict[str, str]]) -> str:
    if not versions:
        return ""
    return _table(["Component", "Found", "Minimum", "Result"], [
        [_e(name), _e(v["observed"]), _e(v["minimum"]), _status(v["status"])]
        for name, v in versions.items()], [40, 25, 20, 15])


def _system_number(system_number: dict[str, str] | None) -> str:
    if not system_number:
        return ""
    return f"<p>System number: {_e(', '.join(f'{k} {v}' for k, v in system_number.items()))}</p>"


def _certificate(cert: dict[str, Any]) -> str:
    # one key/value table per certificate, so its SHA-256 fingerprint has the page's width and stays on one line
    return (f"<h3 style=\"font-size:11pt\">{_e(CERTIFICATE_SOURCES.get(cert['source'], cert['source']))}</h3>"
            + "".join(_table(None, [
                ["Subject", _e(c["subject"])], ["DNS names", _e(", ".join(c.get("dns_names", [])))],
                ["Issuer", _e(c["issuer"])],
                ["Valid", f"{_e(c['not_before'][:10])} to {_e(c['not_after'][:10])}"], ["Key", _e(c.get("key", ""))],
                ["SHA-256", whole(c["sha256"], 6.5)]], [16, 84]) for c in cert["chain"] or [])
            + _zoom_confirmation(cert.get("zoom_confirmation")))


def _zoom_confirmation(confirmed: dict[str, str] | None) -> str:
    """The engineer's word that Zoom accepts a root no public list names, and that root's SHA-256."""
    if not confirmed:
        return ""
    return (f"<p>Zoom's acceptance of the root {_e(confirmed.get('root', ''))}, as the engineer recorded it: "
            f"{_e(confirmed.get('note', ''))}. The root's SHA-256:</p>{whole(confirmed.get('sha256', ''))}")


def _network_probes(network: dict[str, dict[str, Any]]) -> str:
    if not network:
        return ""
    return '<h3 style="font-size:11pt">Network probes</h3>' + _table(["Probe", "Result", "What was seen"], [
        [_e(n["title"]), _status(n["status"]), _e(_probe_summary(n["evidence"]))]
        for n in network.values()], [38, 12, 50])


def _sbc_settings_sheet(sheet: list[dict[str, Any]]) -> str:
    # the dialog's name only on its first setting: the rows below it belong to the same dialog
    return '<h3 style="font-size:11pt">SBC settings sheet</h3>' + _table(["Dialog", "Setting", "Value", "Applied"], [
        [_e(s["title"]) if i == 0 else "", _e(v["setting"]), _e(v["value"]), "yes" if v["applied"] else ""]
        for s in sheet for i, v in enumerate(s["values"])], [30, 25, 35, 10])


def _users(waves: list[dict[str, Any]], people: list[dict[str, str]]) -> str:
    return '<h3 style="font-size:11pt">Users</h3>' + _provisioning_waves(waves) + _people(people)


def _provisioning_waves(waves: list[dict[str, Any]]) -> str:
    if not waves:
        return ""
    table = _table(["Provisioning wave", "State", "People", "Changes done", "Waiting", "Failed"], [
        [_e(w["wave"]), _e(w["state"]), str(w["people"]), str(w["done"]), str(w["waiting"]), str(w["failed"])]
        for w in waves], [34, 14, 13, 13, 13, 13])
    # each wave's plan hash, as its change plan PDF and the project's audit log print it
    hashes = "".join(f"<p>Plan SHA-256 of wave {_e(w['wave'])}:</p>{whole(str(w['plan_sha256']))}"
                     for w in waves if w.get("plan_sha256"))
    return table + hashes + _refused_amos(waves)


def _refused_amos(waves: list[dict[str, Any]]) -> str:
    errors = [(w["wave"], e) for w in waves for e in w["amo_errors"]]
    if not errors:
        return ""
    return "<p>AMOs the OS4K refused:</p>" + _table(["Wave", "AMO and answer"],
                                                    [[_e(w), with_commands(e)] for w, e in errors], [30, 70])


def _people(people: list[dict[str, str]]) -> str:
    if not people:
        return "<p>No user provisioning is recorded in this project.</p>"
    integrated = sum(1 for u in people if u["stage"] == "integrated")
    # three cells a person: 'integrated' says every stage (Zoom user, portal, AMOs, Assistant, read-back) is done
    # or was found in place, another stage names the first one not through, and evidence.json keeps each stage's
    # state; five more columns of 'done' made a 10,000-person site's report slow to lay out and no clearer
    return (f"<p>{integrated} of {len(people)} people are integrated: every stage done and read back from Zoom and "
            "the OS4K. For the others the stage they are at is named.</p>"
            + _table(["Email", "Station", "Stage"], [[_e(u["email"]), _e(u["station"]), _e(u["stage"])]
                                                     for u in people], [50, 15, 35]))


def _steps_in_guide_order(chapters: list[dict[str, Any]]) -> str:
    """Every step, chapter by chapter, with its evidence, status and who did it when."""
    return ('<h2 style="font-size:14pt; page-break-before: always">Steps, in the order of the guide</h2>'
            + "".join(_chapter_steps(c) for c in chapters if c["steps"]))


def _chapter_steps(chapter: dict[str, Any]) -> str:
    return (f'<h3 style="font-size:11.5pt">{_e(_chapter_label(chapter))}</h3>'
            + _table(["§", "Step and evidence", "Status", "By, when"], [_step_row(s) for s in chapter["steps"]],
                     [7, 58, 17, 18]))


def _step_row(step: dict[str, Any]) -> list[str]:
    who = f"{_e(step['by'])}<br/>{_e(_when(step['at']))}" if step["at"] else ""
    return [_e(step["section"]), "<br/>".join(_step_evidence(step)),
            f"{_status(step['status'])}<br/>{_e(step['how'])}", who]


def _step_evidence(step: dict[str, Any]) -> list[str]:
    """The step's title, its note (the reason, when waived), its first findings, what blocks it and its attachments."""
    lines = [f"<b>{_e(step['title'])}</b> <span style='color:#5e6b78'>({_e(step['id'])})</span>"]
    if step["note"]:
        lines.append(f"{'Reason' if step['status'] == 'waived' else 'Note'}: {_e(step['note'])}")
    # six findings are enough to say what is wrong; the rest is in evidence.json
    lines += [("superseded " if f.get("superseded_by") else "") + f"{_e(f['severity'])}: {with_commands(f['message'])}"
              for f in step["findings"][:6]]
    if step["blocked_by"]:
        lines.append(f"Blocked by {_e(', '.join(step['blocked_by']))}")
    lines += [f"Attachment {_e(a['name'])}, SHA-256 {whole(a['sha256'])}" for a in step["attachments"]]
    return lines


def _acceptance(audit: dict[str, Any], evidence_sha256: str, signed_note: str) -> str:
    """The customer's signature block, and what makes the report checkable: the audit chain and the evidence's hash."""
    parts = ['<h2 style="font-size:14pt; page-break-before: always">Acceptance</h2>',
             "<p>The customer confirms that the work described in this report was carried out.</p>",
             _table(None, [["Name", "<br/><br/>"], ["Role", "<br/><br/>"], ["Date", "<br/><br/>"],
                           ["Signature", "<br/><br/><br/>"]], [20, 80]),
             '<h3 style="font-size:11pt">Integrity</h3>',
             f"<p>Audit log: {audit['entries']} entries, {'intact' if audit['intact'] else 'BROKEN'}; final "
             f"chain hash:</p>{whole(audit['head'], 8)}",
             "<p>The machine-readable evidence is attached to this PDF as <b>evidence.json</b>. Its SHA-256 "
             f"is:</p>{whole(evidence_sha256, 8)}"]
    if signed_note:
        parts.append(f"<p>{_e(signed_note)}</p>")
    return "".join(parts)


def _probe_summary(evidence: dict[str, Any]) -> str:
    if "answers" in evidence:
        return "; ".join(f"{k}: {', '.join(v) or '—'}" for k, v in evidence["answers"].items())
    if "protocol" in evidence and "accepts" in evidence:
        accepted = ", ".join(k for k, v in evidence["accepts"].items() if v)
        return f"{evidence['protocol']}, {evidence.get('cipher', '')}; accepts {accepted}"
    if "options" in evidence:
        granted = evidence.get("granted_expiry")
        return f"OPTIONS {evidence['options']}" + (f"; REGISTER granted {granted} s" if granted else "")
    if "targets" in evidence:
        return f"via {evidence.get('via')}: " + "; ".join(
            f"{t}: {e.get('connect_status', 'direct')}" for t, e in evidence["targets"].items())
    return ""
