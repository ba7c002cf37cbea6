"""An OpenScape 4000 for the lab: a small model of stations, PERSI emails, PM routes, SDAT attributes, the
system number and the OSMO SBC address, driven by AMOs over SSH with the prompt '<'. REG- prints the
commands that recreate a record; errors are Fnn lines. It counts every change applied, and can drop the
session right after applying a command, as a flaky line would."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

import asyncssh

from wizard.checks.amo import AmoCommand, parse_amo_text
from wizard.errors import WizardError

PROMPT = "<"


@dataclass
class LabStation:
    email: str | None = None
    pmidx: str | None = None
    password: bool = False
    call_log: str = "ALL"
    dmcallwd: bool = False
    password_sha256: str | None = None  # only the hash, so tests can compare it with Zoom's side


@dataclass
class Os4kModel:
    stations: dict[str, LabStation] = field(default_factory=dict)
    routes: dict[str, str] = field(default_factory=dict)  # PM index -> voicemail number
    system_number: str = "4711"
    osmo: tuple[str, str] | None = None
    applied: Counter[str] = field(default_factory=Counter)  # change command -> times applied
    locked: set[str] = field(default_factory=set)  # stations that refuse changes (lab fault: an F answer)

    def execute(self, line: str) -> str:
        try:
            parsed = parse_amo_text(line if line.rstrip().endswith(";") else line + ";")
        except WizardError:
            return "F01: SYNTAX ERROR"
        if len(parsed.commands) != 1:
            return "F01: SYNTAX ERROR"
        cmd = parsed.commands[0]
        if cmd.verb in ("REGENERATE", "DISPLAY"):
            return self._show(cmd)
        touched = cmd.station
        if touched in self.locked:
            return f"F42: STATION {touched} IS LOCKED BY ANOTHER ADMINISTRATION SESSION"
        result = self._change(cmd)
        if not result.startswith("F"):
            self.applied[cmd.text.strip()] += 1
        return result

    def _station(self, stno: str | None) -> LabStation | None:
        return self.stations.get(stno or "")

    def _show(self, cmd: AmoCommand) -> str:
        stno = cmd.get("STNO") or (cmd.positional[0] if cmd.positional else None)
        if stno is None and cmd.noun in ("SBCSU", "PERSI", "SDAT"):  # REG- of every station
            shown = [self._show(AmoCommand(cmd.verb, cmd.noun, {"STNO": number}, (), cmd.line, cmd.text))
                     for number in sorted(self.stations, key=lambda n: (len(n), n))]
            return "\n".join(line for line in shown if not line.startswith("H02")) or "H02: NO DATA FOUND"
        match cmd.noun:
            case "SBCSU":
                st = self._station(stno)
                if st is None:
                    return f"F23: STATION {stno} NOT FOUND"
                password = ',IPPASSW="****"' if st.password else ""
                pmidx = f",PMIDX={st.pmidx}" if st.pmidx else ""
                return f"ADD-SBCSU:STNO={stno},OPT=OPTI,CONN=IP2,DVCFIG=S2IP{pmidx}{password},CALLLOG={st.call_log};"
            case "PERSI":
                st = self._station(stno)
                if st is None:
                    return f"F23: STATION {stno} NOT FOUND"
                return f'CHANGE-PERSI:EMAIL,{stno},"{st.email}";' if st.email else "H02: NO DATA FOUND"
            case "SDAT":
                st = self._station(stno)
                if st is None:
                    return f"F23: STATION {stno} NOT FOUND"
                return f"CHA-SDAT:{stno},ATTRIBUT,DMCALLWD;" if st.dmcallwd else "H02: NO DATA FOUND"
            case "RICHT":
                idx = cmd.get("IDX")
                if idx is None:
                    return "\n".join(f"ADD-RICHT:MODE=PM,IDX={i},SAN={san},STYPE=OTHER;" for i, san in
                                     sorted(self.routes.items())) or "H02: NO DATA FOUND"
                return (f"ADD-RICHT:MODE=PM,IDX={idx},SAN={self.routes[idx]},STYPE=OTHER;" if idx in self.routes
                        else "H02: NO DATA FOUND")
            case "ZANDE":
                return (f"CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={self.osmo[0]},PORT1={self.osmo[1]};" if self.osmo
                        else "H02: NO DATA FOUND")
            case "ANUM" | "ANSU":
                return f"ADD-{cmd.noun}:TYPE=SYS,SYSNO={self.system_number};"
        return f"F01: AMO {cmd.noun} IS NOT AVAILABLE IN THE LAB"

    def _change(self, cmd: AmoCommand) -> str:
        done = f"H500: AMO {cmd.noun} STARTED\nAMO-{cmd.noun}-111 {cmd.verb} COMPLETED"
        match cmd.noun:
            case "PERSI" if cmd.positional[:1] == ("EMAIL",) and len(cmd.positional) >= 3:
                st = self._station(cmd.positional[1])
                if st is None:
                    return f"F23: STATION {cmd.positional[1]} NOT FOUND"
                st.email = cmd.positional[2] or None
            case "SBCSU":
                st = self._station(cmd.get("STNO"))
                if st is None:
                    return f"F23: STATION {cmd.get('STNO')} NOT FOUND"
                if cmd.get("PMIDX"):
                    st.pmidx = None if cmd.params["PMIDX"] == "0" else cmd.params["PMIDX"]
                if cmd.get("IPPASSW"):
                    st.password = True
                    st.password_sha256 = hashlib.sha256(cmd.params["IPPASSW"].encode()).hexdigest()
            case "SDAT" if "DMCALLWD" in [v.upper() for v in cmd.positional]:
                st = self._station(cmd.positional[0])
                if st is None:
                    return f"F23: STATION {cmd.positional[0]} NOT FOUND"
                st.dmcallwd = True
            case "SDAT" if (cmd.get("DATTR") or "").upper() == "DMCALLWD":
                st = self._station(cmd.get("STNO"))
                if st is None:
                    return f"F23: STATION {cmd.get('STNO')} NOT FOUND"
                st.dmcallwd = False
            case "RICHT" if cmd.verb == "DELETE":
                if self.routes.pop(cmd.get("IDX") or "", None) is None:
                    return f"F04: ROUTE PM {cmd.get('IDX')} DOES NOT EXIST"
            case "RICHT" if cmd.verb == "ADD":
                idx = cmd.get("IDX") or ""
                if idx in self.routes:
                    return f"F03: ROUTE PM {idx} ALREADY EXISTS"
                self.routes[idx] = cmd.get("SAN") or ""
            case "ZANDE" if (cmd.get("TYPE") or "").upper() == "OSMO":
                self.osmo = (cmd.get("SBCADDR1") or "", cmd.get("PORT1") or "")
            case _:
                return f"F01: {cmd.verb}-{cmd.noun} IS NOT AVAILABLE IN THE LAB"
        return done


@dataclass
class Os4kFaults:
    drop_after: int | None = None  # drop the session right after applying the Nth command (the answer is lost)


class _Server(asyncssh.SSHServer):
    def __init__(self, username: str, password: str) -> None:
        self.username, self.password = username, password

    def begin_auth(self, username: str) -> bool:
        return True

    def password_auth_supported(self) -> bool:
        return True

    def validate_password(self, username: str, password: str) -> bool:
        return (username, password) == (self.username, self.password)


class Os4kLab:
    def __init__(self, model: Os4kModel | None = None, faults: Os4kFaults | None = None,
                 username: str = "engr", password: str = "lab-amo-password") -> None:
        self.model = model or Os4kModel()
        self.faults = faults or Os4kFaults()
        self.username, self.password = username, password
        self.commands = 0
        self.sessions = 0
        self._server: asyncssh.SSHAcceptor | None = None

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        key = asyncssh.generate_private_key("ssh-ed25519")
        self._server = await asyncssh.create_server(lambda: _Server(self.username, self.password), host, port,
                                                    server_host_keys=[key], process_factory=self._session)
        return self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _session(self, process: asyncssh.SSHServerProcess) -> None:
        self.sessions += 1
        process.stdout.write(f"OpenScape 4000 lab, system {self.model.system_number}\n{PROMPT}\n")
        try:
            async for raw in process.stdin:
                line = raw.strip()
                if not line:
                    process.stdout.write(f"{PROMPT}\n")
                    continue
                if line.upper() in ("EXIT", "EXIT;"):
                    break
                output = self.model.execute(line)
                self.commands += 1
                if self.faults.drop_after is not None and self.commands == self.faults.drop_after:
                    process.channel.get_connection().abort()  # applied, but the answer never leaves
                    return
                process.stdout.write(f"{line}\n{output}\n{PROMPT}\n")
        except (asyncssh.BreakReceived, asyncssh.TerminalSizeChanged, asyncssh.ConnectionLost):
            pass
        process.exit(0)

