"""What type-checking the window (issue #28) found that an engineer would have met: each test failed before its fix."""

import asyncio
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from tests.gui import settle
from wizard.app import MainWindow
from wizard.app.preferences import APP_NAME, GEOMETRY, ORG, RECENT, REMEMBER_PASSPHRASE, THEME, Preferences
from wizard.runbook.model import Runbook


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP_NAME)


def test_a_settings_file_holding_text_where_the_geometry_was_still_opens_the_window(qtbot, loop) -> None:
    # an INI file edited by hand, or written by another tool: the geometry comes back as text, not as @ByteArray,
    # and restoreGeometry refused it with a TypeError, so the window never opened
    settings = _settings()
    settings.setValue(GEOMETRY.key, "0, 0, 800, 600")
    settings.sync()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible()
    window.close()


def test_each_preference_reads_what_an_ini_file_gives_back_as_its_own_type(loop) -> None:
    settings = _settings()
    for key, value in ((GEOMETRY.key, "text"), (RECENT.key, "/one/site.psiproj"), (THEME.key, ["dark", "x"]),
                       (REMEMBER_PASSPHRASE.key, "false")):
        settings.setValue(key, value)
    settings.sync()
    preferences = Preferences()
    assert preferences.get(GEOMETRY) == QByteArray()
    assert preferences.get(RECENT) == ["/one/site.psiproj"]
    assert isinstance(preferences.get(THEME), str)
    assert preferences.get(REMEMBER_PASSPHRASE) is False


def _folder_of_sites(tmp_path: Path) -> Path:
    from wizard.store.project import ProjectFile

    folder = tmp_path / "sites"
    folder.mkdir()
    with ProjectFile.create(folder / "calm.psiproj") as calm:
        calm.set_site_field("customer", "Calm GmbH")
    return folder


def _listed(window: MainWindow) -> list[str]:
    return [window.welcome.recent.item(i).text() for i in range(window.welcome.recent.count())]


def test_back_on_the_welcome_page_after_a_folder_of_sites_the_recent_projects_are_named_so(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    # the heading said "Sites in <folder>" above the recent projects once a folder had been shown
    window.show_sites(_folder_of_sites(tmp_path))
    settle(qtbot, window)
    window.new_project(tmp_path / "munich.psiproj")
    window.close_project()
    settle(qtbot, window)
    assert window.welcome.heading.text() == "Recent projects"
    assert _listed(window)[0].endswith(str((tmp_path / "munich.psiproj").resolve()))


def test_the_recent_projects_read_late_never_replace_the_folder_chosen_meanwhile(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    # Both lists were shown by whichever read finished last: the recent projects (read at start-up or when a
    # project closes) arriving after the folder's sites took their place under the folder's heading.
    from wizard.services import sites

    read = sites.summarise_sites
    recent = tmp_path / "munich.psiproj"

    async def slow_for_the_recent(paths: list[Path], runbook: Runbook) -> list[sites.SiteSummary]:
        if paths == [recent.resolve()]:
            await asyncio.sleep(0.5)
        return await read(paths, runbook)

    folder = _folder_of_sites(tmp_path)
    window.new_project(recent)
    monkeypatch.setattr(sites, "summarise_sites", slow_for_the_recent)
    window.close_project()  # the recent projects are being read ...
    window.show_sites(folder)  # ... when the engineer chooses a folder
    settle(qtbot, window)
    assert window.welcome.heading.text() == f"Sites in {folder}"
    assert [t.splitlines()[0] for t in _listed(window)] == ["Calm GmbH"]


def test_print_on_the_sbc_sheet_opens_the_print_dialog(qtbot, window: MainWindow, tmp_path: Path) -> None:
    # PySide6's QPrintDialog has only open(receiver, member): open() raised TypeError, so Print… did nothing but
    # say an internal error had happened
    from PySide6.QtPrintSupport import QPrintDialog

    from pages.sheet_panel import SheetPanel

    window.new_project(tmp_path / "print.psiproj")
    panel = window.page("sbc").findChild(SheetPanel)
    assert panel is not None
    panel.print_button.click()
    dialog = window.findChild(QPrintDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
