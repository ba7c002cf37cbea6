"""The Report page's language (#32 item 5): chosen there, kept in the project, and the report built from the window
is in it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.gui import on_loop, settle
from tests.test_report import require_tool
from wizard.app import MainWindow


def test_the_report_language_chosen_on_the_report_page_is_kept_and_the_build_speaks_it(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch, memory_keyring) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window.new_project(tmp_path / "site.psiproj")
    window.project.set_site_field("customer", "Beispiel GmbH")
    window.go_to_chapter("report")
    report = window.panel("report")
    page = report.page
    settle(qtbot, window)
    assert page.language_box.currentData() == "en"  # English until chosen otherwise
    page.language_box.setCurrentIndex(page.language_box.findData("de"))
    page.language_box.activated.emit(page.language_box.currentIndex())  # as the engineer's choice in the list
    settle(qtbot, window)
    assert window.project.report_language == "de"
    assert any(e.action == "report language" and e.new == "de" for e in window.project.audit_entries())
    page.passphrase_edit.setText("Erika-Passphrase-8")
    assert on_loop(qtbot, report.create_identity_with("Erika Engineer", "", "", "Erika-Passphrase-8"))
    built = on_loop(qtbot, report.build_report(tmp_path / "bericht.pdf"), timeout=60000)
    text = subprocess.run([require_tool("pdftotext"), str(built.pdf), "-"], capture_output=True, text=True,
                          timeout=60).stdout
    assert "Inbetriebnahmeprotokoll" in text and "Zusammenfassung" in text and "Summary" not in text
    window.refresh()
    settle(qtbot, window)
    assert page.language_box.currentData() == "de"  # the page shows the project's choice
