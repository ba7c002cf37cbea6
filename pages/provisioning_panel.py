"""Chapter 7 as one working surface, one step at a time: read both sides and choose who goes in this wave (the
people), review the plan like a diff, then the wave's five stages in the guide's order (invitations, portal rounds,
AMOs, Assistant, read-back), each on a page that gets the height; what a run or an undo will change is a page of
its own too. The run bar below stays: run, pause, cancel, verify, export, undo, and what happened. Every part that
can grow (a list, a long message) scrolls inside its page, so no moment of a wave makes the window taller."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pages.people_table import PeopleTable
from pages.provisioning_words import STAGE_NAMES, shown
from pages.wave_plan import PlanTree, StageChanges
from pages.wave_run import ReviewPage, RunBar
from pages.wave_sources import SourcesBar
from pages.wave_stages import AssistantPage, ReadBackPage, RoundsPage, StagePage, SystemBar
from pages.wave_stepper import StageStepper, StepState
from wizard.checks.provisioning import DIGEST_PLACEHOLDER, Change, OpState, Person, System, WavePlan, WaveState

PEOPLE, PLAN, REVIEW = "people", "plan", "review"  # the steps before the stages, and the confirmation's page


def stage_state(changes: Sequence[Change], op_states: dict[str, str]) -> tuple[StepState, Counter[str]]:
    """Where a stage stands (its mark on the stepper) and how many of its changes are in each state."""
    counts = Counter(op_states.get(c.op_id, OpState.PLANNED) for c in changes)
    if not changes:
        return StepState.NOTHING, counts
    if counts[OpState.FAILED]:
        return StepState.FAILED, counts
    if counts[OpState.DONE] + counts[OpState.ALREADY] == len(changes):
        return StepState.DONE, counts
    if counts[OpState.WAITING]:
        return StepState.WAITING, counts
    return (StepState.PLANNED if counts[OpState.PLANNED] == len(changes) else StepState.NOW), counts


def progress_state(progress: Any) -> StepState:
    """Where a stage stands while the wave runs, from its progress."""
    if not progress.total:
        return StepState.NOTHING
    if progress.failed:
        return StepState.FAILED
    if progress.waiting:
        return StepState.WAITING
    if progress.settled >= progress.total:
        return StepState.DONE
    return StepState.NOW if progress.settled else StepState.PLANNED


class ProvisioningPanel(QWidget):
    """Chapter 7's wave. The sources bar (`sources`) and the run bar (`run_bar`) say what the engineer asks for with
    signals of their own; the panel's signals are those of its stage pages."""

    confirmed = Signal(str)  # the engineer confirmed what the confirmation page showed: "run" or "undo"
    round_done_requested = Signal(int)  # the round was added in the Zoom portal
    assistant_done_requested = Signal()  # imported from this wave's saved file, Update all run
    assistant_done_elsewhere = Signal(str)  # imported another way, Update all run: the engineer's note says how
    assistant_csv_requested = Signal()
    plan_export_requested = Signal()
    comparison_requested = Signal()
    station_chosen = Signal(str, str)  # email, station ("" to forget the choice): a Zoom user without a subscriber

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Provisioning")
        self.stepper = StageStepper()
        # the people are a short word: the plan and the stages share the row's width for their states
        self.stepper.add_step(PEOPLE, self.tr("People"), self._people_page(), stretch=0)
        self.plan_tree = PlanTree()
        self.stepper.add_step(PLAN, self.tr("Plan"), self._plan_page())
        self.stepper.add_gap()
        self._stage_pages()
        self.review = ReviewPage()
        self.review.confirmed.connect(self.confirmed)
        self.review.dismissed.connect(self.hide_confirmation)
        # another step chosen while a question is asked: the question is dropped, nothing was sent
        self.stepper.picked.connect(lambda _key: self.review.stop_asking())
        self.stepper.add_page(REVIEW, self.review)
        self.run_bar = RunBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stepper, 1)
        layout.addWidget(self.run_bar)
        self._name_parts()
        self._plan: WavePlan | None = None
        self._op_states: dict[str, str] = {}
        self._wave = ""
        self._rounds: list[Any] = []
        self._ready = 0
        self._followed = ""  # where the wave was when the stepper last followed it
        self._back_to = PEOPLE  # the page shown before the confirmation
        self.stepper.show_page(PEOPLE)
        self.set_state(busy=False, has_rows=False, has_wave=False, offline=False)

    def _people_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        intro = QLabel(self.tr("Read Zoom and the OS4K, choose who goes in this wave, then Plan wave."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.sources = SourcesBar()
        layout.addWidget(self.sources)
        self.people = PeopleTable()
        self.people.station_chosen.connect(self.station_chosen)
        self.people.said.connect(self.set_message)
        layout.addWidget(self.people, 1)
        return page

    def _plan_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        self.wave_label = QLabel(self.tr("No wave planned."))
        self.wave_label.setWordWrap(True)
        layout.addWidget(self.wave_label)
        layout.addWidget(self.plan_tree, 1)
        safe = QLabel(self.tr("Every change is journaled before it is sent: after a crash, Run wave carries on "
                              "without doing anything twice."))
        safe.setObjectName("Evidence")
        safe.setWordWrap(True)
        layout.addWidget(safe)
        return page

    def _stage_pages(self) -> None:
        self.bars = {system: SystemBar(system) for system in System}
        self.stepper.add_step(System.ZOOM, shown(STAGE_NAMES[System.ZOOM]), StagePage(
            self.bars[System.ZOOM], self.tr("Zoom emails each person an invitation (§7.1.1), paced to Zoom's limits. "
                                            "The wave goes on with those who have activated their account (§7.1.2); "
                                            "the others follow when the wave is run again."),
            StageChanges(self.plan_tree, (System.ZOOM.value,), self.tr("Invitations of the wave"))))
        self.rounds = RoundsPage(self.bars[System.PSI])
        self.rounds.round_done.connect(self.round_done_requested)
        self.rounds.said.connect(self.set_message)
        self.stepper.add_step(System.PSI, shown(STAGE_NAMES[System.PSI]), self.rounds)
        self.stepper.add_step(System.OS4K, shown(STAGE_NAMES[System.OS4K]), StagePage(
            self.bars[System.OS4K], self.tr("The subscribers' AMOs (§7.2) over the OS4K session, each journaled "
                                            "before it is sent, so a wave run again never sends one twice."),
            StageChanges(self.plan_tree, (System.OS4K.value,), self.tr("AMOs of the wave"))))
        self.assistant = AssistantPage(self.bars[System.ASSISTANT], StageChanges(
            self.plan_tree, (System.ASSISTANT.value,), self.tr("The Assistant's people of the wave")))
        self.assistant.csv_requested.connect(self.assistant_csv_requested)
        self.assistant.done_requested.connect(self.assistant_done_requested)
        self.assistant.done_elsewhere.connect(self.assistant_done_elsewhere)
        self.stepper.add_step(System.ASSISTANT, shown(STAGE_NAMES[System.ASSISTANT]), self.assistant)
        read_back = ReadBackPage(self.bars[System.VERIFY], self.plan_tree)
        read_back.comparison_requested.connect(self.comparison_requested)
        self.comparison_button = read_back.comparison_button
        self.stepper.add_step(System.VERIFY, shown(STAGE_NAMES[System.VERIFY]), read_back)

    def _name_parts(self) -> None:
        """The parts the controller and the tests reach, under the names they had before the split."""
        self.model, self.proxy, self.table = self.people.model, self.people.proxy, self.people.table
        self.filter, self.search, self.details = self.people.filter, self.people.search, self.people.details
        self.counts, self.station_row = self.people.counts, self.people.station
        self.station_box, self.assign_button = self.people.station.box, self.people.station.assign_button
        self.read_button, self.source_label = self.sources.read_button, self.sources.source_label
        self.pmidx, self.voicemail = self.sources.pmidx, self.sources.voicemail
        self.rotate_passwords = self.sources.rotate_passwords
        bar = self.run_bar
        self.plan_button, self.run_button, self.pause_button = bar.plan_button, bar.run_button, bar.pause_button
        self.cancel_button, self.verify_button, self.undo_button = bar.cancel_button, bar.verify_button, bar.undo_button
        self.export_button, self.message = bar.export_button, bar.message
        self.confirmation, self.confirmation_text = self.review, self.review.text
        self.confirm_button, self.dismiss_button = self.review.confirm_button, self.review.dismiss_button
        rounds = self.rounds
        self.round_choice, self.round_search, self.round_list = rounds.choice, rounds.search, rounds.people
        self.round_done_button = rounds.done_button
        self.assistant_csv_button, self.assistant_done_button = self.assistant.csv_button, self.assistant.done_button

    # ------------------------------------------------------------------ the people
    def show_rows(self, rows: Sequence[Person], source: str) -> None:
        self.people.show_rows(rows)
        self.sources.source_label.setText(source)

    def set_free_stations(self, stations: Sequence[str]) -> None:
        """The stations a Zoom user without a subscriber can be given (read, no email in PERSI, not chosen yet)."""
        self.people.set_free_stations(stations)

    def refresh_counts(self) -> None:
        self.table.viewport().update()
        self.people.count()

    # ------------------------------------------------------------------ the wave
    def show_plan(self, wave: str, state: str, plan: WavePlan, op_states: dict[str, str],
                  details: dict[str, str] | None = None) -> None:
        if wave != self._wave:
            self.review.forget_undo()  # an undo shown belongs to the wave before
            self._followed = ""
        self._wave, self._plan, self._op_states = wave, plan, op_states
        self.plan_tree.show_plan(plan, op_states, details or {})
        text = self.tr("Wave {wave}: {state}, {count} people.").format(wave=wave, state=shown(state),
                                                                         count=len(plan.people))
        if any(DIGEST_PLACEHOLDER in c.text for c in plan.of(System.OS4K)):
            text += " " + self.tr('IPPASSW="{placeholder}" stands for each station\'s own digest password: the wave '
                                  "fills it in when it sends the AMO, and it is never shown or kept in the "
                                  "report.").format(placeholder=DIGEST_PLACEHOLDER)
        self.wave_label.setText(text)
        for system, bar in self.bars.items():
            mark, counts = stage_state(plan.of(system), op_states)
            settled = sum(counts[state] for state in (OpState.DONE, OpState.ALREADY, OpState.FAILED, OpState.WAITING))
            bar.show_progress(settled, len(plan.of(system)), 0.0, None, counts[OpState.FAILED], counts[OpState.WAITING])
            if state == WaveState.UNDONE and mark not in (StepState.NOTHING, StepState.PLANNED):
                self._show_undone(system, bar)  # what the stage did is not in force: never 'done'
            else:
                self.stepper.set_step(system, mark, bar.summary, bar.detail.text())
        plan_mark = StepState.UNDONE if state == WaveState.UNDONE else StepState.DONE if self._sent() else StepState.NOW
        self.stepper.set_step(PLAN, plan_mark, shown(state))
        self._follow()

    def _show_undone(self, system: System, bar: SystemBar) -> None:
        """An undone stage: what the undo put back and what is left for the engineer's hands (wizard.provisioning.
        undo: the AMOs and the invitations nobody accepted by the wizard, the rest by hand), and how far it had come."""
        short, whole = {
            System.ZOOM: (self.tr("undone, rest by hand"),
                          self.tr("Undone: the invitations nobody had accepted were withdrawn; Zoom users who "
                                  "accepted are removed by hand, as the undo listed.")),
            System.PSI: (self.tr("undone, by hand"),
                         self.tr("Undone: remove the integrated users by hand in the Zoom portal, as the undo "
                                 "listed.")),
            System.OS4K: (self.tr("undone, put back"),
                          self.tr("Undone: the AMOs put the stations back as REG- showed them before the wave.")),
            System.ASSISTANT: (self.tr("undone, by hand"),
                               self.tr("Undone: delete the users by hand in the Assistant (Zoom PSI > User data), as "
                                       "the undo listed.")),
            System.VERIFY: (self.tr("undone"), self.tr("Undone: what was read back no longer holds.")),
        }[system]
        before = self.tr("Before the undo: {progress}.").format(progress=bar.detail.text())
        bar.summary = short
        bar.detail.setText(short)
        bar.detail.setToolTip(f"{whole} {before}")
        bar.bar.setValue(0)
        self.stepper.set_step(system, StepState.UNDONE, short, f"{whole} {before}")

    def _sent(self) -> bool:
        return any(state != OpState.PLANNED for state in self._op_states.values())

    def show_rounds(self, rounds: Sequence[Any], assistant_ready: int, assistant_file_saved: bool = False) -> None:
        """The portal rounds (who to tick now, who later) and how many people the Assistant's file holds; the
        Assistant's confirmation is taken once this wave's file was saved (`assistant_file_saved`), or with the
        engineer's note of another way."""
        self._rounds, self._ready = list(rounds), assistant_ready
        self.rounds.show_rounds(rounds)
        self.assistant.show_ready(assistant_ready, saved=assistant_file_saved)
        self._follow()

    def _where(self) -> str:
        """The step the wave waits on: the engineer's hands first (a round to tick, people ready for the
        Assistant), else the last stage it reached; the plan while nothing was sent."""
        if self._plan is None:
            return PEOPLE
        if not self._sent():
            return PLAN
        if any(r.to_tick for r in self._rounds):
            return System.PSI
        if self._ready:
            return System.ASSISTANT
        reached = [s for s in System if any(self._op_states.get(c.op_id, OpState.PLANNED) != OpState.PLANNED
                                            for c in self._plan.of(s))]
        return reached[-1] if reached else PLAN

    def _follow(self, where: str | None = None) -> None:
        """The stepper shows where the wave went, once, when it gets there: a step the engineer opened meanwhile
        stays open until the wave moves on."""
        where = where or self._where()
        if where == self._followed:
            return
        self._followed = where
        if self.stepper.current == REVIEW and self.review.kind:
            self._back_to = where  # the question stays until it is answered
        else:
            self.stepper.show_page(where)

    def show_change(self, op_id: str, state: str, detail: str) -> None:
        """A change's live state, on its row if its group is open (the others are built with it when opened)."""
        self.plan_tree.show_change(op_id, state, detail)

    def show_progress(self, progress: dict[System, Any]) -> None:
        """Each stage's bar while the wave runs; the stepper follows the stage the run is in."""
        running = None
        for system, p in progress.items():
            self.bars[system].show_progress(p.settled, p.total, p.rate(), p.time_left(), p.failed, p.waiting)
            self.stepper.set_step(system, progress_state(p), self.bars[system].summary, self.bars[system].detail.text())
            if p.settled - p.carried > 0:
                running = system
        if running is not None:
            self._follow(running)

    def show_findings(self, title: str, findings: Sequence[Any]) -> None:
        """Findings of a check (e.g. the comparison report), shown with the read-back, each with its fix."""
        self.plan_tree.show_findings(title, findings)
        self.stepper.show_page(System.VERIFY)

    # ------------------------------------------------------------------ confirmations and undo
    def ask_confirmation(self, kind: str, title: str, lines: Sequence[str], button: str) -> None:
        """Shows what an action will change, on a page of its own, and waits for the engineer's explicit word."""
        if self.stepper.current != REVIEW:
            self._back_to = self.stepper.current
        self.review.ask(kind, title, lines, button)
        self.stepper.show_page(REVIEW)

    def hide_confirmation(self) -> None:
        asked = bool(self.review.kind)
        self.review.stop_asking()
        if asked and self.stepper.current == REVIEW:
            self.stepper.show_page(self._back_to)

    def show_undo(self, amos: Sequence[str], notes: Sequence[str]) -> None:
        """What undo changes (asked next) or changed, with what is left for the engineer's hands."""
        if self.stepper.current != REVIEW:
            self._back_to = self.stepper.current
        self.review.show_undo(amos, notes)
        self.stepper.show_page(REVIEW)

    # ------------------------------------------------------------------ state
    def set_message(self, text: str, *, error: bool = False) -> None:
        self.run_bar.set_message(text, error=error)

    def set_state(self, *, busy: bool, has_rows: bool, has_wave: bool, offline: bool) -> None:
        self.sources.set_state(busy=busy, offline=offline)
        self.run_bar.set_state(busy=busy, has_rows=has_rows, has_wave=has_wave, offline=offline)
        self.review.set_state(busy=busy, offline=offline)
        self.rounds.set_busy(busy)
        self.assistant.set_busy(busy)
        for key, step in self.stepper.steps.items():
            step.setEnabled(key == PEOPLE or has_wave)

    def set_paused(self, paused: bool) -> None:
        self.run_bar.set_paused(paused)
