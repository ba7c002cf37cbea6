"""Chapter 7 as one working surface: read both sides, see one row per person with what is missing and its fix,
choose who goes in this wave, review the plan like a diff, run it with progress per system, verify, undo."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pages.fields import italic_when_empty
from pages.styling import restyle
from pages.wording import QT_TRANSLATE_NOOP, finding_text, said_text, severity_text
from wizard.checks.provisioning import (
    BY_HAND,
    DIGEST_PLACEHOLDER,
    PREREQS,
    Change,
    Person,
    Prereq,
    RowState,
    System,
    WavePlan,
)

Index = QModelIndex | QPersistentModelIndex
# Texts below are marked for translation (context ProvisioningPanel) and translated where shown, with _t.
# A check column's title on two lines: the column is then as narrow as its marks, and at 1280 px the table fits
# without scrolling sideways ("What is wrong" keeps the rest).
PREREQ_TITLES = {"zoom_user": QT_TRANSLATE_NOOP("ProvisioningPanel", "Zoom\nuser"),
                 "persi_email": QT_TRANSLATE_NOOP("ProvisioningPanel", "PERSI\nemail"),
                 "pmidx_route": QT_TRANSLATE_NOOP("ProvisioningPanel", "PMIDX\n+ route"),
                 "digest": QT_TRANSLATE_NOOP("ProvisioningPanel", "Digest"),
                 "call_log": QT_TRANSLATE_NOOP("ProvisioningPanel", "Call\nlog"),
                 "dmcallwd": "DMCALLWD",
                 "integrated": QT_TRANSLATE_NOOP("ProvisioningPanel", "PSI\nuser")}
# one sign each, explained by the legend above the table and by each cell's tooltip
MARKS = {Prereq.OK: "✔", Prereq.FIX: "➜", Prereq.WAIT: "…", Prereq.MISSING: "✘", Prereq.UNKNOWN: "?"}
MARK_MEANINGS = {Prereq.OK: QT_TRANSLATE_NOOP("ProvisioningPanel", "in place"),
                 Prereq.FIX: QT_TRANSLATE_NOOP("ProvisioningPanel", "the wave sets it"),
                 Prereq.WAIT: QT_TRANSLATE_NOOP("ProvisioningPanel", "waiting for the person"),
                 Prereq.MISSING: QT_TRANSLATE_NOOP("ProvisioningPanel", "missing"),
                 Prereq.UNKNOWN: QT_TRANSLATE_NOOP("ProvisioningPanel", "not read")}
SYSTEM_NAMES = {System.ZOOM: QT_TRANSLATE_NOOP("ProvisioningPanel", "Zoom users invited and active (§7.1.1, §7.1.2)"),
                System.PSI: QT_TRANSLATE_NOOP("ProvisioningPanel", "Added in the Zoom portal, by hand (§7.1.3.2)"),
                System.OS4K: QT_TRANSLATE_NOOP("ProvisioningPanel", "OS4K AMOs (§7.2)"),
                System.ASSISTANT: QT_TRANSLATE_NOOP("ProvisioningPanel", "Assistant import and Update all, by hand "
                                                                         "(§7.2.1)"),
                System.VERIFY: QT_TRANSLATE_NOOP("ProvisioningPanel", "Read back from Zoom and the OS4K")}
STATE_NAMES = {RowState.INTEGRATED: QT_TRANSLATE_NOOP("ProvisioningPanel", "integrated"),
               RowState.READY: QT_TRANSLATE_NOOP("ProvisioningPanel", "ready"),
               RowState.WAITING: QT_TRANSLATE_NOOP("ProvisioningPanel", "waiting"),
               RowState.BLOCKED: QT_TRANSLATE_NOOP("ProvisioningPanel", "blocked")}
# the states a change of the wave can be in, as the plan tree shows them
OP_STATES = (QT_TRANSLATE_NOOP("ProvisioningPanel", "planned"), QT_TRANSLATE_NOOP("ProvisioningPanel", "sent"),
             QT_TRANSLATE_NOOP("ProvisioningPanel", "done"), QT_TRANSLATE_NOOP("ProvisioningPanel", "already"),
             QT_TRANSLATE_NOOP("ProvisioningPanel", "waiting"), QT_TRANSLATE_NOOP("ProvisioningPanel", "failed"))
# the states a whole wave can be in (wave records), as the panel names them
WAVE_STATES = (QT_TRANSLATE_NOOP("ProvisioningPanel", "running"), QT_TRANSLATE_NOOP("ProvisioningPanel", "paused"),
               QT_TRANSLATE_NOOP("ProvisioningPanel", "undone"), QT_TRANSLATE_NOOP("ProvisioningPanel", "superseded"))
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


FILTERS = (QT_TRANSLATE_NOOP("ProvisioningPanel", "Everyone"), QT_TRANSLATE_NOOP("ProvisioningPanel", "Only problems"),
           QT_TRANSLATE_NOOP("ProvisioningPanel", "Only ready"),
           QT_TRANSLATE_NOOP("ProvisioningPanel", "Waiting for activation"),
           QT_TRANSLATE_NOOP("ProvisioningPanel", "Integrated"))


def _t(text: str) -> str:
    return QCoreApplication.translate("ProvisioningPanel", text)


def _dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def _mark_meaning(row: Person, prereq: str) -> str:
    """A check column's title and what its mark says, in words: the tooltip, and what a screen reader reads."""
    return f"{_t(PREREQ_TITLES[prereq]).replace(chr(10), ' ')}: {_t(MARK_MEANINGS[row.prereqs[prereq]])}"


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
            return _t(self.COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            # the columns are as narrow as what they show: a title cut short is read here in full
            return self.tr("Goes in this wave") if section == 0 else _t(self.COLUMNS[section]).replace("\n", " ")
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
            return _t(STATE_NAMES[row.state])
        if column == self.WRONG_COLUMN:
            return self._first_problem(row)
        return None

    def _first_problem(self, row: Person) -> str:
        """The first finding that is more than information, and how many more there are: the details pane below
        the table shows them all."""
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


class SystemBar(QWidget):
    def __init__(self, system: System) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(_t(SYSTEM_NAMES[system]))
        title.setMinimumWidth(340)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress: {system}").format(system=_t(SYSTEM_NAMES[system])))
        self.detail = QLabel("")
        self.detail.setMinimumWidth(260)
        layout.addWidget(title)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.detail)

    def show_progress(self, settled: int, total: int, rate: float, left: float | None, failed: int,
                      waiting: int) -> None:
        self.bar.setEnabled(total > 0)
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(settled - waiting if total else 0)  # waiting is not done: the bar says so
        if not total:
            self.detail.setText(self.tr("nothing to do"))
            return
        parts = [self.tr("{done} of {total} done").format(done=settled - waiting - failed, total=total)]
        if rate:
            parts.append(f"{rate:.1f}/s")
        if left:
            parts.append(self.tr("~{seconds} s left").format(seconds=f"{left:.0f}"))
        if failed:
            parts.append(self.tr("{count} failed").format(count=failed))
        if waiting:
            parts.append(self.tr("{count} waiting").format(count=waiting))
        self.detail.setText(" · ".join(parts))


class ProvisioningPanel(QGroupBox):
    read_requested = Signal()
    zoom_file_requested = Signal()
    subscribers_file_requested = Signal()
    subscribers_paste_requested = Signal()
    plan_requested = Signal()
    run_requested = Signal()
    pause_requested = Signal()
    cancel_requested = Signal()
    verify_requested = Signal()
    undo_requested = Signal()  # show what undo would change, and ask
    confirmed = Signal(str)  # the engineer confirmed what the confirmation box showed: "run" or "undo"
    round_done_requested = Signal(int)  # the round was added in the Zoom portal
    assistant_done_requested = Signal()
    assistant_csv_requested = Signal()
    plan_export_requested = Signal()
    comparison_requested = Signal()
    station_chosen = Signal(str, str)  # email, station ("" to forget the choice): a Zoom user without a subscriber

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Provisioning waves (guide chapter 7)"))
        self.setObjectName("Provisioning")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Read Zoom and the OS4K, choose who goes in this wave, review the plan, then run it. "
                               "Every change is journaled before it is sent: after a crash, run the wave again and it "
                               "carries on without doing anything twice."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        sources = QHBoxLayout()
        self.read_button = QPushButton(self.tr("Read Zoom and OS4K"))
        self.read_button.clicked.connect(self.read_requested.emit)
        zoom_file = QPushButton(self.tr("Zoom export…"))
        zoom_file.clicked.connect(self.zoom_file_requested.emit)
        subs_file = QPushButton(self.tr("OS4K subscribers…"))
        subs_file.clicked.connect(self.subscribers_file_requested.emit)
        subs_paste = QPushButton(self.tr("Paste OS4K output"))
        subs_paste.setToolTip(self.tr("REG-SBCSU / REG-PERSI output copied from the Assistant's AMO window"))
        subs_paste.clicked.connect(self.subscribers_paste_requested.emit)
        self.pmidx = QLineEdit("1")
        self.pmidx.setAccessibleName(self.tr("PM index for subscribers without one"))
        self.pmidx.setMaximumWidth(60)
        self.voicemail = QLineEdit()
        self.voicemail.setPlaceholderText(self.tr("voicemail no. for a new PM route"))
        self.voicemail.setAccessibleName(self.tr("Voicemail number for a new PM route"))
        for widget in (self.read_button, zoom_file, subs_file, subs_paste):
            sources.addWidget(widget)
        sources.addStretch(1)
        sources.addWidget(QLabel(self.tr("PMIDX")))
        sources.addWidget(self.pmidx)
        sources.addWidget(QLabel(self.tr("Voicemail no.")))
        sources.addWidget(self.voicemail)
        layout.addLayout(sources)
        self.source_label = QLabel(self.tr("Nothing read yet."))
        self.source_label.setObjectName("Evidence")
        self.source_label.setWordWrap(True)
        layout.addWidget(self.source_label)
        # The people above, the plan and the engineer's hands below, the border between them draggable: the table
        # gets the height, and each part scrolls on its own.
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        outer, people = layout, QWidget()
        layout = QVBoxLayout(people)
        layout.setContentsMargins(0, 0, 0, 0)
        self.split.addWidget(people)

        filters = QHBoxLayout()
        self.filter = QComboBox()
        for key in FILTERS:
            self.filter.addItem(_t(key), key)
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
        layout.addLayout(filters)

        self.model = PeopleModel()
        self.proxy = PeopleFilter(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("People: Zoom users and OS4K subscribers"))
        # Rows arrive sorted by email: no sort until the engineer clicks a header (a sort of thousands of rows
        # through Python calls would freeze the window for a moment)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(160)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        # Widths from the font, not from the contents: sizing to contents asks every row for every cell
        # whenever the layout changes, which freezes the window for a moment with a thousand people.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        text_width = self.table.fontMetrics().horizontalAdvance
        # as wide as a mark or the longest line of the column's title: at 1280 px the table fits without scrolling
        # sideways, and "What is wrong" keeps the rest (the details pane shows it in full)
        # Qt keeps room for the sort arrow in every title while it is shown: hidden until the engineer sorts, the
        # check columns are as narrow as their titles' longest line
        header.setSortIndicatorShown(False)
        header.sortIndicatorChanged.connect(lambda *_: header.setSortIndicatorShown(True))
        mark = max(text_width(m) for m in MARKS.values()) + 16
        widths = [28, text_width("person.name@example.com") + 12,
                  max(text_width("000000") + 14, header.sectionSizeHint(2)),
                  *[max(mark, header.sectionSizeHint(3 + i)) for i in range(len(PREREQS))],
                  max(text_width(_t("integrated")), text_width(_t("blocked"))) + 16]
        header.setMinimumSectionSize(24)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Qt would elide a two-line title as one long line; the columns are as wide as their titles instead
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        layout.addWidget(self.table, 1)  # the people get the height the page has
        self.filter.currentIndexChanged.connect(lambda _i: self.proxy.refilter(self.filter.currentData(),
                                                                               self.search.text()))
        self.search.textChanged.connect(lambda _s: self.proxy.refilter(self.filter.currentData(), self.search.text()))
        self.details = QLabel(self.tr("Select a row to see everything that is wrong with it and how to fix it."))
        self.details.setObjectName("RowDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Findings of the selected person"))
        layout.addWidget(self.details)
        # a Zoom user no OS4K subscriber has in PERSI: the engineer gives the person one of the stations read
        self.station_row = QWidget()
        choice = QHBoxLayout(self.station_row)
        choice.setContentsMargins(0, 0, 0, 0)
        self.station_label = QLabel(self.tr("Station for this person:"))
        self.station_box = QComboBox()
        self.station_box.setEditable(True)
        station_edit = QLineEdit()  # our own: a combo box's lineEdit() is None unless it is editable
        self.station_box.setLineEdit(station_edit)
        self.station_box.setAccessibleName(self.tr("Station for this person"))
        self.station_box.setToolTip(self.tr("A station read from the OS4K without an email in PERSI; the wave writes "
                                            "the person's email into it (guide §7.2)"))
        self.station_label.setBuddy(self.station_box)
        station_edit.setPlaceholderText(self.tr("choose or type"))
        self.station_box.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("choose or type")) + 60)
        italic_when_empty(station_edit)
        self.assign_button = QPushButton(self.tr("Give this station"))
        self.assign_button.clicked.connect(self._choose_station)
        self.unassign_button = QPushButton(self.tr("Forget the choice"))
        self.unassign_button.clicked.connect(lambda: self._choose_station(forget=True))
        choice.addWidget(self.station_label)
        choice.addWidget(self.station_box)
        choice.addWidget(self.assign_button)
        choice.addWidget(self.unassign_button)
        choice.addStretch(1)
        self.station_row.setVisible(False)
        self._free_stations: list[str] = []
        layout.addWidget(self.station_row)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_details(current))
        # after a filter or a search the details follow the row still current (or say there is none)
        self.proxy.layoutChanged.connect(lambda *_: self._show_details(self.table.currentIndex()))
        self.proxy.rowsRemoved.connect(lambda *_: self._show_details(self.table.currentIndex()))
        self.counts = QLabel("")
        self.counts.setWordWrap(True)  # a long German count must not widen the window past 1280 px
        legend = QLabel(self.tr("{ok} in place   {fix} the wave sets it   {wait} waiting for the person   {missing} "
                                "missing   {unknown} not read").format(**{p.name.lower(): m for p, m in MARKS.items()}))
        legend.setObjectName("MarksLegend")
        legend.setAccessibleName(self.tr("What the marks mean"))
        below = QHBoxLayout()
        below.addWidget(self.counts, 1)
        below.addWidget(legend)
        layout.addLayout(below)
        self.model.dataChanged.connect(lambda *_: self._count())
        self.model.modelReset.connect(self._count)

        actions = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Plan wave"))
        self.plan_button.clicked.connect(self.plan_requested.emit)
        self.run_button = QPushButton(self.tr("Run wave"))
        self.run_button.clicked.connect(self.run_requested.emit)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.pause_requested.emit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.clicked.connect(self.verify_requested.emit)
        self.undo_button = QPushButton(self.tr("Undo wave…"))
        self.undo_button.clicked.connect(self.undo_requested.emit)
        self.export_button = QPushButton(self.tr("Export plan…"))
        self.export_button.setToolTip(self.tr("The plan as PDF or CSV, for the customer's change approval"))
        self.export_button.clicked.connect(self.plan_export_requested.emit)
        for button in (self.plan_button, self.run_button, self.pause_button, self.cancel_button, self.verify_button,
                       self.export_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        # What will change, named before anything is sent (and before an undo): a box of its own, so the
        # confirming click is never where the asking click was.
        self.confirmation = QGroupBox()
        self.confirmation.setObjectName("Confirmation")
        box = QVBoxLayout(self.confirmation)
        self.confirmation_text = QLabel("")
        self.confirmation_text.setWordWrap(True)
        self.confirmation_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.confirmation_text)
        choice = QHBoxLayout()
        self._confirming = ""  # what the box asks to confirm ("run" or "undo"); "" while it is hidden
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(lambda: self.confirmed.emit(self._confirming))
        self.dismiss_button = QPushButton(self.tr("Cancel"))
        self.dismiss_button.clicked.connect(self.hide_confirmation)
        choice.addStretch(1)
        choice.addWidget(self.dismiss_button)
        choice.addWidget(self.confirm_button)
        box.addLayout(choice)
        self.confirmation.setVisible(False)
        layout.addWidget(self.confirmation)
        self.message = QLabel("")
        self.message.setObjectName("Message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        plan_area = QScrollArea()
        plan_area.setWidgetResizable(True)
        plan_area.setFrameShape(QFrame.Shape.NoFrame)
        plan = QWidget()
        layout = QVBoxLayout(plan)
        layout.setContentsMargins(0, 0, 0, 0)
        plan_area.setWidget(plan)
        self.split.addWidget(plan_area)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        outer.addWidget(self.split, 1)

        self.wave_label = QLabel(self.tr("No wave planned."))
        self.wave_label.setWordWrap(True)
        layout.addWidget(self.wave_label)

        self.plan_tree = QTreeWidget()
        self.plan_tree.setHeaderLabels([self.tr("Change"), self.tr("State")])
        self.plan_tree.setAccessibleName(self.tr("Plan of the wave"))
        self.plan_tree.setMinimumHeight(160)
        self.plan_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._unbuilt: dict[int, list[tuple[str, str, str]]] = {}
        self._built: dict[str, QTreeWidgetItem] = {}  # op id -> its row, once its group was opened
        self.plan_tree.itemExpanded.connect(self._build_children)
        layout.addWidget(self.plan_tree)

        progress = QGridLayout()
        self.bars = {system: SystemBar(system) for system in System}
        for row, bar in enumerate(self.bars.values()):
            progress.addWidget(bar, row, 0)
        layout.addLayout(progress)

        # Stage 2, by the engineer's hands: the list of the round to tick in the portal, then the engineer's word
        hands = QGroupBox(self.tr("By hand: the Zoom portal (§7.1.3.2) and the Assistant (§7.2.1)"))
        grid = QGridLayout(hands)
        self.round_choice = QComboBox()
        self.round_choice.setAccessibleName(self.tr("Portal round"))
        self.round_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_choice.setMinimumContentsLength(16)
        self.round_choice.currentIndexChanged.connect(lambda _i: self._show_round())
        self.round_search = QLineEdit()
        self.round_search.setPlaceholderText(self.tr("find in this round"))
        self.round_search.setAccessibleName(self.tr("Find in this round"))
        self.round_search.textChanged.connect(lambda _t: self._show_round())
        self.round_list = QPlainTextEdit()
        self.round_list.setReadOnly(True)
        self.round_list.setAccessibleName(self.tr("People to tick in Add users"))
        self.round_list.setMinimumHeight(110)
        self.round_copy = QPushButton(self.tr("Copy emails"))
        self.round_copy.clicked.connect(self._copy_round)
        self.round_done_button = QPushButton(self.tr("Round added in the portal"))
        self.round_done_button.setToolTip(self.tr("Account Management > Phone System Integration > Integrated users "
                                                  "> Add users: tick everyone listed, click Add, then confirm here"))
        self.round_done_button.clicked.connect(self._round_done)
        grid.addWidget(QLabel(self.tr("Round")), 0, 0)
        grid.addWidget(self.round_choice, 0, 1)
        grid.addWidget(self.round_search, 0, 2)
        grid.addWidget(self.round_copy, 0, 3)
        grid.addWidget(self.round_done_button, 0, 4)
        grid.addWidget(self.round_list, 1, 0, 1, 5)
        self.round_status = QLabel("")
        self.round_status.setWordWrap(True)
        grid.addWidget(self.round_status, 2, 0, 1, 5)
        self.assistant_csv_button = QPushButton(self.tr("Save Assistant file…"))
        self.assistant_csv_button.clicked.connect(self.assistant_csv_requested.emit)
        self.assistant_done_button = QPushButton(self.tr("Imported, Update all done"))
        self.assistant_done_button.setToolTip(self.tr("Zoom PSI > Data Operation > Import CSV, then Data operations > "
                                                      "User data > Update all; confirm here when done"))
        self.assistant_done_button.clicked.connect(self.assistant_done_requested.emit)
        self.comparison_button = QPushButton(self.tr("Comparison report (§8.2)…"))
        self.comparison_button.setToolTip(self.tr("The User Comparison Report from Mitel Administration: each issue "
                                                  "with its resolution (§8.3)"))
        self.comparison_button.clicked.connect(self.comparison_requested.emit)
        self.assistant_status = QLabel("")
        self.assistant_status.setWordWrap(True)
        grid.addWidget(self.assistant_csv_button, 3, 0, 1, 2)
        grid.addWidget(self.assistant_done_button, 3, 2)
        grid.addWidget(self.comparison_button, 3, 4)
        grid.addWidget(self.assistant_status, 4, 0, 1, 5)
        grid.setColumnStretch(2, 1)
        layout.addWidget(hands)
        self._rounds: list[Any] = []
        self._busy = False
        self._details: dict[str, str] = {}
        self.set_state(busy=False, has_rows=False, has_wave=False, offline=False)

    # ------------------------------------------------------------------ what the window tells it
    def show_rows(self, rows: Sequence[Person], source: str) -> None:
        current = self.table.currentIndex()
        key = self.model.rows[self.proxy.mapToSource(current).row()].key if current.isValid() else None
        self.model.set_rows(rows)
        self.source_label.setText(source)
        # judged again (a station given, a PM index changed): the person looked at stays selected
        at = next((i for i, row in enumerate(self.model.rows) if row.key == key), None)
        if at is not None:
            shown = self.proxy.mapFromSource(self.model.index(at, 1))
            if shown.isValid():
                self.table.setCurrentIndex(shown)
                self.table.selectRow(shown.row())

    def set_free_stations(self, stations: Sequence[str]) -> None:
        """The stations a Zoom user without a subscriber can be given (read, no email in PERSI, not chosen yet)."""
        self._free_stations = list(stations)
        self._show_details(self.table.currentIndex())

    def _choose_station(self, *, forget: bool = False) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            row = self.model.rows[self.proxy.mapToSource(current).row()]
            self.station_chosen.emit(row.email, "" if forget else self.station_box.currentText().strip())

    def _show_station_choice(self, row: Person | None) -> None:
        codes = {f.code for f in row.findings} if row else set()
        chosen = any(code.startswith("provision.assigned") for code in codes)
        wanted = bool(row and row.zoom_status and (chosen or "provision.subscriber-missing" in codes))
        self.station_row.setVisible(wanted)
        if not wanted or row is None:
            return
        self.station_box.clear()
        self.station_box.addItems([*row.stations, *self._free_stations] if chosen else self._free_stations)
        self.station_box.setCurrentIndex(0 if chosen else -1)  # nothing picked for the engineer
        self.unassign_button.setVisible(chosen)

    def _show_details(self, current: QModelIndex) -> None:
        if not current.isValid():  # filtered away, or nothing chosen: never the findings of a row not shown
            self.details.setText(self.tr("Select a row to see everything that is wrong with it and how to fix it."))
            self._show_station_choice(None)
            return
        row = self.model.rows[self.proxy.mapToSource(current).row()]
        self._show_station_choice(row)
        lines = [f"<b>{escape(row.email)}</b> — {escape(_t(STATE_NAMES[row.state]))}"]
        lines += ["{}<br><span style='font-family:monospace'>→ {}</span>".format(*map(escape, finding_text(f)))
                  for f in row.findings]
        nothing = lines[0] + ": " + escape(self.tr("nothing missing."))
        self.details.setText("<br>".join(lines) if row.findings else nothing)

    def refresh_counts(self) -> None:
        self.table.viewport().update()
        self._count()

    def _count(self) -> None:
        rows = self.model.rows
        by_state = {state: sum(1 for r in rows if r.state is state) for state in RowState}
        self.counts.setText(self.tr("{people} people — {ready} ready, {waiting} waiting for activation, {blocked} "
                                    "need a fix first, {integrated} integrated. {chosen} chosen for this wave.").format(
            people=len(rows), ready=by_state[RowState.READY], waiting=by_state[RowState.WAITING],
            blocked=by_state[RowState.BLOCKED], integrated=by_state[RowState.INTEGRATED],
            chosen=len(self.model.selected())))

    def show_plan(self, wave: str, state: str, plan: WavePlan, op_states: dict[str, str],
                  details: dict[str, str] | None = None) -> None:
        """Groups per stage (and portal rounds); the changes under a group are made when it is opened: a wave of
        thousands of AMOs should not hold the window while rows nobody looks at are built."""
        self.plan_tree.clear()
        self._unbuilt.clear()
        self._built.clear()
        details = details or {}
        for system in System:
            changes = plan.of(system)
            if not changes:
                continue
            by = self.tr("by hand") if system in BY_HAND else self.tr("by the wizard")
            top = QTreeWidgetItem([f"{_t(SYSTEM_NAMES[system])} — {len(changes)}", by])
            self.plan_tree.addTopLevelItem(top)
            rounds = plan.rounds() if system is System.PSI else {}
            if rounds:
                for number, members in rounds.items():
                    self._lazy(QTreeWidgetItem(top, [self.tr("round {number} ({count} people)").format(
                        number=number, count=len(members)), ""]), members, op_states, details)
                top.setExpanded(True)
            else:
                self._lazy(top, changes, op_states, details)
                top.setExpanded(len(changes) <= 50)
        text = self.tr("Wave {wave}: {state}, {count} people.").format(wave=wave, state=_t(state),
                                                                         count=len(plan.people))
        if any(DIGEST_PLACEHOLDER in c.text for c in plan.of(System.OS4K)):
            text += " " + self.tr('IPPASSW="{placeholder}" stands for each station\'s own digest password: the wave '
                                  "fills it in when it sends the AMO, and it is never shown or kept in the "
                                  "report.").format(placeholder=DIGEST_PLACEHOLDER)
        self.wave_label.setText(text)
        for system, bar in self.bars.items():
            changes = plan.of(system)
            settled = sum(1 for c in changes if op_states.get(c.op_id) in ("done", "already", "failed", "waiting"))
            waiting = sum(1 for c in changes if op_states.get(c.op_id) == "waiting")
            failed = sum(1 for c in changes if op_states.get(c.op_id) == "failed")
            bar.show_progress(settled, len(changes), 0.0, None, failed, waiting)

    def _lazy(self, item: QTreeWidgetItem, changes: list[Change], op_states: dict[str, str],
              details: dict[str, str]) -> None:
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        self._unbuilt[id(item)] = [(c.op_id, self.change_text(c), op_states.get(c.op_id, "planned")) for c in changes]
        self._details = details

    def change_text(self, change: Change) -> str:
        """A change of the plan in the window's language, from its data (the plan keeps the English line the
        command line prints); an AMO is shown as it is sent."""
        data = change.data
        name = " ".join(filter(None, (data.get("first_name"), data.get("last_name")))) or data.get("name", "")
        kind = change.op_id.partition(":")[0]
        if kind == "zoom.user":
            return self.tr("invite {email} ({name}) to Zoom").format(email=data["email"], name=name)
        if kind == "zoom.active":
            return self.tr("{email} has activated the Zoom account").format(email=data["email"])
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
        if rows is not None:
            children = []
            for op_id, text, state in rows:
                child = QTreeWidgetItem([text, _t(state)])
                child.setToolTip(0, said_text(self._details.get(op_id, "")))
                self._built[op_id] = child
                children.append(child)
            item.addChildren(children)

    def show_change(self, op_id: str, state: str, detail: str) -> None:
        """A change's live state, on its row if its group is open (the others are built with it when opened)."""
        item = self._built.get(op_id)
        if item is not None:
            item.setText(1, _t(state))
            item.setToolTip(0, said_text(detail))

    def show_progress(self, progress: dict[System, Any]) -> None:
        for system, p in progress.items():
            self.bars[system].show_progress(p.settled, p.total, p.rate(), p.time_left(), p.failed, p.waiting)

    def ask_confirmation(self, kind: str, title: str, lines: Sequence[str], button: str) -> None:
        """Shows what an action will change and waits for the engineer's explicit confirmation."""
        self._confirming = kind
        self.confirmation.setTitle(title)
        self.confirmation_text.setText("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>")
        self.confirm_button.setText(button)
        self.confirmation.setVisible(True)

    def hide_confirmation(self) -> None:
        self._confirming = ""
        self.confirmation.setVisible(False)

    def show_undo(self, amos: Sequence[str], notes: Sequence[str]) -> None:
        self.plan_tree.clear()
        top = QTreeWidgetItem([self.tr("Undo: {count} AMOs, then the invitations still pending").format(
            count=len(amos)), ""])
        self.plan_tree.addTopLevelItem(top)
        for amo in amos:
            QTreeWidgetItem(top, [amo, ""])
        for note in notes:
            QTreeWidgetItem(top, [self.tr("note: {text}").format(text=note), ""])
        top.setExpanded(True)

    def show_rounds(self, rounds: Sequence[Any], assistant_ready: int) -> None:
        """The portal rounds (who to tick now, who later) and how many people the Assistant's file holds."""
        current = self.round_choice.currentData()
        self._rounds = list(rounds)
        self.round_choice.blockSignals(True)
        self.round_choice.clear()
        for r in self._rounds:
            self.round_choice.addItem(self.tr("{number}: {added} of {total} added").format(
                number=r.number, added=r.added, total=r.total), r.number)
        pick = next((i for i, r in enumerate(self._rounds) if r.number == current), None)
        if pick is None:
            pick = next((i for i, r in enumerate(self._rounds) if r.to_tick), 0)
        self.round_choice.setCurrentIndex(pick)
        self.round_choice.blockSignals(False)
        self._show_round()
        self.assistant_csv_button.setEnabled(assistant_ready > 0)
        self.assistant_done_button.setEnabled(assistant_ready > 0)
        self.assistant_status.setText(self.tr("{count} people are ready for the Assistant: save the file, import it "
                                              "(Zoom PSI > Data Operation > Import CSV), run Update all, then confirm.")
                                      .format(count=assistant_ready) if assistant_ready else
                                      self.tr("Nobody is ready for the Assistant yet: the portal rounds and the AMOs "
                                              "come first."))

    def _current_round(self) -> Any:
        number = self.round_choice.currentData()
        return next((r for r in self._rounds if r.number == number), None)

    def _show_round(self) -> None:
        chosen = self._current_round()
        if chosen is None:
            self.round_list.setPlainText("")
            self.round_status.setText(self.tr("This wave adds nobody in the portal."))
            self.round_done_button.setEnabled(False)
            return
        wanted = self.round_search.text().strip().lower()
        shown = [f"{email}\t{name}" for email, name in chosen.to_tick
                 if not wanted or wanted in email.lower() or wanted in name.lower()]
        self.round_list.setPlainText("\n".join(shown))
        parts = [self.tr("Tick these {count} in Add users.").format(count=len(chosen.to_tick))
                 if chosen.to_tick else self.tr("Nobody to tick in this round now.")]
        if chosen.not_active:
            parts.append(self.tr("Later, once active: {names}.").format(names=", ".join(chosen.not_active[:5])
                                                                        + (" …" if len(chosen.not_active) > 5 else "")))
        self.round_status.setText(" ".join(parts))
        self.round_done_button.setEnabled(bool(chosen.to_tick) and not self._busy)

    def _copy_round(self) -> None:
        chosen = self._current_round()
        emails = [email for email, _ in chosen.to_tick] if chosen else []
        QGuiApplication.clipboard().setText("\n".join(emails))
        self.set_message(self.tr("{count} emails copied: paste them into the portal's search one by one.").format(
            count=len(emails)))

    def _round_done(self) -> None:
        chosen = self._current_round()
        if chosen is not None:
            self.round_done_requested.emit(chosen.number)

    def show_findings(self, title: str, findings: Sequence[Any]) -> None:
        """Findings of a check (e.g. the comparison report) above the plan, one row each with its fix."""
        top = QTreeWidgetItem([title, ""])
        self.plan_tree.insertTopLevelItem(0, top)
        for finding in findings:
            message, fix = finding_text(finding)
            item = QTreeWidgetItem(top, [message, severity_text(finding.severity)])
            QTreeWidgetItem(item, [f"→ {fix}", ""])
        top.setExpanded(True)

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        restyle(self.message, error="true" if error else "false")

    def set_state(self, *, busy: bool, has_rows: bool, has_wave: bool, offline: bool) -> None:
        self._busy = busy
        self.read_button.setEnabled(not busy and not offline)
        self.read_button.setToolTip(self.tr("Offline checklist mode: use the files instead") if offline else "")
        self.plan_button.setEnabled(not busy and has_rows)
        self.run_button.setEnabled(not busy and has_wave and not offline)
        self.pause_button.setEnabled(busy)
        self.cancel_button.setEnabled(busy)
        self.verify_button.setEnabled(not busy and has_wave and not offline)
        self.undo_button.setEnabled(not busy and has_wave and not offline)
        self.export_button.setEnabled(has_wave)
        self.confirm_button.setEnabled(not busy and not offline)
        chosen = self._current_round()
        self.round_done_button.setEnabled(not busy and chosen is not None and bool(chosen.to_tick))

    def set_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def _copy_fixes(self) -> None:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        fixes = [finding_text(f)[1] for r in sorted(rows) for f in self.model.rows[r].findings
                 if f.severity.value != "info"]
        QGuiApplication.clipboard().setText("\n".join(fixes))
        self.set_message(self.tr("{count} fixes copied.").format(count=len(fixes)) if fixes
                         else self.tr("The selected rows need no fix."))
