"""The psi-wizard command: the window by default, headless subcommands for everything else."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from wizard import version
from wizard.checks.versions import MINIMUMS, check_version
from wizard.errors import WizardError
from wizard.paths import setup_logging
from wizard.runbook.model import load_runbook
from wizard.runbook.summary import project_summary
from wizard.store.project import Mode, ProjectFile

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAIL, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 70

SUBCOMMANDS = ("runbook", "project", "check")

STATUS_MARK = {"passed": "✔", "warning": "!", "failed": "✘", "confirmed": "✔", "waived": "–",
               "blocked": "⛔", "not started": "·", "running": "…"}


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="psi-wizard",
        description="Commissioning wizard for Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC. "
                    "Without a subcommand it opens the wizard window.",
        epilog="headless subcommands (each has --help):\n"
               "  runbook list [--json]             the guide's chapters and steps, in order\n"
               "  project new FILE [--offline]      create a project file\n"
               "  project show FILE [--json]        status per chapter and step\n"
               "  project verify FILE               check the audit log's hash chain\n"
               "  check version COMPONENT VERSION   compare a version with the guide's minimum",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("project", nargs="?", type=Path, help="project file (.psiproj) to open")
    parser.add_argument("--demo", action="store_true", help="open a ready-filled example project")
    parser.add_argument("--offline", action="store_true",
                        help="offline checklist mode: nothing touches the network")
    parser.add_argument("--version", action="version", version=f"psi-wizard {version()}")
    return parser


def _sub_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="psi-wizard")
    sub = parser.add_subparsers(dest="command", required=True)

    runbook = sub.add_parser("runbook", help="the runbook").add_subparsers(dest="action", required=True)
    rb_list = runbook.add_parser("list", help="print chapters and steps in guide order")
    rb_list.add_argument("--json", action="store_true")

    project = sub.add_parser("project", help="project files").add_subparsers(dest="action", required=True)
    new = project.add_parser("new", help="create a project file")
    new.add_argument("file", type=Path)
    new.add_argument("--offline", action="store_true")
    show = project.add_parser("show", help="status per chapter and step")
    show.add_argument("file", type=Path)
    show.add_argument("--json", action="store_true")
    verify = project.add_parser("verify", help="check the audit log's hash chain")
    verify.add_argument("file", type=Path)
    verify.add_argument("--json", action="store_true")

    check = sub.add_parser("check", help="offline checks").add_subparsers(dest="action", required=True)
    version = check.add_parser("version", help="compare a version with the guide's minimum (§2.2)")
    version.add_argument("component", choices=sorted(MINIMUMS))
    version.add_argument("version", help="as the system shows it, e.g. 'V11 R0.22.5'")
    version.add_argument("--json", action="store_true")
    return parser


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _runbook_list(args: argparse.Namespace) -> int:
    runbook = load_runbook()
    if args.json:
        _print_json(runbook.to_json())
        return EXIT_OK
    for chapter in runbook.chapters:
        print(f"\n{chapter.label}")
        for step in chapter.steps:
            deps = f"  (after {', '.join(step.depends_on)})" if step.depends_on else ""
            print(f"  {step.id:<40} {step.kind.value:<9} {step.title}{deps}")
    return EXIT_OK


def _project(args: argparse.Namespace) -> int:
    if args.action == "new":
        ProjectFile.create(args.file, mode=Mode.OFFLINE if args.offline else Mode.LIVE).close()
        print(f"created {args.file}")
        return EXIT_OK
    with ProjectFile.open(args.file, read_only=True) as project:
        summary = project_summary(load_runbook(), project)
    audit = summary["audit"]
    if args.action == "verify":
        if args.json:
            _print_json(audit)
        elif audit["intact"]:
            print(f"audit log intact: {audit['entries']} entries, head {audit['head']}")
        else:
            print(f"audit log BROKEN ({audit['entries']} entries):", *audit["problems"], sep="\n  ")
        return EXIT_OK if audit["intact"] else EXIT_FAIL
    if args.json:
        _print_json(summary)
        return EXIT_OK
    print(f"{summary['file']}  (mode: {summary['mode']})")
    for chapter in summary["chapters"]:
        print(f"\n{chapter['title']}  {chapter['done']}/{chapter['total']} done")
        for step in chapter["steps"]:
            blocked = f"  blocked by {', '.join(step['blocked_by'])}" if step["blocked_by"] else ""
            print(f"  {STATUS_MARK[step['status']]} {step['status']:<11} {step['id']:<40}{blocked}")
    print(f"\naudit log: {audit['entries']} entries, {'intact' if audit['intact'] else 'BROKEN'}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    result = check_version(args.component, args.version)
    if args.json:
        _print_json(result.to_json())
    else:
        print(f"{result.check}: {result.status.value}")
        for f in result.findings:
            print(f"  [{f.severity.value}] {f.message}\n    fix: {f.fix}")
    return EXIT_FAIL if result.status.value == "fail" else EXIT_OK


def run_headless(argv: Sequence[str]) -> int:
    args = _sub_parser().parse_args(argv)
    handlers = {"runbook": _runbook_list, "project": _project, "check": _check}
    return handlers[args.command](args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging()
    try:
        if argv and argv[0] in SUBCOMMANDS:
            return run_headless(argv)
        args = _gui_parser().parse_args(argv)
        from wizard.app import run_gui  # Qt is imported only when a window is wanted

        return run_gui(project_path=args.project, demo=args.demo, offline=args.offline)
    except WizardError as exc:
        print(f"psi-wizard: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into a pager or head that stopped reading
        sys.stderr.close()
        return EXIT_OK
    except Exception:
        log.exception("unexpected error")
        print(f"psi-wizard: internal error — please send the log file {log_path} to support", file=sys.stderr)
        return EXIT_INTERNAL

