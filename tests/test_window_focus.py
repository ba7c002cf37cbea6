"""The keyboard works a chapter as the mouse does (#34): Tab goes from the sidebar through the page in view to Back
and Next, every stop shows where it is in both themes, and a Test connection keeps the focus where it was."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QScrollArea, QWidget

from tests.gui import settle
from wizard.app import MainWindow


def _focus_path(qtbot, window: MainWindow, stops: int) -> list[QWidget]:
    window.activateWindow()
    window.sidebar.setFocus()
    QApplication.processEvents()
    path = []
    for _ in range(stops):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        path.append(QApplication.focusWidget())
    return path


def _shows_focus(widget: QWidget) -> bool:
    """The widget looks different with the focus than without: the ring is there to be seen."""
    focused = widget.grab().toImage()
    widget.clearFocus()
    QApplication.processEvents()
    plain = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    return focused != plain


def test_tab_goes_from_the_sidebar_through_the_page_and_shows_each_stop(qtbot, window: MainWindow,
                                                                         tmp_path: Path) -> None:
    assert window.new_project(tmp_path / "keys.psiproj")
    window.go_to_chapter("prerequisites")
    settle(qtbot, window)
    page = window.page("prerequisites")
    try:
        for theme in ("light", "dark"):
            window.set_theme(theme)
            settle(qtbot, window)
            path = _focus_path(qtbot, window, 14)
            assert page.isAncestorOf(path[0]), path[0]  # into the page first, not to Back and Next
            assert not any(isinstance(w, QScrollArea) for w in path)  # no stop that shows nothing
            assert not any(w.objectName() == "Evidence" and "href" not in w.text() for w in path)
            for widget in path[:10]:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                QApplication.processEvents()
                assert _shows_focus(widget), (theme, type(widget).__name__, widget.objectName())
    finally:
        window.set_theme("light")
    # Shift+Tab from the page's first stop goes back to the sidebar; Back and Next come after the page
    first = _focus_path(qtbot, window, 1)[0]
    qtbot.keyClick(first, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.sidebar
    assert window.back_button.previousInFocusChain() is not window.sidebar
    window.close_project()
    settle(qtbot, window)  # the welcome page's summaries are read before the window goes


def test_test_connection_keeps_the_focus_and_the_view_where_they_were(qtbot, window: MainWindow,
                                                                      tmp_path: Path) -> None:
    assert window.new_project(tmp_path / "conn.psiproj")
    site = window.panel("site")
    connections = site.connections
    button = connections.test_buttons["zoom"]
    window.activateWindow()
    scroll = window.page("site").findChild(QScrollArea)
    scroll.ensureWidgetVisible(button)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    where = scroll.verticalScrollBar().value()
    connections.set_state(offline=False, testing={"zoom"})  # what "Test connection" does while it tests
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert connections.isAncestorOf(focused), type(focused).__name__
    assert not (isinstance(focused, QPushButton) and focused in site.preflight.run_buttons.values())
    assert scroll.verticalScrollBar().value() == where
    connections.set_state(offline=False, testing=set())  # the test ended: the focus is back on its button
    QApplication.processEvents()
    assert QApplication.focusWidget() is button
    assert isinstance(scroll, QAbstractScrollArea)
