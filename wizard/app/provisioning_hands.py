"""Chapter 7 after the wizard's own part of a wave: the engineer's hands (the portal's rounds, the Assistant's import
file and Update all; in the demo, the lab's hands), the read-back, undo, and CloudLink's User Comparison Report. Each
asks the provisioning service, through the wave's controller, on the op runner."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pages.dialogs import choose_file
from pages.wording import said_text
from wizard.checks.provisioning import OpState
from wizard.demo import lab_adds_round, lab_control, lab_imports
from wizard.services.evidence import read_file

if TYPE_CHECKING:
    from wizard.app.provisioning import ProvisioningController


class WaveHands(QObject):
    def __init__(self, wave: ProvisioningController) -> None:
        super().__init__(wave)
        self.wave = wave

    # ------------------------------------------------------------------ the engineer's hands
    async def round_done(self, number: int) -> bool:
        """The engineer added round `number` in the portal (in the demo, the lab's portal does it); then the wave
        reads the round back."""
        wave = self.wave
        assert wave.wave_id is not None
        if lab_control(wave.project) is not None:
            await lab_adds_round(wave.project, wave.wave_id, number)
        if await wave.attempt(self.tr("Not recorded"), wave.chapter.confirm_round(wave.wave_id, number)) is None:
            return False
        await wave.refresh_wave()
        return True

    async def assistant_done(self, another_way: str = "") -> bool:
        """The engineer's word that the Assistant imported this wave's saved file (or, with their note, the people
        another way) and ran Update all; in the demo the lab's Assistant does it first."""
        wave = self.wave
        assert wave.wave_id is not None
        if lab_control(wave.project) is not None and not another_way:
            await lab_imports(wave.project, wave.wave_id)  # the demo's Assistant imports and updates
        confirmed = wave.chapter.confirm_assistant(wave.wave_id, another_way=another_way)
        if await wave.attempt(self.tr("Not recorded"), confirmed) is None:
            return False
        await wave.refresh_wave()
        return True

    def save_assistant_csv(self) -> None:
        wave = self.wave
        assert wave.wave_id is not None
        wave_id = wave.wave_id

        def saved(emails: list[str]) -> None:
            wave.panel.set_message(self.tr("Saved the Assistant's file with {count} people: import it under Zoom PSI "
                                           "> Data Operation > Import CSV, then Update all.").format(count=len(emails)))
            wave.ops.start(None, wave.refresh_wave())  # its confirmation is possible now

        choose_file(wave.window_widget, self.tr("Assistant import file (CSV)"),
                    wave.project.path.with_name(f"assistant-{wave_id}.csv"), self.tr("CSV (*.csv)"),
                    lambda path: wave.ops.start(None, wave.chapter.save_assistant_file(wave_id, path), done=saved,
                                                failed=lambda exc: wave.fail(self.tr("Not saved"), exc)), save=True)

    # ------------------------------------------------------------------ after the run
    async def verify(self) -> bool:
        wave = self.wave
        assert wave.wave_id is not None
        found = await wave.attempt(self.tr("Not verified"), wave.chapter.verify(wave.wave_id))
        if found is None:
            return False
        view = await wave.refresh_wave()
        wave.steps_changed.emit()
        done = sum(1 for state in found.values() if state == OpState.DONE)
        others, failed = self.not_through(view.people)
        text = self.tr("Read back from Zoom and the OS4K: {done} of {total} people as the guide asks.").format(
            done=done, total=len(found))
        if others:
            text += " " + self.tr("Of the others: {who}.").format(who="; ".join(others))
        # a person waiting (for the invitation to be accepted, the portal, the Assistant) is not an error: red only
        # when something was refused or read back wrong
        wave.panel.set_message(text + " " + self.tr("The read-back is kept as evidence for the report."),
                               error=failed > 0)
        return done == len(found)

    def not_through(self, people: list[dict[str, str]]) -> tuple[list[str], int]:
        """Who is not through the wave yet and what each waits for, by the stage they are at (the wave's rows:
        someone not through the Assistant is read back too, and found not integrated, but is only waiting); and
        how many have a real problem."""
        counts: Counter[tuple[str, str]] = Counter()
        for row in people:
            if row["stage"] != "integrated":
                stage, _, state = row["stage"].partition(": ")
                counts[(stage, state)] += 1
        failed = sum(n for (_, state), n in counts.items() if state == OpState.FAILED)
        said = [self.tr("{count} with a problem (see the people's rows)").format(count=failed)] if failed else []
        for stage in ("Zoom user", "portal round", "AMOs", "Assistant", "read-back"):  # the stages in the guide's order
            count = sum(n for (at, state), n in counts.items() if at == stage and state != OpState.FAILED)
            if count:
                said.append(self._waiting(stage).format(count=count))
        return said, failed

    def _waiting(self, stage: str) -> str:
        """What someone at `stage` (the rows' word for it, wizard.provisioning.people.STAGE_WORDS) waits for."""
        return {"Zoom user": self.tr("{count} waiting to accept the Zoom invitation and activate the account"),
                "portal round": self.tr("{count} waiting to be added in the Zoom portal's Integrated users"),
                "AMOs": self.tr("{count} waiting for their AMOs"),
                "Assistant": self.tr("{count} waiting for the Assistant's import and Update all"),
                }.get(stage, self.tr("{count} waiting for Zoom's SIP credentials (CloudLink's update)"))

    def ask_to_undo(self) -> None:
        wave = self.wave
        assert wave.wave_id is not None
        undo, summary = wave.chapter.undo_preview(wave.wave_id)
        # the summary and the notes are the core's sentences (wizard.said): said in the window's language
        wave.panel.show_undo(undo.amos, [said_text(note) for note in undo.notes])
        wave.panel.ask_confirmation("undo", self.tr("Undoing wave {wave} will change").format(wave=wave.wave_id),
                                    [said_text(line) for line in summary], self.tr("Undo these changes"))
        wave.panel.set_message(self.tr("Nothing has been changed yet: review what undo would do, then confirm it."))

    async def undo(self) -> bool:
        wave = self.wave
        assert wave.wave_id is not None
        undone = await wave.attempt(self.tr("Undo stopped"), wave.chapter.undo(wave.wave_id))
        if undone is None:
            return False
        await wave.refresh_wave()  # first: showing the wave again clears an undo list shown before it (#34)
        wave.steps_changed.emit()  # the steps the wave closed are open again: the sidebar and the report follow
        wave.panel.show_undo(undone.amos, [said_text(note) for note in undone.notes])
        wave.panel.set_message((self.tr("Wave {wave} undone; what is left for your hands is listed above.")
                                if undone.notes else self.tr("Wave {wave} undone; nothing is left for your hands."))
                               .format(wave=wave.wave_id))
        return True

    def pick_comparison_report(self) -> None:
        choose_file(self.wave.window_widget, self.tr("User Comparison Report (CSV)"), self.wave.project.path.parent,
                    self.tr("CSV (*.csv);;All files (*)"), lambda path: self.wave.ops.start(
                        None, self.read_comparison_report(path),
                        failed=lambda exc: self.wave.fail(self.tr("Not read"), exc)))

    async def read_comparison_report(self, path: Path) -> bool:
        return await self.import_comparison_report(await read_file(path), path.name)

    async def import_comparison_report(self, data: bytes, name: str) -> bool:
        """Guide §8.2/§8.3 after a wave: the report is kept on its step, and each issue is shown with its fix."""
        wave = self.wave
        result = await wave.attempt(self.tr("Not read"), wave.chapter.import_comparison_report(data, name))
        if result is None:
            return False
        issues = [f for f in result.findings if f.severity.value != "info"]
        wave.panel.show_findings(self.tr("User comparison report {file}: {count} issue(s)").format(
            file=name, count=len(issues)), result.findings)
        wave.panel.set_message(self.tr("Comparison report kept on step §8.2; {count} issue(s) to resolve (§8.3).")
                               .format(count=len(issues)), error=bool(issues))
        return not issues
