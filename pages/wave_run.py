"""Running the wave: its buttons and the line that says what happened; and the page that names what a run or an undo
will change and waits for the engineer's word, with the undo's AMOs and what is left for the engineer's hands."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pages.fitted_text import FittedText
from pages.styling import restyle

MESSAGE_LINES = 3  # a longer message scrolls: what the wave says never pushes the window taller
ASKED_LINES = 14  # what a run or an undo will change: a longer list scrolls above the buttons


class RunBar(QWidget):
    plan_requested = Signal()
    run_requested = Signal()
    pause_requested = Signal()
    cancel_requested = Signal()
    verify_requested = Signal()
    undo_requested = Signal()  # show what undo would change, and ask
    plan_export_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        self.plan_button = self._button(actions, self.tr("Plan wave"), self.plan_requested)
        self.run_button = self._button(actions, self.tr("Run wave"), self.run_requested)
        self.pause_button = self._button(actions, self.tr("Pause"), self.pause_requested)
        self.cancel_button = self._button(actions, self.tr("Cancel"), self.cancel_requested)
        actions.addStretch(1)
        self.verify_button = self._button(actions, self.tr("Verify"), self.verify_requested)
        self.export_button = self._button(actions, self.tr("Export plan…"), self.plan_export_requested)
        self.export_button.setToolTip(self.tr("The plan as PDF or CSV, for the customer's change approval"))
        self.undo_button = self._button(actions, self.tr("Undo wave…"), self.undo_requested)
        layout.addLayout(actions)
        self.message = QLabel("")
        self.message.setObjectName("Message")
        self.message_area = FittedText(self.message, MESSAGE_LINES)
        self.message_area.setVisible(False)
        layout.addWidget(self.message_area)

    @staticmethod
    def _button(row: QHBoxLayout, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(signal.emit)
        row.addWidget(button)
        return button

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.message_area.set_text(text)
        self.message_area.setVisible(bool(text))
        restyle(self.message, error="true" if error else "false")

    def set_state(self, *, busy: bool, has_rows: bool, has_wave: bool, offline: bool) -> None:
        self.plan_button.setEnabled(not busy and has_rows)
        self.run_button.setEnabled(not busy and has_wave and not offline)
        self.pause_button.setEnabled(busy)
        self.cancel_button.setEnabled(busy)
        self.verify_button.setEnabled(not busy and has_wave and not offline)
        self.undo_button.setEnabled(not busy and has_wave and not offline)
        self.export_button.setEnabled(has_wave)

    def set_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))


class WrappedRows(QStyledItemDelegate):
    """A row as tall as its text wrapped at the column's width (a tree view sizes rows by one line otherwise)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        assert isinstance(view, QTreeWidget)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(view.columnWidth(0) - view.indentation() * (depth + view.rootIsDecorated()) - 8, 80)
        text = str(index.data() or "")
        height = option.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt.TextFlag.TextWordWrap, text).height()
        return QSize(width, max(height, option.fontMetrics.lineSpacing()) + 4)


class UndoBox(QTreeWidget):
    """What undo changes (or changed): the AMOs that put the REG- state back, and notes of what is left for the
    engineer's hands."""

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("What undo changes"))
        self.setMinimumHeight(60)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # a long note (the people to remove by hand, an AMO form to confirm first) is read whole: it wraps at the
        # page's edge instead of ending in '…', and its rows are laid out again when the page's width changes
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(WrappedRows(self))
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    def show_undo(self, amos: Sequence[str], notes: Sequence[str]) -> None:
        """What is left for the engineer's hands first (it is what they read after the undo), then the AMOs."""
        self.clear()
        if notes:
            hands = QTreeWidgetItem([self.tr("Left for your hands")])
            self.addTopLevelItem(hands)
            for note in notes:
                text = self.tr("note: {text}").format(text=note)
                QTreeWidgetItem(hands, [text]).setToolTip(0, text)  # a long note is cut at the page's edge
            hands.setExpanded(True)
        top = QTreeWidgetItem([self.tr("Undo: %n AMO(s), then the invitations still pending", "", len(amos))])
        self.addTopLevelItem(top)
        for amo in amos:
            QTreeWidgetItem(top, [amo])
        top.setExpanded(True)


class ReviewPage(QWidget):
    """What a run or an undo will change, named before anything is sent, on a page of its own: the confirming click
    is never where the asking click was, and a long list scrolls instead of growing the window."""

    confirmed = Signal(str)  # "run" or "undo"
    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Confirmation")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.title = QLabel("")
        self.title.setObjectName("StageTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.text = QLabel("")
        self.text_area = FittedText(self.text, ASKED_LINES)
        layout.addWidget(self.text_area)
        choice = QHBoxLayout()
        self.kind = ""  # what the page asks to confirm ("run" or "undo"); "" while it asks nothing
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(lambda: self.confirmed.emit(self.kind))
        self.dismiss_button = QPushButton(self.tr("Cancel"))
        self.dismiss_button.clicked.connect(self.dismissed.emit)
        choice.addStretch(1)
        choice.addWidget(self.dismiss_button)
        choice.addWidget(self.confirm_button)
        layout.addLayout(choice)  # the confirming click right below what it confirms
        self.undo = UndoBox()
        self.undo.setVisible(False)
        layout.addWidget(self.undo, 100)  # the undo's AMOs below get the height, when they are shown
        layout.addStretch(1)

    def ask(self, kind: str, title: str, lines: Sequence[str], button: str) -> None:
        self.kind = kind
        self.title.setText(title)
        self.text_area.set_text("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>")
        self.confirm_button.setText(button)
        self.undo.setVisible(kind == "undo" and self.undo.topLevelItemCount() > 0)
        self._show_asking(True)

    def show_undo(self, amos: Sequence[str], notes: Sequence[str]) -> None:
        """The undo's AMOs and notes; shown alone (nothing asked) once the undo has run."""
        self.undo.show_undo(amos, notes)
        self.undo.setVisible(True)
        self._show_asking(bool(self.kind))

    def stop_asking(self) -> None:
        self.kind = ""
        self._show_asking(False)

    def forget_undo(self) -> None:
        self.undo.clear()
        self.undo.setVisible(False)

    def _show_asking(self, asking: bool) -> None:
        """The question (its title, its list, its buttons) only while it is asked: an undo that ran shows only
        what it did and what is left."""
        for widget in (self.title, self.text_area, self.confirm_button, self.dismiss_button):
            widget.setVisible(asking)

    def set_state(self, *, busy: bool, offline: bool) -> None:
        self.confirm_button.setEnabled(not busy and not offline)
