"""The signed report, checked the way a customer's IT department would: an independent validator (poppler's
pdfsig), tampering with single bytes, and a search for every secret the tests stored."""

import json
import random
import re
import shutil
import subprocess
import sys
from html import unescape
from io import BytesIO
from pathlib import Path

import pytest

from wizard.demo import DEMO_SITE, fill_demo_project
from wizard.provisioning.people import provisioned
from wizard.report.build import build_signed_report
from wizard.report.content import AMO_COMMAND, build_report_data, evidence_bytes, sha256_hex
from wizard.report.identity import create_identity
from wizard.report.sign import load_signer, sign_report
from wizard.report.verify import verify_report
from wizard.runbook.checks import default_registry, value_to_store
from wizard.runbook.engine import Engine
from wizard.runbook.model import load_runbook
from wizard.store.project import ProjectFile

PASSPHRASE = b"Identity-Passphrase-31"
SECRETS = ["Digest-Pw-Secret-99", "Proxy-Secret-77", "Leaked-Token-55", PASSPHRASE.decode()]


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install poppler-utils (tests/setup-debian.sh does)")
    return path


@pytest.fixture(scope="module")
def identity():
    return create_identity("Erika Engineer", "erika@example.com", "Example Integrator AG", PASSPHRASE)


@pytest.fixture(scope="module")
def report(tmp_path_factory, identity):
    import asyncio

    work = tmp_path_factory.mktemp("report")
    project = ProjectFile.create(work / "site.psiproj")
    asyncio.run(fill_demo_project(project))
    runbook = load_runbook()
    project.set_step_input("2.2-version-os4k-rmx", "observed", "V11 R0.22.8")  # below the minimum: a failed step
    asyncio.run(Engine(runbook, project, default_registry()).run_steps(["2.2-version-os4k-rmx"]))
    # secrets reaching the project the ways they could: pasted AMO output, and a check that put one in evidence
    amo = f'ADD-SBCSU:STNO=3100,OPT=OPTI,PMIDX=5,IPPASSW="{SECRETS[0]}",CALLOG=ALL;'
    step = runbook.step("2.2-sip-subscriber-prerequisites")
    project.set_step_input(step.id, "amo", value_to_store(step, "amo", amo))
    # checked again: a result of the text pasted before is outdated (wizard.checks.judged), its findings not open
    asyncio.run(Engine(runbook, project, default_registry()).run_steps([step.id]))
    project.record_result("6.1-os4k-internet-access", "passed",
                          {"check": "probe.proxy", "findings": [],
                           "evidence": {"proxy_password": SECRETS[1], "token": SECRETS[2], "via": "proxy"}}, "t", "t")
    out = work / "report.pdf"
    built = asyncio.run(build_signed_report(runbook, project, out, identity=identity[0], passphrase=PASSPHRASE,
                                            identity_source="erika.p12", company="Example Integrator AG",
                                            provisioned=provisioned(project)))
    data = build_report_data(runbook, project, company="Example Integrator AG", provisioned=provisioned(project))
    project.close()
    (work / "erika.pem").write_bytes(identity[1])
    return {"pdf": out, "built": built, "cert": identity[1], "data": data, "work": work}


def test_pdfsig_independently_reports_a_valid_signature_over_the_whole_document(report) -> None:
    pdfsig = require_tool("pdfsig")
    result = subprocess.run([pdfsig, str(report["pdf"])], capture_output=True, text=True, timeout=60)
    assert "Signature is Valid" in result.stdout, result.stdout
    assert "Total document signed" in result.stdout
    assert "Erika Engineer" in result.stdout


def test_the_pdfs_properties_name_the_site_the_signer_and_the_subject(report) -> None:
    """What a document management system or a file browser shows before anyone opens the report (pdfinfo)."""
    pdfinfo = require_tool("pdfinfo")
    shown = subprocess.run([pdfinfo, str(report["pdf"])], capture_output=True, text=True, timeout=60).stdout
    fields = dict(line.split(":", 1) for line in shown.splitlines() if ":" in line)
    assert fields["Title"].strip() == "Commissioning report — Example Manufacturing GmbH — Munich HQ"
    assert fields["Author"].strip().startswith("Erika Engineer")
    assert "OpenScape 4000" in fields["Subject"]


def test_the_default_report_name_comes_from_customer_site_and_date() -> None:
    from datetime import date

    from wizard.report.content import default_report_name

    named = default_report_name({"customer": "Example Manufacturing GmbH", "site": "Munich / HQ"}, date(2026, 12, 1))
    assert named == "example-manufacturing-gmbh-munich-hq-2026-12-01-commissioning-report.pdf"
    assert default_report_name({}, date(2026, 12, 1)) == "2026-12-01-commissioning-report.pdf"


def test_qpdf_finds_the_structure_sound(report) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.fail("qpdf is missing (tests/setup-debian.sh installs it)")
    result = subprocess.run([qpdf, "--check", str(report["pdf"])], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_verify_accepts_the_report_with_the_signers_certificate(report) -> None:
    outcome = verify_report(report["pdf"].read_bytes(), report["cert"])
    assert outcome.ok, outcome.problems
    assert outcome.signer == "Erika Engineer (Example Integrator AG)"
    assert outcome.evidence_sha256 == report["built"].evidence_sha256


def test_unknown_signer_is_reported(report) -> None:
    outcome = verify_report(report["pdf"].read_bytes())
    assert not outcome.ok and any("not trusted" in str(p) for p in outcome.problems)


def signed_ranges(pdf: bytes) -> list[tuple[int, int]]:
    values = [int(v) for v in re.search(rb"/ByteRange\s*\[\s*([\d\s]+)\]", pdf).group(1).split()]
    return [(values[0], values[0] + values[1]), (values[2], values[2] + values[3])]


def test_any_single_changed_byte_in_the_signed_range_fails(report) -> None:
    pdf = report["pdf"].read_bytes()
    ranges = signed_ranges(pdf)
    assert ranges[1][1] == len(pdf)  # the signature covers the file to its last byte
    rng = random.Random(7)
    positions = [ranges[0][0], ranges[0][1] - 1, ranges[1][0], ranges[1][1] - 1]
    positions += [rng.randrange(*ranges[0]) for _ in range(30)] + [rng.randrange(*ranges[1]) for _ in range(10)]
    for position in positions:
        tampered = bytearray(pdf)
        tampered[position] ^= 0x01
        if position < 5:  # the very first bytes make it a non-PDF: that is refused outright
            with pytest.raises(Exception, match="not a PDF"):
                verify_report(bytes(tampered), report["cert"])
            continue
        outcome = verify_report(bytes(tampered), report["cert"])
        assert not outcome.ok, f"a change at byte {position} went unnoticed"


def test_content_appended_after_signing_is_reported(report) -> None:
    from pyhanko.pdf_utils.generic import TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(report["pdf"].read_bytes()))
    writer.root["/PSIAddedLater"] = TextStringObject("changed")
    writer.update_root()
    out = BytesIO()
    writer.write(out)
    outcome = verify_report(out.getvalue(), report["cert"])
    assert any("after it was signed" in str(p) for p in outcome.problems), outcome.problems


def test_evidence_that_does_not_match_its_printed_hash_fails(report, identity, tmp_path: Path) -> None:
    from wizard.report.pdf import render_pdf

    rendered = render_pdf("<p>report</p>", tmp_path / "r.pdf", title="t", header="h", footer="f")
    evidence = b'{"a": 1}'
    import asyncio

    signed = asyncio.run(sign_report((tmp_path / "r.pdf").read_bytes(),
                                     signer=load_signer(identity[0], PASSPHRASE, "id"), evidence=evidence,
                                     evidence_sha256=sha256_hex(b"something else"), page=rendered.signature_page,
                                     box=rendered.signature_box, location="test"))
    outcome = verify_report(signed, identity[1])
    assert [str(p) for p in outcome.problems] == [
        "the embedded evidence does not match the SHA-256 printed in the report"]


def test_no_secret_appears_in_the_pdf_text_or_the_embedded_evidence(report) -> None:
    pdftotext = require_tool("pdftotext")
    text = subprocess.run([pdftotext, str(report["pdf"]), "-"], capture_output=True, text=True, timeout=60).stdout
    raw = report["pdf"].read_bytes()
    embedded = evidence_bytes(report["data"]).decode()
    for secret in SECRETS:
        assert secret not in text and secret.encode() not in raw and secret not in embedded, secret
    assert 'IPPASSW=\\"****\\"' in embedded or "****" in embedded
    assert sha256_hex(evidence_bytes(report["data"])) != ""  # the JSON itself parses and hashes
    json.loads(embedded)


def test_the_report_says_what_matters(report) -> None:
    text = subprocess.run([require_tool("pdftotext"), "-layout", str(report["pdf"]), "-"], capture_output=True,
                          text=True, timeout=60).stdout
    assert DEMO_SITE["customer"] in text and "Page 1 of" in text
    assert "Open findings" in text and "RMX" in text and "below the minimum" in text
    assert "Waivers" in text and "licences are checked by the" in text  # the reason, as the engineer wrote it
    assert report["built"].evidence_sha256 in text.replace("\n", "")
    assert "without a trusted timestamp" in text


def test_cli_build_and_verify_exit_codes(report, identity, tmp_path: Path) -> None:
    import asyncio

    project_path = tmp_path / "cli.psiproj"
    with ProjectFile.create(project_path) as project:
        asyncio.run(fill_demo_project(project))
    (tmp_path / "id.p12").write_bytes(identity[0])
    env = {"ID_PASS": PASSPHRASE.decode(), "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": str(tmp_path / "s")}
    base = [sys.executable, "-m", "wizard"]
    built = subprocess.run([*base, "report", "build", str(project_path), "--out", str(tmp_path / "r.pdf"),
                            "--identity", str(tmp_path / "id.p12"), "--passphrase-env", "ID_PASS",
                            "--html", str(tmp_path / "r.html"), "--json", str(tmp_path / "r.json")],
                           capture_output=True, text=True, env=env, timeout=120)
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "r.html").read_text().startswith("<html")
    assert json.loads((tmp_path / "r.json").read_text())["format"] == "psi-wizard-report/1"
    signed = verify_report((tmp_path / "r.pdf").read_bytes(), identity[1])
    assert sha256_hex((tmp_path / "r.json").read_bytes()) == signed.evidence_sha256  # the very evidence signed
    (tmp_path / "erika.pem").write_bytes(identity[1])
    ok = subprocess.run([*base, "report", "verify", str(tmp_path / "r.pdf"), "--trust", str(tmp_path / "erika.pem")],
                        capture_output=True, text=True, env=env, timeout=60)
    assert ok.returncode == 0 and ok.stdout.startswith("valid:")
    wrong = subprocess.run([*base, "report", "build", str(project_path), "--out", str(tmp_path / "x.pdf"),
                            "--identity", str(tmp_path / "id.p12"), "--passphrase-env", "WRONG"],
                           capture_output=True, text=True, env={**env, "WRONG": "nope"}, timeout=120)
    assert wrong.returncode == 2 and "passphrase does not open" in wrong.stderr and "Traceback" not in wrong.stderr


def test_cli_builds_the_report_in_german_and_verify_accepts_it(identity, tmp_path: Path) -> None:
    """report build --language de (#32 item 5); without it, the project's report language (English by default)."""
    import asyncio

    project_path = tmp_path / "de.psiproj"
    with ProjectFile.create(project_path) as project:
        asyncio.run(fill_demo_project(project))
    (tmp_path / "id.p12").write_bytes(identity[0])
    (tmp_path / "erika.pem").write_bytes(identity[1])
    env = {"ID_PASS": PASSPHRASE.decode(), "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": str(tmp_path / "s")}
    base = [sys.executable, "-m", "wizard"]
    built = subprocess.run([*base, "report", "build", str(project_path), "--out", str(tmp_path / "de.pdf"),
                            "--identity", str(tmp_path / "id.p12"), "--passphrase-env", "ID_PASS", "--language", "de"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert built.returncode == 0, built.stderr
    text = subprocess.run([require_tool("pdftotext"), str(tmp_path / "de.pdf"), "-"], capture_output=True, text=True,
                          timeout=60).stdout
    assert "Inbetriebnahmeprotokoll" in text and "Offene Befunde" in text and "Open findings" not in text
    ok = subprocess.run([*base, "report", "verify", str(tmp_path / "de.pdf"), "--trust", str(tmp_path / "erika.pem")],
                        capture_output=True, text=True, env=env, timeout=60)
    assert ok.returncode == 0 and ok.stdout.startswith("valid:"), ok.stdout
    unknown = subprocess.run([*base, "report", "build", str(project_path), "--out", str(tmp_path / "fr.pdf"),
                              "--identity", str(tmp_path / "id.p12"), "--passphrase-env", "ID_PASS",
                              "--language", "fr"], capture_output=True, text=True, env=env, timeout=120)
    assert unknown.returncode == 2 and "invalid choice: 'fr'" in unknown.stderr


def test_unreachable_time_stamping_authority_is_a_clear_message(identity, tmp_path: Path) -> None:
    import asyncio

    from tests.peers import free_port
    from wizard.errors import WizardError

    with ProjectFile.create(tmp_path / "tsa.psiproj") as project:
        asyncio.run(fill_demo_project(project))
        with pytest.raises(WizardError, match=r"time-stamping authority .* cannot be reached"):
            asyncio.run(build_signed_report(load_runbook(), project, tmp_path / "r.pdf", identity=identity[0],
                                            passphrase=PASSPHRASE, identity_source="id",
                                            provisioned=provisioned(project),
                                            timestamp_url=f"http://127.0.0.1:{free_port()}/tsa"))
    assert not (tmp_path / "r.pdf").exists()


def commands_and_hashes(evidence: object) -> set[str]:
    """Every AMO command and SHA-256 the evidence holds (not the wording a finding was filled in from)."""
    found: set[str] = set()
    if isinstance(evidence, dict):
        for key, value in evidence.items():
            if key != "wording":
                found |= commands_and_hashes(value)
    elif isinstance(evidence, list):
        for value in evidence:
            found |= commands_and_hashes(value)
    elif isinstance(evidence, str):
        found |= set(AMO_COMMAND.findall(evidence)) | set(SHA256.findall(evidence))
    return found


SHA256 = re.compile(r"\b[0-9a-f]{64}\b|\b(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}\b")


def assert_whole(pdf: Path, html: str, tokens: set[str]) -> None:
    """Each command and hash reads back from the PDF's text on one line, and no table head word is cut in two."""
    text = subprocess.run([require_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, timeout=60,
                          check=True).stdout
    lines = text.splitlines()
    broken = sorted(token for token in tokens if not any(token in line for line in lines))
    assert not broken, f"not whole on one line of the PDF's text: {broken}"
    words = set(text.split())
    heads = {word for cell in re.findall(r"<th[^>]*>(.*?)</th>", html)  # as the PDF prints it: "Answer's"
             for word in unescape(re.sub(r"<[^>]+>", " ", cell)).split()}
    assert heads and heads <= words, f"table head words cut in two: {sorted(heads - words)}"


def test_every_command_and_hash_of_the_report_reads_back_whole(report) -> None:
    data = json.loads(report["built"].evidence)
    tokens = commands_and_hashes(data) | {report["built"].evidence_sha256}
    assert any(AMO_COMMAND.fullmatch(token) for token in tokens), tokens  # the pasted AMOs give fixes to check
    assert_whole(report["pdf"], report["built"].html, tokens)
