"""The window meets the fuzz corpus where an engineer hands it things: projects it opens, AMO output pasted into a
step, a version typed into a field, certificate files chosen in a picker. Each ends in a message in place (a
problem box, the step's message or its findings), the typed or pasted text stays, the chosen file is unchanged,
and the internal-error sentence never appears."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui import chapter_page, click
from tests.hostile.corpus import PROJECT_DAMAGE, amo_variants, certificate_variants, damaged_project
from wizard.app import MainWindow
from wizard.runbook.engine import INTERNAL_ERROR

SAMPLE_DAMAGE = ("truncated", "zeroed-page", "drop-audit", "bad-mode", "bad-result-json", "foreign-app")


def test_the_damage_sample_is_in_the_corpus() -> None:
    assert set(SAMPLE_DAMAGE) <= set(PROJECT_DAMAGE)


@pytest.mark.parametrize("kind", SAMPLE_DAMAGE)
def test_a_damaged_project_is_named_in_a_problem_box(qtbot, window: MainWindow, tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.psiproj"
    damaged_project(kind)(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert not window.open_project(path)
    box = window.findChild(QMessageBox, "ProblemBox")
    assert box is not None and box.isVisible()
    assert any(word in box.text() for word in ("damaged", "not a PSI project")), box.text()
    assert window.project is None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # looked at, never written
    box.close()


def _settled(card) -> bool:
    return bool(card.message_label.text() or card.findings_label.text()) and card.run_button.isEnabled()


def test_hostile_amo_text_pasted_into_a_step(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.new_project(tmp_path / "paste.psiproj")
    window.go_to_chapter("prerequisites")
    card = chapter_page(window, "prerequisites").cards["2.2-sip-subscriber-prerequisites"]
    sample = [(name, data.decode("utf-8", errors="replace")[:20_000]) for name, data in amo_variants()]
    for name, text in [(n, t) for n, t in sample if t.strip()][:12]:
        card.input_edits["amo"].setPlainText(text)
        pasted = card.input_edits["amo"].toPlainText()
        card.message_label.clear()
        card.findings_label.clear()
        click(qtbot, card.run_button)
        qtbot.waitUntil(lambda c=card: _settled(c), timeout=10000)
        shown = card.message_label.text() + card.findings_label.text()
        assert INTERNAL_ERROR not in shown, name
        assert card.input_edits["amo"].toPlainText() == pasted, f"{name}: the pasted text was changed or lost"


def test_hostile_versions_typed_into_a_field(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.new_project(tmp_path / "typed.psiproj")
    window.go_to_chapter("prerequisites")
    card = chapter_page(window, "prerequisites").cards["2.2-version-os4k"]
    for typed in ("V1" + " " * 40_000 + "x", "\u0661\u0661.\u0662", "V11 R" + "9" * 500, "nan", "\x00"):
        card.input_edits["observed"].setText(typed)
        shown = card.input_edits["observed"].text()  # as the field holds it (it keeps 32767 characters)
        card.message_label.clear()
        card.findings_label.clear()
        click(qtbot, card.run_button)
        qtbot.waitUntil(lambda c=card: _settled(c), timeout=10000)
        assert INTERNAL_ERROR not in card.message_label.text() + card.findings_label.text()
        assert card.input_edits["observed"].text() == shown  # what was typed stays


def test_hostile_certificate_files_chosen_in_the_picker(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.new_project(tmp_path / "certs.psiproj")
    window.project.set_site_field("sbc_public_fqdn", "sbc01.example.com")
    window.go_to_chapter("sbc")
    card = chapter_page(window, "sbc").cards["9.3-certificate-files"]
    for index, (name, data) in enumerate(list(certificate_variants())[:10]):
        chosen = tmp_path / f"chosen-{index}.pem"
        chosen.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        card.file_chosen.emit(card.step.id, "cert", str(chosen))
        card.message_label.clear()
        card.findings_label.clear()
        click(qtbot, card.run_button)
        qtbot.waitUntil(lambda c=card: _settled(c), timeout=10000)
        assert INTERNAL_ERROR not in card.message_label.text() + card.findings_label.text(), name
        assert hashlib.sha256(chosen.read_bytes()).hexdigest() == digest
