"""The Report page's signing box says and offers what works in the state it is in (walk-through item 13): with no
signing identity yet, "Export my certificate…" was enabled and the passphrase field said "empty: use the passphrase
remembered in the system keyring"; and the box took so much of a 1280×720 window that the "Needs attention" list
above it showed three entries and a half."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from pages.report_page import ReportPage
from tests.gui import crowded_report_page, on_loop, settle
from wizard.app import MainWindow


def test_without_an_identity_nothing_that_needs_one_is_offered(qtbot) -> None:
    page = ReportPage()
    qtbot.addWidget(page)
    page.show()
    page.set_state(building=False, identity_busy=False, built=False, has_identity=False)
    assert not page.export_certificate_button.isEnabled() and not page.build_button.isEnabled()
    assert "no signing identity" in page.export_certificate_button.toolTip()
    assert not page.passphrase_edit.isVisible() and not page.remember_box.isVisible()
    assert "keyring" not in page.passphrase_edit.placeholderText()

    page.set_state(building=False, identity_busy=False, built=False, has_identity=True)
    assert page.export_certificate_button.isEnabled() and page.build_button.isEnabled()
    assert page.passphrase_edit.isVisible()
    page.show_passphrase_kept(False)  # an identity whose passphrase nothing remembers: it must be typed
    assert "keyring" not in page.passphrase_edit.placeholderText()
    page.show_passphrase_kept(True)
    assert page.passphrase_edit.placeholderText() == "empty: use the passphrase remembered in the system keyring"


def test_the_needs_attention_list_has_room_at_1280_by_720(qtbot) -> None:
    page = crowded_report_page(qtbot, 636)  # the page's height in a 1280×720 window, as the window lays it out
    page.set_state(building=False, identity_busy=False, built=False, has_identity=False)
    QApplication.processEvents()
    viewport = page.open_label.parentWidget().parentWidget()  # the scroll area's viewport
    shown = viewport.height() - page.open_label.mapTo(viewport, page.open_label.rect().topLeft()).y()
    lines = shown / page.open_label.fontMetrics().lineSpacing()  # 8.9 with the signing box of before, 15.4 now
    assert lines >= 12, f"the list shows {lines:.1f} lines before the signing box"


def test_the_window_offers_the_identity_controls_once_there_is_an_identity(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch, memory_keyring) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window.new_project(tmp_path / "report.psiproj")
    window.go_to_chapter("report")
    settle(qtbot, window)
    report = window.panel("report")
    page = report.page
    assert not page.export_certificate_button.isEnabled() and not page.passphrase_edit.isVisible()
    assert on_loop(qtbot, report.create_identity_with("Erika Engineer", "", "", "Erika-Passphrase-8"))
    settle(qtbot, window)
    assert page.export_certificate_button.isEnabled() and page.build_button.isEnabled()
    assert page.passphrase_edit.isVisible()
    assert "remembered in the system keyring" in page.passphrase_edit.placeholderText()  # creating keeps it
    memory_keyring.store.clear()
    on_loop(qtbot, report._ask_passphrase_kept())
    assert "keyring" not in page.passphrase_edit.placeholderText()
