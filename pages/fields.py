"""Input fields whose example placeholder can never pass for a value the engineer typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


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
