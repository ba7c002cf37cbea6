"""Coming back to a site: the re-check against its signed baseline, with the lab drifting as time would, and the
baselines a re-check must refuse."""

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.demo import DEMO_LAB_FAULTS, commission_demo, fill_demo_project
from wizard.errors import WizardError
from wizard.lab.drift import drift
from wizard.lab.run import start_lab
from wizard.live import OfflineMode
from wizard.provisioning.people import provisioned
from wizard.report.build import build_signed_report
from wizard.report.identity import create_identity
from wizard.report.recheck import build_signed_recheck
from wizard.report.verify import verify_report
from wizard.runbook.model import load_runbook
from wizard.services.recheck import read_baseline, recheck
from wizard.store.project import Mode, ProjectFile

PASSPHRASE = b"Recheck-Passphrase-1"


@pytest.fixture(scope="module")
def identity() -> tuple[bytes, bytes]:
    return create_identity("Erika Engineer", None, "Example Integrator AG", PASSPHRASE)


def test_a_recheck_finds_each_drift_of_the_site_and_signs_what_it_found(tmp_path: Path, identity) -> None:
    bundle, cert = identity

    async def scenario() -> tuple:
        lab = await start_lab(faults=DEMO_LAB_FAULTS)
        try:
            project = await commission_demo(lab.endpoints, tmp_path)
            try:
                baseline = await build_signed_report(load_runbook(), project, tmp_path / "baseline.pdf",
                                                     identity=bundle, passphrase=PASSPHRASE, identity_source="id",
                                                     provisioned=provisioned(project))
                pdf = baseline.pdf.read_bytes()
                calm = await recheck(load_runbook(), project, pdf, cert, "baseline.pdf")  # nothing changed yet
                people, _ = provisioned(project)
                integrated = [p for p in people if p["stage"] == "integrated"]
                drift(lab, [p["email"] for p in integrated], [p["station"] for p in integrated[2:3]])
                drifted = await recheck(load_runbook(), project, pdf, cert, "baseline.pdf")
                signed = await build_signed_recheck(drifted, project, tmp_path / "recheck.pdf", identity=bundle,
                                                    passphrase=PASSPHRASE, identity_source="id")
                return calm, drifted, signed, integrated
            finally:
                project.close()
        finally:
            await lab.stop()

    calm, drifted, signed, integrated = asyncio.run(scenario())
    assert not calm.drifted, calm.drifts
    assert len(calm.unchanged) > 20  # the steps done and the people integrated, still so
    assert {"connection to CloudLink", "connection to Zoom", "connection to RedSky"} <= set(calm.unchanged)
    found = {d.subject.split(" ")[0]: d for d in drifted.drifts}
    assert "expires in" in found["§2.2.2"].now  # the SBC certificate, days from its end
    assert "granted 3600 s" in found["§9.4.1.1"].now  # the SBC's maximum registration expiry lowered
    first, second, third = (p["email"] for p in integrated[:3])
    assert "inactive" in found[first].now and "inactive" in found[second].now  # deactivated in Zoom
    assert "DMCALLWD" in found[third].now  # the station lost DMCALLWD
    assert all(d.fix for d in drifted.drifts)
    outcome = verify_report(signed.pdf.read_bytes(), identity[1])
    assert outcome.ok, outcome.problems
    kept = json.loads(outcome.evidence)
    assert kept["format"] == "psi-wizard-recheck/1" and len(kept["drifts"]) == len(drifted.drifts)
    assert kept["baseline"]["evidence_sha256"] == drifted.baseline["evidence_sha256"]


@pytest.fixture(scope="module")
def two_projects(tmp_path_factory, identity) -> dict:
    """A site's project and its signed report, and another site's report: baselines to refuse."""
    work = tmp_path_factory.mktemp("baselines")
    bundle, _ = identity
    made = {}
    for name in ("munich", "berlin"):
        project = ProjectFile.create(work / f"{name}.psiproj")
        asyncio.run(fill_demo_project(project))
        made[name] = asyncio.run(build_signed_report(load_runbook(), project, work / f"{name}.pdf", identity=bundle,
                                                     passphrase=PASSPHRASE, identity_source="id",
                                                     provisioned=provisioned(project))).pdf
        project.close()
    made["work"] = work
    return made


@pytest.mark.parametrize(("case", "expected"), [
    ("another-project", "the report of another project"),
    ("untrusted", "is not trusted"),
    ("tampered", "cannot be the baseline"),
    ("unsigned", "not signed"),
    ("not-a-pdf", "is not a PDF"),
    ("not-ours", "not a commissioning report of this wizard"),
])
def test_a_baseline_that_is_not_this_sites_signed_report_is_refused_naming_why(two_projects, identity, case: str,
                                                                                expected: str, tmp_path) -> None:
    munich = ProjectFile.open(two_projects["work"] / "munich.psiproj")
    try:
        pdf, trust = two_projects["munich"].read_bytes(), identity[1]
        if case == "another-project":
            pdf = two_projects["berlin"].read_bytes()
        elif case == "untrusted":
            trust = None
        elif case == "tampered":
            at = pdf.index(b"Munich HQ")
            pdf = pdf[:at] + b"Berlin HQ" + pdf[at + 9:]
        elif case == "unsigned":  # a real PDF, laid out as the report is, never signed
            from wizard.report.pdf import render_pdf

            render_pdf("<p>Commissioning report</p>", tmp_path / "plain.pdf", title="x", header="x", footer="x")
            pdf = (tmp_path / "plain.pdf").read_bytes()
        elif case == "not-a-pdf":
            pdf = b"meeting minutes"
        elif case == "not-ours":  # a re-check report is signed and ours, but it is no baseline
            from wizard.services.recheck import Recheck

            signed = asyncio.run(build_signed_recheck(
                Recheck({"file": "x", "signer": "x", "signed_at": "", "evidence_sha256": ""}, "2026-12-01"), munich,
                tmp_path / "recheck.pdf", identity=identity[0], passphrase=PASSPHRASE, identity_source="id"))
            pdf = signed.pdf.read_bytes()
        with pytest.raises(WizardError, match=expected):
            read_baseline(munich, pdf, trust, "baseline.pdf")
    finally:
        munich.close()


def test_offline_the_recheck_says_it_cannot_rather_than_guessing(two_projects, identity, tmp_path: Path) -> None:
    path = tmp_path / "offline.psiproj"
    with ProjectFile.create(path, mode=Mode.OFFLINE):
        pass
    with ProjectFile.open(path) as project, pytest.raises(OfflineMode, match="offline checklist mode"):
        asyncio.run(recheck(load_runbook(), project, two_projects["munich"].read_bytes(), identity[1], "b.pdf"))
    (tmp_path / "id.p12").write_bytes(identity[0])
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "PW": PASSPHRASE.decode()}
    run = subprocess.run([sys.executable, "-m", "wizard", "recheck", str(path), "--baseline",
                          str(two_projects["munich"]), "--out", str(tmp_path / "r.pdf"), "--identity",
                          str(tmp_path / "id.p12"), "--passphrase-env", "PW"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 3 and "offline checklist mode" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_the_drift_demo_writes_both_signed_reports_and_names_each_drift(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    run = subprocess.run([sys.executable, "-m", "wizard", "demo", "--out", str(out), "--drift"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    said = run.stdout
    for words in ("expires in", "granted 3600 s", "is inactive", "lacks DMCALLWD"):
        assert words in said, said
    trust = (out / "demo-engineer.pem").read_bytes()
    for name in ("commissioning-report.pdf", "recheck-report.pdf"):
        outcome = verify_report((out / name).read_bytes(), trust)
        assert outcome.ok, (name, outcome.problems)


def test_a_recheck_lists_what_still_fails_beside_what_drifted(tmp_path: Path) -> None:
    """A check that fails now as it failed at the baseline is no drift, but the re-check says so (#32 item 3):
    never 'Nothing drifted' as the whole story."""
    from wizard.report.content import build_report_data
    from wizard.report.recheck import Recheck, recheck_html
    from wizard.runbook.checks import default_registry
    from wizard.runbook.engine import Engine
    from wizard.services.recheck import _compare_steps, _steps_looked_at

    guide = load_runbook()
    with ProjectFile.create(tmp_path / "site.psiproj") as project:
        asyncio.run(fill_demo_project(project))
        project.set_step_input("2.2-version-os4k-rmx", "observed", "V11 R0.22.8")  # below the minimum
        asyncio.run(Engine(guide, project, default_registry()).run_steps(["2.2-version-os4k-rmx"]))
        baseline = build_report_data(guide, project, provisioned=provisioned(project))
        found = Recheck({"file": "b.pdf", "signer": "s", "signed_at": "t", "evidence_sha256": "0" * 64}, "now")
        _compare_steps(guide, project, _steps_looked_at(baseline), [], found)
        html = recheck_html(found, project.site(), "0" * 64, "Signed.")
    assert not found.drifts
    still = {d.title: d for d in found.still_failing}
    assert "below the minimum" in still["RMX hotfix V11 R0.22.10 or later"].now
    assert found.headline.startswith("Nothing drifted since the baseline, but ") and "still fail" in found.headline
    assert "Still failing, as at the baseline" in html and "RMX hotfix" in html


def test_the_recheck_report_speaks_the_reports_language() -> None:
    """The re-check report in German (#32 item 5): its headline, its sections and a finding's words looked up; the
    AMO of a fix stays as the OS4K takes it."""
    from wizard.checks.result import Finding, Severity
    from wizard.report.recheck import Drift, Recheck, recheck_html
    from wizard.report.words import Words
    from wizard.said import Said

    lacks = Finding.of("amo.station-no-dmcallwd", Severity.ERROR, "Station {stno} lacks the DMCALLWD attribute.",
                       "CHANGE-SDAT:{stno},ATTRIBUT,DMCALLWD;", stno="3103")
    baseline = {"file": "b.pdf", "signer": "Erika", "signed_at": "2026-12-01T10:00", "evidence_sha256": "0" * 64}
    drifted = Drift("user003@example.com", "integrated", lacks.message, lacks.fix, lacks)
    found = Recheck(baseline, "2026-12-07T10:00:00", [drifted], [Said("connection to {system}", system="Zoom")])
    html = recheck_html(found, {"customer": "Kunde", "site": "München"}, "1" * 64,
                        Said("Signed by {signer}.", signer="Erika"), Words("de"))
    assert "1 Abweichung(en) seit der Grundlage" in html and "Was sich verändert hat" in html
    assert "Station 3103" in html and "CHANGE-SDAT:3103,ATTRIBUT,DMCALLWD;" in html and "lacks" not in html
    assert "Verbindung zu Zoom" in html and "Signiert von Erika." in html
