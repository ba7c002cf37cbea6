"""The main window: the shell (menus, sidebar, navigation, status bar) and the project's lifecycle. Each chapter's
page is its step cards plus the panel the runbook names for it (wizard.app.chapters); what the cards and panels
ask for runs as services on the op runner."""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, qVersion
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
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pages.dialogs import choose_file, choose_folder
from pages.styling import restyle
from pages.wording import error_line, error_text, finding_text, mode_text, said_text, translate_with
from wizard import version
from wizard.app.chapters import PANELS, ChapterContext, ChapterPanel
from wizard.app.ops import WAVE, OpRunner
from wizard.app.preferences import GEOMETRY, GUIDE, LANGUAGE, MAX_RECENT, RECENT, THEME, Preferences
from wizard.app.theme import THEMES, apply_theme
from wizard.app.translators import LANGUAGES, install_translators, installed
from wizard.app.welcome import WelcomePage
from wizard.errors import WizardError, sentence
from wizard.i18n import RUNBOOK_CONTEXT
from wizard.paths import log_file
from wizard.services.guide import existing, read_guide_section
from wizard.store.errors import ProjectLocked
from wizard.store.modes import SUFFIX, Mode

if TYPE_CHECKING:
    from pages.chapter_page import ChapterPage
    from pages.step_card import StepCard
    from wizard.app.steps import StepActions
    from wizard.lab.run import RunningLab
    from wizard.runbook.checks import CheckRegistry
    from wizard.runbook.engine import Engine, RunOutcome
    from wizard.runbook.model import Runbook
    from wizard.runbook.states import StepView
    from wizard.runbook.summary import StepSnapshot
    from wizard.services.recheck import Drift
    from wizard.services.recheck_report import Rechecked
    from wizard.services.report import Settled
    from wizard.services.sites import SiteSummary
    from wizard.store.lock import LockHolder
    from wizard.store.project import ProjectFile

log = logging.getLogger(__name__)

# a waiver is neither a warning nor 'not started': a colour of its own (violet)
BADGE_COLOURS = {"done": "#2e7d32", "failed": "#c62828", "warning": "#ef8f00", "waived": "#7b1fa2",
                 "progress": "#1565c0", "empty": "#9e9e9e"}
DEMO = "demo"  # op key: one demo being prepared at a time
RECHECK = "recheck"  # op key: the open project re-checked against a signed baseline
# Within a 1280×720 screen with its title bar (and a panel at the screen's edge): every page fits this size, so the
# status bar and the navigation are on the screen on the smallest laptop the guide's engineers carry.
DEFAULT_SIZE = QSize(1240, 680)
RUNNING_WIDTH = 480  # the status bar's "what runs now" is elided to this (its tooltip has it all)
# What later reads settled is asked again at most this often (ms): it reads the audit log and the waves, about 0.2 s
# at 10,000 audit entries, and a chapter's Run all refreshes the window once per check
SETTLE_MS = 300


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


class MainWindow(QMainWindow):
    def __init__(self, runbook: Runbook | None = None, registry: CheckRegistry | None = None) -> None:
        super().__init__()
        from wizard.services.connection import warm_up

        # the system CA store loads in the background once the window is up, so the first connection does not
        # freeze the window
        QTimer.singleShot(1000, lambda: threading.Thread(target=warm_up, name="warm-tls", daemon=True).start())
        self._guide = runbook  # read when first needed: the welcome page shows none of it
        self._runbook: Runbook | None = None
        self._registry = registry  # the checks load with the first project (start-up is the welcome page's)
        self.preferences = Preferences()
        self.ops = OpRunner(self)
        self.ops.problem.connect(self.show_problem)
        self.ops.changed.connect(self._refresh_running)
        self.project: ProjectFile | None = None
        self.engine: Engine | None = None
        self.steps: StepActions | None = None
        self.pages: dict[str, QWidget] = {}
        self.card_pages: dict[str, ChapterPage] = {}  # the pages made of step cards (not the report)
        self.panels: dict[str, ChapterPanel] = {}
        self._settled: dict[str, Settled] = {}  # the steps a later read settled, as last read
        self._settling = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settling.timeout.connect(self._settle_again)
        self.lab: RunningLab | None = None  # the demo's simulators, while the window is open
        self.closing_question: QMessageBox | None = None  # asked when the window is closed while a wave runs
        self.new_project_mode = Mode.LIVE
        self.setWindowTitle(self.tr("PSI commissioning wizard"))
        self.resize(DEFAULT_SIZE)
        geometry = self.preferences.get(GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)  # where the engineer left it, on the screen it was on
        # Qt sends a LanguageChange to every widget for each catalogue swapped: the window says everything again
        # once, after the last of them
        self._retranslating = QTimer(self, singleShot=True, interval=0)
        self._retranslating.timeout.connect(self.retranslate)
        self._said_with = installed()  # the catalogues the window's words were last said in
        self._build()
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: self.set_theme(self.preferences.get(THEME)))

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.outer = QStackedWidget()
        self.welcome = self._welcome_page()
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
        # a deep path is cut at the right, never the window widened to it
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("ModeLabel")
        self.running_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.running_label)
        self.statusBar().addPermanentWidget(self.mode_label)
        self._build_menus()
        self._show_welcome()

    def _welcome_page(self) -> WelcomePage:
        return WelcomePage(self.new_project_dialog, self.open_project_dialog, self.start_demo, self.open_project,
                           self.sites_dialog)

    def _build_menus(self) -> None:
        """The menus, made once: another language retitles them (see _name_menus) instead of making them again, so
        whatever holds a menu or an action (an op started while the pages are made again, a shortcut) keeps a whole
        one. Each text is a function, said again in the language installed then."""
        self._titles: list[tuple[Callable[[str], None], Callable[[], str]]] = []
        file_menu = self._menu(self.menuBar(), lambda: self.tr("&File"))
        self.new_action = self._add_action(file_menu, lambda: self.tr("&New project…"), self.new_project_dialog,
                                           QKeySequence.StandardKey.New)
        self.open_action = self._add_action(file_menu, lambda: self.tr("&Open project…"), self.open_project_dialog,
                                            QKeySequence.StandardKey.Open)
        self.recent_menu = self._menu(file_menu, lambda: self.tr("Open &recent"))
        self.save_as_action = self._add_action(file_menu, lambda: self.tr("Save &as…"), self.save_as_dialog,
                                               QKeySequence.StandardKey.SaveAs)
        self.recheck_action = self._add_action(file_menu, lambda: self.tr("Re-check &site…"), self.recheck_dialog)
        self.close_action = self._add_action(file_menu, lambda: self.tr("&Close project"), self.close_project,
                                             QKeySequence.StandardKey.Close)
        file_menu.addSeparator()
        self._add_action(file_menu, lambda: self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        go_menu = self._menu(self.menuBar(), lambda: self.tr("&Go"))
        self._add_action(go_menu, lambda: self.tr("&Next chapter"), lambda: self.go_relative(1),
                         QKeySequence("Ctrl+PgDown"))
        self._add_action(go_menu, lambda: self.tr("&Previous chapter"), lambda: self.go_relative(-1),
                         QKeySequence("Ctrl+PgUp"))
        go_menu.addSeparator()
        self._add_action(go_menu, lambda: self.tr("Next p&roblem"), self.go_to_problem, QKeySequence("F8"))
        self._add_action(go_menu, lambda: self.tr("Previous pro&blem"), lambda: self.go_to_problem(backwards=True),
                         QKeySequence("Shift+F8"))

        view_menu = self._menu(self.menuBar(), lambda: self.tr("&View"))
        theme_menu = self._menu(view_menu, lambda: self.tr("&Theme"))
        self.theme_actions: dict[str, QAction] = {}
        theme_group = QActionGroup(self)
        current = self.preferences.get(THEME)
        for theme, label in zip(THEMES, (lambda: self.tr("Follow the &system"), lambda: self.tr("&Light"),
                                         lambda: self.tr("&Dark")), strict=True):
            action = self._add_action(theme_menu, label, partial(self.set_theme, theme))
            action.setCheckable(True)
            action.setChecked(theme == current)
            theme_group.addAction(action)
            self.theme_actions[theme] = action
        language_menu = self._menu(view_menu, lambda: self.tr("&Language"))
        language_group = QActionGroup(self)
        chosen = self.preferences.get(LANGUAGE)
        self.language_actions: dict[str, QAction] = {}
        # each language by its own name, in no other
        for language, label in zip(LANGUAGES, (lambda: self.tr("Follow the &system"), lambda: "&English",
                                               lambda: "&Deutsch"), strict=True):
            action = self._add_action(language_menu, label, partial(self.set_language, language))
            action.setCheckable(True)
            action.setChecked(language == chosen)
            language_group.addAction(action)
            self.language_actions[language] = action

        mode_menu = self._menu(self.menuBar(), lambda: self.tr("&Mode"))
        self.offline_action = QAction(self, checkable=True)
        self._titles.append((self.offline_action.setText, lambda: self.tr("&Offline checklist")))
        self.offline_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self._titles.append((self.offline_action.setToolTip, lambda: self.tr(
            "Nothing touches the network; steps that need a live system are confirmed by hand")))
        self.offline_action.toggled.connect(self.set_offline)
        mode_menu.addAction(self.offline_action)

        run_menu = self._menu(self.menuBar(), lambda: self.tr("&Run"))
        self._add_action(run_menu, lambda: self.tr("Run all checks in this &chapter"), self.run_current_chapter,
                         QKeySequence("Ctrl+R"))
        self._add_action(run_menu, lambda: self.tr("&Cancel running checks"), self.cancel_all,
                         QKeySequence("Ctrl+."))

        help_menu = self._menu(self.menuBar(), lambda: self.tr("&Help"))
        self._add_action(help_menu, lambda: self.tr("Open the &guide at this step"), self.open_guide_section,
                         QKeySequence(QKeySequence.StandardKey.HelpContents))
        self._add_action(help_menu, lambda: self.tr("Choose the guide &file…"), self.choose_guide_file)
        self._add_action(help_menu, lambda: self.tr("Open the &log file"), self.open_log_file)
        self._add_action(help_menu, lambda: self.tr("&About"), self.show_about)
        self._name_menus()
        self._refresh_recent_menu()

    def _menu(self, parent: QMenuBar | QMenu, title: Callable[[], str]) -> QMenu:
        menu = QMenu(parent)
        parent.addMenu(menu)
        self._titles.append((menu.setTitle, title))
        return menu

    def _name_menus(self) -> None:
        """Every menu and action says its words in the language installed now; the objects stay."""
        for say, text in self._titles:
            say(text())

    def set_language(self, language: str) -> str:
        """The window switches in place: the lab, the project, the page in view and the secrets typed this session
        stay. Returns the language now shown."""
        if self.ops.busy(WAVE):  # its page would be made again under it: the menu is held meanwhile
            return ""
        self.preferences.set(LANGUAGE, language)
        app = QApplication.instance()
        shown = install_translators(app, language) if isinstance(app, QApplication) else "en"
        self.retranslate()  # now, not when the LanguageChange events arrive: whoever switched sees it at once
        return shown

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslating.start()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window again, in the language installed now. The pages build their texts in code, so
        the window builds them again (one path for every page, whatever it shows): what was typed is saved first,
        the secrets typed this session (held by the widgets only) are handed to the new ones, and the same page
        comes back at the same step."""
        self._retranslating.stop()
        if installed() == self._said_with:  # Qt's LanguageChange events after set_language said it all already
            return
        self._said_with = installed()
        self._name_menus()
        self.setWindowTitle(self.tr("PSI commissioning wizard"))
        self.sidebar.setAccessibleName(self.tr("Chapters of the guide"))
        self.back_button.setText(self.tr("◀  Back"))
        self.back_button.setToolTip(self.tr("Previous chapter (Ctrl+PgUp)"))
        self.next_button.setText(self.tr("Next  ▶"))
        self.next_button.setToolTip(self.tr("Next chapter (Ctrl+PgDown)"))
        old, self.welcome = self.welcome, self._welcome_page()
        self.outer.insertWidget(0, self.welcome)
        self.outer.removeWidget(old)
        old.deleteLater()
        self.statusBar().clearMessage()  # said in the language before
        if self.project is None:
            self._show_welcome()
            return
        self._set_project_actions(True)
        self.offline_action.setChecked(self.project.mode == Mode.OFFLINE)
        self._rebuild_pages()

    def _rebuild_pages(self) -> None:
        assert self.engine is not None and self.steps is not None
        chapter_id = self.current_chapter_id()
        page = self.card_pages.get(chapter_id)
        step_in_view = page.first_visible_step() if page is not None else ""
        self.flush_edits()
        typed = {(cid, sid): card.secrets() for cid, p in self.card_pages.items() for sid, card in p.cards.items()}
        # a result outdated by what was typed since stays outdated: the new card would judge it by what it finds typed
        outdated = {(cid, sid): card.judgement() for cid, p in self.card_pages.items() for sid, card in p.cards.items()
                    if card.stale()}
        held = {cid: panel.session() for cid, panel in self.panels.items()}
        self._drop_pages()
        self._runbook = None  # the guide's wording in the new language
        self.engine.runbook = self.steps.runbook = self.runbook
        self._build_pages()
        self._refresh_status()
        self.go_to_chapter(chapter_id)
        for cid, kept in held.items():
            if any(kept.values()):
                self.panel(cid).resume(kept)
        for (cid, sid), secrets in typed.items():
            if secrets:
                self.page(cid)
                card = self._card(sid)
                if card is not None:
                    card.put_secrets(secrets)
        for (cid, sid), judgement in outdated.items():
            self.page(cid)
            card = self._card(sid)
            if card is not None:
                card.put_judgement(judgement)
        page = self.card_pages.get(chapter_id)
        if step_in_view and page is not None:
            QTimer.singleShot(0, lambda: page.scroll_to(step_in_view))

    def set_theme(self, theme: str) -> None:
        self.preferences.set(THEME, theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # always, with a window shown; Qt's instance() is typed as the core's
            apply_theme(app, theme)
        self.theme_actions[theme].setChecked(True)
        for panel in self.panels.values():
            panel.restyle()
        self.refresh()  # the cards draw some words in the theme's colours (a superseded finding, muted)

    def show_status(self, text: str) -> None:
        """A panel's word on the work it runs now (the wave's stage): it belongs to the ops running now and goes
        when they end, so the status bar cannot keep it once the work stopped; said while nothing runs, it is
        dropped."""
        for key in self.ops.doing():
            self.ops.say(key, text)

    def _add_action(self, menu: QMenu, text: Callable[[], str], slot: Callable[[], object],
                    shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(menu)
        self._titles.append((action.setText, text))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # ------------------------------------------------------------------ projects
    def open_project(self, path: Path, *, force: bool = False) -> bool:
        """`force` is the lock dialog's 'Open anyway': the core takes over a holder that cannot be running, and keeps
        the takeover in the audit log."""
        from wizard.store.project import ProjectFile  # SQLite loads with the first project

        try:
            project = ProjectFile.open(path, force=force)
        except ProjectLocked as exc:
            if exc.holder is None:  # SQLite found the file busy in another program: nobody to name or take over
                self.show_problem(self.tr("Cannot open the project"), exc)
            else:
                self.show_lock(path, exc, exc.holder)
            return False
        except WizardError as exc:
            self.show_problem(self.tr("Cannot open the project"), exc)
            return False
        self._attach(project)
        return True

    def show_lock(self, path: Path, exc: ProjectLocked, holder: LockHolder) -> QMessageBox:
        """Who holds the project and whether that process still runs, in the core's worded sentence (said in the
        window's language); 'Open anyway' only where the holder cannot be running (the core's one rule for the
        window and --force). The window has no read-only open, so a live holder gets only OK."""
        problem, fix = error_text(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The project is open in another wizard"),
                          sentence(problem), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("LockBox")
        box.setInformativeText(sentence(fix))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if holder.can_take_over:
            anyway = box.addButton(self.tr("Open anyway"), QMessageBox.ButtonRole.AcceptRole)
            anyway.setObjectName("OpenAnyway")
            anyway.clicked.connect(lambda: self.open_project(path, force=True))
            box.addButton(QMessageBox.StandardButton.Cancel)
        else:
            box.addButton(QMessageBox.StandardButton.Ok)
        box.open()  # not exec(): a nested event loop would stall the checks running on the asyncio loop
        return box

    def new_project(self, path: Path, *, mode: Mode | None = None) -> bool:
        from wizard.store.project import ProjectFile

        chosen = mode or self.new_project_mode
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self._attach_or_say(lambda: ProjectFile.create(path, mode=chosen), self.tr("Cannot create the project"))

    def _attach_or_say(self, make: Callable[[], ProjectFile], title: str) -> bool:
        try:
            project = make()
        except WizardError as exc:
            self.show_problem(title, exc)
            return False
        self._attach(project)
        return True

    @property
    def guide(self) -> Runbook:
        """The guide as written (English): the signed report is built from it."""
        if self._guide is None:
            from wizard.runbook.model import load_runbook

            self._guide = load_runbook()
        return self._guide

    @property
    def runbook(self) -> Runbook:
        """The guide in the window's language: what pages, cards and the engine's snapshots show."""
        if self._runbook is None:
            from pages.wording import translate_with
            from wizard.i18n import RUNBOOK_CONTEXT

            self._runbook = self.guide.translated(translate_with(RUNBOOK_CONTEXT))
        return self._runbook

    @property
    def registry(self) -> CheckRegistry:
        if self._registry is None:
            from wizard.runbook.checks import default_registry

            self._registry = default_registry()
        return self._registry

    def _attach(self, project: ProjectFile) -> None:
        from wizard.app.steps import StepActions
        from wizard.runbook.engine import Engine

        self.close_project()
        project.write_in_background()  # the loop never waits for the disk; changes are written in order
        self.project = project
        self.engine = Engine(self.runbook, project, self.registry)
        self.engine.subscribe(self._on_outcome)
        self.steps = StepActions(project, self.engine, self.runbook, self.ops, self._typed_secrets, self)
        self.steps.saved.connect(lambda _step: self.refresh())
        self.steps.not_saved.connect(self._not_saved)
        self.steps.editor_done.connect(self._close_editor)
        self.steps.said.connect(self._say_on_card)
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
        self.ops.cancel(RECHECK)  # it re-checks this project: neither it nor its words outlive it
        self._drop_pages()
        self.project.close()  # every change asked for is written first
        self.project = None
        self.engine = None
        self.steps = None
        self._settled = {}
        self._settling.stop()
        self._show_welcome()

    def _drop_pages(self) -> None:
        for panel in self.panels.values():
            panel.detach()
            panel.deleteLater()
        self.panels.clear()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.card_pages.clear()
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.blockSignals(False)

    def _show_welcome(self) -> None:
        self.outer.setCurrentIndex(0)
        recent = self.recent_projects()
        show = self.welcome.show_recent(recent)
        if recent:  # what each holds is read off the loop once the window is up, then shown
            self.ops.start(None, self._summarise(recent), done=show)
        self.file_label.setText(self.tr("No project open"))
        self.mode_label.setText("")
        self._refresh_running()
        self._set_project_actions(False)
        self.setWindowTitle(self.tr("PSI commissioning wizard"))

    def sites_dialog(self) -> None:
        choose_folder(self, self.tr("A folder of site projects"), Path.home(), self.show_sites)

    def show_sites(self, folder: Path) -> object:
        """Every project of a folder on the welcome page, the sites needing attention first."""
        from wizard.services.sites import project_files

        async def summarise() -> list[SiteSummary]:
            return await self._summarise([str(p) for p in project_files(folder)])

        # no key: a folder chosen while another is still being read is read too, and only the last one is shown
        show = self.welcome.expect_summaries(self.tr("Sites in {folder}").format(folder=folder))
        return self.ops.start(None, summarise(), done=show, title=self.tr("The folder could not be read"))

    async def _summarise(self, paths: list[str]) -> list[SiteSummary]:
        from wizard.services.sites import summarise_sites

        return list(await summarise_sites([Path(p) for p in paths], self.guide))

    def _hold_project_while_a_wave_runs(self) -> None:
        """Another project cannot be opened, made or switched to while the wave runs: closing this one under it
        would leave its last changes unwritten. The window's own close asks instead (Pause and close)."""
        wave = self.ops.busy(WAVE)
        why = self.tr("A wave is running: pause it on chapter 7's page first") if wave else ""
        allowed = {self.new_action: True, self.open_action: True, self.save_as_action: self.project is not None,
                   self.close_action: self.project is not None}
        for action, otherwise in allowed.items():
            action.setEnabled(otherwise and not wave)
            action.setToolTip(why)
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()) and not wave)
        for action in self.language_actions.values():
            action.setEnabled(not wave)
            action.setToolTip(why)

    def _set_project_actions(self, enabled: bool) -> None:
        for action in (self.save_as_action, self.close_action, self.offline_action, self.recheck_action):
            action.setEnabled(enabled)

    def _build_pages(self) -> None:
        """Fill the sidebar; the pages themselves are built when first shown (see page())."""
        for chapter in self.runbook.chapters:
            item = QListWidgetItem(chapter.label)
            self.sidebar.addItem(item)
        self._settle()
        self._refresh_sidebar()

    def _context(self) -> ChapterContext:
        assert self.project is not None and self.engine is not None and self.steps is not None
        return ChapterContext(self.project, self.engine, self.runbook, self.guide, self.ops, self.preferences, self,
                              self.steps, self.refresh, self.flush_edits, self.show_status, self.show_problem)

    def page(self, chapter_id: str) -> QWidget:
        """The chapter's page, built on first use: a whole runbook of cards at once slows the start."""
        if chapter_id in self.pages:
            return self.pages[chapter_id]
        assert self.engine is not None and self.steps is not None
        chapter = self.runbook.chapter(chapter_id)
        panel = PANELS[chapter.panel](self._context()) if chapter.panel else None
        if panel is not None:
            self.panels[chapter.id] = panel
        tabs = panel.tabs() if panel is not None else []
        if panel is not None and panel.whole_page:
            page = panel.widget()
            panel.refresh()
        else:
            # step cards load with the first chapter shown, not with the welcome page
            from pages.chapter_page import ChapterPage

            snapshots = self._snapshots([s.id for s in chapter.steps])
            cards = ChapterPage(chapter, snapshots, panel.widget() if panel is not None and not tabs else None)
            cards.scrolled_to.connect(self._remember_scroll)
            cards.run_all_requested.connect(self.run_chapter)
            for card in cards.cards.values():
                self._wire_card(card)
            self.card_pages[chapter.id] = cards
            page = cards
            if tabs:  # the panel's working areas in tabs, the chapter's steps in the last
                page = QTabWidget()
                page.setDocumentMode(True)
                for title, area in tabs:
                    page.addTab(area, title)
                page.addTab(cards, self.tr("Steps of §{section}").format(section=chapter.section))
        page.setObjectName(f"page_{chapter.id}")
        self.pages[chapter.id] = page
        self.stack.addWidget(page)
        return page

    def panel(self, chapter_id: str) -> ChapterPanel:
        """The chapter's panel (its page built first if need be)."""
        self.page(chapter_id)
        return self.panels[chapter_id]

    def _wire_card(self, card: StepCard) -> None:
        # Bound methods, not lambdas: PySide6 6.12 corrupts a reference count at shutdown when many
        # lambda slots die with their deleted sender (a "none_dealloc" abort, exit code 134).
        steps = self.steps
        assert steps is not None
        card.run_requested.connect(self.run_step)
        card.cancel_requested.connect(steps.cancel_step)
        card.confirm_requested.connect(steps.confirm_step)
        card.waive_requested.connect(steps.waive_step)
        card.reset_requested.connect(steps.reset_step)
        card.attach_requested.connect(steps.attach_files)
        card.input_changed.connect(steps.set_step_input)
        card.file_chosen.connect(steps.choose_step_file)
        card.applied_changed.connect(steps.set_value_applied)
        card.open_evidence_requested.connect(steps.open_evidence)
        card.remove_evidence_requested.connect(self._ask_to_remove_evidence)
        card.paste_requested.connect(steps.paste_screenshot)

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
        self._keyboard_path(self.page(chapter.id))
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.sidebar.count() - 1)
        panel = self.panels.get(chapter.id)
        if panel is not None and panel.whole_page:
            panel.refresh()
        self._save_ui_state("chapter", chapter.id)

    def _keyboard_path(self, page: QWidget) -> None:
        """Tab goes as the eye does: from the sidebar into the page in view, through it in its own order, then to
        Back and Next. Pages are built when first shown, so Qt had put their widgets at the end of the window's
        chain, after the navigation."""
        # findChildren gives them in the order they were made, which is the page's reading order. (Walking the chain
        # with nextInFocusChain() instead made PySide wrappers that deleted the File menu when they were collected.)
        inside = [w for w in page.findChildren(QWidget)  # not a popup's (a combo box's list): a window of its own
                  if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is self]
        previous: QWidget = self.sidebar
        for widget in [*inside, self.back_button, self.next_button]:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _remember_scroll(self, chapter_id: str, step_id: str) -> None:
        self._save_ui_state(f"scroll:{chapter_id}", step_id)

    def _save_ui_state(self, key: str, value: str) -> None:
        if self.project is None:
            return
        # the view position is a convenience: a failure to keep it is logged, never put in the engineer's way
        self.ops.start(None, self.project.commit(self.project.set_ui_state, key, value),
                       failed=lambda exc: log.warning("could not remember the view position: %s", exc))

    def _restore_view(self) -> None:
        assert self.project is not None
        state = self.project.ui_state()
        chapter_id = state.get("chapter", self.runbook.chapters[0].id)
        self.sidebar.setCurrentRow(-1)
        self.go_to_chapter(chapter_id)
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)
        target = state.get(f"scroll:{self.current_chapter_id()}")
        page = self.card_pages.get(self.current_chapter_id())
        if target and page is not None:
            QTimer.singleShot(0, lambda: page.scroll_to(target))

    # ------------------------------------------------------------------ changes
    def _not_saved(self, step_id: str, reason: str) -> None:
        card = self._card(step_id) if step_id else None
        text = self.tr("Not saved: {reason}").format(reason=reason)
        if card is not None:
            card.set_message(text, error=True)  # what was typed stays on the card
        else:
            self.statusBar().showMessage(text, 15000)

    def _ask_to_remove_evidence(self, step_id: str, evidence_id: int) -> QMessageBox | None:
        if self.project is None or self.steps is None:
            return None
        ref = next((e for e in self.project.evidence(step_id) if e.id == evidence_id), None)
        if ref is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the attachment"), self.tr(
            "Remove {file} from this step? The audit log keeps its name and SHA-256.").format(file=ref.name),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("RemoveEvidenceBox")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        steps = self.steps
        remove.clicked.connect(lambda: steps.remove_evidence(step_id, evidence_id))
        box.open()
        return box

    def _say_on_card(self, step_id: str, text: str) -> None:
        card = self._card(step_id)
        if card is not None:
            card.set_message(text, error=True)

    def _close_editor(self, step_id: str) -> None:
        card = self._card(step_id)
        if card is not None:
            card.close_editor()

    def set_offline(self, offline: bool) -> None:
        if self.project is None or self.steps is None:
            return
        self.steps.write("", self.project.set_mode, Mode.OFFLINE if offline else self.project.online_mode)

    def flush_edits(self) -> None:
        """Save whatever is typed but not yet saved (the debounce timers may still be waiting)."""
        for panel in self.panels.values():
            panel.flush()
        for page in self.card_pages.values():
            for card in page.cards.values():
                card.flush()

    # ------------------------------------------------------------------ running checks
    def _typed_secrets(self, step_id: str) -> dict[str, str] | None:
        card = self._card(step_id)
        return card.secrets() if card else None

    def run_step(self, step_id: str) -> None:
        if self.steps is not None:
            self.flush_edits()
            self.steps.run_step(step_id)

    def run_chapter(self, chapter_id: str) -> None:
        if self.steps is None:
            return
        self.flush_edits()
        page = self.card_pages.get(chapter_id)
        started = self.steps.run_steps([s.id for s in self.runbook.chapter(chapter_id).steps], f"chapter:{chapter_id}",
                                       done=lambda outcomes: self._ran(chapter_id, outcomes))
        if not started and page is not None:
            page.show_run_summary(self.tr("No check in this chapter can run now: each step says why (done by hand, "
                                          "waiting for input, blocked, or offline)."))

    def _ran(self, chapter_id: str, outcomes: list[RunOutcome]) -> None:
        from wizard.runbook.summary import run_counts

        counts = run_counts([o.status for o in outcomes])
        text = self.tr("{run} run: {passed} passed, {failed} failed, {warnings} with warnings.").format(**counts)
        if counts["not_run"]:
            text += " " + self.tr("{count} could not run; each of them says why.").format(count=counts["not_run"])
        page = self.card_pages.get(chapter_id)
        if page is not None:
            page.show_run_summary(text)
        self.statusBar().showMessage(text, 15000)

    def go_to_problem(self, *, backwards: bool = False) -> None:
        """F8 / Shift+F8: the next (previous) failed, blocked or warning step, across chapters, in guide order."""
        from wizard.runbook.states import next_problem

        if self.engine is None:
            return
        order = [(c.id, s.id) for c in self.runbook.chapters for s in c.steps]
        statuses = {step_id: view.status for step_id, view in self._views().items()}
        chapter_id = self.current_chapter_id()
        page = self.card_pages.get(chapter_id)
        marked = next((sid for sid, card in page.cards.items() if card.property("current")), "") if page else ""
        here = marked or (page.first_visible_step() if page is not None else "")  # where the engineer is looking
        found = next_problem(order, statuses, (chapter_id, here) if here else None, backwards=backwards,
                             including=not marked)
        if found is None:
            self.statusBar().showMessage(self.tr("No failed, blocked or warning step anywhere."), 8000)
            return
        self.go_to_chapter(found[0])
        target = self.card_pages.get(found[0])
        if target is not None:
            target.mark_current(found[1])
        self.statusBar().showMessage(self.runbook.step(found[1]).title, 8000)

    def run_current_chapter(self) -> None:
        self.run_chapter(self.current_chapter_id())

    def cancel_all(self) -> None:
        if self.engine is not None:
            self.engine.cancel_all()

    def _on_outcome(self, outcome: RunOutcome) -> None:
        from pages.wording import outcome_text

        self.refresh()
        for panel in self.panels.values():
            panel.outcome(outcome)
        card = self._card(outcome.step_id)
        if card is not None:
            card.set_message(outcome_text(outcome), error=outcome.status is None and bool(outcome.message))

    # ------------------------------------------------------------------ refreshing views
    def _card(self, step_id: str) -> StepCard | None:
        for page in self.card_pages.values():
            if step_id in page.cards:
                return page.cards[step_id]
        return None

    def refresh(self) -> None:
        if self.project is None or self.engine is None:
            return
        if not self._settling.isActive():  # what later reads settled is read again shortly, once for a burst
            self._settling.start()
        self._show_steps()
        current = self.panels.get(self.current_chapter_id())
        for panel in self.panels.values():
            if not panel.whole_page or panel is current:  # a page of its own is drawn again when shown
                panel.refresh()
        self._refresh_status()

    def _show_steps(self) -> None:
        """The step cards built so far and the sidebar's counts, as the project holds them now."""
        built = [sid for page in self.card_pages.values() for sid in page.cards]
        snapshots = self._snapshots(built)
        for page in self.card_pages.values():
            page.update_snapshots({sid: snapshots[sid] for sid in page.cards})
        self._refresh_sidebar()

    def _settle_again(self) -> None:
        if self.project is None or self.engine is None:
            return
        before = self._settled
        self._settle()
        if self._settled != before:
            self._show_steps()

    def _settle(self) -> None:
        """What later reads settled (the report's rule, asked of the report service), for the cards and sidebar."""
        from wizard.services.report import settled_steps

        assert self.project is not None
        self._settled = settled_steps(self.guide, self.project)

    def _views(self) -> dict[str, StepView]:
        """Each step's status as the window shows it: one that only findings a later read superseded failed passed
        by that read, as the report says (and the steps it blocked are blocked no longer)."""
        from wizard.runbook.states import effective_statuses

        assert self.project is not None and self.engine is not None
        stored = {k: r.status for k, r in self.project.step_records().items()}
        # passed by a later read, or outdated: a result whose judged values are otherwise now is not done
        stored.update({step_id: settled.status for step_id, settled in self._settled.items() if settled.status})
        return effective_statuses(self.runbook, stored, self.engine.running)

    def _snapshots(self, step_ids: list[str]) -> dict[str, StepSnapshot]:
        """The steps as their cards show them: a superseded finding with the read that settled it, and the status
        that read leaves (see _views)."""
        from dataclasses import replace

        from wizard.runbook.summary import step_snapshots

        assert self.engine is not None
        snapshots = step_snapshots(self.engine, step_ids)
        if not self._settled:  # as recorded: nothing to settle
            return snapshots
        from wizard.runbook.judged import Outdated
        from wizard.runbook.states import StepStatus

        views = self._views()
        for step_id, snap in snapshots.items():
            record, settled = snap.record, self._settled.get(step_id)
            if record is not None and settled is not None:
                record = replace(record, result={**(record.result or {}), "findings": settled.findings})
            status = views[step_id].status
            outdated = snap.outdated or (Outdated.from_json(settled.outdated) if settled and settled.outdated
                                         else None)
            snapshots[step_id] = replace(snap, status=status, blocked_by=views[step_id].blocked_by, record=record,
                                         outdated=outdated if status is StepStatus.OUTDATED else None)
        return snapshots

    def _refresh_sidebar(self) -> None:
        from wizard.runbook.states import chapter_progress

        assert self.project is not None and self.engine is not None
        progress = chapter_progress(self.runbook, self._views())
        for row, chapter in enumerate(self.runbook.chapters):
            item = self.sidebar.item(row)
            p = progress[chapter.id]
            if not p.total:
                detail, colour = self.tr("overview"), "empty"
            else:
                parts = [self.tr("{done} of {total} done").format(done=p.done, total=p.total)]
                if p.warnings:
                    parts.append(self.tr("%n warning(s)", "", p.warnings))
                if p.waived:
                    parts.append(self.tr("{count} waived").format(count=p.waived))
                if p.failed:
                    parts.append(self.tr("{count} failed").format(count=p.failed))
                if p.blocked:
                    parts.append(self.tr("{count} blocked").format(count=p.blocked))
                if p.outdated:  # checked on values otherwise now: to be checked again, not done
                    parts.append(self.tr("{count} outdated").format(count=p.outdated))
                detail = self._sidebar_lines(parts)
                colour = ("failed" if p.failed or p.blocked else "done" if p.done == p.total
                          else "warning" if p.warnings or p.outdated else "waived" if p.waived
                          else "progress" if p.done else "empty")
            item.setText(f"{chapter.label}\n{detail}")
            item.setIcon(_dot(BADGE_COLOURS[colour]))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{chapter.label}: {detail}".replace("\n", " · "))
            # as tall as its lines: two for most chapters, so all of them fit on a 720-pixel screen
            item.setSizeHint(QSize(0, self.sidebar.fontMetrics().lineSpacing() * (2 + detail.count("\n")) + 16))

    def _sidebar_lines(self, parts: list[str]) -> str:
        """A chapter's counts on one line, or on two where one would be cut ("2 fail…"): never elided."""
        room = self.sidebar.viewport().width() - self.sidebar.iconSize().width() - 28
        room = max(room, self.sidebar.minimumWidth() - self.sidebar.iconSize().width() - 44)
        metrics = self.sidebar.fontMetrics()
        lines = [parts[0]]
        for part in parts[1:]:
            joined = f"{lines[-1]} · {part}"
            if metrics.horizontalAdvance(joined) <= room:
                lines[-1] = joined
            else:
                lines.append(part)
        return "\n".join(lines)

    def _refresh_status(self) -> None:
        if self.project is None or self.engine is None:
            return
        mode = self.project.mode
        for panel in self.panels.values():
            panel.show_mode(mode)
        self.file_label.setText(self.tr("Project: {path}").format(path=self.project.path))
        self.mode_label.setText("  " + self.tr("Mode: {mode}").format(mode=mode_text(mode.value)) + "  ")
        restyle(self.mode_label, mode=mode.value)
        self._refresh_running()
        site = self.project.site()
        where = " — ".join(v for v in (site.get("customer"), site.get("site")) if v)
        self.setWindowTitle(f"{where + ' — ' if where else ''}{self.project.path.name} — "
                            + self.tr("PSI commissioning wizard"))

    def _refresh_running(self) -> None:
        """What runs now, derived from the op runner (and the engine's checks) each time an op starts, says what it
        does or ends: never the words of work that stopped, never "Idle" while something runs."""
        self.welcome.set_demo_busy(self.ops.busy(DEMO))
        self._hold_project_while_a_wave_runs()
        running = self.ops.doing()
        checks = len(self.engine.running) if self.engine is not None else 0
        parts = [self.tr("Running %n check(s)…", "", checks)] if checks else []
        parts += [text for text in dict.fromkeys(running.values()) if text]
        if running and not parts:
            parts.append(self.tr("Working…"))
        text = " · ".join(parts) or (self.tr("Idle") if self.project is not None else "")
        self.running_label.setToolTip(text)
        shown = self.running_label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, RUNNING_WIDTH)
        self.running_label.setText(shown + "  " if shown else "")

    # ------------------------------------------------------------------ dialogs and messages
    def show_problem(self, title: str, exc: WizardError) -> None:
        problem, fix = error_text(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, title or self.tr("Problem"), sentence(problem),
                          QMessageBox.StandardButton.Ok, self)
        if fix:
            box.setInformativeText(sentence(fix))
        box.setObjectName("ProblemBox")
        box.open()  # not exec(): a nested event loop would stall the checks running on the asyncio loop

    def _project_filter(self) -> str:
        return self.tr("PSI project (*{suffix})").format(suffix=SUFFIX)

    def new_project_dialog(self) -> None:
        choose_file(self, self.tr("New project"), Path.home() / f"site{SUFFIX}", self._project_filter(),
                    self.new_project, save=True)

    def open_project_dialog(self) -> None:
        choose_file(self, self.tr("Open project"), Path.home(),
                    self._project_filter() + ";;" + self.tr("All files (*)"), self.open_project)

    def save_as_dialog(self) -> None:
        if self.project is not None:
            choose_file(self, self.tr("Save project as"), self.project.path, self._project_filter(), self.save_as,
                        save=True)

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

    # ------------------------------------------------------------------ coming back to a site
    def recheck_dialog(self) -> None:
        """The signed baseline, then its signer's certificate (the customer's copy of the engineer's), then run."""
        if self.project is None:
            return
        folder = self.project.path.parent
        choose_file(self, self.tr("The signed baseline report"), folder, "PDF (*.pdf)", lambda baseline: choose_file(
            self, self.tr("The baseline signer's certificate"), baseline.parent,
            self.tr("Certificate (*.pem *.crt);;All files (*)"), lambda trust: self.recheck(baseline, trust)))

    def recheck(self, baseline: Path, trust: Path | None) -> object:
        from wizard.app.preferences import IDENTITY
        from wizard.services.recheck_report import recheck_and_sign

        if self.project is None:
            return None
        identity = self.preferences.get(IDENTITY)
        return self.ops.start(RECHECK, recheck_and_sign(self.guide, self.project, baseline, trust,
                                                          Path(identity) if identity else None),
                              done=self._rechecked, title=self.tr("The site was not re-checked"),
                              doing=self.tr("Re-checking the site against {file}…").format(file=baseline.name))

    @staticmethod
    def _drift_subject(drift: Drift) -> str:
        """A step's section and its title as the window shows it; a person's email or a connection as they are."""
        return f"§{drift.section} {translate_with(RUNBOOK_CONTEXT)(drift.title)}" if drift.section else drift.subject

    def _rechecked(self, outcome: Rechecked) -> QMessageBox:
        self.refresh()  # today's results of every check
        found, report = outcome.found, outcome.report
        lines = [f"• {self._drift_subject(d)}: {(finding_text(d.finding) if d.finding else (d.now, d.fix))[0]}\n"
                 f"   → {(finding_text(d.finding) if d.finding else (d.now, d.fix))[1]}"
                 for d in [*found.drifts, *found.still_failing][:12]]
        text = (self.tr("%n drift(s) since the baseline.", "", len(found.drifts)) if found.drifted
                else self.tr("Nothing drifted since the baseline."))
        if found.still_failing:  # never 'nothing drifted' alone while a check fails now as then (#32, the report's)
            text = sentence(said_text(found.headline))
        box = QMessageBox(QMessageBox.Icon.Warning if found.drifted or found.still_failing else
                          QMessageBox.Icon.Information,
                          self.tr("Re-check"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("RecheckBox")
        box.setInformativeText("\n".join(lines) + ("\n\n" if lines else "") + self.tr(
            "{count} unchanged. Signed re-check report: {file}").format(count=len(found.unchanged), file=report.pdf))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        return box

    # ------------------------------------------------------------------ the demo
    def start_demo(self) -> None:
        self.ops.start(DEMO, self.open_demo(), title=self.tr("The demo could not be opened"),
                       doing=self.tr("Opening the demo: the lab starts, the probes run, one wave is provisioned…"))

    async def open_demo(self) -> None:
        from wizard.demo import DEMO_LAB_FAULTS, commission_demo, demo_path
        from wizard.lab.run import start_lab

        if self.project is not None and self.project.path.resolve() == demo_path().resolve():
            self.close_project()  # the demo is made afresh, over this one

        if self.lab is None:
            # the simulators live in the window's own event loop while it is open; stopped when it closes
            self.lab = await start_lab(faults=DEMO_LAB_FAULTS)
        project = await commission_demo(self.lab.endpoints)
        path = project.path
        project.close()
        self.open_project(path)

    # ------------------------------------------------------------------ help
    def open_log_file(self) -> None:
        path = log_file()
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        text = self.tr("Log file: {path} — attach it to a support request; it never holds passwords or tokens.")
        if not opened:
            text += " " + self.tr("(No program here opens it: copy the path.)")
        self.statusBar().showMessage(text.format(path=path), 20000)

    def about_text(self) -> str:
        from PySide6 import __version__ as pyside_version

        from wizard.runbook.guide import library_versions

        libraries = "\n".join(f"  {name} {v}" for name, v in library_versions().items())
        return (f"PSI commissioning wizard {version()}\nQt {qVersion()}, Qt for Python {pyside_version}\n"
                f"Python {sys.version.split()[0]}\n\n" + self.tr("Libraries:") + f"\n{libraries}\n\n"
                + self.tr("Log file: {path}").format(path=log_file()))

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"), self.about_text(),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to paste into a ticket
        box.open()

    def current_section(self) -> str:
        chapter_id = self.current_chapter_id()
        if not chapter_id:
            return ""
        page = self.card_pages.get(chapter_id)
        step_id = page.first_visible_step() if page is not None else ""
        if step_id:
            return self.runbook.step(step_id).section
        return self.runbook.chapter(chapter_id).section

    def guide_path(self) -> Path | None:
        value = self.preferences.get(GUIDE) or os.environ.get("PSI_GUIDE", "")
        return Path(value) if value else None

    def choose_guide_file(self, then: Callable[[], object] | None = None) -> None:
        def chosen(path: Path) -> None:
            self.preferences.set(GUIDE, str(path))
            if then is not None:
                then()

        choose_file(self, self.tr("The solution guide (Markdown)"), Path.home(),
                    self.tr("Markdown (*.md *.markdown);;All files (*)"), chosen)

    def open_guide_section(self) -> None:
        path = self.guide_path()
        if path is None:
            self.statusBar().showMessage(self.tr("Choose your copy of the solution guide first (Help > Choose the "
                                                 "guide file…); the wizard does not ship it."), 15000)
            self.choose_guide_file(then=self.open_guide_section)
            return
        self.show_guide(path, self.current_section())

    def show_guide(self, path: Path, section: str) -> object:
        """The guide's section in a window of its own, beside the step it belongs to (read off the loop)."""
        return self.ops.start("guide", read_guide_section(path, section), done=self._guide_dialog,
                              failed=lambda exc: self.statusBar().showMessage(error_line(exc), 15000))

    def _guide_dialog(self, found: tuple[str, str]) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("GuideDialog")
        dialog.setWindowTitle(self.tr("Guide — {section}").format(section=found[0]))
        dialog.resize(820, 640)
        browser = QTextBrowser(dialog)
        browser.setAccessibleName(self.tr("Solution guide"))
        browser.setMarkdown(found[1])
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        dialog.show()
        return dialog

    # ------------------------------------------------------------------ recent projects
    def recent_projects(self) -> list[str]:
        return existing(self.preferences.get(RECENT))

    def _remember_recent(self, path: Path) -> None:
        resolved = str(path.resolve())
        recent = [resolved, *(p for p in self.recent_projects() if p != resolved)][:MAX_RECENT]
        self.preferences.set(RECENT, recent)
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()  # deletes the actions it owns: the paths listed before
        recent = self.recent_projects()
        for path in recent:
            action = QAction(path, self.recent_menu)
            action.triggered.connect(partial(self.open_project, Path(path)))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(recent))

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ops.busy(WAVE):  # nothing may run on without a window: the engineer decides first
            event.ignore()
            self._ask_before_closing()
            return
        self.preferences.set(GEOMETRY, self.saveGeometry())
        self.close_project()
        self.ops.cancel_all()
        event.accept()

    def _ask_before_closing(self) -> QMessageBox:
        if self.closing_question is not None and self.closing_question.isVisible():
            return self.closing_question
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A wave is running"), self.tr(
            "Chapter 7's wave is sending changes or waiting for them. Pause and close stops it after the change under "
            "way (everything sent is journaled), closes the project and the wizard; Run wave carries on from there "
            "when you open the project again."), QMessageBox.StandardButton.NoButton, self)
        pause = box.addButton(self.tr("Pause and close"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        pause.clicked.connect(lambda: self.ops.start(None, self._pause_and_close()))
        box.open()
        self.closing_question = box
        return box

    async def _pause_and_close(self) -> None:
        """The wave stops at its next await (what was sent is journaled and the wave is marked paused), and only
        then does the project close, so its lock is released and nothing is left running."""
        await self.ops.stop(WAVE)
        self.close()

    async def shut_down(self) -> None:
        """After the window closed: what still runs ends, then the demo's lab stops."""
        await self.ops.idle()
        if self.lab is not None:
            await self.lab.stop()
