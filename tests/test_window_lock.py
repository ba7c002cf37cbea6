"""The window's lock dialog (#31 item 2): a project left open by a wizard that cannot be running any more (another
laptop crashed with it open, and the file came here) names its holder and can be opened anyway, in the audit log; a
holder still running on this laptop is named but never taken over."""

import os
import socket
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.gui import click
from wizard.app import MainWindow
from wizard.store.modes import Mode
from wizard.store.project import ProjectFile


def left_locked(path: Path, *, host: str, pid: int) -> Path:
    """A project whose session lock another wizard wrote: the row as that wizard's _take_lock writes it."""
    ProjectFile.create(path, mode=Mode.OFFLINE).close()
    since = datetime.now(UTC).isoformat(timespec="seconds")
    with sqlite3.connect(path) as db:
        db.execute("INSERT OR REPLACE INTO session_lock(id, pid, host, user, since) VALUES (1, ?, ?, 'eva', ?)",
                   (pid, host, since))
    db.close()
    return path


def lock_box(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "LockBox")
    assert box is not None and box.isVisible()
    return box


def test_a_lock_from_another_laptop_names_its_holder_and_opens_anyway_into_the_audit_log(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = left_locked(tmp_path / "copied.psiproj", host="other-laptop", pid=4711)
    assert not window.open_project(path)
    box = lock_box(window)
    assert "user eva on other-laptop, process 4711, since 20" in box.text()
    assert "whether it still runs cannot be seen from this laptop" in box.text()
    anyway = next(b for b in box.buttons() if b.objectName() == "OpenAnyway")
    click(qtbot, anyway)
    qtbot.waitUntil(lambda: window.project is not None)
    assert window.project is not None and window.project.path == path
    taken = [(e.old, e.new) for e in window.project.audit_entries() if e.action == "session lock taken over"]
    assert taken == [(taken[0][0], "opened anyway")] and taken[0][0].startswith("eva on other-laptop, process 4711")


def test_a_holder_still_running_on_this_laptop_gets_no_open_anyway(qtbot, window: MainWindow, tmp_path: Path) -> None:
    # the process that started these tests runs, and started before the lock was taken: it may be that wizard
    path = left_locked(tmp_path / "busy.psiproj", host=socket.gethostname(), pid=os.getppid())
    assert not window.open_project(path)
    box = lock_box(window)
    assert f"process {os.getppid()}" in box.text() and "that process still runs" in box.text()
    assert [b.objectName() for b in box.buttons() if b.objectName() == "OpenAnyway"] == []
    assert [box.standardButton(b) for b in box.buttons()] == [QMessageBox.StandardButton.Ok]
    assert window.project is None
