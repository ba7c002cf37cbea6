"""The pages of the wave's five stages, each with its progress and what it needs: the invitations and the AMOs their
changes; the portal rounds the list to tick and the engineer's word per round; the Assistant its import file and
the engineer's word; the read-back what was found, with the §8.2 comparison report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pages.provisioning_words import SYSTEM_NAMES, shown
from pages.wave_plan import FINDINGS, PlanTree, StageChanges
from wizard.checks.provisioning import System


class SystemBar(QWidget):
    def __init__(self, system: System) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(shown(SYSTEM_NAMES[system]))
        title.setObjectName("StageTitle")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress: {system}").format(system=shown(SYSTEM_NAMES[system])))
        self.detail = QLabel("")
        self.detail.setMinimumWidth(260)
        self.summary = ""  # how far the stage is, in short: what its step says
        layout.addWidget(title)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.detail)

    def show_progress(self, settled: int, total: int, rate: float, left: float | None, failed: int,
                      waiting: int) -> None:
        self.bar.setEnabled(total > 0)
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(settled - waiting if total else 0)  # waiting is not done: the bar says so
        if not total:
            self.summary = self.tr("nothing to do")
            self.detail.setText(self.summary)
            return
        self.summary = self.tr("{done} of {total} done").format(done=settled - waiting - failed, total=total)
        parts = [self.summary]
        if rate:
            parts.append(f"{rate:.1f}/s")
        if left:
            parts.append(self.tr("~{seconds} s left").format(seconds=f"{left:.0f}"))
        if failed:
            parts.append(self.tr("{count} failed").format(count=failed))
        if waiting:
            parts.append(self.tr("{count} waiting").format(count=waiting))
        self.detail.setText(" · ".join(parts))


def _note(text: str) -> QLabel:
    """A stage's own words: what happens in it, and where the engineer's hands come in."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("Evidence")
    return label


def _stage_layout(page: QWidget, bar: SystemBar) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(bar)
    return layout


class StagePage(QWidget):
    """A stage the wizard runs by itself: its progress, what it does, and its changes with their live states."""

    def __init__(self, bar: SystemBar, note: str, changes: StageChanges) -> None:
        super().__init__()
        layout = _stage_layout(self, bar)
        layout.addWidget(_note(note))
        layout.addWidget(changes, 1)


class RoundsPage(QWidget):
    """Stage 2, by the engineer's hands: the list of a round to tick in the portal, then the engineer's word for
    that round, named with its number and its people."""

    round_done = Signal(int)  # the round was added in the Zoom portal
    said = Signal(str)

    def __init__(self, bar: SystemBar) -> None:
        super().__init__()
        layout = _stage_layout(self, bar)
        layout.addWidget(_note(self.tr("In the Zoom portal, Account Management > Phone System Integration > "
                                       "Integrated users > Add users: tick everyone listed for the round, click Add, "
                                       "then confirm that round here. The wave reads each round back.")))
        row = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Portal round"))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.setMinimumContentsLength(16)
        self.choice.currentIndexChanged.connect(lambda _i: self._show_round())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("find in this round"))
        self.search.setAccessibleName(self.tr("Find in this round"))
        self.search.textChanged.connect(lambda _t: self._show_round())
        copy = QPushButton(self.tr("Copy emails"))
        copy.clicked.connect(self._copy)
        row.addWidget(QLabel(self.tr("Round")))
        row.addWidget(self.choice)
        row.addWidget(self.search, 1)
        row.addWidget(copy)
        layout.addLayout(row)
        self.people = QPlainTextEdit()
        self.people.setReadOnly(True)
        self.people.setAccessibleName(self.tr("People to tick in Add users"))
        self.people.setMinimumHeight(60)
        layout.addWidget(self.people, 1)  # the round's list gets the page's height
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.done_button = QPushButton()
        self.done_button.setToolTip(self.tr("Account Management > Phone System Integration > Integrated users > Add "
                                            "users: tick everyone listed, click Add, then confirm here"))
        self.done_button.clicked.connect(self._done)
        below = QHBoxLayout()
        below.addWidget(self.status, 1)
        below.addWidget(self.done_button)
        layout.addLayout(below)
        self.rounds: list[Any] = []
        self.busy = False
        self._show_round()

    def show_rounds(self, rounds: Sequence[Any]) -> None:
        """Who to tick now and who later, per round; the round looked at stays chosen, else the first with people
        to tick."""
        current = self.choice.currentData()
        self.rounds = list(rounds)
        self.choice.blockSignals(True)
        self.choice.clear()
        for r in self.rounds:
            self.choice.addItem(self.tr("{number}: {added} of {total} added").format(
                number=r.number, added=r.added, total=r.total), r.number)
        pick = next((i for i, r in enumerate(self.rounds) if r.number == current), None)
        if pick is None:
            pick = next((i for i, r in enumerate(self.rounds) if r.to_tick), 0)
        self.choice.setCurrentIndex(pick)
        self.choice.blockSignals(False)
        self._show_round()

    def current(self) -> Any:
        number = self.choice.currentData()
        return next((r for r in self.rounds if r.number == number), None)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        chosen = self.current()
        self.done_button.setEnabled(not busy and chosen is not None and bool(chosen.to_tick))

    def _show_round(self) -> None:
        chosen = self.current()
        if chosen is None:
            self.people.setPlainText("")
            self.status.setText(self.tr("This wave adds nobody in the portal."))
            self.done_button.setText(self.tr("Round added in the portal"))
            self.set_busy(self.busy)
            return
        wanted = self.search.text().strip().lower()
        self.people.setPlainText("\n".join(f"{email}\t{name}" for email, name in chosen.to_tick
                                           if not wanted or wanted in email.lower() or wanted in name.lower()))
        parts = [self.tr("Tick these {count} in Add users.").format(count=len(chosen.to_tick))
                 if chosen.to_tick else self.tr("Nobody to tick in this round now.")]
        if chosen.not_active:
            parts.append(self.tr("Later, once active: {names}.").format(names=", ".join(chosen.not_active[:5])
                                                                        + (" …" if len(chosen.not_active) > 5 else "")))
        self.status.setText(" ".join(parts))
        self.done_button.setText(self.tr("Round {number} added in the portal (%n people)", "", len(chosen.to_tick))
                                 .format(number=chosen.number) if chosen.to_tick
                                 else self.tr("Nothing to add in round {number}").format(number=chosen.number))
        self.set_busy(self.busy)

    def _copy(self) -> None:
        chosen = self.current()
        emails = [email for email, _ in chosen.to_tick] if chosen else []
        QGuiApplication.clipboard().setText("\n".join(emails))
        self.said.emit(self.tr("{count} emails copied: paste them into the portal's search one by one.").format(
            count=len(emails)))

    def _done(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.round_done.emit(chosen.number)


class AssistantPage(QWidget):
    """Stage 4, by the engineer's hands: the wave's import file saved, imported and Update all run in the Assistant,
    then the engineer's word, which is taken only once this wave's file was saved, or with a note saying how the
    people were imported instead."""

    csv_requested = Signal()
    done_requested = Signal()  # imported from this wave's saved file, Update all run
    done_elsewhere = Signal(str)  # imported another way: the engineer's note says how

    def __init__(self, bar: SystemBar, changes: StageChanges) -> None:
        super().__init__()
        layout = _stage_layout(self, bar)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.csv_button = QPushButton(self.tr("Save Assistant file…"))
        self.csv_button.clicked.connect(self.csv_requested.emit)
        self.elsewhere = QCheckBox(self.tr("Imported another way"))
        self.elsewhere.setToolTip(self.tr("The people were imported without this wave's file (e.g. added one by one "
                                          "in the Assistant): say how in the note"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("how, and by whom"))
        self.note.setAccessibleName(self.tr("How the people were imported"))
        self.note.setEnabled(False)
        self.done_button = QPushButton(self.tr("Imported, Update all done"))
        self.done_button.setToolTip(self.tr("Zoom PSI > Data Operation > Import CSV, then Data operations > User data "
                                            "> Update all; confirm here when done"))
        self.done_button.clicked.connect(self._done)
        self.elsewhere.toggled.connect(self._follow)
        self.note.textChanged.connect(lambda _t: self._follow())
        row = QHBoxLayout()
        for widget in (self.csv_button, self.elsewhere):
            row.addWidget(widget)
        row.addWidget(self.note, 1)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        layout.addWidget(changes, 1)
        self.ready = 0
        self.saved = False
        self.busy = False

    def show_ready(self, ready: int, *, saved: bool) -> None:
        self.ready, self.saved = ready, saved
        if not ready:
            text = self.tr("Nobody is ready for the Assistant yet: the portal rounds and the AMOs come first.")
        elif saved:
            text = self.tr("This wave's file is saved with %n people: import it (Zoom PSI > Data Operation > Import "
                           "CSV), run Update all, then confirm.", "", ready)
        else:
            text = self.tr("%n people are ready for the Assistant: save the file, import it (Zoom PSI > Data "
                           "Operation > Import CSV), run Update all, then confirm.", "", ready)
        self.status.setText(text)
        self._follow()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._follow()

    def _follow(self) -> None:
        """The engineer's word is taken once this wave's file was saved, or with a note saying how instead."""
        other = self.elsewhere.isChecked()
        self.note.setEnabled(other)
        self.csv_button.setEnabled(self.ready > 0)
        grounded = bool(self.note.text().strip()) if other else self.saved
        self.done_button.setEnabled(self.ready > 0 and grounded and not self.busy)

    def _done(self) -> None:
        if self.elsewhere.isChecked():
            self.done_elsewhere.emit(self.note.text().strip())
        else:
            self.done_requested.emit()


class ReadBackPage(QWidget):
    """Stage 5: everyone read back from Zoom and the OS4K, and the §8.2 comparison report with its resolutions."""

    comparison_requested = Signal()

    def __init__(self, bar: SystemBar, plan: PlanTree) -> None:
        super().__init__()
        layout = _stage_layout(self, bar)
        layout.addWidget(_note(self.tr("Zoom's SIP credentials (written by CloudLink, never by the wizard) and each "
                                       "station's REG- are read back after the Assistant; Verify reads them again at "
                                       "any time. Mitel Administration's User Comparison Report (§8.2) is read with "
                                       "the resolution of each issue (§8.3).")))
        self.comparison_button = QPushButton(self.tr("Comparison report (§8.2)…"))
        self.comparison_button.setToolTip(self.tr("The User Comparison Report from Mitel Administration: each issue "
                                                  "with its resolution (§8.3)"))
        self.comparison_button.clicked.connect(self.comparison_requested.emit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.comparison_button)
        layout.addLayout(row)
        layout.addWidget(StageChanges(plan, (System.VERIFY.value, FINDINGS), self.tr("Read-back of the wave")), 1)
