"""`psi-wizard provision`: the rows, the plan, the run, resume, verify and undo of a wave, headless, through the
same provisioning service the window uses (wizard.services.provisioning); this module only parses and prints."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.checks.provisioning import (
    BY_HAND,
    PREREQS,
    SYSTEM_TITLES,
    OpState,
    Person,
    Prereq,
    RowState,
    StoredChanges,
    System,
    WaveOptions,
    WavePlan,
    WaveState,
    free_stations,
)
from wizard.errors import Exit, WizardError
from wizard.live import OfflineMode, require_live
from wizard.provisioning.by_hand import PortalRound
from wizard.provisioning.people import wave_people
from wizard.provisioning.session import SOURCE_STEP, Reading, select
from wizard.provisioning.waves import change_summary, load_plan, plan_digest, plan_hash
from wizard.report.words import LANGUAGES, english
from wizard.runbook.engine import EVIDENCE_REF
from wizard.said import Said
from wizard.services.provisioning import Provisioning
from wizard.store.errors import ProjectLocked, ProjectReadOnly
from wizard.store.project import Mode, ProjectFile
from wizard.store.secrets import secret_from_env

if TYPE_CHECKING:  # the runner, and the HTTP clients it drives, are loaded only by the commands that run a wave
    from wizard.provisioning.runner import SystemProgress

UNFINISHED = (WaveState.PLANNED, WaveState.RUNNING, WaveState.PAUSED, WaveState.WAITING)
READ_BACK = (WaveState.DONE, WaveState.WAITING, WaveState.PAUSED, WaveState.RUNNING)  # waves that sent something


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, help="the project file (.psiproj)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--rows", action="store_true", help="the reconciliation, one row per person (default)")
    action.add_argument("--plan", action="store_true",
                        help="plan a wave, store it and show what it will change; nothing is sent")
    action.add_argument("--export-plan", nargs=2, metavar=("WAVE", "FILE"),
                        help="write WAVE's plan as FILE (.pdf or .csv) for the customer's change approval")
    action.add_argument("--execute", metavar="WAVE", help="run WAVE, a wave planned (and shown) with --plan")
    action.add_argument("--resume", nargs="?", const="", metavar="WAVE", help="continue the last unfinished wave")
    action.add_argument("--rounds", metavar="WAVE", help="the portal rounds of WAVE: who to tick in Add users now")
    action.add_argument("--confirm-round", nargs=2, metavar=("WAVE", "N[,M…|all]"),
                        help="record that round N of WAVE (or the rounds N,M…, or all that have people to add now) "
                             "was added in the Zoom portal (§7.1.3.2)")
    action.add_argument("--assistant-csv", nargs=2, metavar=("WAVE", "FILE"),
                        help="write the Assistant's import file for the people of WAVE ready for it (§7.2.1.1)")
    action.add_argument("--confirm-assistant", metavar="WAVE",
                        help="record that the Assistant imported the file saved with --assistant-csv and ran Update "
                             "all (§7.2.1)")
    action.add_argument("--verify", nargs="?", const="", metavar="WAVE",
                        help="read everyone of the wave back from Zoom and the OS4K; changes nothing")
    action.add_argument("--undo", metavar="WAVE", help="show what undoing WAVE changes (do it with --confirm)")
    action.add_argument("--waves", action="store_true", help="list the project's waves")
    parser.add_argument("--confirm", action="store_true", help="with --undo: really undo")
    parser.add_argument("--another-way", default="", metavar="NOTE",
                        help="with --confirm-assistant, when no file of this wave was imported: how the people were "
                             "imported instead (kept in the audit log)")
    parser.add_argument("--select", default="all", help="'all' (everyone ready) or a comma-separated list of emails")
    parser.add_argument("--zoom-csv", type=Path, help="Zoom users from an export instead of the API")
    parser.add_argument("--subscribers", type=Path,
                        help="OS4K subscribers from REG- output or a Station/Email CSV instead of the AMO session")
    parser.add_argument("--assign", action="append", default=[], metavar="EMAIL=STATION",
                        help="give a Zoom user no OS4K subscriber has in PERSI one of the stations read without an "
                             "email (kept with the project; EMAIL= forgets it); repeatable")
    parser.add_argument("--pmidx", default="",
                        help="PM index for subscribers without one (the guide names none: without it, such a "
                             "subscriber waits for the engineer's choice)")
    parser.add_argument("--voicemail", default="", help="voicemail number (SAN) if the wave has to add a PM route")
    parser.add_argument("--rotate-passwords", action="store_true",
                        help="with --plan: give every station of the wave a new digest password, also where one is "
                             "set (SIP devices registered with the old one stop working until set up again); by "
                             "default a password that exists is kept")
    parser.add_argument("--round-size", type=int, default=50, help="people per portal round, at most 50")
    parser.add_argument("--wait-activation", type=float, default=0.0, metavar="SECONDS",
                        help="how long to wait for invited users to activate (default: look once)")
    parser.add_argument("--zoom-secret-env", metavar="VAR", help="the Zoom client secret (default: the keyring's)")
    parser.add_argument("--password-env", metavar="VAR", help="the AMO password (default: the keyring's)")
    parser.add_argument("--language", choices=LANGUAGES,
                        help="with --export-plan: the PDF's language (default: the project's report language)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--force", action="store_true",
                        help="open the project although another wizard's lock is on it, when that wizard cannot be "
                             "running here (it was on another laptop, or its process is gone); kept in the audit log")


def _read(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WizardError("cannot read {path} ({reason})", "check the path", path=path,
                          reason=exc.strerror or exc) from exc


def run(args: argparse.Namespace) -> int:
    with _open(args) as project:
        sends = args.execute is not None or args.resume is not None or args.verify is not None or \
            (args.undo and args.confirm)
        if sends:  # rows, plans, files and confirmations work offline too
            require_live(project, "running, verifying or undoing a wave")
        elif _reads_the_people(args):
            _refuse_offline_without_files(project, args)
        return asyncio.run(_run(Provisioning(project, zoom_secret=secret_from_env(args.zoom_secret_env),
                                             os4k_password=secret_from_env(args.password_env)), args))


def _open(args: argparse.Namespace) -> ProjectFile:
    """The project, for reading where the action only reads it. --verify keeps what it read back (the report cites
    the latest read-back), so it opens for writing; on a read-only file or medium, or while another wizard holds the
    project (a wave running in another terminal), it reads back all the same and says that nothing was kept."""
    try:  # a portal round's confirmation reads and writes a few rows: judged as read, not the whole file
        return ProjectFile.open(args.project, read_only=_looks_only(args), force=args.force,
                                few_rows=args.confirm_round is not None)
    except (ProjectReadOnly, ProjectLocked) as exc:
        if args.verify is None:
            raise
        note = WizardError("{problem}; what is read back is shown, not kept in the project",
                           "to keep it for the report, run --verify again where the project can be written",
                           problem=exc)
        print(f"psi-wizard: {note}", file=sys.stderr)
        return ProjectFile.open(args.project, read_only=True)


def _reads_the_people(args: argparse.Namespace) -> bool:
    """--plan, and --rows (the default action): they read both sides, from files or the live systems."""
    others = (args.export_plan, args.execute, args.resume, args.rounds, args.confirm_round, args.assistant_csv,
              args.confirm_assistant, args.verify, args.undo)
    return args.plan or (not args.waves and all(action is None or action is False for action in others))


def _looks_only(args: argparse.Namespace) -> bool:
    """Actions that only read the project open it for reading: they work on a read-only file or medium and while a
    wave runs in another process. The list of waves, the portal rounds, a plan's export, and the rows read from files
    (the rows read from the live systems are kept with the project, so they are there offline)."""
    from_files = args.zoom_csv is not None and args.subscribers is not None
    rows = _reads_the_people(args) and not args.plan
    return bool(args.waves or args.rounds or args.export_plan or (rows and from_files)) and not args.assign


def _refuse_offline_without_files(project: ProjectFile, args: argparse.Namespace) -> None:
    """Offline, the OS4K's subscribers can only come from a file: --subscribers, or the one kept on step 7.1.3.2.
    Without one, the reading needs the live systems, and is refused as every live action is offline (exit 3)."""
    if project.mode is not Mode.OFFLINE or args.subscribers is not None:
        return
    if project.step_inputs(SOURCE_STEP).get("os4k", "").startswith(EVIDENCE_REF):
        return
    raise OfflineMode("{name} is in offline checklist mode: reading the people needs the live systems, and no file "
                      "of the OS4K's subscribers was given",
                      "give --subscribers FILE (REG- output or a Station/Email CSV) and --zoom-csv FILE to work "
                      "offline, or switch the project to live mode (in the window: Ctrl+Shift+O)",
                      name=project.path.name)


async def _run(chapter: Provisioning, args: argparse.Namespace) -> int:
    for choice in args.assign:  # before anything is read or planned: the rows and the plan follow it
        await _assign_station(chapter, choice)
    offline_answer = await _by_hand(chapter, args)
    if offline_answer is not None:
        return offline_answer
    if args.undo:
        return await _undo(chapter, args)
    if args.verify is not None:
        return await _verify(chapter, args.verify or _latest_read_back(chapter.project), args)
    if args.resume is not None:
        return await _execute(chapter, args.resume or chapter.resumable(), args)
    if args.execute is not None:
        _refuse_unplanned(chapter.project, args.execute)
        return await _execute(chapter, args.execute, args)
    if args.plan:
        return await _plan_and_show(chapter, args)
    return await _rows(chapter, args)


async def _assign_station(chapter: Provisioning, choice: str) -> None:
    """--assign EMAIL=STATION: a station for a Zoom user no subscriber has in PERSI (kept with the project)."""
    email, equals, stno = choice.partition("=")
    if not equals:
        raise WizardError("--assign '{choice}' is not EMAIL=STATION", "e.g. --assign anna@example.com=3105",
                          choice=choice)
    await chapter.assign_station(email, stno)


async def _verify(chapter: Provisioning, wave: str, args: argparse.Namespace) -> int:
    found = await chapter.verify(wave)
    rows = wave_people(chapter.project, wave)
    if chapter.project.read_only:  # nothing was kept: the rows say what was read back now
        for person, row in zip(load_plan(chapter.project, wave).people, rows, strict=True):
            row["verify"] = found.get(person, row["verify"])
    _out(args.json, rows, lambda: _table(rows, ("email", "station", "verify", "stage", "open")))
    return Exit.OK if all(state == OpState.DONE for state in found.values()) else Exit.FAILED


def _refuse_unplanned(project: ProjectFile, wave: str) -> None:
    """--execute runs only a wave planned (and shown) with --plan, or one that has not finished."""
    record = project.wave(wave)
    if record is not None and record.state in UNFINISHED:
        return
    planned = [w.wave_id for w in project.waves() if w.state == WaveState.PLANNED]
    raise WizardError("'{wave}' is not a wave planned in this project" if record is None else "wave {wave} is {state}",
                      "plan one with --plan, review what it changes, then --execute it (planned: {planned})"
                      if planned else "plan one with --plan, review what it changes, then --execute it",
                      wave=wave, state=record.state if record else "", planned=", ".join(planned))


async def _plan_and_show(chapter: Provisioning, args: argparse.Namespace) -> int:
    options = _options(chapter, args)
    reading = await _reading(chapter, options, args)  # read now: a plan is made only from what the systems hold
    chosen = select(reading.rows, args.select)
    if not chosen:
        raise WizardError("nobody is ready for a wave", "see `--rows` for what each person still needs")
    wave = await chapter.plan(reading, chosen, options, round_size=args.round_size)
    del reading, chosen  # the rows of a big site are not held while the stored plan is shown
    project = chapter.project
    if args.json:
        _plan_json(project, wave)
    else:
        _print_plan(project, wave, load_plan(project, wave))
    return Exit.OK


def _plan_json(project: ProjectFile, wave: str) -> None:
    """The wave, its hash and what it will change, then the plan's members as stored: the text the hash is of,
    written as it is (a 20,000-person plan is 40 MB of JSON, which parsed again and printed indented took more
    memory than the whole wave's run)."""
    plan = load_plan(project, wave)  # read once: a 20,000-person plan's text is 40 MB
    will_change = change_summary(project, wave, plan)
    changes = plan.changes
    assert isinstance(changes, StoredChanges)  # a plan read from the project
    text = changes.text
    head = json.dumps({"wave": wave, "plan_sha256": plan_digest(text), "will_change": will_change}, indent=2,
                      ensure_ascii=False)
    sys.stdout.write(head.removesuffix("\n}") + ",\n  ")
    assert text.startswith("{")  # a JSON object, written by WavePlan.to_json; after its "{", a megabyte at a time
    for start in range(1, len(text), 1 << 20):
        sys.stdout.write(text[start:start + (1 << 20)])
    sys.stdout.write("\n")


async def _rows(chapter: Provisioning, args: argparse.Namespace) -> int:
    options = _options(chapter, args)
    reading = await _reading(chapter, options, args)
    free = free_stations(reading.config, options)
    _out(args.json, [_row_json(r) for r in reading.rows], lambda: _print_rows(reading.rows, free))
    return Exit.OK


async def _by_hand(chapter: Provisioning, args: argparse.Namespace) -> int | None:
    """The actions that touch no live system: the waves, the plan's export, the engineer's confirmations and the
    Assistant's file. None: not one of them."""
    project = chapter.project
    if args.waves:
        return _print_waves(project, args.json)
    if args.export_plan:
        wave, target = args.export_plan[0], Path(args.export_plan[1])
        await chapter.export_plan(wave, target, args.language)
        _out(args.json, {"wave": wave, "file": str(target), "plan_sha256": plan_hash(project, wave)},
             lambda: print(f"wrote {target} (plan sha256 {plan_hash(project, wave)})"))
        return Exit.OK
    if args.rounds:
        rounds = chapter.rounds(args.rounds)
        _out(args.json, [dataclasses.asdict(r) for r in rounds], lambda: _print_rounds(args.rounds, rounds))
        return Exit.OK
    if args.confirm_round:
        wave, numbers = args.confirm_round[0], _round_numbers(args.confirm_round[1])
        chosen = await chapter.confirm_rounds(wave, numbers)
        _out(args.json, {"wave": wave, "rounds": [r.number for r in chosen],
                         "confirmed": [e for r in chosen for e, _ in r.to_tick]},
             lambda: print(f"{_rounds_said(chosen)} of wave {wave} recorded as added "
                           f"({sum(len(r.to_tick) for r in chosen)} people); read "
                           f"{'it' if len(chosen) == 1 else 'them'} back with: psi-wizard provision PROJECT --resume "
                           f"{wave}"))
        return Exit.OK
    if args.assistant_csv:
        wave, target = args.assistant_csv[0], Path(args.assistant_csv[1])
        emails = await chapter.save_assistant_file(wave, target)
        _out(args.json, {"wave": wave, "file": str(target), "people": emails},
             lambda: print(f"wrote {target} with {len(emails)} people: import it under Zoom PSI > Data Operation > "
                           "Import CSV, run Data operations > User data > Update all, then --confirm-assistant"))
        return Exit.OK
    if args.confirm_assistant:
        count = await chapter.confirm_assistant(args.confirm_assistant, another_way=args.another_way)
        _out(args.json, {"wave": args.confirm_assistant, "people": count},
             lambda: print(f"wave {args.confirm_assistant}: the Assistant's import and Update all recorded for {count} "
                           f"people; read them back with --resume {args.confirm_assistant}"))
        return Exit.OK
    return None


def _round_numbers(text: str) -> list[int] | None:
    """'3', '3,4,7' or 'all' (None: every round with people to add now)."""
    return None if text.strip().lower() == "all" else [_round_number(part.strip()) for part in text.split(",")]


def _rounds_said(rounds: list[PortalRound]) -> str:
    numbers = [str(r.number) for r in rounds]
    if len(numbers) == 1:
        return f"round {numbers[0]}"
    # 'all' on a 20,000-person site is 400 rounds: the line names the first few and how many
    return f"rounds {', '.join(numbers)}" if len(numbers) <= 8 else \
        f"{len(numbers)} rounds ({', '.join(numbers[:8])} …)"


def _round_number(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 10_000:
        raise WizardError("'{text}' is not a round number", "give the round's number, e.g. 1 (see --rounds WAVE)",
                          text=text)
    return int(text)


def _options(chapter: Provisioning, args: argparse.Namespace) -> WaveOptions:
    return chapter.options(pmidx=args.pmidx, voicemail_number=args.voicemail, rotate_passwords=args.rotate_passwords)


async def _reading(chapter: Provisioning, options: WaveOptions, args: argparse.Namespace) -> Reading:
    return await chapter.read(options, zoom_csv=_read(args.zoom_csv), zoom_name=str(args.zoom_csv or "Zoom export"),
                              subscribers=_read(args.subscribers))


def _latest_read_back(project: ProjectFile) -> str:
    wave = next((w.wave_id for w in reversed(project.waves()) if w.state in READ_BACK), None)
    if wave is None:
        raise WizardError("the project has no wave to read back", "run one first with --execute")
    return wave


async def _execute(chapter: Provisioning, wave: str, args: argparse.Namespace) -> int:
    project = chapter.project
    plan = load_plan(project, wave)
    if not args.json:
        print(f"Wave {wave} (plan sha256 {plan_hash(project, wave)}) changes:")
        for line in change_summary(project, wave):
            print(f"  {english(line)}")
    printer = ProgressPrinter(quiet=args.json)
    outcome = await chapter.run(wave, activation_wait=args.wait_activation, on_progress=printer.update)
    printer.finish(outcome.progress)
    rows = outcome.people  # as the run left them: the wave's journal is not read a second time
    failures = outcome.failures()
    _out(args.json, {"wave": wave, "state": outcome.state, "people": rows, "next": list(outcome.next_steps),
                     "failures": [{"change": op, "detail": d} for op, d in failures]},
         lambda: _print_outcome(wave, outcome.state, rows, failures, outcome.next_steps, len(plan.people)))
    return Exit.FAILED if failures else Exit.OK


async def _undo(chapter: Provisioning, args: argparse.Namespace) -> int:
    undo, summary = chapter.undo_preview(args.undo)
    if args.confirm:
        undo = await chapter.undo(args.undo)
    data = {"wave": args.undo, "undone": args.confirm, "will_change": summary, "amos": list(undo.amos),
            "notes": list(undo.notes), "invitations": list(undo.users), "by_hand_portal": list(undo.portal),
            "by_hand_assistant": list(undo.assistant)}

    def text() -> None:
        print(f"{'Undone' if args.confirm else 'Undoing'} wave {args.undo}{'' if args.confirm else ' would change'}:")
        for line in summary:
            print(f"  {english(line)}")
        for amo in undo.amos:
            print(f"    {amo}")
        for note in undo.notes:
            print(f"  note: {note}")
        if not args.confirm:
            print("nothing was changed; add --confirm to undo the wave")

    _out(args.json, data, text)
    return Exit.OK


# ---------------------------------------------------------------------------------------------- output
def _out(as_json: bool, data: object, text: object) -> None:
    if as_json:  # written as it is encoded: a 20,000-person wave's rows are not held a second time as text
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        text()  # type: ignore[operator]


def _row_json(row: Person) -> dict[str, object]:
    return {"email": row.email, "zoom": row.zoom_status, "stations": list(row.stations), "state": row.state.value,
            "prerequisites": {k: row.prereqs[k].value for k in PREREQS},
            "findings": [f.to_json() for f in row.findings]}


def _print_rows(rows: list[Person], free: list[str]) -> None:
    marks = {Prereq.OK: "✔", Prereq.FIX: "+", Prereq.WAIT: "…", Prereq.MISSING: "✘", Prereq.UNKNOWN: "?"}
    print(f"{'email':<34} {'station':<8} {'zoom':<9} " + " ".join(f"{p[:7]:<7}" for p in PREREQS) + "  state")
    for r in rows:
        print(f"{r.email[:34]:<34} {', '.join(r.stations)[:8]:<8} {(r.zoom_status or '-'):<9} "
              + " ".join(f"{marks[r.prereqs[p]]:<7}" for p in PREREQS) + f"  {r.state.value}")
        for f in r.findings:
            if f.severity.value != "info":
                print(f"    {f.message}  → {f.fix}")
    counts = {state: sum(1 for r in rows if r.state is state) for state in
              (RowState.READY, RowState.WAITING, RowState.BLOCKED, RowState.INTEGRATED)}
    print("\n" + ", ".join(f"{n} {s}" for s, n in counts.items()) + "   (✔ ok, + the wave fixes it, … waiting, "
          "✘ needs a fix first, ? not shown by the source)")
    if free and any("provision.subscriber-missing" in {f.code for f in r.findings} for r in rows):
        shown = ", ".join(free[:20]) + (f" and {len(free) - 20} more" if len(free) > 20 else "")
        print(f"stations without an email in PERSI, to give a Zoom user with --assign EMAIL=STATION: {shown}")


def _print_plan(project: ProjectFile, wave: str, plan: WavePlan) -> None:
    print(f"Wave {wave}: {len(plan.people)} people, plan sha256 {plan_digest(plan.to_json())}")
    for system in System:
        changes = plan.of(system)
        if not changes:
            continue
        rounds = {c.round for c in changes if c.round}
        by = "by hand" if system in BY_HAND else "by the wizard"
        print(f"\n{SYSTEM_TITLES[system]} — {by}: {len(changes)}"
              + (f" in {english(Said('{count} round(s) of at most 50', count=len(rounds)))}" if rounds else ""))
        for c in changes:
            print(f"  {c.text}")
    print("\nThis wave will change:")
    for line in change_summary(project, wave, plan):
        print(f"  {english(line)}")
    print(f"\nnothing was sent; after review run it with: psi-wizard provision PROJECT --execute {wave}")


def _print_rounds(wave: str, rounds: list[PortalRound]) -> None:
    if not rounds:
        print(f"wave {wave} has nobody to add in the portal")
    for r in rounds:
        state = "confirmed" if r.confirmed else "not confirmed"
        print(f"Round {r.number}: {r.added} of {r.total} in the Integrated users list ({state})")
        for email, name in r.to_tick:
            print(f"  tick: {email}  {name}")
        for email in r.not_active:
            print(f"  later (Zoom user not active yet): {email}")
    print(f"then: psi-wizard provision PROJECT --confirm-round {wave} N (several: N,M… or all)")


def _print_outcome(wave: str, state: str, rows: list[dict[str, str]], failures: list[tuple[str, str]],
                   steps: tuple[str, ...], people: int) -> None:
    integrated = sum(1 for r in rows if r["stage"] == "integrated")
    print(f"\nWave {wave}: {state}, {integrated} of {people} people integrated and read back")
    _table(rows, ("email", "station", "zoom", "psi", "os4k", "assistant", "verify", "stage"))
    for op, detail in failures:
        print(f"  ✘ {op}: {detail}")
    if steps:
        print("next:")
        for step in steps:
            print(f"  - {english(step)}")


def _table(rows: Sequence[Mapping[str, object]], columns: tuple[str, ...]) -> None:
    widths = {c: max([len(c), *(len(str(r.get(c, ""))) for r in rows)]) for c in columns}
    print("  ".join(f"{c:<{widths[c]}}" for c in columns))
    for r in rows:
        print("  ".join(f"{r.get(c, '')!s:<{widths[c]}}" for c in columns))


def _print_waves(project: ProjectFile, as_json: bool) -> int:
    waves = [{"wave": w.wave_id, "state": w.state, "created_at": w.created_at, "by": w.created_by,
              "people": len(load_plan(project, w.wave_id).people)} for w in project.waves()]
    _out(as_json, waves, lambda: _table(waves, ("wave", "state", "created_at", "by", "people")) if waves
         else print("no waves yet"))
    return Exit.OK


class ProgressPrinter:
    """One line per system, at most once a second, so a log stays readable and a terminal stays calm."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self._last = 0.0

    def update(self, progress: dict[System, SystemProgress]) -> None:
        now = time.monotonic()
        if self.quiet or now - self._last < 1.0:
            return
        self._last = now
        print("  " + " | ".join(_progress_text(s, p) for s, p in progress.items() if p.total), flush=True)

    def finish(self, progress: dict[System, SystemProgress]) -> None:
        if not self.quiet:
            print("  " + " | ".join(_progress_text(s, p) for s, p in progress.items() if p.total), flush=True)
        sys.stdout.flush()


def _progress_text(system: System, p: SystemProgress) -> str:
    left = p.time_left()
    return (f"{system.value} {p.settled}/{p.total}" + (f" {p.rate():.1f}/s" if p.rate() else "")
            + (f" ~{left:.0f} s left" if left else ""))
