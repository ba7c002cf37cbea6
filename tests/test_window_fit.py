"""The window fits a 1280×720 screen from the start (#34): its default size leaves room for a title bar, the status
bar is on the screen, and no chapter's counts in the sidebar are cut ("2 fail…")."""

from pathlib import Path

from tests.gui import settle
from wizard.app import MainWindow
from wizard.app.window import DEFAULT_SIZE

TITLE_BAR = 40  # a generous title bar (a HiDPI Windows 11 one is about 32 px)


def test_the_default_window_and_its_status_bar_fit_1280_by_720(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert DEFAULT_SIZE.width() <= 1280 and DEFAULT_SIZE.height() + TITLE_BAR <= 720
    assert window.new_project(tmp_path / "fit.psiproj")
    for chapter in window.runbook.chapters:  # no page asks the window for more than the screen has
        window.go_to_chapter(chapter.id)
        settle(qtbot, window)
        assert window.minimumSizeHint().height() + TITLE_BAR <= 720, chapter.id
    window.resize(DEFAULT_SIZE)
    settle(qtbot, window)
    assert window.height() + TITLE_BAR <= 720
    assert window.statusBar().isVisible() and window.statusBar().geometry().bottom() < window.height()


def test_no_chapters_counts_are_cut_in_the_sidebar(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.new_project(tmp_path / "counts.psiproj")
    window.resize(DEFAULT_SIZE)
    steps = [s.id for s in window.runbook.chapter("prerequisites").steps]
    for step_id, status in zip(steps, ("failed", "failed", "warning", "passed", "passed"), strict=False):
        window.project.record_result(step_id, status, {"findings": []}, "2026-12-07T04:00:00", "2026-12-07T04:00:01")
    window.project.waive_step(steps[5], "not at this site")
    window.refresh()
    settle(qtbot, window)
    sidebar = window.sidebar
    room = sidebar.viewport().width() - sidebar.iconSize().width() - 16
    row = [c.id for c in window.runbook.chapters].index("prerequisites")
    text = sidebar.item(row).text()
    assert "2 failed" in text and "1 warning" in text and "(s)" not in text, text
    try:
        for language in ("en", "de"):  # German counts are the longer ones
            window.set_language(language)
            settle(qtbot, window)
            sidebar = window.sidebar
            for index in range(sidebar.count()):
                for line in sidebar.item(index).text().split("\n"):
                    assert sidebar.fontMetrics().horizontalAdvance(line) <= room, line
            # every chapter is in view at once: the sidebar needs no scroll bar at 1280×720
            assert sum(sidebar.sizeHintForRow(i) for i in range(sidebar.count())) <= sidebar.viewport().height()
    finally:
        window.set_language("en")
