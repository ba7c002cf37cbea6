"""OpenScape 4000 AMO text: parse what REG-/DIS- print, judge it against the guide, build batches.

AMO commands look like `VERB-NOUN:PARAM=value,...;` with keyword parameters, positional values
(`CHA-SDAT:3100,ATTRIBUT,DMCALLWD;`), quoted strings that may contain commas and semicolons, and
long commands continued on the next line. Error lines start with F and a number, advisories with H.

Where the guide names an AMO parameter we use its spelling (PERSI EMAIL, SBCSU PMIDX/IPPASSW,
RICHT MODE=PM/IDX, SDAT ATTRIBUT/DMCALLWD, ZANDE TYPE=OSMO/SBCADDR1/PORT1). The guide does not spell
the SBCSU call-log parameter nor the system number's parameter; those names are kept in
CALL_LOG_KEYS and SYSTEM_NUMBER_KEYS below, so a correction is made in one place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.errors import WizardError

VERBS = {
    "ADD": "ADD", "AD": "ADD", "CHANGE": "CHANGE", "CHA": "CHANGE", "CHG": "CHANGE", "DELETE": "DELETE",
    "DEL": "DELETE", "DISPLAY": "DISPLAY", "DIS": "DISPLAY", "REGENERATE": "REGENERATE", "REG": "REGENERATE",
    "EXEC": "EXEC", "EXE": "EXEC", "START": "START", "STA": "START", "SET": "SET",
}

CALL_LOG_KEYS = ("CALLLOG", "CALLOG", "CLOG")  # the guide's "Call log parameter" of SBCSU
SYSTEM_NUMBER_KEYS = ("SYSNO", "SYSNR", "ANUM", "ANSU", "NUMBER", "NO")

_COMMAND_START = re.compile(r"^\s*([A-Z]{2,10})\s*-\s*([A-Z][A-Z0-9]{1,9})\s*(?::|;)", re.IGNORECASE)
_MESSAGE = re.compile(r"^\s*([FH])(\d{1,4})\b[:\s]*(.*)$")


@dataclass(frozen=True)
class AmoCommand:
    verb: str  # normalised: ADD, CHANGE, DELETE, DISPLAY, REGENERATE, ...
    noun: str
    params: dict[str, str]
    positional: tuple[str, ...]
    line: int
    text: str

    def get(self, *keys: str) -> str | None:
        for key in keys:
            if key in self.params:
                return self.params[key]
        return None

    @property
    def station(self) -> str | None:
        """The station the command is about: STNO=, or the positional forms CHANGE-PERSI:EMAIL,<STNO>,… and
        CHA-SDAT:<STNO>,…; None for records of the whole system (routes, OSMO address)."""
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
class AmoText:
    commands: tuple[AmoCommand, ...]
    messages: tuple[AmoMessage, ...]

    def by_noun(self, noun: str) -> list[AmoCommand]:
        return [c for c in self.commands if c.noun == noun]


def _split_params(body: str, line: int) -> tuple[dict[str, str], tuple[str, ...]]:
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
        raise WizardError(f"line {line}: a quoted value is not closed", "check the quotes in that command")
    items.append("".join(current))
    params: dict[str, str] = {}
    positional: list[str] = []
    for raw in items:
        item = raw.strip()
        if not item:
            continue
        key, eq, value = item.partition("=")
        if eq and re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", key.strip()):
            params[key.strip().upper()] = _unquote(value.strip())
        else:
            positional.append(_unquote(item))
    return params, tuple(positional)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def parse_amo_text(text: str) -> AmoText:
    """Commands and F/H messages from REG-/DIS- output or a batch. Lines that are neither
    (prompts, headers, echo of the session) are skipped; a command that never ends is an error."""
    commands: list[AmoCommand] = []
    messages: list[AmoMessage] = []
    pending: list[str] = []
    start_line = 0
    quoted = False
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        line = raw.rstrip()
        if not pending:
            message = _MESSAGE.match(line)
            if message and not _COMMAND_START.match(line):
                kind = "error" if message.group(1) == "F" else "advisory"
                messages.append(AmoMessage(kind, message.group(1) + message.group(2), message.group(3).strip(), number))
                continue
            if not _COMMAND_START.match(line):
                continue
            start_line = number
        pending.append(line.strip())
        quoted = (sum(part.count('"') for part in pending) % 2) == 1
        joined = "".join(pending)
        if not quoted and joined.rstrip().endswith(";"):
            commands.append(_parse_command(joined, start_line))
            pending = []
    if pending:
        raise WizardError(f"line {start_line}: the command '{pending[0][:40]}' has no closing ';'",
                          "copy the complete output, including the last line of each command")
    return AmoText(tuple(commands), tuple(messages))


def _parse_command(text: str, line: int) -> AmoCommand:
    match = _COMMAND_START.match(text)
    assert match is not None
    verb = VERBS.get(match.group(1).upper())
    if verb is None:
        raise WizardError(f"line {line}: '{match.group(1)}' is not an AMO verb",
                          "commands start with ADD-, CHANGE-/CHA-, DELETE-/DEL-, DISPLAY-/DIS- or REGENERATE-/REG-")
    body = text[match.end():].rstrip()
    body = body[:-1] if body.endswith(";") else body
    params, positional = _split_params(body, line)
    return AmoCommand(verb, match.group(2).upper(), params, positional, line, text)


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


@dataclass
class Os4kConfig:
    stations: dict[str, Station] = field(default_factory=dict)
    pm_routes: set[str] = field(default_factory=set)
    system_numbers: dict[str, str] = field(default_factory=dict)  # AMO noun -> number
    osmo_address: str | None = None
    osmo_port: str | None = None
    sip_udp_on_gateway: bool | None = None  # None: the text does not tell
    errors: list[AmoMessage] = field(default_factory=list)


def _station(config: Os4kConfig, stno: str, line: int) -> Station:
    if stno not in config.stations:
        config.stations[stno] = Station(stno, line=line)
    return config.stations[stno]


def read_os4k_config(amo: AmoText) -> Os4kConfig:
    config = Os4kConfig(errors=[m for m in amo.messages if m.kind == "error"])
    for cmd in amo.commands:
        if cmd.verb in ("DELETE", "DISPLAY"):
            continue  # a DIS- line in a log is the question, not the answer; deletions carry no state
        match cmd.noun:
            case "SBCSU":
                stno = cmd.get("STNO") or (cmd.positional[0] if cmd.positional else None)
                if not stno:
                    continue
                st = _station(config, stno, cmd.line)
                st.pmidx = cmd.get("PMIDX") or st.pmidx
                st.has_password = st.has_password or bool(cmd.get("IPPASSW"))
                st.call_log = cmd.get(*CALL_LOG_KEYS) or st.call_log
            case "PERSI":
                # CHANGE-PERSI:EMAIL,<STNO>,"<email>";  or  ADD-PERSI:TYPE=STN,STNO=..,EMAIL="..";
                if cmd.positional[:1] and cmd.positional[0].upper() == "EMAIL" and len(cmd.positional) >= 3:
                    _station(config, cmd.positional[1], cmd.line).email = cmd.positional[2]
                elif cmd.get("STNO") and cmd.get("EMAIL") is not None:
                    _station(config, cmd.params["STNO"], cmd.line).email = cmd.params["EMAIL"]
            case "RICHT":
                if (cmd.get("MODE") or "").upper() == "PM" and cmd.get("IDX"):
                    config.pm_routes.add(cmd.params["IDX"])
            case "SDAT":
                # CHA-SDAT:<STNO>,ATTRIBUT,DMCALLWD;  or  ADD-SDAT:STNO=..,TYPE=ATTRIBUT,AATTR=DMCALLWD;
                # CHANGE-SDAT:STNO=..,TYPE=ATTRIBUT,DATTR=DMCALLWD; takes it away again
                removed = (cmd.get("DATTR") or "").upper() == "DMCALLWD"
                values = [v.upper() for k, v in (*((None, p) for p in cmd.positional), *cmd.params.items())
                          if k != "DATTR"]
                stno = cmd.get("STNO") or (cmd.positional[0] if cmd.positional else None)
                if stno and (removed or "DMCALLWD" in values) and cmd.verb != "DELETE":
                    _station(config, stno, cmd.line).dmcallwd = not removed
            case "ANUM" | "ANSU":
                number = cmd.get(*SYSTEM_NUMBER_KEYS)
                if number is None:
                    candidates = [v for v in cmd.positional if v.isdigit()]
                    number = candidates[0] if candidates else None
                if number is not None:
                    config.system_numbers[cmd.noun] = number
            case "ZANDE":
                if (cmd.get("TYPE") or "").upper() == "OSMO":
                    config.osmo_address = cmd.get("SBCADDR1") or config.osmo_address
                    config.osmo_port = cmd.get("PORT1") or config.osmo_port
            case "CGWB":
                for key, value in cmd.params.items():
                    if "UDP" in key:
                        config.sip_udp_on_gateway = value.upper() in ("Y", "YES", "ON", "1", "TRUE")
    return config


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
    if system_number:  # False where another step owns the system number (guide §2.2)
        findings += system_number_findings(config, set(other_system_numbers))
    findings += _osmo_findings(config, sbc_public_address, sbc_port)
    if config.sip_udp_on_gateway:
        findings.append(Finding.of(
            "amo.gateway-sip-udp", Severity.ERROR,
            "SIP via UDP is enabled on the gateway.",
            "Guide §11.1: uncheck Configuration > Voice Gateway > SIP Parameters > SIP Transport Protocol > SIP via "
            "UDP."))
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
    return (int(stno), stno) if stno.isdigit() else (1 << 62, stno)


def system_number_findings(config: Os4kConfig, others: set[str]) -> list[Finding]:
    numbers = config.system_numbers
    if not numbers:
        return [Finding.of(
            "amo.system-number-missing", Severity.ERROR,
            "No system number was found (AMO ANUM / ANSU).",
            "Display both with DIS-ANUM; and DIS-ANSU; and add the output, or configure a unique system number (guide "
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
        findings.append(Finding.of(
            "amo.system-number-mismatch", Severity.ERROR,
            "ANUM and ANSU disagree about the system number ({shown}).",
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
    if not st.pmidx or st.pmidx == "0":
        findings.append(Finding.of(
            "amo.station-no-pmidx", Severity.ERROR,
            "Station {stno} has no voicemail index (PMIDX).",
            "CHANGE-SBCSU:STNO={stno},OPT=OPTI,PMIDX=<PM index>; (a dummy voicemail is enough)",
            stno=st.stno))
    elif st.pmidx not in routes:
        findings.append(Finding.of(
            "amo.station-pmidx-no-route", Severity.ERROR,
            "Station {stno} uses PMIDX {pmidx}, but no RICHT MODE=PM route has IDX {pmidx}.",
            "ADD-RICHT:MODE=PM,IDX={pmidx},SAN=<voicemail number>,STYPE=OTHER;",
            stno=st.stno, pmidx=st.pmidx))
    if not st.has_password:
        findings.append(Finding.of(
            "amo.station-no-digest", Severity.ERROR,
            "Station {stno} has no digest password (IPPASSW).",
            'CHANGE-SBCSU:STNO={stno},OPT=OPTI,IPPASSW="<digest password>";',
            stno=st.stno))
    if st.call_log is None:
        findings.append(Finding.of(
            "amo.station-call-log-unknown", Severity.WARNING,
            "Station {stno}: the output does not show its call log setting.",
            "Check that the SBCSU call log parameter is ALL (guide §2.2).",
            stno=st.stno))
    elif st.call_log.upper() != "ALL":
        findings.append(Finding.of(
            "amo.station-call-log", Severity.ERROR,
            "Station {stno} has call log {call_log}, not ALL.",
            "Set the SBCSU call log parameter of station {stno} to ALL (guide §2.2).",
            stno=st.stno, call_log=st.call_log))
    if not st.dmcallwd:
        findings.append(Finding.of(
            "amo.station-no-dmcallwd", Severity.ERROR,
            "Station {stno} lacks the DMCALLWD attribute.",
            "CHA-SDAT:{stno},ATTRIBUT,DMCALLWD;",
            stno=st.stno))
    return findings


def check_amo_text(text: str, **kwargs: object) -> CheckResult:
    return analyse_os4k(read_os4k_config(parse_amo_text(text)), **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------- batches
@dataclass(frozen=True)
class SubscriberPlan:
    stno: str
    email: str
    pmidx: str


def provisioning_batch(subscribers: Iterable[SubscriberPlan], *, config: Os4kConfig | None,
                       sbc_public_address: str, sbc_port: str,
                       voicemail_number: str = "<voicemail number>", always_set_password: bool = False) -> list[str]:
    """The AMOs of guide §7.2 that close the gaps, in order, each change preceded by a REG- of the record it
    touches so the old state is captured for undo. With `config` (what the system holds now), records that
    are already right are left alone; without it, everything is written. `always_set_password`: the digest
    password is written even where one exists (a wave that also gives it to Zoom cannot read the old one)."""
    known = config or Os4kConfig()
    batch: list[str] = []
    subs = sorted(subscribers, key=lambda s: _station_order(s.stno))
    if known.osmo_address != sbc_public_address or known.osmo_port != sbc_port:
        batch += ["REG-ZANDE:TYPE=OSMO;", f"CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={sbc_public_address},PORT1={sbc_port};"]
    for pmidx in sorted({s.pmidx for s in subs} - known.pm_routes, key=_station_order):
        batch += [f"REG-RICHT:MODE=PM,IDX={pmidx};",
                  f"ADD-RICHT:MODE=PM,IDX={pmidx},SAN={voicemail_number},STYPE=OTHER;"]
    for sub in subs:
        now = known.stations.get(sub.stno, Station(sub.stno))
        if now.email != sub.email:
            batch += [f"REG-PERSI:TYPE=STN,STNO={sub.stno};", f'CHANGE-PERSI:EMAIL,{sub.stno},"{sub.email}";']
        if now.pmidx != sub.pmidx or not now.has_password or always_set_password:
            password = "" if now.has_password and not always_set_password else ',IPPASSW="<digest password>"'
            batch += [f"REG-SBCSU:STNO={sub.stno};",
                      f"CHANGE-SBCSU:STNO={sub.stno},OPT=OPTI,PMIDX={sub.pmidx}{password};"]
        if not now.dmcallwd:
            batch += [f"REG-SDAT:STNO={sub.stno};", f"CHA-SDAT:{sub.stno},ATTRIBUT,DMCALLWD;"]
    return batch


def stations_by_email(config: Os4kConfig) -> dict[str, list[str]]:
    emails: dict[str, list[str]] = defaultdict(list)
    for st in config.stations.values():
        if st.email:
            emails[st.email].append(st.stno)
    return dict(emails)


_SECRET_PARAM = re.compile(r'(IPPASSW\s*=\s*)("[^"]*"|[^,;\s]*)', re.IGNORECASE)


def mask_secrets(text: str) -> str:
    """AMO text with digest passwords replaced, so pasted output can be kept as evidence."""
    return _SECRET_PARAM.sub(lambda m: m.group(1) + ('"****"' if m.group(2) else ""), text)
