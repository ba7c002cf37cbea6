"""The window as a thin view over one core: its background work goes through one op runner (keyed, refusing a
second op under a running key), its buttons follow that runner, and the project is written off the loop."""

import asyncio
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui import crowded_report_page, on_loop, settle
from wizard.app import MainWindow
from wizard.app.ops import OpRunner
from wizard.errors import WizardError


def test_the_op_runner_refuses_a_second_op_under_a_running_key_and_reports_failures(qtbot, loop) -> None:
    runner = OpRunner()
    problems: list[tuple[str, WizardError]] = []
    runner.problem.connect(lambda title, exc: problems.append((title, exc)))
    gate = asyncio.Event()

    async def waits() -> str:
        await gate.wait()
        return "done"

    first = runner.start("amo", waits())
    assert first is not None and runner.busy("amo")
    assert runner.start("amo", waits()) is None  # refused while the first runs; its coroutine is closed unrun
    other = runner.start("connection:zoom", waits())
    assert other is not None  # another key runs beside it
    gate.set()
    assert on_loop(qtbot, first) == "done"
    on_loop(qtbot, other)
    assert not runner.busy("amo") and runner.keys == frozenset()

    async def refuses() -> None:
        raise WizardError("the OS4K refused the login", "check the AMO password")

    async def breaks() -> None:
        raise KeyError("a defect")

    on_loop(qtbot, runner.idle()) if runner.start("x", refuses(), title="Not sent") else None
    on_loop(qtbot, runner.idle()) if runner.start("y", breaks(), title="Oops") else None
    assert problems[0][0] == "Not sent" and problems[0][1].problem == "the OS4K refused the login"
    assert "internal error" in problems[1][1].problem  # a defect is said in a sentence, never a traceback


def test_the_amo_send_button_stays_disabled_through_refreshes_while_a_batch_runs(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring) -> None:
    from wizard.connectors.systems import secret_reference
    from wizard.lab.os4k import LabStation, Os4kFaults, Os4kLab, Os4kModel
    from wizard.store import secrets

    # a loaded PBX: each AMO takes a while, so the batch is still on its way while the window refreshes
    lab = Os4kLab(Os4kModel(stations={"3100": LabStation()}), Os4kFaults(latency=0.3))
    port = on_loop(qtbot, lab.start(), timeout=10000)
    try:
        window.new_project(tmp_path / "busy.psiproj")
        window.project.set_connection("os4k", {"host": "127.0.0.1", "port": str(port), "user": "engr",
                                                "host_key": lab.host_key})
        secrets.remember(secret_reference(window.project.project_id, "os4k"), lab.password)
        window.go_to_chapter("provisioning")
        chapter = window.panel("provisioning")
        panel = chapter.amo_panel
        panel.batch.setPlainText('REG-PERSI:TYPE=STN,STNO=3100;\nCHANGE-PERSI:EMAIL,3100,"anna@example.com";\n'
                                 "CHA-SDAT:3100,ATTRIBUT,DMCALLWD;\n")
        panel.send_button.click()
        assert not panel.send_button.isEnabled() and not panel.dry_run_button.isEnabled()
        for _ in range(5):  # saved edits and check results refresh the window meanwhile
            window.steps.set_site_field("customer", "Example Corp")
            window.refresh()
            qtbot.wait(50)
            assert not panel.send_button.isEnabled(), "a refresh handed the Send button back mid-batch"
        assert chapter.amo_run(dry_run=False) is None  # a second send is refused: one session per batch
        qtbot.waitUntil(lambda: panel.send_button.isEnabled(), timeout=15000)
        settle(qtbot, window)
        assert lab.sessions == 1 and all(count == 1 for count in lab.model.applied.values())
        assert "CHANGE-PERSI" in panel.results.toPlainText()
    finally:
        on_loop(qtbot, lab.stop(), timeout=10000)


def test_the_window_writes_the_project_on_its_writer_thread(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.new_project(tmp_path / "thread.psiproj")
    project = window.project
    seen: list[str] = []
    original = project.set_site_field

    def spy(key: str, value: str) -> None:
        seen.append(threading.current_thread().name)
        original(key, value)

    project.set_site_field = spy  # type: ignore[method-assign]
    window.steps.set_site_field("site", "Munich HQ")
    settle(qtbot, window)
    assert seen and seen[0].startswith("project-writer") and project.site()["site"] == "Munich HQ"
    window.close_project()


def test_after_a_build_the_report_page_opens_the_pdf_and_its_folder(qtbot, window: MainWindow, tmp_path: Path,
                                                                    monkeypatch, memory_keyring) -> None:
    from PySide6.QtGui import QDesktopServices

    from wizard.report.content import default_report_name

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())
                                                                  or True))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window.new_project(tmp_path / "site.psiproj")
    window.project.set_site_field("customer", "Example Manufacturing GmbH")
    window.project.set_site_field("site", "Munich HQ")
    window.project.set_site_field("engineer", "Erika Engineer")
    window.go_to_chapter("report")
    report = window.panel("report")
    page = report.page
    assert not page.open_pdf_button.isVisibleTo(window) and not page.html_button.isEnabled()
    page.passphrase_edit.setText("Erika-Passphrase-8")
    assert on_loop(qtbot, report.create_identity_with("Erika Engineer", "", "", "Erika-Passphrase-8"))
    name = default_report_name(window.project.site(), __import__("datetime").date.today())
    assert name.startswith("example-manufacturing-gmbh-munich-hq-")
    assert on_loop(qtbot, report.build_report(tmp_path / name), timeout=60000)
    settle(qtbot, window)
    assert page.open_pdf_button.isVisibleTo(window) and page.html_button.isEnabled()
    page.open_pdf_button.click()
    page.show_folder_button.click()
    assert opened == [str(tmp_path / name), str(tmp_path)]


def test_run_all_says_what_it_did_the_filter_hides_what_is_done_and_f8_goes_to_the_next_problem(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    from tests.gui import chapter_page

    window.new_project(tmp_path / "walk.psiproj")
    project = window.project
    project.set_step_input("2.2-version-os4k", "observed", "V11 R0.22.5")  # the guide's minimum: passes
    project.set_step_input("2.2-version-os4k-rmx", "observed", "V10 R1.0")  # below it: fails
    project.set_step_input("2.2-version-sbc", "observed", "OpenScape SBC V11 R2.01.00-1")
    window.go_to_chapter("prerequisites")
    page = chapter_page(window, "prerequisites")
    page.run_all_button.click()
    qtbot.waitUntil(lambda: page.run_summary.isVisible(), timeout=15000)
    summary = page.run_summary.text()
    assert summary.startswith("3 run: 2 passed, 1 failed, 0 with warnings.")
    # the version checks nobody typed a version for yet, and §2.2.1's Zoom admin nobody named yet
    assert "10 could not run" in summary

    page.filter.setCurrentIndex(page.filter.findData("problems"))
    visible = [sid for sid, card in page.cards.items() if card.isVisibleTo(page)]
    assert visible == ["2.2-version-os4k-rmx"]  # passed and untouched steps are out of the way
    page.filter.setCurrentIndex(page.filter.findData("open"))
    assert not page.cards["2.2-version-os4k"].isVisibleTo(page)  # passed: done
    assert page.cards["2.2-admin-pc-internet"].isVisibleTo(page)  # not started: still open
    page.filter.setCurrentIndex(page.filter.findData("all"))

    window.go_to_chapter("site")
    # the Go menu's F8 (an offscreen window is not always the active one, so its action is triggered)
    next_problem = next(a for a in window.findChildren(QAction) if a.text() == "Next p&roblem")
    assert next_problem.shortcut() == QKeySequence("F8")
    next_problem.trigger()  # from anywhere: to the failed step, in its chapter
    assert window.current_chapter_id() == "prerequisites"
    assert page.cards["2.2-version-os4k-rmx"].property("current") is True
    next_problem.trigger()  # the only problem: round again to the same one
    assert page.cards["2.2-version-os4k-rmx"].property("current") is True
    assert window.statusBar().currentMessage() == window.runbook.step("2.2-version-os4k-rmx").title


def test_a_screenshot_is_pasted_onto_a_step_opened_and_removed_with_the_removal_in_the_audit_log(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QImage
    from PySide6.QtWidgets import QMessageBox

    from tests.gui import chapter_page

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())
                                                                  or True))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    window.new_project(tmp_path / "paste.psiproj")
    window.go_to_chapter("prerequisites")
    card = chapter_page(window, "prerequisites").cards["2.2-admin-pc-internet"]
    QGuiApplication.clipboard().clear()
    card.paste_button.click()
    assert "The clipboard holds no image" in card.message_label.text()  # said where the engineer looks

    shot = QImage(64, 32, QImage.Format.Format_RGB32)
    shot.fill(QColor("#1565c0"))
    QGuiApplication.clipboard().setImage(shot)
    card.paste_button.click()
    settle(qtbot, window)
    [kept] = window.project.evidence("2.2-admin-pc-internet")
    assert kept.name.startswith("screenshot-") and kept.name.endswith(".png")
    data = window.project.evidence_data(kept.id)
    assert data.startswith(b"\x89PNG") and QImage.fromData(data).size() == shot.size()
    assert "screenshot-" in card.evidence_label.text() and f'href="open:{kept.id}"' in card.evidence_label.text()

    card.evidence_label.linkActivated.emit(f"open:{kept.id}")
    settle(qtbot, window)
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == data  # a copy, opened by the desktop

    card.evidence_label.linkActivated.emit(f"remove:{kept.id}")
    box = window.findChild(QMessageBox, "RemoveEvidenceBox")
    assert box is not None and kept.name in box.text()
    next(b for b in box.buttons() if b.text() == "Remove").click()
    settle(qtbot, window)
    assert window.project.evidence("2.2-admin-pc-internet") == []
    removal = window.project.audit_entries()[-1]
    assert (removal.action, removal.field, removal.old) == ("evidence removed", kept.name, f"sha256:{kept.sha256}")
    assert window.project.verify_audit().intact


def test_the_identity_dialog_judges_the_passphrase_and_without_a_keyring_keeps_it_for_the_session(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch, no_keyring) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window.new_project(tmp_path / "id.psiproj")
    window.project.set_site_field("engineer", "Erika Engineer")
    window.project.set_site_field("company", "Example Integrator AG")
    window.go_to_chapter("report")
    report = window.panel("report")
    dialog = report.create_identity()
    assert dialog.name_edit.text() == "Erika Engineer" and dialog.company_edit.text() == "Example Integrator AG"
    assert not dialog.create_button.isEnabled()
    dialog.passphrase_edit.setText("short")
    assert "too short" in dialog.strength.text() and not dialog.create_button.isEnabled()
    dialog.passphrase_edit.setText("Correct-Horse-42")
    dialog.repeat_edit.setText("Correct-Horse-41")
    assert "strong" in dialog.strength.text() and "differ" in dialog.strength.text()
    assert not dialog.create_button.isEnabled()
    dialog.repeat_edit.setText("Correct-Horse-42")
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    settle(qtbot, window)
    message = report.page.report_message.text()
    assert message.startswith("Created a personal signing identity for Erika Engineer")
    assert "this session only" in message and "Error" not in message  # plain words, no class names
    identity = report.identity_path()
    assert identity is not None and identity.exists()
    # this session the passphrase need not be typed again: the report is signed with it
    target = tmp_path / "report.pdf"
    assert on_loop(qtbot, report.build_report(target), timeout=60000)
    assert target.exists()


def test_the_welcome_page_shows_what_each_recent_project_holds(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.new_project(tmp_path / "munich.psiproj")
    window.project.set_site_field("customer", "Example Manufacturing GmbH")
    window.project.set_site_field("site", "Munich HQ")
    window.close_project()
    settle(qtbot, window)
    shown = window.welcome.recent.item(0).text()
    assert shown.startswith("Example Manufacturing GmbH — Munich HQ\n0 of ") and "changed 20" in shown
    assert shown.endswith(str((tmp_path / "munich.psiproj").resolve()))


def test_an_example_placeholder_never_passes_for_a_typed_value(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from wizard.app.theme import apply_theme

    window.new_project(tmp_path / "look.psiproj")
    edit = window.panel("site").site_form.edits["sbc_core_ip"]
    assert edit.placeholderText() == "10.180.0.4" and edit.font().italic()  # the example: italic, dimmer
    qtbot.keyClicks(edit, "10.180.0.5")
    assert not edit.font().italic()  # what the engineer typed: upright
    app = QApplication.instance()
    try:
        apply_theme(app, "dark")
        palette = app.palette()
        disabled = palette.color(palette.ColorGroup.Disabled, palette.ColorRole.ButtonText)
        enabled = palette.color(palette.ColorGroup.Active, palette.ColorRole.ButtonText)
        assert enabled.lightness() - disabled.lightness() > 80  # a disabled button reads as disabled in dark
    finally:
        apply_theme(app, "light")


def test_the_wave_has_a_working_area_of_its_own_that_fits_a_1280_by_720_window(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab) -> None:
    from PySide6.QtWidgets import QScrollArea, QTabWidget

    from wizard.demo import point_at_lab

    lab = running_lab("zoom.activate_after=0")
    window.resize(1280, 720)
    window.new_project(tmp_path / "wave.psiproj")
    on_loop(qtbot, point_at_lab(window.project, lab.endpoints))
    window.go_to_chapter("provisioning")
    tabs = window.pages["provisioning"]
    assert isinstance(tabs, QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Wave", "AMO batch", "Steps of §7"]
    wave = window.panel("provisioning").wave
    assert on_loop(qtbot, wave.read(), timeout=15000)
    QApplication.processEvents()
    assert window.height() <= 720  # the page fits: nothing below pushed the window taller
    table = wave.panel.table
    parent = table.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is None  # no page scroll around the table: the mouse wheel scrolls the people
    assert table.height() >= 160
    # every column on screen, "What is wrong" with room to read: nothing scrolls sideways, no title is cut
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    assert header.sectionSize(header.count() - 1) >= 120
    assert all(header.sectionSize(i) >= header.sectionSizeHint(i) for i in range(3, header.count() - 2))
    table.selectRow(0)
    assert "user000@example.com" in wave.panel.details.text()
    wave.panel.search.setText("nobody-matches-this")  # filtered away: the details never show a hidden row
    assert "Select a row" in wave.panel.details.text()


def test_the_people_read_stay_with_the_project_offline_and_after_reopening(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab) -> None:
    from wizard.demo import point_at_lab

    lab = running_lab("zoom.activate_after=0")
    path = tmp_path / "kept.psiproj"
    window.new_project(path)
    on_loop(qtbot, point_at_lab(window.project, lab.endpoints))
    window.go_to_chapter("provisioning")
    assert on_loop(qtbot, window.panel("provisioning").wave.read(), timeout=15000)
    settle(qtbot, window)
    kept = [e for e in window.project.evidence("7.1.3.2-add-integrated-users") if e.name == "people-read.json"]
    assert len(kept) == 1 and b'IPPASSW="demo' not in window.project.evidence_data(kept[0].id)  # masked
    window.close_project()

    window.open_project(path)
    window.offline_action.trigger()  # no network now: the people are still there to look at
    settle(qtbot, window)
    window.go_to_chapter("provisioning")
    panel = window.panel("provisioning").wave.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 40, timeout=10000)
    assert "Read 20" in panel.source_label.text() and "Zoom API" in panel.source_label.text()
    assert not panel.read_button.isEnabled()  # offline: reading again waits for the network


def test_file_recheck_site_signs_a_recheck_report_beside_the_baseline(qtbot, window: MainWindow, tmp_path: Path,
                                                                      monkeypatch, memory_keyring) -> None:
    from wizard.app.preferences import IDENTITY
    from wizard.demo import fill_demo_project
    from wizard.report.verify import verify_report
    from wizard.services import identity, report
    from wizard.services.recheck_report import recheck_report_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window.new_project(tmp_path / "site.psiproj")
    on_loop(qtbot, fill_demo_project(window.project), timeout=30000)
    made = on_loop(qtbot, identity.create_personal_identity("Erika Engineer", "", "Erika-Passphrase-8"))
    window.preferences.set(IDENTITY, str(made.path))
    baseline = on_loop(qtbot, report.build_report(window.guide, window.project, tmp_path / "baseline.pdf",
                                                  identity=made.path), timeout=60000).pdf
    assert window.recheck_action.isEnabled()
    window.recheck(baseline, made.certificate)
    settle(qtbot, window, timeout=60000)
    box = window.findChild(QMessageBox, "RecheckBox")
    # the example site's §2.2 output fails now as it failed at the baseline: no drift, and said (#32)
    assert box is not None and box.text() == ("Nothing drifted since the baseline, but 1 check(s) still fail as at "
                                              "the baseline.")
    assert "Station 3102" in box.informativeText()
    written = recheck_report_path(baseline, __import__("datetime").date.today())
    assert str(written) in box.informativeText()
    assert verify_report(written.read_bytes(), made.certificate.read_bytes()).ok


def test_the_welcome_page_lists_a_folder_of_sites_the_ones_needing_attention_first(qtbot, window: MainWindow,
                                                                                   tmp_path: Path) -> None:
    from wizard.store.project import ProjectFile

    folder = tmp_path / "sites"
    folder.mkdir()
    with ProjectFile.create(folder / "a-calm.psiproj") as calm:
        calm.set_site_field("customer", "Calm GmbH")
        calm.record_signed("report", "calm.pdf", "ab" * 32, {})
    with ProjectFile.create(folder / "b-drifted.psiproj") as drifted:
        drifted.set_site_field("customer", "Drifted AG")
        drifted.record_signed("recheck", "drifted-recheck.pdf", "cd" * 32, {"drifts": 2})
    (folder / "c-broken.psiproj").write_text("not a project")
    window.show_sites(folder)
    settle(qtbot, window)
    shown = [window.welcome.recent.item(i).text() for i in range(window.welcome.recent.count())]
    assert len(shown) == 3 and shown[-1].startswith("Calm GmbH")  # the calm one last
    assert any(t.startswith("⚠ Drifted AG") and "2 drifts" in t for t in shown[:2])  # a plural form (#34)
    assert any(t.startswith("Cannot be read") for t in shown[:2])
    assert "report signed" in shown[-1]
    assert window.welcome.heading.text() == f"Sites in {folder}"
    window.welcome.order.setCurrentIndex(window.welcome.order.findData("customer"))  # sortable
    by_customer = [window.welcome.recent.item(i).text() for i in range(window.welcome.recent.count())]
    assert by_customer[1].startswith("Calm GmbH") and by_customer[2].startswith("⚠ Drifted AG")


def test_the_report_page_fits_1280_by_720_however_many_findings_it_lists(qtbot) -> None:
    """A site with many open findings: the overview scrolls, the chapter table keeps every row, and the signing
    box (its buttons whole) stays in view; the page never asks for more height than a 1280×720 window gives."""
    page = crowded_report_page(qtbot, 560)  # a smaller height than a 1280×720 window gives the page
    assert page.minimumSizeHint().height() <= 560
    rows = sum(page.table.rowHeight(r) for r in range(page.table.rowCount()))
    assert page.table.height() >= rows + page.table.horizontalHeader().height()  # no chapter row hidden
    assert page.build_button.isVisibleTo(page) and page.build_button.height() >= page.build_button.sizeHint().height()
    top = page.build_button.mapTo(page, page.build_button.rect().bottomLeft()).y()
    assert top <= page.height()  # the build button is on screen without scrolling
