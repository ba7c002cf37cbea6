"""One step of the runbook as a card: what to do, the exact values, its status and its evidence."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pages.dialogs import choose_file
from pages.fields import italic_when_empty
from pages.styling import restyle
from pages.wording import (
    QT_TRANSLATE_NOOP,
    engine_text,
    finding_text,
    note_text,
    portal_value,
    said_text,
    severity_text,
    translate_with,
)
from wizard.checks.result import Finding
from wizard.i18n import SITE_CONTEXT
from wizard.runbook.judged import change_label
from wizard.runbook.model import InputKind, StepInput, StepKind
from wizard.runbook.states import StepStatus
from wizard.runbook.summary import StepSnapshot

STATUS_TEXT = {  # translated where shown (context StepCard)
    StepStatus.NOT_STARTED: QT_TRANSLATE_NOOP("StepCard", "Not started"),
    StepStatus.RUNNING: QT_TRANSLATE_NOOP("StepCard", "Running…"),
    StepStatus.PASSED: QT_TRANSLATE_NOOP("StepCard", "Passed"),
    StepStatus.WARNING: QT_TRANSLATE_NOOP("StepCard", "Warning"),
    StepStatus.FAILED: QT_TRANSLATE_NOOP("StepCard", "Failed"),
    StepStatus.CONFIRMED: QT_TRANSLATE_NOOP("StepCard", "Confirmed by hand"),
    StepStatus.WAIVED: QT_TRANSLATE_NOOP("StepCard", "Waived"),
    StepStatus.BLOCKED: QT_TRANSLATE_NOOP("StepCard", "Blocked"),
    StepStatus.OUTDATED: QT_TRANSLATE_NOOP("StepCard", "Outdated"),
}



# a check's verdict, which holds for the inputs it judged: once they are typed otherwise it is shown as stale
JUDGED = frozenset({StepStatus.PASSED, StepStatus.WARNING, StepStatus.FAILED})


def status_text(status: StepStatus) -> str:
    return QCoreApplication.translate("StepCard", STATUS_TEXT[status])


KIND_TEXT = {"automatic": QT_TRANSLATE_NOOP("StepCard", "Automatic check"),
             "assisted": QT_TRANSLATE_NOOP("StepCard", "Assisted"),
             "manual": QT_TRANSLATE_NOOP("StepCard", "Checklist")}


def _label(text: str = "", *, name: str = "", wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


_BREAK = "\u200b"  # zero-width space: lets a long AMO wrap after its commas; never copied


def _breakable(value: str) -> str:
    return value.replace(",", "," + _BREAK)


def _human_size(size: int) -> str:
    scaled = float(size)
    for unit in ("B", "KB", "MB"):
        if scaled < 1024:
            return f"{scaled:.0f} {unit}"
        scaled /= 1024
    return f"{scaled:.1f} GB"


class StepCard(QFrame):
    run_requested = Signal(str)
    cancel_requested = Signal(str)
    confirm_requested = Signal(str, str, list)  # step id, note, [Path of each file to attach]
    waive_requested = Signal(str, str)
    reset_requested = Signal(str)
    attach_requested = Signal(str, list)  # step id, [Path]
    input_changed = Signal(str, str, str)
    file_chosen = Signal(str, str, str)  # step id, input key, path
    applied_changed = Signal(str, str, bool)  # step id, value label, ticked
    open_evidence_requested = Signal(str, int)  # step id, evidence id
    remove_evidence_requested = Signal(str, int)
    paste_requested = Signal(str)  # step id: a screenshot from the clipboard

    def __init__(self, snapshot: StepSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = snapshot.step
        self.status = snapshot.status
        self._snap = snapshot  # the one shown: its findings are said again when an input is typed otherwise
        self.setObjectName("StepCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._pending_files: list[Path] = []  # read by the service when the confirmation is saved
        self._editor_mode = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)

        header = QHBoxLayout()
        self.status_pill = _label(name="StatusPill", wrap=False)
        self.status_pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_pill.setMinimumWidth(110)
        title = _label(self.step.title, name="StepTitle")
        section = _label(f"§{self.step.section}" if self.step.section != "site" else self.tr("Site"), name="Chip",
                         wrap=False)
        kind = _label(self.tr(KIND_TEXT[self.step.kind.value]), name="Chip", wrap=False)
        header.addWidget(self.status_pill, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(title, 1)
        header.addWidget(section, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(kind, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        if self.step.where:
            layout.addWidget(_label(self.tr("Where: {place}").format(place=portal_value(self.step.where)), name="Where",
                                    selectable=True))
        if self.step.instructions:
            layout.addWidget(_label(self.step.instructions, selectable=True))
        self.value_labels: dict[str, QLabel] = {}
        self.applied_boxes: dict[str, QCheckBox] = {}
        if snapshot.values:
            layout.addWidget(self._values_grid(snapshot))

        self.input_edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.secret_edits: dict[str, QLineEdit] = {}
        self.file_labels: dict[str, QLabel] = {}
        self._stored_inputs = dict(snapshot.inputs)  # what the project file holds, as last seen
        self._verdict: tuple[str, str] = ("", "")  # the check result shown: its status and when it was recorded
        self._judged: dict[str, str] = {}  # the inputs as typed when that result came
        if self.step.inputs:
            grid = QGridLayout()
            grid.setColumnStretch(1, 1)
            for row, spec in enumerate(self.step.inputs):
                label = (self.tr("{label}:") if spec.required else self.tr("{label} (optional):")).format(
                    label=spec.label)
                align = Qt.AlignmentFlag.AlignTop if spec.kind is InputKind.TEXT else Qt.AlignmentFlag.AlignVCenter
                grid.addWidget(_label(label, wrap=False), row, 0, align)
                grid.addWidget(self._input_widget(spec), row, 1)
            layout.addLayout(grid)

        self.blocked_label = _label(name="Blocked")
        self.findings_label = _label(name="Findings", selectable=True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.evidence_label = _label(name="Evidence", selectable=True)
        self.evidence_label.setTextFormat(Qt.TextFormat.RichText)
        self.evidence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.evidence_label.linkActivated.connect(self._evidence_link)
        self.message_label = _label(name="Message")
        for widget in (self.blocked_label, self.findings_label, self.evidence_label, self.message_label):
            layout.addWidget(widget)
        self.message_label.hide()

        self._layout = layout
        self.editor: QFrame | None = None  # built when first opened: most steps never need it

        layout.addLayout(self._actions())
        self.update_snapshot(snapshot)

    def _actions(self) -> QHBoxLayout:
        """The card's buttons, in the order an engineer uses them: run, cancel, confirm or waive, attach, reset."""
        actions = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run check"))
        self.run_button.clicked.connect(lambda: self.run_requested.emit(self.step.id))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(self.step.id))
        self.confirm_button = QPushButton(self.tr("Confirm by hand…"))
        self.confirm_button.clicked.connect(lambda: self.open_editor("confirm"))
        self.waive_button = QPushButton(self.tr("Waive…"))
        self.waive_button.clicked.connect(lambda: self.open_editor("waive"))
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(self._attach_now)
        self.paste_button = QPushButton(self.tr("Paste screenshot"))
        self.paste_button.setToolTip(self.tr("Attach the image on the clipboard (e.g. after PrtScn or Win+Shift+S)"))
        self.paste_button.clicked.connect(lambda: self.paste_requested.emit(self.step.id))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Forget this step's status; its evidence and history stay"))
        self.reset_button.clicked.connect(lambda: self.reset_requested.emit(self.step.id))
        for button in (self.run_button, self.cancel_button, self.confirm_button, self.waive_button,
                       self.attach_button, self.paste_button, self.reset_button):
            actions.addWidget(button)
        actions.addStretch(1)
        return actions

    def _input_widget(self, spec: StepInput) -> QWidget:
        value = self._stored_inputs.get(spec.key, "")
        timer = QTimer(self, singleShot=True, interval=600)
        timer.timeout.connect(self.flush)
        if spec.kind is InputKind.FILE:
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            shown = _label(name="FileName")
            choose = QPushButton(self.tr("Choose file…"))
            choose.setAccessibleName(self.tr("Choose {label}").format(label=spec.label))
            choose.clicked.connect(lambda _=False, key=spec.key, label=spec.label: self._choose_file(key, label))
            box.addWidget(shown, 1)
            box.addWidget(choose)
            self.file_labels[spec.key] = shown
            return row
        if spec.kind is InputKind.TEXT:
            text = QPlainTextEdit(value)
            text.setPlaceholderText(spec.placeholder)
            text.setObjectName("PasteBox")
            text.setFixedHeight(110)
            text.setTabChangesFocus(True)
            text.setAccessibleName(spec.label)
            text.textChanged.connect(timer.start)
            text.textChanged.connect(self._show_stale)
            self.input_edits[spec.key] = text
            return text
        edit = QLineEdit(value)
        edit.setPlaceholderText(spec.placeholder)
        italic_when_empty(edit)
        edit.setAccessibleName(spec.label)
        edit.returnPressed.connect(self._run_if_possible)
        if spec.kind is InputKind.SECRET:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret_edits[spec.key] = edit
            return edit
        edit.textEdited.connect(timer.start)
        edit.textChanged.connect(self._show_stale)
        edit.editingFinished.connect(self.flush)
        self.input_edits[spec.key] = edit
        return edit

    def _choose_file(self, key: str, label: str) -> None:
        choose_file(self, label, "", self.tr("All files (*)"),
                    lambda path: self.file_chosen.emit(self.step.id, key, str(path)))

    def secrets(self) -> dict[str, str]:
        """Passphrases typed for this run: handed to the check, never saved."""
        return {key: edit.text() for key, edit in self.secret_edits.items() if edit.text()}

    def put_secrets(self, secrets: dict[str, str]) -> None:
        """What secrets() gave, typed again (the card was made again in another language)."""
        for key, text in secrets.items():
            if key in self.secret_edits:
                self.secret_edits[key].setText(text)

    def flush(self) -> None:
        """Hand every input the engineer changed to the controller to be saved."""
        for key, edit in self.input_edits.items():
            text = _text_of(edit)
            if text != self._stored_inputs.get(key, ""):
                self._stored_inputs[key] = text
                self.input_changed.emit(self.step.id, key, text)

    def _run_if_possible(self) -> None:
        if self.run_button.isVisible() and self.run_button.isEnabled():
            self.run_button.click()

    def _values_grid(self, snap: StepSnapshot) -> QWidget:
        box = QFrame()
        box.setObjectName("Values")
        grid = QGridLayout(box)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(12)
        for row, (name, value) in enumerate(snap.values):
            name_label = _label(portal_value(name), name="ValueName")
            name_label.setMinimumWidth(200)
            grid.addWidget(name_label, row, 0)
            shown = _label(_breakable(self._value_shown(row, value)), name="Value", selectable=True)
            grid.addWidget(shown, row, 1)
            self.value_labels[name] = shown
            copy = QToolButton()
            copy.setText(self.tr("Copy"))
            copy.setAccessibleName(self.tr("Copy {name}").format(name=portal_value(name)))
            copy.setToolTip(self.tr("Copy the value to the clipboard"))
            copy.clicked.connect(lambda _=False, label=shown, button=copy: self._copy(label, button))
            grid.addWidget(copy, row, 2)
            if self.step.kind is not StepKind.AUTOMATIC and name not in self.step.shown:
                applied = QCheckBox(self.tr("Applied"))
                applied.setAccessibleName(self.tr("{name} applied in the portal").format(name=portal_value(name)))
                applied.setChecked(name in snap.applied)
                applied.toggled.connect(lambda on, n=name: self.applied_changed.emit(self.step.id, n, on))
                grid.addWidget(applied, row, 3)
                self.applied_boxes[name] = applied
        grid.setColumnStretch(1, 1)
        return box

    def _value_shown(self, row: int, value: str) -> str:
        """The value in the window's language, filled in as the guide's own value (of the same row) was."""
        return portal_value(value, self.step.values[row][1] if row < len(self.step.values) else "")

    def _copy(self, label: QLabel, button: QToolButton) -> None:
        QGuiApplication.clipboard().setText(label.text().replace(_BREAK, ""))
        button.setText(self.tr("Copied ✓"))  # the engineer sees it worked before switching to the portal
        QTimer.singleShot(1500, button, lambda: button.setText(self.tr("Copy")))  # not if the card is gone by then

    def _build_editor(self) -> QFrame:
        editor = QFrame()
        editor.setObjectName("Editor")
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(10, 8, 10, 8)
        self.editor_prompt = _label()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(72)
        self.note_edit.setTabChangesFocus(True)
        self.pending_label = _label()
        row = QHBoxLayout()
        self.editor_attach = QPushButton(self.tr("Add file…"))
        self.editor_attach.clicked.connect(self._add_pending_file)
        self.editor_ok = QPushButton(self.tr("Save"))
        self.editor_ok.setDefault(True)
        self.editor_ok.clicked.connect(self._submit_editor)
        editor_cancel = QPushButton(self.tr("Discard"))
        editor_cancel.clicked.connect(self.close_editor)
        row.addWidget(self.editor_attach)
        row.addStretch(1)
        row.addWidget(editor_cancel)
        row.addWidget(self.editor_ok)
        layout.addWidget(self.editor_prompt)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.pending_label)
        layout.addLayout(row)
        self._layout.insertWidget(self._layout.count() - 1, editor)  # just above the action buttons
        return editor

    # ------------------------------------------------------------------ editor (confirm / waive)
    def open_editor(self, mode: str) -> None:
        if self.editor is None:
            self.editor = self._build_editor()
        self._editor_mode = mode
        if mode == "confirm":
            self.editor_prompt.setText(self.tr("What did you check, and how? (required; attach a screenshot or output "
                                               "if you have one)"))
            self.note_edit.setAccessibleName(self.tr("Confirmation note"))
            self.editor_ok.setText(self.tr("Confirm"))
        else:
            self.editor_prompt.setText(self.tr("Why does this step not apply at this site? (required) A waived step "
                                               "does not count as done: the signed report lists it among the "
                                               "waivers, with your reason and your name."))
            self.note_edit.setAccessibleName(self.tr("Reason for waiving"))
            self.editor_ok.setText(self.tr("Waive step"))
        self.editor_attach.setVisible(mode == "confirm")
        self.pending_label.setVisible(mode == "confirm")
        self.editor.show()
        self.note_edit.setFocus()
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:  # bring the whole editor into view, not just the line with the cursor
            QTimer.singleShot(0, lambda: scroll.ensureWidgetVisible(self.editor_ok))

    def close_editor(self) -> None:
        if self.editor is None:
            return
        self.editor.hide()
        self.note_edit.clear()
        self._pending_files = []
        self.pending_label.clear()
        self.set_message("")

    def add_pending_file(self, path: Path) -> None:
        self._pending_files.append(path)
        self.pending_label.setText(self.tr("To attach: {files}").format(
            files=", ".join(p.name for p in self._pending_files)))

    def _add_pending_file(self) -> None:
        choose_file(self, self.tr("Attach evidence"), "", self.tr("All files (*)"), self.add_pending_file)

    def _attach_now(self) -> None:
        choose_file(self, self.tr("Attach evidence"), "", self.tr("All files (*)"),
                    lambda path: self.attach_requested.emit(self.step.id, [path]))

    def _submit_editor(self) -> None:
        text = self.note_edit.toPlainText()
        if not text.strip():
            self.set_message(self.tr("A note is required.") if self._editor_mode == "confirm"
                             else self.tr("A reason is required."),
                             error=True)
            self.note_edit.setFocus()
            return
        if self._editor_mode == "confirm":
            self.confirm_requested.emit(self.step.id, text, list(self._pending_files))
        else:
            self.waive_requested.emit(self.step.id, text)

    def _evidence_link(self, link: str) -> None:
        action, _, number = link.partition(":")
        if number.isdigit():
            signal = self.open_evidence_requested if action == "open" else self.remove_evidence_requested
            signal.emit(self.step.id, int(number))

    def set_message(self, text: str, *, error: bool = False) -> None:
        # the core's sentences start in lower case so they read inside others; shown alone, they start a sentence
        self.message_label.setText(text[:1].upper() + text[1:])
        restyle(self.message_label, error=error)
        self.message_label.setVisible(bool(text))

    # ------------------------------------------------------------------ state
    def update_snapshot(self, snap: StepSnapshot) -> None:
        self.status = snap.status
        self._snap = snap
        self._show_status(snap)
        running = snap.status == StepStatus.RUNNING
        self.run_button.setVisible(snap.has_check)
        self.run_button.setEnabled(snap.not_runnable_because is None and not running)
        self.run_button.setToolTip(engine_text(snap.not_runnable_because or "") or self.tr("Run the check now"))
        self.cancel_button.setVisible(running)
        self._follow_inputs(snap)
        self._show_values(snap)
        self._show_files(snap)
        self._show_blocked(snap)
        self._show_evidence(snap)
        self.reset_button.setVisible(snap.record is not None)

    def _show_status(self, snap: StepSnapshot) -> None:
        verdict = (self._recorded().value, snap.record.updated_at if snap.record else "")
        if verdict != self._verdict:  # a new result: it judged the inputs as they are now
            self._verdict, self._judged = verdict, self._typed()
        self._show_stale()

    def _recorded(self) -> StepStatus:
        """The status the pill names: an outdated result's own ("Passed · outdated"), else the step's."""
        snap = self._snap
        if snap.status is StepStatus.OUTDATED and snap.record is not None:
            return StepStatus(snap.record.status)
        return snap.status

    def _typed(self) -> dict[str, str]:
        return {key: _text_of(edit) for key, edit in self.input_edits.items()}

    def stale(self) -> bool:
        """The check's result says nothing about the values there are now: the project holds a value it judged
        otherwise (the report's rule, wizard.checks.judged, found it outdated), or an input is typed otherwise and
        not saved yet."""
        return self.status is StepStatus.OUTDATED or (self.status in JUDGED and self._typed() != self._judged)

    def _changed(self) -> str:
        """What changed since the check ran, as the project holds it: "SBC SIP-TLS port changed from 38245 to
        5071"; "" for a change only typed so far."""
        outdated = self._snap.outdated
        if outdated is None:
            return ""
        said = []
        for change in outdated.changes:
            context, name = change_label(self.step, change)
            name = translate_with(context)(name) if context == SITE_CONTEXT else name  # an input's: worded already
            if change.old is None or change.new is None:
                said.append(self.tr("{field} changed").format(field=name))
            else:
                said.append(self.tr("{field} changed from {old} to {new}").format(
                    field=name, old=change.old or self.tr("(empty)"), new=change.new or self.tr("(empty)")))
        return "; ".join(said)

    def judgement(self) -> tuple[tuple[str, str], dict[str, str]]:
        """The result shown and the inputs as typed when it came: the card made again in another language takes
        them (put_judgement), so a result outdated before the switch is still outdated after it."""
        return self._verdict, dict(self._judged)

    def put_judgement(self, judgement: tuple[tuple[str, str], dict[str, str]]) -> None:
        verdict, judged = judgement
        if verdict == self._verdict:  # the same result: it judged those inputs, not the ones this card found typed
            self._judged = judged
            self._show_stale()

    def _show_stale(self) -> None:
        stale = self.stale()
        shown = self._recorded()
        pill_text = status_text(shown)
        if stale:
            pill_text = self.tr("{status} · outdated").format(status=pill_text)
        self.status_pill.setText(pill_text)
        changed = self._changed()
        self.status_pill.setToolTip(
            self.tr("Checked before {changes}: run the check again.").format(changes=changed) if changed
            else self.tr("This result is from before the input changed: run the check again to judge what is typed "
                         "now.") if stale else "")
        self.status_pill.setProperty("status", shown.name.lower())
        self.status_pill.setProperty("stale", stale)
        spoken = self.tr("Status of {step}: {status}").format(step=self.step.id, status=pill_text)
        if self.status_pill.accessibleName() != spoken:
            self.status_pill.setAccessibleName(spoken)
            # screen readers announce the change, not only show it
            QAccessible.updateAccessibility(QAccessibleEvent(self.status_pill, QAccessible.Event.NameChanged))
        restyle(self.status_pill)
        self._show_findings(stale)

    def _follow_inputs(self, snap: StepSnapshot) -> None:
        for key, edit in self.input_edits.items():
            stored, shown = snap.inputs.get(key, ""), _text_of(edit)
            # Follow the file only where the engineer has not typed something newer that is still unsaved.
            if shown == self._stored_inputs.get(key, "") and shown != stored:
                _set_text(edit, stored)
                shown = stored
            self._stored_inputs[key] = stored if shown == stored else self._stored_inputs.get(key, "")

    def _show_values(self, snap: StepSnapshot) -> None:
        for row, (name, value) in enumerate(snap.values):
            shown = _breakable(self._value_shown(row, value))
            if name in self.value_labels and self.value_labels[name].text() != shown:
                self.value_labels[name].setText(shown)
        for name, box in self.applied_boxes.items():
            if box.isChecked() != (name in snap.applied):
                # the file's word, not the engineer's click: nothing to save again
                box.blockSignals(True)
                box.setChecked(name in snap.applied)
                box.blockSignals(False)

    def _show_files(self, snap: StepSnapshot) -> None:
        # a file input holds "evidence:<id>" once its file is kept in the project
        kept = {f"evidence:{ev.id}": ev for ev in snap.evidence}
        for key, label in self.file_labels.items():
            ev = kept.get(snap.inputs.get(key, ""))
            label.setText(self.tr("{file} ({size}, kept in the project)").format(
                file=ev.name, size=_human_size(ev.size)) if ev else self.tr("no file chosen"))

    def _show_blocked(self, snap: StepSnapshot) -> None:
        self.blocked_label.setText(self.tr("Blocked by: {steps} — fix that first, or waive it.").format(
            steps=", ".join(snap.blocked_by)) if snap.blocked_by else "")
        self.blocked_label.setVisible(bool(snap.blocked_by))
        if snap.has_check and snap.not_runnable_because and not snap.blocked_by:
            self.blocked_label.setText(engine_text(snap.not_runnable_because))
            self.blocked_label.setVisible(True)

    def _show_findings(self, stale: bool) -> None:
        """The result's findings, or that it had none; a stale result says so here as its pill does, and a finding a
        later read superseded is shown muted with the read that settled it (never as open)."""
        snap = self._snap
        findings = (snap.record.result or {}).get("findings", []) if snap.record else []
        changed = self._changed()
        if findings:
            text = self._findings_html(findings)
            if stale:  # looked up outside the f-string: pyside6-lupdate finds no tr() inside one
                outdated = (self.tr("Outdated: these findings are about the values as they were before {changes}; "
                                    "run the check again.").format(changes=changed) if changed
                            else self.tr("Outdated: these findings are about the input as it was before; run the "
                                         "check again to judge what is typed now."))
                text = f"<p style='margin:0'><i>{_esc(outdated)}</i></p>{text}"
        elif self._recorded() == StepStatus.PASSED:
            text = (self.tr("Outdated: the check passed before {changes}; run it again.").format(changes=changed)
                    if changed else
                    self.tr("Outdated: the check passed with no findings on the input as it was before; run it "
                            "again to judge what is typed now.") if stale
                    else self.tr("Check passed with no findings."))
        else:
            text = ""
        if self.findings_label.text() != text:  # an input's every keystroke asks: the layout changes only on news
            self.findings_label.setText(text)
        self.findings_label.setVisible(bool(text))

    def _findings_html(self, findings: list[dict[str, object]]) -> str:
        """Open findings with their fixes; then, muted and fix-less, those a later read of their fact superseded,
        under the reads that settled them (one line for the findings one read settled, not one each)."""
        fix_word = _esc(self.tr("Fix:"))
        items: list[str] = []
        settled: dict[tuple[str, str, str, str], list[str]] = {}  # by the read and the later read that settled it
        for raw in findings:
            finding = Finding.from_json(raw)
            message, fix = finding_text(finding)
            said = f"<b>{_esc(severity_text(finding.severity))}:</b> {_esc(message)}"
            later = raw.get("superseded_by")
            if isinstance(later, dict):
                settled.setdefault((_said(raw.get("source")), _when(raw.get("read_at")), _said(later.get("source")),
                                    _when(later.get("at"))), []).append(f"<li>{said}</li>")
            else:
                items.append(f"<li>{said}" + (f"<br><i>{fix_word}</i> {_esc(fix)}" if fix else "") + "</li>")
        text = f"<ul style='margin:0'>{''.join(items)}</ul>" if items else ""
        muted = "#8a96a3" if self.palette().color(self.backgroundRole()).lightness() < 128 else "#5e6b78"
        for (source, when, later, later_when), lines in settled.items():
            heading = self.tr("Superseded, not open: read from {source} at {when} UTC; the {later} read the same "
                              "facts again at {later_when} UTC.").format(source=source, when=when, later=later,
                                                                          later_when=later_when)
            text += (f"<p style='color:{muted};margin:0'><i>{_esc(heading)}</i></p>"
                     f"<ul style='color:{muted};margin:0'>{''.join(lines)}</ul>")
        return text

    def _show_evidence(self, snap: StepSnapshot) -> None:
        lines = [html.escape(line) for line in self._record_lines(snap)]
        # looked up outside the f-string: pyside6-lupdate finds no tr() inside one, so these stayed English
        open_word, remove_word = html.escape(self.tr("Open")), html.escape(self.tr("Remove"))
        for ev in snap.evidence:
            lines.append(html.escape(self.tr("Attachment: {file} ({size}, SHA-256 {digest}…)").format(
                file=ev.name, size=_human_size(ev.size), digest=ev.sha256[:16]))
                + f' — <a href="open:{ev.id}">{open_word}</a> · <a href="remove:{ev.id}">{remove_word}</a>')
        if not lines and self.step.evidence:
            lines.append(html.escape(self.tr("Evidence expected: {what}").format(what=self.step.evidence)))
        self.evidence_label.setText("<br>".join(lines))
        self.evidence_label.setVisible(bool(lines))
        # a Tab stop only where it has links to go to (Open, Remove): a plain line would take the focus and show none
        self.evidence_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus if snap.evidence else Qt.FocusPolicy.NoFocus)

    def _record_lines(self, snap: StepSnapshot) -> list[str]:
        """Who recorded the step's status and when, and the note or reason they gave (plain text)."""
        if not snap.record:
            return []
        when = snap.record.updated_at[:19].replace("T", " ")
        by = {"confirmed": self.tr("Confirmed by {who} at {when} UTC"),
              "waived": self.tr("Waived by {who} at {when} UTC")}.get(snap.record.status,
                                                                      self.tr("Recorded by {who} at {when} UTC"))
        lines = [by.format(who=snap.record.updated_by, when=when)]
        if snap.record.note:
            said = self.tr("Reason: {text}") if snap.record.status == "waived" else self.tr("Note: {text}")
            lines.append(said.format(text=note_text(snap.record.note)))  # the wizard's own notes in this language
        return lines


def _text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        widget.setPlainText(text)


def _said(text: object) -> str:
    """Where a fact was read, a sentence of the core (wizard.said.Said) said in the window's language."""
    return said_text(text) if isinstance(text, str) else ""


def _when(at: object) -> str:
    """A time the project keeps (ISO 8601 in UTC) as the cards show times: to the second."""
    return str(at or "")[:19].replace("T", " ")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
