"""Input fields whose example placeholder can never pass for a value the engineer typed."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit

# A TCP/UDP port is 1 to 65535 (RFC 793, RFC 768): digits only, five at most. A letter is refused as it is typed;
# the range is the check's to judge, with a sentence that says what is wrong.
PORT_DIGITS = QRegularExpression(r"[0-9]{0,5}")


def italic_when_empty(edit: QLineEdit) -> QLineEdit:
    """An empty field shows its placeholder (often an example such as 10.180.0.4) in italics, besides the dimmer
    colour: at a glance nobody mistakes the example for an entered address."""
    def restyle(text: str) -> None:
        font = edit.font()
        if font.italic() != (not text):
            font.setItalic(not text)
            edit.setFont(font)

    edit.textChanged.connect(restyle)
    restyle(edit.text())
    return edit


def port_field(edit: QLineEdit) -> QLineEdit:
    """A port number field: what is not a digit never gets in (nor into the project)."""
    edit.setValidator(QRegularExpressionValidator(PORT_DIGITS, edit))
    edit.setInputMethodHints(edit.inputMethodHints() | Qt.InputMethodHint.ImhDigitsOnly)
    return edit
