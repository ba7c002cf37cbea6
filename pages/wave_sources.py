"""Where chapter 7's people come from: Zoom and the OS4K read live, or their files, or the OS4K's output pasted; the
two values that decide whether a missing route blocks a person (the PM index and the voicemail number); and the
engineer's choice to give every station of the wave a new digest password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class SourcesBar(QWidget):
    read_requested = Signal()
    zoom_file_requested = Signal()
    subscribers_file_requested = Signal()
    subscribers_paste_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.read_button = QPushButton(self.tr("Read Zoom and OS4K"))
        self.read_button.clicked.connect(self.read_requested.emit)
        zoom_file = QPushButton(self.tr("Zoom export…"))
        zoom_file.clicked.connect(self.zoom_file_requested.emit)
        subscribers_file = QPushButton(self.tr("OS4K subscribers…"))
        subscribers_file.clicked.connect(self.subscribers_file_requested.emit)
        paste = QPushButton(self.tr("Paste OS4K output"))
        paste.setToolTip(self.tr("REG-SBCSU / REG-PERSI output copied from the Assistant's AMO window"))
        paste.clicked.connect(self.subscribers_paste_requested.emit)
        self.pmidx = QLineEdit()  # the guide names no index: the engineer chooses one for subscribers without it
        self.pmidx.setPlaceholderText(self.tr("choose"))
        self.pmidx.setAccessibleName(self.tr("PM index for subscribers without one"))
        self.pmidx.setMaximumWidth(60)
        self.voicemail = QLineEdit()
        self.voicemail.setPlaceholderText(self.tr("voicemail no. for a new PM route"))
        self.voicemail.setAccessibleName(self.tr("Voicemail number for a new PM route"))
        self.voicemail.setToolTip(self.tr("Voicemail number for a new PM route"))
        for widget in (self.read_button, zoom_file, subscribers_file, paste, QLabel(self.tr("PMIDX")), self.pmidx,
                       QLabel(self.tr("Voicemail no."))):
            row.addWidget(widget)
        row.addWidget(self.voicemail, 1)  # the rest of the row: its placeholder is read whole where there is room
        layout.addLayout(row)
        below = QHBoxLayout()
        self.source_label = QLabel(self.tr("Nothing read yet."))
        self.source_label.setObjectName("Evidence")
        self.source_label.setWordWrap(True)
        below.addWidget(self.source_label, 1)
        # off unless chosen for a wave: a station's existing password is what its SIP devices are set up with
        self.rotate_passwords = QCheckBox(self.tr("New digest password for every station"))
        self.rotate_passwords.setToolTip(self.tr(
            "Also replaces the passwords stations already have: every SIP device registered with one stops working "
            "until it is set up again with the new password. Unticked, a station keeps its password and only "
            "stations without one get one."))
        below.addWidget(self.rotate_passwords)
        layout.addLayout(below)

    def set_state(self, *, busy: bool, offline: bool) -> None:
        self.read_button.setEnabled(not busy and not offline)
        self.read_button.setToolTip(self.tr("Offline checklist mode: use the files instead") if offline else "")
