"""Chapter 7's wave in the window: the panel's buttons call the provisioning service (the same one the command
line uses) on the op runner under one key, so one piece of wave work runs at a time; the loop stays free (every wait
is awaited, progress is drawn at most ten times a second), and every error becomes a sentence on the panel."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pages.dialogs import choose_file
from pages.provisioning_panel import ProvisioningPanel
from pages.wording import core_words, error_line, said_text
from wizard.app.ops import WAVE, OpRunner
from wizard.app.provisioning_hands import WaveHands
from wizard.app.provisioning_people import PeopleSources
from wizard.checks.provisioning import Change, System, WaveOptions, WaveState, free_stations
from wizard.errors import WizardError
from wizard.services.provisioning import Provisioning, Reading, SystemProgress, WaveRunner, WaveView
from wizard.store.project import Mode, ProjectFile

PROGRESS_INTERVAL = 0.1  # seconds between redraws of the progress bars
# Invited users who activate within this time after the Zoom users are done are integrated in the same run;
# the others wait for a later run (activation is the person's, and can take days).
ACTIVATION_WAIT = 15.0

T = TypeVar("T")


class ProvisioningController(QObject):
    steps_changed = Signal()  # a run or a read-back recorded chapter 7's step statuses

    def __init__(self, project: ProjectFile, ops: OpRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.project = project
        self.chapter = Provisioning(project)
        self.ops = ops
        self.window_widget = parent
        self.panel = ProvisioningPanel()
        self.reading: Reading | None = None
        self.runner: WaveRunner | None = None
        self._zoom_csv: tuple[bytes, str] | None = None
        self._subscribers: bytes | None = None
        self._drawn = 0.0
        self.activation_wait = ACTIVATION_WAIT
        self.people = PeopleSources(self)
        self.hands = WaveHands(self)
        self._connect(self.panel)
        saved = project.ui_state()  # the engineer's choices stay with the project
        self.panel.pmidx.setText(saved.get("provision.pmidx", self.panel.pmidx.text()))
        self.panel.voicemail.setText(saved.get("provision.voicemail", ""))
        self.wave_id = next((w.wave_id for w in reversed(project.waves()) if w.state != WaveState.SUPERSEDED), None)
        if self.wave_id:
            self.ops.start(None, self.refresh_wave())
        self._update_buttons()
        # the people read last time, back on the table (offline too), once the page is up
        self.ops.start(None, self.restore_reading(), done=lambda _shown: self._update_buttons())

    def _connect(self, p: ProvisioningPanel) -> None:
        people, sources, run_bar = self.people, p.sources, p.run_bar
        sources.read_requested.connect(lambda: self.spawn(self.read(), doing=self.tr("Reading Zoom and the OS4K…")))
        sources.zoom_file_requested.connect(lambda: people.pick("zoom"))
        sources.subscribers_file_requested.connect(lambda: people.pick("subscribers"))
        sources.subscribers_paste_requested.connect(people.paste_subscribers)
        p.station_chosen.connect(lambda email, stno: self.spawn(people.choose_station(email, stno)))
        run_bar.plan_requested.connect(lambda: self.spawn(self.plan(), doing=self.tr("Planning the wave…")))
        run_bar.run_requested.connect(self.ask_to_run)
        p.confirmed.connect(self._confirmed)
        run_bar.pause_requested.connect(self.toggle_pause)
        run_bar.cancel_requested.connect(self.cancel)
        hands = self.hands
        run_bar.verify_requested.connect(lambda: self.spawn(hands.verify(), doing=self.tr("Reading the wave back…")))
        run_bar.undo_requested.connect(hands.ask_to_undo)
        # once the engineer's part is recorded, the wave carries on by itself
        p.round_done_requested.connect(lambda number: self.spawn(hands.round_done(number), self._carry_on))
        p.assistant_done_requested.connect(lambda: self.spawn(hands.assistant_done(), self._carry_on))
        p.assistant_done_elsewhere.connect(lambda note: self.spawn(hands.assistant_done(note), self._carry_on))
        p.assistant_csv_requested.connect(hands.save_assistant_csv)
        run_bar.plan_export_requested.connect(self.save_plan)
        p.comparison_requested.connect(hands.pick_comparison_report)
        p.pmidx.editingFinished.connect(people.rejudge)
        p.voicemail.editingFinished.connect(people.rejudge)

    # ------------------------------------------------------------------ state
    @property
    def offline(self) -> bool:
        return self.project.mode is Mode.OFFLINE

    @property
    def running(self) -> bool:
        return self.ops.busy(WAVE)

    def spawn(self, work: Awaitable[T], then: Callable[[T], object] | None = None, *,
              doing: str = "") -> asyncio.Future[T] | None:
        """Wave work on the op runner: refused (None) while other wave work runs; `doing` is what the status bar
        says meanwhile (the runner drops it when the work ends, so it cannot go stale)."""
        return self.ops.start(WAVE, work, done=then, failed=lambda exc: self.fail(self.tr("Stopped"), exc),
                              doing=doing)

    def _update_buttons(self) -> None:
        """The buttons follow the runner's state, never a flag kept here."""
        self.panel.set_state(busy=self.running, has_rows=self.reading is not None,
                             has_wave=self.wave_id is not None, offline=self.offline)

    async def refresh_wave(self) -> WaveView:
        assert self.wave_id is not None
        record, plan, view = await self.chapter.view(self.wave_id)
        self.panel.show_plan(self.wave_id, record.state, plan, view.states, view.details)
        self.panel.show_rounds(view.rounds, view.assistant_ready, view.assistant_file_saved)
        return view

    def fail(self, what: str, exc: WizardError) -> None:
        self.panel.set_message(self.tr("{what}: {reason}").format(what=what, reason=error_line(exc)), error=True)

    async def attempt(self, failed: str, work: Awaitable[T]) -> T | None:
        """One call of the service; its refusal is said on the panel (None)."""
        try:
            return await work
        except WizardError as exc:
            self.fail(failed, exc)
            return None

    # ------------------------------------------------------------------ the people
    async def read(self, *, zoom_csv: tuple[bytes, str] | None = None, subscribers: bytes | None = None) -> bool:
        """Both sides read now; the files given (or chosen before) stand in for a live system. A refused file
        leaves the table and the files chosen before as they were."""
        zoom = zoom_csv or self._zoom_csv
        os4k = subscribers if subscribers is not None else self._subscribers
        self.panel.set_message(self.tr("Reading…"))
        reading = await self.attempt(self.tr("Not read"), self.chapter.read(
            self.options(), zoom_csv=zoom[0] if zoom else None, zoom_name=zoom[1] if zoom else "Zoom export",
            subscribers=os4k))
        if reading is None:
            return False
        self._zoom_csv, self._subscribers, self.reading = zoom, os4k, reading
        self.show_reading()
        self.panel.set_message("")
        return True

    async def restore_reading(self) -> bool:
        """The last reading kept with the project, judged again: shown as read then, until read again."""
        reading = await self.chapter.kept(self.options())
        if reading is None or self.reading is not None:
            return False
        self.reading = reading
        self.show_reading()
        return True

    def show_reading(self) -> None:
        assert self.reading is not None
        self._update_buttons()  # rows to plan from now
        known = "" if self.reading.settings_known else " " + self.tr(
            "The stations' §7.2 settings are not in the file: the plan writes them all.")
        when = " " + self.tr("Read {when} UTC.").format(when=self.reading.read_at[:16].replace("T", " ")) \
            if self.reading.read_at else ""
        self.panel.show_rows(self.reading.rows, self.tr("Zoom: {zoom}. OS4K: {os4k}.").format(
            zoom=core_words(self.reading.zoom_source), os4k=core_words(self.reading.os4k_source)) + known + when)
        self.panel.set_free_stations(free_stations(self.reading.config, self.options()))

    def options(self) -> WaveOptions:
        return self.chapter.options(pmidx=self.panel.pmidx.text().strip(),
                                    voicemail_number=self.panel.voicemail.text().strip(),
                                    rotate_passwords=self.panel.rotate_passwords.isChecked())

    # ------------------------------------------------------------------ the plan
    async def plan(self) -> bool:
        """A plan only from what Zoom and the OS4K hold now: a table read before the wizard's last change is read
        again first (the people ticked stay ticked, where they can still be chosen)."""
        if self.reading is None:
            return False
        chosen = {person.key for person in self.panel.model.selected()}
        if not chosen:
            self.panel.set_message(self.tr("Nobody is chosen for this wave: tick the people in the first column."),
                                   error=True)
            return False
        if not self.chapter.current(self.reading):
            unticked = {r.key for r in self.panel.model.rows if r.selectable and r.key not in chosen}
            if not await self.read():
                return False
            self.panel.model.chosen -= unticked
            self.panel.refresh_counts()
        assert self.reading is not None
        people = [row for row in self.reading.rows if row.key in chosen and row.selectable]
        wave_id = await self.attempt(self.tr("Not planned"), self.chapter.plan(self.reading, people, self.options()))
        if wave_id is None:
            return False
        self.wave_id = wave_id
        await self.refresh_wave()
        self.panel.set_message(self.tr("Nothing has been sent. Review the plan, then Run wave."))
        self._update_buttons()
        return True

    def save_plan(self) -> None:
        assert self.wave_id is not None
        wave_id = self.wave_id
        choose_file(self.window_widget, self.tr("Export the plan"),
                    self.project.path.with_name(f"plan-{wave_id}.pdf"), self.tr("PDF (*.pdf);;CSV (*.csv)"),
                    lambda path: self.ops.start(
                        None, self.chapter.export_plan(wave_id, path),
                        done=lambda _: self.panel.set_message(self.tr("Plan exported to {file}.").format(file=path)),
                        failed=lambda exc: self.fail(self.tr("Not exported"), exc)), save=True)

    # ------------------------------------------------------------------ running
    def ask_to_run(self) -> None:
        """A wave that has sent nothing yet names what it will change and waits for the engineer's confirmation;
        a wave under way carries on (it was confirmed when it started)."""
        if self.wave_id is None or self.running:
            return
        record = self.project.wave(self.wave_id)
        if record is not None and record.state == WaveState.PLANNED:
            self.panel.ask_confirmation("run", self.tr("Wave {wave} will change").format(wave=self.wave_id),
                                        [said_text(line) for line in self.chapter.change_summary(self.wave_id)],
                                        self.tr("Send these changes"))
        else:
            self.start()

    def _confirmed(self, kind: str) -> None:
        self.panel.hide_confirmation()
        if kind == "run":
            self.start()
        elif kind == "undo":
            self.spawn(self.hands.undo(), doing=self.tr("Undoing the wave…"))

    def start(self) -> asyncio.Future[bool] | None:
        return self.spawn(self.execute(), doing=self.tr("Wave: running")) if self.wave_id is not None else None

    def _hold_runner(self, runner: WaveRunner | None) -> None:
        if runner is None and self.runner is not None:  # the run ended, however: its last figures stay shown
            self.panel.show_progress(self.runner.progress)
        self.runner = runner

    async def execute(self) -> bool:
        assert self.wave_id is not None
        # Everything alive now (Qt, the plan, the rows) is taken out of the collector's sight: a full collection no
        # longer walks it and pauses the window. It is not given back when the run ends: unfreezing hands the next
        # full collection all of it at once (50-70 ms on the loop at a 1,000-person wave's stage boundary). What
        # is frozen is still freed when its last reference goes; only a reference cycle among it stays until exit.
        gc.freeze()
        self.panel.set_message(self.tr("Running…"))
        try:
            outcome = await self.chapter.run(self.wave_id, activation_wait=self.activation_wait,
                                             on_progress=self._progress, on_change=self._change,
                                             on_runner=self._hold_runner)
        except asyncio.CancelledError:
            self.panel.set_message(self.tr("Cancelled. What was sent is journaled; Run wave carries on from there."))
            return False
        except WizardError as exc:
            self.fail(self.tr("Stopped"), exc)
            return False
        finally:
            self.panel.set_paused(False)
            view = await self.refresh_wave()
            self._update_buttons()
            self.steps_changed.emit()
        integrated = sum(1 for row in view.people if row["stage"] == "integrated")
        text = self.tr("Wave {wave}: {integrated} of {people} people integrated and read back.").format(
            wave=outcome.wave_id, integrated=integrated, people=len(view.people))
        if outcome.next_steps:
            text += " " + self.tr("Next: {steps}.").format(steps="; ".join(map(said_text, outcome.next_steps)))
        self.panel.set_message(text, error=bool(outcome.failures()))
        return True

    def _progress(self, progress: dict[System, SystemProgress]) -> None:
        now = time.monotonic()
        if now - self._drawn >= PROGRESS_INTERVAL:
            self._drawn = now
            self.panel.show_progress(progress)
            if self.runner is not None and self.runner.stage:
                self.ops.say(WAVE, self.tr("Wave: {stage}").format(stage=self.runner.stage))

    def _change(self, change: Change, state: str, detail: str) -> None:
        self.panel.show_change(change.op_id, state, detail)

    def toggle_pause(self) -> None:
        if self.runner is None:
            return
        if self.runner.paused:
            self.runner.resume()
            self.panel.set_message(self.tr("Running…"))
        else:
            self.runner.pause()
            self.panel.set_message(self.tr("Paused: the changes already under way finish; nothing new is sent."))
        self.panel.set_paused(self.runner.paused)

    def cancel(self) -> None:
        self.ops.cancel(WAVE)

    def close(self) -> None:
        """The project closes: the wave stops, resumably."""
        self.cancel()

    def _carry_on(self, recorded: bool) -> None:
        """Once the engineer's part is recorded, the wave carries on by itself."""
        if recorded:
            self.start()
