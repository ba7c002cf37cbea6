"""The window, driven as an engineer drives it: keyboard, typing, buttons; then closed and reopened."""

import html
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QTextBrowser

from pages.report_page import ReportPage
from tests.gui import chapter_page, click, on_loop, settle
from wizard.app import MainWindow
from wizard.app.preferences import GUIDE, THEME
from wizard.checks.provisioning import System
from wizard.provisioning.waves import load_plan
from wizard.runbook.states import StepStatus
from wizard.store.project import Mode, ProjectFile


def test_walk_confirm_waive_close_reopen_restores_everything(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "site.psiproj"
    assert window.new_project(path)
    assert window.current_chapter_id() == "site"

    # Site data typed into the form is validated at the field and saved without a Save button.
    fqdn = window.panel("site").site_form.edits["sbc_public_fqdn"]
    qtbot.keyClicks(fqdn, "sbc01")
    problem = window.panel("site").site_form.problems["sbc_public_fqdn"]
    assert "not a fully qualified domain name" in problem.problem() and problem.text().startswith("SBC public FQDN")
    qtbot.keyClicks(fqdn, ".example.com")
    assert not problem.problem() and not problem.text()
    qtbot.keyClicks(window.panel("site").site_form.edits["customer"], "Example Corp")
    window.panel("site").site_form.edits["customer"].editingFinished.emit()

    # Walk every chapter with the keyboard: arrows in the sidebar, then Ctrl+PgDown / Ctrl+PgUp.
    window.sidebar.setFocus()
    seen = [window.current_chapter_id()]
    for _ in range(len(window.runbook.chapters) - 1):
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
        seen.append(window.current_chapter_id())
        assert window.stack.currentWidget() is window.pages[seen[-1]]
    assert seen == [c.id for c in window.runbook.chapters]
    assert isinstance(window.stack.currentWidget(), ReportPage)
    for _ in range(len(seen) - 2):
        qtbot.keyClick(window.sidebar, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_chapter_id() == "prerequisites"

    # Confirm a step by hand with a note and an attachment, through the card's inline editor.
    page = chapter_page(window, "prerequisites")
    card = page.cards["2.2-admin-pc-internet"]
    click(qtbot, card.confirm_button)
    assert card.editor.isVisibleTo(window)
    qtbot.keyClicks(card.note_edit, "Portals open from the laptop")
    evidence = tmp_path / "portal.png"
    evidence.write_bytes(b"\x89PNG fake screenshot")
    card.add_pending_file(evidence)
    click(qtbot, card.editor_ok)
    settle(qtbot, window)
    assert card.status is StepStatus.CONFIRMED
    assert not card.editor.isVisibleTo(window)
    assert "portal.png" in card.evidence_label.text()

    # Waiving needs a reason: an empty one is refused at the card, and nothing is recorded.
    waive_card = page.cards["2.2-zoom-account-requirements"]
    click(qtbot, waive_card.waive_button)
    click(qtbot, waive_card.editor_ok)
    assert "reason is required" in waive_card.message_label.text()
    assert waive_card.status is StepStatus.NOT_STARTED
    qtbot.keyClicks(waive_card.note_edit, "Customer's Zoom admin owns this; checked in kickoff")
    click(qtbot, waive_card.editor_ok)
    settle(qtbot, window)
    assert waive_card.status is StepStatus.WAIVED

    # Scroll down to a later step, let the debounce store the position, then close the project.
    page.scroll_to("2.2.2-firewall-outbound")
    qtbot.waitUntil(lambda: window.project.ui_state().get("scroll:prerequisites") == page.first_visible_step(),
                    timeout=3000)
    remembered = window.project.ui_state()["scroll:prerequisites"]
    assert remembered != "2.2-version-os4k"
    window.close_project()
    assert window.outer.currentIndex() == 0
    assert str(path.resolve()) in window.recent_projects()

    # Reopen: chapter, scroll position, fields, statuses, note and attachment are all back.
    assert window.open_project(path)
    assert window.current_chapter_id() == "prerequisites"
    page = chapter_page(window, "prerequisites")
    qtbot.waitUntil(lambda: page.first_visible_step() == remembered, timeout=3000)
    window.page("site")
    assert window.panel("site").site_form.edits["sbc_public_fqdn"].text() == "sbc01.example.com"
    assert window.panel("site").site_form.edits["customer"].text() == "Example Corp"
    card = page.cards["2.2-admin-pc-internet"]
    assert card.status is StepStatus.CONFIRMED
    assert "Portals open from the laptop" in card.evidence_label.text()
    assert "portal.png" in card.evidence_label.text()
    assert page.cards["2.2-zoom-account-requirements"].status is StepStatus.WAIVED
    assert window.project.verify_audit().intact


def test_run_button_runs_the_check_on_the_event_loop(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.new_project(tmp_path / "run.psiproj")
    window.go_to_chapter("prerequisites")
    card = chapter_page(window, "prerequisites").cards["2.2-version-os4k-rmx"]
    qtbot.keyClicks(card.input_edits["observed"], "V11 R0.22.8")
    click(qtbot, card.run_button)
    qtbot.waitUntil(lambda: card.status is StepStatus.FAILED, timeout=3000)
    assert "below the minimum V11 R0.22.10" in card.findings_label.text()
    assert "2 failed" not in window.sidebar.item(1).text() and "1 failed" in window.sidebar.item(1).text()

    card.input_edits["observed"].clear()
    qtbot.keyClicks(card.input_edits["observed"], "V11 R0.22.10")
    qtbot.keyClick(card.input_edits["observed"], Qt.Key.Key_Return)  # Enter runs the check
    qtbot.waitUntil(lambda: card.status is StepStatus.PASSED, timeout=3000)


def test_unreadable_input_shows_a_message_at_the_step(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.new_project(tmp_path / "bad-input.psiproj")
    window.go_to_chapter("prerequisites")
    card = chapter_page(window, "prerequisites").cards["2.2-version-sbc"]
    qtbot.keyClicks(card.input_edits["observed"], "the newest one")
    click(qtbot, card.run_button)
    qtbot.waitUntil(lambda: "Cannot read a version" in card.message_label.text(), timeout=3000)
    assert card.status is StepStatus.NOT_STARTED
    assert card.input_edits["observed"].text() == "the newest one"


def test_disk_full_keeps_the_typed_note_on_screen(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.new_project(tmp_path / "full.psiproj")
    window.go_to_chapter("prerequisites")
    project = window.project
    pages = project._conn.execute("PRAGMA page_count").fetchone()[0]
    project._conn.execute(f"PRAGMA max_page_count = {pages}")
    card = chapter_page(window, "prerequisites").cards["2.2-admin-pc-internet"]
    click(qtbot, card.confirm_button)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 300_000)
    card.add_pending_file(big)
    qtbot.keyClicks(card.note_edit, "Checked with the customer")
    click(qtbot, card.editor_ok)
    settle(qtbot, window)
    assert "Not saved" in card.message_label.text() and "full" in card.message_label.text()
    assert card.editor.isVisibleTo(window)
    assert card.note_edit.toPlainText() == "Checked with the customer"
    assert card.status is StepStatus.NOT_STARTED


def test_opening_a_file_that_is_not_a_project_says_so(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bogus = tmp_path / "minutes.psiproj"
    bogus.write_text("meeting minutes\n" * 100)
    assert not window.open_project(bogus)
    box = window.findChild(QMessageBox, "ProblemBox")
    assert box is not None and box.isVisible()
    assert "not a PSI project" in box.text()
    assert window.project is None and window.outer.currentIndex() == 0
    assert bogus.read_text().startswith("meeting minutes")


def test_offline_mode_switch_is_recorded_and_changes_network_steps(qtbot, window: MainWindow,
                                                                   tmp_path: Path) -> None:
    window.new_project(tmp_path / "offline.psiproj")
    window.go_to_chapter("site")
    connections = window.panel("site").connections
    assert connections is not None
    connections.show_result("zoom", "Connected. account id: lab-account.", error=False)  # a result from before
    window.offline_action.trigger()
    settle(qtbot, window)
    assert window.project.mode is Mode.OFFLINE
    assert "Offline checklist" in window.mode_label.text()
    assert window.project.audit_entries()[-1].new == "offline"
    # what was true online is shown as what it was, and nothing that needs the network can be clicked
    assert connections.results["zoom"].text() == "Earlier, while online: Connected. account id: lab-account."
    assert not connections.test_buttons["zoom"].isEnabled()
    assert "Ctrl+Shift+O to go online" in connections.test_buttons["zoom"].toolTip()
    window.offline_action.trigger()
    settle(qtbot, window)
    assert window.project.mode is Mode.LIVE
    assert connections.results["zoom"].text() == "" and connections.test_buttons["zoom"].isEnabled()


def test_closing_the_window_saves_what_was_being_typed(qtbot, loop, tmp_path: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    path = tmp_path / "typing.psiproj"
    w.new_project(path)
    qtbot.keyClicks(w.panel("site").site_form.edits["site"], "Berlin")  # still inside the debounce delay
    w.close()
    with ProjectFile.open(path) as project:
        assert project.site()["site"] == "Berlin"


def test_certificate_step_with_files_and_a_passphrase_that_is_never_saved(qtbot, window: MainWindow,
                                                                        tmp_path: Path) -> None:
    from tests.certs import hierarchy, issue

    path = tmp_path / "cert.psiproj"
    window.new_project(path)
    window.project.set_site_field("sbc_public_fqdn", "sbc01.example.com")
    root, intermediate = hierarchy()
    leaf = issue("sbc01.example.com", issuer=intermediate, sans=["other.example.com"])
    (tmp_path / "server.pem").write_bytes(leaf.pem())
    (tmp_path / "key.pem").write_bytes(leaf.key_pem(b"Very-Secret-Passphrase-42"))
    (tmp_path / "ca.pem").write_bytes(root.pem() + intermediate.pem())
    window.go_to_chapter("sbc")
    card = chapter_page(window, "sbc").cards["9.3-certificate-files"]
    for key, name in (("cert", "server.pem"), ("key", "key.pem"), ("ca", "ca.pem")):
        card.file_chosen.emit(card.step.id, key, str(tmp_path / name))  # what the file dialog reports
    settle(qtbot, window)
    assert "server.pem" in card.file_labels["cert"].text() and "kept in the project" in card.file_labels["cert"].text()

    click(qtbot, card.run_button)  # no passphrase yet: the encrypted key says so, nothing is recorded
    qtbot.waitUntil(lambda: "passphrase" in card.message_label.text(), timeout=5000)
    assert card.status is StepStatus.NOT_STARTED

    qtbot.keyClicks(card.secret_edits["passphrase"], "Very-Secret-Passphrase-42")
    click(qtbot, card.run_button)
    qtbot.waitUntil(lambda: card.status is StepStatus.FAILED, timeout=5000)
    assert "do not cover sbc01.example.com" in card.findings_label.text()

    window.close_project()
    assert b"Very-Secret-Passphrase-42" not in path.read_bytes()
    with ProjectFile.open(path) as project:
        assert "passphrase" not in project.step_inputs("9.3-certificate-files")
        assert {e.name for e in project.evidence("9.3-certificate-files")} == {"server.pem", "key.pem", "ca.pem"}


def test_pasted_amo_output_is_checked_and_its_digest_passwords_are_not_kept(qtbot, window: MainWindow,
                                                                            tmp_path: Path) -> None:
    path = tmp_path / "amo.psiproj"
    window.new_project(path)
    window.go_to_chapter("prerequisites")
    card = chapter_page(window, "prerequisites").cards["2.2-sip-subscriber-prerequisites"]
    card.input_edits["amo"].setPlainText('ADD-SBCSU:STNO=3100,OPT=OPTI,PMIDX=5,IPPASSW="Digest-Pw-99",CALLOG=ALL;\n'
                                         'ADD-RICHT:MODE=PM,IDX=5,SAN=7999,STYPE=OTHER;\n')
    click(qtbot, card.run_button)
    qtbot.waitUntil(lambda: card.status is StepStatus.FAILED, timeout=5000)
    text = card.findings_label.text()
    assert "Station 3100 has no email in PERSI" in text and "CHANGE-SDAT:3100,ATTRIBUT,DMCALLWD;" in text
    assert 'IPPASSW="****"' in card.input_edits["amo"].toPlainText()  # the screen shows what was kept
    window.close_project()
    assert b"Digest-Pw-99" not in path.read_bytes()


def test_sbc_values_follow_the_site_and_applied_ticks_are_kept(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "sheet.psiproj"
    window.new_project(path)
    card = chapter_page(window, "sbc").cards["9.1-core-realm"]
    assert card.value_labels["IP address"].text() == "<SBC core (LAN) IP>"
    qtbot.keyClicks(window.panel("site").site_form.edits["sbc_core_ip"], "10.180.0.4")
    window.panel("site").site_form.flush()
    settle(qtbot, window)
    assert card.value_labels["IP address"].text() == "10.180.0.4"
    card.applied_boxes["IP address"].setChecked(True)
    window.close_project()
    window.open_project(path)
    card = chapter_page(window, "sbc").cards["9.1-core-realm"]
    assert card.applied_boxes["IP address"].isChecked()
    assert not card.applied_boxes["SIP-TLS"].isChecked()


def test_preflight_panel_runs_the_probes_against_real_peers(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from tests.certs import hierarchy, issue
    from tests.peers import dnsmasq, kamailio

    _root, intermediate = hierarchy()
    leaf = issue("sbc01.psi.test", issuer=intermediate, sans=["sbc01.psi.test"])
    with dnsmasq(tmp_path, {"sbc01.psi.test": ["127.0.0.1"]}, "broken.test", "refused.test") as dns_port, \
            kamailio(tmp_path, leaf.pem() + intermediate.pem(), leaf.key_pem(), password="pw",
                     max_expires=3600) as sip_port:
        window.new_project(tmp_path / "preflight.psiproj")
        project = window.project
        for key, value in {"sbc_public_fqdn": "sbc01.psi.test", "sbc_public_ip": "203.0.113.10",
                           "sbc_sip_tls_port": str(sip_port)}.items():
            project.set_site_field(key, value)
        project.set_step_input("2.2.2-public-dns", "dns_server", f"127.0.0.1:{dns_port}")
        for step in ("2.2.2-firewall-inbound", "9.4.1.1-max-registration-expiry"):
            project.set_step_input(step, "connect_to", "127.0.0.1")
        project.set_step_input("6.1-os4k-internet-access", "targets", f"127.0.0.1:{sip_port}")
        project.set_step_input("9.1-access-realm", "connect_to", f"127.0.0.1:{sip_port}")  # TLS only: no plain SIP
        window.refresh()
        panel = window.panel("site").preflight
        assert panel is not None and set(panel.pills) == {"2.2.2-public-dns", "2.2.2-firewall-inbound",
                                                          "6.1-os4k-internet-access", "9.1-access-realm",
                                                          "9.4.1.1-max-registration-expiry"}
        click(qtbot, panel.run_all_button)
        qtbot.waitUntil(lambda: all(p.text() not in ("Not started", "Running…") for p in panel.pills.values()),
                        timeout=20000)
        assert panel.pills["2.2.2-public-dns"].text() == "Failed"  # resolves, but not to 203.0.113.10
        assert "not to the public address you entered" in panel.details["2.2.2-public-dns"].text()
        assert panel.pills["2.2.2-firewall-inbound"].text() in ("Failed", "Warning")  # test CA: chain not trusted
        assert window.project.step_records()["9.4.1.1-max-registration-expiry"].result["evidence"]["options"] == \
            "200 OK"
        assert panel.pills["9.1-access-realm"].text() == "Passed"

        window.offline_action.trigger()  # offline: the probes cannot run, and say why
        settle(qtbot, window)
        assert not panel.run_buttons["2.2.2-public-dns"].isEnabled()
        assert "Offline checklist mode" in panel.run_buttons["2.2.2-public-dns"].toolTip()
        assert not panel.run_all_button.isEnabled()  # never a button that silently does nothing
        assert "Offline checklist mode" in panel.run_all_button.toolTip()
        window.grab().save(str(tmp_path / "preflight.png"))


def test_signed_report_from_the_window_with_the_passphrase_in_the_keyring(qtbot, window: MainWindow, tmp_path: Path,
                                                                         monkeypatch, memory_keyring) -> None:
    from wizard.report.verify import verify_report

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    def build(name: str) -> bool:  # as the button does it: on the op runner, the window stays live
        task = window.panel("report").build_report(tmp_path / name)
        settle(qtbot, window)
        return task is not None and task.exception() is None

    window.new_project(tmp_path / "report.psiproj")
    window.project.set_site_field("engineer", "Erika Engineer")
    window.go_to_chapter("report")
    page = window.panel("report").page
    assert not build("none.pdf")  # no identity yet: said at the page, nothing written
    assert "no signing identity" in page.report_message.text() and not (tmp_path / "none.pdf").exists()

    assert on_loop(qtbot, window.panel("report").create_identity_with("Erika Engineer", "", "", "Erika-Passphrase-8"))
    page.passphrase_edit.setText("Erika-Passphrase-8")
    identity = window.panel("report").identity_path()
    assert identity is not None and identity.exists() and str(tmp_path / "data") in str(identity)
    assert memory_keyring.store == {("psi-wizard", f"identity:{identity}"): "Erika-Passphrase-8"}

    assert build("first.pdf"), page.report_message.text()
    page.passphrase_edit.clear()  # the next time, the keyring supplies it
    assert build("second.pdf"), page.report_message.text()
    assert on_loop(qtbot, window.panel("report").export_certificate(tmp_path / "erika.pem"))
    cert = (tmp_path / "erika.pem").read_bytes()
    for pdf in ("first.pdf", "second.pdf"):
        outcome = verify_report((tmp_path / pdf).read_bytes(), cert)
        assert outcome.ok, outcome.problems
        assert outcome.signer == "Erika Engineer"
    assert b"Erika-Passphrase-8" not in (tmp_path / "report.psiproj").read_bytes()

    page.passphrase_edit.setText("wrong-passphrase")
    assert not build("third.pdf")
    assert "passphrase does not open" in page.report_message.text()
    report = window.panel("report")
    assert on_loop(qtbot, report.export_evidence(tmp_path / "evidence.json"))
    assert on_loop(qtbot, report.export_html(tmp_path / "report.html"))
    # the exports are the signed build's own copy: the evidence is what the last good build embedded
    assert (tmp_path / "evidence.json").read_bytes() == report.built.evidence


def test_connections_panel_tests_against_the_lab_and_keeps_the_secret_out_of_the_project(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab) -> None:
    lab = running_lab()
    window.new_project(tmp_path / "conn.psiproj")
    window.go_to_chapter("site")
    panel = window.panel("site").connections
    os4k = lab.endpoints["os4k"]
    panel.edits["os4k"]["host"].setText(os4k["host"])
    panel.edits["os4k"]["port"].setText(str(os4k["port"]))
    panel.edits["os4k"]["user"].setText(os4k["user"])
    panel.secrets["os4k"].setText("wrong-password")

    def test(system: str) -> bool:
        return not on_loop(qtbot, window.panel("site").test_connection(system), timeout=15000).result.findings

    # the first connection: the host key's fingerprint is shown to compare, and nothing logs in before it is
    # accepted (as PuTTY asks)
    assert not test("os4k")
    box = window.findChild(QMessageBox, "HostKeyBox")
    assert box is not None and box.isVisible() and "SHA256:" in box.informativeText()
    assert lab.os4k_lab.sessions == 0 and "host_key" not in window.project.connections()["os4k"]
    fingerprint = box.informativeText().split()[1]
    accept = next(b for b in box.buttons() if b.text() == "Accept and connect")
    accept.click()
    settle(qtbot, window)
    assert "refused user" in panel.results["os4k"].text()  # the key is trusted now; the password is wrong
    panel.secrets["os4k"].setText(os4k["password"])
    assert test("os4k"), panel.results["os4k"].text()
    assert "system number: 4711" in panel.results["os4k"].text()
    panel.secrets["os4k"].clear()
    assert test("os4k")  # the secret was kept (keyring, or this session)
    assert window.project.connections()["os4k"]["host"] == os4k["host"]
    assert window.project.connections()["os4k"]["host_key"] == lab.endpoints["os4k"]["host_key"]  # as accepted
    assert fingerprint in panel.results["os4k"].text()  # the trusted key's fingerprint, shown with the result
    window.offline_action.trigger()
    settle(qtbot, window)
    assert not panel.test_buttons["os4k"].isEnabled()
    window.close_project()
    assert os4k["password"].encode() not in (tmp_path / "conn.psiproj").read_bytes()


def test_amo_panel_dry_run_send_resume_and_paste(qtbot, window: MainWindow, tmp_path: Path, memory_keyring) -> None:
    from wizard.connectors.systems import secret_reference
    from wizard.lab.os4k import LabStation, Os4kLab, Os4kModel
    from wizard.store import secrets

    lab = Os4kLab(Os4kModel(stations={"3100": LabStation()}))
    port = on_loop(qtbot, lab.start(), timeout=10000)

    def wait(job_coro):
        return on_loop(qtbot, job_coro, timeout=15000)

    try:
        window.new_project(tmp_path / "amo.psiproj")
        window.project.set_connection("os4k", {"host": "127.0.0.1", "port": str(port), "user": "engr",
                                                "host_key": lab.host_key})
        secrets.remember(secret_reference(window.project.project_id, "os4k"), lab.password)
        window.go_to_chapter("provisioning")
        panel = window.panel("provisioning").amo_panel
        panel.batch.setPlainText('REG-PERSI:TYPE=STN,STNO=3100;\nCHANGE-PERSI:EMAIL,3100,"anna@example.com";\n'
                                 "CHA-SDAT:3100,ATTRIBUT,DMCALLWD;\n")
        assert wait(window.panel("provisioning").amo_run(dry_run=True))
        assert 'would send: CHANGE-PERSI:EMAIL,3100,"anna@example.com";' in panel.results.toPlainText()
        assert lab.model.stations["3100"].email is None  # a dry run changes nothing
        assert wait(window.panel("provisioning").amo_run(dry_run=False)), panel.results.toPlainText()
        assert lab.model.stations["3100"].email == "anna@example.com" and lab.model.stations["3100"].dmcallwd
        # the same batch again: answered from the journal
        assert wait(window.panel("provisioning").amo_run(dry_run=False))
        assert all(count == 1 for count in lab.model.applied.values())

        panel.batch_name.setText("manual")
        panel.pasted.setPlainText('<CHANGE-PERSI:EMAIL,3100,"anna@example.com";\nAMO-PERSI-111 CHANGE COMPLETED\n<\n'
                                  "<CHA-SDAT:3100,ATTRIBUT,DMCALLWD;\nF23: STATION 3100 NOT FOUND\n<\n")
        panel.batch.setPlainText('CHANGE-PERSI:EMAIL,3100,"anna@example.com";\nCHA-SDAT:3100,ATTRIBUT,DMCALLWD;\n')
        assert wait(window.panel("provisioning").amo_parse())
        assert "F23: STATION 3100 NOT FOUND" in panel.results.toPlainText()
        window.offline_action.trigger()  # offline: SSH is off, pasting still works
        settle(qtbot, window)
        assert not panel.send_button.isEnabled() and panel.parse_button.isEnabled()
        window.grab().save(str(tmp_path / "amo.png"))
    finally:
        on_loop(qtbot, lab.stop(), timeout=10000)


def test_provisioning_panel_reads_plans_runs_verifies_and_previews_undo(qtbot, window: MainWindow, tmp_path: Path,
                                                                         memory_keyring, running_lab) -> None:
    from wizard.demo import point_at_lab

    lab = running_lab("zoom.activate_after=0")

    def wait(job_coro, timeout: int = 30000):
        return on_loop(qtbot, job_coro, timeout)

    window.new_project(tmp_path / "wave.psiproj")
    wait(point_at_lab(window.project, lab.endpoints))
    window.go_to_chapter("provisioning")
    controller = window.panel("provisioning").wave
    controller.activation_wait = 0  # the demo's pending users never activate: do not wait for them
    panel = controller.panel
    assert not panel.plan_button.isEnabled()  # nothing read yet
    click(qtbot, panel.read_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 40, timeout=15000)
    # Stations without a PMIDX wait for the engineer's index (the guide names none); index 1 has no route and no
    # voicemail number is given
    assert "18 ready" in panel.counts.text() and "20 need a fix first" in panel.counts.text()
    panel.pmidx.setText("1")
    panel.pmidx.editingFinished.emit()
    assert "18 ready" in panel.counts.text()
    panel.voicemail.setText("7999")
    panel.voicemail.editingFinished.emit()  # now the wave may add the route: judged again at once
    assert "26 ready" in panel.counts.text() and "10 need a fix first" in panel.counts.text()

    panel.filter.setCurrentText("Only problems")
    assert panel.proxy.rowCount() == 14  # 10 blocked + 4 waiting for activation
    panel.search.setText("user000")
    assert panel.proxy.rowCount() == 1
    panel.table.selectRow(0)
    assert html.escape('CHANGE-PERSI:EMAIL,<STNO>,"user000@example.com";') in panel.details.text()
    panel.search.clear()
    panel.filter.setCurrentText("Only ready")
    first = panel.proxy.index(0, 0)
    panel.proxy.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    left_out = panel.proxy.index(0, 1).data()
    assert "29 chosen for this wave" in panel.counts.text()  # 26 ready and 4 waiting were chosen, less one

    click(qtbot, panel.plan_button)
    qtbot.waitUntil(lambda: "Nothing has been sent" in panel.message.text(), timeout=10000)
    # the plan names the digest password by its placeholder, and says the real one is filled in when sending
    assert 'IPPASSW="<digest password>" stands for each station' in panel.wave_label.text()
    plan_text = [panel.plan_tree.topLevelItem(i).text(0) for i in range(panel.plan_tree.topLevelItemCount())]
    assert any(t.startswith("Added in the Zoom portal, by hand (§7.1.3.2)") for t in plan_text)
    assert not lab.zoom_lab.state.phones  # planning sends nothing

    # Nothing changes before the engineer has read what will change, in a box of its own
    click(qtbot, panel.run_button)
    assert panel.confirmation.isVisible() and not controller.running
    # none to invite: said so, not as a count of none (walk-through item 7)
    assert "Zoom account lab-account: no invitations needed;" in panel.confirmation_text.text()
    assert panel.confirm_button.text() == "Send these changes"
    click(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: "Wave W" in panel.message.text() and not controller.running, timeout=60000)
    assert not panel.confirmation.isVisible()
    assert "portal round 1: tick" in panel.message.text()  # what to do next, in words
    amos = len(load_plan(window.project, controller.wave_id).of(System.OS4K))
    assert panel.bars[System.OS4K].detail.text().startswith(f"{amos} of {amos} done")  # all answered

    # Stage 2 by the engineer's hands: the list to tick, added in the (lab's) portal, then confirmed
    to_tick = [line.split("\t")[0] for line in panel.round_list.toPlainText().splitlines()]
    assert len(to_tick) == 25 and left_out not in to_tick
    panel.round_search.setText(to_tick[0])
    assert panel.round_list.toPlainText().count("@") == 1  # searchable
    panel.round_search.clear()
    lab.mitel.add_users(to_tick)
    click(qtbot, panel.round_done_button)
    qtbot.waitUntil(lambda: "Assistant: import the file" in panel.message.text() and not controller.running,
                    timeout=60000)
    # Stage 4: the Assistant's import file saved (only then can its import be confirmed), imported and Update all
    # run by the lab's Assistant, confirmed; the wave reads back
    assert not panel.assistant_done_button.isEnabled()
    saved = tmp_path / "assistant.csv"
    on_loop(qtbot, controller.chapter.save_assistant_file(controller.wave_id, saved))
    on_loop(qtbot, controller.refresh_wave())
    assert panel.assistant_done_button.isEnabled()
    lab.mitel.import_csv(saved.read_bytes())
    lab.mitel.update_all()
    click(qtbot, panel.assistant_done_button)
    qtbot.waitUntil(lambda: "25 of 29 people integrated" in panel.message.text(), timeout=60000)
    assert not lab.zoom_lab.state.sip_phone_writes
    assert panel.bars[System.VERIFY].detail.text() == "25 of 29 done · 4 waiting"
    click(qtbot, panel.verify_button)
    qtbot.waitUntil(lambda: "Read back from Zoom and the OS4K" in panel.message.text(), timeout=30000)
    assert "25 of 29" in panel.message.text()
    window.grab().save(str(tmp_path / "provisioning.png"))
    records = window.project.step_records()
    assert records["7.2.1-assistant-user-data"].status == "warning"  # 4 people wait for activation: not failed
    assert records["7.1.1-add-zoom-users"].status == "passed"
    # Undo names what it changes and asks in its own box; the Undo button itself changes nothing
    click(qtbot, panel.undo_button)
    assert panel.confirmation.isVisible() and panel.confirm_button.text() == "Undo these changes"
    # the window says the count with the language's plural form (#34)
    assert "by hand in the Zoom portal: remove 25 integrated users (" in panel.confirmation_text.text()
    click(qtbot, panel.dismiss_button)
    assert not panel.confirmation.isVisible() and window.project.wave(controller.wave_id).state != "undone"

    # §8.2/§8.3: the comparison report downloaded after the wave, each issue with its resolution
    report = (b"email,name,clUserId,licenses,zmUserId,zmUserStatus,zmSipPhoneId,zmSipPhoneNumber,"
              b"zmSipPhoneMobileId,zmSipPhoneMobileNumber,issues\n"
              b'user009@example.com,U,cl9,"[""ZoomPSI""]",zm9,pending,,,,,"[""ZoomUserStatusPending""]"\n')
    assert not on_loop(qtbot, controller.hands.import_comparison_report(report, "comparison.csv"))
    top = panel.plan_tree.topLevelItem(0)
    assert top.text(0) == "User comparison report comparison.csv: 1 issue(s)"
    assert "user009@example.com" in top.child(0).text(0) and top.child(0).child(0).text(0).startswith("→ ")
    assert [e.name for e in window.project.evidence("8.2-user-comparison-report")] == ["comparison.csv"]
    assert not on_loop(qtbot, controller.hands.import_comparison_report(b"Name;Phone\nx;1\n", "wrong.csv"))
    assert "Not read" in panel.message.text()
    assert window.project.ui_state()["provision.voicemail"] == "7999"  # kept with the project

    # No SSH: the OS4K side pasted from the Assistant's AMO window
    QApplication.clipboard().setText('ADD-SBCSU:STNO=3300,OPT=OPTI,PMIDX=5,CALLOG=ALL;\n'
                                     'CHANGE-PERSI:EMAIL,3300,"user001@example.com";\n')
    paste = next(b for b in panel.findChildren(QAbstractButton) if b.text() == "Paste OS4K output")
    click(qtbot, paste)
    qtbot.waitUntil(lambda: "OS4K subscribers (pasted or from a file)" in panel.source_label.text(), timeout=15000)
    assert any(r.stations == ("3300",) for r in panel.model.rows)


def test_help_opens_the_guide_at_the_current_step_and_about_names_the_versions(qtbot, window: MainWindow,
                                                                                tmp_path: Path) -> None:
    guide = Path(__file__).resolve().parents[2] / "shared" / "guide" / "zoom-psi-os4k-sbc-solution-guide.md"
    if not guide.exists():
        pytest.skip("the solution guide is not next to the repository")
    window.new_project(tmp_path / "guide.psiproj")
    window.go_to_chapter("provisioning")
    assert window.current_section() == "7.1.1"  # the first step in view
    window.show_guide(guide, window.current_section())  # read off the loop, then shown
    settle(qtbot, window)
    dialog = window.findChild(QDialog, "GuideDialog")
    assert dialog is not None and dialog.windowTitle() == "Guide — 7.1.1 Adding a new Zoom user"
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert text.startswith("7.1.1 Adding a new Zoom user") and "7.1.2" not in text  # that section, and only it
    dialog.close()
    about = window.about_text()
    assert "Qt 6." in about and "pyhanko" in about and "asyncssh" in about
    window.preferences.set(GUIDE, str(tmp_path / "missing.md"))
    window.open_guide_section()  # a guide that moved: said, with where to choose it again
    settle(qtbot, window)
    assert "cannot read the guide" in window.statusBar().currentMessage()
    assert "Choose the guide file" in window.statusBar().currentMessage()


def test_every_input_on_every_page_has_an_accessible_name(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Screen readers announce a field by its accessible name; a button or a check box by its own text."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QProgressBar,
        QSpinBox,
    )

    window.new_project(tmp_path / "a11y.psiproj")
    nameless = []
    for chapter in window.runbook.chapters:
        window.go_to_chapter(chapter.id)
        page = window.page(chapter.id)
        for kind in (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QAbstractItemView, QProgressBar):
            for widget in page.findChildren(kind):
                # a combo box's list and a table's header speak through their owner
                part_of_another = isinstance(widget.parentWidget(), QComboBox) or isinstance(widget, QHeaderView)
                if widget.isVisibleTo(page) and not widget.accessibleName() and not part_of_another:
                    nameless.append(f"{chapter.id}: {type(widget).__name__} {widget.objectName()!r} "
                                    f"{getattr(widget, 'placeholderText', lambda: '')()!r}")
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(page) and not (button.text() or button.accessibleName()):
                nameless.append(f"{chapter.id}: a button without text or name")
    assert not nameless, "\n".join(nameless)


def test_the_window_comes_back_where_it_was_left(qtbot, loop) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 540)  # within the offscreen screen: restoreGeometry keeps a window on its screen
    QApplication.processEvents()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 540)
    second.close()


def test_light_and_dark_themes_switch_and_are_remembered(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QPalette

    app = QApplication.instance()
    try:
        window.theme_actions["dark"].trigger()
        assert app.palette().color(QPalette.ColorRole.Base).lightness() < 128
        assert "#1d2126" in app.styleSheet() and "#f6f7f9" not in app.styleSheet()
        assert window.preferences.get(THEME) == "dark"
    finally:
        window.theme_actions["light"].trigger()
    assert app.palette().color(QPalette.ColorRole.Base).lightness() > 128 and "#f6f7f9" in app.styleSheet()


def test_every_chapter_is_reached_by_keyboard_alone_and_focus_is_visible(qtbot, window: MainWindow,
                                                                          tmp_path: Path) -> None:
    window.new_project(tmp_path / "keys.psiproj")
    window.sidebar.setFocus()
    seen = [window.current_chapter_id()]
    for _ in window.runbook.chapters[1:]:
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        seen.append(window.current_chapter_id())
    assert seen == [c.id for c in window.runbook.chapters]
    # on a page, Tab moves through its controls; the focused one has a visible frame from the stylesheet
    window.go_to_chapter("prerequisites")
    page = window.page("prerequisites")
    page.run_all_button.setFocus()
    QApplication.processEvents()
    reached = set()
    for _ in range(12):
        focused = window.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        reached.add(type(window.focusWidget()).__name__)
    assert {"QLineEdit", "QPushButton"} <= reached
    assert ":focus" in QApplication.instance().styleSheet()
