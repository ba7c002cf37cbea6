"""'Create my personal identity': the engineer's name and company as the signature will show them, and the
passphrase twice, its strength shown as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pages.styling import restyle
from pages.wording import QT_TRANSLATE_NOOP
from wizard.checks.passphrase import passphrase_strength

STRENGTH = {"too short": QT_TRANSLATE_NOOP("IdentityDialog", "too short: at least 8 characters"),
            "weak": QT_TRANSLATE_NOOP("IdentityDialog", "weak"),
            "fair": QT_TRANSLATE_NOOP("IdentityDialog", "fair"),
            "strong": QT_TRANSLATE_NOOP("IdentityDialog", "strong")}


class IdentityDialog(QDialog):
    create_requested = Signal(str, str, str, str)  # name, company, email, passphrase

    def __init__(self, name: str, company: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IdentityDialog")
        self.setWindowTitle(self.tr("Create a personal signing identity"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The wizard makes a key and a certificate in your name. Reports you sign with it show "
                               "this name; export the certificate afterwards so your company can vouch for it. The "
                               "passphrase protects the file; where this computer has a keyring it is kept there, "
                               "otherwise for this session only."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(name)
        self.company_edit = QLineEdit(company)
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("optional, e.g. erika.engineer@integrator.example"))
        self.passphrase_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setObjectName("Message")
        for label, edit in ((self.tr("Name"), self.name_edit), (self.tr("Company"), self.company_edit),
                            (self.tr("Email"), self.email_edit), (self.tr("Passphrase"), self.passphrase_edit),
                            (self.tr("Passphrase again"), self.repeat_edit)):
            edit.setAccessibleName(label)
            form.addRow(label, edit)
        form.addRow("", self.strength)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create identity"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.name_edit, self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self._judge)
        self.resize(560, self.sizeHint().height())
        self._judge()

    def _judge(self) -> None:
        passphrase, again = self.passphrase_edit.text(), self.repeat_edit.text()
        strength = passphrase_strength(passphrase)
        text = self.tr("Strength: {strength}").format(strength=self.tr(STRENGTH[strength])) if passphrase else ""
        mismatch = bool(again) and again != passphrase
        if mismatch:
            text += ("  ·  " if text else "") + self.tr("the two passphrases differ")
        self.strength.setText(text)
        restyle(self.strength, error=strength == "too short" or mismatch)
        self.create_button.setEnabled(bool(self.name_edit.text().strip()) and strength != "too short"
                                      and passphrase == again)

    def _create(self) -> None:
        if self.create_button.isEnabled():
            self.create_requested.emit(self.name_edit.text().strip(), self.company_edit.text().strip(),
                                       self.email_edit.text().strip(), self.passphrase_edit.text())
            self.accept()
