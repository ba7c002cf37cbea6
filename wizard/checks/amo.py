"""OpenScape 4000 AMO text: read what the PBX prints, judge it against the guide, build batches.

A command is `VERB-NOUN:PARAM=value,...;` with keyword parameters, positional values (`CHANGE-SDAT:3100,ATTRIBUT,
DMCALLWD;`), quoted strings that may hold commas and semicolons, lists joined with `&` (ranges with `&&`), and long
commands continued on the next line. A session prints `H500: AMO X STARTED`, advisories `Hnn:`, errors `Fnn:`, and
ends every command with two lines, `AMO-NOUN-nn TITLE` and `VERB COMPLETED;` (or `... NOT EXECUTED;`); its prompt
is `<`, and what the engineer types is echoed after it. REG- prints the commands that recreate a record; DIS-
prints a boxed table, which this module recognises but does not read: the wizard asks for REG- wherever it parses.

The facts below come from the vendor's AMO documentation pages and public tooling that reads REGEN dumps (as
summarised in shared/DESIGN.md, 'OpenScape 4000'); each table names what it rests on, and where no source
confirms a name it says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from wizard.checks import amo_values
from wizard.checks.result import CheckResult, Finding, Severity
from wizard.errors import WizardError

# The verbs, written in full or cut to any prefix that names one of them alone (AMO documentation: AD-, CH-,
# CHA-, CHAN-, CHANGE-, DIS-, DISP-, REG-, REGEN-, DEL-, EXEC-). ACTIVATE and DEACTIVATE are listed so that
# 'DE-' stays ambiguous, as it is on the PBX.
VERB_NAMES = ("ADD", "CHANGE", "DELETE", "DISPLAY", "REGENERATE", "EXEC", "START", "SET", "ACTIVATE", "DEACTIVATE")
# SBCSU's call-log parameter. NOT CONFIRMED by any public source: Unify's AMO reference pages for SBCSU
# (networks.unify.com/openscape-documentation/.../OS4000_AMO/en-us/ad2sbcsu*.htm) could not be read for it, and the
# guide (§2.2) says only "AMO-SBCSU - Call log parameter". Its values ALL and TRIES are confirmed (OpenScape 4000
# Feature Usage Examples, 10.13.2 Call Log, .../OS4000_FUE/en-us/jf39057.htm). The name is kept here alone: a REG-
# that prints another one shows it as a parameter the wizard does not read, and the wave writes this name only
# where REG- printed it.
CALL_LOG = "CALLOG"
# The parameters of the AMOs we read and write, so that an abbreviated name (TYP= for TYPE=) is read as the full one.
# From the guide's AMO syntax and the REG- forms of the AMO documentation; any other name in a record is named as
# one the wizard does not read (reading_findings), never passed over in silence.
PARAMETERS = {
    "SBCSU": ("STNO", "OPT", "CONN", "PEN", "DVCFIG", "COS1", "COS2", "LCOSV1", "LCOSV2", "LCOSD1", "LCOSD2",
              "DPLN", "ITR", "SSTNO", "COSX", "SPDI", "SPDC1", "SPDC2", "PMIDX", "IPPASSW", CALL_LOG, "INS"),
    "PERSI": ("TYPE", "STNO", "NAME", "ORG", "EMAIL"),
    "SDAT": ("STNO", "TYPE", "AATTR", "DATTR"),
    "RICHT": ("MODE", "IDX", "SAN", "STYPE", "LRTE", "NAME"),
    "ZANDE": ("TYPE", "SBCADDR1", "PORT1", "SBCADDR2", "PORT2"),
    "ANSU": ("TYPE", "SYSNO"),
    "ANUM": ("TYPE", "SYSNO"),  # ANUM's own parameter for the system number is not confirmed by any public page
    # Guide §7.2: CHANGE-CGWB:MTYPE=CGW,LTU=17,SLOT=2,TYPE=DMCDATA,DMCCONN=<...>; (the AMO reference's CGWB page,
    # .../OS4000_AMO/en-us/ad2cgwb.htm, could not be read: the rest of a board's record is not read)
    "CGWB": ("MTYPE", "LTU", "SLOT", "TYPE", "DMCCONN"),
    # The own virtual node's E.164 codes: ADD-KNDEF:NNO=1,TYPE=OWN,ISDNCC=49,ISDNAC=30,ISDNLC=611,ISDNSK=3,
    # ISDNUL=EXT,NODECD=96; (OpenScape 4000 Feature Usage Examples, .../OS4000_FUE/en-us/hf40103.htm; KNDEF page
    # .../OS4000_AMO/en-us/ad2kndef.htm). The guide's "KNDFF" (§7.2) names no AMO of the reference: KNDEF it is.
    "KNDEF": ("NNO", "TYPE", "ISDNCC", "ISDNAC", "ISDNLC", "ISDNSK", "ISDNUL", "NODECD", "NODECDSK", "DPLN"),
}
E164_CODES = ("ISDNCC", "ISDNAC", "ISDNLC")  # country, area and local code of the own node (KNDEF, above)
SYSTEM_NUMBER = {"ANSU": "SYSNO", "ANUM": "SYSNO"}  # confirmed for ANSU only; ANUM's is assumed, see above
UNCONFIRMED_SYSTEM_NUMBER = frozenset({"ANUM"})

_COMMAND_START = re.compile(r"^([A-Z]{2,12})\s*-\s*([A-Z][A-Z0-9]{1,9})\s*(?::|;)", re.IGNORECASE)
_MESSAGE = re.compile(r"^([FH])(\d{1,4})\b[:\s]*(.*)$")
_TITLE = re.compile(r"^AMO-([A-Z][A-Z0-9]{1,9})-(\d+)\s*(.*)$")  # first line of the completion
_DONE = re.compile(r"^([A-Z]+)\s+(COMPLETED|NOT EXECUTED)\s*;?\s*$")  # second line
_TABLE = re.compile(r"^[+|]")  # the border or a row of a DIS- box


def resolve_verb(word: str) -> str | None:
    """The full verb a written one stands for; None when it names no verb or several."""
    word = word.upper()
    matches = [v for v in VERB_NAMES if v.startswith(word)]
    return matches[0] if len(matches) == 1 else None


def _parameter(noun: str, key: str) -> str:
    names = PARAMETERS.get(noun, ())
    if key in names:
        return key
    matches = [n for n in names if n.startswith(key)]
    return matches[0] if len(matches) == 1 else key


@dataclass(frozen=True)
class AmoCommand:
    verb: str  # the full verb: ADD, CHANGE, DELETE, DISPLAY, REGENERATE, ...
    noun: str
    params: dict[str, str]  # full parameter names, values unquoted
    positional: tuple[str, ...]
    line: int
    text: str

    def get(self, *keys: str) -> str | None:
        for key in keys:
            if key in self.params:
                return self.params[key]
        return None

    def values(self, key: str) -> list[str]:
        """A list parameter's items, upper case (`AATTR=CLIP&DMCALLWD`); a range `A&&B` stays one item."""
        raw = self.params.get(key)
        if raw is None:
            return []
        return [item.strip().upper() for item in re.split(r"(?<!&)&(?!&)", raw) if item.strip()]

    @property
    def station(self) -> str | None:
        """The station the command is about: STNO=, or the positional forms CHANGE-PERSI:EMAIL,<STNO>,… and
        CHANGE-SDAT:<STNO>,…; None for records of the whole system (routes, OSMO address)."""
        if self.get("STNO"):
            return self.params["STNO"]
        if self.noun == "PERSI":
            return self.positional[1] if len(self.positional) > 1 else None
        if self.noun in ("SBCSU", "SDAT"):
            return self.positional[0] if self.positional else None
        return None


@dataclass(frozen=True)
class AmoMessage:
    kind: str  # "error" (Fnn) or "advisory" (Hnn)
    code: str
    text: str
    line: int


@dataclass(frozen=True)
class AmoCompletion:
    noun: str  # from `AMO-NOUN-nn TITLE` (empty when the title line was not there)
    verb: str
    executed: bool  # COMPLETED; False for NOT EXECUTED
    line: int
    text: str


@dataclass(frozen=True)
class AmoProblem:
    line: int
    text: str
    why: str


@dataclass(frozen=True)
class AmoText:
    commands: tuple[AmoCommand, ...]
    messages: tuple[AmoMessage, ...]
    completions: tuple[AmoCompletion, ...] = ()
    problems: tuple[AmoProblem, ...] = ()  # lines that look like commands but are none (an unknown verb, …)
    table_lines: tuple[int, ...] = ()  # lines of DIS- tables, which are not read

    def by_noun(self, noun: str) -> list[AmoCommand]:
        return [c for c in self.commands if c.noun == noun]


def _split_params(noun: str, body: str, line: int) -> tuple[dict[str, str], tuple[str, ...]]:
    """Split `A=1,B="x, y",3100` at commas outside quotes."""
    items: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in body:
        if ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == "," and not quoted:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    if quoted:
        raise WizardError("line {line}: a quoted value is not closed", "check the quotes in that command", line=line)
    items.append("".join(current))
    params: dict[str, str] = {}
    positional: list[str] = []
    for raw in items:
        item = raw.strip()
        if not item:
            continue
        key, eq, value = item.partition("=")
        if eq and re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", key.strip()):
            params[_parameter(noun, key.strip().upper())] = _unquote(value.strip())
        else:
            positional.append(_unquote(item))
    return params, tuple(positional)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def parse_amo_text(text: str) -> AmoText:
    """Commands, F/H messages, completions, and the lines that could not be read, from REG- output, a session log
    or a batch; one pass over the text. A command ends at the first ';' outside quotes, wherever it stands, so two
    commands on one line are two commands. Prompts, headers and blank lines are passed over; a line that starts
    like a command with a word that is no verb is a problem on that line, not the end of the reading. A command
    that never ends is an error: the text is incomplete."""
    reader = _AmoReader()
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        reader.read(number, raw)
    return reader.result()


class _AmoReader:
    """The one pass of parse_amo_text, and what a line leaves for the next: a command continued on it, a quote
    still open, the title line a completion line follows."""

    def __init__(self) -> None:
        self.commands: list[AmoCommand] = []
        self.messages: list[AmoMessage] = []
        self.completions: list[AmoCompletion] = []
        self.problems: list[AmoProblem] = []
        self.tables: list[int] = []
        self.pending: list[str] = []  # the lines of a command whose ';' has not come yet
        self.start_line = 0
        self.quoted = False
        self.title: tuple[str, int] | None = None  # `AMO-NOUN-nn TITLE` and its line

    def read(self, number: int, raw: str) -> None:
        line = raw.strip()
        if not self.pending:
            line = line.lstrip("<").strip()  # a prompt with the typed command echoed after it
            if not line or self._between_commands(line, number):
                return
            self.start_line = number
        rest = line[self._end_commands(line, number):].strip()
        if rest:
            if not self.pending:
                self.start_line = number
            self.pending.append(rest)

    def _between_commands(self, line: str, number: int) -> bool:
        """Takes a line that is no command: a DIS- table's, an F/H message, a completion's. False: a command starts
        on the line."""
        if _TABLE.match(line):
            self.tables.append(number)
            return True
        if _COMMAND_START.match(line) is not None:
            return False
        message = _MESSAGE.match(line)
        if message:
            kind = "error" if message.group(1) == "F" else "advisory"
            self.messages.append(AmoMessage(kind, message.group(1) + message.group(2), message.group(3).strip(),
                                            number))
        elif (heading := _TITLE.match(line)) is not None:
            self.title = (heading.group(1), number)
        elif (done := _DONE.match(line)) is not None:
            noun = self.title[0] if self.title is not None and self.title[1] == number - 1 else ""
            self.completions.append(AmoCompletion(noun, done.group(1), done.group(2) == "COMPLETED", number, line))
        return True

    def _end_commands(self, line: str, number: int) -> int:
        """Ends every command whose ';' is on the line; returns where the line's unended rest begins."""
        begin = 0
        for position, ch in enumerate(line):
            if position < begin:
                continue  # the blanks between two commands
            if ch == '"':
                self.quoted = not self.quoted
            elif ch == ";" and not self.quoted:
                self._end_command(line[begin:position + 1])
                begin = position + 1
                rest = line[begin:]
                if rest.strip() and _COMMAND_START.match(rest.strip()) is None:
                    self.problems.append(AmoProblem(number, rest.strip()[:80], "text after the end of a command"))
                    return len(line)
                begin += len(rest) - len(rest.lstrip())
                self.start_line = number
        return begin

    def _end_command(self, last: str) -> None:
        command = _parse_command("".join([*self.pending, last]), self.start_line)
        if isinstance(command, AmoProblem):
            self.problems.append(command)
        else:
            self.commands.append(command)
        self.pending = []

    def result(self) -> AmoText:
        if self.pending:
            raise WizardError("line {start_line}: the command '{pending}' has no closing ';'",
                              "copy the complete output, including the last line of each command",
                              start_line=self.start_line, pending=self.pending[0][:40])
        return AmoText(tuple(self.commands), tuple(self.messages), tuple(self.completions), tuple(self.problems),
                       tuple(self.tables))


def _parse_command(text: str, line: int) -> AmoCommand | AmoProblem:
    match = _COMMAND_START.match(text)
    assert match is not None
    verb = resolve_verb(match.group(1))
    if verb is None:
        return AmoProblem(line, text[:80], f"'{match.group(1)}' is not an AMO verb (or names several)")
    noun = match.group(2).upper()
    body = text[match.end():].rstrip()
    body = body[:-1] if body.endswith(";") else body
    params, positional = _split_params(noun, body, line)
    return AmoCommand(verb, noun, params, positional, line, text)


def one_command(text: str) -> AmoCommand:
    """The only command of a line we are about to send: one line, one command, no placeholder left. The last guard
    before the PBX: whatever a value slipped past, it cannot become a second command here."""
    if "\n" in text or "\r" in text:
        raise WizardError("the AMO '{text}' spans several lines", "an AMO is sent as one line", text=text[:60])
    if re.search(r"<[^<>]*>", text):
        raise WizardError("the AMO '{text}' still holds a placeholder",
                          "fill in the value between < and > before sending", text=text[:80])
    parsed = parse_amo_text(text if text.rstrip().endswith(";") else text + ";")
    if len(parsed.commands) != 1 or parsed.problems:
        raise WizardError("'{text}' is not exactly one AMO", "send one command per line", text=text[:80])
    return parsed.commands[0]


# ---------------------------------------------------------------------------------------------- the system
@dataclass
class Station:
    stno: str
    email: str | None = None
    pmidx: str | None = None
    has_password: bool = False
    call_log: str | None = None
    dmcallwd: bool = False
    line: int = 0
    devices: set[tuple[str, str]] = field(default_factory=set)  # (PEN, DVCFIG) of each device REG-SBCSU shows

    @property
    def desk_client(self) -> bool:
        """A desk/client configuration (guide §2.2: 'not offered for provisioning'), taken as a station REG-SBCSU
        shows with more than one device. ASSUMED: no public AMO description says how REG-SBCSU shows one."""
        return len(self.devices) > 1


@dataclass
class Gateway:
    """A SIP gateway board (AMO CGWB, guide §7.2): where it sits, and its DMC connections (TYPE=DMCDATA)."""
    ltu: str
    slot: str
    dmc_connections: str | None = None  # DMCCONN; None: no DMCDATA record was shown
    line: int = 0


@dataclass
class Os4kConfig:
    stations: dict[str, Station] = field(default_factory=dict)
    pm_routes: set[str] = field(default_factory=set)
    system_numbers: dict[str, str] = field(default_factory=dict)  # AMO noun -> number
    osmo_address: str | None = None
    osmo_port: str | None = None
    errors: list[AmoMessage] = field(default_factory=list)
    problems: list[AmoProblem] = field(default_factory=list)
    table_lines: tuple[int, ...] = ()
    gateways: dict[tuple[str, str], Gateway] = field(default_factory=dict)  # by (LTU, SLOT)
    own_nodes: dict[str, dict[str, str]] = field(default_factory=dict)  # KNDEF TYPE=OWN: NNO -> its E.164 codes
    # (noun, parameter) -> the first line of each parameter of a read record that the wizard does not know
    unknown_parameters: dict[tuple[str, str], int] = field(default_factory=dict)


class StationGap(StrEnum):
    """What keeps a station from Zoom PSI (guide §2.2, §7.2), in the order the guide asks for it."""
    NO_PMIDX = "no PMIDX"  # no voicemail index, or 0: Zoom PSI needs one (a dummy voicemail is enough)
    NO_PM_ROUTE = "no PM route"  # the PMIDX names no RICHT MODE=PM route
    NO_DIGEST = "no digest password"  # IPPASSW: the password the SIP client authenticates with
    CALL_LOG_UNKNOWN = "call log not shown"  # named, but not held against the station: see StationReadiness.ready
    CALL_LOG_NOT_ALL = "call log not ALL"
    NO_DMCALLWD = "no DMCALLWD"


@dataclass(frozen=True)
class StationReadiness:
    """The one rule for a subscriber's station settings under Zoom PSI; the AMO check, the wave's rows and the
    read-back each word its gaps their own way. (The PERSI email is the join key, judged where people are joined.)"""
    pmidx: str | None  # the station's PM index; None when it has none (absent, or 0)
    pm_route: bool  # a RICHT MODE=PM route has that index
    digest: bool
    call_log: bool | None  # CALLOG=ALL; None: the source does not show the call log
    dmcallwd: bool

    @property
    def gaps(self) -> tuple[StationGap, ...]:
        gaps = []
        if self.pmidx is None:
            gaps.append(StationGap.NO_PMIDX)
        elif not self.pm_route:
            gaps.append(StationGap.NO_PM_ROUTE)
        if not self.digest:
            gaps.append(StationGap.NO_DIGEST)
        if self.call_log is None:
            gaps.append(StationGap.CALL_LOG_UNKNOWN)
        elif not self.call_log:
            gaps.append(StationGap.CALL_LOG_NOT_ALL)
        if not self.dmcallwd:
            gaps.append(StationGap.NO_DMCALLWD)
        return tuple(gaps)

    @property
    def ready(self) -> bool:
        # A call log the source does not show is not held against the station: no AMO of the guide sets it, and
        # the lists of numbers and emails a site may give instead of REG- output never show it.
        return all(gap is StationGap.CALL_LOG_UNKNOWN for gap in self.gaps)


def pm_index_of(station: Station) -> str | None:
    """The station's PM index; None when it has none (not set, or PMIDX=0)."""
    return station.pmidx if station.pmidx and station.pmidx != "0" else None


def station_readiness(station: Station, pm_routes: Collection[str]) -> StationReadiness:
    pmidx = pm_index_of(station)
    return StationReadiness(
        pmidx=pmidx, pm_route=pmidx is not None and pmidx in pm_routes, digest=station.has_password,
        call_log=None if station.call_log is None else station.call_log.upper() == "ALL", dmcallwd=station.dmcallwd)


def _station(config: Os4kConfig, stno: str, line: int) -> Station:
    if stno not in config.stations:
        config.stations[stno] = Station(stno, line=line)
    return config.stations[stno]


def read_os4k_config(amo: AmoText) -> Os4kConfig:
    config = Os4kConfig(errors=[m for m in amo.messages if m.kind == "error"], problems=list(amo.problems),
                        table_lines=amo.table_lines)
    for cmd in amo.commands:
        if cmd.verb in ("DELETE", "DISPLAY", "REGENERATE"):
            continue  # a DIS-/REG- line in a log is the question, not the answer; deletions carry no state
        reader = _RECORD_READERS.get(cmd.noun)
        if reader is not None:
            reader(config, cmd)
            for name in cmd.params.keys() - set(PARAMETERS.get(cmd.noun, ())):
                config.unknown_parameters.setdefault((cmd.noun, name), cmd.line)
    return config


def _read_sbcsu(config: Os4kConfig, cmd: AmoCommand) -> None:
    """The subscriber: its PMIDX, whether a digest password is set (REG- never shows it), its call log."""
    stno = cmd.get("STNO") or (cmd.positional[0] if cmd.positional else None)
    if not stno:
        return
    st = _station(config, stno, cmd.line)
    st.pmidx = cmd.get("PMIDX") or st.pmidx
    st.has_password = st.has_password or bool(cmd.get("IPPASSW"))
    st.call_log = cmd.get(CALL_LOG) or st.call_log
    if cmd.verb == "ADD":  # REG- prints a device as the ADD that configures it
        st.devices |= {(cmd.get("PEN") or "", device) for device in cmd.values("DVCFIG") or [""]}


def _read_persi(config: Os4kConfig, cmd: AmoCommand) -> None:
    # CHANGE-PERSI:EMAIL,<STNO>,"<email>";  or  ADD-PERSI:TYPE=STN,STNO=..,EMAIL="..";
    if cmd.positional[:1] and cmd.positional[0].upper() == "EMAIL" and len(cmd.positional) >= 3:
        _station(config, cmd.positional[1], cmd.line).email = cmd.positional[2]
    elif cmd.get("STNO") and cmd.get("EMAIL") is not None:
        _station(config, cmd.params["STNO"], cmd.line).email = cmd.params["EMAIL"]


def _read_richt(config: Os4kConfig, cmd: AmoCommand) -> None:
    if (cmd.get("MODE") or "").upper() == "PM" and cmd.get("IDX"):
        config.pm_routes.add(cmd.params["IDX"])


def _read_sdat(config: Os4kConfig, cmd: AmoCommand) -> None:
    # CHANGE-SDAT:<STNO>,ATTRIBUT,DMCALLWD;  or  ADD-SDAT:STNO=..,TYPE=ATTRIBUT,AATTR=CLIP&DMCALLWD;
    # CHANGE-SDAT:STNO=..,TYPE=ATTRIBUT,DATTR=DMCALLWD; takes it away again
    removed = "DMCALLWD" in cmd.values("DATTR")
    added = "DMCALLWD" in cmd.values("AATTR") or "DMCALLWD" in (v.upper() for v in cmd.positional[1:])
    stno = cmd.get("STNO") or (cmd.positional[0] if cmd.positional else None)
    if stno and (removed or added):
        _station(config, stno, cmd.line).dmcallwd = not removed


def _read_system_number(config: Os4kConfig, cmd: AmoCommand) -> None:
    number = cmd.get(SYSTEM_NUMBER[cmd.noun])
    if number is not None:
        config.system_numbers[cmd.noun] = number


def _read_zande(config: Os4kConfig, cmd: AmoCommand) -> None:
    """The SBC address Zoom registers at (TYPE=OSMO)."""
    if (cmd.get("TYPE") or "").upper() == "OSMO":
        config.osmo_address = cmd.get("SBCADDR1") or config.osmo_address
        config.osmo_port = cmd.get("PORT1") or config.osmo_port


def _read_cgwb(config: Os4kConfig, cmd: AmoCommand) -> None:
    """A gateway board and, in its TYPE=DMCDATA branch, its DMC connections (guide §7.2)."""
    ltu, slot = cmd.get("LTU"), cmd.get("SLOT")
    if not ltu or not slot:
        return
    gateway = config.gateways.setdefault((ltu, slot), Gateway(ltu, slot, line=cmd.line))
    if (cmd.get("TYPE") or "").upper() == "DMCDATA":
        gateway.dmc_connections = cmd.get("DMCCONN") or gateway.dmc_connections


def _read_kndef(config: Os4kConfig, cmd: AmoCommand) -> None:
    """An own virtual node (TYPE=OWN) and the E.164 codes it carries."""
    if (cmd.get("TYPE") or "").upper() == "OWN" and cmd.get("NNO"):
        node = config.own_nodes.setdefault(cmd.params["NNO"], {})
        node |= {code: cmd.params[code] for code in E164_CODES if cmd.get(code)}


_RECORD_READERS: dict[str, Callable[[Os4kConfig, AmoCommand], None]] = {
    "SBCSU": _read_sbcsu, "PERSI": _read_persi, "RICHT": _read_richt, "SDAT": _read_sdat,
    "ANUM": _read_system_number, "ANSU": _read_system_number, "ZANDE": _read_zande, "CGWB": _read_cgwb,
    "KNDEF": _read_kndef}


def analyse_os4k(config: Os4kConfig, *, stations: Iterable[str] | None = None,
                 sbc_public_address: str | None = None, sbc_port: str | None = None,
                 other_system_numbers: Iterable[str] = (), system_number: bool = True) -> CheckResult:
    findings: list[Finding] = []
    for err in config.errors:
        findings.append(Finding.of(
            "amo.error-in-output", Severity.WARNING,
            "The output contains error {code} (line {line}): {text}",
            "Some records may be missing from this output: correct the command and display it again.",
            code=err.code, line=err.line, text=err.text))
    findings += reading_findings(config)
    if system_number:  # False where another step owns the system number (guide §2.2)
        findings += system_number_findings(config, set(other_system_numbers))
    findings += _osmo_findings(config, sbc_public_address, sbc_port)
    wanted = sorted(set(stations) if stations is not None else set(config.stations), key=_station_order)
    for stno in wanted:
        station = config.stations.get(stno)
        if station is None:
            findings.append(Finding.of(
                "amo.station-unknown", Severity.ERROR,
                "Station {stno} does not appear in the AMO output.",
                "Display it with REG-SBCSU:STNO={stno}; and add the output, or check the number.",
                stno=stno))
            continue
        findings += _station_findings(station, config.pm_routes)
    evidence = {
        "stations": len(config.stations),
        "system_numbers": config.system_numbers,
        "pm_routes": sorted(config.pm_routes, key=_station_order),
        "osmo": {"address": config.osmo_address, "port": config.osmo_port},
    }
    return CheckResult("amo.os4k", tuple(findings), evidence)


def _station_order(stno: str) -> tuple[int, str]:
    return (int(stno), stno) if stno.isascii() and stno.isdigit() else (1 << 62, stno)


def reading_findings(config: Os4kConfig) -> list[Finding]:
    """What could not be read in the pasted text: unknown commands, parameters the wizard does not know in a record
    it reads, and DIS- tables where REG- output is needed."""
    findings = [*_unknown_parameter_findings(config), *(Finding.of(
        "amo.unreadable-line", Severity.WARNING,
        "Line {line} is not an AMO the wizard can read ({why}): {text}",
        "Check the line; if it is a command, write its verb in full (ADD, CHANGE, DELETE, DISPLAY, REGENERATE).",
        line=problem.line, why=problem.why, text=problem.text) for problem in config.problems)]
    if config.table_lines:
        findings.append(Finding.of(
            "amo.display-table", Severity.WARNING,
            "Lines {first}–{last} are a DIS- table; the wizard reads the commands REG- prints, not tables.",
            "Display the same records with REG- (for example REG-SBCSU:STNO=<STNO>;) and paste that output.",
            first=config.table_lines[0], last=config.table_lines[-1]))
    return findings


def _unknown_parameter_findings(config: Os4kConfig) -> list[Finding]:
    """One note per AMO naming the parameters of its records that the wizard does not know: a setting under a name
    it does not expect (a call log spelt otherwise) is said, not passed over."""
    by_noun: dict[str, list[tuple[int, str]]] = {}
    for (noun, name), line in config.unknown_parameters.items():
        by_noun.setdefault(noun, []).append((line, name))
    return [Finding.of(
        "amo.unknown-parameter", Severity.INFO,
        "{noun} records hold parameters the wizard does not read: {names} (first on line {line}).",
        "If one of them carries a setting the guide asks for (§2.2, §7.2), check it by hand.",
        noun=noun, names=", ".join(name for _, name in sorted(found)), line=min(found)[0])
        for noun, found in sorted(by_noun.items())]


def gateway_findings(config: Os4kConfig) -> CheckResult:
    """Guide §7.2: 'Zoom connectivity requires DMC/SMP to be active on SIP gateways'. A board without a DMCDATA
    record, or with DMCCONN=0, has none (ASSUMED: DMCCONN counts the board's DMC connections, so 0 is none)."""
    findings = reading_findings(config)
    if not config.gateways:
        findings.append(Finding.of(
            "amo.gateway-missing", Severity.ERROR,
            "The output shows no SIP gateway (AMO CGWB).",
            "Display the gateways with REG-CGWB; and paste the output (guide §7.2)."))
    for gateway in sorted(config.gateways.values(), key=lambda g: (_station_order(g.ltu), _station_order(g.slot))):
        if (gateway.dmc_connections or "0").strip("0") == "":
            findings.append(Finding.of(
                "amo.gateway-no-dmc", Severity.ERROR,
                "The gateway in LTU {ltu}, slot {slot} has no DMC connections (CGWB TYPE=DMCDATA, DMCCONN): Zoom "
                "connectivity needs DMC/SMP active on the SIP gateways (guide §7.2).",
                "CHANGE-CGWB:MTYPE=CGW,LTU={ltu},SLOT={slot},TYPE=DMCDATA,DMCCONN=<number of DMC connections>;",
                ltu=gateway.ltu, slot=gateway.slot))
    evidence = {"gateways": [{"ltu": g.ltu, "slot": g.slot, "dmc_connections": g.dmc_connections}
                             for g in config.gateways.values()]}
    return CheckResult("amo.gateways", tuple(findings), evidence)


def numbering_findings(config: Os4kConfig) -> CheckResult:
    """Guide §7.2: 'Since E164 numbering is used in relation to Zoom, KNDFF must be configured accordingly': every
    own virtual node carries its country, area and local code (KNDEF ISDNCC, ISDNAC, ISDNLC)."""
    findings = reading_findings(config)
    if not config.own_nodes:
        findings.append(Finding.of(
            "amo.numbering-missing", Severity.ERROR,
            "The output shows no own virtual node (AMO KNDEF, TYPE=OWN).",
            "Display the nodes with REG-KNDEF; and paste the output (guide §7.2; the guide writes KNDFF)."))
    for nno, codes in sorted(config.own_nodes.items()):
        missing = [code for code in E164_CODES if not codes.get(code)]
        if missing:
            findings.append(Finding.of(
                "amo.numbering-not-e164", Severity.ERROR,
                "Own node {nno} lacks {missing}: numbers towards Zoom cannot be made E.164 (guide §7.2).",
                "CHANGE-KNDEF:NNO={nno},TYPE=OWN,ISDNCC=<country code>,ISDNAC=<area code>,ISDNLC=<local code>;",
                nno=nno, missing=", ".join(missing)))
    return CheckResult("amo.numbering", tuple(findings), {"own_nodes": config.own_nodes})


def system_number_findings(config: Os4kConfig, others: set[str]) -> list[Finding]:
    numbers = config.system_numbers
    if not numbers:
        return [Finding.of(
            "amo.system-number-missing", Severity.ERROR,
            "No system number was found (AMO ANSU, SYSNO).",
            "Display it with REG-ANSU; and REG-ANUM; and add the output, or configure a unique system number (guide "
            "§2.2).")]
    findings = []
    values = set(numbers.values())
    if any(set(v) <= {"0"} for v in values):
        findings.append(Finding.of(
            "amo.system-number-unset", Severity.ERROR,
            "The system number is 0, which means it was never set.",
            "Configure a unique system number with AMO ANUM/ANSU (guide §2.2)."))
    if len(values) > 1:
        shown = ", ".join(f"{k} {v}" for k, v in sorted(numbers.items()))
        unsure = bool(UNCONFIRMED_SYSTEM_NUMBER & numbers.keys())
        findings.append(Finding.of(
            "amo.system-number-mismatch", Severity.WARNING if unsure else Severity.ERROR,
            "ANUM and ANSU disagree about the system number ({shown}).",
            "Make both carry the same system number. (Which ANUM parameter holds the system number is not confirmed "
            "by any public AMO description: compare the two by eye before changing anything.)" if unsure else
            "Make both carry the same system number.",
            shown=shown))
    clash = values & others
    if clash:
        findings.append(Finding.of(
            "amo.system-number-not-unique", Severity.ERROR,
            "System number {value} is also used by another system of the customer.",
            "Give this system its own number (guide §2.2).",
            value=', '.join(sorted(clash))))
    return findings


def _osmo_findings(config: Os4kConfig, address: str | None, port: str | None) -> list[Finding]:
    fix = "CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={address},PORT1={port};"
    values = {"address": address or "<SBC public address>", "port": port or "<SIP-TLS port>"}
    if not config.osmo_address:
        return [Finding.of("amo.osmo-sbc-missing", Severity.ERROR,
                           "The SBC address for Zoom registration (ZANDE TYPE=OSMO, SBCADDR1) is not set.", fix,
                           **values)]
    findings = []
    if address and config.osmo_address.lower().rstrip(".") != address.lower().rstrip("."):
        findings.append(Finding.of("amo.osmo-sbc-differs", Severity.ERROR,
                                   "ZANDE OSMO SBCADDR1 is {configured}, but the site's SBC public address is "
                                   "{address}.", fix, configured=config.osmo_address, **values))
    if port and config.osmo_port and config.osmo_port != port:
        findings.append(Finding.of("amo.osmo-port-differs", Severity.ERROR,
                                   "ZANDE OSMO PORT1 is {configured}, but the SBC's SIP-TLS port is {port}.", fix,
                                   configured=config.osmo_port, **values))
    return findings


def _station_findings(st: Station, routes: set[str]) -> list[Finding]:
    findings = []
    if not st.email:
        findings.append(Finding.of(
            "amo.station-no-email", Severity.ERROR,
            "Station {stno} has no email in PERSI; it cannot be matched to a Zoom user.",
            'CHANGE-PERSI:EMAIL,{stno},"<email of the Zoom user>";',
            stno=st.stno))
    if st.desk_client:
        findings.append(Finding.of(
            "amo.station-desk-client", Severity.WARNING,
            "Station {stno} is a desk/client configuration (REG-SBCSU shows {count} devices): it is not offered for "
            "provisioning (guide §2.2); its associated devices can still be used.",
            "Give the person's Zoom user a SIP/UFIP station of its own.",
            stno=st.stno, count=len(st.devices)))
    return findings + [_gap_finding(st, gap) for gap in station_readiness(st, routes).gaps]


def _gap_finding(st: Station, gap: StationGap) -> Finding:
    match gap:
        case StationGap.NO_PMIDX:
            return Finding.of(
                "amo.station-no-pmidx", Severity.ERROR,
                "Station {stno} has no voicemail index (PMIDX).",
                "CHANGE-SBCSU:STNO={stno},OPT=OPTI,PMIDX=<PM index>; (a dummy voicemail is enough)",
                stno=st.stno)
        case StationGap.NO_PM_ROUTE:
            return Finding.of(
                "amo.station-pmidx-no-route", Severity.ERROR,
                "Station {stno} uses PMIDX {pmidx}, but no RICHT MODE=PM route has IDX {pmidx}.",
                "ADD-RICHT:MODE=PM,IDX={pmidx},SAN=<voicemail number>,STYPE=OTHER;",
                stno=st.stno, pmidx=st.pmidx)
        case StationGap.NO_DIGEST:
            return Finding.of(
                "amo.station-no-digest", Severity.ERROR,
                "Station {stno} has no digest password (IPPASSW).",
                'CHANGE-SBCSU:STNO={stno},OPT=OPTI,IPPASSW="<digest password>";',
                stno=st.stno)
        case StationGap.CALL_LOG_UNKNOWN:
            return Finding.of(
                "amo.station-call-log-unknown", Severity.WARNING,
                "Station {stno}: the output does not show its call log setting.",
                "Display it with REG-SBCSU:STNO={stno}; and check that the call log is ALL (guide §2.2). The wizard "
                "reads it as {parameter}, a name no public source confirms: if the output names it otherwise, it "
                "says so as a parameter it does not read.",
                stno=st.stno, parameter=CALL_LOG)
        case StationGap.CALL_LOG_NOT_ALL:
            return Finding.of(
                "amo.station-call-log", Severity.ERROR,
                "Station {stno} has call log {call_log}, not ALL.",
                "CHANGE-SBCSU:STNO={stno},OPT=OPTI,{parameter}=ALL; (guide §2.2; a provisioning wave sets it)",
                stno=st.stno, call_log=st.call_log, parameter=CALL_LOG)
        case StationGap.NO_DMCALLWD:
            return Finding.of(
                "amo.station-no-dmcallwd", Severity.ERROR,
                "Station {stno} lacks the DMCALLWD attribute.",
                "CHANGE-SDAT:{stno},ATTRIBUT,DMCALLWD;",
                stno=st.stno)


def check_amo_text(text: str, **kwargs: object) -> CheckResult:
    return analyse_os4k(read_os4k_config(parse_amo_text(text)), **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------- batches
VOICEMAIL_PLACEHOLDER = "<voicemail number>"  # shown in a plan; a batch still holding it is refused by one_command


@dataclass(frozen=True)
class SubscriberPlan:
    stno: str
    email: str
    pmidx: str


def provisioning_batch(subscribers: Iterable[SubscriberPlan], *, config: Os4kConfig | None,
                       sbc_public_address: str, sbc_port: str,
                       voicemail_number: str = VOICEMAIL_PLACEHOLDER,
                       rotate_passwords: bool = False) -> list[str]:
    """The AMOs of guide §7.2 (and §2.2's call log ALL) that close the gaps, in order, each change preceded by a
    REG- of the record it touches so the old state is captured for undo. With `config` (what the system holds now),
    records that are already right are left alone; without it, everything is written. A digest password that exists
    is kept: the devices registered with it go on working, and the Assistant hands it to Zoom as it is.
    `rotate_passwords`: the engineer chose to replace every one, and with it every registration made with the old
    ones."""
    known = config or Os4kConfig()
    batch: list[str] = []
    subs = sorted(subscribers, key=lambda s: _station_order(s.stno))
    check_batch_values(subs, sbc_public_address=sbc_public_address, sbc_port=sbc_port,
                       voicemail_number=voicemail_number)
    if known.osmo_address != sbc_public_address or known.osmo_port != sbc_port:
        batch += ["REG-ZANDE:TYPE=OSMO;", f"CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={sbc_public_address},PORT1={sbc_port};"]
    for pmidx in sorted({s.pmidx for s in subs} - known.pm_routes, key=_station_order):
        batch += [f"REG-RICHT:MODE=PM,IDX={pmidx};",
                  f"ADD-RICHT:MODE=PM,IDX={pmidx},SAN={voicemail_number},STYPE=OTHER;"]
    for sub in subs:
        now = known.stations.get(sub.stno, Station(sub.stno))
        if now.email != sub.email:
            batch += [f"REG-PERSI:TYPE=STN,STNO={sub.stno};", f'CHANGE-PERSI:EMAIL,{sub.stno},"{sub.email}";']
        # The call log is set only where REG- showed it under this name and not ALL: a name the PBX itself printed
        call_log = f",{CALL_LOG}=ALL" if now.call_log is not None and now.call_log.upper() != "ALL" else ""
        if now.pmidx != sub.pmidx or not now.has_password or rotate_passwords or call_log:
            password = "" if now.has_password and not rotate_passwords else ',IPPASSW="<digest password>"'
            batch += [f"REG-SBCSU:STNO={sub.stno};",
                      f"CHANGE-SBCSU:STNO={sub.stno},OPT=OPTI,PMIDX={sub.pmidx}{password}{call_log};"]
        if not now.dmcallwd:
            batch += [f"REG-SDAT:STNO={sub.stno};", f"CHANGE-SDAT:{sub.stno},ATTRIBUT,DMCALLWD;"]
    return batch


def check_batch_values(subscribers: Iterable[SubscriberPlan], *, sbc_public_address: str, sbc_port: str,
                       voicemail_number: str = VOICEMAIL_PLACEHOLDER) -> None:
    """Every value of a §7.2 batch against its grammar (amo_values); raises AmoValueError naming the first bad one."""
    amo_values.address(sbc_public_address, "SBC public address")
    amo_values.port(sbc_port, "SBC SIP-TLS port")
    if voicemail_number != VOICEMAIL_PLACEHOLDER:
        amo_values.voicemail_number(voicemail_number)
    for sub in subscribers:
        amo_values.station(sub.stno)
        amo_values.email(sub.email, f"email of station {sub.stno}")
        amo_values.pm_index(sub.pmidx, f"PM index of station {sub.stno}")


# IPPASSW, or any abbreviation of it down to IPP (no other SBCSU parameter starts so)
_SECRET_PARAM = re.compile(r'(\bIPP(?:A|AS|ASS|ASSW)?\s*=\s*)("[^"]*"|[^,;\s]*)', re.IGNORECASE)


def mask_secrets(text: str) -> str:
    """AMO text with digest passwords replaced, so pasted output can be kept as evidence."""
    return _SECRET_PARAM.sub(lambda m: m.group(1) + ('"****"' if m.group(2) else ""), text)
