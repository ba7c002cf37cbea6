"""Chapter 7's page: the wave (wizard.app.provisioning) above, an AMO batch of the engineer's own beside it. The AMO
buttons follow the op runner under their own key: a batch's session is its only writer."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from pages.amo_panel import AmoPanel
from wizard.app.chapters import ChapterContext, ChapterPanel
from wizard.app.provisioning import ProvisioningController
from wizard.errors import WizardError
from wizard.services import amo as amo_service
from wizard.store.project import Mode

if TYPE_CHECKING:
    from wizard.connectors.os4k import AmoResult

AMO = "amo"  # the op key of an AMO batch: its session is the batch's only writer


class ProvisioningChapter(ChapterPanel):
    """The wave above, the AMO batch below; the AMO buttons follow the op runner, so a refresh meanwhile can never
    hand the Send button back while a batch is on its way."""

    def __init__(self, context: ChapterContext) -> None:
        super().__init__(context)
        self.wave = ProvisioningController(context.project, context.ops, context.parent)
        self.wave.steps_changed.connect(context.refresh)  # the wave closes chapter 7's steps
        self.amo_panel = AmoPanel()
        self.amo_panel.dry_run_requested.connect(lambda: self.amo_run(dry_run=True))
        self.amo_panel.send_requested.connect(lambda: self.amo_run(dry_run=False))
        self.amo_panel.parse_requested.connect(self.amo_parse)
        self.follow_ops(self._update_buttons)
        self.follow_ops(self.wave._update_buttons)
        self._amo_area = QScrollArea()
        self._amo_area.setWidgetResizable(True)
        self._amo_area.setFrameShape(QFrame.Shape.NoFrame)
        self._amo_area.setWidget(self.amo_panel)
        self._update_buttons()

    def widget(self) -> QWidget:
        return self.wave.panel

    def tabs(self) -> list[tuple[str, QWidget]]:
        # the wave has the page to itself, so its table gets the height and owns the mouse wheel
        return [(self.tr("Wave"), self.wave.panel), (self.tr("AMO batch"), self._amo_area)]

    def _update_buttons(self) -> None:
        self.amo_panel.set_state(busy=self.context.ops.busy(AMO), offline=self.context.project.mode is Mode.OFFLINE)

    def show_mode(self, mode: Mode) -> None:
        self._update_buttons()
        self.wave._update_buttons()

    def restyle(self) -> None:
        self.wave.panel.refresh_counts()  # its tints follow the palette

    def close(self) -> None:
        self.wave.close()

    def _commands(self) -> list[str] | None:
        try:
            return amo_service.read_batch(self.amo_panel.batch.toPlainText())
        except WizardError as exc:
            self.amo_panel.show_results(self.tr("Not sent: {reason}.").format(reason=exc))
            return None

    def amo_run(self, *, dry_run: bool) -> asyncio.Future[Any] | None:
        commands = self._commands()
        if commands is None:
            return None
        project, panel = self.context.project, self.amo_panel
        work: Awaitable[Any]
        done: Callable[[Any], object]
        if dry_run:
            work, done = amo_service.dry_run(project, commands), self._show_dry_run
        else:
            work = amo_service.send_batch(project, amo_service.batch_name(panel.batch_name.text()), commands)
            done = self._show_results
        return self.context.ops.start(AMO, work, done=done, failed=lambda exc: panel.show_results(self.tr(
            "Stopped: {reason}. What was sent before is in the journal; sending the same batch name again resumes "
            "it.").format(reason=exc)))

    def amo_parse(self) -> asyncio.Future[Any] | None:
        commands = self._commands()
        if commands is None:
            return None
        panel = self.amo_panel
        work = amo_service.read_pasted(self.context.project, amo_service.batch_name(panel.batch_name.text()),
                                       commands, panel.pasted.toPlainText())
        return self.context.ops.start(AMO, work, done=self._show_results, failed=lambda exc: panel.show_results(
            self.tr("Not read: {reason}.").format(reason=exc)))

    def _show_dry_run(self, shown: list[str]) -> None:
        self.amo_panel.show_results("\n".join(shown) + "\n\n" + self.tr("Dry run: nothing was changed."))

    def _show_results(self, results: list[AmoResult]) -> None:
        self.amo_panel.show_results(amo_service.result_lines(results))
