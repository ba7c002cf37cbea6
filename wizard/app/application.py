"""The application: Qt on a qasync event loop, the theme and language chosen, the window shown, and an internal
error said in a sentence instead of a traceback."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

os.environ.setdefault("QT_API", "pyside6")  # qasync picks its binding from this

import qasync
from PySide6.QtCore import QSize, QTimer, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from resources import resource_path
from wizard import version
from wizard.app.preferences import APP_NAME, LANGUAGE, ORG, THEME, Preferences
from wizard.app.theme import apply_theme
from wizard.app.translators import install_translators
from wizard.app.window import MainWindow
from wizard.paths import log_file
from wizard.store.modes import Mode

log = logging.getLogger(__name__)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _install_excepthook(window_getter: Callable[[], QWidget | None]) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        window = window_getter()
        if window is not None:
            QMessageBox(QMessageBox.Icon.Critical, window.tr("Something went wrong"), window.tr(
                "The wizard hit an internal error. Everything saved so far is safe in the project file.\nPlease "
                "send the log file to support:\n{file}").format(file=log_file()), QMessageBox.StandardButton.Ok,
                window).open()

    sys.excepthook = hook


def _qt_application() -> QApplication:
    """The QApplication already made (by a test, or an earlier call) or a new one."""
    existing = QApplication.instance()
    if existing is None:
        return QApplication(sys.argv[:1])
    if not isinstance(existing, QApplication):  # a QCoreApplication cannot show a window, nor be replaced
        raise RuntimeError("a QCoreApplication is running: the wizard's window needs a QApplication")
    return existing


def create_application() -> QApplication:
    app = _qt_application()
    app.setOrganizationName(ORG)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(version())
    app.setStyle("Fusion")
    preferences = Preferences()
    apply_theme(app, preferences.get(THEME))
    install_translators(app, preferences.get(LANGUAGE))
    icon = QIcon()
    for size in ICON_SIZES:  # each size drawn for its size: sharp in a task bar and on a HiDPI title bar
        icon.addFile(str(resource_path(f"icons/psi-wizard-{size}.png")), QSize(size, size))
    app.setWindowIcon(icon)
    return app


def run_gui(project_path: Path | None = None, *, demo: bool = False, offline: bool = False,
            on_shown: Callable[[MainWindow], None] | None = None, self_test: bool = False) -> int:
    app = create_application()
    window: MainWindow | None = None
    failed = False
    _install_excepthook(lambda: window)

    async def main() -> None:
        nonlocal window
        window = MainWindow()
        closed = asyncio.Event()
        # The app must not stop the event loop by itself when the window closes: main() still has to stop
        # the lab and finish its tasks, then the loop ends because main() returns.
        app.setQuitOnLastWindowClosed(False)
        app.lastWindowClosed.connect(closed.set)
        app.aboutToQuit.connect(closed.set)
        if demo:
            await window.open_demo()
        elif project_path is not None:
            window.open_project(project_path)
        if offline:
            window.new_project_mode = Mode.OFFLINE
            if window.project is not None:
                window.offline_action.setChecked(True)
        window.show()
        if on_shown is not None:
            QTimer.singleShot(0, lambda: on_shown(window))
        if self_test:
            QTimer.singleShot(0, lambda: walk_and_close(window))
        await closed.wait()
        await window.shut_down()

    def walk_and_close(shown: MainWindow) -> None:
        nonlocal failed
        if shown.project is None:
            print("self-test: no project is open (give a project file or --demo)", file=sys.stderr)
            failed = True
        else:
            for chapter in shown.runbook.chapters:
                shown.go_to_chapter(chapter.id)
                QApplication.processEvents()
            print(f"self-test passed: {shown.project.path.name} open, {len(shown.runbook.chapters)} chapters shown, "
                  f"Qt {qVersion()}", flush=True)
        shown.close()

    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main())
    return 1 if failed else 0
