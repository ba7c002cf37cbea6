"""Zoom users and OS4K subscribers, joined on the email address exactly as guide §7.2 and §8.3 require,
and the PSI "Add users" work planned in batches of at most 50 (§7.1.3.2)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from wizard.checks.amo import parse_amo_text, read_os4k_config
from wizard.checks.result import CheckResult, Finding, Severity
from wizard.checks.tables import Table, find_column, read_table, require_column
from wizard.errors import WizardError

# Rows per Zoom user import file: "The maximum number of users per CSV file is 9999." (Zoom support, "Batch importing
# and updating users", https://support.zoom.us/hc/en-us/articles/204581939, read 2026-12; now KB0068315)
ZOOM_IMPORT_LIMIT = 9999
PSI_BATCH_LIMIT = 50  # users per "Add users" round in Zoom's Phone System Integration page (guide §7.1.3.2)
# The one status a user must have to be added to the integration: "Zoom user accounts are activated" (guide §7.1.3.2).
# Zoom's user statuses are active, inactive and pending (Users spec, ListUsers' status); how the portal's export words
# them is not published, so the Status column is compared without regard to case, and any other word is named.
ACTIVE = "active"

EMAIL_ALIASES = ("Email", "E-mail", "Email Address", "E-Mail-Adresse", "Mail")
STATION_ALIASES = ("Station", "STNO", "Station number", "Extension", "Number", "Rufnummer")
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")


@dataclass(frozen=True)
class ZoomUser:
    email: str  # exactly as in the file
    first_name: str
    last_name: str
    status: str
    line: int


@dataclass(frozen=True)
class Subscriber:
    stno: str
    email: str  # exactly as on the OS4K
    where: str  # "line 12" of the CSV, or "AMO line 40"


@dataclass(frozen=True)
class ZoomList:
    users: tuple[ZoomUser, ...]
    table: Table
    status_column: str | None = None  # the header the users' status was read from; None: the file shows none


def read_zoom_users(data: bytes, source: str) -> ZoomList:
    table = read_table(data, source)
    email = require_column(table, "Email", EMAIL_ALIASES)
    first = find_column(table, "First Name", "Vorname")
    last = find_column(table, "Last Name", "Nachname")
    status = find_column(table, "Status", "User Status")
    users = tuple(
        ZoomUser(row.get(email, ""), row.get(first, "") if first else "", row.get(last, "") if last else "",
                 row.get(status, "") if status else "", line)
        for line, row in table.rows
    )
    return ZoomList(users, table, status)


def read_subscribers(data: bytes, source: str) -> list[Subscriber]:
    """OS4K subscribers with their PERSI email: from AMO text (REG-PERSI / REG-SBCSU) or a CSV of station
    number and email."""
    text_head = data[:4096].decode("utf-8", errors="replace")
    if re.search(r"^\s*[A-Z]{2,10}-[A-Z]{2,10}\s*:", text_head, re.MULTILINE | re.IGNORECASE):
        config = read_os4k_config(parse_amo_text(data.decode("utf-8", errors="replace")))
        return [Subscriber(st.stno, st.email, f"AMO line {st.line}") for st in config.stations.values() if st.email]
    table = read_table(data, source)
    station = require_column(table, "Station", STATION_ALIASES)
    email = require_column(table, "Email", EMAIL_ALIASES)
    return [Subscriber(row[station].strip(), row.get(email, ""), f"line {line}") for line, row in table.rows]


def _key(email: str) -> str:
    return email.strip().lower()


# What `check users` finds that says a line of a Zoom export is no person at all (a damaged or foreign line): such
# a file is refused as a source of people, where a person's own problem (spaces, a duplicate) is shown on their row.
NOT_A_PERSON = frozenset({"users.invalid-email"})


# A person ready for Zoom's Add users: the join key (the email as compared), the Zoom user and the subscriber.
Ready = tuple[str, ZoomUser, Subscriber]


def reconcile(zoom: ZoomList, subscribers: list[Subscriber] | None,
              batch_size: int = PSI_BATCH_LIMIT) -> CheckResult:
    if not 1 <= batch_size <= PSI_BATCH_LIMIT:
        raise WizardError("batch size {batch_size} is not allowed",
                          "Zoom adds at most {limit} users at a time (guide §7.1.3.2)", batch_size=batch_size,
                          limit=PSI_BATCH_LIMIT)
    findings: list[Finding] = []
    src = zoom.table.source
    if len(zoom.users) > ZOOM_IMPORT_LIMIT:
        findings.append(Finding.of(
            "users.zoom-file-too-long", Severity.WARNING,
            "{src} has {count} users; a Zoom import file takes at most {limit}.",
            "Split the list into files of at most {limit} rows.",
            src=src, count=len(zoom.users), limit=ZOOM_IMPORT_LIMIT))
    zoom_by_key, unusable = _zoom_users_by_email(zoom.users, src)
    findings += [*unusable, *_zoom_duplicates(zoom_by_key, src)]

    evidence: dict[str, object] = {"zoom_users": len(zoom.users), "zoom_encoding": zoom.table.encoding}
    if subscribers is not None:
        subs_by_key, unusable = _subscribers_by_email(subscribers)
        findings += [*unusable, *_subscriber_duplicates(subs_by_key)]
        unpaired, ready = _join(zoom_by_key, subs_by_key)
        findings += unpaired
        evidence["subscribers"] = len(subscribers)
    else:  # without the OS4K's side, every Zoom user with a clean, single address is ready
        ready = [(key, users[0], Subscriber("", users[0].email, "")) for key, users in zoom_by_key.items()
                 if len(users) == 1 and users[0].email == users[0].email.strip()]
    not_active, status_findings = _not_activated(zoom, [user for _, user, _ in ready])
    findings += status_findings
    ready = [item for item in ready if item[1].line not in not_active]

    ready.sort(key=lambda item: item[0])
    emails = [user.email for _, user, _ in ready]
    batches = [emails[i:i + batch_size] for i in range(0, len(emails), batch_size)]
    evidence.update({
        "ready": len(ready),
        "batch_size": batch_size,
        "batches": batches,
        "pairs": [{"email": u.email, "station": s.stno} for _, u, s in ready] if subscribers is not None else [],
    })
    return CheckResult("users.reconcile", tuple(findings), evidence)


def _not_activated(zoom: ZoomList, candidates: list[ZoomUser]) -> tuple[set[int], list[Finding]]:
    """The lines of the users otherwise ready who cannot be added yet, each named with why: only activated users can
    be added to the integration (guide §7.1.3.2). A file without a Status column cannot tell, and says so."""
    src = zoom.table.source
    if zoom.status_column is None:
        return set(), [Finding.of(
            "users.status-not-shown", Severity.WARNING,
            "{src} has no Status column, so whether each user has activated the Zoom account cannot be told.",
            "Export the users with their status (Zoom web portal > User Management > Users > Export), or check that "
            "everyone in the batches is on the Users tab, not Pending: only activated users can be added (guide "
            "§7.1.3.2).", src=src)]
    waiting = [user for user in candidates if user.status.strip().lower() != ACTIVE]
    return {user.line for user in waiting}, [_not_activated_finding(user, src) for user in waiting]


def _not_activated_finding(user: ZoomUser, src: str) -> Finding:
    status = user.status.strip()
    if status.lower() == "pending":
        return Finding.of(
            "users.pending", Severity.WARNING,
            "{src} line {line}: {email} has not activated the Zoom account yet (Pending), so it is in no batch.",
            "Ask the person to open the invitation from no-reply@zoom.us (guide §7.1.2), export again once the "
            "account is active, and add the user then.", src=src, line=user.line, email=user.email.strip())
    if not status:
        return Finding.of(
            "users.no-status", Severity.WARNING,
            "{src} line {line}: {email} shows no status, so it is in no batch: only activated users can be added "
            "to the integration (guide §7.1.3.2).",
            "Check the user in Zoom (User Management > Users) and export again.",
            src=src, line=user.line, email=user.email.strip())
    return Finding.of(
        "users.not-active", Severity.WARNING,
        "{src} line {line}: {email} is {status}, so it is in no batch: only activated users can be added to the "
        "integration (guide §7.1.3.2).",
        "Reactivate the user in Zoom (User Management > Users) or leave the person out, then export again.",
        src=src, line=user.line, email=user.email.strip(), status=f"{status!r}")


def _zoom_users_by_email(users: tuple[ZoomUser, ...],
                         src: str) -> tuple[dict[str, list[ZoomUser]], list[Finding]]:
    """Zoom users under their join key, and what is wrong with their addresses: one that is no address is left out,
    one with spaces around it is kept (its duplicates still count)."""
    by_key: dict[str, list[ZoomUser]] = defaultdict(list)
    findings: list[Finding] = []
    for user in users:
        if not _EMAIL.match(user.email.strip()):
            findings.append(Finding.of(
                "users.invalid-email", Severity.ERROR,
                "{src} line {line}: {email} is not a valid email address.",
                "Correct the address in Zoom (User Management > Users) and export again.",
                src=src, line=user.line, email=f"{user.email!r}"))
            continue
        if user.email != user.email.strip():
            findings.append(Finding.of(
                "users.email-spaces", Severity.ERROR,
                "{src} line {line}: {email} has spaces around it and will not match.",
                "Remove the spaces in the source and export again.",
                src=src, line=user.line, email=f"{user.email!r}"))
        by_key[_key(user.email)].append(user)
    return by_key, findings


def _zoom_duplicates(zoom_by_key: dict[str, list[ZoomUser]], src: str) -> list[Finding]:
    findings: list[Finding] = []
    for users in zoom_by_key.values():
        if len(users) > 1:
            lines = ", ".join(str(u.line) for u in users)
            same_case = len({u.email for u in users}) == 1
            findings.append(Finding.of(
                "users.zoom-duplicate" if same_case else "users.zoom-case-duplicate", Severity.ERROR,
                "{src}: {email} appears on lines {lines}." if same_case else
                "{src}: {email} appears with different capitals on lines {lines}.",
                "Keep one Zoom user per person; the email is the join key.",
                src=src, email=users[0].email.strip(), lines=lines))
    return findings


def _subscribers_by_email(subscribers: list[Subscriber]) -> tuple[dict[str, list[Subscriber]], list[Finding]]:
    """OS4K subscribers under their join key, and those left out because their PERSI email is no address."""
    by_key: dict[str, list[Subscriber]] = defaultdict(list)
    findings: list[Finding] = []
    for sub in subscribers:
        if not _EMAIL.match(sub.email.strip()):
            findings.append(Finding.of(
                "users.subscriber-invalid-email", Severity.ERROR,
                "Subscriber {stno} ({where}): {email} is not a valid email address.",
                'CHANGE-PERSI:EMAIL,{stno},"<correct email>";',
                stno=sub.stno, where=sub.where, email=f"{sub.email!r}"))
            continue
        by_key[_key(sub.email)].append(sub)
    return by_key, findings


def _subscriber_duplicates(subs_by_key: dict[str, list[Subscriber]]) -> list[Finding]:
    findings: list[Finding] = []
    for subs in subs_by_key.values():
        if len(subs) > 1:
            stations = ", ".join(s.stno for s in subs)
            findings.append(Finding.of(
                "users.subscriber-duplicate-email", Severity.ERROR,
                "Subscribers {stations} share the email {email}.",
                "Give each subscriber the email of its own Zoom user (AMO PERSI).",
                stations=stations, email=subs[0].email.strip()))
    return findings


def _join(zoom_by_key: dict[str, list[ZoomUser]],
          subs_by_key: dict[str, list[Subscriber]]) -> tuple[list[Finding], list[Ready]]:
    """Zoom users and subscribers paired on the email, in the order of the key: the findings (who is on one side
    only, pairs whose addresses differ in capitals or spaces: the join is exact, guide §7.2 and §8.3) and the pairs
    ready for Add users. Duplicates were reported already and are never ready."""
    findings: list[Finding] = []
    ready: list[Ready] = []
    for key in sorted(zoom_by_key.keys() | subs_by_key.keys()):
        users, subs = zoom_by_key.get(key, []), subs_by_key.get(key, [])
        if users and not subs:
            findings.append(Finding.of(
                "users.zoom-without-subscriber", Severity.WARNING,
                "Zoom user {email} has no OS4K subscriber with that email.",
                'Set the email on the user\'s subscriber: CHANGE-PERSI:EMAIL,<STNO>,"{email}";',
                email=users[0].email.strip()))
        elif subs and not users:
            findings.append(Finding.of(
                "users.subscriber-without-zoom", Severity.WARNING,
                "Subscriber {stno} ({email}) has no Zoom user.",
                "Add the user in Zoom (User Management > Users > Add Users), guide §7.1.1.",
                stno=subs[0].stno, email=subs[0].email.strip()))
        elif len(users) == 1 and len(subs) == 1:
            user, sub = users[0], subs[0]
            if user.email != sub.email:
                findings.append(Finding.of(
                    "users.email-differs", Severity.ERROR,
                    "Zoom has {zoom_email} but subscriber {stno} has {persi_email}: they differ in capitals or "
                    "spaces and will not join.",
                    'CHANGE-PERSI:EMAIL,{stno},"{email}"; (or correct Zoom)',
                    zoom_email=f"{user.email!r}", stno=sub.stno, persi_email=f"{sub.email!r}",
                    email=user.email.strip()))
            elif user.email == user.email.strip():
                ready.append((key, user, sub))
    return findings, ready
