"""What the step cards ask for — run, cancel, confirm, waive, reset, attach, an input, a file, a value applied —
done through the services on the op runner; a failure is said on the card, and what was typed stays."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImageWriter

from pages.wording import error_line, finding_text
from wizard.app.ops import OpRunner
from wizard.checks.result import Finding
from wizard.runbook.checks import value_to_store
from wizard.runbook.engine import Engine, RunOutcome
from wizard.runbook.model import Runbook
from wizard.runbook.summary import record_applied
from wizard.services import evidence
from wizard.store.project import ProjectFile


class StepActions(QObject):
    saved = Signal(str)  # step id ('' for the site and the project): a change is on disk, show it
    not_saved = Signal(str, str)  # step id, the reason in a sentence
    editor_done = Signal(str)  # step id: the confirm/waive editor can close
    said = Signal(str, str)  # step id, a sentence for its card (nothing to do with saving)

    def __init__(self, project: ProjectFile, engine: Engine, runbook: Runbook, ops: OpRunner,
                 secrets_of: Callable[[str], Mapping[str, str] | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project, self.engine, self.runbook, self.ops = project, engine, runbook, ops
        self.secrets_of = secrets_of  # passphrases typed on a card for this run

    def write(self, step_id: str, change: Callable[..., Any], *args: Any,
              then: Callable[[], object] | None = None) -> None:
        """One change (`change(*args)`) on the project's writer thread; shown when it is on disk."""
        def done(_result: object) -> None:
            if then is not None:
                then()
            self.saved.emit(step_id)

        # queued now, not when the loop next turns: a project closed right after still writes it
        queued = asyncio.wrap_future(self.project.submit(change, *args))
        self.ops.start(None, queued, done=done, failed=lambda exc: self.not_saved.emit(step_id, error_line(exc)))

    def _after(self, step_id: str, work: Any, *, close_editor: bool = False) -> None:
        def done(_result: object) -> None:
            if close_editor:
                self.editor_done.emit(step_id)
            self.saved.emit(step_id)

        self.ops.start(None, work, done=done, failed=lambda exc: self.not_saved.emit(step_id, error_line(exc)))

    # ------------------------------------------------------------------ what a card asks for
    def run_step(self, step_id: str) -> None:
        self.ops.start(f"step:{step_id}", self.engine.run_step(step_id, self.secrets_of(step_id)))

    def run_steps(self, step_ids: list[str], key: str,
                  done: Callable[[list[RunOutcome]], object] | None = None) -> bool:
        """Every step of the list that can run now, together; False when none can."""
        views, mode = self.engine.statuses(), self.project.mode
        runnable = [s for s in step_ids if self.engine.why_not_runnable(self.runbook.step(s), views, mode) is None]
        if runnable:
            self.ops.start(key, self.engine.run_steps(runnable), done=done)
        return bool(runnable)

    def cancel_step(self, step_id: str) -> None:
        self.engine.cancel(step_id)

    def confirm_step(self, step_id: str, note: str, files: list[Path]) -> None:
        self._after(step_id, evidence.confirm_step(self.project, step_id, note, files), close_editor=True)

    def waive_step(self, step_id: str, reason: str) -> None:
        self.write(step_id, self.project.waive_step, step_id, reason, then=lambda: self.editor_done.emit(step_id))

    def reset_step(self, step_id: str) -> None:
        self.write(step_id, self.project.reset_step, step_id)

    def attach_files(self, step_id: str, files: list[Path]) -> None:
        self._after(step_id, evidence.attach_files(self.project, step_id, files))

    def set_step_input(self, step_id: str, key: str, value: str) -> None:
        stored = value_to_store(self.runbook.step(step_id), key, value)
        self.write(step_id, self.project.set_step_input, step_id, key, stored)

    def set_value_applied(self, step_id: str, label: str, applied: bool) -> None:
        self.write(step_id, record_applied, self.project, self.runbook.step(step_id), label, applied)

    def choose_step_file(self, step_id: str, key: str, path: str) -> None:
        def kept(note: Finding | None) -> None:
            self.saved.emit(step_id)
            if note is not None:  # said at once, beside the file just chosen
                self.said.emit(step_id, " ".join(finding_text(note)))

        self.ops.start(None, evidence.keep_step_file(self.project, step_id, key, Path(path)), done=kept,
                       failed=lambda exc: self.not_saved.emit(step_id, error_line(exc)))

    def open_evidence(self, step_id: str, evidence_id: int) -> None:
        def opened(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.said.emit(step_id, self.tr("No program here opens {file}; a copy is at {path}.").format(
                    file=path.name, path=path))

        self.ops.start(None, evidence.open_copy(self.project, evidence_id), done=opened,
                       failed=lambda exc: self.said.emit(step_id, error_line(exc)))

    def remove_evidence(self, step_id: str, evidence_id: int) -> None:
        self._after(step_id, evidence.remove_attachment(self.project, step_id, evidence_id))

    def paste_screenshot(self, step_id: str) -> bool:
        """The image on the clipboard, kept on the step as a PNG named by the time it was pasted."""
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self.said.emit(step_id, self.tr("The clipboard holds no image: take a screenshot (PrtScn, or "
                                            "Win+Shift+S), then Paste screenshot."))
            return False
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)  # in memory: the PNG is never a file on the laptop
        # QImageWriter rather than QImage.save: PySide6 takes save's format only as str, its stub only as bytes
        QImageWriter(buffer, b"PNG").write(image)
        name = f"screenshot-{datetime.now():%Y%m%d-%H%M%S}.png"
        self._after(step_id, evidence.attach_data(self.project, step_id, name, bytes(buffer.data().data())))
        return True

    def set_site_field(self, key: str, value: str) -> None:
        self.write("", self.project.set_site_field, key, value)
