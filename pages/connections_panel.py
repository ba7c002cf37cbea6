"""How to reach each live system, and 'Test connection': one tab per system."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from pages.fields import italic_when_empty, port_field
from pages.styling import restyle
from wizard.connectors.systems import LiveSystem
from wizard.i18n import SYSTEMS_CONTEXT


def _word(text: str) -> str:
    return QCoreApplication.translate(SYSTEMS_CONTEXT, text) if text else text

class ConnectionsPanel(QGroupBox):
    test_requested = Signal(str)

    def __init__(self, systems: Sequence[LiveSystem], settings: dict[str, dict[str, str]],
                 parent: QWidget | None = None) -> None:
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
        self._parked = ""  # the system whose Test button had the focus when its test started
        for live in systems:
            system = live.id
            title, secret_label = _word(live.title), _word(live.secret_label)
            page = QWidget()
            form = QFormLayout(page)
            self.edits[system] = {}
            for setting in live.settings:
                label = _word(setting.label)
                edit = QLineEdit(settings.get(system, {}).get(setting.key, ""))
                edit.setPlaceholderText(_word(setting.placeholder))
                italic_when_empty(edit)
                if setting.key == "port":
                    port_field(edit)
                edit.setAccessibleName(f"{title} {label}")
                form.addRow(label, edit)
                self.edits[system][setting.key] = edit
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

    def typed(self) -> dict[str, str]:
        """Every field as it is now, the secrets too, by 'system/key' ('system/' for the secret)."""
        shown = {f"{system}/{key}": edit.text() for system, edits in self.edits.items() for key, edit in edits.items()}
        return shown | {f"{system}/": edit.text() for system, edit in self.secrets.items()}

    def put_typed(self, typed: dict[str, str]) -> None:
        for name, text in typed.items():
            system, _, key = name.partition("/")
            edit = self.edits.get(system, {}).get(key) if key else self.secrets.get(system)
            if edit is not None:
                edit.setText(text)

    def show_result(self, system: str, text: str, *, error: bool) -> None:
        label = self.results[system]
        label.setText(text)
        restyle(label, error=error)

    def set_state(self, *, offline: bool, testing: set[str]) -> None:
        """The Test buttons from the mode and the tests under way (one test per system at a time)."""
        reason = self.tr("Offline checklist mode — Ctrl+Shift+O to go online")
        for system, button in self.test_buttons.items():
            enabled = not offline and system not in testing
            if not enabled and button.hasFocus():
                # Qt would hand the focus on to the next widget in the chain (the pre-flight's Run, further down the
                # page) and scroll to it: it waits on this system's tab instead, and comes back when the test ends
                self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
                self._parked = system
            button.setEnabled(enabled)
            if enabled and self._parked == system:
                self._parked = ""
                if self.tabs.tabBar().hasFocus():
                    button.setFocus(Qt.FocusReason.OtherFocusReason)
            button.setToolTip(reason if offline else self.tr("Testing…") if system in testing else "")
            result = self.results[system]
            if offline and result.text() and not result.property("offline"):
                # a 'Connected.' from before is not true now: it is shown as what it was, a result from earlier
                result.setText(self.tr("Earlier, while online: {result}").format(result=result.text()))
                result.setProperty("offline", True)
            elif not offline and result.property("offline"):
                result.setText("")
                result.setProperty("offline", False)
