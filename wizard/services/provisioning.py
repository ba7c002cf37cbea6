"""Use case: guide chapter 7 on a customer's live systems, for the window, the command line and the demo alike.

Read → rows → plan → run or resume → the engineer's portal rounds and Assistant import → read-back → undo. Every
write to Zoom or the OS4K comes from a plan, and a plan only from a reading of both sides made after the last change
or read-back the wizard did: a table read before a wave ran can never be planned again as if nothing had happened.
A Zoom export is judged by the same rules as `psi-wizard check users` before it replaces anything."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from wizard.checks.comparison import check_comparison_report
from wizard.checks.provisioning import Change, Person, System, WaveOptions, WavePlan, WaveState, plan_wave
from wizard.checks.result import CheckResult
from wizard.checks.users import NOT_A_PERSON, PSI_BATCH_LIMIT, read_zoom_users, reconcile
from wizard.errors import WizardError
from wizard.files import refuse_inputs, write_atomically
from wizard.live import require_live
from wizard.provisioning.by_hand import (
    PortalRound,
    WaveView,
    assistant_file,
    confirm_assistant,
    confirm_round,
    confirm_rounds,
    portal_rounds,
    record_assistant_file_saved,
    wave_view,
)
from wizard.provisioning.people import provisioned
from wizard.provisioning.readback import COMPARISON_STEP, verify_wave
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
from wizard.provisioning.undo import WaveUndo, run_undo, undo_plan, undo_summary
from wizard.provisioning.waves import change_summary, new_wave, parse_plan
from wizard.said import Said
from wizard.store.project import ProjectFile, WaveRecord

# The runner (HTTP: the Zoom and OS4K clients it drives) and the plan's export (the report's modules) are imported
# where they are used: the engineer's confirmations and the looks need neither, and a portal round's confirmation on a
# big site is meant to take well under a second, start-up included.
if TYPE_CHECKING:
    from wizard.provisioning.runner import SystemProgress, WaveOutcome, WaveRunner

RUNNER_TYPES = ("SystemProgress", "WaveOutcome", "WaveRunner")


def __getattr__(name: str) -> object:
    """The runner's types, which the window takes from this service: loaded when first asked for (PEP 562)."""
    if name in RUNNER_TYPES:
        from wizard.provisioning import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


T = TypeVar("T")
# the waves a run has started and not finished: what a bare resume continues (a wave only planned is started on
# purpose, never by a resume)
RUN_AND_UNFINISHED = (WaveState.RUNNING, WaveState.PAUSED, WaveState.WAITING)


class Provisioning:
    """Chapter 7 of one project. Secrets given here (the command line's environment variables) win over the
    keyring's."""

    def __init__(self, project: ProjectFile, *, zoom_secret: str | None = None,
                 os4k_password: str | None = None) -> None:
        self.project = project
        self._zoom_secret = zoom_secret
        self._os4k_password = os4k_password

    # ------------------------------------------------------------------ the people
    def options(self, *, pmidx: str = "", voicemail_number: str = "", rotate_passwords: bool = False) -> WaveOptions:
        """The wave's choices: the PM index for stations without one, the voicemail number for a missing route,
        and whether every station gets a new digest password (off unless the engineer chooses it: a device
        registered with the old one stops working until it is set up again)."""
        return wave_options(self.project, pmidx=pmidx, voicemail_number=voicemail_number,
                            rotate_passwords=rotate_passwords)

    async def read(self, options: WaveOptions, *, zoom_csv: bytes | None = None, zoom_name: str = "Zoom export",
                   subscribers: bytes | None = None) -> Reading:
        """Both sides read now (files given here win over the live systems), kept with the project so they are
        there offline and after reopening. A Zoom export that `check users` refuses is refused here, naming its
        line and why, before anything is read or replaced."""
        if zoom_csv is not None:
            await asyncio.to_thread(refuse_damaged_zoom_export, zoom_csv, zoom_name)
        position = self.project.audit_position()  # before the read: what changes after it makes it out of date
        reading = await self._with_systems(lambda systems: read_people(
            self.project, systems, options, zoom_csv=zoom_csv, subscribers=subscribers))
        reading = replace(reading, position=position)
        if not self.project.read_only:
            await self.project.commit(keep_reading, self.project, reading)
        return reading

    async def kept(self, options: WaveOptions) -> Reading | None:
        """The last reading kept with the project, judged again with today's options."""
        return await asyncio.to_thread(kept_reading, self.project, options)

    def current(self, reading: Reading) -> bool:
        """Whether nothing the wizard did to a live system (or read back from it) came after this reading."""
        return reading.position >= self.project.last_system_change() and reading.position > 0

    async def assign_station(self, email: str, stno: str) -> tuple[tuple[str, str], ...]:
        return await self.project.commit(assign_station, self.project, email, stno)

    # ------------------------------------------------------------------ the plan
    async def plan(self, reading: Reading, chosen: Sequence[Person], options: WaveOptions, *,
                   round_size: int = PSI_BATCH_LIMIT) -> str:
        """Stores a wave planned from `reading` for the people chosen; nothing is sent. Refused when the reading is
        older than the wizard's last change to a live system; nobody the last read-back found integrated is in
        it."""
        if not self.current(reading):
            raise WizardError("the people were read before the wizard last changed or read back Zoom or the OS4K",
                              "read Zoom and the OS4K again, then plan the wave from what they hold now")
        if not chosen:
            raise WizardError("nobody is chosen for this wave", "choose the people who are ready (see the rows)")
        integrated = integrated_emails(self.project)
        # pure work on thousands of rows: in a worker thread, so the window keeps answering
        # written as its stored text while it is made: a big wave's changes are never all objects at once
        plan = await asyncio.to_thread(plan_wave, chosen, reading.config, options, round_size=round_size,
                                       integrated=integrated)
        return await self.project.commit(new_wave, self.project, plan)

    async def export_plan(self, wave_id: str, target: Path, language: str | None = None) -> Path:
        """The plan for the customer's change approval; `language`: the PDF's (default: the project's report
        language, as the report's)."""
        from wizard.provisioning.plan_export import export_plan

        refuse_inputs({"the plan file": target}, {"the project": self.project.path})
        if target.suffix.lower() == ".pdf":
            from wizard.report.pdf import ensure_gui

            ensure_gui()  # here, in the main thread: made by the worker, Qt's application crashed the command at exit
        return await asyncio.to_thread(export_plan, self.project, wave_id, target, language)

    async def view(self, wave_id: str) -> tuple[WaveRecord, WavePlan, WaveView]:
        """The wave's record, its plan and where each of its changes stands, all made in a worker thread: the
        record's plan text, the journal's rows and a thousand people's changes would each hold the window (as the
        kept reading and the plan's export are read there too). The plan comes back with its changes read once,
        each stage's grouped: the window asks for each stage several times while it draws, and a stored plan reads
        its changes again at every ask; the plan tree holds every change until its group is opened anyway."""

        def made() -> tuple[WaveRecord, WavePlan, WaveView]:
            record = self.project.wave(wave_id)
            if record is None:
                raise WizardError("'{wave}' is not a wave of this project", "list the waves and pick one",
                                  wave=wave_id)
            stored = parse_plan(record.plan)
            view = wave_view(stored, self.project.wave_ops(wave_id))
            plan = replace(stored, changes=tuple(stored.changes))
            plan.count(System.ZOOM)  # its stages grouped here, not on the loop
            return record, plan, view

        return await asyncio.to_thread(made)

    def change_summary(self, wave_id: str) -> list[str]:
        """What running the wave changes, one line per kind of change, for the engineer's confirmation."""
        return change_summary(self.project, wave_id)

    # ------------------------------------------------------------------ running
    def resumable(self) -> str:
        """The wave a bare resume continues: the one whose run was the latest to leave it unfinished, by the
        project's own order of changes (a clock that jumped cannot change it)."""
        activity = self.project.wave_activity()
        unfinished = [w.wave_id for w in self.project.waves() if w.state in RUN_AND_UNFINISHED]
        if not unfinished:
            raise WizardError("the project has no wave that was run and left unfinished",
                              "run a planned wave with --execute (--waves lists them)")
        return max(unfinished, key=lambda wave: activity.get(wave, 0))

    async def run(self, wave_id: str, *, activation_wait: float = 0.0,
                  on_progress: Callable[[dict[System, SystemProgress]], None] | None = None,
                  on_change: Callable[[Change, str, str], None] | None = None,
                  on_runner: Callable[[WaveRunner | None], None] | None = None) -> WaveOutcome:
        """Runs (or carries on) a wave: a change already made is never made again. `on_runner` is handed the
        runner while it runs (to pause it), then None."""
        from wizard.provisioning.runner import WaveRunner

        require_live(self.project, "running a wave")

        async def go(systems: Systems) -> WaveOutcome:
            runner = WaveRunner(self.project, wave_id, zoom=systems.zoom, amo=systems.amo,
                                activation_wait=activation_wait, on_progress=on_progress, on_change=on_change)
            if on_runner is not None:
                on_runner(runner)
            try:
                return await runner.run()
            finally:
                if on_runner is not None:
                    on_runner(None)

        return await self._with_systems(go)

    # ------------------------------------------------------------------ the engineer's hands
    def rounds(self, wave_id: str) -> list[PortalRound]:
        return portal_rounds(self.project, wave_id)

    async def confirm_round(self, wave_id: str, number: int) -> PortalRound:
        """The engineer's word that round `number` was added in the portal (Integrated users > Add users)."""
        return await self.project.commit(confirm_round, self.project, wave_id, number)

    async def confirm_rounds(self, wave_id: str, numbers: Collection[int] | None) -> list[PortalRound]:
        """The engineer's word that the portal took the rounds `numbers` (all of them or none), or with None every
        round with people to add now: a big site's 400 rounds need not be confirmed one command each."""
        return await self.project.commit(confirm_rounds, self.project, wave_id, numbers)

    async def save_assistant_file(self, wave_id: str, target: Path) -> list[str]:
        """The Assistant's import file for the people of the wave ready for it, written to `target`; returns
        their emails."""
        refuse_inputs({"the Assistant file": target}, {"the project": self.project.path})
        # the wave's journal and its plan's Assistant and AMO stages read for a thousand people: off the loop
        text, emails = await asyncio.to_thread(assistant_file, self.project, wave_id)
        if not emails:
            raise WizardError("nobody of this wave is ready for the Assistant yet",
                              "the portal rounds and the AMOs come first: resume the wave to see who waits for what")
        await asyncio.to_thread(write_atomically, target, text.encode("utf-8"))
        # only people in a file really saved can be confirmed as imported from it
        await self.project.commit(record_assistant_file_saved, self.project, wave_id, emails)
        return emails

    async def confirm_assistant(self, wave_id: str, *, another_way: str = "") -> int:
        """The engineer's word that the Assistant imported the wave's saved file and ran Update all; or, with
        `another_way`, their note of how the people were imported instead (kept in the audit log)."""
        return await self.project.commit(confirm_assistant, self.project, wave_id, another_way=another_way)

    # ------------------------------------------------------------------ after the run
    async def verify(self, wave_id: str) -> dict[str, str]:
        """Everyone of the wave read back from Zoom and the OS4K; nothing is changed. Person -> state."""
        require_live(self.project, "reading a wave back")

        async def read_back(systems: Systems) -> dict[str, str]:
            if systems.zoom is None or systems.amo is None:
                raise WizardError("the read-back needs the Zoom and the OS4K connections",
                                  "set both up on the Site page (on the command line, or pass their secrets with "
                                  "--zoom-secret-env and --password-env)")
            return await verify_wave(self.project, wave_id, systems.zoom, systems.amo)

        return await self._with_systems(read_back)

    def undo_preview(self, wave_id: str) -> tuple[WaveUndo, list[str]]:
        undo = undo_plan(self.project, wave_id)
        return undo, undo_summary(self.project, undo)

    async def undo(self, wave_id: str) -> WaveUndo:
        require_live(self.project, "undoing a wave")
        return await self._with_systems(lambda systems: run_undo(self.project, wave_id, zoom=systems.zoom,
                                                                 amo=systems.amo))

    async def import_comparison_report(self, data: bytes, name: str) -> CheckResult:
        """Guide §8.2/§8.3 after a wave: the User Comparison Report kept on its step, each issue with its fix."""
        result = await asyncio.to_thread(check_comparison_report, data, name)
        await self.project.commit(self.project.attach, COMPARISON_STEP, name, data)
        return result

    # ------------------------------------------------------------------ plumbing
    async def _with_systems(self, work: Callable[[Systems], Awaitable[T]]) -> T:
        """The project's live systems opened around one piece of work, and closed whatever happens."""
        systems = open_systems(self.project, zoom_secret=self._zoom_secret, os4k_password=self._os4k_password)
        try:
            return await work(systems)
        finally:
            await systems.aclose()


def refuse_damaged_zoom_export(data: bytes, source: str) -> None:
    """A Zoom user export is judged by `check users` first: a line it finds is no person (say, a stray byte-order
    mark or a broken quote) would otherwise become one, or swallow one, and change who is provisioned. A person's
    own problem (spaces around an email, a duplicate) stays on their row, which says why they are blocked."""
    result = reconcile(read_zoom_users(data, source), None, PSI_BATCH_LIMIT)
    errors = [f for f in result.findings if f.code in NOT_A_PERSON]
    if errors:
        raise WizardError("{source} is refused: {problem}" if len(errors) == 1 else
                          "{source} is refused: {problem} (and {more} more problems)",
                          "correct the file (or export it from the Zoom portal again) and choose it again; the "
                          "people shown stay as they were", source=source, problem=Said.of_finding(errors[0]),
                          more=len(errors) - 1)


def integrated_emails(project: ProjectFile) -> Collection[str]:
    """Everyone the project's latest read-backs found integrated: never planned again."""
    people, _waves = provisioned(project)
    return frozenset(row["email"].lower() for row in people if row.get("stage") == "integrated")
