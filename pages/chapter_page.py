"""A chapter of the guide: its summary and one card per step, in the guide's order."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pages.step_card import StepCard
from pages.styling import restyle
from pages.wording import QT_TRANSLATE_NOOP
from wizard.runbook.model import Chapter
from wizard.runbook.states import OPEN, PROBLEMS
from wizard.runbook.summary import StepSnapshot

# what the filter shows: every step, those still open, or only those with a problem
FILTERS = (("all", QT_TRANSLATE_NOOP("ChapterPage", "All steps")),
           ("open", QT_TRANSLATE_NOOP("ChapterPage", "Still open")),
           ("problems", QT_TRANSLATE_NOOP("ChapterPage", "Problems only")))


class ChapterPage(QWidget):
    scrolled_to = Signal(str, str)  # chapter id, id of the first step in view
    run_all_requested = Signal(str)

    def __init__(self, chapter: Chapter, snapshots: dict[str, StepSnapshot], top: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chapter = chapter
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # no Tab stop of its own (it showed no focus): Tab goes from widget to widget, and the area scrolls to each
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        body.setObjectName("PageBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(12)

        head = QHBoxLayout()
        title = QLabel(chapter.label)
        title.setObjectName("ChapterTitle")
        head.addWidget(title, 1)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show steps"))
        for key, text in FILTERS:
            self.filter.addItem(self.tr(text), key)
        self.filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        head.addWidget(self.filter, 0, Qt.AlignmentFlag.AlignBottom)
        self.run_all_button = QPushButton(self.tr("Run all checks in this chapter"))
        self.run_all_button.clicked.connect(lambda: self.run_all_requested.emit(chapter.id))
        self.run_all_button.setVisible(any(s.has_check for s in snapshots.values()))
        head.addWidget(self.run_all_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)
        self.run_summary = QLabel()
        self.run_summary.setObjectName("RunSummary")
        self.run_summary.setWordWrap(True)
        self.run_summary.hide()
        layout.addWidget(self.run_summary)
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
        self.nothing_shown = QLabel(self.tr("Nothing to show with this filter: every step here is done or waived."))
        self.nothing_shown.setObjectName("ChapterSummary")
        self.nothing_shown.hide()
        layout.addWidget(self.nothing_shown)
        layout.addStretch(1)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area)

        self._scroll_timer = QTimer(self, singleShot=True, interval=400)
        self._scroll_timer.timeout.connect(self._report_scroll)
        self.scroll_area.verticalScrollBar().valueChanged.connect(lambda _v: self._scroll_timer.start())

    def update_snapshots(self, snapshots: dict[str, StepSnapshot]) -> None:
        for step_id, snap in snapshots.items():
            if step_id in self.cards:
                self.cards[step_id].update_snapshot(snap)
        self.apply_filter()

    def apply_filter(self) -> None:
        kind = self.filter.currentData()
        wanted = {"open": OPEN, "problems": PROBLEMS}.get(kind)
        shown = 0
        for card in self.cards.values():
            visible = wanted is None or card.status in wanted
            card.setVisible(visible)
            shown += visible
        self.nothing_shown.setVisible(shown == 0 and bool(self.cards))

    def show_run_summary(self, text: str) -> None:
        self.run_summary.setText(text)
        self.run_summary.setVisible(bool(text))

    def mark_current(self, step_id: str) -> None:
        """The step the next-problem key went to: outlined, in view, and the filter opened if it hid it."""
        card = self.cards.get(step_id)
        if card is None:
            return
        if not card.isVisibleTo(self):
            self.filter.setCurrentIndex(0)
        for other in self.cards.values():
            if other.property("current"):
                restyle(other, current=False)
        restyle(card, current=True)
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(card, 0, 40))

    def first_visible_step(self) -> str:
        top = self.scroll_area.verticalScrollBar().value()
        for step_id, card in self.cards.items():
            if card.geometry().bottom() > top:
                return step_id
        return ""

    def scroll_to(self, step_id: str) -> None:
        card = self.cards.get(step_id)
        if card is not None:
            self.scroll_area.verticalScrollBar().setValue(card.geometry().top() - 12)

    def _report_scroll(self) -> None:
        self.scrolled_to.emit(self.chapter.id, self.first_visible_step())
