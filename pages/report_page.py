"""Where the installation stands: one row per chapter, and the state of the audit log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pages.step_card import status_text
from pages.styling import restyle
from pages.wording import QT_TRANSLATE_NOOP, finding_text, mode_text
from wizard.checks.result import Finding
from wizard.runbook.states import PROBLEMS, StepStatus

COLUMNS = (QT_TRANSLATE_NOOP("ReportPage", "Chapter"), QT_TRANSLATE_NOOP("ReportPage", "Done"),
           QT_TRANSLATE_NOOP("ReportPage", "Warnings"), QT_TRANSLATE_NOOP("ReportPage", "Waived"),
           QT_TRANSLATE_NOOP("ReportPage", "Failed"), QT_TRANSLATE_NOOP("ReportPage", "Blocked"),
           QT_TRANSLATE_NOOP("ReportPage", "Open"))


class ReportPage(QWidget):
    build_requested = Signal()
    html_requested = Signal()
    evidence_requested = Signal()
    use_identity_requested = Signal()
    create_identity_requested = Signal()
    export_certificate_requested = Signal()
    open_pdf_requested = Signal()
    show_folder_requested = Signal()
    language_chosen = Signal(str)  # the report's language: 'en' or 'de'

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a long list of open findings at 1280×720 scrolls the overview, it never squeezes the table; the signing
        # box below stays in view
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        content = QWidget()
        content.setObjectName("ReportContent")
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(12)
        title = QLabel(self.tr("Report"))
        title.setObjectName("ChapterTitle")
        layout.addWidget(title)
        self.headline = QLabel()
        self.headline.setObjectName("ChapterSummary")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Progress per chapter"))
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table)
        self.open_label = QLabel()
        self.open_label.setObjectName("OpenFindings")
        self.open_label.setWordWrap(True)
        self.open_label.setTextFormat(Qt.TextFormat.RichText)
        self.open_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.open_label)
        self.audit_label = QLabel()
        self.audit_label.setWordWrap(True)
        self.audit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.audit_label)
        layout.addStretch(1)
        signing = QWidget()
        below = QVBoxLayout(signing)
        below.setContentsMargins(24, 0, 24, 12)
        rule = QFrame()  # where the overview above ends: what it cuts off is scrolled to, not lost
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        below.addWidget(rule)
        below.addWidget(self._signing_box())
        outer.addWidget(signing)

    def _signing_box(self) -> QGroupBox:
        """Compact: the report's overview above keeps the room (its "Needs attention" list at 1280×720); rows that
        cannot be used yet (no identity: no passphrase) or say nothing (no message) are hidden."""
        box = QGroupBox(self.tr("Signed commissioning report"))
        form = QFormLayout(box)
        self.signing_form = form
        self.identity_label = QLabel()
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Signing identity"), self.identity_label)
        identity_buttons = QHBoxLayout()
        self.identity_buttons: list[QPushButton] = []
        for text, signal in ((self.tr("Use a PKCS#12 file…"), self.use_identity_requested),
                             (self.tr("Create my personal identity"), self.create_identity_requested),
                             (self.tr("Export my certificate…"), self.export_certificate_requested)):
            button = QPushButton(text)
            button.clicked.connect(signal.emit)
            identity_buttons.addWidget(button)
            self.identity_buttons.append(button)
        self.export_certificate_button = self.identity_buttons[-1]
        identity_buttons.addStretch(1)
        form.addRow("", identity_buttons)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase of the signing identity"))
        self.remember_box = QCheckBox(self.tr("Remember the passphrase in the system keyring"))
        self.remember_box.setChecked(True)
        self.passphrase_row = QHBoxLayout()  # the box beside its field: one row, hidden while there is no identity
        self.passphrase_row.addWidget(self.passphrase_edit, 1)
        self.passphrase_row.addWidget(self.remember_box)
        form.addRow(self.tr("Passphrase"), self.passphrase_row)
        self.show_passphrase_kept(None)
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the report"))
        # each language named in its own words, as a language menu does
        for code, name in (("en", "English"), ("de", "Deutsch")):
            self.language_box.addItem(name, code)
        self.language_box.activated.connect(lambda index: self.language_chosen.emit(self.language_box.itemData(index)))
        build_buttons = QHBoxLayout()  # the language the build speaks, beside the build: one row less
        build_buttons.addWidget(self.language_box)
        self.build_button = QPushButton(self.tr("Build signed report…"))
        self.build_button.clicked.connect(self.build_requested.emit)
        self.html_button = QPushButton(self.tr("Export HTML…"))
        self.html_button.clicked.connect(self.html_requested.emit)
        self.evidence_button = QPushButton(self.tr("Export evidence JSON…"))
        self.evidence_button.clicked.connect(self.evidence_requested.emit)
        self.open_pdf_button = QPushButton(self.tr("Open PDF"))
        self.open_pdf_button.clicked.connect(self.open_pdf_requested.emit)
        self.show_folder_button = QPushButton(self.tr("Show in folder"))
        self.show_folder_button.clicked.connect(self.show_folder_requested.emit)
        for button in (self.build_button, self.html_button, self.evidence_button, self.open_pdf_button,
                       self.show_folder_button):
            build_buttons.addWidget(button)
        build_buttons.addStretch(1)
        form.addRow(self.tr("Report language"), build_buttons)
        self.report_message = QLabel()
        self.report_message.setObjectName("Message")
        self.report_message.setWordWrap(True)
        self.report_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.report_message)
        form.setRowVisible(self.report_message, False)  # until there is something to say
        return box

    def set_state(self, *, building: bool, identity_busy: bool, built: bool, has_identity: bool = True) -> None:
        """Buttons from what runs and what there is: one build at a time; the exports are the signed build's own
        copy; without a signing identity there is nothing to sign with, export or type a passphrase for."""
        first = "" if has_identity else self.tr("There is no signing identity yet: use your company's PKCS#12 file "
                                                "or create a personal identity first.")
        self.build_button.setEnabled(not building and has_identity)
        self.build_button.setToolTip(first)
        for button in (self.html_button, self.evidence_button):
            button.setEnabled(built and not building)
            button.setToolTip("" if built else self.tr("Build the signed report first: the exports are its own copy"))
        for button in self.identity_buttons:
            button.setEnabled(not identity_busy)
        self.export_certificate_button.setEnabled(not identity_busy and has_identity)
        self.export_certificate_button.setToolTip(first)
        self.signing_form.setRowVisible(self.passphrase_row, has_identity)
        for button in (self.open_pdf_button, self.show_folder_button):  # only once there is a report to open
            button.setVisible(built)

    def show_passphrase_kept(self, kept: bool | None) -> None:
        """The passphrase field says what an empty field means for the identity in use: the passphrase the keyring
        remembers for it (`kept`), or nothing, so one must be typed; None: no identity (the row is hidden)."""
        if kept:
            self.passphrase_edit.setPlaceholderText(
                self.tr("empty: use the passphrase remembered in the system keyring"))
        elif kept is None:
            self.passphrase_edit.setPlaceholderText("")
        else:
            self.passphrase_edit.setPlaceholderText(self.tr("the signing identity's passphrase"))

    def show_language(self, code: str) -> None:
        """The project's report language, as the project keeps it."""
        index = self.language_box.findData(code)
        self.language_box.setCurrentIndex(max(index, 0))

    def show_identity(self, text: str) -> None:
        self.identity_label.setText(text)

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.report_message.setText(text)
        self.signing_form.setRowVisible(self.report_message, bool(text))
        restyle(self.report_message, error=error)

    def show_summary(self, summary: dict[str, Any]) -> None:
        chapters = [c for c in summary["chapters"] if c["total"]]
        self.table.setRowCount(len(chapters))
        total = done = failed = warnings = waived = 0
        for row, chapter in enumerate(chapters):
            label = f"{chapter['title']} §{chapter['section']}" if chapter["section"] else chapter["title"]
            cells = (label, f"{chapter['done']} / {chapter['total']}", str(chapter["warnings"]),
                     str(chapter["waived"]), str(chapter["failed"]), str(chapter["blocked"]), str(chapter["open"]))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
            total += chapter["total"]
            done += chapter["done"]
            failed += chapter["failed"] + chapter["blocked"]
            warnings += chapter["warnings"]
            waived += chapter["waived"]
        self.headline.setText(self.tr("{customer} — {site}. {done} of {total} steps done; {warnings} with warnings, "
                                      "{waived} waived, {failed} failed. Mode: {mode}.").format(
            warnings=warnings, waived=waived,
            customer=summary["site"].get("customer") or self.tr("Customer not set"),
            site=summary["site"].get("site") or self.tr("site not set"), done=done, total=total, failed=failed,
            mode=mode_text(summary["mode"])))
        # every chapter row stays in view: the table takes its full height, whatever appears below it
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
                                  + sum(self.table.rowHeight(r) for r in range(self.table.rowCount())))
        problems = [(s, c) for c in chapters for s in c["steps"] if StepStatus(s["status"]) in PROBLEMS]
        if problems:
            items = "".join(
                f"<li><b>{_esc(status_text(StepStatus(step['status'])))}</b>"
                f" — {_esc(step['title'])} (§{_esc(step['section'])})"
                + (": " + _esc(self.tr("checked against values changed since; check it again"))
                   if step["status"] == StepStatus.OUTDATED else
                   f": {_esc(finding_text(Finding.from_json(_open(step)[0]))[0])}" if _open(step) else "")
                + (" — " + _esc(self.tr("blocked by {steps}").format(steps=", ".join(step["blocked_by"])))
                   if step["blocked_by"] else "")
                + "</li>"
                for step, _chapter in problems[:12]
            )
            more_text = self.tr("… and {count} more.").format(count=len(problems) - 12)
            more = f"<p>{_esc(more_text)}</p>" if len(problems) > 12 else ""
            heading = _esc(self.tr("Needs attention"))
            self.open_label.setText(f"<b>{heading}</b><ul style='margin:2px'>{items}</ul>{more}")
        else:
            self.open_label.setText("<b>" + _esc(self.tr("Nothing failed, blocked, warned or outdated so far."))
                                    + "</b>")
        audit = summary["audit"]
        if audit["intact"]:
            self.audit_label.setText(self.tr("Audit log intact: {count} entries. Chain head: {head}").format(
                count=audit["entries"], head=audit["head"]))
        else:
            self.audit_label.setText(self.tr("Audit log BROKEN: {problems}").format(
                problems="; ".join(audit["problems"])))


def _open(step: dict[str, Any]) -> list[dict[str, Any]]:
    """The step's findings no later read superseded (wizard.checks.superseded, applied by the report service)."""
    return [f for f in step["findings"] if not f.get("superseded_by")]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
