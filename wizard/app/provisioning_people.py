"""Where chapter 7's people come from, besides the live systems: a Zoom export or the OS4K's subscribers chosen as a
file, REG- output pasted from the Assistant's AMO window, a station chosen for a Zoom user no subscriber has, and the
PM index and voicemail number that decide who is ready. Each read goes through the wave's controller, so a refused
file leaves the table as it was."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from pages.dialogs import choose_file
from wizard.services.evidence import read_file

if TYPE_CHECKING:
    from wizard.app.provisioning import ProvisioningController


class PeopleSources(QObject):
    def __init__(self, wave: ProvisioningController) -> None:
        super().__init__(wave)
        self.wave = wave

    def pick(self, kind: str) -> None:
        wave = self.wave
        title = (self.tr("Zoom user export (CSV)") if kind == "zoom"
                 else self.tr("OS4K subscribers (REG- output or CSV)"))
        choose_file(wave.window_widget, title, wave.project.path.parent,
                    self.tr("CSV or text (*.csv *.txt *.log);;All files (*)"),
                    lambda path: wave.spawn(self.read_from(kind, path)))

    async def read_from(self, kind: str, path: Path) -> bool:
        """A file chosen for one side: it takes that side's place only once a read from it succeeded."""
        wave = self.wave
        data = await read_file(path)
        if kind == "zoom":
            return await wave.read(zoom_csv=(data, path.name))
        return await wave.read(subscribers=data)

    def paste_subscribers(self) -> None:
        """REG- output copied from the Assistant's AMO window: the OS4K side without SSH."""
        wave = self.wave
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            wave.panel.set_message(self.tr("The clipboard is empty: copy the REG-SBCSU and REG-PERSI output first."),
                                   error=True)
            return
        wave.spawn(wave.read(subscribers=text.encode("utf-8")))

    async def choose_station(self, email: str, stno: str) -> bool:
        """The station chosen for a Zoom user no subscriber has in PERSI (or the choice forgotten): kept with the
        project, and everyone judged again with it."""
        wave = self.wave
        if await wave.attempt(self.tr("Not chosen"), wave.chapter.assign_station(email, stno)) is None:
            return False
        self.rejudge()
        wave.panel.set_message(self.tr("Station {stno} is {email}'s now: the wave writes the email into its PERSI "
                                       "record.").format(stno=stno, email=email) if stno else
                               self.tr("{email} has no station chosen any more.").format(email=email))
        return True

    def rejudge(self) -> None:
        """The PM index and voicemail number decide whether a missing route blocks a person: judge again."""
        wave = self.wave
        wave.project.commit_later(wave.project.set_ui_state, "provision.pmidx", wave.panel.pmidx.text().strip())
        wave.project.commit_later(wave.project.set_ui_state, "provision.voicemail", wave.panel.voicemail.text().strip())
        if wave.reading is not None:
            model = wave.panel.model
            unticked = {r.key for r in model.rows if r.selectable and r.key not in model.chosen}  # kept out
            wave.reading = wave.reading.judged_with(wave.options())
            wave.show_reading()
            model.chosen -= unticked
            wave.panel.refresh_counts()
