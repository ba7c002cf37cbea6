"""The signed re-check report: what drifted since the signed baseline, each with its fix, and what did not."""

from __future__ import annotations

import json
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from wizard.checks.result import Finding
from wizard.files import write_atomically
from wizard.report.build import BuiltReport, page_words
from wizard.report.content import KEYWORDS, WORDS, _e, _table, _word, sha256_hex, whole, with_commands
from wizard.report.words import Words
from wizard.said import Said
from wizard.store.project import ProjectFile


@dataclass(frozen=True)
class Drift:
    subject: str  # the step's section and title, or the person's email
    then: str  # what the baseline recorded
    now: str  # what was found now
    fix: str
    # the finding the now and fix come from, and the step's own title and section: the window says them in its
    # language; the report and the command line use the English lines above
    finding: Finding | None = field(default=None, compare=False)
    title: str = ""
    section: str = ""


@dataclass
class Recheck:
    baseline: dict[str, str]  # file, signer, signed_at, evidence_sha256
    checked_at: str
    drifts: list[Drift] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # what fails now as it failed at the baseline: no drift, but not fine either, so never left unsaid
    still_failing: list[Drift] = field(default_factory=list)

    @property
    def drifted(self) -> bool:
        return bool(self.drifts)

    @property
    def headline(self) -> Said:
        """What the re-check found, in one line: the drifts and what still fails, never 'nothing drifted' alone
        while a check fails now as it did then."""
        drifts, still = len(self.drifts), len(self.still_failing)
        if drifts and still:
            return Said("{drifts} drift(s) since the baseline; {still} check(s) still fail as at the baseline",
                        drifts=drifts, still=still)
        if drifts:
            return Said("{drifts} drift(s) since the baseline", drifts=drifts)
        if still:
            return Said("Nothing drifted since the baseline, but {still} check(s) still fail as at the baseline",
                        still=still)
        return Said("Nothing drifted since the baseline")

    def to_json(self) -> dict[str, Any]:
        return {"format": "psi-wizard-recheck/1", "baseline": self.baseline, "checked_at": self.checked_at,
                "drifts": [{k: v for k, v in asdict(d).items() if k != "finding"} for d in self.drifts],
                "unchanged": self.unchanged,
                "still_failing": [{k: v for k, v in asdict(d).items() if k != "finding"} for d in self.still_failing]}


def recheck_html(recheck: Recheck, site: dict[str, str], digest: str, signed_note: str,
                 words: Words | None = None) -> str:
    w = words or Words()
    where = " — ".join(v for v in (site.get("customer", ""), site.get("site", "")) if v)
    base = recheck.baseline
    fine = not (recheck.drifted or recheck.still_failing)
    checked = Said("Re-checked {when} UTC against the baseline {file}, signed by {signer} at {signed}; its "
                   "evidence's SHA-256:", when=recheck.checked_at[:16].replace("T", " "), file=base["file"],
                   signer=base["signer"], signed=base["signed_at"][:16])
    parts = [f'<html lang="{w.language}"><body style="font-size: 9.5pt; color:#1b2733">',
             f'<p style="font-size:9pt; color:#5e6b78">{_e(w(RECHECK_LINE))}</p>'
             f'<h1 style="font-size:18pt">{_e(where)}</h1>',
             f'<h2 style="font-size:13pt; color:{"#2e7d32" if fine else "#c62828"}">{_e(w(recheck.headline))}</h2>',
             f"<p>{_e(w(checked))}</p>{whole(base['evidence_sha256'], 8)}"]
    heads = [_e(w(h)) for h in (Said("What"), Said("At the baseline"), Said("Now"), Said("Fix"))]
    if recheck.drifts:
        parts.append(f'<h3 style="font-size:11pt">{_e(w(Said("What changed")))}</h3>')
        parts.append(_table(heads, [_drift_row(w, d) for d in recheck.drifts], [24, 12, 30, 34]))
    if recheck.still_failing:
        parts.append(f'<h3 style="font-size:11pt">{_e(w(Said("Still failing, as at the baseline")))}</h3>')
        parts.append(_table(heads, [_drift_row(w, d) for d in recheck.still_failing], [24, 12, 30, 34]))
    parts.append(f'<h3 style="font-size:11pt">{_e(w(Said("Unchanged")))}</h3>')
    unchanged = "; ".join(_unchanged(w, item) for item in recheck.unchanged)
    parts.append("<p>" + (_e(unchanged) or _e(w(Said("Nothing was done at the baseline.")))) + "</p>")
    parts.append(f'<p style="font-size:8.5pt; color:#5e6b78">{_e(w(signed_note))} '
                 f'{_e(w(Said("Evidence SHA-256:")))}</p>{whole(digest, 8)}')
    parts.append("</body></html>")
    return "".join(parts)


RECHECK_LINE = Said("Re-check report · Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC")


def _drift_row(w: Words, drift: Drift) -> list[str]:
    """What drifted or still fails, in the report's language: a step by its section and title, its finding's
    message and fix looked up; a person, a connection or a live system's own words as they are."""
    subject = f"§{drift.section} {w.runbook(drift.title)}" if drift.section else w(drift.subject)
    now, fix = drift.now, drift.fix
    if drift.finding is not None:
        message, fix = w.finding(drift.finding.to_json())
        status, _, rest = drift.now.partition(": ")
        now = f"{_word(w, status)}: {message}" if rest and status in WORDS else message
    return [_e(subject), _e(_word(w, drift.then)), with_commands(now), with_commands(w(fix))]


def _unchanged(w: Words, item: str) -> str:
    section, _, title = item.partition(" ")
    return f"{section} {w.runbook(title)}" if section.startswith("§") else w(item)


async def build_signed_recheck(recheck: Recheck, project: ProjectFile, target: Path, *, identity: bytes,
                               passphrase: bytes | None, identity_source: str, language: str = "en") -> BuiltReport:
    from wizard.report.pdf import render_pdf
    from wizard.report.sign import load_signer, sign_report, signer_name

    words = Words(language)
    signer = load_signer(identity, passphrase, identity_source)
    evidence = json.dumps(recheck.to_json(), indent=1, ensure_ascii=False).encode("utf-8")
    digest = sha256_hex(evidence)
    site = project.site()
    html = recheck_html(recheck, site, digest, Said("Signed by {signer}.", signer=signer_name(signer)), words)
    where = " — ".join(v for v in (site.get("customer", ""), site.get("site", "")) if v)
    title = words(Said("Re-check report — {where}", where=where))
    printed = page_words(words)
    with tempfile.TemporaryDirectory() as tmp:
        unsigned = Path(tmp) / "recheck.pdf"
        rendered = render_pdf(html, unsigned, title=title, footer=where, page_of=printed["page_of"],
                              header=site.get("company", "") or words(Said("PSI commissioning")))
        signed = await sign_report(unsigned.read_bytes(), signer=signer, evidence=evidence, evidence_sha256=digest,
                                   page=rendered.signature_page, box=rendered.signature_box,
                                   location=site.get("site", ""), title=title,
                                   subject="Re-check of a commissioned Zoom PSI site against its signed baseline",
                                   keywords=KEYWORDS, stamp_text=printed["stamp"])
    write_atomically(target, signed)
    if not project.read_only:
        await project.commit(project.record_signed, "recheck", target.name, digest,
                             {"drifts": len(recheck.drifts), "unchanged": len(recheck.unchanged),
                              "still_failing": len(recheck.still_failing)})
    return BuiltReport(target, rendered.pages, digest, signer_name(signer), False, evidence, html)
