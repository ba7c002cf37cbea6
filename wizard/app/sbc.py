"""Chapter 'SBC': the settings sheet exported or printed, and the test call through the SBC (issue #33), above the
chapter's step cards."""

from __future__ import annotations

import asyncio
from pathlib import Path

import shiboken6
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from pages.dialogs import choose_file
from pages.sheet_panel import SheetPanel
from pages.test_call_panel import TestCallPanel
from pages.wording import engine_text, error_line
from wizard.app.chapters import ChapterContext, ChapterPanel
from wizard.errors import WizardError
from wizard.runbook.engine import RunOutcome
from wizard.services.sheet import export_sheet, sheet_document
from wizard.services.test_call import TEST_CALL_STEP, kept_test_call, make_test_call, offered_stations
from wizard.store.project import Mode

SHEET = "sbc:sheet"  # op key: one export at a time
CALL = f"step:{TEST_CALL_STEP}"  # op key: the test call, as a Run on its step card would be (one at a time)


class SbcChapter(ChapterPanel):
    def __init__(self, context: ChapterContext) -> None:
        super().__init__(context)
        self.panel = SheetPanel()
        self.panel.pdf_requested.connect(lambda: self._ask(".pdf", "PDF (*.pdf)"))
        self.panel.csv_requested.connect(lambda: self._ask(".csv", self.tr("CSV (*.csv)")))
        self.panel.print_requested.connect(self.print_sheet)
        self.call_panel = TestCallPanel()
        self.call_panel.call_requested.connect(self.call)
        self.area = QWidget()
        layout = QVBoxLayout(self.area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        layout.addWidget(self.call_panel)
        self.follow_ops(self._update_buttons)
        self._update_buttons()
        self.show_kept_call()
        self.context.ops.start(None, offered_stations(self.context.project), done=self._offer)

    def widget(self) -> QWidget:
        return self.area

    def _update_buttons(self) -> None:
        self.panel.set_busy(self.context.ops.busy(SHEET))
        self.call_panel.set_busy(self.context.ops.busy(CALL), offline=self.context.project.mode is Mode.OFFLINE)

    def show_mode(self, mode: Mode) -> None:
        self._update_buttons()

    def refresh(self) -> None:
        if not self.context.ops.busy(CALL):
            self.show_kept_call()

    def outcome(self, outcome: RunOutcome) -> None:
        if outcome.step_id == TEST_CALL_STEP and outcome.status is not None:
            self.show_kept_call()

    def session(self) -> dict[str, str]:
        """The stations and passwords typed and not called yet: the panel made again in another language has them."""
        panel = self.call_panel
        return {"caller": panel.caller.currentText(), "callee": panel.callee.currentText(),
                "caller_password": panel.caller_password.text(), "callee_password": panel.callee_password.text()}

    def resume(self, typed: dict[str, str]) -> None:
        panel = self.call_panel
        if typed.get("caller") or typed.get("callee"):
            panel.set_stations(typed.get("caller", ""), typed.get("callee", ""))
        panel.caller_password.setText(typed.get("caller_password", ""))
        panel.callee_password.setText(typed.get("callee_password", ""))

    # ------------------------------------------------------------------ the test call
    def _gone(self) -> bool:
        """The window made its pages again (another language) while an op of this panel ran: its widgets are gone,
        the new panel shows what the op kept."""
        return not shiboken6.isValid(self.call_panel)

    def _offer(self, found: tuple[list[str], tuple[str, str]]) -> None:
        if self._gone():
            return
        stations, (caller, callee) = found
        self.call_panel.offer_stations(stations)
        if not self.call_panel.caller.currentText() and not self.call_panel.callee.currentText():
            self.call_panel.set_stations(caller, callee)  # the last call's, unless something is typed

    def call(self, caller: str, caller_password: str, callee: str, callee_password: str) -> asyncio.Future | None:
        """The test call through the SBC, on the op runner: what it found is kept on its step and shown here."""
        passwords = {caller: caller_password, callee: callee_password}
        started = self.context.ops.start(CALL, make_test_call(self.context.engine, caller, callee, passwords),
                                         done=self._called, failed=self._call_failed,
                                         doing=self.tr("Test call {caller} → {callee}").format(caller=caller,
                                                                                                callee=callee))
        self.call_panel.forget_passwords()
        return started

    def _called(self, outcome: RunOutcome) -> None:
        if self._gone():
            return
        if outcome.status is None:  # not run: no password, not runnable now, cancelled
            text = error_line(outcome.error) if outcome.error is not None else engine_text(outcome.message)
            self.call_panel.set_message(self.tr("Not called: {reason}").format(reason=text), error=True)
            return
        self.call_panel.set_message("")
        self.show_kept_call()

    def _call_failed(self, exc: WizardError) -> None:
        if self._gone():
            return
        self.call_panel.set_message(self.tr("Not called: {reason}").format(reason=error_line(exc)), error=True)

    def show_kept_call(self) -> None:
        kept = kept_test_call(self.context.project)
        self.call_panel.show_call(*(kept if kept is not None else (None, [])))

    def _ask(self, suffix: str, name_filter: str) -> None:
        project = self.context.project
        start = project.path.with_name(f"{project.path.stem}-sbc-settings{suffix}")
        choose_file(self.context.parent, self.tr("Export the SBC settings sheet"), start, name_filter, self.export,
                    save=True)

    def export(self, target: Path) -> asyncio.Future[Path] | None:
        return self.context.ops.start(
            SHEET, export_sheet(self.context.guide, self.context.project, target),
            done=lambda written: self.panel.set_message(self.tr("Sheet written to {file}.").format(file=written)),
            failed=self._failed)

    def print_sheet(self) -> QPrintDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.context.parent)
        dialog.accepted.connect(lambda: self.print_to(printer))
        # not exec(): the loop keeps running. QDialog's open(), by name: PySide6's QPrintDialog has only
        # open(receiver, member), so dialog.open() raises TypeError
        QDialog.open(dialog)
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        document = QTextDocument()
        document.setHtml(sheet_document(self.context.guide, self.context.project))
        document.print_(printer)
        self.panel.set_message(self.tr("Sheet sent to {printer}.").format(
            printer=printer.printerName() or printer.outputFileName() or self.tr("the printer")))

    def _failed(self, exc: WizardError) -> None:
        self.panel.set_message(self.tr("Not written: {reason}").format(reason=error_line(exc)), error=True)
