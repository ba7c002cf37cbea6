"""The SBC chapter's test call (issue #33): two stations and their passwords typed, Call on the op runner, the
call's figures each way, its findings with fixes and its SIP ladder shown; kept on the runbook's step (never the
passwords); one-way audio named when the lab drops a direction; a 1280×720 window keeps it readable in both
themes and languages (PSI_SCREENSHOTS=folder saves the pictures)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from pages.test_call_panel import TestCallPanel
from tests.gui import click, settle
from wizard.app import MainWindow
from wizard.services.test_call import TEST_CALL_STEP

SCREEN = QSize(1280, 720)


def call_panel(qtbot, window: MainWindow, tmp_path: Path, lab) -> TestCallPanel:
    sbc = lab.endpoints["sbc"]
    window.new_project(tmp_path / "call.psiproj")
    project = window.project
    project.set_site_field("sbc_public_fqdn", sbc["fqdn"])
    project.set_site_field("sbc_sip_tls_port", str(sbc["sip_tls_port"]))
    project.set_step_input(TEST_CALL_STEP, "connect_to", sbc["host"])
    kept = project.keep_evidence(TEST_CALL_STEP, "lab-sbc.pem", sbc["ca_pem"].encode())
    project.set_step_input(TEST_CALL_STEP, "ca", f"evidence:{kept}")
    window.go_to_chapter("sbc")
    panel = window.page("sbc").findChild(TestCallPanel)
    assert panel is not None
    return panel


def call(qtbot, window: MainWindow, panel: TestCallPanel, password: str) -> None:
    panel.set_stations("3100", "3101")
    panel.caller_password.setText(password)
    panel.callee_password.setText(password)
    click(qtbot, panel.call_button)
    settle(qtbot, window, timeout=40000)


def shoot(window: MainWindow, panel: TestCallPanel, name: str) -> None:
    folder = os.environ.get("PSI_SCREENSHOTS")
    if not folder:
        return
    QApplication.processEvents()
    scroller = panel.parentWidget()
    while scroller is not None and not isinstance(scroller, QScrollArea):
        scroller = scroller.parentWidget()
    for part, widget in (("result", panel), ("ladder", panel.result.ladder_area)):
        if scroller is not None:
            scroller.ensureWidgetVisible(panel.result, 0, 0)  # from the same place each time
            scroller.ensureWidgetVisible(widget, 0, 0)
        QApplication.processEvents()
        window.grab().save(str(Path(folder) / f"ladder-{name}-{part}.png"))


def test_a_test_call_from_the_sbc_chapter_shows_its_figures_findings_and_ladder(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab) -> None:
    lab = running_lab()
    window.resize(SCREEN)
    panel = call_panel(qtbot, window, tmp_path, lab)
    call(qtbot, window, panel, lab.endpoints["sbc"]["digest_password"])
    assert panel.result.isVisible(), panel.message.text()
    assert "set up in" in panel.result.summary.text() and "PCMA" in panel.result.summary.text()
    figures = [w.text() for w in panel.result.findChildren(QLabel)]
    assert "3100 → 3101" in figures and "3101 → 3100" in figures
    ladder = panel.result.ladder
    labels = [s.label for s in ladder.steps]
    assert "INVITE (SDP)" in labels and "200 OK (SDP)" in labels and "BYE" in labels
    assert ladder.parties() == ["caller", "sbc", "callee"]
    assert "plain RTP" in panel.result.findings.text()  # the media profile's offers, judged
    assert panel.caller_password.text() == ""  # a typed password served one call
    record = window.project.step_records()[TEST_CALL_STEP]
    assert record.status == "passed"
    assert lab.endpoints["sbc"]["digest_password"] not in str(record.result)
    assert window.size() == SCREEN
    for language in ("en", "de"):
        window.set_language(language)
        settle(qtbot, window)
        for theme in ("light", "dark"):
            window.set_theme(theme)
            settle(qtbot, window)
            panel = window.page("sbc").findChild(TestCallPanel)
            assert panel is not None and panel.result.isVisible()
            shoot(window, panel, f"{language}-{theme}")
    window.set_language("en")
    window.set_theme("light")


def test_one_way_audio_through_the_lab_is_named_in_the_window(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab) -> None:
    lab = running_lab("sbc.drop_media=callee")
    window.resize(SCREEN)
    panel = call_panel(qtbot, window, tmp_path, lab)
    call(qtbot, window, panel, lab.endpoints["sbc"]["digest_password"])
    assert "One-way audio" in panel.result.findings.text()
    assert "3100 heard nothing from 3101" in panel.result.findings.text()
    assert window.project.step_records()[TEST_CALL_STEP].status == "failed"
    shoot(window, panel, "one-way")


def test_a_call_without_passwords_says_what_is_missing_and_keeps_the_stations(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab) -> None:
    lab = running_lab()
    panel = call_panel(qtbot, window, tmp_path, lab)
    call(qtbot, window, panel, "")
    assert "no digest password given for test station 3100" in panel.message.text()
    assert (panel.caller.currentText(), panel.callee.currentText()) == ("3100", "3101")
    assert not panel.result.isVisible()


def test_passwords_kept_in_the_keyring_serve_when_none_is_typed(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab) -> None:
    from wizard.runbook.engine import step_secret_reference
    from wizard.store.secrets import remember

    lab = running_lab()
    panel = call_panel(qtbot, window, tmp_path, lab)
    for key in ("caller_password", "callee_password"):
        remember(step_secret_reference(window.project.project_id, TEST_CALL_STEP, key),
                 lab.endpoints["sbc"]["digest_password"])
    call(qtbot, window, panel, "")
    assert window.project.step_records()[TEST_CALL_STEP].status == "passed", panel.message.text()
    assert "set up in" in panel.result.summary.text()


def test_typed_stations_and_passwords_survive_a_language_switch(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab) -> None:
    panel = call_panel(qtbot, window, tmp_path, running_lab())
    panel.set_stations("3100", "3101")
    panel.caller_password.setText("typed, not called yet")
    window.set_language("de")
    settle(qtbot, window)
    panel = window.page("sbc").findChild(TestCallPanel)
    assert panel is not None and panel.caller_password.text() == "typed, not called yet"
    assert (panel.caller.currentText(), panel.call_button.text()) == ("3100", "Anrufen")
