"""The psi-wizard command: the window by default, headless subcommands for everything else."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from resources import resource_path
from wizard import arguments, version
from wizard.arguments import Parser
from wizard.checks import amo, amo_values, comparison, users
from wizard.checks.result import CheckResult, Verdict
from wizard.checks.tables import read_table, require_column
from wizard.checks.versions import MINIMUMS, check_version
from wizard.connectors.systems import SYSTEM_IDS
from wizard.dependency_warnings import quiet_dependency_warnings
from wizard.errors import Exit, NotWritten, WizardError
from wizard.files import refuse_inputs, write_atomically
from wizard.paths import log_elsewhere, setup_logging
from wizard.probes.base import ProbeCannotRun
from wizard.report.words import LANGUAGES, english
from wizard.runbook.model import load_runbook
from wizard.said import Said
from wizard.store.modes import SUFFIX
from wizard.store.project import Mode, ProjectFile
from wizard.store.secrets import secret_from_env

if TYPE_CHECKING:
    from wizard.lab.run import RunningLab
    from wizard.report.build import BuiltReport
    from wizard.services.recheck import Recheck

    Commands = argparse._SubParsersAction[Parser]  # what add_subparsers gives: add_parser makes a command

log = logging.getLogger(__name__)

SUBCOMMANDS = ("runbook", "project", "connection", "check", "amo", "provision", "probe", "report", "identity", "demo",
               "lab", "sites", "recheck")

STATUS_MARK = {"passed": "✔", "warning": "!", "failed": "✘", "confirmed": "✔", "waived": "–",
               "blocked": "⛔", "not started": "·", "running": "…"}


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="psi-wizard",
        description="Commissioning wizard for Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC. "
                    "Without a subcommand it opens the wizard window.",
        epilog="headless subcommands (each has --help):\n" + _command_list(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("project", nargs="?", type=Path, help="project file (.psiproj) to open")
    parser.add_argument("--demo", action="store_true", help="open a ready-filled example project")
    parser.add_argument("--offline", action="store_true",
                        help="offline checklist mode: nothing touches the network")
    parser.add_argument("--version", action="version", version=f"psi-wizard {version()}")
    parser.add_argument("--self-test", action="store_true",
                        help="print the version, open the project (or --demo), show every chapter, then quit: "
                             "proves an installed or bundled wizard works")
    return parser


def _command_list() -> str:
    """Every headless command with its own help, read from the parser that runs them: a list kept by hand beside
    it had fallen behind (six commands missing)."""
    lines: list[tuple[str, str]] = []
    for name, help_, parser in _commands_of(_sub_parser()):
        nested = [(f"{name} {action}", action_help) for action, action_help, _ in _commands_of(parser)]
        lines += nested or [(name, help_)]
    width = max(len(name) for name, _ in lines)
    return "\n".join(textwrap.fill(help_, 110, initial_indent=f"  {name:<{width}}  ",
                                    subsequent_indent=" " * (width + 4)) for name, help_ in lines)


def _commands_of(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """A parser's commands: name, help, and the command's own parser."""
    found = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
    return [(c.dest, c.help or "", found.choices[c.dest]) for c in found._choices_actions] if found else []


def _sub_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="psi-wizard")
    commands = parser.add_subparsers(dest="command", required=True)
    # --help lists the commands in the order they are added here
    for add_commands in (_runbook_commands, _project_commands, _check_commands, _amo_commands, _probe_commands,
                         _report_commands, _identity_commands, _provision_command, _lab_command,
                         _connection_commands, _recheck_command, _sites_command, _demo_command):
        add_commands(commands)
    return parser


def force_option(parser: argparse.ArgumentParser) -> None:
    """--force on every command that opens a project for writing: the lock dialog's 'Open anyway'."""
    parser.add_argument("--force", action="store_true",
                        help="open the project although another wizard's lock is on it, when that wizard cannot be "
                             "running here (it was on another laptop, or its process is gone); kept in the audit log")


def _actions(commands: Commands, name: str, help: str) -> Commands:
    """A command whose second word names the action (project new, check users, …): args.action."""
    return commands.add_parser(name, help=help).add_subparsers(dest="action", required=True)


def _runbook_commands(commands: Commands) -> None:
    runbook = _actions(commands, "runbook", "the runbook")
    listing = runbook.add_parser("list", help="print chapters and steps in guide order")
    listing.add_argument("--json", action="store_true")


def _project_commands(commands: Commands) -> None:
    project = _actions(commands, "project", "project files")
    new = project.add_parser("new", help="create a project file")
    new.add_argument("file", type=Path)
    new.add_argument("--offline", action="store_true")
    show = project.add_parser("show", help="status per chapter and step")
    show.add_argument("file", type=Path)
    show.add_argument("--json", action="store_true")
    verify = project.add_parser("verify", help="check the audit log's hash chain")
    verify.add_argument("file", type=Path)
    verify.add_argument("--json", action="store_true")


def _check_commands(commands: Commands) -> None:
    check = _actions(commands, "check", "offline checks")
    compared = check.add_parser("version", help="compare a version with the guide's minimum (§2.2)")
    compared.add_argument("component", choices=sorted(MINIMUMS))
    compared.add_argument("version", help="as the system shows it, e.g. 'V11 R0.22.5'")
    compared.add_argument("--json", action="store_true")
    _check_amo_command(check)
    _check_certificate_command(check)
    _check_users_command(check)
    comparison_report = check.add_parser("comparison",
                                         help="the user comparison report from Mitel Administration (§8.2)")
    comparison_report.add_argument("file", type=Path)
    comparison_report.add_argument("--json", action="store_true")


def _check_amo_command(check: Commands) -> None:
    amo_output = check.add_parser("amo", help="judge REG-/DIS- output against guide §2.2, §7.2, §11.1")
    amo_output.add_argument("file", type=Path)
    amo_output.add_argument("--stations", type=arguments.stations,
                            help="comma-separated station numbers meant for Zoom (default: all)")
    amo_output.add_argument("--sbc-address", type=arguments.amo_address,
                            help="the SBC public address ZANDE OSMO must carry")
    amo_output.add_argument("--sbc-port", type=arguments.amo_port,
                            help="the SBC SIP-TLS port ZANDE OSMO must carry")
    amo_output.add_argument("--other-system-numbers", default="",
                            help="system numbers of the customer's other systems")
    amo_output.add_argument("--json", action="store_true")


def _check_certificate_command(check: Commands) -> None:
    cert = check.add_parser("certificate", help="the SBC's SIP-TLS certificate (guide §9.3)")
    cert.add_argument("--fqdn", required=True, type=arguments.dns_name,
                      help="the SBC's public FQDN itself (not a wildcard)")
    cert.add_argument("--cert", required=True, type=Path, help="server certificate: PEM, DER or PKCS#12")
    cert.add_argument("--key", type=Path, help="its private key")
    cert.add_argument("--ca", type=Path, help="CA file: intermediates and root, any order")
    cert.add_argument("--passphrase-env", metavar="VAR", help="environment variable holding the key's passphrase")
    cert.add_argument("--trusted-roots", type=Path, help="PEM list of roots Zoom trusts (default: bundled list)")
    cert.add_argument("--json", action="store_true")


def _check_users_command(check: Commands) -> None:
    joined = check.add_parser("users", help="Zoom users against OS4K subscribers, in batches of 50")
    joined.add_argument("--zoom", required=True, type=Path, help="Zoom user export or import CSV")
    joined.add_argument("--os4k", type=Path, help="AMO output with PERSI emails, or CSV of station and email")
    joined.add_argument("--batch-size", type=arguments.whole(1, users.PSI_BATCH_LIMIT),
                        default=users.PSI_BATCH_LIMIT)
    joined.add_argument("--json", action="store_true")


def _amo_commands(commands: Commands) -> None:
    amo_cmd = _actions(commands, "amo", "AMO batches")
    batch = amo_cmd.add_parser("batch", help="the guide §7.2 AMOs for a list of subscribers, REG- before each change")
    batch.add_argument("--subscribers", required=True, type=Path, help="CSV with Station, Email and PMIDX columns")
    batch.add_argument("--sbc-address", required=True)
    batch.add_argument("--sbc-port", required=True)
    batch.add_argument("--current", type=Path, help="REG- output of the system now: only what differs is changed")
    batch.add_argument("--voicemail-number", default="<voicemail number>")
    sent = amo_cmd.add_parser("run", help="send a batch to the OS4K over SSH (dry run unless --execute)")
    sent.add_argument("project", type=Path, help="the project whose OS4K connection to use")
    sent.add_argument("--batch", required=True, type=Path, help="file with one AMO per line")
    sent.add_argument("--batch-id", help="journal name; the same id resumes an interrupted run")
    sent.add_argument("--execute", action="store_true", help="really send the changes")
    sent.add_argument("--password-env", metavar="VAR", help="the AMO password (default: the keyring's)")
    force_option(sent)
    pasted = amo_cmd.add_parser("read-pasted", help="read the Assistant's output of a batch, pasted into a file, "
                                                    "into the project's journal (works offline)")
    pasted.add_argument("project", type=Path)
    pasted.add_argument("--batch", required=True, type=Path, help="the batch that was pasted, one AMO per line")
    pasted.add_argument("--output", required=True, type=Path, help="the Assistant's output, echoed commands included")
    pasted.add_argument("--batch-id", help="journal name (default: the batch file's name)")
    force_option(pasted)


def _probe_commands(commands: Commands) -> None:
    kinds = _actions(commands, "probe", "network probes (exit 3: the probe could not run at all)")
    dns_p = kinds.add_parser("dns", help="A/AAAA of a name, optionally through a given server")
    dns_p.add_argument("--name", required=True, type=arguments.dns_name)
    dns_p.add_argument("--server", type=arguments.dns_server,
                       help="IP[:PORT] of the DNS server (default: the system resolver)")
    dns_p.add_argument("--expect", type=arguments.host, help="the public address the name must resolve to")
    proxy_p = kinds.add_parser("proxy", help="HTTP CONNECT through the customer's proxy, or direct")
    proxy_p.add_argument("--proxy", type=arguments.proxy_url, help="http://host:port (omit for a direct connection)")
    proxy_p.add_argument("--user")
    proxy_p.add_argument("--password-env", metavar="VAR")
    proxy_p.add_argument("--target", required=True, type=arguments.target, help="HOST:PORT of the cloud endpoint")
    proxy_p.add_argument("--trust-ca", type=Path, help="an extra CA to trust, e.g. the customer's inspection CA")
    tls_p = _sbc_probe(kinds, "tls", "TLS handshake, served chain, accepted TLS versions")
    tls_p.add_argument("--ca", type=Path, help="CA file the served chain should lead to")
    sip_p = _sbc_probe(kinds, "sip", "SIP over TLS: OPTIONS, and REGISTER as a Zoom PSI client")
    sip_p.add_argument("--user", help="authorization name of a subscriber")
    sip_p.add_argument("--password-env", metavar="VAR", help="environment variable holding its digest password")
    sip_p.add_argument("--domain", help="SIP domain (default: the FQDN)")
    call_p = _sbc_probe(kinds, "call", "a test call between two stations as Zoom PSI clients: SRTP both ways, the "
                                       "audio measured, and the §9.4.2 media profile's offers")
    call_p.add_argument("--caller", required=True, type=arguments.station, help="the calling test station")
    call_p.add_argument("--callee", required=True, type=arguments.station, help="the called test station")
    call_p.add_argument("--caller-password-env", required=True, metavar="VAR",
                        help="environment variable holding the caller's digest password")
    call_p.add_argument("--callee-password-env", required=True, metavar="VAR",
                        help="environment variable holding the callee's digest password")
    call_p.add_argument("--domain", help="SIP domain (default: the FQDN)")
    call_p.add_argument("--ca", type=Path, help="CA file the SBC's certificate leads to (a private CA)")
    call_p.add_argument("--seconds", type=arguments.call_seconds, default=3.0, help="audio each way (default 3)")
    call_p.add_argument("--project", type=Path, help="keep the call in this project (step 'Test calls through the "
                                                     "SBC')")
    force_option(call_p)
    all_p = kinds.add_parser("all", help="every probe the project's site data calls for, concurrently")
    all_p.add_argument("--project", required=True, type=Path)
    force_option(all_p)  # it records every probe's result in the project
    # last, so that every probe's --help ends with them
    for probe in (dns_p, proxy_p, tls_p, sip_p, call_p, all_p):
        probe.add_argument("--timeout", type=arguments.timeout, default=5.0)
        probe.add_argument("--json", action="store_true")


def _sbc_probe(kinds: Commands, name: str, help: str) -> argparse.ArgumentParser:
    """A probe of the SBC's SIP-TLS listener: where to connect, and the name it must answer to."""
    probe = kinds.add_parser(name, help=help)
    probe.add_argument("--host", required=True, type=arguments.host)
    probe.add_argument("--port", required=True, type=arguments.port)
    probe.add_argument("--fqdn", required=True, type=arguments.dns_name,
                       help="the SBC's public FQDN (SNI and certificate name)")
    return probe


def _report_commands(commands: Commands) -> None:
    report = _actions(commands, "report", "the commissioning report")
    build = report.add_parser("build", help="build and sign the report of a project")
    build.add_argument("project", type=Path)
    build.add_argument("--out", required=True, type=Path, help="the signed PDF to write")
    build.add_argument("--identity", required=True, type=Path, help="the engineer's PKCS#12 signing identity")
    build.add_argument("--passphrase-env", metavar="VAR", help="environment variable holding its passphrase")
    build.add_argument("--html", type=Path, help="also write the report as HTML")
    build.add_argument("--json", type=Path, help="also write the evidence JSON on its own")
    build.add_argument("--company", default="", help="the engineer's company, printed in the header")
    build.add_argument("--logo", type=Path, help="the company logo (PNG or JPEG) for the header")
    build.add_argument("--tsa", metavar="URL", help="RFC 3161 time-stamping authority to timestamp the signature")
    build.add_argument("--language", choices=LANGUAGES,
                       help="the report's language (default: the project's, as chosen on the Report page)")
    force_option(build)
    verify = report.add_parser("verify", help="check a signed report")
    verify.add_argument("pdf", type=Path, help="the signed report (PDF)")
    verify.add_argument("--trust", type=Path,
                        help="the signer's (or its CA's) certificate; without it no signer is trusted, so the "
                             "report is 'NOT valid' however intact it is")


def _identity_commands(commands: Commands) -> None:
    ident = _actions(commands, "identity", "signing identities")
    new = ident.add_parser("new", help="create a personal signing identity (PKCS#12) and its certificate")
    new.add_argument("--name", required=True)
    new.add_argument("--email")
    new.add_argument("--organisation")
    new.add_argument("--out", required=True, type=Path, help="the PKCS#12 file to create")
    new.add_argument("--cert-out", type=Path, help="also write the certificate (PEM) for the company to vouch for")
    new.add_argument("--passphrase-env", required=True, metavar="VAR")
    exported = ident.add_parser("certificate", help="export the certificate (PEM) for the company to vouch for")
    exported.add_argument("identity", type=Path, help="the PKCS#12 signing identity")
    exported.add_argument("--out", required=True, type=Path, help="the PEM file to write")
    exported.add_argument("--passphrase-env", metavar="VAR", help="environment variable holding its passphrase")


def _provision_command(commands: Commands) -> None:
    from wizard.provision_command import add_arguments  # its options live with the provisioning they drive

    add_arguments(commands.add_parser("provision",
                                      help="reconcile, plan and run provisioning waves (guide chapter 7)"))


def _lab_command(commands: Commands) -> None:
    lab = commands.add_parser("lab", help="run the simulators of Zoom, CloudLink, RedSky, the OS4K and the SBC on "
                                          "loopback until Ctrl+C, for training and tests")
    lab.add_argument("--state", type=Path, help="keep the simulators' state in this file across restarts")
    lab.add_argument("--faults", default="", help="e.g. zoom.storm=5,zoom.latency=0.2,os4k.drop_after=7")
    lab.add_argument("--json", action="store_true", help="print the endpoints as one JSON line")
    lab.add_argument("--people", type=arguments.whole(1, 100_000), metavar="N",
                     help="start with N SIP stations ready for one provisioning wave instead of the demo site")
    lab.add_argument("--zoom-rates", default="", metavar="SPEC",
                     help="Zoom's per-second limits, e.g. light=80,medium=60 (default Pro: 30/20/10)")


def _connection_commands(commands: Commands) -> None:
    conn = _actions(commands, "connection", "the project's connections to the live systems")
    tested = conn.add_parser("test", help="test one connection, as the Site page's Test button does")
    tested.add_argument("project", type=Path, help="the project file (.psiproj)")
    tested.add_argument("--system", required=True, choices=SYSTEM_IDS)
    tested.add_argument("--secret-env", metavar="VAR", help="the secret (default: the keyring's)")
    tested.add_argument("--accept-host-key", metavar="SHA256:…",
                        help="OS4K: trust the SSH host key with this fingerprint (compare it with the platform's)")
    tested.add_argument("--json", action="store_true")
    force_option(tested)


def _recheck_command(commands: Commands) -> None:
    recheck = commands.add_parser("recheck", help="re-check a commissioned site against its signed baseline report "
                                                  "(exit 1: something drifted)")
    recheck.add_argument("project", type=Path, help="the project file (.psiproj) of the site")
    recheck.add_argument("--baseline", required=True, type=Path, help="the signed commissioning report of the site")
    recheck.add_argument("--trust", type=Path, help="the baseline signer's (or its CA's) certificate")
    recheck.add_argument("--out", required=True, type=Path, help="the signed re-check report to write")
    recheck.add_argument("--identity", required=True, type=Path, help="your PKCS#12 signing identity")
    recheck.add_argument("--passphrase-env", metavar="VAR", help="environment variable holding its passphrase")
    recheck.add_argument("--json", action="store_true")
    recheck.add_argument("--language", choices=LANGUAGES,
                         help="the re-check report's language (default: the project's report language)")
    force_option(recheck)


def _sites_command(commands: Commands) -> None:
    sites = commands.add_parser("sites",
                                help="every project in a folder at a glance: customer, site, progress, last change")
    sites.add_argument("folder", type=Path, help="the folder holding the projects (.psiproj)")
    sites.add_argument("--sort", choices=("attention", "changed", "customer", "progress"), default="attention",
                       help="attention (default): sites needing attention first; changed; customer; progress")
    sites.add_argument("--json", action="store_true")


def _demo_command(commands: Commands) -> None:
    demo = commands.add_parser("demo", help="the demo project and its signed report")
    demo.add_argument("--out", required=True, type=Path, help="folder for the project, identity and report")
    demo.add_argument("--drift", action="store_true",
                      help="then let the lab drift as time would and re-check the site against the signed report")


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _runbook_list(args: argparse.Namespace) -> int:
    runbook = load_runbook()
    if args.json:
        _print_json(runbook.to_json())
        return Exit.OK
    for chapter in runbook.chapters:
        print(f"\n{chapter.label}")
        for step in chapter.steps:
            deps = f"  (after {', '.join(step.depends_on)})" if step.depends_on else ""
            print(f"  {step.id:<40} {step.kind.value:<9} {step.title}{deps}")
    return Exit.OK


def _project(args: argparse.Namespace) -> int:
    if args.action == "new":
        ProjectFile.create(args.file, mode=Mode.OFFLINE if args.offline else Mode.LIVE).close()
        print(f"created {args.file}")
        return Exit.OK
    if args.action == "verify":
        return _project_verify(args)
    from wizard.runbook.summary import counts_text, project_summary  # the runbook's engine: for `show` only

    with ProjectFile.open(args.file, read_only=True) as project:
        summary = project_summary(load_runbook(), project)
    audit = summary["audit"]
    if args.json:
        _print_json(summary)
        return Exit.OK
    print(f"{summary['file']}  (mode: {summary['mode']})")
    for chapter in summary["chapters"]:
        print(f"\n{chapter['title']}  {counts_text(chapter)}")
        for step in chapter["steps"]:
            blocked = f"  blocked by {', '.join(step['blocked_by'])}" if step["blocked_by"] else ""
            print(f"  {STATUS_MARK[step['status']]} {step['status']:<11} {step['id']:<40}{blocked}")
    print(f"\naudit log: {audit['entries']} entries, {'intact' if audit['intact'] else 'BROKEN'}")
    return Exit.OK if audit["intact"] else Exit.FAILED  # an edited history is a failed project


def _project_verify(args: argparse.Namespace) -> int:
    """Exit 1 when the file is damaged or its history was edited; every problem is listed."""
    with ProjectFile.open(args.file, read_only=True, allow_damaged=True) as project:
        report = project.verify_audit()
    if args.json:
        _print_json({"entries": report.entries, "head": report.head, "intact": report.intact,
                     "problems": list(report.problems)})
    elif report.intact:
        print(f"audit log intact: {report.entries} entries, head {report.head}")
    else:
        print(f"{args.file}: BROKEN ({report.entries} audit entries):", *report.problems, sep="\n  ")
    return Exit.OK if report.intact else Exit.FAILED


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WizardError("cannot read {path}: {reason}", "check the path and the file's permissions", path=path,
                          reason=exc.strerror or exc) \
            from exc


def _report(result: CheckResult, as_json: bool) -> int:
    if as_json:
        _print_json(result.to_json())
    else:
        print(f"{result.check}: {result.status.value}")
        for f in result.findings:
            print(f"  [{f.severity.value}] {f.message}")
            if f.fix:
                print(f"    fix: {f.fix}")
    return Exit.FAILED if result.status is Verdict.FAIL else Exit.OK


def _check(args: argparse.Namespace) -> int:
    from wizard.checks import certificates  # cryptography: loaded by the commands that read certificates only

    match args.action:
        case "version":
            result = check_version(args.component, args.version)
        case "amo":
            text = _read(args.file).decode("utf-8", errors="replace")
            stations = [s.strip() for s in args.stations.split(",") if s.strip()] if args.stations else None
            others = [s.strip() for s in args.other_system_numbers.split(",") if s.strip()]
            result = amo.check_amo_text(text, stations=stations, sbc_public_address=args.sbc_address,
                                        sbc_port=args.sbc_port, other_system_numbers=others)
        case "certificate":
            passphrase = None
            if args.passphrase_env:
                if args.passphrase_env not in os.environ:
                    raise WizardError("the environment variable {passphrase_env} is not set",
                                      "export it with the key's passphrase, then run the check again",
                                      passphrase_env=args.passphrase_env)
                passphrase = os.environ[args.passphrase_env].encode()
            roots_path = args.trusted_roots or resource_path("zoom-trusted-roots.pem")
            cert = certificates.load_material(_read(args.cert), str(args.cert), passphrase)
            key = certificates.load_material(_read(args.key), str(args.key), passphrase) if args.key else None
            ca = certificates.load_material(_read(args.ca), str(args.ca), passphrase) if args.ca else None
            roots = certificates.load_trusted_roots(_read(roots_path), str(roots_path))
            result = certificates.check_certificate(args.fqdn, cert, key, ca, roots)
        case "users":
            zoom = users.read_zoom_users(_read(args.zoom), str(args.zoom))
            subs = users.read_subscribers(_read(args.os4k), str(args.os4k)) if args.os4k else None
            result = users.reconcile(zoom, subs, args.batch_size)
        case _:
            result = comparison.check_comparison_report(_read(args.file), str(args.file))
    return _report(result, args.json)


def _amo_run(args: argparse.Namespace) -> int:
    from wizard.services import amo as amo_service

    commands = amo_service.read_batch(_read(args.batch).decode("utf-8", errors="replace"), str(args.batch))
    with ProjectFile.open(args.project, force=args.force) as project:
        if args.action == "read-pasted":
            pasted = _read(args.output).decode("utf-8", errors="replace")
            results = asyncio.run(amo_service.read_pasted(project, args.batch_id or args.batch.stem, commands,
                                                          pasted))
            print(amo_service.result_lines(results))
            return Exit.FAILED if amo_service.failed(results) else Exit.OK
        password = secret_from_env(args.password_env)
        if not args.execute:
            asyncio.run(amo_service.dry_run(project, commands, password=password,
                                            on_line=lambda line: print(line + "\n", flush=True)))
            print("dry run: nothing was changed; add --execute to send the changes")
            return Exit.OK
        results = asyncio.run(amo_service.send_batch(
            project, args.batch_id or args.batch.stem, commands, password=password, on_result=lambda i, r: print(
                f"{r.status:<10} {r.command}" + (f"  {'; '.join(r.messages)}" if r.messages else ""), flush=True)))
    return Exit.FAILED if amo_service.failed(results) else Exit.OK


def _amo(args: argparse.Namespace) -> int:
    if args.action in ("run", "read-pasted"):
        return _amo_run(args)
    plans = _subscriber_plans(args.subscribers)
    current = None
    if args.current:
        current = amo.read_os4k_config(amo.parse_amo_text(_read(args.current).decode("utf-8", errors="replace")))
    for command in amo.provisioning_batch(plans, config=current, sbc_public_address=args.sbc_address,
                                          sbc_port=args.sbc_port, voicemail_number=args.voicemail_number):
        print(command)
    return Exit.OK


def _subscriber_plans(subscribers: Path) -> list[amo.SubscriberPlan]:
    """The subscribers of an 'amo batch', every value judged here so that a bad one is named by its line and column
    in the file, not only by its station as the batch builder would name it."""
    table = read_table(_read(subscribers), str(subscribers))
    station = require_column(table, "Station", users.STATION_ALIASES)
    email = require_column(table, "Email", users.EMAIL_ALIASES)
    pmidx = require_column(table, "PMIDX", ("PMIDX", "PM index"))
    plans = []
    for line, row in table.rows:
        plan = amo.SubscriberPlan(row[station].strip(), row[email].strip(), row[pmidx].strip())
        for column, value, rule in ((station, plan.stno, amo_values.station), (email, plan.email, amo_values.email),
                                    (pmidx, plan.pmidx, amo_values.pm_index)):
            try:
                rule(value)
            except amo_values.AmoValueError as exc:
                raise WizardError("{subscribers}, line {line}, column {column}: '{value}' cannot go into an AMO "
                                  "({rule})", "correct the file; nothing was written", subscribers=subscribers,
                                  line=line, column=column, value=value, rule=exc.rule) from None
        plans.append(plan)
    return plans


def _probe(args: argparse.Namespace) -> int:
    from wizard.checks import certificates
    from wizard.probes import dns, proxy, sip, tls

    if args.action == "all":
        from wizard.runbook.preflight import run_preflight

        return run_preflight(args.project, as_json=args.json, timeout=args.timeout, force=args.force)
    if args.action == "call":
        return _probe_call(args)
    match args.action:
        case "dns":
            coro = dns.probe_dns(args.name, server=args.server, expect=args.expect, timeout=args.timeout)
        case "proxy":
            trusted = certificates.load_trusted_roots(_read(args.trust_ca), str(args.trust_ca)) if args.trust_ca else ()
            coro = proxy.probe_proxy(args.target, proxy=args.proxy, user=args.user,
                                     password=secret_from_env(args.password_env), trusted=trusted,
                                     timeout=args.timeout)
        case "tls":
            ca = certificates.load_material(_read(args.ca), str(args.ca)) if args.ca else None
            roots = certificates.load_trusted_roots(_read(resource_path("zoom-trusted-roots.pem")))
            coro = tls.probe_tls(args.host, args.port, args.fqdn, ca=ca, trusted_roots=roots, timeout=args.timeout)
        case _:
            coro = sip.probe_sip(args.host, args.port, args.fqdn, user=args.user,
                                 password=secret_from_env(args.password_env), domain=args.domain,
                                 timeout=args.timeout)
    return _report(asyncio.run(coro), args.json)


def _probe_call(args: argparse.Namespace) -> int:
    from wizard.checks.call import direction_summary
    from wizard.services.test_call import TestCallRequest, place_test_call

    request = TestCallRequest(args.host, args.port, args.fqdn, args.caller, args.callee,
                              secret_from_env(args.caller_password_env) or "",
                              secret_from_env(args.callee_password_env) or "", domain=args.domain,
                              ca_pem=_read(args.ca) if args.ca else None, seconds=args.seconds, timeout=args.timeout)
    if args.project is None:
        done = asyncio.run(place_test_call(request))
    else:
        with ProjectFile.open(args.project, force=args.force) as project:
            done = asyncio.run(place_test_call(request, project))
    if not args.json:
        call = done.evidence
        setup = f"{call.setup_ms:.0f} ms" if call.setup_ms is not None else "-"
        print(f"call {call.caller} -> {call.callee} through {call.sbc}: set-up {setup}, {call.codec or '-'}, "
              f"{call.crypto_suite or 'no SRTP'}")
        print(f"  {call.caller} -> {call.callee}: {direction_summary(call.caller_to_callee)}")
        print(f"  {call.callee} -> {call.caller}: {direction_summary(call.callee_to_caller)}")
    return _report(done.result, args.json)


def _report_cmd(args: argparse.Namespace) -> int:
    from wizard.report.verify import verify_report

    if args.action == "verify":
        outcome = verify_report(_read(args.pdf), _read(args.trust) if args.trust else None, str(args.pdf))
        if outcome.ok:
            stamp = "with a trusted timestamp" if outcome.timestamped else "without a trusted timestamp"
            print(f"valid: signed by {outcome.signer} at {outcome.signed_at} ({stamp}); the whole file is covered; "
                  f"evidence SHA-256 {outcome.evidence_sha256}")
            return Exit.OK
        print(f"NOT valid: {args.pdf}", *(f"  - {p}" for p in outcome.problems), sep="\n")
        return Exit.FAILED
    from wizard.services.report import build_report, export_evidence, export_html

    refuse_inputs({"--out": args.out, "--html": args.html, "--json": args.json},
                  {"the project": args.project, "--identity": args.identity, "--logo": args.logo})
    passphrase = secret_from_env(args.passphrase_env) or ""

    async def build_and_export(project: ProjectFile) -> BuiltReport:
        built = await build_report(load_runbook(), project, args.out, identity=args.identity, passphrase=passphrase,
                                   company=args.company, logo=args.logo, timestamp_url=args.tsa,
                                   language=args.language)
        # the exports are the signed report's own evidence and HTML, not a second build a moment later
        if args.json:
            await export_evidence(built, args.json)
        if args.html:
            await export_html(built, args.html)
        return built

    from wizard.store.errors import ProjectLocked, ProjectReadOnly

    with ProjectFile.open(args.project, read_only=True) as project:  # a failed build leaves the project as it was
        built = asyncio.run(build_and_export(project))
    try:  # then the signed report is recorded in the project (the sites overview shows it), where it can be
        with ProjectFile.open(args.project, force=args.force) as project:
            project.record_signed("report", built.pdf.name, built.evidence_sha256,
                                  {"pages": built.pages, "signer": built.signer})
    except (ProjectLocked, ProjectReadOnly):  # open in a window, or on a read-only stick: the report stands
        log.info("report built; not recorded in %s (open elsewhere or read-only)", args.project)
    print(f"wrote {built.pdf}: {built.pages} pages, signed by {built.signer}"
          + ("" if built.timestamped else " (no timestamp)") + f"; evidence SHA-256 {built.evidence_sha256}")
    return Exit.OK


def _identity(args: argparse.Namespace) -> int:
    from wizard.services import identity

    if args.action == "certificate":
        refuse_inputs({"--out": args.out}, {"the identity": args.identity})
        asyncio.run(identity.export_certificate(args.identity, args.out, secret_from_env(args.passphrase_env) or ""))
        print(f"wrote {args.out}: the certificate of {args.identity}")
        return Exit.OK
    refuse_inputs({"--out": args.out, "--cert-out": args.cert_out}, {})
    passphrase = secret_from_env(args.passphrase_env) or ""
    created = asyncio.run(identity.create_personal_identity(
        args.name, args.organisation or "", passphrase, email=args.email, target=args.out,
        certificate=args.cert_out or args.out.with_suffix(".pem"), keep=False))
    print(f"created {created.path} and its certificate {created.certificate}")
    return Exit.OK


def _demo(args: argparse.Namespace) -> int:
    """The demo site commissioned against the lab and its signed report; with --drift, the lab then changes as time
    would, and the site is re-checked against that report (both reports are written)."""
    from wizard.demo import DEMO_LAB_FAULTS, commission_demo, demo_summary
    from wizard.lab.run import start_lab
    from wizard.provisioning.people import provisioned
    from wizard.report.build import build_signed_report
    from wizard.report.identity import create_identity

    args.out.mkdir(parents=True, exist_ok=True)
    passphrase = b"demo-identity"  # a throw-away identity for the demo; real ones come from 'identity new'
    bundle, cert = create_identity("Demo Engineer", "demo.engineer@example.com", "Example Integrator AG", passphrase)
    write_atomically(args.out / "demo-engineer.pem", cert)
    lines: list[str] = []

    async def with_lab() -> tuple[ProjectFile, BuiltReport]:
        lab = await start_lab(faults=DEMO_LAB_FAULTS)
        project = None
        try:
            project = await commission_demo(lab.endpoints, args.out)
            built = await build_signed_report(load_runbook(), project, args.out / "commissioning-report.pdf",
                                              identity=bundle, passphrase=passphrase, identity_source="demo identity",
                                              provisioned=provisioned(project))
            lines.extend(demo_summary(project))
            lines.append(f"signed by {built.signer}: {built.pdf.name} ({built.pages} pages, evidence SHA-256 "
                         f"{built.evidence_sha256[:16]}…)")
            if args.drift:
                lines.extend(await _drift_and_recheck(lab, project, built, bundle, passphrase))
            return project, built
        except BaseException:
            if project is not None:
                project.close()
            raise
        finally:
            await lab.stop()

    project, built = asyncio.run(with_lab())
    project.close()
    print(*lines, sep="\n")
    print(f"demo project {project.path}\nsigned report {built.pdf} ({built.pages} pages)\n"
          f"check it with: psi-wizard report verify {built.pdf} --trust {args.out / 'demo-engineer.pem'}")
    return Exit.OK


async def _drift_and_recheck(lab: RunningLab, project: ProjectFile, built: BuiltReport, identity: bytes,
                             passphrase: bytes) -> list[str]:
    from wizard.lab.drift import drift
    from wizard.provisioning.people import provisioned
    from wizard.report.recheck import build_signed_recheck
    from wizard.services.recheck import recheck

    people, _ = provisioned(project)
    integrated = [p for p in people if p["stage"] == "integrated"]
    # two people leave, and a third one's station changes: three different people, so each drift shows on its own
    done = drift(lab, [p["email"] for p in integrated], [p["station"] for p in integrated[2:3]])
    trust = (built.pdf.parent / "demo-engineer.pem").read_bytes()  # the demo signer, as the customer would trust
    found = await recheck(load_runbook(), project, built.pdf.read_bytes(), trust, str(built.pdf))
    target = built.pdf.with_name("recheck-report.pdf")
    signed = await build_signed_recheck(found, project, target, identity=identity, passphrase=passphrase,
                                        identity_source="demo identity", language=project.report_language)
    return [*(f"drift applied to the lab: {d}" for d in done),
            *(f"re-check found: {d.subject}: {d.now}" for d in found.drifts),
            *(f"re-check found still failing, as at the baseline: {d.subject}: {d.now}" for d in found.still_failing),
            f"re-check report {signed.pdf.name}: {found.headline}; {len(found.unchanged)} unchanged"]


def _provision(args: argparse.Namespace) -> int:
    from wizard.provision_command import run

    return run(args)


def _lab(args: argparse.Namespace) -> int:
    from wizard.lab.run import serve

    asyncio.run(serve(args.state, args.faults, args.json, args.people, args.zoom_rates))
    return Exit.OK


def _connection(args: argparse.Namespace) -> int:
    from wizard.services.connection import test_connection

    with ProjectFile.open(args.project, force=args.force) as project:
        result = asyncio.run(test_connection(project, args.system, secret=secret_from_env(args.secret_env),
                                             accept_host_key=args.accept_host_key)).result
    if args.json:
        _print_json(result.to_json())
    elif result.findings:
        for finding in result.findings:
            print(f"✘ {finding.message}\n  fix: {finding.fix}")
            if finding.code == "conn.host-key-new":
                print(f"  then: psi-wizard connection test {args.project} --system os4k --accept-host-key "
                      f"{result.evidence['host_key_fingerprint']}")
    else:
        print(f"✔ {args.system}: connected — " + ", ".join(f"{k.replace('_', ' ')}: {v}"
                                                        for k, v in result.evidence.items() if k != "system"))
    return Exit.FAILED if result.status is Verdict.FAIL else Exit.OK


def _recheck(args: argparse.Namespace) -> int:
    from wizard.report.recheck import build_signed_recheck
    from wizard.services.recheck import recheck

    refuse_inputs({"--out": args.out}, {"the project": args.project, "--baseline": args.baseline,
                                        "--identity": args.identity})
    passphrase = secret_from_env(args.passphrase_env)
    baseline, trust, identity = _read(args.baseline), _read(args.trust) if args.trust else None, _read(args.identity)

    async def run(project: ProjectFile) -> tuple[Recheck, BuiltReport]:
        found = await recheck(load_runbook(), project, baseline, trust, str(args.baseline))
        built = await build_signed_recheck(found, project, args.out, identity=identity,
                                           passphrase=passphrase.encode() if passphrase else None,
                                           identity_source=str(args.identity),
                                           language=args.language or project.report_language)
        return found, built

    with ProjectFile.open(args.project, force=args.force) as project:
        found, built = asyncio.run(run(project))
    if args.json:
        _print_json(found.to_json())
    else:
        for drift in found.drifts:
            print(f"✘ {drift.subject}: {drift.then} at the baseline, now {drift.now}\n  fix: {drift.fix}")
        for still in found.still_failing:
            print(f"✘ {still.subject}: still {still.now}, as at the baseline\n  fix: {still.fix}")
        print(f"{found.headline}; {len(found.unchanged)} unchanged; re-check report {built.pdf} signed by "
              f"{built.signer}")
    return Exit.FAILED if found.drifted else Exit.OK


def _sites(args: argparse.Namespace) -> int:
    """Exit 0 when every project was read, 1 when some could not be (they are listed as unreadable)."""
    from wizard.services.sites import ordered, project_files, summarise_site

    runbook = load_runbook()
    summaries = ordered([summarise_site(path, runbook) for path in project_files(args.folder)], args.sort)
    if args.json:
        _print_json([s.to_json() for s in summaries])
    else:
        for s in summaries:
            if s.unreadable:
                print(f"✘ {s.path.name}: unreadable — {s.unreadable}")
                continue
            mark = "!" if s.needs_attention else " "
            where = " — ".join(v for v in (s.customer, s.site) if v) or "(site not named)"
            signed = f"report signed {s.last_report[:10]}" if s.last_report else "no signed report"
            rechecked = (english(Said("re-checked {day}: {count} drift(s)", day=s.last_recheck[:10],
                                      count=s.recheck_drifts)) if s.last_recheck else "never re-checked")
            certificate = (english(Said("certificate {count} day(s) left", count=s.certificate_days))
                           if s.certificate_days is not None else "")
            warnings = english(Said("{count} warning(s)", count=s.warnings))
            print(f"{mark} {s.path.name}: {where}; {s.done}/{s.total} done, {s.failed} failed, {warnings}; "
                  f"changed {s.last_change[:16].replace('T', ' ') or 'never'}; {signed}; {rechecked}"
                  + (f"; {certificate}" if certificate else ""))
        if not summaries:
            print(f"no {SUFFIX} files in {args.folder}")
    return Exit.FAILED if any(s.unreadable for s in summaries) else Exit.OK


def run_headless(argv: Sequence[str]) -> int:
    args = _sub_parser().parse_args(argv)
    handlers = {"runbook": _runbook_list, "project": _project, "connection": _connection, "check": _check,
                "amo": _amo, "provision": _provision,
                "probe": _probe, "report": _report_cmd, "identity": _identity, "demo": _demo, "lab": _lab,
                "sites": _sites, "recheck": _recheck}
    return handlers[args.command](args)


def exit_code(exc: WizardError) -> Exit:
    """What a failure exits with, for every command: README.md's table of exit codes, decided here once by the kind
    of error (what happened), never by the command that met it."""
    from wizard.connectors.http import ApiError, ConnectionFailed
    from wizard.store.errors import DiskFull, ProjectLocked, ProjectReadOnly

    os4k = sys.modules.get("wizard.connectors.os4k")  # an SSH session's error can only come once it is loaded
    lost = (os4k.AmoConnectionLost, os4k.HostKeyRefused) if os4k is not None else ()
    if isinstance(exc, (ProbeCannotRun, ConnectionFailed, *lost)):
        return Exit.CANNOT_RUN
    if isinstance(exc, ApiError) or (os4k is not None and isinstance(exc, os4k.LoginRefused)):
        return Exit.LIVE_SYSTEM
    if isinstance(exc, DiskFull | ProjectReadOnly | ProjectLocked | NotWritten):
        return Exit.NOT_SAVED
    return Exit.INPUT


def _say_clock() -> None:
    """A live system's answers showed the laptop's clock off: said once, on stderr, whatever the command's outcome
    (a wrong clock moves certificates' dates and the audit log's times). Only a command that talked to a live system
    has the HTTP module loaded."""
    http = sys.modules.get("wizard.connectors.http")
    finding = http.LAPTOP_CLOCK.finding() if http is not None else None
    if finding is not None and not sys.stderr.closed:
        print(f"psi-wizard: {finding.message} — {finding.fix}", file=sys.stderr)


def _say_where_the_log_is() -> None:
    """The user's log folder could not be written: the engineer learns where the log is instead (support asks for
    it), or that there is none this time; the work itself goes on."""
    elsewhere = log_elsewhere()
    if elsewhere is None:
        return
    if elsewhere.log is not None:
        note = WizardError("the log folder {folder} cannot be written ({reason}); this run logs to {log}",
                           "make the folder writable for your user (it may belong to another one)",
                           folder=elsewhere.folder, reason=elsewhere.reason, log=elsewhere.log)
    else:
        note = WizardError("the log folder {folder} cannot be written ({reason}), nor a temporary one: nothing is "
                           "logged this time", "make the log folder writable for your user, and free space on the disk",
                           folder=elsewhere.folder, reason=elsewhere.reason)
    print(f"psi-wizard: {note}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    quiet_dependency_warnings()
    argv = list(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging()
    _say_where_the_log_is()
    try:
        if argv and argv[0] in SUBCOMMANDS:
            return run_headless(argv)
        args = _gui_parser().parse_args(argv)
        from wizard.app import run_gui  # Qt is imported only when a window is wanted

        if args.self_test:
            print(f"psi-wizard {version()}", flush=True)
        return run_gui(project_path=args.project, demo=args.demo, offline=args.offline, self_test=args.self_test)
    except WizardError as exc:
        log.warning("%s: %s", argv[0] if argv else "window", exc)  # for support: what failed, never a secret
        lead = "the probe could not run: " if isinstance(exc, ProbeCannotRun) else ""
        print(f"psi-wizard: {lead}{exc}", file=sys.stderr)
        return exit_code(exc)
    except KeyboardInterrupt:
        return Exit.INTERRUPTED
    except BrokenPipeError:  # output piped into a pager or head that stopped reading
        sys.stderr.close()
        return Exit.OK
    except Exception:
        log.exception("unexpected error")
        print(f"psi-wizard: internal error — please send the log file {log_path} to support", file=sys.stderr)
        return Exit.INTERNAL
    finally:
        _say_clock()
