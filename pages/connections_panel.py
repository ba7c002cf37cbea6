"""How to reach each live system, and 'Test connection': one tab per system."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
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
FIELDS: dict[str, tuple[str, list[tuple[str, str, str]], str]] = {  # translated where shown
    "zoom": ("Zoom", [
        ("account_id", QT_TRANSLATE_NOOP("ConnectionsPanel", "Account ID"),
         QT_TRANSLATE_NOOP("ConnectionsPanel", "Server-to-Server OAuth app: account ID")),
        ("client_id", QT_TRANSLATE_NOOP("ConnectionsPanel", "Client ID"),
         QT_TRANSLATE_NOOP("ConnectionsPanel", "Server-to-Server OAuth app: client ID")),
        ("rates", QT_TRANSLATE_NOOP("ConnectionsPanel", "Rate limits"),
         QT_TRANSLATE_NOOP("ConnectionsPanel",
                           "per second; Pro: light=30,medium=20 — Business+: light=80,medium=60")),
    ], QT_TRANSLATE_NOOP("ConnectionsPanel", "Client secret")),
    "cloudlink": ("CloudLink", [
        ("user", QT_TRANSLATE_NOOP("ConnectionsPanel", "Account admin"),
         QT_TRANSLATE_NOOP("ConnectionsPanel", "the CloudLink account admin's user name")),
        ("account_id", QT_TRANSLATE_NOOP("ConnectionsPanel", "Account ID"),
         QT_TRANSLATE_NOOP("ConnectionsPanel", "only if the user is in several accounts")),
    ], QT_TRANSLATE_NOOP("ConnectionsPanel", "Password")),
    "redsky": ("RedSky", [
        ("user", QT_TRANSLATE_NOOP("ConnectionsPanel", "Administrator"),
         QT_TRANSLATE_NOOP("ConnectionsPanel", "RedSky administrator's user name")),
        ("api_base", QT_TRANSLATE_NOOP("ConnectionsPanel", "API address"),
         QT_TRANSLATE_NOOP("ConnectionsPanel",
                           "https://api.e911cloud.com — tenants set up through Webex: https://api.wxc.e911cloud.com")),
    ], QT_TRANSLATE_NOOP("ConnectionsPanel", "Password")),
    "os4k": (QT_TRANSLATE_NOOP("ConnectionsPanel", "OS4K (AMO over SSH)"), [
        ("host", QT_TRANSLATE_NOOP("ConnectionsPanel", "Host"),
         QT_TRANSLATE_NOOP("ConnectionsPanel", "Assistant / platform address")),
        ("port", QT_TRANSLATE_NOOP("ConnectionsPanel", "Port"), "22"),
        ("user", QT_TRANSLATE_NOOP("ConnectionsPanel", "User"), QT_TRANSLATE_NOOP("ConnectionsPanel", "AMO login")),
    ], QT_TRANSLATE_NOOP("ConnectionsPanel", "Password")),
}


class ConnectionsPanel(QGroupBox):
    test_requested = Signal(str)

    def __init__(self, settings: dict[str, dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Connections to the live systems"))
        self.setObjectName("Connections")
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Addresses and user names are kept in the project; passwords and secrets in the "
                               "system keyring (or for this session only, where there is none)."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)
        self.edits: dict[str, dict[str, QLineEdit]] = {}
        self.secrets: dict[str, QLineEdit] = {}
        self.results: dict[str, QLabel] = {}
        self.test_buttons: dict[str, QPushButton] = {}
        for system, (system_title, fields, secret_text) in FIELDS.items():
            title, secret_label = self.tr(system_title), self.tr(secret_text)
            page = QWidget()
            form = QFormLayout(page)
            self.edits[system] = {}
            for key, label_text, placeholder in fields:
                label = self.tr(label_text)
                edit = QLineEdit(settings.get(system, {}).get(key, ""))
                edit.setPlaceholderText(self.tr(placeholder))
                edit.setAccessibleName(f"{title} {label}")
                form.addRow(label, edit)
                self.edits[system][key] = edit
            secret = QLineEdit()
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.setPlaceholderText(self.tr("empty: use the one kept in the keyring"))
            secret.setAccessibleName(f"{title} {secret_label}")
            form.addRow(secret_label, secret)
            self.secrets[system] = secret
            extra = {k: v for k, v in settings.get(system, {}).items() if k not in self.edits[system]}
            if extra:  # e.g. the lab's endpoints: shown, kept, not edited here
                note = QLabel("; ".join(f"{k}: {v}" for k, v in extra.items()))
                note.setObjectName("PreflightDetail")
                note.setWordWrap(True)
                note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(self.tr("Endpoints"), note)
            row = QHBoxLayout()
            button = QPushButton(self.tr("Test connection"))
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
        reason = self.tr("Offline checklist mode — Ctrl+Shift+O to go online")
        for system, button in self.test_buttons.items():
            button.setEnabled(not offline)
            button.setToolTip(reason if offline else "")
            result = self.results[system]
            if offline and result.text() and not result.property("offline"):
                # a 'Connected.' from before is not true now: it is shown as what it was, a result from earlier
                result.setText(self.tr("Earlier, while online: {result}").format(result=result.text()))
                result.setProperty("offline", True)
            elif not offline and result.property("offline"):
                result.setText("")
                result.setProperty("offline", False)
