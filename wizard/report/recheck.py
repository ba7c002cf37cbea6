"""The signed re-check report: what drifted since the signed baseline, each with its fix, and what did not."""

from __future__ import annotations

import json
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from wizard.checks.result import Finding
from wizard.files import write_atomically
from wizard.report.build import BuiltReport
from wizard.report.content import KEYWORDS, _e, _table, sha256_hex, whole, with_commands
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
    def headline(self) -> str:
        """What the re-check found, in one line: the drifts and what still fails, never 'nothing drifted' alone
        while a check fails now as it did then."""
        still = (f"{len(self.still_failing)} check(s) still fail as at the baseline" if self.still_failing else "")
        if self.drifts:
            return f"{len(self.drifts)} drift(s) since the baseline" + (f"; {still}" if still else "")
        return f"Nothing drifted since the baseline, but {still}" if still else "Nothing drifted since the baseline"

    def to_json(self) -> dict[str, Any]:
        return {"format": "psi-wizard-recheck/1", "baseline": self.baseline, "checked_at": self.checked_at,
                "drifts": [{k: v for k, v in asdict(d).items() if k != "finding"} for d in self.drifts],
                "unchanged": self.unchanged,
                "still_failing": [{k: v for k, v in asdict(d).items() if k != "finding"} for d in self.still_failing]}


def recheck_html(recheck: Recheck, site: dict[str, str], digest: str, signed_note: str) -> str:
    where = " — ".join(v for v in (site.get("customer", ""), site.get("site", "")) if v)
    base = recheck.baseline
    verdict = recheck.headline
    fine = not (recheck.drifted or recheck.still_failing)
    parts = ['<html><body style="font-size: 9.5pt; color:#1b2733">',
             f'<p style="font-size:9pt; color:#5e6b78">Re-check report · Zoom Phone System Integration with '
             f'OpenScape 4000 and OpenScape SBC</p><h1 style="font-size:18pt">{_e(where)}</h1>',
             f'<h2 style="font-size:13pt; color:{"#2e7d32" if fine else "#c62828"}">{_e(verdict)}</h2>',
             f"<p>Re-checked {_e(recheck.checked_at[:16].replace('T', ' '))} UTC against the baseline "
             f"{_e(base['file'])}, signed by {_e(base['signer'])} at {_e(base['signed_at'][:16])}; its evidence's "
             f"SHA-256:</p>{whole(base['evidence_sha256'], 8)}"]
    if recheck.drifts:
        parts.append('<h3 style="font-size:11pt">What changed</h3>')
        parts.append(_table(["What", "At the baseline", "Now", "Fix"], [
            [_e(d.subject), _e(d.then), with_commands(d.now), with_commands(d.fix)] for d in recheck.drifts],
            [24, 12, 30, 34]))
    if recheck.still_failing:
        parts.append('<h3 style="font-size:11pt">Still failing, as at the baseline</h3>')
        parts.append(_table(["What", "At the baseline", "Now", "Fix"], [
            [_e(d.subject), _e(d.then), with_commands(d.now), with_commands(d.fix)] for d in recheck.still_failing],
            [24, 12, 30, 34]))
    parts.append('<h3 style="font-size:11pt">Unchanged</h3>')
    parts.append("<p>" + (_e("; ".join(recheck.unchanged)) or "Nothing was done at the baseline.") + "</p>")
    parts.append(f'<p style="font-size:8.5pt; color:#5e6b78">{_e(signed_note)} Evidence SHA-256:</p>{whole(digest, 8)}')
    parts.append("</body></html>")
    return "".join(parts)


async def build_signed_recheck(recheck: Recheck, project: ProjectFile, target: Path, *, identity: bytes,
                               passphrase: bytes | None, identity_source: str) -> BuiltReport:
    from wizard.report.pdf import render_pdf
    from wizard.report.sign import load_signer, sign_report, signer_name

    signer = load_signer(identity, passphrase, identity_source)
    evidence = json.dumps(recheck.to_json(), indent=1, ensure_ascii=False).encode("utf-8")
    digest = sha256_hex(evidence)
    site = project.site()
    html = recheck_html(recheck, site, digest, f"Signed by {signer_name(signer)}.")
    where = " — ".join(v for v in (site.get("customer", ""), site.get("site", "")) if v)
    with tempfile.TemporaryDirectory() as tmp:
        unsigned = Path(tmp) / "recheck.pdf"
        rendered = render_pdf(html, unsigned, title=f"Re-check report — {where}",
                              header=site.get("company", "") or "PSI commissioning", footer=where)
        signed = await sign_report(unsigned.read_bytes(), signer=signer, evidence=evidence, evidence_sha256=digest,
                                   page=rendered.signature_page, box=rendered.signature_box,
                                   location=site.get("site", ""), title=f"Re-check report — {where}",
                                   subject="Re-check of a commissioned Zoom PSI site against its signed baseline",
                                   keywords=KEYWORDS)
    write_atomically(target, signed)
    if not project.read_only:
        await project.commit(project.record_signed, "recheck", target.name, digest,
                             {"drifts": len(recheck.drifts), "unchanged": len(recheck.unchanged),
                              "still_failing": len(recheck.still_failing)})
    return BuiltReport(target, rendered.pages, digest, signer_name(signer), False, evidence, html)
