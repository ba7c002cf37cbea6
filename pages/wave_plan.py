"""The wave's plan as a tree, like a diff: one group per stage (the portal's by round), each change with its live
state; and a view of it that shows one stage only, for the stage's own page. The changes under a group are made
when it is opened: a wave of thousands of AMOs should not hold the window while rows nobody looks at are built."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QTreeView, QTreeWidget, QTreeWidgetItem

from pages.provisioning_words import OP_STATES, SYSTEM_NAMES, shown
from pages.wording import finding_text, said_text, severity_text
from wizard.checks.provisioning import BY_HAND, Change, OpState, System, WavePlan

FINDINGS = "findings"  # what a top-level row of findings is marked with, beside the stages' values
KIND = Qt.ItemDataRole.UserRole  # a top-level row's stage (its System value) or FINDINGS


def _columns(tree: QTreeView, state_width: int) -> None:
    """The change gets the width; its state is a word or two."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(1, state_width)


class ChangeRow(QTreeWidgetItem):
    """A change's row; its tooltip (what happened to it, in the window's language) is worded when it is shown, not
    when the row is made: a stage's page opens thousands of rows at once on the window's loop."""

    def __init__(self, texts: list[str], detail: str) -> None:
        super().__init__(texts)
        self.detail = detail

    def data(self, column: int, role: int) -> Any:
        if column == 0 and role == Qt.ItemDataRole.ToolTipRole:
            return said_text(self.detail)
        return super().data(column, role)


class PlanTree(QTreeWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setHeaderLabels([self.tr("Change"), self.tr("State")])
        self.setAccessibleName(self.tr("Plan of the wave"))
        self.setMinimumHeight(120)
        words = (self.tr("by hand"), self.tr("by the wizard"), *map(shown, OP_STATES))
        self.state_width = max(map(self.fontMetrics().horizontalAdvance, words)) + 32
        _columns(self, self.state_width)
        self._unbuilt: dict[int, list[tuple[Change, str]]] = {}
        self._built: dict[str, ChangeRow] = {}  # op id -> its row, once its group was opened
        self._details: dict[str, str] = {}
        self.itemExpanded.connect(self._build_children)

    def show_plan(self, plan: WavePlan, op_states: dict[str, str], details: dict[str, str]) -> None:
        self.clear()
        self._unbuilt.clear()
        self._built.clear()
        self._details = details
        for system in System:
            changes = plan.of(system)
            if not changes:
                continue
            by = self.tr("by hand") if system in BY_HAND else self.tr("by the wizard")
            top = QTreeWidgetItem([f"{shown(SYSTEM_NAMES[system])} — {len(changes)}", by])
            top.setData(0, KIND, system.value)
            rounds = plan.rounds() if system is System.PSI else {}
            for number, members in rounds.items():
                self._lazy(QTreeWidgetItem(top, [self.tr("round {number} ({count} people)").format(
                    number=number, count=len(members)), ""]), members, op_states)
            if not rounds:
                self._lazy(top, changes, op_states)
            # added once its changes are known: a stage's page in view opens the group as it arrives
            self.addTopLevelItem(top)
            top.setExpanded(bool(rounds) or len(changes) <= 50)

    def _lazy(self, item: QTreeWidgetItem, changes: Sequence[Change], op_states: dict[str, str]) -> None:
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        # the rows' words are made when the group is opened: a wave of thousands is redrawn after every stage
        self._unbuilt[id(item)] = [(c, op_states.get(c.op_id, OpState.PLANNED)) for c in changes]

    def change_text(self, change: Change) -> str:
        """A change of the plan in the window's language, from its data (the plan keeps the English line the
        command line prints); an AMO is shown as it is sent."""
        data = change.data
        name = " ".join(filter(None, (data.get("first_name"), data.get("last_name")))) or data.get("name", "")
        kind = change.op_id.partition(":")[0]
        if kind == "zoom.user":
            return self.tr("invite {email} ({name}) to Zoom").format(email=data["email"], name=name)
        if kind == "zoom.active" and change.text == f"wait for {data['email']} to activate the Zoom account":
            # a plan stored before says '… has activated …': its own line is shown, as its PDF shows it
            return self.tr("wait for {email} to activate the Zoom account").format(email=data["email"])
        if kind == "psi.portal":
            return self.tr("round {number}: tick {email} ({name}) in Add users").format(
                number=change.round, email=data["email"], name=name)
        if kind == "assistant":
            return self.tr("Assistant: user {email} for station {stno}, then Update").format(
                email=data["email"], stno=data["stno"])
        if kind == "verify":
            return self.tr("read back {email}: Zoom user, SIP credentials of station {stno}, REG- of {stno}").format(
                email=data["email"], stno=data["stno"])
        return change.text

    def _build_children(self, item: QTreeWidgetItem) -> None:
        rows = self._unbuilt.pop(id(item), None)
        if rows is None:
            return
        children = []
        for change, state in rows:
            child = ChangeRow([self.change_text(change), shown(state)], self._details.get(change.op_id, ""))
            self._built[change.op_id] = child
            children.append(child)
        item.addChildren(children)

    def build_at(self, index: QModelIndex) -> None:
        """A group opened in another view of this tree: its changes are made now."""
        item = self.itemFromIndex(index)
        if item is not None:
            self._build_children(item)

    def show_change(self, op_id: str, state: str, detail: str) -> None:
        """A change's live state, on its row if its group is open (the others are built with it when opened)."""
        item = self._built.get(op_id)
        if item is not None:
            item.setText(1, shown(state))
            item.detail = detail  # worded when its tooltip is shown

    def show_findings(self, title: str, findings: Sequence[Any]) -> None:
        """Findings of a check (e.g. the comparison report) above the plan, one row each with its fix."""
        top = QTreeWidgetItem([title, ""])
        top.setData(0, KIND, FINDINGS)
        self.insertTopLevelItem(0, top)
        for finding in findings:
            message, fix = finding_text(finding)
            item = QTreeWidgetItem(top, [message, severity_text(finding.severity)])
            QTreeWidgetItem(item, [f"→ {fix}", ""])
        top.setExpanded(True)


class StageChanges(QTreeView):
    """The plan tree's rows of some stages only (and the findings read with them), opened: a stage's page shows
    its own changes and their live states, from the same rows the plan shows."""

    def __init__(self, plan: PlanTree, kinds: Iterable[str], name: str) -> None:
        super().__init__()
        self.plan = plan
        self.kinds = frozenset(kinds)
        self.setModel(plan.model())
        self.setAccessibleName(name)
        self.setMinimumHeight(60)
        _columns(self, plan.state_width)
        self.setUniformRowHeights(True)  # thousands of AMOs scroll without measuring each row
        self.expanded.connect(plan.build_at)
        plan.model().rowsInserted.connect(lambda parent, *_: None if parent.isValid() else self.refilter())
        plan.model().modelReset.connect(self.refilter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refilter()

    def refilter(self) -> None:
        """Only this page's stages stay in view, each opened (and so built) once the page is looked at."""
        if not self.isVisible():
            return
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            mine = index.data(KIND) in self.kinds
            self.setRowHidden(row, QModelIndex(), not mine)
            if mine:
                self.expand(index)
