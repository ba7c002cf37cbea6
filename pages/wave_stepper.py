"""One step of chapter 7 at a time: a row of steps (the people, the plan, then the wave's five stages in the guide's
order), each saying where it stands, and below it the page of the step shown, which gets all the height. Pages
without a step of their own (what a change will do, before the engineer confirms it) are shown in the same place.
The row shrinks with the window: each step's words are elided to its width, never the window widened to them."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)


class StepState(StrEnum):
    """Where a step stands, as its mark says."""
    NOT_YET = ""  # nothing to say (no wave yet)
    PLANNED = "planned"
    NOW = "now"  # under way
    WAITING = "waiting"  # for people, the engineer's hands or CloudLink
    FAILED = "failed"
    DONE = "done"
    NOTHING = "nothing"  # the wave has nothing to do in this stage
    UNDONE = "undone"  # the wave was undone: what the stage did is not in force


MARKS = {StepState.NOT_YET: "", StepState.PLANNED: "○", StepState.NOW: "▶", StepState.WAITING: "…",
         StepState.FAILED: "✘", StepState.DONE: "✔", StepState.NOTHING: "–", StepState.UNDONE: "↶"}
# the mark's colour on a light and on a dark window
MARK_TINT = {StepState.DONE: ("#2e7d32", "#81c784"), StepState.NOW: ("#1565c0", "#9cc4ff"),
             StepState.WAITING: ("#b26a00", "#ffcc80"), StepState.FAILED: ("#c62828", "#ef9a9a"),
             StepState.UNDONE: ("#6a1b9a", "#ce93d8")}


class StepButton(QPushButton):
    """A step: its name on the first line (with its mark), where it stands on the second, both elided."""

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.setObjectName("Step")
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.detail = ""
        self.state = StepState.NOT_YET

    def set_state(self, state: StepState, detail: str, more: str = "") -> None:
        """`detail` on the step itself, `more` (all of it) in its tooltip and for screen readers."""
        self.state, self.detail = state, detail
        self.setToolTip(f"{self.text()}: {more or detail}" if more or detail else self.text())
        self.setAccessibleDescription(more or detail)
        self.updateGeometry()
        self.update()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        title = QFontMetrics(self._bold()).horizontalAdvance(f"{MARKS[self.state]} {self.text()}")
        detail = self.fontMetrics().horizontalAdvance(self.detail)
        return QSize(max(title, detail) + 16, self.fontMetrics().lineSpacing() * 2 + 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(48, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        box = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).adjusted(2, 0, -2, 0)
        line = self.fontMetrics().lineSpacing()
        top = QRect(box.left(), box.center().y() - (line if self.detail else line // 2), box.width(), line)
        bottom = QRect(box.left(), box.center().y(), box.width(), line)
        self._draw_title(painter, top)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.fontMetrics().elidedText(self.detail, Qt.TextElideMode.ElideRight, bottom.width()))

    def _draw_title(self, painter: QPainter, where: QRect) -> None:
        mark = MARKS[self.state]
        text_colour = self.palette().color(QPalette.ColorRole.ButtonText)
        if mark:
            dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            tint = MARK_TINT.get(self.state)
            painter.setPen(QColor(tint[dark]) if tint else text_colour)
            painter.setFont(self.font())
            painter.drawText(where, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, mark)
            shift = self.fontMetrics().horizontalAdvance(mark + " ")
            where = where.adjusted(shift, 0, 0, 0)
        bold = self._bold()
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(where, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(self.text(), Qt.TextElideMode.ElideRight, where.width()))


class StageStepper(QWidget):
    """The row of steps above the page shown; a step's page is shown when the step is clicked or asked for."""

    picked = Signal(str)  # the engineer clicked a step: its key

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        layout.addLayout(self.row)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.steps: dict[str, StepButton] = {}
        self._pages: dict[str, QWidget] = {}

    def add_step(self, key: str, title: str, page: QWidget, *, stretch: int = 1) -> StepButton:
        """A step and its page; `stretch` 0 keeps the step as narrow as its words (the width goes to the others)."""
        step = StepButton(title)
        step.clicked.connect(lambda _checked=False: self._click(key))
        self.row.addWidget(step, stretch)
        self.steps[key] = step
        self.add_page(key, page)
        return step

    def add_gap(self) -> None:
        self.row.addSpacing(12)

    def add_page(self, key: str, page: QWidget) -> None:
        self._pages[key] = page
        self.pages.addWidget(page)

    def _click(self, key: str) -> None:
        self.show_page(key)
        self.picked.emit(key)

    def show_page(self, key: str) -> None:
        self.pages.setCurrentWidget(self._pages[key])
        for name, step in self.steps.items():
            step.setChecked(name == key)  # a page without a step of its own leaves none checked

    @property
    def current(self) -> str:
        page = self.pages.currentWidget()
        return next((key for key, shown in self._pages.items() if shown is page), "")

    def set_step(self, key: str, state: StepState, detail: str, more: str = "") -> None:
        self.steps[key].set_state(state, detail, more)
