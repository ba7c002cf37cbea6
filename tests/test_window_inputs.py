"""Inputs judged as they are typed (#34): a port refuses letters, a result is marked stale once its input changes,
a DER certificate named .pem is named when it is chosen, and a field's problem never moves the form."""

from pathlib import Path

from tests.gui import chapter_page, settle
from wizard.app import MainWindow
from wizard.runbook.states import StepStatus

PROXY_STEP = "6.1-os4k-internet-access"


def _chapter_of(window: MainWindow, step_id: str) -> str:
    return next(c.id for c in window.runbook.chapters if any(s.id == step_id for s in c.steps))


def test_a_port_with_letters_is_refused_as_typed(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.new_project(tmp_path / "ports.psiproj")
    site = window.panel("site")
    ssh_port = site.connections.edits["os4k"]["port"]
    ssh_port.clear()
    qtbot.keyClicks(ssh_port, "45165x7")
    assert ssh_port.text() == "45165"  # the letter never got in; nor a sixth digit, no port has one
    tls_port = site.site_form.edits["sbc_sip_tls_port"]
    qtbot.keyClicks(tls_port, "650a61")
    tls_port.editingFinished.emit()
    settle(qtbot, window)
    assert tls_port.text() == "65061" and window.project.site()["sbc_sip_tls_port"] == "65061"
    assert site.connections.values("os4k")["port"] == "45165"


def test_a_result_is_marked_stale_once_its_input_is_typed_otherwise(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.new_project(tmp_path / "stale.psiproj")
    window.project.set_step_input(PROXY_STEP, "via", "http://proxy.example:3128")
    window.project.record_result(PROXY_STEP, "passed", {"findings": []}, "2026-12-07T04:00:00", "2026-12-07T04:00:01")
    window.refresh()
    chapter = _chapter_of(window, PROXY_STEP)
    window.go_to_chapter(chapter)
    card = chapter_page(window, chapter).cards[PROXY_STEP]
    assert card.status is StepStatus.PASSED and card.status_pill.text() == "Passed" and not card.stale()
    assert card.findings_label.text() == "Check passed with no findings."
    via = card.input_edits["via"]
    via.selectAll()
    qtbot.keyClicks(via, "proxy:notaport")  # retyped, not run yet: "Passed" says nothing about it
    assert card.stale() and card.status_pill.text() == "Passed · outdated"
    assert card.status_pill.property("stale") is True and "run the check again" in card.status_pill.toolTip()
    # the summary line says it too, not "Check passed with no findings." beside an outdated pill
    assert card.findings_label.text().startswith("Outdated: the check passed with no findings on the input as it was")
    for language, outdated in (("de", "Bestanden · veraltet"), ("en", "Passed · outdated")):
        window.set_language(language)  # the card is made again, from what was saved of the retyped input
        settle(qtbot, window)
        card = chapter_page(window, chapter).cards[PROXY_STEP]
        assert card.stale() and card.status_pill.text() == outdated, card.status_pill.text()
    via = card.input_edits["via"]
    via.setText("http://proxy.example:3128")  # typed back as it was judged: the result holds again
    assert not card.stale() and card.status_pill.text() == "Passed"
    assert card.findings_label.text() == "Check passed with no findings."
    via.setText("http://other.example:8080")
    via.editingFinished.emit()
    settle(qtbot, window)
    finding = {"code": "probe.proxy-refused", "severity": "error", "message": "The proxy refused the connection."}
    window.project.record_result(PROXY_STEP, "failed", {"findings": [finding]}, "2026-12-07T04:05:00",
                                 "2026-12-07T04:05:01")
    window.refresh()  # a new result judged what is typed now
    assert card.status is StepStatus.FAILED and not card.stale() and card.status_pill.text() == "Failed"
    assert "Outdated" not in card.findings_label.text()
    via.setText("http://third.example:8080")
    assert card.status_pill.text() == "Failed · outdated"
    assert card.findings_label.text().startswith("<p style='margin:0'><i>Outdated: these findings are about the input")


def test_a_der_certificate_named_pem_is_said_when_it_is_chosen(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    from tests.certs import issue

    assert window.new_project(tmp_path / "der.psiproj")
    leaf = issue("sbc.example.com").cert
    named_pem = tmp_path / "sbc.pem"
    named_pem.write_bytes(leaf.public_bytes(Encoding.DER))
    chapter = _chapter_of(window, "9.3-certificate-files")
    window.go_to_chapter(chapter)
    card = chapter_page(window, chapter).cards["9.3-certificate-files"]
    card.file_chosen.emit("9.3-certificate-files", "cert", str(named_pem))
    settle(qtbot, window)
    assert card.message_label.isVisibleTo(window)
    assert "The file sbc.pem holds DER (binary) data, though its name says PEM" in card.message_label.text()
    assert "openssl x509 -inform DER" in card.message_label.text()
    real_pem = tmp_path / "real.pem"
    real_pem.write_bytes(leaf.public_bytes(Encoding.PEM))
    card.set_message("")
    card.file_chosen.emit("9.3-certificate-files", "cert", str(real_pem))
    settle(qtbot, window)
    assert not card.message_label.text()


def test_a_fields_problem_never_moves_the_fields_below_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.new_project(tmp_path / "reflow.psiproj")
    form = window.panel("site").site_form
    below = form.edits["sbc_public_fqdn"]
    settle(qtbot, window)
    where = below.mapTo(form, below.rect().topLeft())
    qtbot.keyClicks(form.edits["sbc_core_ip"], "10.180.0.300")  # a problem shows under the core address
    qtbot.wait(50)
    assert form.problems["sbc_core_ip"].problem()
    assert below.mapTo(form, below.rect().topLeft()) == where
    form.edits["sbc_core_ip"].setText("10.180.0.3")
    form.edits["sbc_core_ip"].textEdited.emit("10.180.0.3")
    qtbot.wait(50)
    assert not form.problems["sbc_core_ip"].problem() and below.mapTo(form, below.rect().topLeft()) == where
