"""A wrapped text that is as tall as it needs, up to a few lines, and scrolls beyond them: a long message, a person
with many findings or a long confirmation never asks its page (and so the window) for more height."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy


class FittedText(QScrollArea):
    def __init__(self, label: QLabel, lines: int) -> None:
        super().__init__()
        self.label = label
        self.lines = lines
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def _most(self) -> int:
        return self.label.fontMetrics().lineSpacing() * self.lines + self.label.contentsMargins().top() \
            + self.label.contentsMargins().bottom() + 8

    def sizeHint(self) -> QSize:
        width = max(self.viewport().width(), 100)
        return QSize(super().sizeHint().width(), min(self.label.heightForWidth(width), self._most()))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, min(self.label.fontMetrics().lineSpacing() + 8, self.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # another width wraps the text into other lines
            self.updateGeometry()
