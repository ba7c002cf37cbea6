"""View > Language switches the open window in place (#34): the demo's lab, the project, the page in view and the
secrets typed this session stay; only the words change."""

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.gui import chapter_page, on_loop, settle
from wizard.app import MainWindow
from wizard.app.preferences import LANGUAGE

PROXY_STEP = "6.1-os4k-internet-access"  # its card asks for the proxy password: typed, never saved


def _chapter_of(window: MainWindow, step_id: str) -> str:
    return next(c.id for c in window.runbook.chapters if any(s.id == step_id for s in c.steps))


def test_switching_the_language_keeps_the_demo_lab_project_page_and_typed_secrets(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch, memory_keyring) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the window's demo goes to the data folder
    on_loop(qtbot, window.open_demo(), timeout=60000)
    lab, path = window.lab, window.project.path
    chapter = _chapter_of(window, PROXY_STEP)
    window.go_to_chapter(chapter)
    card = chapter_page(window, chapter).cards[PROXY_STEP]
    card.secret_edits["proxy_password"].setText("typed-this-session")
    site = window.panel("site")
    site.connections.secrets["zoom"].setText("zoom-secret-typed")
    window.go_to_chapter(chapter)
    english = (window.back_button.text(), window.menuBar().actions()[0].text(), window.sidebar.item(0).text())

    assert window.set_language("de") == "de"
    settle(qtbot, window)
    german = (window.back_button.text(), window.menuBar().actions()[0].text(), window.sidebar.item(0).text())
    assert all(g != e for g, e in zip(german, english, strict=True)), (german, english)
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert window.lab is lab and window.project is not None and window.project.path == path
    assert window.current_chapter_id() == chapter and window.stack.currentWidget() is window.page(chapter)
    card = chapter_page(window, chapter).cards[PROXY_STEP]
    assert card.secrets() == {"proxy_password": "typed-this-session"}
    assert window.panel("site").connections.secrets["zoom"].text() == "zoom-secret-typed"
    assert "Demo" in window.mode_label.text()
    assert window.preferences.get(LANGUAGE) == "de"

    assert window.set_language("en") == "en"
    settle(qtbot, window)
    QApplication.processEvents()
    assert (window.back_button.text(), window.menuBar().actions()[0].text(), window.sidebar.item(0).text()) == english
    assert window.lab is lab and window.project.path == path and window.current_chapter_id() == chapter
    assert chapter_page(window, chapter).cards[PROXY_STEP].secrets() == {"proxy_password": "typed-this-session"}
    assert window.panel("site").connections.secrets["zoom"].text() == "zoom-secret-typed"


def test_the_language_menu_switches_with_no_project_open(qtbot, window: MainWindow) -> None:
    window.language_actions["de"].trigger()
    settle(qtbot, window)
    assert window.welcome.demo_button.text() != "Open the demo" and window.file_label.text() == "Kein Projekt geöffnet"
    window.language_actions["en"].trigger()
    settle(qtbot, window)
    assert window.welcome.demo_button.text() == "Open the demo" and window.file_label.text() == "No project open"


def test_counts_are_said_with_the_plural_form_of_each_language(qtbot, window: MainWindow) -> None:
    """#34: "0 invitation(s)", "tick 1 people", "1 people are ready" no more: Qt's numerus forms, in English from
    the English catalogue of counted texts, in German from the German one."""
    from PySide6.QtCore import QCoreApplication

    from pages.wording import said_text
    from wizard.said import Said

    def invitations(count: int) -> str:
        return said_text(Said("Zoom account {zoom}: {count} invitation(s); Zoom emails each person, who must accept "
                              "it", zoom="acme", count=count)).split(";")[0]

    def tick(count: int) -> str:
        return said_text(Said("portal round {number}: tick {count} people in Integrated users > Add users, then "
                              "confirm the round", number=1, count=count)).split(" in ")[0]

    ready = ("%n people are ready for the Assistant: save the file, import it (Zoom PSI > Data Operation > Import "
             "CSV), run Update all, then confirm.")
    assert [invitations(n) for n in (0, 1, 2)] == [
        "Zoom account acme: 0 invitations", "Zoom account acme: 1 invitation", "Zoom account acme: 2 invitations"]
    assert [tick(n) for n in (1, 5)] == ["portal round 1: tick 1 person", "portal round 1: tick 5 people"]
    assert QCoreApplication.translate("AssistantPage", ready, None, 1).startswith("1 person is ready")
    assert window.tr("%n warning(s)", "", 1) == "1 warning" and window.tr("%n warning(s)", "", 3) == "3 warnings"
    try:
        window.set_language("de")
        assert [invitations(n) for n in (1, 2)] == ["Zoom-Konto acme: 1 Einladung", "Zoom-Konto acme: 2 Einladungen"]
        assert tick(1) == "Portalrunde 1: 1 Person"
    finally:
        window.set_language("en")
