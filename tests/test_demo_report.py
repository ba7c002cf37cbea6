"""The demo's signed report reads as a finished commissioning does (#32), in English and in German: a complete
verdict, no open finding on a station it lists as integrated, every AMO and hash whole in the PDF's text, no table
head cut mid-word, the signature valid to an independent validator and to `report verify`; and the German one says
no English sentence outside the portals' own terms."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
from html.parser import HTMLParser
from typing import Any

import pytest

from tests.test_report import assert_whole, commands_and_hashes, require_tool
from wizard.checks.call import TestCallEvidence
from wizard.demo import DEMO_LAB_FAULTS, commission_demo
from wizard.lab.run import start_lab
from wizard.provisioning.people import provisioned
from wizard.provisioning.plan_export import export_plan, plan_rows
from wizard.provisioning.waves import plan_hash
from wizard.report.build import BuiltReport, build_signed_report
from wizard.report.content import AMO_COMMAND
from wizard.report.identity import create_identity
from wizard.report.verify import verify_report
from wizard.report.words import PORTAL_TERMS, Words
from wizard.runbook.model import load_runbook
from wizard.services.test_call import DEMO_CALLEE, DEMO_CALLER, TEST_CALL_STEP

PASSPHRASE = b"Demo-Report-Passphrase-1"
LANGUAGES = ("en", "de")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> dict[str, Any]:
    """The demo commissioned against the lab, and its signed report in each language: built once for the tests."""
    work = tmp_path_factory.mktemp("demo")
    bundle, cert = create_identity("Demo Engineer", None, "Example Integrator AG", PASSPHRASE)

    async def scenario() -> tuple[dict[str, BuiltReport], dict[str, Any]]:
        lab = await start_lab(faults=DEMO_LAB_FAULTS)
        try:
            project = await commission_demo(lab.endpoints, work)
            try:
                [wave] = project.waves()
                plan = {"pdf": export_plan(project, wave.wave_id, work / "plan.pdf"),
                        "rows": plan_rows(project, wave.wave_id), "sha256": plan_hash(project, wave.wave_id)}
                return {language: await build_signed_report(
                    load_runbook(), project, work / f"report-{language}.pdf", identity=bundle, passphrase=PASSPHRASE,
                    identity_source="demo", provisioned=provisioned(project), language=language)
                    for language in LANGUAGES}, plan
            finally:
                project.close()
        finally:
            await lab.stop()

    built, plan = asyncio.run(scenario())
    return {"built": built, "data": json.loads(built["en"].evidence), "cert": cert, "plan": plan}


def stations_of(finding: dict[str, Any]) -> set[str]:
    values = finding.get("values") or {}
    return {values["stno"]} if values.get("stno") else set()


def test_the_demo_report_has_a_complete_verdict_and_no_open_finding_on_an_integrated_station(demo) -> None:
    data = demo["data"]
    assert data["verdict"] == "complete", (data["verdict"], data["open_findings"])
    integrated = {u["station"] for u in data["inventory"]["users"] if u["stage"] == "integrated"}
    assert len(integrated) >= 20
    on_integrated = [f for f in data["open_findings"] if stations_of(f) & integrated]
    assert not on_integrated and not data["open_findings"]
    # the lab's OS4K gives Zoom the demo site's SBC, as the §2.2 read-back after the wave shows
    osmo = next(s for c in data["chapters"] for s in c["steps"] if s["id"] == "2.2-sip-subscriber-prerequisites")
    assert osmo["status"] == "passed" and osmo["evidence"]["osmo"]
    # every step the demo engineer did by hand says it was the demo
    by_hand = [s for c in data["chapters"] for s in c["steps"] if s["status"] == "confirmed"]
    assert by_hand and all(s["note"].startswith("Demo:") for s in by_hand)
    # the evidence is the same whatever the report's language
    german = json.loads(demo["built"]["de"].evidence)
    assert german["chapters"] == data["chapters"] and german["inventory"] == data["inventory"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_report_keeps_every_command_and_hash_whole(demo, language: str) -> None:
    built = demo["built"][language]
    tokens = commands_and_hashes(demo["data"]) | {built.evidence_sha256}
    assert len(tokens) > 10
    assert_whole(built.pdf, built.html, tokens)


def test_the_certificate_sections_say_whose_chain_they_show(demo) -> None:
    html = demo["built"]["en"].html
    assert "Certificate chain the SBC served to the TLS probe (§2.2.2)" in html
    assert "Certificate files chosen for the SBC (§9.3)" in html
    assert "Certificate — " not in html  # a step's title is no certificate's name


def test_the_demo_waves_plan_pdf_keeps_every_amo_whole_and_counts_them(demo) -> None:
    plan = demo["plan"]
    amos = [row[5] for row in plan["rows"] if AMO_COMMAND.fullmatch(row[5])]
    assert len(amos) > 50
    text = subprocess.run([require_tool("pdftotext"), str(plan["pdf"]), "-"], capture_output=True, text=True,
                          timeout=60).stdout
    lines = text.splitlines()
    assert [amo for amo in {*amos, plan["sha256"]} if not any(amo in line for line in lines)] == []
    # its summary counts what the plan holds, beside what is still to do (all sent by now)
    assert f"OS4K AMOs (§7.2): {len(amos)}" in " ".join(text.split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_report_is_signed_whole_and_valid(demo, language: str) -> None:
    pdf = demo["built"][language].pdf
    said = subprocess.run([require_tool("pdfsig"), str(pdf)], capture_output=True, text=True, timeout=60).stdout
    assert "Total document signed" in said and "Signature is Valid" in said, said
    outcome = verify_report(pdf.read_bytes(), demo["cert"], str(pdf))
    assert outcome.ok, outcome.problems


# the Test calls section's own words in each language: its call's heading and the labels of its figures
CALL_WORDS = {"en": ("Test call", "Call set-up", "Codec", "SRTP crypto suite"),
              "de": ("Testanruf", "Rufaufbau", "Codec", "SRTP-Crypto-Suite")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_report_shows_its_test_call_with_the_figures_each_way(demo, language: str) -> None:
    """#33: the demo calls between two of its stations through the lab's SBC, and its signed report shows the call:
    set-up time, codec, crypto suite and the packets each way, as pdftotext reads them."""
    call = next(s for c in demo["data"]["chapters"] for s in c["steps"] if s["id"] == TEST_CALL_STEP)
    assert call["status"] == "passed", call["findings"]
    evidence = TestCallEvidence.from_json(call["evidence"])
    forth, back = evidence.caller_to_callee, evidence.callee_to_caller
    assert (evidence.caller, evidence.callee) == (DEMO_CALLER, DEMO_CALLEE) and forth and back
    assert evidence.setup_ms is not None and forth.sent > 0 and back.sent > 0
    text = " ".join(subprocess.run([require_tool("pdftotext"), str(demo["built"][language].pdf), "-"],
                                   capture_output=True, text=True, timeout=60, check=True).stdout.split())
    from wizard.said import figure

    heading, setup, codec, suite = CALL_WORDS[language]
    section = text[text.index(f"{heading} {DEMO_CALLER} → {DEMO_CALLEE}"):]
    assert f"{setup} {evidence.setup_ms:.0f} ms" in section
    assert f"{codec} {evidence.codec}" in section and evidence.codec.startswith(("PCMA", "PCMU"))
    assert f"{suite} {evidence.crypto_suite}" in section and evidence.crypto_suite == "AES_CM_128_HMAC_SHA1_80"
    for source, target, stats in ((DEMO_CALLER, DEMO_CALLEE, forth), (DEMO_CALLEE, DEMO_CALLER, back)):
        percent = figure(stats.loss_percent, 1, language)  # "0,0 %" in German
        row = f"{source} → {target} {stats.sent} {stats.received} {stats.lost} ({percent} %)"
        assert row in section, row


# English words no German sentence has ('an', 'was', 'will', 'in', 'am' are German words too, so they are not here)
ENGLISH = {"the", "and", "is", "of", "to", "with", "has", "are", "this", "that", "from", "by", "not", "or", "it", "its",
           "be", "been", "on", "at", "for", "which", "have", "were", "into", "than", "then", "when", "where", "no"}


class _Cells(HTMLParser):
    """The report's text as Qt lays it out: one piece per paragraph, heading and table cell."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "td", "th", "h1", "h2", "h3", "br"):
            self.close_piece()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "td", "th", "h1", "h2", "h3"):
            self.close_piece()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def close_piece(self) -> None:
        piece = " ".join("".join(self.text).split())
        if piece:
            self.pieces.append(piece)
        self.text = []


DATA = re.compile(r"(?:[0-9A-Fa-f]{2}:)+[0-9A-Fa-f]{2}|[0-9A-Fa-f]{16,}")


def portal_terms() -> list[str]:
    """What a German report says as the portals and vendors say it: the product and portal names of
    wizard.report.words.PORTAL_TERMS, the guide's menu paths, and every field name and value the translator kept
    as the portal shows it (its German is the text itself)."""
    german = Words("de")
    terms = set(PORTAL_TERMS)
    for step in load_runbook().steps:
        terms |= {step.where} if step.where else set()
        terms |= {t for pair in step.values for t in pair if t and german.portal_value(t) == t}
    return sorted(terms, key=len, reverse=True)


def english_pieces(html: str) -> list[str]:
    cells = _Cells()
    cells.feed(html)
    cells.close_piece()
    terms = portal_terms()
    found = []
    for piece in cells.pieces:
        rest = DATA.sub(" ", piece)  # a fingerprint's 'be' (…:7d:be:…) is data, not English
        for term in terms:
            rest = rest.replace(term, " ")
        # words of letters only: a hash or an address that happens to hold 'be' or 'to' is data, not English
        if any(word.lower() in ENGLISH for word in re.findall(r"(?<!\w)[A-Za-z']+(?!\w)", rest)):
            found.append(piece)
    return found


def test_the_german_report_says_no_english_sentence_outside_the_portals_terms(demo) -> None:
    assert len(english_pieces(demo["built"]["en"].html)) > 50  # the test finds English where there is some
    assert english_pieces(demo["built"]["de"].html) == []
    # what the PDF prints outside the HTML: the footer's page count and the visible signature
    text = subprocess.run([require_tool("pdftotext"), str(demo["built"]["de"].pdf), "-"], capture_output=True,
                          text=True, timeout=60).stdout
    assert "Seite 1 von" in text and "Signiert von" in text and "Inbetriebnahmeprotokoll" in text
    assert "Page 1 of" not in text and "Signed by" not in text
