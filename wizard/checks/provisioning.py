"""Guide chapter 7 as data: one row per person (Zoom user, OS4K subscriber, every §7.2 prerequisite), the plan
of a provisioning wave in the guide's five stages (Zoom users invited and active; added to the Mitel integration
in the portal in rounds of at most 50; the subscribers' AMOs; the Assistant's user data and Update all; read back),
the read-back's verdict per person, the runbook steps the wave closes, and the AMOs that undo it. Pure: the live
systems are read and written elsewhere."""

from __future__ import annotations

import base64
import csv
import functools
import hashlib
import hmac
import io
import itertools
import json
import re
from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

from wizard.checks import amo_values
from wizard.checks.amo import (
    CALL_LOG,
    AmoCommand,
    Os4kConfig,
    Station,
    StationGap,
    StationReadiness,
    SubscriberPlan,
    parse_amo_text,
    pm_index_of,
    provisioning_batch,
    read_os4k_config,
    station_readiness,
)
from wizard.checks.result import CheckResult, Finding, Severity
from wizard.checks.users import _EMAIL, PSI_BATCH_LIMIT, ZoomUser
from wizard.errors import WizardError

DIGEST_PLACEHOLDER = "<digest password>"


class RowState(StrEnum):
    INTEGRATED = "integrated"  # nothing left to do
    READY = "ready"  # the wave can do everything that is missing
    WAITING = "waiting"  # the Zoom user has not activated the account yet (guide §7.1.2)
    BLOCKED = "blocked"  # needs a fix the wave cannot make


class Prereq(StrEnum):
    OK = "ok"
    FIX = "fix"  # the wave makes it right
    WAIT = "wait"
    MISSING = "missing"  # blocks the person
    UNKNOWN = "unknown"  # the source does not show it


class OpState(StrEnum):
    """Where one change of a wave stands. The project file keeps it as this text (wave_op.state), so the values
    are for ever."""
    PLANNED = "planned"  # nothing sent yet; never stored: a change without a row in the project is planned
    SENT = "sent"  # written before the request leaves: after a crash it may have happened, so it is looked up
    DONE = "done"
    ALREADY = "already"  # found in place: nothing was sent
    WAITING = "waiting"  # for a person, the engineer's hands or CloudLink; tried again on resume
    FAILED = "failed"  # refused; tried again on resume


SETTLED_STATES = frozenset({OpState.DONE, OpState.ALREADY})  # never sent again


class WaveState(StrEnum):
    """Where a whole wave stands; kept as this text in the project file (wave.state)."""
    PLANNED = "planned"  # stored as reviewed, not run yet
    SUPERSEDED = "superseded"  # a later plan took its place before it ran
    RUNNING = "running"
    PAUSED = "paused"  # stopped by an error or by the engineer: resumable
    WAITING = "waiting"  # as far as it goes for now: people, the engineer's hands or CloudLink come next
    DONE = "done"
    UNDONE = "undone"


PREREQS = ("zoom_user", "persi_email", "pmidx_route", "digest", "call_log", "dmcallwd", "integrated")


class ZoomUserType(IntEnum):
    """user_info.type of POST /users (Users spec, userCreate): 1 Basic, 2 Licensed, 4 Unassigned without Meetings
    Basic, 99 None (ssoCreate only). PSI users are added with a Zoom Workplace licence (guide §7.1.1, §2.2)."""
    BASIC = 1
    LICENSED = 2
    UNASSIGNED = 4


@dataclass(frozen=True)
class WaveOptions:
    sbc_fqdn: str
    sbc_port: str
    sbc_public_ip: str
    # The PM index for subscribers that have none yet: the engineer's choice, never a default of ours (the guide
    # gives none: §7.2 'PMIDX=<PM_IDX>'); empty, such a subscriber waits for it.
    pmidx: str = ""
    voicemail_number: str = ""  # SAN of a PM route the wave has to add; empty: the wave may not add routes
    # A station the engineer chose for a Zoom user no OS4K subscriber has in PERSI yet (email key, station): the
    # wave writes the email into that station's PERSI record (guide §7.2: CHANGE-PERSI:EMAIL,<STNO>,"<email>";).
    assignments: tuple[tuple[str, str], ...] = ()
    # A station's digest password is kept where it has one: devices registered with it go on working. Rotating
    # them all is the engineer's choice for a wave, kept with its plan so a resumed wave does the same.
    rotate_passwords: bool = False
    # The type the wave's invitations create (ZoomUserType): Licensed, as §7.1.1 adds users with a Workplace licence;
    # another is the engineer's choice (a licence given afterwards, by group or SSO), and the read-back names a
    # Basic user all the same.
    zoom_user_type: int = ZoomUserType.LICENSED

    def missing(self) -> list[str]:
        names = {"sbc_fqdn": "SBC public FQDN", "sbc_port": "SBC SIP-TLS port", "sbc_public_ip": "SBC public IP"}
        return [label for key, label in names.items() if not getattr(self, key)]


@dataclass(frozen=True)
class Person:
    key: str  # the email in lower case: the join key of guide §7.2
    email: str  # as Zoom shows it, else as the OS4K does
    first_name: str
    last_name: str
    zoom_status: str | None  # active, pending, inactive; None: no Zoom user
    stations: tuple[str, ...]
    prereqs: dict[str, Prereq]
    findings: tuple[Finding, ...]
    state: RowState

    @property
    def stno(self) -> str:
        return self.stations[0] if len(self.stations) == 1 else ""

    @property
    def selectable(self) -> bool:
        return self.state in (RowState.READY, RowState.WAITING)


def _names_from_email(email: str) -> tuple[str, str]:
    local = email.split("@")[0]
    parts = [p for p in local.replace("_", ".").replace("-", ".").split(".") if p]
    if len(parts) >= 2:
        return parts[0].capitalize(), " ".join(p.capitalize() for p in parts[1:])
    return local, ""


def people(zoom_users: Sequence[ZoomUser] | None, config: Os4kConfig, phones: Iterable[str],
           options: WaveOptions, *, settings_known: bool = True, pending_phones: Iterable[str] = ()) -> list[Person]:
    """One row per person. `zoom_users` None: Zoom is not read (offline), so nothing is said about it.
    `phones`: emails of integrated users with SIP credentials; `pending_phones`: in the Integrated users list, still
    Pending SIP credential. `settings_known` False: the stations came from a list of numbers and emails, not from
    REG- output."""
    integrated = {p.strip().lower() for p in phones}
    pending = {p.strip().lower() for p in pending_phones} - integrated
    zoom_by_key, bad_zoom = _zoom_users_by_key(zoom_users or ())
    stations_by_key, bad_stations = _subscribers_by_key(config)
    rows = bad_zoom + bad_stations
    claims = _station_claims(options, zoom_by_key, stations_by_key)
    chosen = {key: stno for stno, keys in claims.items() for key in keys}
    for key in sorted(zoom_by_key.keys() | stations_by_key.keys()):
        listed = Prereq.OK if key in integrated else Prereq.WAIT if key in pending else Prereq.FIX
        stations = stations_by_key.get(key, [])
        assigned = None
        if not stations and key in chosen:
            assigned, stations = _assigned(chosen[key], key, config, claims)
        rows.append(_person(key, zoom_by_key.get(key, []), stations, config, listed, options,
                            zoom_known=zoom_users is not None, settings_known=settings_known, assigned=assigned))
    return rows


def _is_email(text: str) -> bool:
    # the CSV lists' rule and the AMO value grammar alike: the email goes into a PERSI record
    return bool(_EMAIL.match(text.strip()) and amo_values.EMAIL.fullmatch(text.strip()))


def _zoom_users_by_key(zoom_users: Iterable[ZoomUser]) -> tuple[dict[str, list[ZoomUser]], list[Person]]:
    """Zoom's users by email key, and a blocked row for each user without a usable email."""
    by_key: dict[str, list[ZoomUser]] = defaultdict(list)
    bad: list[Person] = []
    for user in zoom_users:
        if not _is_email(user.email):
            bad.append(_blocked_row(user.email, Finding.of(
                "provision.zoom-invalid-email", Severity.ERROR,
                "Zoom user {email} has no valid email.",
                "Correct the address in Zoom (User Management > Users).",
                email=f"{user.email!r}")))
            continue
        by_key[user.email.strip().lower()].append(user)
    return by_key, bad


def _subscribers_by_key(config: Os4kConfig) -> tuple[dict[str, list[Station]], list[Person]]:
    """The OS4K's stations with an email in PERSI, by email key, and a blocked row for each one nothing can be
    built from (a station number or a PERSI email outside the AMO grammar)."""
    by_key: dict[str, list[Station]] = defaultdict(list)
    bad: list[Person] = []
    for st in config.stations.values():
        if not st.email:
            continue
        if not amo_values.STATION.fullmatch(st.stno):
            bad.append(_blocked_row(st.email, Finding.of(
                "provision.subscriber-invalid-station", Severity.ERROR,
                "{stno} is not a station number (digits 0-9 only); nothing is built from it.",
                "Correct the station number in the source file or read the OS4K again.",
                stno=f"{st.stno!r}"), stations=(st.stno,)))
        elif not _is_email(st.email):
            bad.append(_blocked_row(st.email, Finding.of(
                "provision.subscriber-invalid-email", Severity.ERROR,
                "Station {stno} has {email} in PERSI, which is not an email address.",
                'CHANGE-PERSI:EMAIL,{stno},"<email of the Zoom user>";',
                stno=st.stno, email=f"{st.email!r}"), stations=(st.stno,)))
        else:
            by_key[st.email.strip().lower()].append(st)
    return by_key, bad


def _station_claims(options: WaveOptions, zoom_by_key: Mapping[str, object],
                    stations_by_key: Mapping[str, object]) -> dict[str, list[str]]:
    """Station -> the people it was chosen for: only Zoom users no subscriber has in PERSI may be given one."""
    claims: dict[str, list[str]] = defaultdict(list)
    for key, stno in options.assignments:
        if key in zoom_by_key and key not in stations_by_key:
            claims[stno].append(key)
    return claims


def _assigned(stno: str, key: str, config: Os4kConfig,
              claims: Mapping[str, list[str]]) -> tuple[Finding, list[Station]]:
    """What the station chosen for a person comes to: a station whose PERSI email the wave sets, or why not."""
    station = config.stations.get(stno)
    if not amo_values.STATION.fullmatch(stno):
        return Finding.of(
            "provision.assigned-invalid", Severity.ERROR,
            "{stno}, chosen for {email}, is not a station number (digits 0-9 only).",
            "Choose the person's station again.", stno=f"{stno!r}", email=key), []
    if station is None:
        return Finding.of(
            "provision.assigned-unknown", Severity.ERROR,
            "Station {stno}, chosen for {email}, is not among the OS4K subscribers read.",
            "Choose a station the OS4K has (REG-SBCSU lists them), or read the OS4K again.", stno=stno, email=key), []
    if station.email:
        return Finding.of(
            "provision.assigned-taken", Severity.ERROR,
            "Station {stno}, chosen for {email}, already has {other} in PERSI.",
            "Choose a station without an email in PERSI.", stno=stno, email=key, other=station.email), []
    if len(claims[stno]) > 1:
        return Finding.of(
            "provision.assigned-twice", Severity.ERROR,
            "Station {stno} was chosen for {people}.",
            "Give each person a station of their own.", stno=stno, people=", ".join(claims[stno])), []
    return Finding.of(
        "provision.assigned", Severity.INFO,
        "Station {stno} was chosen for {email}: the wave writes the email into its PERSI record.",
        'CHANGE-PERSI:EMAIL,{stno},"{email}"; goes with the wave\'s AMOs (guide §7.2).', stno=stno, email=key), \
        [station]


def free_stations(config: Os4kConfig, options: WaveOptions) -> list[str]:
    """The stations read that no email is on in PERSI, that were not chosen for anybody yet and are no desk/client
    configuration (guide §2.2: not offered for provisioning): what a Zoom user without a subscriber can be given.
    (SBCSU's device configuration is not used to narrow them down: no public
    source names its values for a SIP subscriber, so the engineer picks the person's SIP/UFIP station.)"""
    taken = {stno for _key, stno in options.assignments}
    return sorted((st.stno for st in config.stations.values() if not st.email and st.stno not in taken
                   and not st.desk_client and amo_values.STATION.fullmatch(st.stno)),
                  key=lambda stno: (len(stno), stno))


def _blocked_row(email: str, finding: Finding, stations: tuple[str, ...] = ()) -> Person:
    prereqs = {name: Prereq.UNKNOWN for name in PREREQS}
    return Person(email.strip().lower(), email, "", "", None, stations, prereqs, (finding,), RowState.BLOCKED)


def _person(key: str, users: list[ZoomUser], stations: list[Station], config: Os4kConfig, integrated: Prereq,
            options: WaveOptions, *, zoom_known: bool, settings_known: bool, assigned: Finding | None = None) -> Person:
    user = users[0] if users else None
    email = user.email.strip() if user else stations[0].email.strip()  # type: ignore[union-attr]
    first, last = (user.first_name, user.last_name) if user and (user.first_name or user.last_name) \
        else _names_from_email(email)
    status = (user.status or "active").lower() if user else None
    zoom_user, zoom_finding = _zoom_user_prereq(users, email, status) if zoom_known else (Prereq.UNKNOWN, None)
    subscriber, subscriber_findings = _subscriber_prereqs(email, user, stations, config, options,
                                                          settings_known=settings_known, assigned=assigned)
    # WAIT for integrated: in the portal's list, waiting for the Assistant's Update
    prereqs = {"zoom_user": zoom_user, **subscriber, "integrated": integrated}
    findings = [f for f in (assigned, zoom_finding) if f is not None] + subscriber_findings
    return Person(key, email, first, last, status, tuple(st.stno for st in stations), prereqs, tuple(findings),
                  _row_state(prereqs))


def _row_state(prereqs: Mapping[str, Prereq]) -> RowState:
    if any(p is Prereq.MISSING for p in prereqs.values()):
        return RowState.BLOCKED
    # the call log may stay unknown: see StationReadiness.ready
    if all(p is Prereq.OK or (name == "call_log" and p is Prereq.UNKNOWN) for name, p in prereqs.items()):
        return RowState.INTEGRATED
    if prereqs["zoom_user"] is Prereq.WAIT:
        return RowState.WAITING
    return RowState.READY


def _zoom_user_prereq(users: list[ZoomUser], email: str, status: str | None) -> tuple[Prereq, Finding | None]:
    """The person's Zoom user (guide §7.1.1, §7.1.2), with what Zoom was found to say."""
    if len(users) > 1:
        return Prereq.MISSING, Finding.of(
            "provision.zoom-duplicate", Severity.ERROR,
            "{email} is on {count} Zoom users.",
            "Keep one Zoom user per person; the email is the join key.",
            email=email, count=len(users))
    if not users:
        return Prereq.FIX, Finding.of(
            "provision.zoom-user-missing", Severity.INFO,
            "{email} has no Zoom user yet.",
            "The wave adds the user (guide §7.1.1); the person then activates it from the invitation email (§7.1.2).",
            email=email)
    if users[0].email != users[0].email.strip():
        return Prereq.MISSING, Finding.of(
            "provision.zoom-email-spaces", Severity.ERROR,
            "Zoom has {email}, with spaces around the address.",
            "Remove the spaces in Zoom (User Management > Users) and read the users again.",
            email=f"{users[0].email!r}")
    if status == "pending":
        return Prereq.WAIT, Finding.of(
            "provision.zoom-pending", Severity.WARNING,
            "{email} has not activated the Zoom account yet.",
            "Ask the person to open the invitation from no-reply@zoom.us (check the junk folder); the wave adds the "
            "integrated user once the account is active.",
            email=email)
    if status != "active":
        return Prereq.MISSING, Finding.of(
            "provision.zoom-inactive", Severity.ERROR,
            "The Zoom user {email} is {status}.",
            "Reactivate the user in Zoom (User Management > Users > Deactivated) or leave the person out.",
            email=email, status=status)
    return Prereq.OK, None


STATION_PREREQS = ("pmidx_route", "digest", "call_log", "dmcallwd")  # the §7.2 settings of the person's station


def _subscriber_prereqs(email: str, user: ZoomUser | None, stations: list[Station], config: Os4kConfig,
                        options: WaveOptions, *, settings_known: bool,
                        assigned: Finding | None) -> tuple[dict[str, Prereq], list[Finding]]:
    """The person's OS4K subscriber (guide §7.2): one station with the email in PERSI, and its settings."""
    if not stations:
        prereqs = {"persi_email": Prereq.MISSING} | dict.fromkeys(STATION_PREREQS, Prereq.UNKNOWN)
        if assigned is not None:  # a station was chosen, but it cannot be this person's: `assigned` says why
            return prereqs, []
        return prereqs, [Finding.of(
            "provision.subscriber-missing", Severity.ERROR,
            "No OS4K subscriber has {email} in PERSI.",
            "Choose the person's SIP/UFIP station (the wave then writes the email into its PERSI record), or "
            'CHANGE-PERSI:EMAIL,<STNO>,"{email}"; by hand and read the OS4K again.',
            email=email)]
    if len(stations) > 1:
        return dict.fromkeys(("persi_email", *STATION_PREREQS), Prereq.MISSING), [Finding.of(
            "provision.subscriber-duplicate", Severity.ERROR,
            "Stations {numbers} all have {email} in PERSI.",
            'Keep the email on the person\'s SIP station only: CHANGE-PERSI:EMAIL,<STNO>,""; on the others.',
            numbers=", ".join(st.stno for st in stations), email=email)]
    if stations[0].desk_client:
        return {"persi_email": Prereq.MISSING} | dict.fromkeys(STATION_PREREQS, Prereq.UNKNOWN), [Finding.of(
            "provision.desk-client", Severity.ERROR,
            "Station {stno} of {email} is a desk/client configuration (REG-SBCSU shows {count} devices), which is "
            "not offered for provisioning (guide §2.2).",
            "Give the person a SIP/UFIP station of its own; the station's associated devices can still be used.",
            stno=stations[0].stno, email=email, count=len(stations[0].devices))]
    persi, persi_finding = _persi_email_prereq(stations[0], user, assigned)
    settings, settings_findings = _station_prereqs(stations[0], config, options) if settings_known \
        else _unread_station(stations[0], options)
    return {"persi_email": persi, **settings}, [f for f in (persi_finding,) if f is not None] + settings_findings


def _unread_station(st: Station, options: WaveOptions) -> tuple[dict[str, Prereq], list[Finding]]:
    """The stations came from a list of numbers and emails, not REG- output: the wave writes what §7.2 asks for with
    the PM index the engineer chose, and nothing can be said of the call log (the wave sets it only where REG- shows
    it) nor of a digest password (the wave gives one, and its plan says that it may replace one the list does not
    show)."""
    prereqs = {"pmidx_route": Prereq.FIX, "digest": Prereq.UNKNOWN, "dmcallwd": Prereq.FIX,
               "call_log": Prereq.UNKNOWN}
    if options.pmidx:
        return prereqs, []
    return prereqs | {"pmidx_route": Prereq.MISSING}, [_pmidx_not_chosen(st)]


def _pmidx_not_chosen(st: Station) -> Finding:
    return Finding.of(
        "provision.pmidx-not-chosen", Severity.ERROR,
        "Station {stno} has no PM index the wave knows, and none was chosen for the wave.",
        "Enter the PM index for subscribers without one (a route RICHT MODE=PM with it; a dummy voicemail is "
        "enough, guide §7.2), then plan again.", stno=st.stno)


def _persi_email_prereq(st: Station, user: ZoomUser | None,
                        assigned: Finding | None) -> tuple[Prereq, Finding | None]:
    if assigned is not None:
        return Prereq.FIX, None  # the station chosen for the person: the wave writes the email
    if user is not None and st.email != user.email.strip():  # spaces on the Zoom side are said with the Zoom user
        return Prereq.MISSING, Finding.of(
            "provision.email-differs", Severity.ERROR,
            "Zoom has {zoom_email}, station {stno} has {persi_email}.",
            'CHANGE-PERSI:EMAIL,{stno},"{email}"; (the email cannot be edited once the integration exists)',
            zoom_email=f"{user.email.strip()!r}", stno=st.stno, persi_email=f"{st.email!r}",
            email=user.email.strip())
    return Prereq.OK, None


def _station_prereqs(st: Station, config: Os4kConfig, options: WaveOptions) -> tuple[dict[str, Prereq], list[Finding]]:
    """The station's §7.2 settings as REG- shows them, judged by the one readiness rule, against what the wave
    can set itself."""
    readiness = station_readiness(st, config.pm_routes)
    pm_route, route_finding = _pm_route_prereq(st, readiness, config, options)
    call_log, call_log_finding = _call_log_prereq(st, readiness)
    prereqs = {"pmidx_route": pm_route,
               # A password that exists is kept (REG- shows it as ****): the Assistant's Update hands the OS4K's
               # password, whichever it is, to Zoom through CloudLink.
               "digest": Prereq.OK if readiness.digest else Prereq.FIX,
               "dmcallwd": Prereq.OK if readiness.dmcallwd else Prereq.FIX,
               "call_log": call_log}
    return prereqs, [f for f in (route_finding, call_log_finding) if f is not None]


def _pm_route_prereq(st: Station, readiness: StationReadiness, config: Os4kConfig,
                     options: WaveOptions) -> tuple[Prereq, Finding | None]:
    """The station's PMIDX and its PM route: the wave gives a station without a PMIDX the index the engineer chose,
    and adds the route if it has the voicemail number for it."""
    pmidx = readiness.pmidx or options.pmidx
    if readiness.pm_route:
        return Prereq.OK, None
    if not pmidx:
        return Prereq.MISSING, _pmidx_not_chosen(st)
    if pmidx in config.pm_routes or options.voicemail_number:
        return Prereq.FIX, None
    return Prereq.MISSING, Finding.of(
        "provision.pm-route-missing", Severity.ERROR,
        "Station {stno} needs PM route {pmidx}, which does not exist.",
        "Enter the voicemail number for ADD-RICHT:MODE=PM,IDX={pmidx},SAN=<voicemail number>,STYPE=OTHER; "
        "(a dummy number is enough) or choose a PM index that has a route.",
        stno=st.stno, pmidx=pmidx)


def _call_log_prereq(st: Station, readiness: StationReadiness) -> tuple[Prereq, Finding | None]:
    """Guide §2.2: call log ALL (AMO SBCSU). The wave sets it where REG- shows another value."""
    if readiness.call_log is None:
        return Prereq.UNKNOWN, None
    if readiness.call_log:
        return Prereq.OK, None
    return Prereq.FIX, Finding.of(
        "provision.call-log", Severity.INFO,
        "Station {stno} has call log {call_log}, not ALL: the wave sets it to ALL.",
        "CHANGE-SBCSU:STNO={stno},OPT=OPTI,…,{parameter}=ALL; goes with the wave's AMOs (guide §2.2).",
        stno=st.stno, call_log=st.call_log, parameter=CALL_LOG)


# ---------------------------------------------------------------------------------------------- the plan
class System(StrEnum):
    """The stages of guide chapter 7 in the guide's order. Two of them are the engineer's hands: the Zoom portal's
    Add users (§7.1.3.2) and the Assistant's user data (§7.2.1); the wave shows what to do there, waits for the
    engineer's word, and reads back what happened."""
    ZOOM = "zoom"  # §7.1.1 invitation, §7.1.2 activation
    PSI = "psi"  # §7.1.3.2 added to the Mitel integration in the portal, by hand, in rounds of at most 50
    OS4K = "os4k"  # §7.2 the subscribers' AMOs
    ASSISTANT = "assistant"  # §7.2.1 Add user / import, then Update all: CloudLink hands Zoom the SIP credentials
    VERIFY = "verify"  # read back from Zoom and the OS4K (and the §8.2 report, if one is attached)


SYSTEM_TITLES = {System.ZOOM: "Zoom users (§7.1.1, §7.1.2)",
                 System.PSI: "Integrated users, added in the Zoom portal (§7.1.3.2)",
                 System.OS4K: "OS4K AMOs (§7.2)",
                 System.ASSISTANT: "Assistant user data and Update all (§7.2.1)",
                 System.VERIFY: "Read back and verified (§7.2.1, §8.2)"}
BY_HAND = frozenset({System.PSI, System.ASSISTANT})


@dataclass(frozen=True)
class Change:
    op_id: str  # stable across resumes: the journal is keyed by it
    system: System
    person: str  # email key; '' for a change that serves everyone (a route, the OSMO address)
    text: str  # one line of the dry run
    data: dict[str, str] = field(default_factory=dict)
    round: int = 0  # PSI: the "Add users" round of at most 50


class PasswordReason(StrEnum):
    """Why the wave gives a station a new digest password; kept in the stored plan as this text."""
    NONE = "none"  # REG- showed the station without one
    NOT_SHOWN = "not shown"  # the stations were not read with REG- (a list of stations and emails): one may exist
    ROTATED = "rotated"  # the engineer chose to replace every password of the wave, this station's included


class SkipReason(StrEnum):
    """Why a person chosen for a wave is in none of its changes; kept in the stored plan as this text."""
    INTEGRATED = "integrated"  # the last read-back found the person integrated: a table read before it may not say so


class StoredChanges(Sequence[Change]):
    """A stored plan's changes, read from its text when asked for, not held parsed: a 20,000-person plan is 40 MB
    of JSON but 120 MB as Change objects, which a wave's run held whole for hours (#31 item 10). Kept: the text
    (the one the audit log's SHA-256 is of) and where each change's object starts in it; `positions` chooses some
    of them (one stage's) in the plan's order."""

    def __init__(self, text: str, starts: Sequence[int], positions: Sequence[int] | None = None) -> None:
        self.text = text  # the whole plan's, as stored
        self._starts = starts
        self._positions = positions

    def __len__(self) -> int:
        return len(self._starts if self._positions is None else self._positions)

    def __getitem__(self, index):  # Sequence's int and slice overloads
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        start = self._starts[index if self._positions is None else self._positions[index]]
        return _change(_DECODER.raw_decode(self.text, start)[0])

    def __iter__(self) -> Iterator[Change]:
        for i in range(len(self)):
            yield self[i]

    def chosen(self, positions: Sequence[int]) -> StoredChanges:
        return StoredChanges(self.text, self._starts, positions)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _skip(text: str, i: int) -> int:
    """Where the JSON white space from `i` ends."""
    found = _SPACE.match(text, i)
    return found.end() if found else i


def _change(c: dict[str, Any]) -> Change:
    return Change(c["op_id"], System(c["system"]), c["person"], c["text"], c["data"], c["round"])


@dataclass(frozen=True)
class WavePlan:
    people: tuple[str, ...]
    options: WaveOptions
    changes: Sequence[Change]  # a tuple as planned, StoredChanges as read from the project
    # (station, why) for each station the wave's AMOs give a new digest password; every other station keeps its own
    new_passwords: tuple[tuple[str, PasswordReason], ...] = ()
    skipped: tuple[tuple[str, SkipReason], ...] = ()  # (email key, why) of those chosen but left out

    def of(self, system: System) -> Sequence[Change]:
        """One stage's changes in the plan's order; a stored plan's are read when iterated, and held only while the
        caller holds them."""
        positions = self._by_system.get(system, [])
        if isinstance(self.changes, StoredChanges):
            return self.changes.chosen(positions)
        return [self.changes[i] for i in positions]

    def positioned(self, system: System) -> Iterator[tuple[int, Change]]:
        """One stage's changes with where each stands among all of the plan's changes."""
        return zip(self._by_system.get(system, []), self.of(system), strict=True)

    def count(self, system: System) -> int:
        return len(self._by_system.get(system, []))

    @functools.cached_property
    def _by_system(self) -> dict[System, list[int]]:
        """Asked thousands of times per run of a big wave: the positions grouped once (the plan never changes)."""
        groups: dict[System, list[int]] = defaultdict(list)
        systems = getattr(self, "_systems", None) or [c.system for c in self.changes]
        for position, system in enumerate(systems):
            groups[system].append(position)
        return dict(groups)

    def rounds(self) -> dict[int, list[Change]]:
        return by_round(self.of(System.PSI))

    def to_json(self) -> str:
        """The plan as stored. A plan that was planned here or read from the project is its text already (returned
        as it is: the text the audit log's SHA-256 is of); any other is written as `plan_wave` writes one."""
        stored = getattr(self, "_text", None)
        if stored is not None:
            return stored
        writer = _PlanText(self.people, self.options)
        for change in self.changes:
            writer.add(change)
        return writer.finish(self.new_passwords, self.skipped)

    @classmethod
    def from_json(cls, text: str) -> WavePlan:
        """The plan's members read one by one, each change parsed once to be judged and then let go (where it
        starts is kept): the whole text parsed at once took four times its size."""
        try:
            data, starts, systems = _read_plan(text)
            options = {**data["options"], "assignments": tuple(tuple(pair) for pair in
                                                               data["options"].get("assignments", ()))}
            # a plan stored before a wave named its new passwords and whom it left out names none: it still loads
            new_passwords = tuple((str(stno), PasswordReason(reason)) for stno, reason in data.get("new_passwords", ()))
            skipped = tuple((str(key), SkipReason(reason)) for key, reason in data.get("skipped", ()))
            return _stored_plan(text, tuple(data["people"]), WaveOptions(**options), starts, systems,
                                new_passwords, skipped)
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise WizardError("the stored wave plan cannot be read", "plan the wave again") from exc


def _stored_plan(text: str, people: tuple[str, ...], options: WaveOptions, starts: Sequence[int],
                 systems: list[System], new_passwords: tuple[tuple[str, PasswordReason], ...],
                 skipped: tuple[tuple[str, SkipReason], ...]) -> WavePlan:
    """A plan that is its text: its changes read from it when asked for, its stages known (judged while the text
    was read or written, so the stages' index needs no second pass), and the text kept for `to_json`."""
    plan = WavePlan(people, options, StoredChanges(text, starts), new_passwords, skipped)
    object.__setattr__(plan, "_systems", systems)
    object.__setattr__(plan, "_text", text)
    return plan


class _PlanText:
    """A plan's text written a change at a time, each change encoded and let go: planning a 20,000-person wave made
    its 170,000 changes as objects first, 100 MB more than their 40 MB of text and the peak of `--plan` (#31 item
    10). json's default ensure_ascii keeps every character one byte, so where a change starts is the same in the
    bytes written and in the text read from them."""

    def __init__(self, people: Sequence[str], options: WaveOptions) -> None:
        head = json.dumps({"people": list(people), "options": asdict(options), "changes": []}, separators=(",", ":"))
        self._written = bytearray(head.removesuffix("[]}").encode("ascii") + b"[")
        self.starts: array[int] = array("q")
        self.systems: list[System] = []

    def add(self, change: Change) -> None:
        if self.starts:
            self._written += b","
        self.starts.append(len(self._written))
        self.systems.append(change.system)
        self._written += json.dumps({"op_id": change.op_id, "system": change.system.value, "person": change.person,
                                     "text": change.text, "data": change.data, "round": change.round},
                                    separators=(",", ":")).encode("ascii")

    def finish(self, new_passwords: Sequence[tuple[str, PasswordReason]],
               skipped: Sequence[tuple[str, SkipReason]]) -> str:
        tail = json.dumps({"new_passwords": [list(pair) for pair in new_passwords],
                           "skipped": [list(pair) for pair in skipped]}, separators=(",", ":"))
        self._written += b"]," + tail.removeprefix("{").encode("ascii")
        text = self._written.decode("ascii")
        self._written = bytearray()  # the bytes go now, not when the writer does
        return text


def by_round(portal_changes: Iterable[Change]) -> dict[int, list[Change]]:
    """The portal stage's changes grouped by their round, rounds in order, each round's in the plan's order."""
    found: dict[int, list[Change]] = defaultdict(list)
    for change in portal_changes:
        found[change.round].append(change)
    return dict(sorted(found.items()))


def _read_plan(text: str) -> tuple[dict[str, Any], array[int], list[System]]:
    """The plan's members but its changes, where each change starts, and each one's stage. Every change is parsed
    (and so judged: a damaged one is refused here, as before) and let go."""
    members: dict[str, Any] = {}
    starts: array[int] = array("q")
    systems: list[System] = []
    i = _skip(text, 0)
    if text[i] != "{":
        raise ValueError("a plan is an object")
    i = _skip(text, i + 1)
    while text[i] != "}":
        key, i = _DECODER.raw_decode(text, i)
        i = _skip(text, i)
        if text[i] != ":":
            raise ValueError("a member without its value")
        i = _skip(text, i + 1)
        if key == "changes":
            i = _read_changes(text, i, starts, systems)
            members[key] = True
        else:
            members[key], i = _DECODER.raw_decode(text, i)
        i = _skip(text, i)
        if text[i] == ",":
            i = _skip(text, i + 1)
    if "changes" not in members:
        raise KeyError("changes")
    return members, starts, systems


def _read_changes(text: str, i: int, starts: array[int], systems: list[System]) -> int:
    """The changes' array from `i`: where each one starts, and its stage; returns where the array ends."""
    if text[i] != "[":
        raise ValueError("the changes are a list")
    i = _skip(text, i + 1)
    while text[i] != "]":
        starts.append(i)
        change, i = _DECODER.raw_decode(text, i)
        systems.append(_change(change).system)
        i = _skip(text, i)
        if text[i] == ",":
            i = _skip(text, i + 1)
    return i + 1


def plan_wave(selected: Sequence[Person], config: Os4kConfig | None, options: WaveOptions,
              *, round_size: int = PSI_BATCH_LIMIT, integrated: Collection[str] = ()) -> WavePlan:
    """The wave's changes for the people selected. `integrated`: the emails the last read-back found integrated;
    whatever the rows say of them (rows read before that read-back are stale), they are left out of every change
    and named on the plan, so a wave never touches a working person."""
    done = {email.strip().lower() for email in integrated}
    skipped = tuple(sorted((p.key, SkipReason.INTEGRATED) for p in selected if p.key in done))
    left = [p for p in selected if p.key not in done]
    _refuse_unplannable(left, options, round_size)
    chosen = sorted(left, key=lambda p: p.key)
    amos = _amos(chosen, config, options)
    keys = tuple(p.key for p in chosen)
    writer = _PlanText(keys, options)
    for change in itertools.chain(_zoom_changes(chosen, options), _portal_changes(chosen, round_size),
                                  _amo_changes(chosen, amos), _assistant_and_verify_changes(chosen)):
        writer.add(change)
    new_passwords = _new_passwords(chosen, amos, options)
    return _stored_plan(writer.finish(new_passwords, skipped), keys, options, writer.starts, writer.systems,
                        new_passwords, skipped)


def _refuse_unplannable(selected: Sequence[Person], options: WaveOptions, round_size: int) -> None:
    if not 1 <= round_size <= PSI_BATCH_LIMIT:
        raise WizardError("{round_size} users per round is not allowed",
                          "the Zoom portal adds at most {limit} users at a time (guide §7.1.3.2)",
                          round_size=round_size, limit=PSI_BATCH_LIMIT)
    if options.missing():
        raise WizardError("the wave needs {missing}", "fill them in on the Site page",
                          missing=", ".join(options.missing()))
    if options.zoom_user_type not in set(ZoomUserType):
        raise WizardError("a Zoom user cannot be created as type {kind}",
                          "choose Licensed (2), Basic (1) or Unassigned (4); type 99 is for single sign-on only "
                          "(Zoom Users API, userCreate)", kind=options.zoom_user_type)
    refused = [p.email for p in selected if not p.selectable]
    if refused:
        raise WizardError("{count} selected people cannot be provisioned ({people}…)" if len(refused) > 3 else
                          "cannot provision {people}",
                          "fix what their findings say, read the systems again, or leave them out of the wave",
                          count=len(refused), people=", ".join(refused[:3]))


def _full_name(p: Person) -> str:
    return " ".join(filter(None, (p.first_name, p.last_name)))


_ARTICLE = {ZoomUserType.BASIC: "a", ZoomUserType.LICENSED: "a", ZoomUserType.UNASSIGNED: "an"}


def _zoom_changes(chosen: Sequence[Person], options: WaveOptions) -> Iterator[Change]:
    """§7.1.1 the invitation of those without a Zoom user, as the type chosen (Licensed: with a Workplace
    licence), §7.1.2 everyone's activation."""
    kind = ZoomUserType(options.zoom_user_type)
    for p in chosen:
        if p.prereqs["zoom_user"] is Prereq.FIX:
            yield Change(f"zoom.user:{p.key}", System.ZOOM, p.key,
                         f"invite {p.email} ({_full_name(p)}) to Zoom as {_ARTICLE[kind]} {kind.name.lower()} user",
                         {"email": p.email, "first_name": p.first_name, "last_name": p.last_name,
                          "type": str(int(kind))})
        # what the stage does (it waits), not what is hoped: the line stands beside each person's state, waiting too
        yield Change(f"zoom.active:{p.key}", System.ZOOM, p.key, f"wait for {p.email} to activate the Zoom account",
                     {"email": p.email})


def _portal_changes(chosen: Sequence[Person], round_size: int) -> Iterator[Change]:
    """§7.1.3.2 the people to tick in the portal's Add users, round by round."""
    # Rounds are fixed here, so the list to tick is the same on every screen and after every resume: people
    # already active first (their rounds can be added at once), then those still to invite or to activate.
    to_integrate = [p for p in chosen if p.prereqs["integrated"] is Prereq.FIX]
    active = [p for p in to_integrate if p.prereqs["zoom_user"] is Prereq.OK]
    later = [p for p in to_integrate if p.prereqs["zoom_user"] is not Prereq.OK]
    rounds = [group[i:i + round_size] for group in (active, later) for i in range(0, len(group), round_size)]
    return (Change(f"psi.portal:{p.key}", System.PSI, p.key, f"round {number}: tick {p.email} ({_full_name(p)}) in "
                   "Add users", {"email": p.email, "name": _full_name(p), "stno": p.stno}, round=number)
            for number, members in enumerate(rounds, start=1) for p in members)


def _amos(chosen: Sequence[Person], config: Os4kConfig | None, options: WaveOptions) -> list[str]:
    """§7.2 the subscribers' AMOs, each REG- before its change (for undo)."""
    if not chosen:
        return []  # the system's records (OSMO address, PM routes) are changed for the people of a wave only
    subscribers = []
    for p in chosen:
        st = config.stations.get(p.stno) if config else None
        pmidx = (pm_index_of(st) if st else None) or options.pmidx
        subscribers.append(SubscriberPlan(p.stno, p.email, pmidx))
    return provisioning_batch(subscribers, config=config, sbc_public_address=options.sbc_public_ip,
                              sbc_port=options.sbc_port,
                              voicemail_number=options.voicemail_number or "<voicemail number>",
                              rotate_passwords=options.rotate_passwords)


def _amo_changes(chosen: Sequence[Person], amos: Sequence[str]) -> Iterator[Change]:
    """Each AMO as a change, with the person it serves ('' for a record of the whole system)."""
    by_station = {p.stno: p.key for p in chosen}
    return (Change(f"amo:{position}", System.OS4K, by_station.get(command_station(command) or "", ""), command,
                   {"command": command}) for position, command in enumerate(amos))


def _new_passwords(chosen: Sequence[Person], amos: Sequence[str],
                   options: WaveOptions) -> tuple[tuple[str, PasswordReason], ...]:
    """Each station the AMOs give a new digest password, and why: read from the AMOs themselves, so the plan names
    exactly the stations whose registered devices a run will cut off."""
    digest = {p.stno: p.prereqs["digest"] for p in chosen}
    given = []
    for command in amos:
        if DIGEST_PLACEHOLDER in command:
            stno = command_station(command) or ""
            had = digest.get(stno, Prereq.UNKNOWN)
            given.append((stno, PasswordReason.NONE if had is Prereq.FIX else
                          PasswordReason.ROTATED if had is Prereq.OK and options.rotate_passwords else
                          PasswordReason.NOT_SHOWN))
    return tuple(given)


def _assistant_and_verify_changes(chosen: Sequence[Person]) -> Iterator[Change]:
    """§7.2.1 each person's Assistant user data and Update, then the read-back (§7.2.1, §8.2)."""
    for p in chosen:
        # not integrated yet: the Assistant's Update hands Zoom the station's digest password, kept or new
        yield Change(f"assistant:{p.key}", System.ASSISTANT, p.key,
                     f"Assistant: user {p.email} for station {p.stno}, then Update",
                     {"email": p.email, "first_name": p.first_name, "last_name": p.last_name, "stno": p.stno})
        yield Change(f"verify:{p.key}", System.VERIFY, p.key,
                     f"read back {p.email}: Zoom user, SIP credentials of station {p.stno}, REG- of {p.stno}",
                     {"email": p.email, "stno": p.stno})


_STATION_OF = (re.compile(r"STNO=([^,;\s]+)", re.IGNORECASE),
               re.compile(r"^(?:CHA|CHANGE)-PERSI:EMAIL,([^,;]+),", re.IGNORECASE),
               re.compile(r"^(?:CHA|CHANGE)-SDAT:([^,;=]+),", re.IGNORECASE))


def command_station(command: str) -> str | None:
    """The station an AMO touches (None for records of the whole system), read from the forms the wave writes
    without a full parse; anything else is parsed."""
    for pattern in _STATION_OF:
        match = pattern.search(command)
        if match:
            return match.group(1).strip()
    if not re.match(r"^\s*[A-Z]+-(PERSI|SBCSU|SDAT)\b", command, re.IGNORECASE):
        return None
    parsed = parse_amo_text(command).commands
    return parsed[0].station if parsed else None


# The Assistant imports "the users exported from Zoom" (§7.2.1.1); the guide does not list the columns, and no
# public description of the Assistant's import exists. Zoom's user CSV starts with the three required columns
# Email, First Name, Last Name (Zoom support KB0068315, batch import/export of users): our file has exactly those.
ASSISTANT_COLUMNS = ("Email", "First Name", "Last Name")


def assistant_csv(changes: Iterable[Change]) -> str:
    """The file for Zoom PSI > Data Operation > Import CSV, from the wave's Assistant changes."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ASSISTANT_COLUMNS)
    for c in changes:
        writer.writerow([c.data["email"], c.data["first_name"], c.data["last_name"]])
    return out.getvalue()


def digest_password(wave_key: str, stno: str) -> str:
    """The station's digest password in this wave: derived, so a resumed wave sends the OS4K the same one without
    keeping a list of passwords. Only the OS4K gets it; the Assistant reads it there and CloudLink hands it to Zoom."""
    mac = hmac.new(wave_key.encode(), f"digest:{stno}".encode(), hashlib.sha256).digest()
    return base64.b32encode(mac).decode().rstrip("=")[:20]


# ---------------------------------------------------------------------------------------------- read back
@dataclass(frozen=True)
class Readback:
    """What verify found for one person; `state` is done, waiting (someone still has to act) or failed."""
    state: OpState
    findings: tuple[Finding, ...]


def verify_person(email: str, stno: str, options: WaveOptions, *, zoom_status: str | None,
                  phone: Mapping[str, Any] | None, station: Station | None, pm_routes: Collection[str],
                  comparison: Sequence[Finding] = (), zoom_type: int | None = None) -> Readback:
    """Guide §7.2.1 'Next steps' and §8.2, for one person: the Zoom user active and licensed (§7.1.1; `zoom_type`
    as Zoom lists it, None when not read); the integrated user's SIP credentials present for the person's station,
    registering at the SBC over TLS; the station's §7.2 settings as REG- shows them; and what the User Comparison
    Report says about the person."""
    findings: list[Finding] = []
    waiting = False
    if zoom_type == ZoomUserType.BASIC:
        findings.append(Finding.of(
            "provision.verify-zoom-licence", Severity.ERROR,
            "The Zoom user {email} is Basic, without a Zoom Workplace licence (guide §7.1.1).",
            "Zoom web portal > User Management > Users: edit {email}, set the user type to Licensed with a "
            "supported Workplace licence (guide §2.2), then read the wave back again.", email=email))
    if zoom_status != "active":
        waiting = zoom_status == "pending"
        findings.append(Finding.of(
            "provision.verify-zoom-user", Severity.WARNING if waiting else Severity.ERROR,
            "The Zoom user {email} is {status}.",
            "Ask the person to accept the invitation, then resume." if waiting else
            "Reactivate or add the user in Zoom (User Management > Users), then resume.",
            email=email, status=zoom_status or "missing"))
    if phone is None:
        findings.append(Finding.of(
            "provision.verify-not-integrated", Severity.ERROR,
            "{email} is not in the Integrated users list.",
            "Zoom portal > Account Management > Phone System Integration > Integrated users > Add users: tick "
            "{email}, then confirm the round again.", email=email))
    elif not has_sip_credentials(phone):
        waiting = True
        findings.append(Finding.of(
            "provision.verify-pending-credential", Severity.WARNING,
            "Zoom still shows {email} without SIP credentials (Pending SIP credential).",
            "Assistant > Zoom PSI > Data operations > User data: Update (or Update all), or wait for the data "
            "synchronisation; then resume.", email=email))
    else:
        findings += _credential_findings(email, stno, options, phone)
    findings += _station_findings(email, stno, station, pm_routes)
    findings += comparison
    if any(f.severity is Severity.ERROR for f in findings):
        return Readback(OpState.FAILED, tuple(findings))
    return Readback(OpState.WAITING if waiting else OpState.DONE, tuple(findings))


def has_sip_credentials(phone: Mapping[str, Any]) -> bool:
    """A SIP phone without an authorization name is taken as 'Pending SIP credential' (assumed: the portal's status
    has no field of its own in ListSIPPhonePhones; CloudLink's Update writes the credentials, §7.2.1)."""
    return bool(phone.get("authorization_name"))


def _credential_findings(email: str, stno: str, options: WaveOptions, phone: Mapping[str, Any]) -> list[Finding]:
    findings = []
    if phone.get("authorization_name") != stno:
        findings.append(Finding.of(
            "provision.verify-authorization-name", Severity.ERROR,
            "Zoom's SIP credentials for {email} name {found}, not station {stno}.",
            "Keep {email} in PERSI of station {stno} only, then Update the user in the Assistant.",
            email=email, found=repr(phone.get("authorization_name")), stno=stno))
    server = phone.get("server") or {}
    # The registration address Zoom is given comes from ZANDE OSMO (§7.2 notice: SBCADDR1 is 'the IP advertised
    # to Zoom'); the site may name the SBC there by its public IP or its FQDN.
    expected = {f"{host}:{options.sbc_port}".lower() for host in (options.sbc_fqdn, options.sbc_public_ip) if host}
    for key in ("register_server", "proxy_server"):
        found = str(server.get(key, ""))
        if found.lower() not in expected:
            findings.append(Finding.of(
                "provision.verify-server", Severity.ERROR,
                "{email} is told to use {found} as {what}, not the SBC ({expected}).",
                "CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={address},PORT1={port}; then Update all in the Assistant.",
                email=email, found=repr(found), what=key.replace("_", " "), expected=" or ".join(sorted(expected)),
                address=options.sbc_public_ip, port=options.sbc_port))
    if str(server.get("transport_protocol", "")).upper() != "TLS":
        findings.append(Finding.of(
            "provision.verify-transport", Severity.ERROR,
            "{email} registers with transport {found}, not TLS.",
            "The SBC takes Zoom's registrations on SIP-TLS only (§9): correct the transport in the Assistant's Zoom "
            "PSI configuration, then Update all.", email=email, found=repr(server.get("transport_protocol"))))
    return findings


def _station_findings(email: str, stno: str, station: Station | None, pm_routes: Collection[str]) -> list[Finding]:
    if station is None:
        return [Finding.of("provision.verify-station-missing", Severity.ERROR,
                           "Station {stno} of {email} is not on the OS4K any more.",
                           "Read the OS4K again; give the person a SIP station and plan them again.",
                           stno=stno, email=email)]
    findings = []
    if (station.email or "").strip().lower() != email.lower():
        findings.append(Finding.of("provision.verify-persi", Severity.ERROR,
                                   "Station {stno} has {found} in PERSI, not {email}.",
                                   'CHANGE-PERSI:EMAIL,{stno},"{email}";',
                                   stno=stno, found=repr(station.email), email=email))
    gaps = station_readiness(station, pm_routes).gaps
    return findings + [_readback_gap_finding(stno, station, gap) for gap in gaps if gap in READBACK_GAPS]


# What the read-back holds against a person: a call log the OS4K's answer does not show is not among them.
READBACK_GAPS = frozenset(StationGap) - {StationGap.CALL_LOG_UNKNOWN}


def _readback_gap_finding(stno: str, station: Station, gap: StationGap) -> Finding:
    match gap:
        case StationGap.NO_PMIDX | StationGap.NO_PM_ROUTE:
            return Finding.of("provision.verify-pmidx", Severity.ERROR,
                              "Station {stno} has PMIDX {pmidx} without a PM route.",
                              "ADD-RICHT:MODE=PM,IDX=<PM_IDX>,SAN=<voicemail number>,STYPE=OTHER; and "
                              "CHANGE-SBCSU:STNO={stno},OPT=OPTI,PMIDX=<PM_IDX>;",
                              stno=stno, pmidx=station.pmidx or "none")
        case StationGap.NO_DIGEST:
            return Finding.of("provision.verify-digest", Severity.ERROR,
                              "Station {stno} has no digest password.",
                              "Resume the wave: it sets the password with CHANGE-SBCSU … IPPASSW.", stno=stno)
        case StationGap.CALL_LOG_NOT_ALL:
            return Finding.of("provision.verify-call-log", Severity.ERROR,
                              "Station {stno} has call log {call_log}, not ALL.",
                              "CHANGE-SBCSU:STNO={stno},OPT=OPTI,{parameter}=ALL; (guide §2.2)",
                              stno=stno, call_log=station.call_log, parameter=CALL_LOG)
        case StationGap.NO_DMCALLWD:
            return Finding.of("provision.verify-dmcallwd", Severity.ERROR,
                              "Station {stno} lacks DMCALLWD.", "CHANGE-SDAT:{stno},ATTRIBUT,DMCALLWD;", stno=stno)
    raise ValueError(f"the read-back holds no {gap!r} against a person")  # READBACK_GAPS leaves it out


# ---------------------------------------------------------------------------------------------- the steps it closes
# Which runbook step each stage (and each read-back finding) answers for.
STEP_OF_STAGE = {"zoom.user": "7.1.1-add-zoom-users", "zoom.active": "7.1.2-users-activated",
                 "psi.portal": "7.1.3.2-add-integrated-users", "assistant": "7.2.1-assistant-user-data"}
STEP_OF_NOUN = {"PERSI": "7.2-persi-email", "SBCSU": "7.2-sbcsu-voicemail-digest", "RICHT": "7.2-pmidx-route",
                "ZANDE": "7.2-zande-sbc-address", "SDAT": "7.2-sdat-dmcallwd"}
STEP_OF_FINDING = {"provision.verify-zoom-licence": "7.1.1-add-zoom-users",
                   "provision.verify-persi": "7.2-persi-email", "provision.verify-pmidx": "7.2-pmidx-route",
                   "provision.verify-digest": "7.2-sbcsu-voicemail-digest",
                   "provision.verify-call-log": "7.2-sbcsu-voicemail-digest",
                   "provision.verify-dmcallwd": "7.2-sdat-dmcallwd",
                   "provision.verify-server": "7.2-zande-sbc-address"}


StepEntry = tuple[str, str, str]  # one person's (or, with no email, the whole system's) state in a step, and why


@dataclass(frozen=True)
class Undone:
    """A wave's undo, as the steps it had closed say it: when, and what the undo itself put back (the AMOs, to what
    REG- showed before the wave, and the invitations nobody had accepted); the rest was listed for the engineer's
    hands (Zoom users who accepted, the portal's integrated users, the Assistant's user data)."""
    on: str  # the date, YYYY-MM-DD (UTC)
    amos: int
    invitations: int


def closed_steps(plan: WavePlan, states: Mapping[str, tuple[str, str]],
                 readback: Mapping[str, Sequence[Finding]], undone: Undone | None = None) -> dict[str, CheckResult]:
    """The verdict of each chapter-7 step the wave covers, from its changes' states (op id -> (state, detail))
    and the last read-back's findings per person: passed once every selected person is through it (and, for the
    OS4K steps, read back clean), warning while someone waits, failed when something was refused. A wave that
    was `undone` closes nothing: what it did is no longer in force, so each of its steps is open again and says
    so (a warning, which is not done), until a wave runs again."""
    buckets: dict[str, list[StepEntry]] = defaultdict(list)
    for change in plan.changes:
        step = _step_of_change(change)
        if step:
            state, detail = states.get(change.op_id, (OpState.PLANNED, ""))
            buckets[step].append((state, change.person or "", detail))
    invited = {c.person for c in plan.of(System.ZOOM) if c.op_id.startswith("zoom.user:")}
    buckets[STEP_OF_STAGE["zoom.user"]] += [(OpState.ALREADY, p, "") for p in plan.people if p not in invited]
    verified = {c.person: states.get(c.op_id, (OpState.PLANNED, ""))[0] for c in plan.of(System.VERIFY)}
    for step, entry in _readback_entries(readback, verified):
        buckets[step].append(entry)
    for step in (*STEP_OF_NOUN.values(), STEP_OF_STAGE["assistant"]):
        # passed once the read-back agrees for everyone, not on the PBX's answer or the engineer's word alone
        buckets[step] += [(OpState.DONE if state == OpState.DONE else OpState.WAITING, person, "")
                          for person, state in verified.items()]
    if undone is not None:
        return {step: _undone_result(undone, entries) for step, entries in buckets.items()}
    return {step: _step_result(entries) for step, entries in buckets.items()}


def _undone_result(undone: Undone, entries: Sequence[StepEntry]) -> CheckResult:
    finding = Finding.of(
        "provision.step-undone", Severity.WARNING,
        "Undone on {date}; what the wave did is not in force. AMOs that put the OS4K back as REG- showed it before "
        "the wave: {amos}; invitations nobody had accepted, withdrawn: {invitations}. The Zoom users who accepted, "
        "the portal's integrated users and the Assistant's user data are removed by hand, as the undo listed.",
        "Remove by hand what the undo listed, then plan and run a new wave for these people.",
        date=undone.on, amos=undone.amos, invitations=undone.invitations)
    people_count = len({email for _, email, _ in entries if email})
    return CheckResult("provisioning.wave", (finding,), {"people": people_count, "undone_on": undone.on})


def _step_of_change(change: Change) -> str | None:
    """The step a change answers for: an AMO by the record it writes, anything else by its stage."""
    if change.system is System.OS4K:
        noun = re.match(r"^\s*[A-Z]+-([A-Z]+)", change.data["command"], re.IGNORECASE)
        return STEP_OF_NOUN.get(noun.group(1).upper()) if noun else None
    return STEP_OF_STAGE.get(change.op_id.split(":")[0])


def _readback_entries(readback: Mapping[str, Sequence[Finding]],
                      verified: Mapping[str, str]) -> Iterator[tuple[str, StepEntry]]:
    """Each read-back finding held against the step it belongs to (an error of no step's: the Assistant's)."""
    for person, found in readback.items():
        if verified.get(person) not in (OpState.DONE, OpState.FAILED):
            continue  # read back before the Assistant's Update: what it found is not a verdict yet
        for finding in found:
            step = STEP_OF_FINDING.get(finding.code) or \
                (STEP_OF_STAGE["assistant"] if finding.severity is Severity.ERROR else None)
            if step:
                yield step, (OpState.FAILED, person, finding.message)


def _step_result(entries: Sequence[StepEntry]) -> CheckResult:
    failed = [(email, detail) for state, email, detail in entries if state == OpState.FAILED]
    open_ = sorted({email for state, email, _ in entries if state not in SETTLED_STATES and state != OpState.FAILED})
    findings = []
    if failed:
        findings.append(Finding.of(
            "provision.step-failed", Severity.ERROR, "{count} problem(s) in the wave, first: {first}",
            "See the person's row on the Provisioning page for the fix, then resume the wave.",
            count=len(failed), first=f"{failed[0][0] or 'the whole system'}: {failed[0][1]}"))
    if open_:
        findings.append(Finding.of(
            "provision.step-waiting", Severity.WARNING, "{count} of the wave's people are not through this step "
            "yet: {names}", "Do what the wave's next step says, then resume it.",
            count=len(open_), names=", ".join(open_[:5]) + (" …" if len(open_) > 5 else "")))
    people_count = len({email for _, email, _ in entries if email})
    return CheckResult("provisioning.wave", tuple(findings), {"people": people_count})


# ---------------------------------------------------------------------------------------------- undo
@dataclass(frozen=True)
class UndoPlan:
    amos: tuple[str, ...]
    # what cannot be restored, and why: worded as findings (literal wording with values) so the window can say
    # them in its language (wizard.provisioning.undo makes each a Said)
    notes: tuple[Finding, ...]


UNDO_NOTE = "provision.undo-note"
# the notes made per station, which the undo says once for all the stations of a note (wizard.provisioning.undo)
NO_EMAIL_BEFORE = ('Station {stno} had no email before the wave: CHANGE-PERSI:EMAIL,{stno},""; clears it, a form no '
                   "public AMO description confirms. Confirm it on a test station first.")
NEW_DIGEST_STAYS = ("Station {stno}: the digest password the wave set in place of the old one stays; the old one "
                    "cannot be read back from the OS4K (REG- shows ****), so a device registered with it needs the new "
                    "one.")
NO_DIGEST_BEFORE = "Station {stno} had no digest password before the wave; the one the wave gave it stays."


def undo_amos(sent: Sequence[tuple[str, str, str]]) -> UndoPlan:
    """From the wave's AMO journal (command, state, output), the AMOs that put every touched record back the way
    its REG- showed it before the change, newest change first."""
    before: dict[str, str] = {}
    undo: list[str] = []
    notes: list[Finding] = []
    for command, state, output in sent:
        parsed = parse_amo_text(command).commands
        if not parsed:
            continue
        cmd = parsed[0]
        if cmd.verb in ("REGENERATE", "DISPLAY"):
            before[_record(cmd)] = output
            continue
        if state not in ("completed", "verified", "advisory"):
            continue
        try:
            old = read_os4k_config(parse_amo_text(before.get(_record(cmd), "")))
        except WizardError:
            old = Os4kConfig()
        undo += _restore(cmd, old, notes)
    return UndoPlan(tuple(reversed(undo)), tuple(notes))


def _record(cmd: AmoCommand) -> str:
    stno = cmd.station
    if cmd.noun == "RICHT":
        return f"RICHT:{cmd.get('IDX')}"
    return f"{cmd.noun}:{stno or ''}"


def _restore(cmd: AmoCommand, old: Os4kConfig, notes: list[Finding]) -> list[str]:
    stno = cmd.station or ""
    st = old.stations.get(stno, Station(stno))
    match cmd.noun:
        case "PERSI":
            if st.email:
                return [f'CHANGE-PERSI:EMAIL,{stno},"{amo_values.email(st.email, f"old email of {stno}")}";']
            notes.append(Finding.of(UNDO_NOTE, Severity.INFO, NO_EMAIL_BEFORE, stno=stno))
            return [f'CHANGE-PERSI:EMAIL,{stno},"";']
        case "SBCSU":
            restore = [f"CHANGE-SBCSU:STNO={stno},OPT=OPTI,PMIDX={st.pmidx or '0'};"]
            if cmd.get("IPPASSW") and st.has_password:
                notes.append(Finding.of(UNDO_NOTE, Severity.INFO, NEW_DIGEST_STAYS, stno=stno))
            elif cmd.get("IPPASSW"):
                notes.append(Finding.of(UNDO_NOTE, Severity.INFO, NO_DIGEST_BEFORE, stno=stno))
            return restore
        case "SDAT":
            return [] if st.dmcallwd else [f"CHANGE-SDAT:STNO={stno},TYPE=ATTRIBUT,DATTR=DMCALLWD;"]
        case "RICHT":
            idx = cmd.get("IDX")
            if idx in old.pm_routes:
                return []
            notes.append(Finding.of(UNDO_NOTE, Severity.INFO, "DEL-RICHT:MODE=PM,IDX={idx}; removes the PM route the "
                                    "wave added, a form no public AMO description confirms. Confirm it on a test "
                                    "station first.", idx=idx))
            return [f"DEL-RICHT:MODE=PM,IDX={idx};"]
        case "ZANDE":
            if old.osmo_address:
                return [f"CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={old.osmo_address},PORT1={old.osmo_port or ''};"]
            notes.append(Finding.of(UNDO_NOTE, Severity.INFO, "The OSMO SBC address had no value before the wave; "
                                    "it is left as the wave set it."))
    return []
