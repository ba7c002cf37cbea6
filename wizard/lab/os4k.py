"""An OpenScape 4000 for the lab: a small model of stations, PERSI emails, PM routes, SDAT attributes, the
system number and the OSMO SBC address, driven by AMOs over SSH, printing what the PBX prints (the vendor's AMO
documentation pages, as summarised in shared/DESIGN.md): the prompt '<' with the typed command echoed after it,
`H500: AMO X STARTED`, REG- records as commands, DIS- records as boxed tables, Fnn errors and Hnn advisories, and
the two-line completion `AMO-X-111 TITLE` / `VERB COMPLETED;` or `NOT EXECUTED;`. It reads the AMO language with
a reader of its own (abbreviated verbs and parameters, & lists, quoted strings), sharing nothing with the wizard's
parser, and refuses what it does not understand. It counts every change applied, and can drop the session right
after applying a command, as a flaky line would. Message numbers and titles are the lab's own (assumed)."""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

import asyncssh

PROMPT = "<"
VERBS = ("ADD", "CHANGE", "DELETE", "DISPLAY", "REGENERATE", "EXEC", "START", "SET", "ACTIVATE", "DEACTIVATE")
# SBCSU's call-log parameter: no public source names it (the guide says only "AMO-SBCSU - Call log parameter", §2.2);
# this is the lab's guess. Its values ALL and TRIES are the Feature Usage Examples' (10.13.2 Call Log,
# networks.unify.com/openscape-documentation/V11R1/OS4000_FUE/en-us/jf39057.htm).
CALL_LOG, CALL_LOG_VALUES = "CALLOG", ("ALL", "TRIES")
NAMES = {"SBCSU": ("STNO", "OPT", "CONN", "DVCFIG", "PMIDX", "IPPASSW", CALL_LOG, "COS1", "COS2"),
         "PERSI": ("TYPE", "STNO", "NAME", "EMAIL"), "SDAT": ("STNO", "TYPE", "AATTR", "DATTR"),
         "RICHT": ("MODE", "IDX", "SAN", "STYPE"), "ZANDE": ("TYPE", "SBCADDR1", "PORT1"),
         "ANUM": ("TYPE", "SYSNO"), "ANSU": ("TYPE", "SYSNO"),
         # guide §7.2: CHANGE-CGWB:MTYPE=CGW,LTU=17,SLOT=2,TYPE=DMCDATA,DMCCONN=<...>;
         "CGWB": ("MTYPE", "LTU", "SLOT", "TYPE", "DMCCONN"),
         # Feature Usage Examples (.../OS4000_FUE/en-us/hf40103.htm): ADD-KNDEF:NNO=1,TYPE=OWN,ISDNCC=49,ISDNAC=30,
         # ISDNLC=611,...; the own node's country, area and local code
         "KNDEF": ("NNO", "TYPE", "ISDNCC", "ISDNAC", "ISDNLC")}
TITLES = {"SBCSU": "STATION AND S0-BUS CONFIGURATION", "PERSI": "PERSONAL IDENTIFICATION",
          "SDAT": "SUBSCRIBER DATA", "RICHT": "ROUTES", "ZANDE": "CENTRAL SYSTEM DATA",
          "ANUM": "ASSIGNMENT OF NUMBERS", "ANSU": "SYSTEM NUMBER", "CGWB": "GATEWAY BOARD DATA",
          "KNDEF": "VIRTUAL NODES"}
_LINE = re.compile(r"^([A-Za-z]+)-([A-Za-z][A-Za-z0-9]*)(?::(.*))?;$")


class Refused(Exception):
    """The PBX's F-line for a command it will not carry out."""


@dataclass
class Amo:
    verb: str
    noun: str
    keyed: dict[str, str]
    plain: list[str]

    def station(self) -> str | None:
        if "STNO" in self.keyed:
            return self.keyed["STNO"]
        if self.noun == "PERSI" and len(self.plain) > 1:
            return self.plain[1]
        return self.plain[0] if self.noun in ("SBCSU", "SDAT") and self.plain else None

    def items(self, key: str) -> set[str]:
        return {part.upper() for part in self.keyed.get(key, "").split("&") if part}


def read_amo(text: str) -> Amo:
    """One command as the PBX reads it, or Refused."""
    match = _LINE.match(text.strip())
    if match is None:
        raise Refused("F01: SYNTAX ERROR")
    written, noun, body = match.group(1).upper(), match.group(2).upper(), match.group(3) or ""
    verbs = [v for v in VERBS if v.startswith(written)]
    if len(verbs) != 1:
        raise Refused(f"F01: {written} IS NOT A UNIQUE AMO ACTION")
    if noun not in NAMES:
        raise Refused(f"F02: AMO {noun} IS NOT KNOWN")
    keyed, plain = _parameters(noun, _split_parameters(body))
    return Amo(verbs[0], noun, keyed, plain)


def _split_parameters(body: str) -> list[str]:
    """The parameters between the colon and the semicolon: a comma inside quotes belongs to the value."""
    parts, current, quoted = [], "", False
    for ch in body:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            parts.append(current)
            current = ""
        else:
            current += ch
    if quoted:
        raise Refused("F01: SYNTAX ERROR (QUOTE NOT CLOSED)")
    parts.append(current)
    return parts


def _parameters(noun: str, parts: list[str]) -> tuple[dict[str, str], list[str]]:
    """Named parameters (abbreviated as far as they stay unique for the AMO) and positional ones, unquoted."""
    keyed: dict[str, str] = {}
    plain: list[str] = []
    for part in (p.strip() for p in parts):
        name, eq, value = part.partition("=")
        if eq and name.isalnum() and not name[0].isdigit():
            full = [n for n in NAMES[noun] if n.startswith(name.upper())]
            if len(full) != 1:
                raise Refused(f"F03: PARAMETER {name.upper()} IS NOT VALID FOR {noun}")
            keyed[full[0]] = value.strip().strip('"')
        elif part:
            plain.append(part.strip('"'))
    return keyed, plain


@dataclass
class LabStation:
    email: str | None = None
    pmidx: str | None = None
    call_log: str = "ALL"
    dmcallwd: bool = False
    # The digest password as its SHA-256 only: tests compare it before and after a wave, and with what Zoom got
    # through CloudLink, without the lab (or its state file) ever holding a password.
    password_sha256: str | None = None

    @property
    def has_password(self) -> bool:
        return self.password_sha256 is not None

    def set_password(self, password: str) -> None:
        self.password_sha256 = hashlib.sha256(password.encode()).hexdigest()


@dataclass
class Os4kModel:
    stations: dict[str, LabStation] = field(default_factory=dict)
    routes: dict[str, str] = field(default_factory=dict)  # PM index -> voicemail number
    system_number: str = "4711"
    osmo: tuple[str, str] | None = None
    applied: Counter[str] = field(default_factory=Counter)  # change command -> times applied
    locked: set[str] = field(default_factory=set)  # stations that refuse changes (lab fault: an F answer)
    # SIP gateway boards by (LTU, SLOT) -> DMCCONN, None while DMC is not configured: the guide's example board
    gateways: dict[tuple[str, str], str | None] = field(default_factory=lambda: {("17", "2"): None})
    # own virtual nodes -> their E.164 codes (ISDNCC, ISDNAC, ISDNLC), none set yet
    own_nodes: dict[str, dict[str, str]] = field(default_factory=lambda: {"1": {}})

    def execute(self, line: str) -> str:
        """What the PBX prints for one typed command, after the echo."""
        try:
            amo = read_amo(line if line.rstrip().endswith(";") else line + ";")
        except Refused as refused:
            return f"{refused}\n{line.split('-')[0].upper()} NOT EXECUTED;"
        title = f"AMO-{amo.noun}-111 {TITLES[amo.noun]}"
        try:
            if amo.verb in ("REGENERATE", "DISPLAY"):
                body = self._show(amo)
            else:
                if amo.station() in self.locked:
                    raise Refused(f"F42: STATION {amo.station()} IS LOCKED BY ANOTHER ADMINISTRATION SESSION")
                body = self._change(amo)
                self.applied[line.strip()] += 1
        except Refused as refused:
            return f"H500: AMO {amo.noun} STARTED\n{refused}\n{title}\n{amo.verb} NOT EXECUTED;"
        shown = f"\n{body}" if body else ""
        return f"H500: AMO {amo.noun} STARTED{shown}\n{title}\n{amo.verb} COMPLETED;"

    def _station(self, stno: str | None) -> LabStation:
        station = self.stations.get(stno or "")
        if station is None:
            raise Refused(f"F23: STATION {stno} NOT FOUND")
        return station

    def _records(self, amo: Amo) -> list[dict[str, str]]:
        """The records a REG-/DIS- asks for, as parameter lists."""
        if amo.noun not in ("SBCSU", "PERSI", "SDAT"):
            return self._system_records(amo)
        stno = amo.station()
        records = []
        for number in [stno] if stno else sorted(self.stations, key=lambda n: (len(n), n)):
            st = self._station(number)
            if amo.noun == "SBCSU":
                records.append({"STNO": number, "OPT": "OPTI", "CONN": "IP2", "DVCFIG": "S2IP",
                                **({"PMIDX": st.pmidx} if st.pmidx else {}),
                                **({"IPPASSW": '"****"'} if st.has_password else {}), CALL_LOG: st.call_log})
            elif amo.noun == "PERSI" and st.email:
                records.append({"TYPE": "STN", "STNO": number, "EMAIL": f'"{st.email}"'})
            elif amo.noun == "SDAT":
                records.append({"STNO": number, "TYPE": "ATTRIBUT",
                                "AATTR": "CLIP&DMCALLWD" if st.dmcallwd else "CLIP"})
        return records

    def _system_records(self, amo: Amo) -> list[dict[str, str]]:
        """The records of the whole system: routes, the OSMO address, gateway boards, own nodes, system number."""
        match amo.noun:
            case "RICHT":
                wanted = amo.keyed.get("IDX")
                return [{"MODE": "PM", "IDX": i, "SAN": san, "STYPE": "OTHER"}
                        for i, san in sorted(self.routes.items()) if wanted in (None, i)]
            case "ZANDE":
                return [{"TYPE": "OSMO", "SBCADDR1": self.osmo[0], "PORT1": self.osmo[1]}] if self.osmo else []
            case "CGWB":  # each board, then its DMCDATA branch once it has one
                return [record for (ltu, slot), dmc in sorted(self.gateways.items())
                        for record in [{"MTYPE": "CGW", "LTU": ltu, "SLOT": slot},
                                       *([{"MTYPE": "CGW", "LTU": ltu, "SLOT": slot, "TYPE": "DMCDATA",
                                           "DMCCONN": dmc}] if dmc is not None else [])]]
            case "KNDEF":
                return [{"NNO": nno, "TYPE": "OWN", **codes} for nno, codes in sorted(self.own_nodes.items())]
        return [{"TYPE": "SYS", "SYSNO": self.system_number}]  # ANUM, ANSU

    def _show(self, amo: Amo) -> str:
        records = self._records(amo)
        if not records:
            return "H02: NO DATA FOUND"
        if amo.verb == "REGENERATE":  # a record's branch that is changed, not added, regenerates as CHANGE
            return "\n".join(("CHANGE" if amo.noun == "ZANDE" or r.get("TYPE") == "DMCDATA" else "ADD")
                             + f"-{amo.noun}:" + ",".join(f"{k}={v}" for k, v in r.items()) + ";" for r in records)
        rows = [f"| {k:<8} = {v.strip(chr(34)):<40} |" for r in records for k, v in r.items()]
        border = "+" + "-" * (len(rows[0]) - 2) + "+"
        return "\n".join([border, *rows, border])

    def _change(self, amo: Amo) -> str:
        match amo.noun, amo.verb:
            case "PERSI", "CHANGE" if amo.plain[:1] == ["EMAIL"] and len(amo.plain) >= 2:
                self._station(amo.plain[1]).email = (amo.plain[2] if len(amo.plain) > 2 else "") or None
            case "SBCSU", "CHANGE":
                return self._change_station(amo)
            case "SDAT", "CHANGE" if amo.plain[1:2] == ["ATTRIBUT"] and "DMCALLWD" in {p.upper() for p in amo.plain}:
                self._station(amo.plain[0]).dmcallwd = True
            case "SDAT", "CHANGE" if "DMCALLWD" in amo.items("AATTR") | amo.items("DATTR"):
                self._station(amo.keyed.get("STNO")).dmcallwd = "DMCALLWD" in amo.items("AATTR")
            case "RICHT", "DELETE":
                if self.routes.pop(amo.keyed.get("IDX", ""), None) is None:
                    raise Refused(f"F04: ROUTE PM {amo.keyed.get('IDX')} DOES NOT EXIST")
            case "RICHT", "ADD":
                idx = amo.keyed.get("IDX", "")
                if idx in self.routes:
                    raise Refused(f"F03: ROUTE PM {idx} ALREADY EXISTS")
                self.routes[idx] = amo.keyed.get("SAN", "")
            case "ZANDE", "CHANGE" if amo.keyed.get("TYPE", "").upper() == "OSMO":
                self.osmo = (amo.keyed.get("SBCADDR1", ""), amo.keyed.get("PORT1", ""))
            case ("CGWB" | "KNDEF"), "CHANGE":
                self._change_system(amo)
            case _:
                raise Refused(f"F05: {amo.verb}-{amo.noun} WITH THESE PARAMETERS IS NOT AVAILABLE IN THE LAB")
        return ""

    def _change_station(self, amo: Amo) -> str:
        st = self._station(amo.keyed.get("STNO"))
        if "PMIDX" in amo.keyed:
            idx = amo.keyed["PMIDX"]
            if idx != "0" and idx not in self.routes:
                raise Refused(f"F31: NO ROUTE MODE=PM WITH IDX {idx}")
            st.pmidx = None if idx == "0" else idx
        if CALL_LOG in amo.keyed:
            if amo.keyed[CALL_LOG].upper() not in CALL_LOG_VALUES:
                raise Refused(f"F07: {amo.keyed[CALL_LOG]} IS NOT A VALUE OF {CALL_LOG}")
            st.call_log = amo.keyed[CALL_LOG].upper()
        if "IPPASSW" in amo.keyed:
            st.set_password(amo.keyed["IPPASSW"])
            return "H12: DIGEST PASSWORD CHANGED; THE DEVICE MUST REGISTER AGAIN"
        return ""

    def _change_system(self, amo: Amo) -> None:
        """A gateway board's DMC connections (CGWB TYPE=DMCDATA) or an own node's E.164 codes (KNDEF TYPE=OWN)."""
        branch = amo.keyed.get("TYPE", "").upper()
        if amo.noun == "CGWB" and branch == "DMCDATA" and "DMCCONN" in amo.keyed:
            board = (amo.keyed.get("LTU", ""), amo.keyed.get("SLOT", ""))
            if board not in self.gateways:
                raise Refused(f"F16: NO GATEWAY BOARD IN LTU {board[0]} SLOT {board[1]}")
            self.gateways[board] = amo.keyed["DMCCONN"]
        elif amo.noun == "KNDEF" and branch == "OWN":
            if amo.keyed.get("NNO") not in self.own_nodes:
                raise Refused(f"F17: NODE {amo.keyed.get('NNO')} IS NOT AN OWN NODE")
            self.own_nodes[amo.keyed["NNO"]] |= {k: v for k, v in amo.keyed.items()
                                                  if k in ("ISDNCC", "ISDNAC", "ISDNLC")}
        else:
            raise Refused(f"F05: {amo.verb}-{amo.noun} WITH THESE PARAMETERS IS NOT AVAILABLE IN THE LAB")


@dataclass
class Os4kFaults:
    drop_after: int | None = None  # drop the session right after applying the Nth command (the answer is lost)
    latency: float = 0.0  # seconds the PBX takes over each command, as a loaded system does


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
        self.host_key = ""  # the public host key (OpenSSH line), as the platform's administrator would read it out

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        key = asyncssh.generate_private_key("ssh-ed25519")
        self.host_key = key.export_public_key("openssh").decode().strip()
        self._server = await asyncssh.create_server(lambda: _Server(self.username, self.password), host, port,
                                                    server_host_keys=[key], process_factory=self._session)
        return self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _session(self, process: asyncssh.SSHServerProcess) -> None:
        self.sessions += 1
        process.stdout.write(f"OpenScape 4000 lab, system {self.model.system_number}\n{PROMPT}")
        try:
            async for raw in process.stdin:
                line = raw.strip()
                if not line:
                    process.stdout.write(f"\n{PROMPT}")
                    continue
                if line.upper() in ("EXIT", "EXIT;"):
                    break
                output = self.model.execute(line)
                self.commands += 1
                if self.faults.latency:
                    await asyncio.sleep(self.faults.latency)
                if self.faults.drop_after is not None and self.commands == self.faults.drop_after:
                    process.channel.get_connection().abort()  # applied, but the answer never leaves
                    return
                process.stdout.write(f"{line}\n{output}\n{PROMPT}")  # the echo follows the prompt
        except (asyncssh.BreakReceived, asyncssh.TerminalSizeChanged, asyncssh.ConnectionLost):
            pass
        process.exit(0)

