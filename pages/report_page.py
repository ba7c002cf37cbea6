"""Where the installation stands: one row per chapter, and the state of the audit log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

COLUMNS = ("Chapter", "Done", "Failed", "Blocked", "Waived", "Open")


class ReportPage(QWidget):
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(12)
        title = QLabel("Report")
        title.setObjectName("ChapterTitle")
        layout.addWidget(title)
        self.headline = QLabel()
        self.headline.setObjectName("ChapterSummary")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName("Progress per chapter")
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table)
        self.open_label = QLabel()
        self.open_label.setObjectName("OpenFindings")
        self.open_label.setWordWrap(True)
        self.open_label.setTextFormat(Qt.TextFormat.RichText)
        self.open_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.open_label)
        self.audit_label = QLabel()
        self.audit_label.setWordWrap(True)
        self.audit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.audit_label)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.export_button = QPushButton("Export status as JSON…")
        self.export_button.clicked.connect(self.export_requested.emit)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_summary(self, summary: dict[str, Any]) -> None:
        chapters = [c for c in summary["chapters"] if c["total"]]
        self.table.setRowCount(len(chapters))
        total = done = failed = 0
        for row, chapter in enumerate(chapters):
            statuses = [s["status"] for s in chapter["steps"]]
            waived = statuses.count("waived")
            open_ = sum(s in ("not started", "running") for s in statuses)
            label = f"{chapter['title']} §{chapter['section']}" if chapter["section"] else chapter["title"]
            cells = (label, f"{chapter['done']} / {chapter['total']}", str(chapter["failed"]),
                     str(chapter["blocked"]), str(waived), str(open_))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
            total += chapter["total"]
            done += chapter["done"]
            failed += chapter["failed"]
        self.headline.setText(
            f"{summary['site'].get('customer', 'Customer not set')} — {summary['site'].get('site', 'site not set')}. "
            f"{done} of {total} steps done, {failed} failed. Mode: {summary['mode']}."
        )
        problems = [(s, c) for c in chapters for s in c["steps"] if s["status"] in ("failed", "blocked", "warning")]
        if problems:
            items = "".join(
                f"<li><b>{_esc(step['status'])}</b> — {_esc(step['title'])} (§{_esc(step['section'])})"
                + (f": {_esc(step['findings'][0]['message'])}" if step["findings"] else "")
                + (f" — blocked by {_esc(', '.join(step['blocked_by']))}" if step["blocked_by"] else "")
                + "</li>"
                for step, _chapter in problems[:12]
            )
            more = f"<p>… and {len(problems) - 12} more.</p>" if len(problems) > 12 else ""
            self.open_label.setText(f"<b>Needs attention</b><ul style='margin:2px'>{items}</ul>{more}")
        else:
            self.open_label.setText("<b>Nothing failed, blocked or warned so far.</b>")
        audit = summary["audit"]
        if audit["intact"]:
            self.audit_label.setText(f"Audit log intact: {audit['entries']} entries. Chain head: {audit['head']}")
        else:
            self.audit_label.setText("Audit log BROKEN: " + "; ".join(audit["problems"]))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
