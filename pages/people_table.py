"""Chapter 7's people: one row per person (Zoom user, OS4K station, every §7.2 prerequisite, what is wrong), a
filter and a search over them, the findings of the row in view, and the station choice for a Zoom user no
subscriber has in PERSI. The first column chooses who goes in the wave."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pages.fields import italic_when_empty
from pages.fitted_text import FittedText
from pages.provisioning_words import FILTERS, MARK_MEANINGS, MARKS, PREREQ_TITLES, STATE_NAMES, shown
from pages.wording import QT_TRANSLATE_NOOP, finding_text
from wizard.checks.provisioning import PREREQS, Person, Prereq, RowState

Index = QModelIndex | QPersistentModelIndex
# 'the wave sets it' in violet, not in link blue: it is a state, nothing to click
TINT = {Prereq.OK: "#2e7d32", Prereq.FIX: "#6a4c93", Prereq.WAIT: "#b26a00", Prereq.MISSING: "#c62828",
        Prereq.UNKNOWN: "#5e6b78"}
STATE_TINT = {RowState.INTEGRATED: "#e8f5e9", RowState.READY: "#e3f2fd", RowState.WAITING: "#fff8e1",
              RowState.BLOCKED: "#ffebee"}
# the same meanings on a dark palette: lighter text, deeper backgrounds
TINT_DARK = {Prereq.OK: "#81c784", Prereq.FIX: "#c5a3e6", Prereq.WAIT: "#ffcc80", Prereq.MISSING: "#ef9a9a",
             Prereq.UNKNOWN: "#a7b1bc"}
STATE_TINT_DARK = {RowState.INTEGRATED: "#1f3a24", RowState.READY: "#1c3350", RowState.WAITING: "#44391a",
                   RowState.BLOCKED: "#4a2226"}
DETAIL_LINES = 4  # the findings of the row in view scroll beyond this: a person with many never pushes the page


def _dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def _mark_meaning(row: Person, prereq: str) -> str:
    """A check column's title and what its mark says, in words: the tooltip, and what a screen reader reads."""
    return f"{shown(PREREQ_TITLES[prereq]).replace(chr(10), ' ')}: {shown(MARK_MEANINGS[row.prereqs[prereq]])}"


class PeopleModel(QAbstractTableModel):
    """One row per person; the first column chooses who goes in the wave."""

    COLUMNS = ("", QT_TRANSLATE_NOOP("ProvisioningPanel", "Email"), QT_TRANSLATE_NOOP("ProvisioningPanel", "Station"),
               *[PREREQ_TITLES[p] for p in PREREQS], QT_TRANSLATE_NOOP("ProvisioningPanel", "State"),
               QT_TRANSLATE_NOOP("ProvisioningPanel", "What is wrong"))
    STATE_COLUMN, WRONG_COLUMN = len(COLUMNS) - 2, len(COLUMNS) - 1

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Person] = []
        self.chosen: set[str] = set()

    def set_rows(self, rows: Sequence[Person]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.chosen = {r.key for r in rows if r.selectable}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return shown(self.COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            # the columns are as narrow as what they show: a title cut short is read here in full
            return self.tr("Goes in this wave") if section == 0 else shown(self.COLUMNS[section]).replace("\n", " ")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.rows[index.row()].selectable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        prereq = PREREQS[column - 3] if 3 <= column < 3 + len(PREREQS) else None
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return self._check_state(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return self._text(row, column, prereq)
        if role == Qt.ItemDataRole.ForegroundRole and prereq is not None:
            return QBrush(QColor((TINT_DARK if _dark() else TINT)[row.prereqs[prereq]]))
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATE_COLUMN:
            return QBrush(QColor((STATE_TINT_DARK if _dark() else STATE_TINT)[row.state]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, prereq)
        if role == Qt.ItemDataRole.AccessibleTextRole and prereq is not None:
            return _mark_meaning(row, prereq)
        return None

    def _check_state(self, row: Person) -> Qt.CheckState | None:
        if not row.selectable:  # no box at all: a blocked or integrated person cannot go in a wave
            return None
        return Qt.CheckState.Checked if row.key in self.chosen else Qt.CheckState.Unchecked

    def _text(self, row: Person, column: int, prereq: str | None) -> str | None:
        """What a cell shows, and what it sorts by (UserRole is the proxy's sort role)."""
        if column == 1:
            return row.email
        if column == 2:
            return ", ".join(row.stations)
        if prereq is not None:
            return MARKS[row.prereqs[prereq]]
        if column == self.STATE_COLUMN:
            return shown(STATE_NAMES[row.state])
        if column == self.WRONG_COLUMN:
            return self._first_problem(row)
        return None

    def _first_problem(self, row: Person) -> str:
        """The first finding that is more than information, and how many more there are: the details below the
        table show them all."""
        problems = [f for f in row.findings if f.severity.value != "info"]
        if not problems:
            return ""
        more = " " + self.tr("(+{count} more)").format(count=len(problems) - 1) if len(problems) > 1 else ""
        return finding_text(problems[0])[0] + more

    def _tooltip(self, row: Person, prereq: str | None) -> str:
        if prereq is not None and row.prereqs[prereq] is Prereq.FIX:
            return self.tr("Missing now; the wave sets it (guide §7.2).")
        if prereq is not None:
            return _mark_meaning(row, prereq)
        return "\n\n".join("{}\n→ {}".format(*finding_text(f)) for f in row.findings) or self.tr("Nothing missing.")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        key = self.rows[index.row()].key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.chosen.add(key)
        else:
            self.chosen.discard(key)
        self.dataChanged.emit(index, index, [role])
        return True

    def selected(self) -> list[Person]:
        return [r for r in self.rows if r.key in self.chosen and r.selectable]


class PeopleFilter(QSortFilterProxyModel):
    def __init__(self, people: PeopleModel) -> None:
        super().__init__()
        self.people = people
        self.setSourceModel(people)
        self.mode = FILTERS[0]
        self.text = ""

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.people.rows[source_row]
        if self.text and self.text not in row.key and not any(self.text in s for s in row.stations):
            return False
        return {"Only problems": row.state in (RowState.BLOCKED, RowState.WAITING),
                "Only ready": row.state is RowState.READY, "Waiting for activation": row.state is RowState.WAITING,
                "Integrated": row.state is RowState.INTEGRATED}.get(self.mode, True)

    def refilter(self, mode: str, text: str) -> None:
        self.beginFilterChange()
        self.mode, self.text = mode, text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)


class StationChoice(QWidget):
    """A Zoom user no OS4K subscriber has in PERSI: the engineer gives the person one of the stations read."""

    chosen = Signal(str)  # the station ("" to forget the choice)

    def __init__(self) -> None:
        super().__init__()
        choice = QHBoxLayout(self)
        choice.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Station for this person:"))
        self.box = QComboBox()
        self.box.setEditable(True)
        edit = QLineEdit()  # our own: a combo box's lineEdit() is None unless it is editable
        self.box.setLineEdit(edit)
        self.box.setAccessibleName(self.tr("Station for this person"))
        self.box.setToolTip(self.tr("A station read from the OS4K without an email in PERSI; the wave writes the "
                                    "person's email into it (guide §7.2)"))
        label.setBuddy(self.box)
        edit.setPlaceholderText(self.tr("choose or type"))
        self.box.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("choose or type")) + 60)
        italic_when_empty(edit)
        self.assign_button = QPushButton(self.tr("Give this station"))
        self.assign_button.clicked.connect(lambda: self.chosen.emit(self.box.currentText().strip()))
        self.unassign_button = QPushButton(self.tr("Forget the choice"))
        self.unassign_button.clicked.connect(lambda: self.chosen.emit(""))
        for widget in (label, self.box, self.assign_button, self.unassign_button):
            choice.addWidget(widget)
        choice.addStretch(1)
        self.free: list[str] = []

    def show_for(self, row: Person | None) -> None:
        codes = {f.code for f in row.findings} if row else set()
        assigned = any(code.startswith("provision.assigned") for code in codes)
        wanted = bool(row and row.zoom_status and (assigned or "provision.subscriber-missing" in codes))
        self.setVisible(wanted)
        if not wanted or row is None:
            return
        self.box.clear()
        self.box.addItems([*row.stations, *self.free] if assigned else self.free)
        self.box.setCurrentIndex(0 if assigned else -1)  # nothing picked for the engineer
        self.unassign_button.setVisible(assigned)


class PeopleTable(QWidget):
    """The people read, with everything that is wrong with each and its fix; the table gets the height."""

    station_chosen = Signal(str, str)  # email, station ("" to forget the choice)
    said = Signal(str)  # a passing message for the panel's message line

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filter_row())
        self.model = PeopleModel()
        self.proxy = PeopleFilter(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self._set_up_table()
        layout.addWidget(self.table, 1)  # the people get the height the page has
        self.details = QLabel(self.tr("Select a row to see everything that is wrong with it and how to fix it."))
        self.details.setObjectName("RowDetails")
        self.details.setAccessibleName(self.tr("Findings of the selected person"))
        self.details_area = FittedText(self.details, DETAIL_LINES)
        layout.addWidget(self.details_area)
        self.station = StationChoice()
        self.station.setVisible(False)
        self.station.chosen.connect(self._choose_station)
        layout.addWidget(self.station)
        layout.addLayout(self._counts_row())
        self.filter.currentIndexChanged.connect(lambda _i: self._refilter())
        self.search.textChanged.connect(lambda _s: self._refilter())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_details(current))
        # after a filter or a search the details follow the row still current (or say there is none)
        self.proxy.layoutChanged.connect(lambda *_: self._show_details(self.table.currentIndex()))
        self.proxy.rowsRemoved.connect(lambda *_: self._show_details(self.table.currentIndex()))
        self.model.dataChanged.connect(lambda *_: self.count())
        self.model.modelReset.connect(self.count)

    def _filter_row(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        self.filter = QComboBox()
        for key in FILTERS:
            self.filter.addItem(shown(key), key)
        self.filter.setAccessibleName(self.tr("Show"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("find email or station"))
        self.search.setAccessibleName(self.tr("Find email or station"))
        copy_fix = QPushButton(self.tr("Copy fixes of selected rows"))
        copy_fix.clicked.connect(self._copy_fixes)
        filters.addWidget(QLabel(self.tr("Show")))
        filters.addWidget(self.filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(copy_fix)
        return filters

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("People: Zoom users and OS4K subscribers"))
        # Rows arrive sorted by email: no sort until the engineer clicks a header (a sort of thousands of rows
        # through Python calls would freeze the window for a moment)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.setMinimumHeight(160)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        # Widths from the font, not from the contents: sizing to contents asks every row for every cell
        # whenever the layout changes, which freezes the window for a moment with a thousand people.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Qt keeps room for the sort arrow in every title while it is shown: hidden until the engineer sorts, the
        # check columns are as narrow as their titles' longest line
        header.setSortIndicatorShown(False)
        header.sortIndicatorChanged.connect(lambda *_: header.setSortIndicatorShown(True))
        header.setMinimumSectionSize(24)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Qt would elide a two-line title as one long line; the columns are as wide as their titles instead
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        for column, width in enumerate(self._widths(header)):
            header.resizeSection(column, width)

    def _widths(self, header: QHeaderView) -> list[int]:
        """As wide as a mark or the longest line of the column's title: at 1280 px the table fits without
        scrolling sideways, and "What is wrong" keeps the rest (the details below show it in full)."""
        text_width = self.table.fontMetrics().horizontalAdvance
        mark = max(text_width(m) for m in MARKS.values()) + 16
        return [28, text_width("person.name@example.com") + 12,
                max(text_width("000000") + 14, header.sectionSizeHint(2)),
                *[max(mark, header.sectionSizeHint(3 + i)) for i in range(len(PREREQS))],
                max(text_width(shown("integrated")), text_width(shown("blocked"))) + 16]

    def _counts_row(self) -> QHBoxLayout:
        self.counts = QLabel("")
        self.counts.setWordWrap(True)  # a long German count must not widen the window past 1280 px
        legend = QLabel(self.tr("{ok} in place   {fix} the wave sets it   {wait} waiting for the person   {missing} "
                                "missing   {unknown} not read").format(**{p.name.lower(): m for p, m in MARKS.items()}))
        legend.setObjectName("MarksLegend")
        legend.setAccessibleName(self.tr("What the marks mean"))
        below = QHBoxLayout()
        below.addWidget(self.counts, 1)
        below.addWidget(legend)
        return below

    def _refilter(self) -> None:
        self.proxy.refilter(self.filter.currentData(), self.search.text())

    # ------------------------------------------------------------------ what the panel tells it
    def show_rows(self, rows: Sequence[Person]) -> None:
        current = self.table.currentIndex()
        key = self.model.rows[self.proxy.mapToSource(current).row()].key if current.isValid() else None
        self.model.set_rows(rows)
        # judged again (a station given, a PM index changed): the person looked at stays selected
        at = next((i for i, row in enumerate(self.model.rows) if row.key == key), None)
        if at is not None:
            in_view = self.proxy.mapFromSource(self.model.index(at, 1))
            if in_view.isValid():
                self.table.setCurrentIndex(in_view)
                self.table.selectRow(in_view.row())

    def set_free_stations(self, stations: Sequence[str]) -> None:
        self.station.free = list(stations)
        self._show_details(self.table.currentIndex())

    def _choose_station(self, stno: str) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.station_chosen.emit(self.model.rows[self.proxy.mapToSource(current).row()].email, stno)

    def _show_details(self, current: QModelIndex) -> None:
        if not current.isValid():  # filtered away, or nothing chosen: never the findings of a row not shown
            self.details_area.set_text(self.tr("Select a row to see everything that is wrong with it and how to fix "
                                               "it."))
            self.station.show_for(None)
            return
        row = self.model.rows[self.proxy.mapToSource(current).row()]
        self.station.show_for(row)
        lines = [f"<b>{escape(row.email)}</b> — {escape(shown(STATE_NAMES[row.state]))}"]
        lines += ["{}<br><span style='font-family:monospace'>→ {}</span>".format(*map(escape, finding_text(f)))
                  for f in row.findings]
        nothing = lines[0] + ": " + escape(self.tr("nothing missing."))
        self.details_area.set_text("<br>".join(lines) if row.findings else nothing)

    def count(self) -> None:
        rows = self.model.rows
        by_state = {state: sum(1 for r in rows if r.state is state) for state in RowState}
        self.counts.setText(self.tr("{people} people — {ready} ready, {waiting} waiting for activation, {blocked} "
                                    "need a fix first, {integrated} integrated. {chosen} chosen for this wave.").format(
            people=len(rows), ready=by_state[RowState.READY], waiting=by_state[RowState.WAITING],
            blocked=by_state[RowState.BLOCKED], integrated=by_state[RowState.INTEGRATED],
            chosen=len(self.model.selected())))

    def _copy_fixes(self) -> None:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        fixes = [finding_text(f)[1] for r in sorted(rows) for f in self.model.rows[r].findings
                 if f.severity.value != "info"]
        QGuiApplication.clipboard().setText("\n".join(fixes))
        self.said.emit(self.tr("{count} fixes copied.").format(count=len(fixes)) if fixes
                       else self.tr("The selected rows need no fix."))
