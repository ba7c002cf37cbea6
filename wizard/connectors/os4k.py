"""The OpenScape 4000 AMO session. OS4K has no documented API: AMOs are typed into a terminal. Two
transports share one interface: SSH (asyncssh, driven by the prompt) and manual (the engineer pastes the
batch into the Assistant's AMO window and the output back). Every AMO is journaled in the project file
before it is sent; after a lost answer, the record is read back before anything is sent again."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from wizard.checks.amo import (
    CALL_LOG,
    AmoCommand,
    Os4kConfig,
    Station,
    mask_secrets,
    one_command,
    parse_amo_text,
    read_os4k_config,
)
from wizard.errors import WizardError, failure_reason
from wizard.store.project import JournalEntry, ProjectFile

if TYPE_CHECKING:  # asyncssh is imported on first connect: it costs a fifth of the window's start-up
    import asyncssh

DEFAULT_PROMPT = r"^<\s*$"  # the AMO prompt of the OS4K's terminal, on a line of its own
FINISHED = {"completed", "error", "advisory", "verified"}


class AmoConnectionLost(WizardError):
    pass


class HostKeyRefused(WizardError):
    """The OS4K's SSH server showed another host key than the one the engineer accepted: the wizard refused to talk
    to it, as a TLS certificate that is not trusted is refused (README's exit codes: 3, could not run). Not a lost
    connection: reconnecting would meet the same key, so the AMO session does not try again."""


class LoginRefused(WizardError):
    """The OS4K answered and refused the AMO login (README's exit codes: 4, a live system refused)."""


@dataclass(frozen=True)
class AmoResult:
    command: str
    status: str  # completed, advisory (completed with Hnn advisories), error, verified (found applied on read-back)
    messages: tuple[str, ...]  # the PBX's own words: F-lines, advisories, or NOT EXECUTED
    output: str


STARTED = "H500"  # 'AMO X STARTED': the PBX's note that it took the command, not an advisory


def interpret(command: str, output: str) -> AmoResult:
    """The PBX's verdict on one command: completed only with the completion line (`VERB COMPLETED;`); NOT EXECUTED,
    an F-line, or no completion at all are failures; Hnn lines other than H500 are advisories, kept and shown."""
    try:
        answer = parse_amo_text(output)
    except WizardError as exc:
        return AmoResult(command, "error", (f"the answer cannot be read: {exc.problem}",), output)
    errors = tuple(f"{m.code}: {m.text}" for m in answer.messages if m.kind == "error")
    advisories = tuple(f"{m.code}: {m.text}" for m in answer.messages if m.kind == "advisory" and m.code != STARTED)
    completion = answer.completions[-1] if answer.completions else None
    if errors or (completion is not None and not completion.executed):
        refused = () if completion is None or completion.executed else (completion.text,)
        return AmoResult(command, "error", errors + refused + advisories, output)
    if completion is None:
        return AmoResult(command, "error", ("no completion line: the OS4K did not confirm the command",
                                            *advisories), output)
    return AmoResult(command, "advisory" if advisories else "completed", advisories, output)


class AmoTransport(Protocol):
    async def send(self, command: str) -> str: ...
    async def close(self) -> None: ...


def host_key_fingerprint(openssh_key: str) -> str:
    """'SHA256:…' as `ssh-keygen -lf` prints it for the key, so the engineer can compare it with the platform's."""
    import asyncssh

    try:
        return asyncssh.import_public_key(openssh_key).get_fingerprint("sha256")
    except (asyncssh.KeyImportError, ValueError) as exc:
        raise WizardError("the trusted OS4K host key in the project is not a valid SSH key",
                          "clear it in the connection settings and accept the key again") from exc


async def fetch_host_key(host: str, port: int, timeout: float = 10.0) -> str:
    """The host key the server presents, read with the key exchange alone: nothing is authenticated, no password
    leaves the laptop before the engineer accepted the key."""
    import asyncssh

    try:
        key = await asyncio.wait_for(asyncssh.get_server_host_key(host, port), timeout)
    except (OSError, asyncssh.Error, TimeoutError) as exc:
        raise AmoConnectionLost("no SSH session to {host}:{port} ({reason})",
                                "check the address, the port and that SSH is enabled", host=host, port=port,
                                reason=failure_reason(exc)) from exc
    if key is None:
        raise AmoConnectionLost("{host}:{port} presented no SSH host key", "check that this is the OS4K's SSH port",
                                host=host, port=port)
    return key.export_public_key("openssh").decode().strip()


class SshAmoTransport:
    def __init__(self, host: str, port: int, username: str, password: str, *, prompt: str = DEFAULT_PROMPT,
                 timeout: float = 30.0, host_key: str | None = None) -> None:
        self.host, self.port, self.username, self.password = host, port, username, password
        self.prompt = re.compile(prompt, re.MULTILINE)
        self.timeout = timeout
        # Only the key the engineer accepted (its fingerprint compared, as PuTTY asks) is trusted; without one
        # no connection is made, so the AMO password never goes to a server nobody has vouched for.
        self.host_key = host_key
        self._conn: asyncssh.SSHClientConnection | None = None
        self._process: asyncssh.SSHClientProcess | None = None

    def _known_hosts(self) -> object:
        import asyncssh

        if not self.host_key:
            raise WizardError("the SSH host key of the OS4K at {host} has not been accepted yet",
                              "test the OS4K connection on the Site page (or psi-wizard connection test --system "
                              "os4k) and accept its fingerprint", host=self.host)
        pattern = self.host if self.port == 22 else f"[{self.host}]:{self.port}"
        return asyncssh.import_known_hosts(f"{pattern} {self.host_key}\n")

    async def _open(self) -> None:
        import asyncssh

        known_hosts = self._known_hosts()
        try:
            self._conn = await asyncio.wait_for(asyncssh.connect(
                self.host, port=self.port, username=self.username, password=self.password,
                known_hosts=known_hosts, client_keys=None), self.timeout)
        except asyncssh.HostKeyNotVerifiable as exc:
            raise HostKeyRefused("the SSH host key of {host} is not the one trusted at the first connection",
                                 "someone may be intercepting the connection; if the OS4K was reinstalled, clear its "
                                 "trusted key in the connection settings and connect again", host=self.host) from exc
        except asyncssh.PermissionDenied as exc:
            raise LoginRefused("the OS4K at {host} refused user '{username}'",
                               "check the user name and password of the AMO login", host=self.host,
                               username=self.username) from exc
        except (OSError, asyncssh.Error, TimeoutError) as exc:
            raise AmoConnectionLost("no SSH session to {host}:{port} ({reason})",
                                    "check the address, the port and that SSH is enabled", host=self.host,
                                    port=self.port, reason=failure_reason(exc)) from exc
        self._process = await self._conn.create_process(term_type=None)
        await self._read_until_prompt()

    async def _read_until_prompt(self) -> str:
        import asyncssh

        assert self._process is not None
        buffer = ""
        while not self.prompt.search(buffer):
            try:
                chunk = await asyncio.wait_for(self._process.stdout.read(4096), self.timeout)
            except (asyncssh.Error, OSError, TimeoutError) as exc:
                raise AmoConnectionLost("the SSH session was lost while waiting for the answer",
                                        "the wizard reconnects and checks what was applied") from exc
            if not chunk:
                raise AmoConnectionLost("the OS4K closed the SSH session",
                                        "the wizard reconnects and checks what was applied")
            buffer += chunk
        return self.prompt.split(buffer)[0]

    async def send(self, command: str) -> str:
        if self._process is None:
            await self._open()
        assert self._process is not None
        try:
            self._process.stdin.write(command + "\n")
            output = await self._read_until_prompt()
        except AmoConnectionLost:
            await self.close()
            raise
        lines = output.splitlines()
        if lines and lines[0].strip() == command.strip():  # the terminal's echo of what we typed
            lines = lines[1:]
        return "\n".join(lines).strip()

    async def close(self) -> None:
        if self._conn is not None:
            self._conn.abort()
        self._conn = None
        self._process = None


class ManualAmoTransport:
    """The engineer pastes the batch into the Assistant's AMO window and its output back here. Each command's
    answer is found after its echo and ends at its completion line or at the next prompt, so the commands a REG-
    prints and the echo of the next command never run together. Echoes are looked for in order: a command sent
    twice gets its first answer, then its second."""

    def __init__(self, pasted: str) -> None:
        self.lines = pasted.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.cursor = 0

    async def send(self, command: str) -> str:
        wanted = command.strip()
        for i in range(self.cursor, len(self.lines)):
            if self.lines[i].strip().lstrip("<").strip() != wanted:
                continue
            answer: list[str] = []
            for j in range(i + 1, len(self.lines)):
                line = self.lines[j].strip()
                if line.startswith("<"):  # the next prompt: the answer is over
                    self.cursor = j
                    return "\n".join(answer)
                answer.append(self.lines[j])
                if COMPLETION.match(line):
                    self.cursor = j + 1
                    return "\n".join(answer)
            raise WizardError("the pasted output of '{command}' ends before the OS4K confirmed it",
                              "paste the complete output, down to the 'COMPLETED;' or 'NOT EXECUTED;' line of the "
                              "last command", command=command)
        raise WizardError("the pasted output does not contain '{command}'",
                          "paste the complete output of the batch, including the echoed commands", command=command)

    async def close(self) -> None:
        return None


COMPLETION = re.compile(r"^[A-Z]+\s+(COMPLETED|NOT EXECUTED)\s*;?\s*$")


# ---------------------------------------------------------------------------------------------- verification
def read_back(command: AmoCommand) -> str | None:
    """The REG- that shows the record a change touches (None: a query, nothing to verify)."""
    stno = command.station
    return {
        "PERSI": f"REG-PERSI:TYPE=STN,STNO={stno};",
        "SBCSU": f"REG-SBCSU:STNO={stno};",
        "SDAT": f"REG-SDAT:STNO={stno};",
        "RICHT": f"REG-RICHT:MODE=PM,IDX={command.get('IDX')};",
        "ZANDE": "REG-ZANDE:TYPE=OSMO;",
    }.get(command.noun) if command.verb in ("ADD", "CHANGE") or (command.verb, command.noun) == ("DELETE", "RICHT") \
        else None


def already_applied(command: AmoCommand, shown: str, before: str | None = None) -> bool:
    """Whether the record, as REG- shows it now, already carries what the change sets. `before`: the REG- output
    journaled just ahead of the change. A digest password shows as **** either way, so a password change can only
    be proven where the station had none before; otherwise it is sent again (same value, same effect)."""
    try:
        config = read_os4k_config(parse_amo_text(shown))
        earlier = read_os4k_config(parse_amo_text(before)) if before else None
    except WizardError:
        return False
    stno = command.station or ""
    st = config.stations.get(stno)
    match command.noun:
        case "PERSI":
            return st is not None and len(command.positional) > 2 and st.email == command.positional[2]
        case "SBCSU":
            return st is not None and _station_shows(command, st, _had_password(earlier, stno))
        case "SDAT":
            return _dmcallwd_shows(command, st)
        case "RICHT":
            present = (command.get("IDX") or "") in config.pm_routes
            return not present if command.verb == "DELETE" else present
        case "ZANDE":
            return (config.osmo_address, config.osmo_port) == (command.get("SBCADDR1"), command.get("PORT1"))
    return False


def _had_password(earlier: Os4kConfig | None, stno: str) -> bool:
    """Whether the station had a digest password before the change; without the earlier REG- nobody knows, and
    it counts as having had one (the change is then sent again, not taken as done)."""
    return earlier is None or (stno in earlier.stations and earlier.stations[stno].has_password)


def _station_shows(command: AmoCommand, st: Station, had_password: bool) -> bool:
    """An SBCSU change is in place when the station shows its PM route index, its call log as set and, for a
    password, shows one where it had none before (REG- prints **** for any password)."""
    pm_route_set = not command.get("PMIDX") or st.pmidx == command.params["PMIDX"]
    password_set = not command.get("IPPASSW") or (st.has_password and not had_password)
    call_log_set = not command.get(CALL_LOG) or (st.call_log or "").upper() == command.params[CALL_LOG].upper()
    return pm_route_set and password_set and call_log_set


def _dmcallwd_shows(command: AmoCommand, st: Station | None) -> bool:
    """SDAT's DMCALLWD attribute as the change wants it: DATTR takes it away (a station that is gone has none),
    anything else gives it."""
    if (command.get("DATTR") or "").upper() == "DMCALLWD":
        return st is None or not st.dmcallwd
    return st is not None and st.dmcallwd


def _output_before(journal: dict[int, JournalEntry], position: int) -> str | None:
    """The answer to the REG- just ahead of the change, if the batch has one (provisioning batches do)."""
    previous = journal.get(position - 1)
    if previous is None or not previous.command.upper().startswith("REG-"):
        return None
    return previous.output


class AmoSession:
    """Runs a batch through a transport, journaled in the project, resumable after any interruption."""

    def __init__(self, project: ProjectFile, transport: AmoTransport, *, reconnects: int = 3,
                 on_result: Callable[[int, AmoResult], Awaitable[None] | None] | None = None) -> None:
        self.project = project
        self.transport = transport
        self.reconnects = reconnects
        self.on_result = on_result

    async def run_batch(self, batch_id: str, commands: list[str]) -> list[AmoResult]:
        results: list[AmoResult] = []
        lost = 0
        position = 0
        # read once: this session is the batch's only writer, and keeps its copy in step with the file
        journal = {e.position: e for e in self.project.journal(batch_id)}
        while position < len(commands):
            command = commands[position]
            entry = journal.get(position)
            try:
                if entry is not None and entry.state in FINISHED:
                    result = AmoResult(command, entry.state, (), entry.output)
                elif entry is not None and entry.state == "sent" and await self._found_applied(
                        command, _output_before(journal, position)):
                    result = AmoResult(command, "verified", ("applied before the answer was lost",), "")
                    await self._done(journal, batch_id, position, "verified", result.messages[0])
                else:
                    one_command(command)  # the last guard: one line, one command, no placeholder left
                    masked = mask_secrets(command)
                    await self.project.commit(self.project.journal_sending, batch_id, position, masked)
                    journal[position] = JournalEntry(position, masked, "sent", "")
                    result = interpret(command, await self.transport.send(command))
                    await self._done(journal, batch_id, position, result.status, mask_secrets(result.output))
            except AmoConnectionLost:
                lost += 1
                if lost > self.reconnects:
                    raise
                continue  # the journal says 'sent': the next round reads the record back before anything else
            results.append(result)
            if self.on_result is not None:
                outcome = self.on_result(position, result)
                if outcome is not None:
                    await outcome
            position += 1
        return results

    async def _done(self, journal: dict[int, JournalEntry], batch_id: str, position: int, state: str,
                    output: str) -> None:
        await self.project.commit(self.project.journal_done, batch_id, position, state, output)
        journal[position] = replace(journal[position], state=state, output=output)

    async def _found_applied(self, command: str, before: str | None) -> bool:
        query = read_back(one_command(command))
        if query is None:
            return False  # a query: sending it again changes nothing
        return already_applied(one_command(command), await self.transport.send(query), before)
