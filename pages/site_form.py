"""The site form: customer, engineer and the address of every system, checked as it is typed."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from pages.fields import italic_when_empty
from pages.styling import restyle
from pages.wording import finding_text, translate_with
from wizard.checks.result import Severity
from wizard.checks.site import SITE_FIELDS, validate_field
from wizard.i18n import SITE_CONTEXT


class SiteForm(QWidget):
    field_changed = Signal(str, str)

    def __init__(self, values: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.edits: dict[str, QLineEdit] = {}
        self._saved = dict(values)
        self.problems: dict[str, QLabel] = {}
        groups: dict[str, QFormLayout] = {}
        word = translate_with(SITE_CONTEXT)
        for spec in SITE_FIELDS:
            if spec.group not in groups:
                box = QGroupBox(word(spec.group))
                form = QFormLayout(box)
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                groups[spec.group] = form
                layout.addWidget(box)
            edit = QLineEdit(values.get(spec.key, ""))
            edit.setPlaceholderText(word(spec.placeholder))
            italic_when_empty(edit)
            edit.setAccessibleName(word(spec.label))
            edit.setObjectName(f"site_{spec.key}")
            problem = QLabel()
            problem.setObjectName("FieldProblem")
            problem.setWordWrap(True)
            problem.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
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
            label.hide()
            edit.setProperty("problem", "")
        else:
            label.setText(" ".join(finding_text(finding)))
            label.show()
            edit.setProperty("problem", "error" if finding.severity == Severity.ERROR else "warning")
        restyle(edit)
