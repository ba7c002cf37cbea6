"""A finding a later read of its fact superseded (#32, wizard.checks.superseded) is shown so on its step card and is
not counted as open in the sidebar, as the report says it: the issue's own case, §2.2's AMO text pasted with station
3102's errors before a wave integrated 3102 and read it back. PSI_SCREENSHOTS=folder saves the card at 1280×720."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from tests.gui import chapter_page, on_loop, settle
from wizard.app import MainWindow
from wizard.app.window import SETTLE_MS

STEP = "2.2-sip-subscriber-prerequisites"
SCREEN = QSize(1280, 720)


def _chapter_of(window: MainWindow, step_id: str) -> str:
    return next(c.id for c in window.runbook.chapters if any(s.id == step_id for s in c.steps))


async def _amo_text_then_a_wave(folder: Path, lab) -> Path:
    from wizard.checks.amo import mask_secrets
    from wizard.demo import DEMO_SUBSCRIBERS, create_demo_project, provision_demo
    from wizard.runbook.checks import default_registry
    from wizard.runbook.engine import Engine
    from wizard.runbook.model import load_runbook

    project = await create_demo_project(folder, lab=lab.endpoints)
    try:
        project.set_step_input(STEP, "amo", mask_secrets(DEMO_SUBSCRIBERS))
        await Engine(load_runbook(), project, default_registry()).run_steps([STEP])
        assert project.step_records()[STEP].status == "failed"  # station 3102's errors, as pasted
        await provision_demo(project)  # integrates 3102 and reads it back
        return project.path
    finally:
        project.close()


def test_a_finding_a_later_read_superseded_is_shown_so_and_not_counted_open(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab, monkeypatch) -> None:
    from wizard.demo import DEMO_LAB_FAULTS
    from wizard.services import report as reports
    from wizard.services.report import settled_steps

    path = on_loop(qtbot, _amo_text_then_a_wave(tmp_path, running_lab(DEMO_LAB_FAULTS)), timeout=90000)
    window.resize(SCREEN)
    assert window.open_project(path)
    chapter = _chapter_of(window, STEP)
    window.go_to_chapter(chapter)
    settle(qtbot, window)
    card = chapter_page(window, chapter).cards[STEP]
    shown = card.findings_label.text()
    assert card.status_pill.text() == "Passed", shown
    assert "Superseded, not open" in shown and shown.count("Station 3102") >= 3, shown  # 3102's errors, muted
    assert "AMO text pasted in §2.2" in shown and "live read-back of the OS4K and Zoom by provisioning wave" in shown
    assert "Fix:" not in shown  # nothing is left to fix
    row = [c.id for c in window.runbook.chapters].index(chapter)
    counts = window.sidebar.item(row).text()
    assert "failed" not in counts and "blocked" not in counts, counts
    window.go_to_problem()  # F8 does not stop at it either
    assert window.statusBar().currentMessage() != window.runbook.step(STEP).title
    # a burst of refreshes (a chapter's Run all: one a check) reads what later reads settled once, shortly after
    asked = []
    monkeypatch.setattr(reports, "settled_steps", lambda *args: asked.append(args) or settled_steps(*args))
    for _ in range(10):
        window.refresh()
    qtbot.wait(SETTLE_MS * 2)
    assert len(asked) == 1 and card.status_pill.text() == "Passed" and "failed" not in window.sidebar.item(row).text()
    shoot(qtbot, window, card, "superseded")


def shoot(qtbot, window: MainWindow, card, name: str) -> None:
    """The card in view, English light and German dark, saved where PSI_SCREENSHOTS names."""
    folder = os.environ.get("PSI_SCREENSHOTS")
    if not folder:
        return
    for language, theme in (("en", "light"), ("de", "dark")):
        window.set_language(language)
        window.set_theme(theme)
        settle(qtbot, window)
        chapter = _chapter_of(window, STEP)
        chapter_page(window, chapter).scroll_to(STEP)
        QApplication.processEvents()
        window.grab().save(str(Path(folder) / f"{name}-{language}-{theme}.png"))
    window.set_language("en")
    window.set_theme("light")
