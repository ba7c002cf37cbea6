"""The first page: start a project, open one, or the demo; and the recent projects."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pages.wording import error_line, said_text
from wizard.services.sites import ORDERS, SiteSummary, ordered


class WelcomePage(QWidget):
    def __init__(self, new_project: Callable[[], None], open_project: Callable[[], None],
                 open_demo: Callable[[], None], open_recent: Callable[[Path], object],
                 open_folder: Callable[[], None]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        title = QLabel(self.tr("PSI commissioning wizard"))
        title.setObjectName("ChapterTitle")
        intro = QLabel(self.tr("Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC, step by step "
                               "in the order of the solution guide. Start a project for the site, open one, or look "
                               "around in the demo."))
        intro.setWordWrap(True)
        intro.setObjectName("ChapterSummary")
        layout.addWidget(title)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, slot in ((self.tr("New project…"), new_project), (self.tr("Open project…"), open_project),
                           (self.tr("Sites in a folder…"), open_folder), (self.tr("Open the demo"), open_demo)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
            self.buttons.append(button)
        self.demo_button = self.buttons[-1]
        row.addStretch(1)
        layout.addLayout(row)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.itemActivated.connect(lambda item: open_recent(Path(item.data(Qt.ItemDataRole.UserRole))))
        layout.addSpacing(18)
        heading = QLabel(self.tr("Recent projects"))
        heading.setObjectName("StepTitle")
        self.heading = heading
        head = QHBoxLayout()
        head.addWidget(heading, 1)
        self.order = QComboBox()
        self.order.setAccessibleName(self.tr("Order of the sites"))
        for key, text in zip(ORDERS, (self.tr("Needing attention first"), self.tr("Last changed first"),
                                      self.tr("By customer"), self.tr("Least done first")), strict=True):
            self.order.addItem(text, key)
        self.order.currentIndexChanged.connect(lambda _i: self.show_summaries(self._summaries))
        head.addWidget(self.order)
        layout.addLayout(head)
        self._summaries: list[SiteSummary] = []
        self._asked = 0  # how many lists were asked for: only the last one asked for is shown
        self.no_recent = QLabel(self.tr("None yet. A project is one file per site (.psiproj), saved as you work."))
        self.no_recent.setObjectName("ChapterSummary")
        layout.addWidget(self.no_recent)
        self.recent.setMaximumHeight(260)
        layout.addWidget(self.recent)
        layout.addStretch(1)

    def expect_summaries(self, heading: str) -> Callable[[list[SiteSummary]], None]:
        """Names the list being read, and gives back what shows it once it is read. Reads run side by side and
        may end in any order: a list asked for earlier (the recent projects, read when the window opens or a
        project closes) that is read later must not take the place of the one asked for since."""
        self.heading.setText(heading)
        self._asked += 1
        asked = self._asked

        def show(summaries: list[SiteSummary]) -> None:
            if asked == self._asked:
                self.show_summaries(summaries)

        return show

    def show_recent(self, paths: list[str]) -> Callable[[list[SiteSummary]], None]:
        """The files at once; gives back what shows what is in them (show_summaries) once they are read."""
        show = self.expect_summaries(self.tr("Recent projects"))
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        return show

    def show_summaries(self, summaries: list[SiteSummary]) -> None:
        """What each project holds, the sites needing attention first (a failure, a drift found by a re-check,
        a certificate near its end, a file that cannot be read)."""
        self._summaries = list(summaries)
        self.recent.clear()
        for found in ordered(summaries, self.order.currentData()):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, str(found.path))
            self.recent.addItem(item)
            if found.unreadable:
                reason = error_line(found.problem) if found.problem else said_text(found.unreadable)
                text = self.tr("Cannot be read: {reason}").format(reason=reason)
            else:
                where = " — ".join(v for v in (found.customer, found.site) if v) or self.tr("Site not named yet")
                parts = [self.tr("{done} of {total} done").format(done=found.done, total=found.total)]
                if found.failed:
                    parts.append(self.tr("{count} failed").format(count=found.failed))
                if found.warnings:
                    parts.append(self.tr("{count} with warnings").format(count=found.warnings))
                if found.last_change:
                    parts.append(self.tr("changed {when}").format(when=found.last_change[:16].replace("T", " ")))
                if found.last_report:
                    parts.append(self.tr("report signed {day}").format(day=found.last_report[:10]))
                if found.last_recheck:
                    parts.append(self.tr("re-checked {day}: %n drift(s)", "", found.recheck_drifts or 0).format(
                        day=found.last_recheck[:10]))
                if found.certificate_days is not None:
                    parts.append(self.tr("SBC certificate: %n day(s) left", "", found.certificate_days))
                text = ("⚠ " if found.needs_attention else "") + f"{where}\n{' · '.join(parts)}"
            item.setText(f"{text}\n{found.path}")
        self.recent.setVisible(bool(summaries))
        self.no_recent.setVisible(not summaries)

    def set_demo_busy(self, busy: bool) -> None:
        self.demo_button.setEnabled(not busy)
        self.demo_button.setToolTip(self.tr("The demo is being prepared…") if busy else "")
