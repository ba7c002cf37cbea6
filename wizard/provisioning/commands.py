"""`psi-wizard provision`: the rows, the plan, the run, resume, verify and undo of a wave, headless. The
window drives the same functions."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

from wizard.checks.provisioning import PREREQS, SYSTEM_TITLES, Person, System, WavePlan, plan_wave
from wizard.errors import WizardError
from wizard.live import require_live
from wizard.provisioning.session import Reading, Systems, open_systems, read_people, select, verify_wave, wave_options
from wizard.provisioning.wave import (
    SystemProgress,
    WaveRunner,
    confirm_assistant,
    load_plan,
    new_wave,
    run_undo,
    undo_plan,
    wave_people,
)
from wizard.store.project import ProjectFile
from wizard.store.secrets import secret_from_env

EXIT_OK, EXIT_FAIL = 0, 1
UNFINISHED = ("planned", "running", "paused", "waiting")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--rows", action="store_true", help="the reconciliation, one row per person (default)")
    action.add_argument("--plan", action="store_true", help="plan a wave and store it; nothing is sent")
    action.add_argument("--execute", nargs="?", const="", metavar="WAVE",
                        help="run the wave planned last (or WAVE); without a planned wave, plan one and run it")
    action.add_argument("--resume", nargs="?", const="", metavar="WAVE", help="continue the last unfinished wave")
    action.add_argument("--verify", nargs="?", const="", metavar="WAVE",
                        help="read every system again and show where each person of the wave stands")
    action.add_argument("--undo", metavar="WAVE", help="show the changes that undo WAVE (run them with --confirm)")
    action.add_argument("--confirm-assistant", metavar="WAVE",
                        help="record that the Assistant's user data import of WAVE is done (§7.2.1)")
    action.add_argument("--waves", action="store_true", help="list the project's waves")
    parser.add_argument("--confirm", action="store_true", help="with --undo: really undo")
    parser.add_argument("--select", default="all", help="'all' (everyone ready) or a comma-separated list of emails")
    parser.add_argument("--zoom-csv", type=Path, help="Zoom users from an export instead of the API")
    parser.add_argument("--subscribers", type=Path,
                        help="OS4K subscribers from REG- output or a Station/Email CSV instead of the AMO session")
    parser.add_argument("--pmidx", default="1", help="PM index for subscribers without one (default 1)")
    parser.add_argument("--voicemail", default="", help="voicemail number (SAN) if the wave has to add a PM route")
    parser.add_argument("--round-size", type=int, default=50, help="integrated users per round, at most 50")
    parser.add_argument("--wait-activation", type=float, default=0.0, metavar="SECONDS",
                        help="how long to wait for invited users to activate before adding them (default: not)")
    parser.add_argument("--zoom-secret-env", metavar="VAR", help="the Zoom client secret (default: the keyring's)")
    parser.add_argument("--password-env", metavar="VAR", help="the AMO password (default: the keyring's)")
    parser.add_argument("--json", action="store_true")


def _read(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WizardError(f"cannot read {path} ({exc.strerror})", "check the path") from exc


def run(args: argparse.Namespace) -> int:
    with ProjectFile.open(args.project) as project:
        sends = args.execute is not None or args.resume is not None or args.verify is not None or \
            (args.undo and args.confirm)
        if sends:  # rows and plans work from --zoom-csv and --subscribers offline too
            require_live(project, "running, verifying or undoing a wave")
        return asyncio.run(_run(project, args))


async def _run(project: ProjectFile, args: argparse.Namespace) -> int:
    if args.waves:
        return _print_waves(project, args.json)
    if args.confirm_assistant:
        confirm_assistant(project, args.confirm_assistant)
        print(f"wave {args.confirm_assistant}: Assistant user data recorded as done")
        return EXIT_OK
    systems = open_systems(project, zoom_secret=secret_from_env(args.zoom_secret_env),
                           os4k_password=secret_from_env(args.password_env))
    try:
        if args.undo:
            return await _undo(project, systems, args)
        if args.verify is not None:
            wave = args.verify or _latest(project, ("done", "waiting", "paused", "running"))
            final = await verify_wave(project, wave, systems)
            _out(args.json, final, lambda: _table(final, ("email", "station", "state", "open")))
            return EXIT_OK if all(r["state"] == "integrated" for r in final) else EXIT_FAIL
        if args.resume is not None:
            return await _execute(project, systems, args.resume or _latest(project, UNFINISHED), args)
        if args.execute is not None:
            wave = args.execute or next((w.wave_id for w in reversed(project.waves()) if w.state == "planned"), "")
            if not wave:
                wave = new_wave(project, await _plan(project, systems, args))
            return await _execute(project, systems, wave, args)
        if args.plan:
            plan = await _plan(project, systems, args)
            wave = new_wave(project, plan)
            _out(args.json, {"wave": wave, **json.loads(plan.to_json())}, lambda: _print_plan(wave, plan))
            return EXIT_OK
        reading = await _reading(project, systems, args)
        _out(args.json, [_row_json(r) for r in reading.rows], lambda: _print_rows(reading.rows))
        return EXIT_OK
    finally:
        await systems.aclose()


async def _reading(project: ProjectFile, systems: Systems, args: argparse.Namespace) -> Reading:
    options = wave_options(project, pmidx=args.pmidx, voicemail_number=args.voicemail)
    return await read_people(project, systems, options, zoom_csv=_read(args.zoom_csv),
                             subscribers=_read(args.subscribers))


async def _plan(project: ProjectFile, systems: Systems, args: argparse.Namespace) -> WavePlan:
    reading = await _reading(project, systems, args)
    chosen = select(reading.rows, args.select)
    if not chosen:
        raise WizardError("nobody is ready for a wave", "see `--rows` for what each person still needs")
    return plan_wave(chosen, reading.config, wave_options(project, pmidx=args.pmidx, voicemail_number=args.voicemail),
                     round_size=args.round_size)


def _latest(project: ProjectFile, states: tuple[str, ...]) -> str:
    wave = next((w.wave_id for w in reversed(project.waves()) if w.state in states), None)
    if wave is None:
        raise WizardError("the project has no wave to continue", "plan one with --plan or run one with --execute")
    return wave


async def _execute(project: ProjectFile, systems: Systems, wave: str, args: argparse.Namespace) -> int:
    plan = load_plan(project, wave)
    if not args.json:
        _print_plan(wave, plan, brief=True)
    printer = ProgressPrinter(quiet=args.json)
    runner = WaveRunner(project, wave, zoom=systems.zoom, amo=systems.amo, activation_wait=args.wait_activation,
                        on_progress=printer.update)
    outcome = await runner.run()
    printer.finish(outcome.progress)
    rows = wave_people(project, wave)
    failures = outcome.failures()
    _out(args.json, {"wave": wave, "state": outcome.state, "people": rows,
                     "failures": [{"change": op, "detail": d} for op, d in failures]}, lambda: _print_outcome(
        wave, outcome.state, rows, failures))
    return EXIT_FAIL if failures else EXIT_OK


async def _undo(project: ProjectFile, systems: Systems, args: argparse.Namespace) -> int:
    undo = undo_plan(project, args.undo)
    if args.confirm:
        undo = await run_undo(project, args.undo, zoom=systems.zoom, amo=systems.amo)
    data = {"wave": args.undo, "undone": args.confirm, "amos": list(undo.amos), "notes": list(undo.notes),
            "integrated_users_to_remove": list(undo.phones), "zoom_users_to_delete": list(undo.users)}

    def text() -> None:
        print(f"{'Undone' if args.confirm else 'To undo'} wave {args.undo}:")
        print(f"  PSI integrated users to remove: {len(undo.phones)}")
        print(f"  AMOs to restore the REG- state: {len(undo.amos)}")
        for amo in undo.amos:
            print(f"    {amo}")
        print(f"  Zoom users the wave created, to delete: {len(undo.users)}")
        for note in undo.notes:
            print(f"  note: {note}")
        if not args.confirm:
            print("nothing was changed; add --confirm to undo the wave")

    _out(args.json, data, text)
    return EXIT_OK


# ---------------------------------------------------------------------------------------------- output
def _out(as_json: bool, data: object, text: object) -> None:
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        text()  # type: ignore[operator]


def _row_json(row: Person) -> dict[str, object]:
    return {"email": row.email, "zoom": row.zoom_status, "stations": list(row.stations), "state": row.state.value,
            "prerequisites": {k: row.prereqs[k].value for k in PREREQS},
            "findings": [f.to_json() for f in row.findings]}


def _print_rows(rows: list[Person]) -> None:
    marks = {"ok": "✔", "fix": "+", "wait": "…", "missing": "✘", "unknown": "?"}
    print(f"{'email':<34} {'station':<8} {'zoom':<9} " + " ".join(f"{p[:7]:<7}" for p in PREREQS) + "  state")
    for r in rows:
        print(f"{r.email[:34]:<34} {', '.join(r.stations)[:8]:<8} {(r.zoom_status or '-'):<9} "
              + " ".join(f"{marks[r.prereqs[p].value]:<7}" for p in PREREQS) + f"  {r.state.value}")
        for f in r.findings:
            if f.severity.value != "info":
                print(f"    {f.message}  → {f.fix}")
    counts = {state: sum(1 for r in rows if r.state.value == state) for state in
              ("ready", "waiting", "blocked", "integrated")}
    print("\n" + ", ".join(f"{n} {s}" for s, n in counts.items()) + "   (✔ ok, + the wave fixes it, … waiting, "
          "✘ needs a fix first, ? not shown by the source)")


def _print_plan(wave: str, plan: WavePlan, *, brief: bool = False) -> None:
    print(f"Wave {wave}: {len(plan.people)} people")
    for system in System:
        changes = plan.of(system)
        if not changes:
            continue
        rounds = {c.round for c in changes if c.round}
        print(f"\n{SYSTEM_TITLES[system]}: {len(changes)} change(s)"
              + (f" in {len(rounds)} round(s) of at most 50" if rounds else ""))
        if brief:
            continue
        for c in changes:
            print(f"  {'round ' + str(c.round) + ': ' if c.round else ''}{c.text}")
    if not brief:
        print(f"\nnothing was sent; run it with: psi-wizard provision PROJECT --execute {wave}")


def _print_outcome(wave: str, state: str, rows: list[dict[str, str]], failures: list[tuple[str, str]]) -> None:
    print(f"\nWave {wave}: {state}")
    _table(rows, ("email", "station", "zoom", "os4k", "psi"))
    for op, detail in failures:
        print(f"  ✘ {op}: {detail}")
    if state == "waiting":
        print("some people wait for their Zoom activation or the Assistant import; continue later with --resume")


def _table(rows: list[dict[str, str]], columns: tuple[str, ...]) -> None:
    widths = {c: max([len(c), *(len(str(r.get(c, ""))) for r in rows)]) for c in columns}
    print("  ".join(f"{c:<{widths[c]}}" for c in columns))
    for r in rows:
        print("  ".join(f"{r.get(c, '')!s:<{widths[c]}}" for c in columns))


def _print_waves(project: ProjectFile, as_json: bool) -> int:
    waves = [{"wave": w.wave_id, "state": w.state, "created_at": w.created_at, "by": w.created_by,
              "people": len(load_plan(project, w.wave_id).people)} for w in project.waves()]
    _out(as_json, waves, lambda: _table(waves, ("wave", "state", "created_at", "by", "people")) if waves
         else print("no waves yet"))
    return EXIT_OK


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
