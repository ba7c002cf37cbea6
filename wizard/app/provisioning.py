"""Chapter 7 'Provisioning': the wave panel and the AMO batch panel. The wave's buttons call the same functions the
command line uses, on the op runner under one key (one piece of wave work at a time); the loop stays free (every
wait is awaited, progress is drawn at most ten times a second), and every error becomes a sentence on the panel."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from pages.amo_panel import AmoPanel
from pages.dialogs import choose_file
from pages.provisioning_panel import ProvisioningPanel
from pages.wording import error_line, said_text
from wizard.app.chapters import ChapterContext, ChapterPanel
from wizard.app.ops import OpRunner
from wizard.checks.comparison import check_comparison_report
from wizard.checks.provisioning import Change, OpState, System, WaveState, free_stations, plan_wave
from wizard.demo import lab_control, lab_hands
from wizard.errors import WizardError
from wizard.provisioning.plan_export import export_plan
from wizard.provisioning.session import (
    Reading,
    Systems,
    assign_station,
    keep_reading,
    kept_reading,
    open_systems,
    read_people,
    wave_options,
)
from wizard.provisioning.wave import (
    COMPARISON_STEP,
    SystemProgress,
    WaveRunner,
    WaveView,
    assistant_file,
    change_summary,
    confirm_assistant,
    confirm_round,
    load_plan,
    new_wave,
    parse_plan,
    portal_rounds,
    run_undo,
    undo_plan,
    undo_summary,
    verify_wave,
    wave_view,
)
from wizard.services import amo as amo_service
from wizard.services.evidence import read_file, save_file
from wizard.store.project import Mode, ProjectFile

PROGRESS_INTERVAL = 0.1  # seconds between redraws of the progress bars
# Invited users who activate within this time after the Zoom users are done are integrated in the same run;
# the others wait for a later run (activation is the person's, and can take days).
ACTIVATION_WAIT = 15.0
if TYPE_CHECKING:
    from wizard.connectors.os4k import AmoResult

T = TypeVar("T")
WAVE = "wave"  # the op key of every piece of wave work: one at a time
AMO = "amo"  # the op key of an AMO batch: its session is the batch's only writer


class ProvisioningController(QObject):
    status = Signal(str)  # what the wave is doing now, for the window's status bar
    steps_changed = Signal()  # a run or a read-back recorded chapter 7's step statuses

    def __init__(self, project: ProjectFile, ops: OpRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.project = project
        self.ops = ops
        self.window_widget = parent
        self.panel = ProvisioningPanel()
        self.reading: Reading | None = None
        self.runner: WaveRunner | None = None
        self._zoom_csv: bytes | None = None
        self._subscribers: bytes | None = None
        self._drawn = 0.0
        self.activation_wait = ACTIVATION_WAIT
        p = self.panel
        p.read_requested.connect(lambda: self.spawn(self.read()))
        p.zoom_file_requested.connect(lambda: self._pick("zoom"))
        p.subscribers_file_requested.connect(lambda: self._pick("subscribers"))
        p.subscribers_paste_requested.connect(self.paste_subscribers)
        p.station_chosen.connect(lambda email, stno: self.spawn(self.choose_station(email, stno)))
        p.plan_requested.connect(lambda: self.spawn(self.plan()))
        p.run_requested.connect(self.ask_to_run)
        p.confirmed.connect(self._confirmed)
        p.pause_requested.connect(self.toggle_pause)
        p.cancel_requested.connect(self.cancel)
        p.verify_requested.connect(lambda: self.spawn(self.verify()))
        p.undo_requested.connect(self.ask_to_undo)
        # once the engineer's part is recorded, the wave carries on by itself
        p.round_done_requested.connect(lambda number: self.spawn(self.round_done(number), self._carry_on))
        p.assistant_done_requested.connect(lambda: self.spawn(self.assistant_done(), self._carry_on))
        p.assistant_csv_requested.connect(self.save_assistant_csv)
        p.plan_export_requested.connect(self.save_plan)
        p.comparison_requested.connect(self.pick_comparison_report)
        saved = project.ui_state()  # the engineer's choices stay with the project
        p.pmidx.setText(saved.get("provision.pmidx", p.pmidx.text()))
        p.voicemail.setText(saved.get("provision.voicemail", ""))
        p.pmidx.editingFinished.connect(self.rejudge)
        p.voicemail.editingFinished.connect(self.rejudge)
        self.wave_id = next((w.wave_id for w in reversed(project.waves()) if w.state != WaveState.SUPERSEDED), None)
        if self.wave_id:
            self._show_wave()
        self._update_buttons()
        # the people read last time, back on the table (offline too), once the page is up
        self.ops.start(None, self.restore_reading(), done=lambda _shown: self._update_buttons())

    # ------------------------------------------------------------------ state
    @property
    def offline(self) -> bool:
        return self.project.mode is Mode.OFFLINE

    @property
    def running(self) -> bool:
        return self.ops.busy(WAVE)

    def spawn(self, work: Awaitable[T], then: Callable[[T], object] | None = None) -> asyncio.Future[T] | None:
        """Wave work on the op runner: refused (None) while other wave work runs."""
        return self.ops.start(WAVE, work, done=then, failed=lambda exc: self._fail(self.tr("Stopped"), exc))

    def _update_buttons(self) -> None:
        """The buttons follow the runner's state, never a flag kept here."""
        self.panel.set_state(busy=self.running, has_rows=self.reading is not None,
                             has_wave=self.wave_id is not None, offline=self.offline)

    def _show_wave(self, view: WaveView | None = None) -> None:
        assert self.wave_id is not None
        record = self.project.wave(self.wave_id)
        plan = load_plan(self.project, self.wave_id)
        view = view or wave_view(plan, self.project.wave_ops(self.wave_id))
        self.panel.show_plan(self.wave_id, record.state if record else "?", plan, view.states, view.details)
        self.panel.show_rounds(view.rounds, view.assistant_ready)

    async def _refresh_wave(self) -> WaveView:
        """The wave as it stands, made in a worker thread: a thousand people's rows would hold the window."""
        assert self.wave_id is not None
        record = self.project.wave(self.wave_id)
        assert record is not None
        ops = self.project.wave_ops(self.wave_id)
        view = await asyncio.to_thread(lambda: wave_view(parse_plan(record.plan), ops))
        self._show_wave(view)
        return view

    def _fail(self, what: str, exc: WizardError) -> None:
        self.panel.set_message(self.tr("{what}: {reason}").format(what=what, reason=error_line(exc)), error=True)

    # ------------------------------------------------------------------ sources and plan
    def _pick(self, kind: str) -> None:
        title = (self.tr("Zoom user export (CSV)") if kind == "zoom"
                 else self.tr("OS4K subscribers (REG- output or CSV)"))
        choose_file(self.window_widget, title, self.project.path.parent,
                    self.tr("CSV or text (*.csv *.txt *.log);;All files (*)"),
                    lambda path: self.spawn(self.read_from(kind, path)))

    async def read_from(self, kind: str, path: Path) -> bool:
        data = await read_file(path)
        if kind == "zoom":
            self._zoom_csv = data
        else:
            self._subscribers = data
        return await self.read()

    def paste_subscribers(self) -> None:
        """REG- output copied from the Assistant's AMO window: the OS4K side without SSH."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.panel.set_message(self.tr("The clipboard is empty: copy the REG-SBCSU and REG-PERSI output first."),
                                   error=True)
            return
        self._subscribers = text.encode("utf-8")
        self.spawn(self.read())

    async def _with_systems(self, failed: str, work: Callable[[Systems], Awaitable[T]]) -> T | None:
        """One piece of work on the live systems: connections opened and closed around it, and a failure said on
        the panel (None)."""
        systems = open_systems(self.project)
        try:
            return await work(systems)
        except WizardError as exc:
            self._fail(failed, exc)
            return None
        finally:
            await systems.aclose()

    async def read(self) -> bool:
        self.panel.set_message(self.tr("Reading…"))
        reading = await self._with_systems(self.tr("Not read"), lambda systems: read_people(
            self.project, systems, self._options(), zoom_csv=self._zoom_csv, subscribers=self._subscribers))
        if reading is None:
            return False
        self.reading = reading
        self._show_reading()
        self.panel.set_message("")
        # kept with the project (written behind, the read is over): the people are there offline and after reopening
        self.project.commit_later(keep_reading, self.project, reading)
        return True

    async def restore_reading(self) -> bool:
        """The last reading kept with the project, judged again: shown as read then, until read again."""
        reading = await asyncio.to_thread(kept_reading, self.project, self._options())
        if reading is None or self.reading is not None:
            return False
        self.reading = reading
        self._show_reading()
        return True

    def _show_reading(self) -> None:
        assert self.reading is not None
        self._update_buttons()  # rows to plan from now
        known = "" if self.reading.settings_known else " " + self.tr(
            "The stations' §7.2 settings are not in the file: the plan writes them all.")
        when = " " + self.tr("Read {when} UTC.").format(when=self.reading.read_at[:16].replace("T", " ")) \
            if self.reading.read_at else ""
        self.panel.show_rows(self.reading.rows, f"Zoom: {self.reading.zoom_source}. OS4K: {self.reading.os4k_source}."
                             + known + when)
        self.panel.set_free_stations(free_stations(self.reading.config, self._options()))

    async def choose_station(self, email: str, stno: str) -> bool:
        """The station chosen for a Zoom user no subscriber has in PERSI (or the choice forgotten): kept with the
        project, and everyone judged again with it."""
        try:
            await self.project.commit(assign_station, self.project, email, stno)
        except WizardError as exc:
            self._fail(self.tr("Not chosen"), exc)
            return False
        self.rejudge()
        self.panel.set_message(self.tr("Station {stno} is {email}'s now: the wave writes the email into its PERSI "
                                       "record.").format(stno=stno, email=email) if stno else
                               self.tr("{email} has no station chosen any more.").format(email=email))
        return True

    def rejudge(self) -> None:
        """The PM index and voicemail number decide whether a missing route blocks a person: judge again."""
        self.project.commit_later(self.project.set_ui_state, "provision.pmidx", self.panel.pmidx.text().strip())
        self.project.commit_later(self.project.set_ui_state, "provision.voicemail", self.panel.voicemail.text().strip())
        if self.reading is not None:
            model = self.panel.model
            unticked = {r.key for r in model.rows if r.selectable and r.key not in model.chosen}  # kept out
            self.reading = self.reading.judged_with(self._options())
            self._show_reading()
            model.chosen -= unticked
            self.panel.refresh_counts()

    def _options(self) -> Any:
        return wave_options(self.project, pmidx=self.panel.pmidx.text().strip() or "1",
                            voicemail_number=self.panel.voicemail.text().strip())

    async def plan(self) -> bool:
        if self.reading is None:
            return False
        chosen = self.panel.model.selected()
        if not chosen:
            self.panel.set_message(self.tr("Nobody is chosen for this wave: tick the people in the first column."),
                                   error=True)
            return False
        try:
            # pure work on thousands of rows: in a worker thread, so the window keeps answering
            plan = await asyncio.to_thread(plan_wave, chosen, self.reading.config, self._options())
            plan_json = await asyncio.to_thread(plan.to_json)
        except WizardError as exc:
            self._fail(self.tr("Not planned"), exc)
            return False
        self.wave_id = await self.project.commit(new_wave, self.project, plan, plan_json)
        await self._refresh_wave()
        self.panel.set_message(self.tr("Nothing has been sent. Review the plan, then Run wave."))
        self._update_buttons()
        return True

    # ------------------------------------------------------------------ running
    def ask_to_run(self) -> None:
        """A wave that has sent nothing yet names what it will change and waits for the engineer's confirmation;
        a wave under way carries on (it was confirmed when it started)."""
        if self.wave_id is None or self.running:
            return
        record = self.project.wave(self.wave_id)
        if record is not None and record.state == WaveState.PLANNED:
            self.panel.ask_confirmation("run", self.tr("Wave {wave} will change").format(wave=self.wave_id),
                                        change_summary(self.project, self.wave_id), self.tr("Send these changes"))
        else:
            self.start()

    def _confirmed(self, kind: str) -> None:
        self.panel.hide_confirmation()
        if kind == "run":
            self.start()
        elif kind == "undo":
            self.spawn(self.undo())

    def start(self) -> asyncio.Future[bool] | None:
        return self.spawn(self.execute()) if self.wave_id is not None else None

    async def execute(self) -> bool:
        assert self.wave_id is not None
        # Everything alive now (Qt, the plan, the rows) is taken out of the collector's sight while the wave runs:
        # a full collection no longer walks it and pauses the window. Given back when the run ends.
        gc.freeze()
        systems = open_systems(self.project)
        self.runner = WaveRunner(self.project, self.wave_id, zoom=systems.zoom, amo=systems.amo,
                                 activation_wait=self.activation_wait, on_progress=self._progress,
                                 on_change=self._change)
        self.panel.set_message(self.tr("Running…"))
        try:
            outcome = await self.runner.run()
        except asyncio.CancelledError:
            self.panel.set_message(self.tr("Cancelled. What was sent is journaled; Run wave carries on from there."))
            return False
        except WizardError as exc:
            self._fail(self.tr("Stopped"), exc)
            return False
        finally:
            self.panel.show_progress(self.runner.progress)
            self.panel.set_paused(False)
            self.runner = None
            gc.unfreeze()
            await systems.aclose()
            view = await self._refresh_wave()
            self._update_buttons()
            self.steps_changed.emit()
        rows = view.people
        integrated = sum(1 for row in rows if row["stage"] == "integrated")
        text = self.tr("Wave {wave}: {integrated} of {people} people integrated and read back.").format(
            wave=outcome.wave_id, integrated=integrated, people=len(rows))
        if outcome.next_steps:
            text += " " + self.tr("Next: {steps}.").format(steps="; ".join(map(said_text, outcome.next_steps)))
        self.panel.set_message(text, error=bool(outcome.failures()))
        self.status.emit("")
        return True

    def _progress(self, progress: dict[System, SystemProgress]) -> None:
        now = time.monotonic()
        if now - self._drawn >= PROGRESS_INTERVAL:
            self._drawn = now
            self.panel.show_progress(progress)
            if self.runner is not None and self.runner.stage:
                self.status.emit(self.tr("Wave: {stage}").format(stage=self.runner.stage))

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

    # ------------------------------------------------------------------ the engineer's hands
    async def round_done(self, number: int) -> bool:
        """The engineer added round `number` in the portal (in the demo, the lab's portal does it); then the wave
        reads the round back."""
        assert self.wave_id is not None
        try:
            if lab_control(self.project) is not None:
                await self._lab_plays(number)
            await self.project.commit(confirm_round, self.project, self.wave_id, number)
        except WizardError as exc:
            self._fail(self.tr("Not recorded"), exc)
            return False
        await self._refresh_wave()  # a thousand rows: made off the loop
        return True

    def _carry_on(self, recorded: bool) -> None:
        if recorded:
            self.start()

    async def _lab_plays(self, number: int) -> None:
        from wizard.lab.mitel import play

        control = lab_control(self.project)
        assert control is not None and self.wave_id is not None
        chosen = next(r for r in portal_rounds(self.project, self.wave_id) if r.number == number)
        await play(control, "portal/add-users", {"emails": [email for email, _ in chosen.to_tick]})

    async def assistant_done(self) -> bool:
        assert self.wave_id is not None
        try:
            if lab_control(self.project) is not None:
                await lab_hands(self.project, self.wave_id)  # the demo's Assistant imports and updates
            else:
                await self.project.commit(confirm_assistant, self.project, self.wave_id)
        except WizardError as exc:
            self._fail(self.tr("Not recorded"), exc)
            return False
        await self._refresh_wave()  # a thousand rows: made off the loop
        return True

    def save_assistant_csv(self) -> None:
        assert self.wave_id is not None
        text, emails = assistant_file(self.project, self.wave_id)
        if not emails:
            self.panel.set_message(self.tr("Nobody of this wave is ready for the Assistant yet."))
            return

        def saved(path: Path) -> None:
            self.panel.set_message(self.tr("Saved {file} with {count} people: import it under Zoom PSI > Data "
                                           "Operation > Import CSV, then Update all.").format(file=path,
                                                                                              count=len(emails)))

        choose_file(self.window_widget, self.tr("Assistant import file (CSV)"),
                    self.project.path.with_name(f"assistant-{self.wave_id}.csv"), self.tr("CSV (*.csv)"),
                    lambda path: self.ops.start(None, save_file(path, text.encode("utf-8")), done=saved,
                                                failed=lambda exc: self._fail(self.tr("Not saved"), exc)), save=True)

    def save_plan(self) -> None:
        assert self.wave_id is not None
        wave_id = self.wave_id
        choose_file(self.window_widget, self.tr("Export the plan"),
                    self.project.path.with_name(f"plan-{wave_id}.pdf"), self.tr("PDF (*.pdf);;CSV (*.csv)"),
                    lambda path: self.ops.start(
                        None, asyncio.to_thread(export_plan, self.project, wave_id, path),
                        done=lambda _: self.panel.set_message(self.tr("Plan exported to {file}.").format(file=path)),
                        failed=lambda exc: self._fail(self.tr("Not exported"), exc)), save=True)

    # ------------------------------------------------------------------ after the run
    async def verify(self) -> bool:
        wave_id = self.wave_id
        assert wave_id is not None

        async def read_back(systems: Systems) -> dict[str, str]:
            if systems.zoom is None or systems.amo is None:
                raise WizardError("the read-back needs the Zoom and the OS4K connections",
                                  "set both up on the Site page")
            return await verify_wave(self.project, wave_id, systems.zoom, systems.amo)

        found = await self._with_systems(self.tr("Not verified"), read_back)
        if found is None:
            return False
        await self._refresh_wave()  # a thousand rows: made off the loop
        self.steps_changed.emit()
        done = sum(1 for state in found.values() if state == OpState.DONE)
        self.panel.set_message(self.tr("Read back from Zoom and the OS4K: {done} of {total} people as the guide asks. "
                                       "The read-back is kept as evidence for the report.").format(
            done=done, total=len(found)), error=done < len(found))
        return done == len(found)

    def ask_to_undo(self) -> None:
        assert self.wave_id is not None
        undo = undo_plan(self.project, self.wave_id)
        self.panel.show_undo(undo.amos, undo.notes)
        self.panel.ask_confirmation("undo", self.tr("Undoing wave {wave} will change").format(wave=self.wave_id),
                                    undo_summary(self.project, undo), self.tr("Undo these changes"))
        self.panel.set_message(self.tr("Nothing has been changed yet: review what undo would do, then confirm it."))

    async def undo(self) -> bool:
        assert self.wave_id is not None
        wave_id = self.wave_id
        undone = await self._with_systems(self.tr("Undo stopped"), lambda systems: run_undo(
            self.project, wave_id, zoom=systems.zoom, amo=systems.amo))
        if undone is None:
            return False
        self.panel.show_undo(undone.amos, undone.notes)
        self.panel.set_message(self.tr("Wave {wave} undone; what is left for your hands is listed above.").format(
            wave=self.wave_id))
        return True

    def pick_comparison_report(self) -> None:
        choose_file(self.window_widget, self.tr("User Comparison Report (CSV)"), self.project.path.parent,
                    self.tr("CSV (*.csv);;All files (*)"), lambda path: self.ops.start(
                        None, self.read_comparison_report(path),
                        failed=lambda exc: self._fail(self.tr("Not read"), exc)))

    async def read_comparison_report(self, path: Path) -> bool:
        return await self.import_comparison_report(await read_file(path), path.name)

    async def import_comparison_report(self, data: bytes, name: str) -> bool:
        """Guide §8.2/§8.3 after a wave: the report is kept on its step, and each issue is shown with its fix."""
        try:
            result = check_comparison_report(data, name)
        except WizardError as exc:
            self._fail(self.tr("Not read"), exc)
            return False
        await self.project.commit(self.project.attach, COMPARISON_STEP, name, data)
        issues = [f for f in result.findings if f.severity.value != "info"]
        self.panel.show_findings(self.tr("User comparison report {file}: {count} issue(s)").format(
            file=name, count=len(issues)), result.findings)
        self.panel.set_message(self.tr("Comparison report kept on step §8.2; {count} issue(s) to resolve (§8.3).")
                               .format(count=len(issues)),
                               error=bool(issues))
        return not issues


class ProvisioningChapter(ChapterPanel):
    """The wave above, the AMO batch below; the AMO buttons follow the op runner, so a refresh meanwhile can never
    hand the Send button back while a batch is on its way."""

    def __init__(self, context: ChapterContext) -> None:
        super().__init__(context)
        self.wave = ProvisioningController(context.project, context.ops, context.parent)
        self.wave.status.connect(context.status)
        self.wave.steps_changed.connect(context.refresh)  # the wave closes chapter 7's steps
        self.amo_panel = AmoPanel()
        self.amo_panel.dry_run_requested.connect(lambda: self.amo_run(dry_run=True))
        self.amo_panel.send_requested.connect(lambda: self.amo_run(dry_run=False))
        self.amo_panel.parse_requested.connect(self.amo_parse)
        self.follow_ops(self._update_buttons)
        self.follow_ops(self.wave._update_buttons)
        self._amo_area = QScrollArea()
        self._amo_area.setWidgetResizable(True)
        self._amo_area.setFrameShape(QFrame.Shape.NoFrame)
        self._amo_area.setWidget(self.amo_panel)
        self._update_buttons()

    def widget(self) -> QWidget:
        return self.wave.panel

    def tabs(self) -> list[tuple[str, QWidget]]:
        # the wave has the page to itself, so its table gets the height and owns the mouse wheel
        return [(self.tr("Wave"), self.wave.panel), (self.tr("AMO batch"), self._amo_area)]

    def _update_buttons(self) -> None:
        self.amo_panel.set_state(busy=self.context.ops.busy(AMO), offline=self.context.project.mode is Mode.OFFLINE)

    def show_mode(self, mode: Mode) -> None:
        self._update_buttons()
        self.wave._update_buttons()

    def restyle(self) -> None:
        self.wave.panel.refresh_counts()  # its tints follow the palette

    def close(self) -> None:
        self.wave.close()

    def _commands(self) -> list[str] | None:
        try:
            return amo_service.read_batch(self.amo_panel.batch.toPlainText())
        except WizardError as exc:
            self.amo_panel.show_results(self.tr("Not sent: {reason}.").format(reason=exc))
            return None

    def amo_run(self, *, dry_run: bool) -> asyncio.Future[Any] | None:
        commands = self._commands()
        if commands is None:
            return None
        project, panel = self.context.project, self.amo_panel
        work: Awaitable[Any]
        done: Callable[[Any], object]
        if dry_run:
            work, done = amo_service.dry_run(project, commands), self._show_dry_run
        else:
            work = amo_service.send_batch(project, amo_service.batch_name(panel.batch_name.text()), commands)
            done = self._show_results
        return self.context.ops.start(AMO, work, done=done, failed=lambda exc: panel.show_results(self.tr(
            "Stopped: {reason}. What was sent before is in the journal; sending the same batch name again resumes "
            "it.").format(reason=exc)))

    def amo_parse(self) -> asyncio.Future[Any] | None:
        commands = self._commands()
        if commands is None:
            return None
        panel = self.amo_panel
        work = amo_service.read_pasted(self.context.project, amo_service.batch_name(panel.batch_name.text()),
                                       commands, panel.pasted.toPlainText())
        return self.context.ops.start(AMO, work, done=self._show_results, failed=lambda exc: panel.show_results(
            self.tr("Not read: {reason}.").format(reason=exc)))

    def _show_dry_run(self, shown: list[str]) -> None:
        self.amo_panel.show_results("\n".join(shown) + "\n\n" + self.tr("Dry run: nothing was changed."))

    def _show_results(self, results: list[AmoResult]) -> None:
        self.amo_panel.show_results(amo_service.result_lines(results))
