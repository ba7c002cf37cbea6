"""The window builds its pages again after View > Language: an op a page starts while it is being built must find
the window whole (its menus included), not half-replaced."""

import asyncio
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from tests.gui import settle
from wizard.app import MainWindow
from wizard.app import chapters as chapters_module
from wizard.app.chapters import ChapterContext, ChapterPanel


class StartsAnOpWhenBuilt(ChapterPanel):
    """A panel asking the services for something as it is made, as the SBC chapter asks for the wave's stations."""

    made = 0

    def __init__(self, context: ChapterContext) -> None:
        super().__init__(context)
        StartsAnOpWhenBuilt.made += 1
        self.area = QLabel("asks as it is made")
        self.answered = False
        context.ops.start(None, asyncio.sleep(0, result=True), done=self._answered)

    def _answered(self, answer: bool) -> None:
        self.answered = answer

    def widget(self) -> QWidget:
        return self.area


def test_an_op_started_while_the_pages_are_built_again_finds_the_menus_whole_and_kept(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(chapters_module.PANELS, "sbc", StartsAnOpWhenBuilt)
    window.new_project(tmp_path / "rebuild.psiproj")
    window.go_to_chapter("sbc")
    settle(qtbot, window)
    recent, menus = window.recent_menu, window.menuBar().findChildren(QMenu)
    for language, file_menu in (("de", "&Datei"), ("en", "&File")):
        made = StartsAnOpWhenBuilt.made
        window.set_language(language)
        settle(qtbot, window)
        # made again once: not a second time when Qt's LanguageChange events arrive after the switch said it all
        assert StartsAnOpWhenBuilt.made == made + 1
        panel = window.panel("sbc")
        assert isinstance(panel, StartsAnOpWhenBuilt) and panel.answered
        # the menus the op's status update touched are the ones shown, retitled: none made again, none left over
        assert window.recent_menu is recent and shiboken6.isValid(recent)
        assert window.menuBar().findChildren(QMenu) == menus
        assert window.menuBar().actions()[0].text() == file_menu
        assert recent.isEnabled() and [a.text() for a in recent.actions()] == [str(window.project.path.resolve())]
