"""Chapter 'SBC': the settings sheet exported or printed above the chapter's step cards."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from pages.dialogs import choose_file
from pages.sheet_panel import SheetPanel
from pages.wording import error_line
from wizard.app.chapters import ChapterContext, ChapterPanel
from wizard.errors import WizardError
from wizard.services.sheet import export_sheet, sheet_document

SHEET = "sbc:sheet"  # op key: one export at a time


class SbcChapter(ChapterPanel):
    def __init__(self, context: ChapterContext) -> None:
        super().__init__(context)
        self.panel = SheetPanel()
        self.panel.pdf_requested.connect(lambda: self._ask(".pdf", "PDF (*.pdf)"))
        self.panel.csv_requested.connect(lambda: self._ask(".csv", self.tr("CSV (*.csv)")))
        self.panel.print_requested.connect(self.print_sheet)
        self.follow_ops(lambda: self.panel.set_busy(self.context.ops.busy(SHEET)))

    def widget(self) -> QWidget:
        return self.panel

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
