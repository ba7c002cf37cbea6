"""The use cases the window offers, run headless: each service is what the window's button and the CLI's
command both call, so each is tested here without a window."""

import asyncio
import json
import socket
from pathlib import Path

import pytest

from wizard.connectors.systems import LIVE_SYSTEMS, lab_settings, secret_reference
from wizard.errors import WizardError
from wizard.lab.run import start_lab
from wizard.live import OfflineMode
from wizard.report.verify import verify_report
from wizard.runbook.model import load_runbook
from wizard.services import amo, identity, report
from wizard.services import connection as connections
from wizard.store import secrets
from wizard.store.project import Mode, ProjectFile


def test_a_personal_identity_without_a_keyring_is_kept_for_this_session_and_signs(tmp_path: Path, no_keyring) -> None:
    made = asyncio.run(identity.create_personal_identity("Erika Engineer", "Example Integrator AG",
                                                         "Erika-Passphrase-8", target=tmp_path / "erika.p12"))
    assert made.kept == "session" and made.certificate.read_bytes().startswith(b"-----BEGIN CERTIFICATE")
    assert asyncio.run(identity.passphrase_for(made.path, "")) == "Erika-Passphrase-8"  # no typing this session
    with pytest.raises(WizardError, match="PEM file, not a signing identity"):
        asyncio.run(identity.check_identity_file(made.certificate))
    assert asyncio.run(identity.check_identity_file(made.path)) == made.path
    with pytest.raises(WizardError, match="too short"):
        asyncio.run(identity.create_personal_identity("Erika", "", "short", target=tmp_path / "x.p12"))

    with ProjectFile.create(tmp_path / "site.psiproj") as project:
        project.set_site_field("engineer", "Erika Engineer")
        built = asyncio.run(report.build_report(load_runbook(), project, tmp_path / "report.pdf",
                                                identity=made.path))
        asyncio.run(report.export_evidence(built, tmp_path / "evidence.json"))
        asyncio.run(report.export_html(built, tmp_path / "report.html"))
        with pytest.raises(WizardError, match="same file"):  # the signed report is never overwritten by an export
            asyncio.run(report.export_html(built, built.pdf))
        with pytest.raises(WizardError, match="same file"):
            asyncio.run(report.build_report(load_runbook(), project, project.path, identity=made.path))
    outcome = verify_report(built.pdf.read_bytes(), made.certificate.read_bytes())
    assert outcome.ok and outcome.signer.startswith("Erika Engineer")
    # the exports are the signed build's own copy
    assert (tmp_path / "evidence.json").read_bytes() == built.evidence
    assert json.loads(built.evidence)["site"]["engineer"] == "Erika Engineer"
    assert outcome.evidence_sha256 == built.evidence_sha256
    asyncio.run(identity.export_certificate(made.path, tmp_path / "again.pem"))
    assert (tmp_path / "again.pem").read_bytes() == made.certificate.read_bytes()


def test_an_amo_batch_is_judged_line_by_line_before_anything_connects(tmp_path: Path) -> None:
    with pytest.raises(WizardError, match="AMO 2"):
        amo.read_batch('REG-PERSI:TYPE=STN,STNO=3100;\nCHANGE-PERSI:EMAIL,3100,"a@x.com";DEL-SBCSU:STNO=3100;\n')
    with pytest.raises(WizardError, match="empty"):
        amo.read_batch("# only a comment\n\n")
    with ProjectFile.create(tmp_path / "off.psiproj", mode=Mode.OFFLINE) as project:
        project.set_connection("os4k", {"host": "127.0.0.1", "port": "1", "user": "engr"})
        commands = amo.read_batch("REG-ANSU;")
        with pytest.raises(OfflineMode):  # offline: refused before any connection, the dry run included
            asyncio.run(amo.dry_run(project, commands, password="x"))
        with pytest.raises(OfflineMode):
            asyncio.run(amo.send_batch(project, "b", commands, password="x"))
        # pasting works offline: nothing is sent
        change = amo.read_batch('CHANGE-PERSI:EMAIL,3100,"anna@example.com";')
        pasted = ('<CHANGE-PERSI:EMAIL,3100,"anna@example.com";\n'
                  "AMO-PERSI-111 PERSONAL DATA CHANGED\nCHANGE COMPLETED;\n<\n")
        results = asyncio.run(amo.read_pasted(project, "b", change, pasted))
        assert [r.status for r in results] == ["completed"] and project.journal("b-pasted")


def test_every_live_system_is_tested_through_the_one_service_and_a_wrong_secret_is_not_kept(tmp_path: Path,
                                                                                            memory_keyring) -> None:
    async def scenario() -> None:
        lab = await start_lab()
        try:
            with ProjectFile.create(tmp_path / "conn.psiproj") as project:
                for system in LIVE_SYSTEMS:  # the registry, as the panel and the demo iterate it
                    settings, secret = lab_settings(system, lab.endpoints[system.id])
                    wrong = await connections.test_connection(project, system.id, settings=settings,
                                                              secret="wrong-secret", keep_secret=True)
                    assert wrong.result.findings and wrong.secret_kept == "", system.id
                    assert secrets.recall(secret_reference(project.project_id, system.id)) is None
                    right = await connections.test_connection(project, system.id, secret=secret, keep_secret=True)
                    assert not right.result.findings, (system.id, right.result.findings)
                    assert right.secret_kept == "keyring"
                    again = await connections.test_connection(project, system.id)  # the kept secret, the saved settings
                    assert not again.result.findings
                    assert project.connections()[system.id].items() >= settings.items()
                names = [e.name for e in project.evidence("site-details")]
                assert sorted(names) == sorted(f"connection-{s.id}.json" for s in LIVE_SYSTEMS)  # one per system
                project.set_mode(Mode.OFFLINE)
                with pytest.raises(OfflineMode):
                    await connections.test_connection(project, "zoom")
        finally:
            await lab.stop()

    asyncio.run(scenario())


def test_an_offline_project_opens_no_socket_for_an_amo_session(tmp_path: Path, monkeypatch) -> None:
    from wizard.connectors.sessions import open_amo

    def no_sockets(*args, **kwargs):
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "create_connection", no_sockets)
    with ProjectFile.create(tmp_path / "off.psiproj", mode=Mode.OFFLINE) as project, \
            pytest.raises(OfflineMode, match="offline checklist mode"):
        open_amo(project, password="x")


def test_the_first_os4k_connection_asks_for_its_fingerprint_before_any_login(tmp_path: Path, memory_keyring) -> None:
    from wizard.lab.os4k import Os4kLab

    async def scenario() -> None:
        lab = Os4kLab()
        port = await lab.start()
        try:
            with ProjectFile.create(tmp_path / "key.psiproj") as project:
                settings = {"host": "127.0.0.1", "port": str(port), "user": lab.username}
                first = await connections.test_connection(project, "os4k", settings=settings, secret=lab.password)
                finding = first.result.findings[0]
                assert finding.code == "conn.host-key-new" and lab.sessions == 0  # no login yet
                fingerprint = first.result.evidence["host_key_fingerprint"]
                assert fingerprint.startswith("SHA256:") and fingerprint in finding.message
                wrong = await connections.test_connection(project, "os4k", secret=lab.password,
                                                          accept_host_key="SHA256:not-this-one")
                assert wrong.result.findings[0].code == "conn.host-key-new" and lab.sessions == 0
                accepted = await connections.test_connection(project, "os4k", secret=lab.password,
                                                             accept_host_key=fingerprint)
                assert not accepted.result.findings and lab.sessions == 1
                assert project.connections()["os4k"]["host_key"] == lab.host_key
                assert accepted.result.evidence["host_key"] == fingerprint
                entries = [e for e in project.audit_entries() if e.field == "os4k"]
                assert lab.host_key in entries[-1].new  # accepting the key is in the audit log
        finally:
            await lab.stop()

    asyncio.run(scenario())
