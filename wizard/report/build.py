"""The whole report in one call, for the window and the CLI alike: evidence → HTML → PDF → signature."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from wizard.errors import WizardError
from wizard.files import write_atomically
from wizard.report.content import (
    KEYWORDS,
    SUBJECT,
    Provisioned,
    build_report_data,
    evidence_bytes,
    render_html,
    report_title,
    sha256_hex,
)
from wizard.report.words import Words
from wizard.runbook.model import Runbook
from wizard.said import Said
from wizard.store.project import ProjectFile


@dataclass(frozen=True)
class BuiltReport:
    pdf: Path
    pages: int
    evidence_sha256: str
    signer: str
    timestamped: bool
    evidence: bytes  # exactly what is embedded and signed
    html: str  # exactly what was laid out into the PDF


def page_words(words: Words) -> dict[str, str]:
    """The words a PDF of ours prints outside its HTML, in the report's language: the footer's page count and
    the visible signature's text (pyHanko's %(signer)s and %(ts)s put in when it signs)."""
    return {"page_of": words(Said("Page {page} of {total}", page="{page}", total="{total}")),
            "stamp": words(Said("Signed by {signer}", signer="%(signer)s")) + "\n"
            + words(Said("Time: {time}", time="%(ts)s"))}


async def build_signed_report(runbook: Runbook, project: ProjectFile, target: Path, *, identity: bytes,
                              passphrase: bytes | None, identity_source: str, provisioned: Provisioned,
                              company: str = "", logo: Path | None = None,
                              timestamp_url: str | None = None, language: str = "en") -> BuiltReport:
    """`language`: the report's ('en' or 'de'); the evidence it signs is the same in either."""
    from wizard.report.pdf import render_pdf
    from wizard.report.sign import load_signer, sign_report, signer_name

    words = Words(language)
    signer = load_signer(identity, passphrase, identity_source)
    data = build_report_data(runbook, project, provisioned=provisioned, company=company)
    evidence = evidence_bytes(data)
    digest = sha256_hex(evidence)
    note = (Said("Signed by {signer} with a timestamp from the configured time-stamping authority.",
                 signer=signer_name(signer)) if timestamp_url else
            Said("Signed by {signer}, without a trusted timestamp (no time-stamping authority configured): the "
                 "signing time is the engineer's clock.", signer=signer_name(signer)))
    html = render_html(data, digest, signed_note=note, words=words)
    site = data["site"]
    printed = page_words(words)
    with tempfile.TemporaryDirectory() as tmp:
        unsigned = Path(tmp) / "report.pdf"
        rendered = render_pdf(html, unsigned, title=report_title(site, words),
                              header=data["engineer"]["company"] or words(Said("PSI commissioning")),
                              footer=f"{site.get('customer', '')} — {site.get('site', '')}", logo=logo,
                              page_of=printed["page_of"])
        try:
            signed = await sign_report(unsigned.read_bytes(), signer=signer, evidence=evidence, evidence_sha256=digest,
                                       page=rendered.signature_page, box=rendered.signature_box,
                                       location=site.get("site", ""), timestamp_url=timestamp_url,
                                       title=report_title(site, words), subject=SUBJECT, keywords=KEYWORDS,
                                       stamp_text=printed["stamp"])
        except OSError as exc:
            raise WizardError("the time-stamping authority {timestamp_url} cannot be reached ({reason})",
                              "check the URL, or build the report without a timestamp", timestamp_url=timestamp_url,
                              reason=exc) from exc
    write_atomically(target, signed)
    return BuiltReport(target, rendered.pages, digest, signer_name(signer), bool(timestamp_url), evidence, html)
