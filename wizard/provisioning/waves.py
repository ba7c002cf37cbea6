"""A provisioning wave as the project keeps it: the plan stored as reviewed (superseding one that never ran), read
back and parsed once, its hash for the audit log, and what running it will change, said per system before the first
change is sent. Every other part of a wave starts from the plan stored here."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import OrderedDict, defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import TypeVar

from wizard.checks.provisioning import (
    DIGEST_PLACEHOLDER,
    SETTLED_STATES,
    Change,
    PasswordReason,
    System,
    WavePlan,
    WaveState,
    by_round,
    command_station,
)
from wizard.errors import WizardError
from wizard.said import Said
from wizard.store.project import ProjectFile

EVIDENCE_STEP = "7.1.3.2-add-integrated-users"  # the step a wave's evidence and read-backs are attached to
SETTLED = SETTLED_STATES  # never sent again; failed and waiting changes are tried again on resume
GIL_EVERY = 100  # changes read in a worker thread between two releases of the GIL (about a millisecond's work)
T = TypeVar("T")


def released(items: Iterable[T]) -> Iterator[T]:
    """`items` (a stored plan's changes, decoded as they are read), letting the GIL go every GIL_EVERY of them when
    read in a worker thread. A thread that keeps it makes each of the window's Qt callbacks wait up to the 5 ms
    switch interval to get it back: a 3 ms repaint of the people table took 100-300 ms beside one busy thread, and
    5-30 ms when the thread let go every millisecond. On the main thread (the window's loop) they come as they are."""
    if threading.current_thread() is threading.main_thread():
        yield from items
        return
    for count, item in enumerate(items, 1):
        if count % GIL_EVERY == 0:
            time.sleep(0)  # the GIL is let go; a thread waiting for it takes it now
        yield item


def stage(plan: WavePlan, system: System) -> Iterator[Change]:
    """One stage's changes in the plan's order, read as `released` reads them."""
    return released(plan.of(system))


def plan_rounds(plan: WavePlan) -> dict[int, list[Change]]:
    """The portal rounds' changes by round, in order (WavePlan.rounds, read as `released` reads them)."""
    return by_round(stage(plan, System.PSI))


def new_wave(project: ProjectFile, plan: WavePlan | str) -> str:
    """Stores the plan as reviewed (or its JSON, if already made, e.g. in a worker thread); an earlier plan that
    never ran is superseded by it."""
    for older in project.waves():
        if older.state == WaveState.PLANNED:
            project.set_wave_state(older.wave_id, WaveState.SUPERSEDED)
    wave_id = datetime.now(UTC).strftime("W%Y%m%d-%H%M%S-") + secrets.token_hex(2)
    if isinstance(plan, str):
        plan = parse_plan(plan)
    # the portal's rounds are listed from the plan at hand: SQLite's json_each on a 40 MB plan built a parse tree
    # of 160 MB, the peak of planning a 20,000-person wave (#31 item 10)
    rounds = [(c.round, position, c.op_id, c.person, c.data.get("email", ""), c.data.get("name", ""))
              for position, c in plan.positioned(System.PSI)]
    project.create_wave(wave_id, plan.to_json(), secrets.token_urlsafe(32), rounds)
    return wave_id


def load_plan(project: ProjectFile, wave_id: str) -> WavePlan:
    record = project.wave(wave_id)
    if record is None:
        known = ", ".join(w.wave_id for w in project.waves()) or "none"
        raise WizardError("the project has no wave '{wave_id}'", "use one of: {known}", wave_id=wave_id, known=known)
    return parse_plan(record.plan)


def plan_hash(project: ProjectFile, wave_id: str) -> str:
    """The SHA-256 the audit log recorded when the wave was planned: the plan the customer approved."""
    record = project.wave(wave_id)
    assert record is not None
    return plan_digest(record.plan)


_PARSED: OrderedDict[str, WavePlan] = OrderedDict()  # the plans parsed last, by their text's SHA-256
_PARSED_LOCK = threading.Lock()  # the window parses in worker threads


def parse_plan(plan_json: str) -> WavePlan:
    """The window, the runner and the evidence all read the same stored plan; a large one is parsed once (and
    first, by the window, in a worker thread). The last four are kept by their text's SHA-256, not by the text: a
    20,000-person plan is 40 MB of JSON, which the parsed plan already holds (hashing it takes a twentieth of the
    parse)."""
    key = plan_digest(plan_json)
    with _PARSED_LOCK:
        if key in _PARSED:
            _PARSED.move_to_end(key)
            return _PARSED[key]
    plan = WavePlan.from_json(plan_json)
    with _PARSED_LOCK:
        _PARSED[key] = plan
        while len(_PARSED) > 4:
            _PARSED.popitem(last=False)
    return plan


def plan_digest(plan_json: str) -> str:
    """The SHA-256 of a plan's text (as the audit log records it), hashed a megabyte at a time: a 40 MB plan is
    not copied whole into bytes for it."""
    digest = hashlib.sha256()
    for start in range(0, len(plan_json), 1 << 20):
        digest.update(plan_json[start:start + (1 << 20)].encode())
    return digest.hexdigest()


def wave_targets(project: ProjectFile) -> tuple[str, str, str]:
    """The Zoom account, the OS4K host and its system number, as the project knows them: named in every
    confirmation, so a change is never sent to a system the engineer did not mean."""
    record = project.step_records().get("2.2-system-number")
    numbers = ((record.result or {}).get("evidence", {}).get("system_numbers") or {}) if record else {}
    connections = project.connections()
    # the words standing in for a value are sentences of their own, so the window says them in its language
    return (connections.get("zoom", {}).get("account_id", "") or Said("(not set)"),
            connections.get("os4k", {}).get("host", "") or Said("(not set)"),
            ", ".join(sorted({str(v) for v in numbers.values()})) or Said("not checked yet (§2.2)"))


def change_summary(project: ProjectFile, wave_id: str, plan: WavePlan | None = None) -> list[str]:
    """What running the wave will change, per system, for the confirmation before the first change is sent.
    `plan`: the wave's, when the caller has read it already (a big plan's text is not read twice)."""
    plan = plan or load_plan(project, wave_id)
    ops = project.wave_ops(wave_id)
    invites = amos = assistant = 0
    round_numbers: set[int] = set()
    new_password: set[str] = set()  # the stations the AMOs still to send give a digest password
    for c in plan.changes:  # read one at a time: a stored plan's changes are not all held at once
        if c.op_id in ops and ops[c.op_id].state in SETTLED:
            continue
        invites += c.op_id.startswith("zoom.user:")
        amos += c.system is System.OS4K
        assistant += c.system is System.ASSISTANT
        if c.system is System.PSI:
            round_numbers.add(c.round)
        elif c.system is System.OS4K and DIGEST_PLACEHOLDER in c.data["command"]:
            new_password.add(command_station(c.data["command"]) or "")
    rounds = sorted(round_numbers)
    zoom, host, number = wave_targets(project)
    # a count of none is no work: the Zoom account is still named (the wave waits there for activations), an
    # empty stage is left out
    lines: list[str] = [
        Said("Zoom account {zoom}: {count} invitation(s); Zoom emails each person, who must accept it",
             zoom=zoom, count=invites) if invites else
        Said("Zoom account {zoom}: no invitations needed; everyone has a Zoom user", zoom=zoom)]
    if amos:
        lines.append(Said("OS4K at {host}, system number {number}: {count} AMO(s), each journaled before it is sent",
                          host=host, number=number, count=amos))
    if plan.skipped:
        lines.append(Said("left out: {count} of the people chosen, whom the last read-back found integrated "
                          "({people}); the wave changes nothing for them", count=len(plan.skipped),
                          people=first_few([key for key, _ in plan.skipped])))
    lines += password_lines(plan, new_password)
    if rounds:
        lines.append(Said("by hand in the Zoom portal: {count} round(s) of at most 50 in Integrated users > Add "
                          "users; the wave shows each list and waits for your word", count=len(rounds)))
    if assistant:
        lines.append(Said("by hand in the Assistant: import {count} user(s) and Update all; the wave never writes SIP "
                          "credentials to Zoom", count=assistant))
    return lines


def password_lines(plan: WavePlan, open_: Collection[str]) -> list[Said]:
    """Which stations the AMOs still to send (`open_`: those that set a digest password) give a new digest
    password, and why; and how many keep their own. A new password cuts off every device registered with the old
    one, so the engineer reads this before sending."""
    by_reason: dict[PasswordReason, list[str]] = defaultdict(list)
    for stno, reason in plan.new_passwords:
        if stno in open_:
            by_reason[reason].append(stno)
    lines = []
    none, not_shown, rotated = (by_reason[reason] for reason in (PasswordReason.NONE, PasswordReason.NOT_SHOWN,
                                                                 PasswordReason.ROTATED))
    if none:
        lines.append(Said("digest passwords: {count} station(s) have none, so the wave gives each one: {stations}",
                          count=len(none), stations=first_few(none)))
    if not_shown:
        lines.append(Said("digest passwords: {count} station(s) were not read with REG-, so the wave gives each a new "
                          "one, in place of any it has: {stations}; read the OS4K itself to keep the ones that exist",
                          count=len(not_shown), stations=first_few(not_shown)))
    if rotated:
        lines.append(Said("digest passwords: {count} station(s) get a new one in place of their own, as you chose: "
                          "{stations}; a device registered on one of them stops working until it is set up again "
                          "with the new password", count=len(rotated), stations=first_few(rotated)))
    given = {stno for stno, _ in plan.new_passwords}
    kept = sum(1 for c in plan.of(System.VERIFY) if c.data["stno"] not in given)
    if kept:
        lines.append(Said("digest passwords: {count} station(s) keep their own; the Assistant hands it to Zoom as it "
                          "is", count=kept))
    return lines


def first_few(items: Sequence[str], shown: int = 5) -> str:
    """A list for a sentence: the first few, and '…' for the rest."""
    return ", ".join(items[:shown]) + (" …" if len(items) > shown else "")
