"""Run by test_german.py in a process of its own (a German translator installed here would make other tests read
German): the window in German, on a project with findings, every chapter and tab visited, every dialog opened,
the core's errors said. Prints every text a person could read, as JSON, with where it was seen."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

workdir = Path(sys.argv[1])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings"))
settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "PSI Wizard", "psi-wizard")
settings.setValue("appearance/language", "de")
settings.sync()

import keyring  # noqa: E402 - after the settings: the window reads them when it starts

from tests.memory_keyring import BrokenKeyring  # noqa: E402

keyring.set_keyring(BrokenKeyring())  # no keyring here: the session-only wording is shown too

from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from wizard.app import MainWindow, create_application  # noqa: E402
from wizard.errors import WizardError  # noqa: E402
from wizard.runbook.engine import RunOutcome  # noqa: E402
from wizard.store.project import ProjectFile  # noqa: E402

seen: list[tuple[str, str]] = []


def texts_of(where: str, top: QWidget) -> None:
    """What a person can read in a widget and its visible children."""
    def add(text: str) -> None:
        if text and text.strip():
            seen.append((where, text))

    add(top.windowTitle())
    for w in [top, *top.findChildren(QWidget)]:
        if w is not top and not w.isVisibleTo(top):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            add(w.text())
        elif isinstance(w, QGroupBox):
            add(w.title())
        elif isinstance(w, QLineEdit):
            add(w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i))
        elif isinstance(w, QHeaderView) and w.model() is not None:
            for i in range(w.count()):
                add(str(w.model().headerData(i, w.orientation()) or ""))
        elif isinstance(w, QMessageBox):
            add(w.text())
            add(w.informativeText())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)) and w.objectName() != "GuideText":
            add(w.placeholderText())
        if isinstance(w, QAbstractButton | QLabel) and w.toolTip():
            add(w.toolTip())


def menus(window: MainWindow) -> None:
    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                seen.append(("menu", action.menu().title()))
                walk(action.menu())
            elif action.text() and not action.isSeparator():
                seen.append(("menu", action.text()))
    for action in window.menuBar().actions():
        seen.append(("menu", action.text()))
        walk(action.menu())


def dialogs(where: str) -> None:
    """Every dialog open now, read and closed."""
    app = QApplication.instance()
    for top in app.topLevelWidgets():
        if top.isVisible() and not isinstance(top, MainWindow):
            texts_of(where, top)
            top.close()


app = create_application()
app.setQuitOnLastWindowClosed(False)
path = workdir / "site.psiproj"
with ProjectFile.create(path) as project:  # a site with mistakes in it, so findings are shown
    for key, value in {"customer": "Kunde AG", "site": "Werk Süd", "sbc_core_ip": "10.180.0.300",
                       "sbc_public_fqdn": "sbc", "sbc_sip_tls_port": "70000"}.items():
        project.set_site_field(key, value)
    # a probe's finding, as the pre-flight panel shows it beside the probe (#34: it was shown in English)
    from wizard.checks.site import validate_field

    finding = validate_field("sbc_public_fqdn", "sbc")
    assert finding is not None
    project.record_result("2.2.2-public-dns", "failed", {"findings": [finding.to_json()]}, "2026-12-07T04:00:00",
                          "2026-12-07T04:00:01")
window = MainWindow()
window.resize(1600, 1000)
window.show()
texts_of("welcome", window)
menus(window)
window.open_project(path)
app.processEvents()
for chapter in window.runbook.chapters:
    window.go_to_chapter(chapter.id)
    app.processEvents()
    page = window.page(chapter.id)
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)]
    for tab in tabs or [None]:
        for i in range(tab.count() if tab else 1):
            if tab:
                tab.setCurrentIndex(i)
                app.processEvents()
            texts_of(f"chapter {chapter.id}", window)
    # each step's place in the portals on its own, for test_german to tell a kept menu path from our own words
    seen.extend(("step where", label.text()) for label in page.findChildren(QLabel, "Where"))

# the core's own sentences, as the window says them: a problem box, a step card, a status line
core_errors: list[WizardError] = []
try:
    ProjectFile.open(workdir / "missing.psiproj")
except WizardError as exc:
    core_errors.append(exc)
from wizard.checks.amo_values import station  # noqa: E402
from wizard.connectors.http import unreachable  # noqa: E402

try:
    station("3100;DEL-SBCSU:STNO=3101", "station")
except WizardError as exc:
    core_errors.append(exc)
core_errors.append(unreachable("Zoom", ConnectionRefusedError(111, "Connection refused")))
import sqlite3  # noqa: E402

from wizard.checks.tables import read_table, require_column  # noqa: E402

try:
    require_column(read_table(b"Name;Station\nAnna;3100\n", "users.csv"), "email", ("email",))
except WizardError as exc:
    core_errors.append(exc)

damaged = workdir / "damaged.psiproj"
ProjectFile.create(damaged).close()
with sqlite3.connect(damaged) as raw:
    raw.execute("DROP TABLE site")
try:
    ProjectFile.open(damaged)
except WizardError as exc:
    core_errors.append(exc)
for exc in core_errors:
    window.show_problem("", exc)
    dialogs("problem box")
step = next(s for s in window.runbook.steps if s.check)
window.go_to_chapter(next(c.id for c in window.runbook.chapters if step in c.steps))
window._on_outcome(RunOutcome(step.id, None, str(core_errors[0]), core_errors[0]))
app.processEvents()
texts_of("step card error", window)

# a connection tested with no secret known: the finding names the system and its secret in German (#34)
import asyncio  # noqa: E402

from wizard.connectors.connection import connection_test  # noqa: E402
from wizard.services.connection import ConnectionTested  # noqa: E402

window.go_to_chapter("site")
site_panel = window.panel("site")
for system in ("zoom", "os4k"):
    site_panel.connections.tabs.setCurrentIndex(list(site_panel.connections.edits).index(system))
    # a loop of its own: asyncio.run() would take away the one the window's ops use afterwards
    tested = asyncio.new_event_loop().run_until_complete(connection_test(system, {}, None))
    site_panel._tested(system, ConnectionTested(tested, ""))
    app.processEvents()
    texts_of(f"connection {system}", window)
# an attachment on a step card, with its Open and Remove links
window.go_to_chapter(next(c.id for c in window.runbook.chapters if step in c.steps))
window.project.submit(window.project.attach, step.id, "notes.txt", b"seen").result(timeout=30)
window.refresh()
app.processEvents()
texts_of("step card attachment", window)

# a wave's plan on the provisioning page, every group opened: the changes are said in German too
from wizard.checks.amo import Os4kConfig, Station  # noqa: E402
from wizard.checks.provisioning import WaveOptions, people, plan_wave  # noqa: E402
from wizard.checks.users import ZoomUser  # noqa: E402

options = WaveOptions("sbc.kunde.example", "5061", "203.0.113.10", pmidx="5", voicemail_number="7999")
config = Os4kConfig(stations={"3101": Station("3101", "anna@example.com", "5", True, "ALL", False)}, pm_routes={"5"})
rows = people([ZoomUser("anna@example.com", "Anna", "Berger", "active", 2),
               ZoomUser("neu@example.com", "Neu", "Person", "active", 3)], config, [], options)
window.go_to_chapter("provisioning")
panel = window.panel("provisioning").wave.panel
panel.show_rows(rows, "")
from wizard.provisioning.runner import NOT_ACTIVE  # noqa: E402
from wizard.said import Said  # noqa: E402

plan = plan_wave([r for r in rows if r.selectable], config, options)
waiting = {c.op_id: Said(NOT_ACTIVE, email=c.data["email"]) for c in plan.changes if c.op_id.startswith("zoom.active")}
panel.show_plan("W1", "running", plan, dict.fromkeys(waiting, "waiting"), waiting)
for index in range(panel.plan_tree.topLevelItemCount()):
    top = panel.plan_tree.topLevelItem(index)
    top.setExpanded(True)
    for child in range(top.childCount()):
        top.child(child).setExpanded(True)
app.processEvents()
items = [panel.plan_tree.topLevelItem(i) for i in range(panel.plan_tree.topLevelItemCount())]
while items:
    item = items.pop()
    seen += [("plan", item.text(0)), ("plan", item.text(1)), ("plan", item.toolTip(0))]
    items += [item.child(i) for i in range(item.childCount())]
# each step of the wave's stepper, a portal round and the Assistant's count said with their plural forms
from types import SimpleNamespace  # noqa: E402

panel.show_rounds([SimpleNamespace(number=1, to_tick=(("neu@example.com", "Neu Person"),), not_active=(), added=0,
                                   total=1, confirmed=False)], 1)
for key in panel.stepper.steps:
    panel.stepper.show_page(key)
    app.processEvents()
    texts_of(f"wave step {key}", window)
panel.stepper.show_page("people")
panel.table.selectRow(next(i for i, r in enumerate(panel.model.rows) if r.key == "neu@example.com"))
app.processEvents()
texts_of("people", window)

# every dialog the window opens
window.show_about()
dialogs("about")
report = window.panel("report")
report.create_identity()
dialogs("identity")
window.panel("site").ask_host_key("os4k", {"host_key_fingerprint": "SHA256:abc", "host_key_type": "ssh-ed25519"})
dialogs("host key")
window.sites_dialog()
dialogs("sites")
window.recheck_dialog()
dialogs("re-check")
window.open_project_dialog()
dialogs("open project")
# switched to English and back in place: the window made again is German throughout
window.set_language("en")
window.set_language("de")
app.processEvents()
texts_of("language", window)
menus(window)
print(json.dumps(seen))
window.close()
