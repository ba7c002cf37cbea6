"""What a chapter's page is made of beyond its step cards: the runbook names a chapter's panel (`panel = "site"`
in runbook.toml), this registry builds it. Every panel has the same small interface, handles its own widgets'
requests by starting services on the op runner, and the window never reaches into its widgets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from wizard.app.ops import OpRunner
    from wizard.app.preferences import Preferences
    from wizard.app.steps import StepActions
    from wizard.errors import WizardError
    from wizard.runbook.engine import Engine, RunOutcome
    from wizard.runbook.model import Runbook
    from wizard.store.project import Mode, ProjectFile


@dataclass
class ChapterContext:
    """What the window hands every panel."""

    project: ProjectFile
    engine: Engine
    runbook: Runbook  # in the window's language
    guide: Runbook  # as written: the signed report is built from this
    ops: OpRunner
    preferences: Preferences
    parent: QWidget  # dialogs open over it
    steps: StepActions
    refresh: Callable[[], None]  # show everything again after a change
    flush: Callable[[], None]  # save every edit still waiting for its debounce timer
    status: Callable[[str], None]  # a passing message on the status bar
    problem: Callable[[str, WizardError], None]  # a problem that needs a box of its own


class ChapterPanel(QObject):
    """The interface every chapter panel has: build (in __init__), widget, refresh, show_mode, flush, close."""

    whole_page = False  # True: the panel is the chapter's page (the report); else it sits above the step cards

    def __init__(self, context: ChapterContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self._followed: list[Callable[[], None]] = []

    def follow_ops(self, update: Callable[[], None]) -> None:
        """Derive buttons again whenever an op starts or ends (until the project closes)."""
        self.context.ops.changed.connect(update)
        self._followed.append(update)

    def detach(self) -> None:
        """The window lets go of the panel: it no longer follows the ops, and stops what it runs."""
        for update in self._followed:
            self.context.ops.changed.disconnect(update)
        self._followed.clear()
        self.close()

    def widget(self) -> QWidget:
        raise NotImplementedError

    def tabs(self) -> list[tuple[str, QWidget]]:
        """Working areas of their own, each in a tab beside the chapter's steps (the provisioning wave); none: the
        panel's widget sits above the step cards."""
        return []

    def refresh(self) -> None:
        """The project changed: show it again."""

    def show_mode(self, mode: Mode) -> None:
        """Live, demo or offline checklist: the buttons that need a live system follow."""

    def flush(self) -> None:
        """Save whatever is typed but not saved yet."""

    def restyle(self) -> None:
        """The theme changed: colours drawn by the panel itself follow."""

    def outcome(self, outcome: RunOutcome) -> None:
        """A check ended (or could not run): panels showing that step say so."""

    def close(self) -> None:
        """The project closes: stop what runs (resumably)."""

    def session(self) -> dict[str, str]:
        """What was typed this session and is kept nowhere else (a secret not yet tested), by a name of the
        panel's own: handed to the panel made again when the language changes."""
        return {}

    def resume(self, typed: dict[str, str]) -> None:
        """What session() gave, put back where it was typed."""


def _site(context: ChapterContext) -> ChapterPanel:
    from wizard.app.site import SitePanel

    return SitePanel(context)


def _provisioning(context: ChapterContext) -> ChapterPanel:
    from wizard.app.provisioning_chapter import ProvisioningChapter  # waves and AMOs load when chapter 7 is shown

    return ProvisioningChapter(context)


def _sbc(context: ChapterContext) -> ChapterPanel:
    from wizard.app.sbc import SbcChapter

    return SbcChapter(context)


def _report(context: ChapterContext) -> ChapterPanel:
    from wizard.app.report import ReportChapter

    return ReportChapter(context)


PANELS: dict[str, Callable[[ChapterContext], ChapterPanel]] = {
    "site": _site, "provisioning": _provisioning, "sbc": _sbc, "report": _report}
