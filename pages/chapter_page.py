"""A chapter of the guide: its summary and one card per step, in the guide's order."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from pages.step_card import StepCard
from wizard.runbook.model import Chapter
from wizard.runbook.summary import StepSnapshot


class ChapterPage(QWidget):
    scrolled_to = Signal(str, str)  # chapter id, id of the first step in view
    run_all_requested = Signal(str)

    def __init__(self, chapter: Chapter, snapshots: dict[str, StepSnapshot], top: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chapter = chapter
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("PageBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(12)

        head = QHBoxLayout()
        title = QLabel(chapter.label)
        title.setObjectName("ChapterTitle")
        head.addWidget(title, 1)
        self.run_all_button = QPushButton(self.tr("Run all checks in this chapter"))
        self.run_all_button.clicked.connect(lambda: self.run_all_requested.emit(chapter.id))
        self.run_all_button.setVisible(any(s.has_check for s in snapshots.values()))
        head.addWidget(self.run_all_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)
        if chapter.summary:
            summary = QLabel(chapter.summary)
            summary.setObjectName("ChapterSummary")
            summary.setWordWrap(True)
            layout.addWidget(summary)
        if top is not None:
            layout.addWidget(top)

        self.cards: dict[str, StepCard] = {}
        for step in chapter.steps:
            card = StepCard(snapshots[step.id])
            self.cards[step.id] = card
            layout.addWidget(card)
        layout.addStretch(1)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll)

        self._scroll_timer = QTimer(self, singleShot=True, interval=400)
        self._scroll_timer.timeout.connect(self._report_scroll)
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _v: self._scroll_timer.start())

    def update_snapshots(self, snapshots: dict[str, StepSnapshot]) -> None:
        for step_id, snap in snapshots.items():
            if step_id in self.cards:
                self.cards[step_id].update_snapshot(snap)

    def first_visible_step(self) -> str:
        top = self.scroll.verticalScrollBar().value()
        for step_id, card in self.cards.items():
            if card.geometry().bottom() > top:
                return step_id
        return ""

    def scroll_to(self, step_id: str) -> None:
        card = self.cards.get(step_id)
        if card is not None:
            self.scroll.verticalScrollBar().setValue(card.geometry().top() - 12)

    def _report_scroll(self) -> None:
        self.scrolled_to.emit(self.chapter.id, self.first_visible_step())
