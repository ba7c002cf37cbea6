"""Use case: an AMO batch for the OS4K — its dry run (the REG-/DIS- read, the changes only shown), its sending
over SSH (journaled, resumable), and the engineer's pasted Assistant output read back into the same journal."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from wizard.checks.amo import one_command
from wizard.connectors.os4k import AmoResult, AmoSession, ManualAmoTransport
from wizard.connectors.sessions import open_amo
from wizard.errors import WizardError
from wizard.live import require_live
from wizard.store.project import ProjectFile

QUERIES = ("REG-", "DIS-")  # AMOs that only read: a dry run sends these and nothing else
PASTED_SUFFIX = "-pasted"  # a pasted batch keeps a journal of its own beside the one sent over SSH


def read_batch(text: str, source: str = "the batch") -> list[str]:
    """One AMO per line (blank lines and # comments skipped), every line judged before anything connects."""
    commands = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not commands:
        raise WizardError("{source} is empty", "put one AMO per line, e.g. REG-PERSI:TYPE=STN,STNO=3100;",
                          source=source)
    for number, command in enumerate(commands, start=1):
        try:
            one_command(command)
        except WizardError as exc:
            raise WizardError("{source}, AMO {number}: {problem}", "{fix}; nothing was sent", source=source,
                              number=number, problem=exc.problem, fix=exc.fix) from None
    return commands


def batch_name(typed: str) -> str:
    return typed.strip() or "batch"


async def dry_run(project: ProjectFile, commands: list[str], *, password: str | None = None,
                  on_line: Callable[[str], None] | None = None) -> list[str]:
    """The reads of the batch sent, the changes only named; nothing on the PBX changes."""
    require_live(project, "an AMO batch (its dry run reads the PBX too)")
    transport = open_amo(project, password=password)
    shown: list[str] = []
    try:
        for command in commands:
            line = (f"{command}\n{await transport.send(command)}" if command.upper().startswith(QUERIES)
                    else f"would send: {command}")
            shown.append(line)
            if on_line is not None:
                on_line(line)
    finally:
        await transport.close()
    return shown


async def send_batch(project: ProjectFile, batch: str, commands: list[str], *, password: str | None = None,
                     on_result: Callable[[int, AmoResult], Awaitable[None] | None] | None = None) -> list[AmoResult]:
    """The batch sent over SSH; each AMO journaled before it is sent, so the same batch name again resumes it
    without applying anything twice."""
    require_live(project, "sending an AMO batch")
    transport = open_amo(project, password=password)
    try:
        return await AmoSession(project, transport, on_result=on_result).run_batch(batch, commands)
    finally:
        await transport.close()


async def read_pasted(project: ProjectFile, batch: str, commands: list[str], pasted: str) -> list[AmoResult]:
    """The Assistant's output of the batch, pasted by the engineer, read as if it had come over SSH (works
    offline: nothing is sent)."""
    if not pasted.strip():
        raise WizardError("nothing was pasted", "paste the Assistant's output of the batch, echoed commands included")
    return await AmoSession(project, ManualAmoTransport(pasted)).run_batch(batch + PASTED_SUFFIX, commands)


def result_lines(results: list[AmoResult]) -> str:
    return "\n".join(f"{r.status:<10} {r.command}" + (f"\n           {'; '.join(r.messages)}" if r.messages else "")
                     for r in results)


def failed(results: list[AmoResult]) -> bool:
    return any(r.status == "error" for r in results)
