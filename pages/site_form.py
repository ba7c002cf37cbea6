"""The site form: customer, engineer and the address of every system, checked as it is typed."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from pages.fields import italic_when_empty, port_field
from pages.styling import restyle
from pages.wording import finding_text, translate_with
from wizard.checks.result import Severity
from wizard.checks.site import SITE_FIELDS, FieldKind, validate_field
from wizard.i18n import SITE_CONTEXT

# a port range as it is typed (20000-40000): digits and one dash get in; the check judges the ports with a sentence
PORT_RANGE_TYPED = QRegularExpression(r"[0-9]{0,5}(-[0-9]{0,5})?")


class FieldProblem(QLabel):
    """A field's problem on one line under it, its room kept while there is none: the form never moves as problems
    come and go, so a click lands in the field the engineer aimed at. What does not fit is cut with an ellipsis;
    the whole sentence and its fix are the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("FieldProblem")
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        font = self.font()  # the stylesheet's 9 pt, set here too: the line's height is fixed before it is polished
        font.setPointSizeF(9)
        self.setFont(font)
        self.setFixedHeight(self.fontMetrics().lineSpacing())

    def say(self, problem: str, fix: str) -> None:
        self._text = problem
        self.setToolTip(f"{problem}\n{fix}" if fix else problem)
        self.setAccessibleName(f"{problem} {fix}".strip())
        self._elide()

    def problem(self) -> str:
        """The whole sentence said, however much of it fits."""
        return self._text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, max(self.width(), 40)))


class SiteForm(QWidget):
    field_changed = Signal(str, str)

    def __init__(self, values: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.edits: dict[str, QLineEdit] = {}
        self._saved = dict(values)
        self.problems: dict[str, FieldProblem] = {}
        groups: dict[str, QFormLayout] = {}
        word = translate_with(SITE_CONTEXT)
        for spec in SITE_FIELDS:
            if spec.group not in groups:
                box = QGroupBox(word(spec.group))
                form = QFormLayout(box)
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
                form.setVerticalSpacing(2)  # each field keeps a line for its problem below it: room enough
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                groups[spec.group] = form
                layout.addWidget(box)
            edit = QLineEdit(values.get(spec.key, ""))
            edit.setPlaceholderText(word(spec.placeholder))
            italic_when_empty(edit)
            if spec.kind is FieldKind.PORT:
                port_field(edit)
            elif spec.kind is FieldKind.PORT_RANGE:
                edit.setValidator(QRegularExpressionValidator(PORT_RANGE_TYPED, edit))
            edit.setAccessibleName(word(spec.label))
            edit.setObjectName(f"site_{spec.key}")
            # a problem's frame (2 px, the stylesheet's) would make the field taller and move the fields below
            edit.setFixedHeight(edit.sizeHint().height() + 2)
            problem = FieldProblem()
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(edit)
            column.addWidget(problem)
            label = QLabel(word(spec.label) + (" *" if spec.required else ""))
            label.setMinimumWidth(190)
            label.setBuddy(edit)
            groups[spec.group].addRow(label, column)
            timer = QTimer(self, singleShot=True, interval=700)
            timer.timeout.connect(self.flush)
            edit.textEdited.connect(timer.start)
            edit.textEdited.connect(self._validate_all)
            edit.editingFinished.connect(self.flush)
            self.edits[spec.key] = edit
            self.problems[spec.key] = problem
        for key in self.edits:
            self._validate(key, show_missing=False)

    def flush(self) -> None:
        """Hand every field the engineer changed to the controller to be saved."""
        for key, edit in self.edits.items():
            if edit.text() != self._saved.get(key, ""):
                self._saved[key] = edit.text()
                self.field_changed.emit(key, edit.text())

    def _validate_all(self) -> None:
        for key, edit in self.edits.items():
            if edit.hasFocus() or edit.text() != self._saved.get(key, ""):
                self._validate(key)

    def _validate(self, key: str, *, show_missing: bool = True) -> None:
        finding = validate_field(key, self.edits[key].text())
        label, edit = self.problems[key], self.edits[key]
        if finding is None or (not show_missing and finding.code.endswith(".missing")):
            label.say("", "")
            edit.setProperty("problem", "")
        else:
            label.say(*finding_text(finding))
            edit.setProperty("problem", "error" if finding.severity == Severity.ERROR else "warning")
        restyle(edit)
