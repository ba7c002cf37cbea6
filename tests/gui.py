"""What the GUI tests share: one qasync loop for the session, a window, the lab on that loop, a keyring in
memory, and helpers that drive the window as an engineer would. The fixtures are made available to every test
module by conftest.py."""

import asyncio
from pathlib import Path

import pytest
import qasync
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea

from pages.chapter_page import ChapterPage
from pages.report_page import ReportPage
from wizard.app import MainWindow, create_application


@pytest.fixture(scope="session")
def session_loop(qapp, tmp_path_factory: pytest.TempPathFactory):
    # One loop for the whole session: a second qasync loop on the same QApplication never runs callbacks.
    # The application reads the language and theme from the settings: never the developer's own.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("settings")))
    create_application()
    event_loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)
    yield event_loop
    asyncio.events._set_running_loop(event_loop)
    event_loop.stop()
    event_loop.close()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture
def loop(session_loop, tmp_path: Path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    # qasync marks its loop as running in this thread for good; that is true only while a GUI test runs,
    # and plain asyncio.run() in other tests must not find it afterwards.
    asyncio.set_event_loop(session_loop)
    asyncio.events._set_running_loop(session_loop)
    yield session_loop
    asyncio.events._set_running_loop(None)


@pytest.fixture
def window(qtbot, loop):
    from wizard.app.translators import install_translators

    # each test's window starts in English, whatever language a test before it switched to
    install_translators(QApplication.instance(), "en")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    yield w
    if shiboken6.isValid(w):  # pytest-qt may have closed and deleted it already
        w.close()


def click(qtbot, button: QAbstractButton) -> None:
    """Click where the button really is on screen, as QTest does: let pending layout changes settle,
    scroll the button into view, let that settle too."""
    QApplication.processEvents()
    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(button)
        QApplication.processEvents()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def on_loop(qtbot, work, timeout: int = 30000):
    """Run a coroutine as the window's buttons do, on its running loop, and wait for the result."""
    job = asyncio.ensure_future(work)
    qtbot.waitUntil(job.done, timeout=timeout)
    return job.result()


def settle(qtbot, window: MainWindow, timeout: int = 30000) -> None:
    """Wait until the window's ops are done and every change they asked for is on disk, then let the views
    redraw: the window writes the project on its writer thread, so a test reads what the engineer would see."""
    on_loop(qtbot, window.ops.idle(), timeout)
    if window.project is not None:
        on_loop(qtbot, window.project.written(), timeout)
    QApplication.processEvents()


@pytest.fixture
def memory_keyring():
    """A real keyring backend in memory: never the developer's own; session secrets forgotten afterwards."""
    import keyring

    from tests.memory_keyring import MemoryKeyring
    from wizard.store import secrets

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    secrets._session.clear()
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """What a headless Linux without a Secret Service gives: every keyring call fails."""
    import keyring

    from tests.memory_keyring import BrokenKeyring
    from wizard.store import secrets

    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    yield
    secrets._session.clear()
    keyring.set_keyring(previous)


@pytest.fixture
def running_lab(qtbot, loop):
    """`running_lab(faults)` starts the whole lab on the window's loop and gives it back; stopped afterwards."""
    from wizard.lab.run import start_lab

    started = []

    def start(faults: str = ""):
        lab = on_loop(qtbot, start_lab(faults=faults), timeout=10000)
        started.append(lab)
        return lab

    yield start
    for lab in started:
        on_loop(qtbot, lab.stop(), timeout=10000)


def chapter_page(window: MainWindow, chapter_id: str) -> ChapterPage:
    page = window.page(chapter_id)
    assert isinstance(page, ChapterPage)
    return page



def crowded_report_page(qtbot, height: int) -> ReportPage:
    """The Report page, 980 wide and `height` high (what a 1280×720 window leaves it), showing a site whose chapter 7
    has 12 warned steps with long titles: the overview must scroll and the signing box stay whole."""
    steps = [{"status": "warning", "title": f"Step {i} with a long title that needs a second line to be read",
              "section": f"7.{i}", "findings": [], "blocked_by": []} for i in range(12)]
    chapters = [{"title": f"Chapter {n}", "section": str(n), "total": 5, "done": 1, "warnings": 1, "waived": 0,
                 "failed": 0, "blocked": 0, "open": 3, "steps": steps if n == 7 else []} for n in range(2, 12)]
    page = ReportPage()
    qtbot.addWidget(page)
    page.resize(980, height)
    page.show()
    page.show_summary({"chapters": chapters, "site": {"customer": "C", "site": "S"}, "mode": "live",
                       "audit": {"intact": True, "entries": 3, "head": "ab" * 32}})
    QApplication.processEvents()
    return page
