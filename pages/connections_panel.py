"""How to reach each live system, and 'Test connection': one tab per system."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

# per system: (setting key, label, placeholder); the secret is always the last field
FIELDS: dict[str, tuple[str, list[tuple[str, str, str]], str]] = {
    "zoom": ("Zoom", [("account_id", "Account ID", "Server-to-Server OAuth app: account ID"),
                      ("client_id", "Client ID", "Server-to-Server OAuth app: client ID"),
                      ("rates", "Rate limits", "per second; Pro: light=30,medium=20 — Business+: light=80,medium=60")],
             "Client secret"),
    "cloudlink": ("CloudLink", [("user", "Account admin", "the CloudLink account admin's user name"),
                                ("account_id", "Account ID", "only if the user is in several accounts")], "Password"),
    "redsky": ("RedSky", [("user", "Administrator", "RedSky administrator's user name")], "Password"),
    "os4k": ("OS4K (AMO over SSH)", [("host", "Host", "Assistant / platform address"), ("port", "Port", "22"),
                                     ("user", "User", "AMO login")], "Password"),
}


class ConnectionsPanel(QGroupBox):
    test_requested = Signal(str)

    def __init__(self, settings: dict[str, dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__("Connections to the live systems", parent)
        self.setObjectName("Connections")
        outer = QVBoxLayout(self)
        intro = QLabel("Addresses and user names are kept in the project; passwords and secrets in the system "
                       "keyring (or for this session only, where there is none).")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)
        self.edits: dict[str, dict[str, QLineEdit]] = {}
        self.secrets: dict[str, QLineEdit] = {}
        self.results: dict[str, QLabel] = {}
        self.test_buttons: dict[str, QPushButton] = {}
        for system, (title, fields, secret_label) in FIELDS.items():
            page = QWidget()
            form = QFormLayout(page)
            self.edits[system] = {}
            for key, label, placeholder in fields:
                edit = QLineEdit(settings.get(system, {}).get(key, ""))
                edit.setPlaceholderText(placeholder)
                edit.setAccessibleName(f"{title} {label}")
                form.addRow(label, edit)
                self.edits[system][key] = edit
            secret = QLineEdit()
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.setPlaceholderText("empty: use the one kept in the keyring")
            secret.setAccessibleName(f"{title} {secret_label}")
            form.addRow(secret_label, secret)
            self.secrets[system] = secret
            extra = {k: v for k, v in settings.get(system, {}).items() if k not in self.edits[system]}
            if extra:  # e.g. the lab's endpoints: shown, kept, not edited here
                note = QLabel("; ".join(f"{k}: {v}" for k, v in extra.items()))
                note.setObjectName("PreflightDetail")
                note.setWordWrap(True)
                note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow("Endpoints", note)
            row = QHBoxLayout()
            button = QPushButton("Test connection")
            button.clicked.connect(lambda _=False, s=system: self.test_requested.emit(s))
            row.addWidget(button)
            result = QLabel()
            result.setObjectName("Message")
            result.setWordWrap(True)
            row.addWidget(result, 1)
            form.addRow("", row)
            self.test_buttons[system], self.results[system] = button, result
            self.tabs.addTab(page, title)

    def values(self, system: str) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits[system].items() if edit.text().strip()}

    def show_result(self, system: str, text: str, *, error: bool) -> None:
        label = self.results[system]
        label.setText(text)
        label.setProperty("error", error)
        label.style().unpolish(label)
        label.style().polish(label)

    def set_offline(self, offline: bool) -> None:
        for button in self.test_buttons.values():
            button.setEnabled(not offline)
            button.setToolTip("Offline checklist mode: no connections are made" if offline else "")
