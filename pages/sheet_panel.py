"""The SBC settings sheet for the SBC administrator: exported (PDF, CSV) or printed, filled in for this site."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from pages.styling import restyle


class SheetPanel(QGroupBox):
    pdf_requested = Signal()
    csv_requested = Signal()
    print_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("SBC settings sheet"))
        self.setObjectName("SheetPanel")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every value of this chapter's SBC dialogs, filled in with this site's addresses, ports "
                               "and files: hand it to the SBC administrator, or work from it yourself."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(self.pdf_requested.emit)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(self.csv_requested.emit)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_requested.emit)
        for button in (self.pdf_button, self.csv_button, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("Message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        restyle(self.message, error=error)

    def set_busy(self, busy: bool) -> None:
        for button in (self.pdf_button, self.csv_button, self.print_button):
            button.setEnabled(not busy)
