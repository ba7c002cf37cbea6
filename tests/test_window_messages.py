"""Messages stay true (#34): what the status bar says runs goes when it stops, and with the project it belongs to;
a PDF no program opens is said, with its folder offered."""

import asyncio
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from tests.gui import settle
from wizard.app import MainWindow
from wizard.errors import WizardError


def test_the_recheck_words_go_when_it_is_refused_and_with_its_project(qtbot, window: MainWindow, tmp_path: Path,
                                                                        monkeypatch) -> None:
    import wizard.services.recheck_report as recheck_report

    async def refused(*_args: object) -> None:
        raise WizardError("the baseline's signature does not verify", "choose the signer's certificate")

    async def endless(*_args: object) -> None:
        await asyncio.Event().wait()

    baseline = tmp_path / "report1.pdf"
    baseline.write_bytes(b"%PDF-1.7")
    assert window.new_project(tmp_path / "a.psiproj")
    monkeypatch.setattr(recheck_report, "recheck_and_sign", refused)
    window.recheck(baseline, None)
    assert "Re-checking the site against report1.pdf" in window.running_label.text()
    settle(qtbot, window)
    assert "Re-checking" not in window.running_label.text() and window.running_label.text().strip() == "Idle"
    for box in window.findChildren(QMessageBox, "ProblemBox"):
        box.close()

    monkeypatch.setattr(recheck_report, "recheck_and_sign", endless)
    window.recheck(baseline, None)
    assert "Re-checking the site against report1.pdf" in window.running_label.text()
    assert window.new_project(tmp_path / "b.psiproj")  # another project: the re-check of the first one stops
    settle(qtbot, window, timeout=5000)
    assert "Re-checking" not in window.running_label.text() and not window.ops.busy("recheck")


def test_open_pdf_without_a_viewer_says_so_and_offers_the_folder(qtbot, window: MainWindow, tmp_path: Path,
                                                                 monkeypatch) -> None:
    asked: list[str] = []

    def open_url(url) -> bool:  # a desktop with a file manager but no PDF viewer
        asked.append(url.toLocalFile())
        return not url.toLocalFile().endswith(".pdf")

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    assert window.new_project(tmp_path / "pdf.psiproj")
    report = window.panel("report")
    pdf = tmp_path / "site-report.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    report.built = SimpleNamespace(pdf=pdf)
    assert report.open_pdf() is False
    box = window.findChild(QMessageBox, "NoViewerBox")
    assert box is not None and box.isVisible()
    assert "site-report.pdf" in box.text() and str(pdf) in box.informativeText()
    next(b for b in box.buttons() if b.text() == "Show in folder").click()
    assert asked == [str(pdf), str(tmp_path)]
