"""The SBC chapter's test call (issue #33): the two stations (those the last wave provisioned offered, any other
typed), their digest passwords (typed for this call and never saved: not in the project, not in the keyring), a Call
button, and the call's result with its ladder. The §9.4 step card below asks for the same stations and passwords in
the same words: both place the same call."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

from pages.call_ladder import CallResult
from pages.styling import restyle
from pages.wording import translate_with
from wizard.checks.call import TestCallEvidence
from wizard.checks.result import Finding
from wizard.i18n import RUNBOOK_CONTEXT

# The test call keeps no password: the service hands them to the call and forgets them, and nothing writes one for
# the step to the keyring (wizard.services.test_call). The §9.4 card's placeholder, word for word (and translated as
# it is): the panel and the card say the same thing of the same passwords.
PASSWORD_PLACEHOLDER = "used for this call, never saved"


class TestCallPanel(QGroupBox):
    __test__ = False  # not a pytest test class, whatever its name
    call_requested = Signal(str, str, str, str)  # caller, its password, callee, its password (as typed)

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Test call through the SBC"))
        self.setObjectName("TestCallPanel")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Two test stations register through the SBC's public FQDN as Zoom PSI clients, one "
                               "calls the other, and audio goes both ways over SRTP for a few seconds; then the "
                               "media profile is tried with plain RTP and an unconfigured codec (§9.4.2)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.caller, self.caller_password = self._station(grid, 0, self.tr("Calling station"))
        self.callee, self.callee_password = self._station(grid, 1, self.tr("Called station"))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        self.call_button = QPushButton(self.tr("Call"))
        self.call_button.clicked.connect(self._call)
        layout.addWidget(self.call_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel()
        self.message.setObjectName("Message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.result = CallResult()
        self.result.hide()
        layout.addWidget(self.result)

    def _station(self, grid: QGridLayout, row: int, label: str) -> tuple[QComboBox, QLineEdit]:
        station = QComboBox()
        station.setEditable(True)
        station.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        typed = station.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("e.g. {number}").format(number=3100 + row))
        station.setAccessibleName(label)
        password = QLineEdit()
        password.setEchoMode(QLineEdit.EchoMode.Password)
        # the §9.4 card's own words for these passwords (resources/runbook.toml): both controls say the one truth
        password.setPlaceholderText(translate_with(RUNBOOK_CONTEXT)(PASSWORD_PLACEHOLDER))
        password.setAccessibleName(self.tr("{station}: digest password").format(station=label))
        grid.addWidget(QLabel(label), row, 0)
        grid.addWidget(station, row, 1)
        grid.addWidget(QLabel(self.tr("Digest password")), row, 2)
        grid.addWidget(password, row, 3)
        return station, password

    def offer_stations(self, stations: list[str]) -> None:
        """The stations the last wave provisioned, offered in both lists; what is typed stays."""
        for combo in (self.caller, self.callee):
            typed = combo.currentText()
            combo.clear()
            combo.addItems(stations)
            combo.setEditText(typed)

    def set_stations(self, caller: str, callee: str) -> None:
        self.caller.setEditText(caller)
        self.callee.setEditText(callee)

    def _call(self) -> None:
        caller, callee = self.caller.currentText().strip(), self.callee.currentText().strip()
        if not caller or not callee:
            self.set_message(self.tr("Name both test stations, then call."), error=True)
            return
        self.call_requested.emit(caller, self.caller_password.text(), callee, self.callee_password.text())

    def set_busy(self, busy: bool, *, offline: bool = False) -> None:
        self.call_button.setEnabled(not busy and not offline)
        self.call_button.setToolTip(self.tr("A test call needs the live SBC: not in offline checklist mode.")
                                    if offline else "")
        if busy:
            self.set_message(self.tr("Calling… (registration, the call, a few seconds of audio each way, the "
                                     "media profile's offers)"))

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        restyle(self.message, error=error)

    def forget_passwords(self) -> None:
        """Typed passwords serve one call: gone from the window once it ran."""
        self.caller_password.clear()
        self.callee_password.clear()

    def show_call(self, evidence: TestCallEvidence | None, findings: list[Finding]) -> None:
        if evidence is None:
            self.result.hide()
            return
        self.result.show_call(evidence, findings)
        self.result.show()
