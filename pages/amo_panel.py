"""An AMO batch for the OS4K: copy it into the Assistant's AMO window and paste the output back, or send it
over SSH; a dry run reads the records first and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout


def _mono(edit: QPlainTextEdit) -> QPlainTextEdit:
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(9)
    edit.setFont(font)
    return edit


class AmoPanel(QGroupBox):
    dry_run_requested = Signal()
    send_requested = Signal()
    parse_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("OS4K AMO batch"))
        self.setObjectName("AmoPanel")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("One AMO per line, each change after the REG- of the record it touches (psi-wizard amo "
                               "batch writes such a batch). Every AMO sent is journaled in the project; sending the "
                               "same batch name again resumes it without applying anything twice."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Batch name")))
        self.batch_name = QLineEdit("wave-1")
        self.batch_name.setAccessibleName(self.tr("Batch name"))
        name_row.addWidget(self.batch_name, 1)
        layout.addLayout(name_row)
        self.batch = _mono(QPlainTextEdit())
        self.batch.setPlaceholderText('REG-PERSI:TYPE=STN,STNO=3100;\nCHANGE-PERSI:EMAIL,3100,"anna@example.com";')
        self.batch.setAccessibleName(self.tr("AMO batch"))
        self.batch.setFixedHeight(120)
        layout.addWidget(self.batch)
        buttons = QHBoxLayout()
        copy = QPushButton(self.tr("Copy batch"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.batch.toPlainText()))
        self.dry_run_button = QPushButton(self.tr("Dry run over SSH"))
        self.dry_run_button.clicked.connect(self.dry_run_requested.emit)
        self.send_button = QPushButton(self.tr("Send over SSH"))
        self.send_button.clicked.connect(self.send_requested.emit)
        for button in (copy, self.dry_run_button, self.send_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.pasted = _mono(QPlainTextEdit())
        self.pasted.setPlaceholderText(self.tr("No SSH? Paste the Assistant's output of the batch here, then 'Read "
                                               "pasted output'."))
        self.pasted.setAccessibleName(self.tr("Pasted AMO output"))
        self.pasted.setFixedHeight(90)
        layout.addWidget(self.pasted)
        parse_row = QHBoxLayout()
        self.parse_button = QPushButton(self.tr("Read pasted output"))
        self.parse_button.clicked.connect(self.parse_requested.emit)
        parse_row.addWidget(self.parse_button)
        parse_row.addStretch(1)
        layout.addLayout(parse_row)
        self.results = _mono(QPlainTextEdit())
        self.results.setReadOnly(True)
        self.results.setAccessibleName(self.tr("AMO results"))
        self.results.setFixedHeight(140)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.results)

    def commands(self) -> list[str]:
        return [line.strip() for line in self.batch.toPlainText().splitlines()
                if line.strip() and not line.lstrip().startswith("#")]

    def show_results(self, text: str) -> None:
        self.results.setPlainText(text)

    def set_state(self, *, busy: bool, offline: bool) -> None:
        for button in (self.dry_run_button, self.send_button):
            button.setEnabled(not busy and not offline)
            button.setToolTip(self.tr("Offline checklist mode — Ctrl+Shift+O to go online; or paste the output")
                              if offline else "")
        self.parse_button.setEnabled(not busy)
