"""The window: QApplication on a qasync event loop, the main window shell, and the glue between
the pages (views) and the core (runbook engine, project file)."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

os.environ.setdefault("QT_API", "pyside6")  # qasync picks its binding from this

import qasync
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLibraryInfo,
    QLocale,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QTranslator,
    QUrl,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pages.amo_panel import AmoPanel
from pages.chapter_page import ChapterPage
from pages.connections_panel import ConnectionsPanel
from pages.preflight_panel import PreflightPanel
from pages.provisioning_controller import ProvisioningController
from pages.report_page import ReportPage
from pages.site_form import SiteForm
from pages.step_card import StepCard
from pages.wording import engine_text, finding_text, translate_with
from resources import resource_path
from wizard import version
from wizard.connectors.http import warm_tls
from wizard.errors import WizardError
from wizard.i18n import RUNBOOK_CONTEXT
from wizard.paths import data_dir, log_file
from wizard.runbook.checks import CheckRegistry, default_registry, value_to_store
from wizard.runbook.engine import EVIDENCE_REF, Engine, RunOutcome
from wizard.runbook.model import Runbook, load_runbook
from wizard.runbook.preflight import preflight_steps
from wizard.runbook.states import chapter_progress, effective_statuses
from wizard.runbook.summary import project_summary, record_applied, step_snapshots
from wizard.store.project import SUFFIX, Mode, ProjectFile, default_actor
from wizard.store.secrets import get_secret, set_secret

if TYPE_CHECKING:
    from wizard.connectors.os4k import SshAmoTransport
    from wizard.lab.run import RunningLab

log = logging.getLogger(__name__)

ORG, APP_NAME = "PSI Wizard", "psi-wizard"
MODE_TEXT = {Mode.LIVE: QT_TRANSLATE_NOOP("MainWindow", "Live"),
             Mode.OFFLINE: QT_TRANSLATE_NOOP("MainWindow", "Offline checklist"),
             Mode.DEMO: QT_TRANSLATE_NOOP("MainWindow", "Demo")}
# a waiver is neither a warning nor 'not started': a colour of its own (violet)
BADGE_COLOURS = {"done": "#2e7d32", "failed": "#c62828", "warning": "#ef8f00", "waived": "#7b1fa2",
                 "progress": "#1565c0", "empty": "#9e9e9e"}
MAX_RECENT = 8


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(28, 28)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(4, 4, 20, 20)
    painter.end()
    return QIcon(pixmap)


class WelcomePage(QWidget):
    def __init__(self, window: MainWindow) -> None:
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
        for text, slot in ((self.tr("New project…"), window.new_project_dialog),
                           (self.tr("Open project…"), window.open_project_dialog),
                           (self.tr("Open the demo"), window.open_demo)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.itemActivated.connect(lambda item: window.open_project(Path(item.text())))
        layout.addSpacing(18)
        heading = QLabel(self.tr("Recent projects"))
        heading.setObjectName("StepTitle")
        layout.addWidget(heading)
        self.no_recent = QLabel(self.tr("None yet. A project is one file per site (.psiproj), saved as you work."))
        self.no_recent.setObjectName("ChapterSummary")
        layout.addWidget(self.no_recent)
        self.recent.setMaximumHeight(260)
        layout.addWidget(self.recent)
        layout.addStretch(1)

    def show_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        self.recent.addItems(paths)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)


class MainWindow(QMainWindow):
    def __init__(self, runbook: Runbook | None = None, registry: CheckRegistry | None = None) -> None:
        super().__init__()
        # the system CA store loads in the background once the window is up, so the first connection does not
        # freeze the window
        QTimer.singleShot(1000, lambda: threading.Thread(target=warm_tls, name="warm-tls", daemon=True).start())
        # the signed report is built from the guide as written (English); everything the window shows
        # (pages, cards, the engine's snapshots) uses it in the window's language
        self.guide = runbook or load_runbook()
        self.runbook = self.guide.translated(translate_with(RUNBOOK_CONTEXT))
        self.registry = registry or default_registry()
        self.project: ProjectFile | None = None
        self.engine: Engine | None = None
        self.pages: dict[str, QWidget] = {}
        self.site_form: SiteForm | None = None
        self.preflight: PreflightPanel | None = None
        self.connections: ConnectionsPanel | None = None
        self.amo_panel: AmoPanel | None = None
        self._amo_sending = False  # an AMO batch is on its way: the batch's session is its only writer
        self.provisioning: ProvisioningController | None = None
        self.lab: RunningLab | None = None  # the demo's simulators, while the window is open
        self._tasks: set[asyncio.Future[object]] = set()
        self.new_project_mode = Mode.LIVE
        self.settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP_NAME)
        self.setWindowTitle("PSI commissioning wizard")
        self.resize(1240, 820)
        geometry = self.settings.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)  # where the engineer left it, on the screen it was on
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.outer = QStackedWidget()
        self.welcome = WelcomePage(self)
        self.outer.addWidget(self.welcome)

        workspace = QWidget()
        ws_layout = QVBoxLayout(workspace)
        ws_layout.setContentsMargins(0, 0, 0, 0)
        ws_layout.setSpacing(0)
        splitter = QSplitter()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setAccessibleName(self.tr("Chapters of the guide"))
        self.sidebar.setMinimumWidth(280)  # room for "9 von 17 erledigt · 2 fehlgeschlagen" too
        self.sidebar.currentRowChanged.connect(self._chapter_selected)
        self.stack = QStackedWidget()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 940])
        ws_layout.addWidget(splitter, 1)

        nav = QWidget()
        nav.setObjectName("NavBar")
        nav_layout = QHBoxLayout(nav)
        nav_layout.setContentsMargins(12, 8, 12, 8)
        self.back_button = QPushButton(self.tr("◀  Back"))
        self.back_button.setToolTip(self.tr("Previous chapter (Ctrl+PgUp)"))
        self.back_button.clicked.connect(lambda: self.go_relative(-1))
        self.next_button = QPushButton(self.tr("Next  ▶"))
        self.next_button.setToolTip(self.tr("Next chapter (Ctrl+PgDown)"))
        self.next_button.clicked.connect(lambda: self.go_relative(1))
        nav_layout.addWidget(self.back_button)
        nav_layout.addStretch(1)
        nav_layout.addWidget(self.next_button)
        ws_layout.addWidget(nav)
        self.outer.addWidget(workspace)
        self.setCentralWidget(self.outer)

        self.file_label = QLabel()
        self.mode_label = QLabel()
        self.mode_label.setObjectName("ModeLabel")
        self.running_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.running_label)
        self.statusBar().addPermanentWidget(self.mode_label)
        self._build_menus()
        self._show_welcome()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_action(file_menu, self.tr("&New project…"), self.new_project_dialog, QKeySequence.StandardKey.New)
        self._add_action(file_menu, self.tr("&Open project…"), self.open_project_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.save_as_action = self._add_action(file_menu, self.tr("Save &as…"), self.save_as_dialog,
                                               QKeySequence.StandardKey.SaveAs)
        self.close_action = self._add_action(file_menu, self.tr("&Close project"), self.close_project,
                                             QKeySequence.StandardKey.Close)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self._add_action(go_menu, self.tr("&Next chapter"), lambda: self.go_relative(1), QKeySequence("Ctrl+PgDown"))
        self._add_action(go_menu, self.tr("&Previous chapter"), lambda: self.go_relative(-1), QKeySequence("Ctrl+PgUp"))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_actions: dict[str, QAction] = {}
        theme_group = QActionGroup(self)
        current = str(self.settings.value("appearance/theme", "system"))
        for theme, label in zip(THEMES, (self.tr("Follow the &system"), self.tr("&Light"), self.tr("&Dark")),
                                strict=True):
            action = QAction(label, self, checkable=True, checked=theme == current)
            action.triggered.connect(lambda _checked=False, t=theme: self.set_theme(t))
            theme_group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[theme] = action
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_group = QActionGroup(self)
        chosen = str(self.settings.value("appearance/language", "system"))
        self.language_actions: dict[str, QAction] = {}
        for language, label in zip(LANGUAGES, (self.tr("Follow the &system"), "&English", "&Deutsch"), strict=True):
            action = QAction(label, self, checkable=True, checked=language == chosen)
            action.triggered.connect(lambda _checked=False, lang=language: self.set_language(lang))
            language_group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[language] = action
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self.set_theme(
            str(self.settings.value("appearance/theme", "system"))))

        mode_menu = self.menuBar().addMenu(self.tr("&Mode"))
        self.offline_action = QAction(self.tr("&Offline checklist"), self, checkable=True)
        self.offline_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.offline_action.setToolTip(self.tr("Nothing touches the network; steps that need a live system are "
                                               "confirmed by hand"))
        self.offline_action.toggled.connect(self.set_offline)
        mode_menu.addAction(self.offline_action)

        run_menu = self.menuBar().addMenu(self.tr("&Run"))
        self._add_action(run_menu, self.tr("Run all checks in this &chapter"), self.run_current_chapter,
                         QKeySequence("Ctrl+R"))
        self._add_action(run_menu, self.tr("&Cancel running checks"), self.cancel_all, QKeySequence("Ctrl+."))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_action(help_menu, self.tr("Open the &guide at this step"), self.open_guide_section,
                         QKeySequence(QKeySequence.StandardKey.HelpContents))
        self._add_action(help_menu, self.tr("Choose the guide &file…"), self.choose_guide_file)
        self._add_action(help_menu, self.tr("Open the &log file"), self.open_log_file)
        self._add_action(help_menu, self.tr("&About"), self.show_about)
        self._refresh_recent_menu()

    def set_language(self, language: str) -> None:
        self.settings.setValue("appearance/language", language)
        self.statusBar().showMessage(self.tr("The language changes at the next start of the wizard."))

    def set_theme(self, theme: str) -> None:
        self.settings.setValue("appearance/theme", theme)
        apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
        self.theme_actions[theme].setChecked(True)
        if self.provisioning is not None:
            self.provisioning.panel.refresh_counts()  # its tints follow the palette

    def _show_wave_status(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _add_action(self, menu: object, text: str, slot: Callable[[], object],
                    shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    # ------------------------------------------------------------------ projects
    def open_project(self, path: Path, *, force: bool = False) -> bool:
        try:
            project = ProjectFile.open(path, force=force)
        except WizardError as exc:
            self.show_problem(self.tr("Cannot open the project"), exc)
            return False
        self._attach(project)
        return True

    def new_project(self, path: Path, *, mode: Mode | None = None) -> bool:
        mode = mode or self.new_project_mode
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            project = ProjectFile.create(path, mode=mode)
        except WizardError as exc:
            self.show_problem(self.tr("Cannot create the project"), exc)
            return False
        self._attach(project)
        return True

    def _attach(self, project: ProjectFile) -> None:
        self.close_project()
        self.project = project
        self.engine = Engine(self.runbook, project, self.registry)
        self.engine.subscribe(self._on_outcome)
        self._remember_recent(project.path)
        self._build_pages()
        self.offline_action.blockSignals(True)
        self.offline_action.setChecked(project.mode == Mode.OFFLINE)
        self.offline_action.blockSignals(False)
        self.outer.setCurrentIndex(1)
        self._set_project_actions(True)
        self._refresh_status()
        self._restore_view()

    def close_project(self) -> None:
        if self.project is None:
            return
        self.flush_edits()
        if self.engine is not None:
            self.engine.cancel_all()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.site_form = None
        self.preflight = None
        self.connections = None
        self.amo_panel = None
        if self.provisioning is not None:
            self.provisioning.close()
        self.provisioning = None
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.blockSignals(False)
        self.project.close()
        self.project = None
        self.engine = None
        self._show_welcome()

    def _show_welcome(self) -> None:
        self.outer.setCurrentIndex(0)
        self.welcome.show_recent(self.recent_projects())
        self.file_label.setText(self.tr("No project open"))
        self.mode_label.setText("")
        self.running_label.setText("")
        self._set_project_actions(False)
        self.setWindowTitle("PSI commissioning wizard")

    def _set_project_actions(self, enabled: bool) -> None:
        for action in (self.save_as_action, self.close_action, self.offline_action):
            action.setEnabled(enabled)

    def _build_pages(self) -> None:
        """Fill the sidebar; the pages themselves are built when first shown (see page())."""
        for chapter in self.runbook.chapters:
            item = QListWidgetItem(chapter.label)
            item.setSizeHint(QSize(0, 54))
            self.sidebar.addItem(item)
        self._refresh_sidebar()

    def page(self, chapter_id: str) -> QWidget:
        """The chapter's page, built on first use: a whole runbook of cards at once slows the start."""
        if chapter_id in self.pages:
            return self.pages[chapter_id]
        assert self.project is not None and self.engine is not None
        chapter = self.runbook.chapter(chapter_id)
        if chapter.id == "report":
            page: QWidget = ReportPage()
            page.build_requested.connect(self.build_report_dialog)
            page.html_requested.connect(lambda: self._save_dialog("Export HTML", ".html", "HTML (*.html)",
                                                                  self.export_html))
            page.evidence_requested.connect(lambda: self._save_dialog("Export evidence", ".json", "JSON (*.json)",
                                                                      self.export_evidence))
            page.use_identity_requested.connect(self.use_identity_dialog)
            page.create_identity_requested.connect(self.create_identity)
            page.export_certificate_requested.connect(
                lambda: self._save_dialog("Export certificate", ".pem", "Certificate (*.pem)", self.export_certificate))
            page.show_identity(self._identity_text())
        else:
            top = None
            if chapter.id == "provisioning":
                self.amo_panel = AmoPanel()
                self.amo_panel.dry_run_requested.connect(lambda: self._spawn(self.amo_run(dry_run=True)))
                self.amo_panel.send_requested.connect(lambda: self._spawn(self.amo_run(dry_run=False)))
                self.amo_panel.parse_requested.connect(lambda: self._spawn(self.amo_parse()))
                self.amo_panel.set_state(busy=False, offline=self.project.mode == Mode.OFFLINE)
                self.provisioning = ProvisioningController(self.project, self._spawn, self)
                self.provisioning.status.connect(self._show_wave_status)
                self.provisioning.steps_changed.connect(self.refresh)  # the wave closes chapter 7's steps
                top = QWidget()
                column = QVBoxLayout(top)
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(self.provisioning.panel)
                column.addWidget(self.amo_panel)
            if chapter.id == "site":
                self.site_form = SiteForm(self.project.site())
                self.site_form.field_changed.connect(self._site_field_changed)
                probes = preflight_steps(self.runbook)
                self.preflight = PreflightPanel(step_snapshots(self.engine, probes))
                self.preflight.run_requested.connect(self.run_step)
                self.preflight.run_all_requested.connect(self.run_preflight)
                self.preflight.cancel_requested.connect(self.cancel_all)
                top = QWidget()
                column = QVBoxLayout(top)
                column.setContentsMargins(0, 0, 0, 0)
                self.connections = ConnectionsPanel(self.project.connections())
                self.connections.test_requested.connect(lambda system: self._spawn(self.test_connection(system)))
                column.addWidget(self.site_form)
                column.addWidget(self.connections)
                column.addWidget(self.preflight)
            snapshots = step_snapshots(self.engine, [s.id for s in chapter.steps])
            page = ChapterPage(chapter, snapshots, top)
            page.scrolled_to.connect(self._remember_scroll)
            page.run_all_requested.connect(self.run_chapter)
            for card in page.cards.values():
                self._wire_card(card)
        page.setObjectName(f"page_{chapter.id}")
        self.pages[chapter.id] = page
        self.stack.addWidget(page)
        return page

    def _wire_card(self, card: StepCard) -> None:
        # Bound methods, not lambdas: PySide6 6.12 corrupts a reference count at shutdown when many
        # lambda slots die with their deleted sender (a "none_dealloc" abort, exit code 134).
        card.run_requested.connect(self.run_step)
        card.cancel_requested.connect(self.cancel_step)
        card.confirm_requested.connect(self.confirm_step)
        card.waive_requested.connect(self.waive_step)
        card.reset_requested.connect(self.reset_step)
        card.attach_requested.connect(self.attach_files)
        card.input_changed.connect(self.set_step_input)
        card.file_chosen.connect(self.choose_step_file)
        card.applied_changed.connect(self.set_value_applied)

    # ------------------------------------------------------------------ navigation and view state
    def current_chapter_id(self) -> str:
        row = self.sidebar.currentRow()
        return self.runbook.chapters[row].id if row >= 0 else ""

    def go_to_chapter(self, chapter_id: str) -> None:
        ids = [c.id for c in self.runbook.chapters]
        if chapter_id in ids:
            self.sidebar.setCurrentRow(ids.index(chapter_id))

    def go_relative(self, delta: int) -> None:
        row = self.sidebar.currentRow() + delta
        if 0 <= row < self.sidebar.count():
            self.sidebar.setCurrentRow(row)

    def _chapter_selected(self, row: int) -> None:
        if row < 0 or self.project is None:
            return
        chapter = self.runbook.chapters[row]
        self.stack.setCurrentWidget(self.page(chapter.id))
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.sidebar.count() - 1)
        if isinstance(self.pages[chapter.id], ReportPage):
            self._refresh_report()
        self._save_ui_state("chapter", chapter.id)

    def _remember_scroll(self, chapter_id: str, step_id: str) -> None:
        self._save_ui_state(f"scroll:{chapter_id}", step_id)

    def _save_ui_state(self, key: str, value: str) -> None:
        if self.project is None:
            return
        try:
            self.project.set_ui_state(key, value)
        except WizardError as exc:  # the view position is a convenience: never interrupt the engineer for it
            log.warning("could not remember the view position: %s", exc)

    def _restore_view(self) -> None:
        assert self.project is not None
        state = self.project.ui_state()
        chapter_id = state.get("chapter", self.runbook.chapters[0].id)
        self.sidebar.setCurrentRow(-1)
        self.go_to_chapter(chapter_id)
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)
        target = state.get(f"scroll:{self.current_chapter_id()}")
        page = self.pages.get(self.current_chapter_id())
        if target and isinstance(page, ChapterPage):
            QTimer.singleShot(0, lambda: page.scroll_to(target))

    # ------------------------------------------------------------------ changes
    def _write(self, step_id: str | None, change: Callable[[ProjectFile], object]) -> bool:
        """Apply one change to the project; on failure say so where it happened and keep what was typed."""
        if self.project is None:
            return False
        try:
            change(self.project)
        except WizardError as exc:
            card = self._card(step_id) if step_id else None
            if card is not None:
                card.set_message(self.tr("Not saved: {reason}").format(reason=exc), error=True)
            else:
                self.show_problem(self.tr("The change was not saved"), exc)
            return False
        self.refresh()
        return True

    def _site_field_changed(self, key: str, value: str) -> None:
        self._write(None, lambda p: p.set_site_field(key, value))

    def confirm_step(self, step_id: str, note: str, files: list[tuple[str, bytes]]) -> None:
        if self._write(step_id, lambda p: p.confirm_step(step_id, note, files)):
            card = self._card(step_id)
            if card:
                card.close_editor()

    def waive_step(self, step_id: str, reason: str) -> None:
        if self._write(step_id, lambda p: p.waive_step(step_id, reason)):
            card = self._card(step_id)
            if card:
                card.close_editor()

    def reset_step(self, step_id: str) -> None:
        self._write(step_id, lambda p: p.reset_step(step_id))

    def attach_files(self, step_id: str, files: list[tuple[str, bytes]]) -> None:
        self._write(step_id, lambda p: [p.attach(step_id, name, data) for name, data in files])

    def set_step_input(self, step_id: str, key: str, value: str) -> None:
        stored = value_to_store(self.runbook.step(step_id), key, value)
        self._write(step_id, lambda p: p.set_step_input(step_id, key, stored))

    def set_value_applied(self, step_id: str, label: str, applied: bool) -> None:
        self._write(step_id, lambda p: record_applied(p, self.runbook.step(step_id), label, applied))

    def choose_step_file(self, step_id: str, key: str, path: str) -> None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            card = self._card(step_id)
            if card is not None:
                card.set_message(self.tr("Could not read {file}: {reason}. Check the file and try again.").format(
                    file=Path(path).name, reason=exc.strerror or exc), error=True)
            return

        def keep(project: ProjectFile) -> None:
            kept = project.keep_evidence(step_id, Path(path).name, data)
            project.set_step_input(step_id, key, f"{EVIDENCE_REF}{kept}")

        self._write(step_id, keep)

    def set_offline(self, offline: bool) -> None:
        if self.project is None:
            return
        self._write(None, lambda p: p.set_mode(Mode.OFFLINE if offline else p.online_mode))

    def flush_edits(self) -> None:
        """Save whatever is typed but not yet saved (the debounce timers may still be waiting)."""
        if self.site_form is not None:
            self.site_form.flush()
        for page in self.pages.values():
            if isinstance(page, ChapterPage):
                for card in page.cards.values():
                    card.flush()

    # ------------------------------------------------------------------ running checks
    def _spawn(self, coro: object) -> None:
        task = asyncio.ensure_future(coro)  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def run_step(self, step_id: str) -> None:
        if self.engine is not None:
            self.flush_edits()
            card = self._card(step_id)
            self._spawn(self.engine.run_step(step_id, card.secrets() if card else None))

    def run_chapter(self, chapter_id: str) -> None:
        if self.engine is None:
            return
        self.flush_edits()
        chapter = self.runbook.chapter(chapter_id)
        views, mode = self.engine.statuses(), self.project.mode if self.project else None
        runnable = [s.id for s in chapter.steps if self.engine.why_not_runnable(s, views, mode) is None]
        if runnable:
            self._spawn(self.engine.run_steps(runnable))

    async def test_connection(self, system: str) -> bool:
        from wizard.connectors.connection import secret_reference, test_project_connection
        from wizard.store.secrets import remember

        panel, project = self.connections, self.project
        if panel is None or project is None:
            return False
        if project.mode == Mode.OFFLINE:
            panel.show_result(system, "Offline checklist mode: no connections are made.", error=True)
            return False
        settings = {**project.connections().get(system, {}), **panel.values(system)}
        reference = secret_reference(project.project_id, system)
        typed = panel.secrets[system].text()
        kept_note = ""
        try:
            project.set_connection(system, settings)
            if typed:
                kept_note = "" if remember(reference, typed) \
                    else " " + self.tr("(secret kept for this session only: no keyring)")
        except WizardError as exc:
            panel.show_result(system, self.tr("Not saved: {reason}").format(reason=exc), error=True)
            return False
        panel.show_result(system, "Testing…", error=False)
        try:
            result = await test_project_connection(project, system, secret=typed or None)
        except WizardError as exc:
            panel.show_result(system, self.tr("Not tested: {reason}").format(reason=exc), error=True)
            return False
        self.refresh()  # the Site step's evidence, and the host key if one was trusted
        if result.findings:
            first = result.findings[0]
            panel.show_result(system, " ".join(finding_text(first)), error=True)
            return False
        found = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in result.evidence.items() if k != "system")
        panel.show_result(system, self.tr("Connected. {found}.").format(found=found) + kept_note, error=False)
        return True

    # ------------------------------------------------------------------ AMO batches
    def _amo_transport(self) -> SshAmoTransport:
        from wizard.connectors.connection import connection_port, secret_reference
        from wizard.connectors.os4k import SshAmoTransport
        from wizard.store.secrets import recall

        assert self.project is not None  # narrowed for the host-key callback below
        settings = self.project.connections().get("os4k", {})
        password = recall(secret_reference(self.project.project_id, "os4k"))
        if not settings.get("host") or not settings.get("user") or not password:
            raise WizardError("the OS4K connection is not set up",
                              "enter host, user and password under Connections on the Site page and test it")
        project = self.project
        return SshAmoTransport(settings["host"], connection_port(settings, "os4k", 22), settings["user"], password,
                               host_key=settings.get("host_key") or None,
                               on_first_host_key=lambda key: project.set_connection("os4k", {**settings,
                                                                                             "host_key": key}))

    @staticmethod
    def _result_lines(results: list) -> str:
        return "\n".join(f"{r.status:<10} {r.command}" + (f"\n           {'; '.join(r.messages)}" if r.messages else "")
                         for r in results)

    async def amo_run(self, *, dry_run: bool) -> bool:
        from wizard.connectors.os4k import AmoSession

        panel = self.amo_panel
        if panel is None or self.project is None:
            return False
        commands = panel.commands()
        if not commands:
            panel.show_results("The batch is empty.")
            return False
        self._amo_sending = True
        panel.set_state(busy=True, offline=False)
        try:
            transport = self._amo_transport()
            try:
                if dry_run:
                    shown = []
                    for command in commands:
                        if command.upper().startswith(("REG-", "DIS-")):
                            shown.append(f"{command}\n{await transport.send(command)}")
                        else:
                            shown.append(f"would send: {command}")
                    panel.show_results("\n".join(shown) + "\n\nDry run: nothing was changed.")
                    return True
                session = AmoSession(self.project, transport)
                results = await session.run_batch(panel.batch_name.text().strip() or "batch", commands)
            finally:
                await transport.close()
        except WizardError as exc:
            panel.show_results(f"Stopped: {exc}. What was sent before is in the journal; sending the same batch "
                               "name again resumes it.")
            return False
        finally:
            self._amo_sending = False
            panel.set_state(busy=False, offline=self.project.mode == Mode.OFFLINE if self.project else False)
        panel.show_results(self._result_lines(results))
        return not any(r.status == "error" for r in results)

    async def amo_parse(self) -> bool:
        from wizard.connectors.os4k import AmoSession, ManualAmoTransport

        panel = self.amo_panel
        if panel is None or self.project is None:
            return False
        try:
            session = AmoSession(self.project, ManualAmoTransport(panel.pasted.toPlainText()))
            results = await session.run_batch(f"{panel.batch_name.text().strip() or 'batch'}-pasted",
                                              panel.commands())
        except WizardError as exc:
            panel.show_results(f"Not read: {exc}.")
            return False
        panel.show_results(self._result_lines(results))
        return True

    def run_preflight(self) -> None:
        if self.engine is None:
            return
        self.flush_edits()
        steps = [self.runbook.step(sid) for sid in preflight_steps(self.runbook)]
        views, mode = self.engine.statuses(), self.project.mode if self.project else None
        runnable = [s.id for s in steps if self.engine.why_not_runnable(s, views, mode) is None]
        if runnable:
            self._spawn(self.engine.run_steps(runnable))

    def run_current_chapter(self) -> None:
        self.run_chapter(self.current_chapter_id())

    def cancel_step(self, step_id: str) -> None:
        if self.engine is not None:
            self.engine.cancel(step_id)

    def cancel_all(self) -> None:
        if self.engine is not None:
            self.engine.cancel_all()

    def _on_outcome(self, outcome: RunOutcome) -> None:
        self.refresh()
        if self.preflight is not None and outcome.status is None:
            self.preflight.set_message(outcome.step_id, engine_text(outcome.message))
        card = self._card(outcome.step_id)
        if card is not None:
            card.set_message(engine_text(outcome.message), error=outcome.status is None and bool(outcome.message))

    # ------------------------------------------------------------------ refreshing views
    def _card(self, step_id: str) -> StepCard | None:
        for page in self.pages.values():
            if isinstance(page, ChapterPage) and step_id in page.cards:
                return page.cards[step_id]
        return None

    def refresh(self) -> None:
        if self.project is None or self.engine is None:
            return
        built = [sid for page in self.pages.values() if isinstance(page, ChapterPage) for sid in page.cards]
        if self.preflight is not None:
            built += [sid for sid in self.preflight.pills if sid not in built]
        snapshots = step_snapshots(self.engine, built)
        if self.preflight is not None:
            self.preflight.update_snapshots({sid: snapshots[sid] for sid in self.preflight.pills})
        for page in self.pages.values():
            if isinstance(page, ChapterPage):
                page.update_snapshots({sid: snapshots[sid] for sid in page.cards})
        self._refresh_sidebar()
        self._refresh_status()
        if isinstance(self.stack.currentWidget(), ReportPage):
            self._refresh_report()

    def _refresh_sidebar(self) -> None:
        assert self.project is not None and self.engine is not None
        views = effective_statuses(self.runbook, {k: r.status for k, r in self.project.step_records().items()},
                                   self.engine.running)
        progress = chapter_progress(self.runbook, views)
        for row, chapter in enumerate(self.runbook.chapters):
            item = self.sidebar.item(row)
            p = progress[chapter.id]
            if not p.total:
                detail, colour = self.tr("overview"), "empty"
            else:
                parts = [self.tr("{done} of {total} done").format(done=p.done, total=p.total)]
                if p.warnings:
                    parts.append(self.tr("{count} warning(s)").format(count=p.warnings))
                if p.waived:
                    parts.append(self.tr("{count} waived").format(count=p.waived))
                if p.failed:
                    parts.append(self.tr("{count} failed").format(count=p.failed))
                if p.blocked:
                    parts.append(self.tr("{count} blocked").format(count=p.blocked))
                detail = " · ".join(parts)
                colour = ("failed" if p.failed or p.blocked else "done" if p.done == p.total
                          else "warning" if p.warnings else "waived" if p.waived else "progress" if p.done
                          else "empty")
            item.setText(f"{chapter.label}\n{detail}")
            item.setIcon(_dot(BADGE_COLOURS[colour]))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{chapter.label}: {detail}")

    def _refresh_status(self) -> None:
        if self.project is None or self.engine is None:
            return
        mode = self.project.mode
        if self.connections is not None:
            self.connections.set_offline(mode == Mode.OFFLINE)
        if self.amo_panel is not None:
            # busy belongs to the batch being sent: a refresh meanwhile never hands the Send button back
            self.amo_panel.set_state(busy=self._amo_sending, offline=mode == Mode.OFFLINE)
        if self.provisioning is not None:
            self.provisioning.refresh_mode()
        self.file_label.setText(self.tr("Project: {path}").format(path=self.project.path))
        self.mode_label.setText("  " + self.tr("Mode: {mode}").format(mode=self.tr(MODE_TEXT[mode])) + "  ")
        self.mode_label.setProperty("mode", mode.value)
        self.mode_label.style().unpolish(self.mode_label)
        self.mode_label.style().polish(self.mode_label)
        running = len(self.engine.running)
        self.running_label.setText((self.tr("Running {count} check(s)…").format(count=running) if running
                                    else self.tr("Idle")) + "  ")
        site = self.project.site()
        where = " — ".join(v for v in (site.get("customer"), site.get("site")) if v)
        self.setWindowTitle(f"{where + ' — ' if where else ''}{self.project.path.name} — PSI commissioning wizard")

    def _refresh_report(self) -> None:
        page = self.pages.get("report")
        if isinstance(page, ReportPage) and self.project is not None:
            page.show_summary(project_summary(self.runbook, self.project))

    # ------------------------------------------------------------------ dialogs and messages
    def show_problem(self, title: str, exc: WizardError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, exc.problem[:1].upper() + exc.problem[1:] + ".",
                          QMessageBox.StandardButton.Ok, self)
        if exc.fix:
            box.setInformativeText(exc.fix[:1].upper() + exc.fix[1:] + ".")
        box.setObjectName("ProblemBox")
        box.open()  # not exec(): a nested event loop would stall the checks running on the asyncio loop

    def new_project_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "New project", str(Path.home()), f"PSI project (*{SUFFIX})")
        if name:
            self.new_project(Path(name))

    def open_project_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open project", str(Path.home()),
                                              f"PSI project (*{SUFFIX});;All files (*)")
        if name:
            self.open_project(Path(name))

    def save_as_dialog(self) -> None:
        if self.project is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, "Save project as", str(self.project.path.parent),
                                              f"PSI project (*{SUFFIX})")
        if name:
            self.save_as(Path(name))

    def save_as(self, target: Path) -> bool:
        assert self.project is not None
        self.flush_edits()
        try:
            copy = self.project.save_as(target)
        except WizardError as exc:
            self.show_problem(self.tr("Cannot save a copy"), exc)
            return False
        self.project = None  # save_as closed the old file; switch the window to the copy
        self._attach(copy)
        return True

    # ------------------------------------------------------------------ the signed report
    def _report_page(self) -> ReportPage:
        page = self.page("report")
        assert isinstance(page, ReportPage)
        return page

    def _save_dialog(self, title: str, suffix: str, filter_: str, save: Callable[[Path], object]) -> None:
        if self.project is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, title, str(self.project.path.with_suffix(suffix)), filter_)
        if name:
            save(Path(name))

    def identity_path(self) -> Path | None:
        value = self.settings.value("identity/path", "")
        return Path(value) if value else None

    def _identity_text(self) -> str:
        path = self.identity_path()
        if path is None:
            return self.tr("None yet: use your company's PKCS#12 file, or create a personal identity.")
        return f"{path}" + ("" if path.exists() else "  (the file is missing)")

    def use_identity_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Signing identity", str(Path.home()),
                                              "PKCS#12 (*.p12 *.pfx);;All files (*)")
        if name:
            self.use_identity(Path(name))

    def use_identity(self, path: Path) -> None:
        self.settings.setValue("identity/path", str(path))
        self._report_page().show_identity(self._identity_text())

    def create_identity(self) -> bool:
        from wizard.report.identity import create_identity, write_identity

        page = self._report_page()
        passphrase = page.passphrase_edit.text()
        site = self.project.site() if self.project else {}
        name = site.get("engineer") or default_actor()
        try:
            if not passphrase:
                raise WizardError("a new identity needs a passphrase", "type one (8 characters or more) first")
            bundle, cert = create_identity(name, None, site.get("company") or None, passphrase.encode())
            folder = data_dir() / "identities"
            folder.mkdir(parents=True, exist_ok=True)
            stem = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-") or "engineer"
            target = folder / f"{stem}-{datetime.now():%Y%m%d-%H%M%S}.p12"
            write_identity(target, bundle)
            target.with_suffix(".pem").write_bytes(cert)
            if page.remember_box.isChecked():
                set_secret(f"identity:{target}", passphrase)
        except WizardError as exc:
            page.set_message(self.tr("No identity created: {reason}").format(reason=exc), error=True)
            return False
        self.use_identity(target)
        page.set_message(self.tr("Created a personal signing identity for {name}. Export the certificate so your "
                                 "company can vouch for it.").format(name=name))
        return True

    def export_certificate(self, target: Path) -> bool:
        path = self.identity_path()
        page = self._report_page()
        try:
            if path is None:
                raise WizardError("there is no signing identity yet", "use or create one first")
            cert = path.with_suffix(".pem")
            if cert.exists():
                target.write_bytes(cert.read_bytes())
            else:
                from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

                _, leaf, _ = pkcs12.load_key_and_certificates(path.read_bytes(), self._passphrase(path).encode())
                target.write_bytes(leaf.public_bytes(Encoding.PEM))
        except (WizardError, OSError, ValueError) as exc:
            page.set_message(self.tr("Certificate not exported: {reason}").format(reason=exc), error=True)
            return False
        page.set_message(self.tr("Certificate written to {file}.").format(file=target))
        return True

    def _passphrase(self, identity: Path) -> str:
        typed = self._report_page().passphrase_edit.text()
        if typed:
            return typed
        try:
            remembered = get_secret(f"identity:{identity}")
        except WizardError:
            remembered = None
        if not remembered:
            raise WizardError("the identity's passphrase is needed", "type it in the Passphrase field")
        return remembered

    def build_report_dialog(self) -> None:
        self._save_dialog("Build signed report", ".pdf", "PDF (*.pdf)",
                          lambda target: self._spawn(self.build_report(target)))

    async def build_report(self, target: Path) -> bool:
        from wizard.report.build import build_signed_report

        page = self._report_page()
        if self.project is None:
            return False
        self.flush_edits()
        identity = self.identity_path()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if identity is None:
                raise WizardError("there is no signing identity yet", "use your company's PKCS#12 file or create a "
                                  "personal identity first")
            try:
                bundle = identity.read_bytes()
            except OSError as exc:
                raise WizardError(f"cannot read {identity}: {exc.strerror or exc}", "choose the identity again") \
                    from exc
            passphrase = self._passphrase(identity)
            page.set_message(self.tr("Building and signing the report…"))
            built = await build_signed_report(self.guide, self.project, target, identity=bundle,
                                              passphrase=passphrase.encode(), identity_source=str(identity))
            if page.passphrase_edit.text() and page.remember_box.isChecked():
                try:
                    set_secret(f"identity:{identity}", passphrase)
                except WizardError as exc:
                    log.warning("passphrase not remembered: %s", exc)
        except WizardError as exc:
            page.set_message(self.tr("No report written: {reason}").format(reason=exc), error=True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        done = (self.tr("Signed report written to {file} ({pages} pages, signed by {signer}).") if built.timestamped
                else self.tr("Signed report written to {file} ({pages} pages, signed by {signer}, no timestamp)."))
        page.set_message(done.format(file=built.pdf, pages=built.pages, signer=built.signer))
        return True

    def _write_text(self, target: Path, content: bytes) -> bool:
        try:
            target.write_bytes(content)
        except OSError as exc:
            self._report_page().set_message(self.tr("Not written: {file}: {reason}").format(
                file=target, reason=exc.strerror or exc), error=True)
            return False
        self._report_page().set_message(self.tr("Written to {file}.").format(file=target))
        return True

    def export_html(self, target: Path) -> bool:
        from wizard.report.content import build_report_data, evidence_bytes, render_html, sha256_hex

        assert self.project is not None
        data = build_report_data(self.guide, self.project)
        return self._write_text(target, render_html(data, sha256_hex(evidence_bytes(data))).encode("utf-8"))

    def export_evidence(self, target: Path) -> bool:
        from wizard.report.content import build_report_data, evidence_bytes

        assert self.project is not None
        return self._write_text(target, evidence_bytes(build_report_data(self.guide, self.project)))

    def open_demo(self) -> None:
        self._spawn(self._open_demo())

    async def _open_demo(self) -> None:
        from wizard.demo import DEMO_LAB_FAULTS, commission_demo
        from wizard.lab.run import start_lab

        self.statusBar().showMessage(self.tr("Opening the demo: the lab starts, the probes run, one wave is "
                                             "provisioned…"))
        if self.lab is None:
            # the simulators live in the window's own event loop while it is open; stopped when it closes
            self.lab = await start_lab(faults=DEMO_LAB_FAULTS)
        project = await commission_demo(self.lab.endpoints)
        path = project.path
        project.close()
        self.statusBar().clearMessage()
        self.open_project(path)

    def open_log_file(self) -> None:
        path = log_file()
        opened = path.exists() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        text = self.tr("Log file: {path} — attach it to a support request; it never holds passwords or tokens.")
        if not opened:
            text += " " + self.tr("(No program here opens it: copy the path.)")
        self.statusBar().showMessage(text.format(path=path))

    def about_text(self) -> str:
        from PySide6 import __version__ as pyside_version

        from wizard.runbook.guide import library_versions

        libraries = "\n".join(f"  {name} {v}" for name, v in library_versions().items())
        return (f"PSI commissioning wizard {version()}\nQt {qVersion()}, Qt for Python {pyside_version}\n"
                f"Python {sys.version.split()[0]}\n\nLibraries:\n{libraries}\n\nLog file: {log_file()}")

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"), self.about_text(),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to paste into a ticket
        box.open()

    # ------------------------------------------------------------------ the guide
    def current_section(self) -> str:
        chapter_id = self.current_chapter_id()
        if not chapter_id:
            return ""
        page = self.pages.get(chapter_id)
        step_id = page.first_visible_step() if isinstance(page, ChapterPage) else ""
        if step_id:
            return self.runbook.step(step_id).section
        return self.runbook.chapter(chapter_id).section

    def guide_path(self) -> Path | None:
        value = self.settings.value("guide/path", "") or os.environ.get("PSI_GUIDE", "")
        return Path(value) if value and Path(value).is_file() else None

    def choose_guide_file(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, "The solution guide (Markdown)", str(Path.home()),
                                              "Markdown (*.md *.markdown);;All files (*)")
        if name:
            self.settings.setValue("guide/path", name)
        return bool(name)

    def open_guide_section(self) -> None:
        path = self.guide_path()
        if path is None:
            self.statusBar().showMessage(self.tr("Choose your copy of the solution guide first (Help > Choose the "
                                                 "guide file…); the wizard does not ship it."))
            if not self.choose_guide_file() or (path := self.guide_path()) is None:
                return
        self.show_guide(path, self.current_section())

    def show_guide(self, path: Path, section: str) -> QDialog | None:
        """The guide's section in a window of its own, beside the step it belongs to."""
        from wizard.runbook.guide import guide_section

        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Cannot read the guide {file} ({reason}); choose it again.").format(
                file=path, reason=exc.strerror))
            return None
        found = guide_section(text, section) if section else None
        dialog = QDialog(self)
        dialog.setObjectName("GuideDialog")
        dialog.setWindowTitle(f"Guide — {found[0]}" if found else f"Guide — {path.name}")
        dialog.resize(820, 640)
        browser = QTextBrowser(dialog)
        browser.setAccessibleName("Solution guide")
        browser.setMarkdown(found[1] if found else text)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        dialog.show()
        return dialog

    # ------------------------------------------------------------------ recent projects
    def recent_projects(self) -> list[str]:
        value = self.settings.value("recent", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if Path(p).exists()]

    def _remember_recent(self, path: Path) -> None:
        resolved = str(path.resolve())
        recent = [resolved, *(p for p in self.recent_projects() if p != resolved)][:MAX_RECENT]
        self.settings.setValue("recent", recent)
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_projects():
            self._add_action(self.recent_menu, path, lambda p=path: self.open_project(Path(p)))
        self.recent_menu.setEnabled(bool(self.recent_projects()))

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.close_project()
        for task in list(self._tasks):
            task.cancel()
        event.accept()


def _install_excepthook(window_getter: Callable[[], QWidget | None]) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        window = window_getter()
        if window is not None:
            QMessageBox(QMessageBox.Icon.Critical, "Something went wrong",
                        "The wizard hit an internal error. Everything saved so far is safe in the project file.\n"
                        f"Please send the log file to support:\n{log_file()}", QMessageBox.StandardButton.Ok,
                        window).open()

    sys.excepthook = hook


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "de")
_TRANSLATED: set[str] = set()
# The stylesheet is written for light; in dark, its neutral colours become these. Status colours stay: they
# carry white text and read the same on both.
DARK_COLOURS = {"#f6f7f9": "#1d2126", "#ffffff": "#262b31", "#eef1f5": "#2b3038", "#d5dbe3": "#3b424c",
                "#e1e6ed": "#353c45", "#f3f6fa": "#22272d", "#1b2733": "#e6ebf0", "#44515e": "#b4bec8",
                "#33404d": "#c8d1da", "#0d2a52": "#9cc4ff", "#d4e3fa": "#1f3b63", "#fffbe6": "#3a3420",
                "#f0d98c": "#6b5a20", "#5e6b78": "#8a96a3", "#8a1c1c": "#ff8a80", "#b71c1c": "#ff6e6e"}


def install_translators(app: QApplication, language: str) -> str:
    """German or English, as chosen or as the system is; Qt's own dialogs follow. Returns the language used."""
    from wizard.i18n import translation_file

    wanted = QLocale.system().name().split("_")[0] if language == "system" else language
    if wanted == "en" or wanted in _TRANSLATED:
        return wanted
    ours = translation_file(wanted)
    if ours is None:
        return "en"  # no such translation: the window stays English
    for path in (ours, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{wanted}.qm"):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
    _TRANSLATED.add(wanted)  # one application, one set of translators, however often it is set up
    return wanted


def dark_wanted(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> bool:
    """Light or dark, as chosen or as the system is; returns whether it is dark."""
    dark = dark_wanted(theme)
    sheet = resource_path("style.qss").read_text(encoding="utf-8")
    palette = QPalette()  # Fusion's own light palette
    if dark:
        for light, colour in DARK_COLOURS.items():
            sheet = sheet.replace(light, colour)
        for role, colour in ((QPalette.ColorRole.Window, "#1d2126"), (QPalette.ColorRole.WindowText, "#e6ebf0"),
                             (QPalette.ColorRole.Base, "#262b31"), (QPalette.ColorRole.AlternateBase, "#2b3038"),
                             (QPalette.ColorRole.Text, "#e6ebf0"), (QPalette.ColorRole.Button, "#2b3038"),
                             (QPalette.ColorRole.ButtonText, "#e6ebf0"), (QPalette.ColorRole.ToolTipBase, "#2b3038"),
                             (QPalette.ColorRole.ToolTipText, "#e6ebf0"), (QPalette.ColorRole.PlaceholderText,
                                                                          "#8a96a3"),
                             (QPalette.ColorRole.Highlight, "#1f5fbf"), (QPalette.ColorRole.HighlightedText,
                                                                        "#ffffff"),
                             (QPalette.ColorRole.Link, "#9cc4ff")):
            palette.setColor(role, QColor(colour))
    else:
        palette = app.style().standardPalette()
    app.setPalette(palette)
    app.setStyleSheet(sheet)
    return dark


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(version())
    app.setStyle("Fusion")
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP_NAME)
    apply_theme(app, str(settings.value("appearance/theme", "system")))
    install_translators(app, str(settings.value("appearance/language", "system")))
    icon = QIcon()
    for size in ICON_SIZES:  # each size drawn for its size: sharp in a task bar and on a HiDPI title bar
        icon.addFile(str(resource_path(f"icons/psi-wizard-{size}.png")), QSize(size, size))
    app.setWindowIcon(icon)
    return app  # type: ignore[return-value]


def run_gui(project_path: Path | None = None, *, demo: bool = False, offline: bool = False,
            on_shown: Callable[[MainWindow], None] | None = None, self_test: bool = False) -> int:
    app = create_application()
    window: MainWindow | None = None
    failed = False
    _install_excepthook(lambda: window)

    async def main() -> None:
        nonlocal window
        window = MainWindow()
        closed = asyncio.Event()
        # The app must not stop the event loop by itself when the window closes: main() still has to stop
        # the lab and finish its tasks, then the loop ends because main() returns.
        app.setQuitOnLastWindowClosed(False)
        app.lastWindowClosed.connect(closed.set)
        app.aboutToQuit.connect(closed.set)
        if demo:
            await window._open_demo()
        elif project_path is not None:
            window.open_project(project_path)
        if offline:
            window.new_project_mode = Mode.OFFLINE
            if window.project is not None:
                window.offline_action.setChecked(True)
        window.show()
        if on_shown is not None:
            QTimer.singleShot(0, lambda: on_shown(window))
        if self_test:
            QTimer.singleShot(0, lambda: walk_and_close(window))
        await closed.wait()
        if window.lab is not None:
            await window.lab.stop()

    def walk_and_close(shown: MainWindow) -> None:
        nonlocal failed
        if shown.project is None:
            print("self-test: no project is open (give a project file or --demo)", file=sys.stderr)
            failed = True
        else:
            for chapter in shown.runbook.chapters:
                shown.go_to_chapter(chapter.id)
                QApplication.processEvents()
            print(f"self-test passed: {shown.project.path.name} open, {len(shown.runbook.chapters)} chapters shown, "
                  f"Qt {qVersion()}", flush=True)
        shown.close()

    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main())
    return 1 if failed else 0
