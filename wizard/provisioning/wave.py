"""Running a provisioning wave as guide chapter 7 runs it: invite the Zoom users and send the subscribers' AMOs
side by side, wait for the activations, then — with the engineer's word for what only hands can do — check each
portal round of the Mitel integration, take the Assistant's Update all as done, and read everything back.

Every change is written to the project before it is sent and marked when it is answered, so a wave killed at any
moment resumes without doing anything twice: a change found 'sent' is looked up on the live system before it is
sent again. The wave never writes SIP credentials: CloudLink does, from the OS4K, once the Assistant updates."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import hashlib
import json
import secrets
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from wizard.checks import amo_values
from wizard.checks.comparison import check_comparison_report
from wizard.checks.provisioning import (
    BY_HAND,
    DIGEST_PLACEHOLDER,
    SETTLED_STATES,
    SYSTEM_TITLES,
    Change,
    OpState,
    PasswordReason,
    Readback,
    System,
    WavePlan,
    WaveState,
    assistant_csv,
    closed_steps,
    command_station,
    digest_password,
    undo_amos,
    verify_person,
)
from wizard.checks.result import Finding
from wizard.connectors.http import ApiError
from wizard.connectors.os4k import AmoResult, AmoSession, AmoTransport, interpret
from wizard.connectors.zoom import Created, InvitationExpired, ZoomClient
from wizard.errors import WizardError
from wizard.provisioning.sources import read_os4k_live
from wizard.report.content import Provisioned
from wizard.runbook.engine import EVIDENCE_REF
from wizard.said import Said
from wizard.store.project import ProjectFile, WaveOpEntry, WaveRecord

EVIDENCE_STEP = "7.1.3.2-add-integrated-users"
COMPARISON_STEP = "8.2-user-comparison-report"
SETTLED = SETTLED_STATES  # never sent again; failed and waiting changes are tried again on resume
NOT_ACTIVE = ("{email} has not activated the Zoom account yet (§7.1.2): ask the person to open the invitation from "
              "no-reply@zoom.us (and the junk folder), then resume")
ASSISTANT_TODO = ("ready for the Assistant: import the wave's file (Zoom PSI > Data Operation > Import CSV), then Data "
                  "operations > User data > Update all, and confirm here")


def round_op(number: int) -> str:
    return f"psi.round:{number}"


# The Assistant import file saved for a person of the wave (one op per person, so the journal and its audit say
# whose file was written); and the engineer's note when the people were imported another way.
FILE_SAVED = "assistant.file:"
ANOTHER_WAY = "assistant.another-way"


@dataclass
class SystemProgress:
    total: int
    done: int = 0
    failed: int = 0
    waiting: int = 0
    carried: int = 0  # settled by an earlier run of the wave: not part of this run's rate
    started: float | None = None
    finished_at: float | None = None

    @property
    def settled(self) -> int:
        return self.done + self.failed + self.waiting

    def rate(self) -> float:
        """Changes per second in this run, from its first change of this system (a handful is no rate yet)."""
        if self.started is None or self.settled - self.carried < 5:
            return 0.0
        return (self.settled - self.carried) / max((self.finished_at or time.monotonic()) - self.started, 1e-3)

    def time_left(self) -> float | None:
        rate = self.rate()
        return (self.total - self.settled) / rate if rate else None

    def mark(self, state: str, *, carried: bool = False, was: str | None = None) -> None:
        """`was`: the state this change had earlier in the run (a waiting change that is now done)."""
        if was is not None:
            self._count(was, -1)
        elif carried:
            self.carried += 1
        elif self.started is None:
            self.started = time.monotonic()
        self._count(state, 1)
        if self.settled >= self.total and self.started is not None:
            self.finished_at = time.monotonic()

    def _count(self, state: str, by: int) -> None:
        if state in SETTLED:
            self.done += by
        elif state == OpState.WAITING:
            self.waiting += by
        else:
            self.failed += by


@dataclass(frozen=True)
class WaveOutcome:
    wave_id: str
    state: WaveState  # done, or waiting (for people, for the engineer's hands, or for CloudLink)
    ops: dict[str, tuple[str, str]]  # op id -> (state, detail)
    progress: dict[System, SystemProgress] = field(default_factory=dict)
    next_steps: tuple[Said, ...] = ()

    def failures(self) -> list[tuple[str, str]]:
        return [(op, detail) for op, (state, detail) in self.ops.items() if state == OpState.FAILED]


def new_wave(project: ProjectFile, plan: WavePlan, plan_json: str | None = None) -> str:
    """Stores the plan as reviewed (`plan_json`: its JSON, if already made, e.g. in a worker thread); an earlier
    plan that never ran is superseded by it."""
    for older in project.waves():
        if older.state == WaveState.PLANNED:
            project.set_wave_state(older.wave_id, WaveState.SUPERSEDED)
    wave_id = datetime.now(UTC).strftime("W%Y%m%d-%H%M%S-") + secrets.token_hex(2)
    project.create_wave(wave_id, plan_json or plan.to_json(), secrets.token_urlsafe(32))
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
    return hashlib.sha256(record.plan.encode()).hexdigest()


@functools.lru_cache(maxsize=4)
def parse_plan(plan_json: str) -> WavePlan:
    """The window, the runner and the evidence all read the same stored plan; a large one is parsed once (and
    first, by the window, in a worker thread)."""
    return WavePlan.from_json(plan_json)


async def _together(*work: Awaitable[None]) -> None:
    """All at once; if one fails, the others are cancelled (and waited for) before the error goes up."""
    tasks = [asyncio.ensure_future(w) for w in work]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            if task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def needs(plan: WavePlan, ops: dict[str, WaveOpEntry]) -> set[System]:
    """The live systems the wave's unsettled changes still need (the by-hand stages need none)."""
    systems = {c.system for c in plan.changes if c.system not in BY_HAND and
               (ops.get(c.op_id) is None or ops[c.op_id].state not in SETTLED)}
    if System.VERIFY in systems:
        systems |= {System.ZOOM, System.OS4K}  # the read-back reads both
    return systems


class WaveRunner:
    def __init__(self, project: ProjectFile, wave_id: str, *, zoom: ZoomClient | None,
                 amo: AmoTransport | None, concurrency: int = 8, activation_wait: float = 0.0,
                 poll_interval: float = 2.0,
                 on_progress: Callable[[dict[System, SystemProgress]], None] | None = None,
                 on_change: Callable[[Change, OpState, str], None] | None = None) -> None:
        self.project = project
        self.wave_id = wave_id
        self.plan = load_plan(project, wave_id)
        record = project.wave(wave_id)
        assert record is not None
        self._key = record.secret_key
        self.zoom = zoom
        self.amo = amo
        self.concurrency = concurrency
        self.activation_wait = activation_wait
        self.poll_interval = poll_interval
        self.on_progress = on_progress
        self.on_change = on_change
        self._go = asyncio.Event()
        self._go.set()
        self.progress = {system: SystemProgress(len(self.plan.of(system))) for system in System}
        self._journal = project.wave_ops(wave_id)
        # this run's word on each change; a state read from the project stays its text (OpState's values)
        self._states: dict[str, str] = {}
        self.stage = ""  # what the run is doing now, for the status bar

    # ------------------------------------------------------------------ control
    def pause(self) -> None:
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    @property
    def paused(self) -> bool:
        return not self._go.is_set()

    def state_of(self, change: Change) -> str:
        if change.op_id in self._states:
            return self._states[change.op_id]
        entry = self._journal.get(change.op_id)
        return entry.state if entry is not None else OpState.PLANNED

    def _settled(self, change: Change) -> bool:
        return self.state_of(change) in SETTLED

    def _settle(self, change: Change, state: OpState, detail: str = "") -> None:
        self._settle_many([(change, state, detail)])

    def _settle_many(self, outcomes: list[tuple[Change, OpState, str]]) -> None:
        to_write: list[tuple[str, str, str]] = []
        for change, state, detail in outcomes:
            before = self._states.get(change.op_id)
            entry = self._journal.get(change.op_id)
            if state == OpState.WAITING and before is None and entry is not None and (entry.state, entry.detail) == \
                    (state, detail):
                self.progress[change.system].mark(state, carried=True)  # a resumed wave still waiting: nothing new
            else:
                to_write.append((change.op_id, state, detail))
                self.progress[change.system].mark(state, was=before)
            self._states[change.op_id] = state
        if to_write:
            self.project.commit_later(self.project.wave_ops_done, self.wave_id, to_write)
        if self.on_change:
            for change, state, detail in outcomes:
                self.on_change(change, state, detail)
        if self.on_progress:
            self.on_progress(self.progress)

    def _needs(self) -> None:
        wanted = needs(self.plan, self._journal)
        if wanted & {System.ZOOM, System.VERIFY} and self.zoom is None:
            raise WizardError("the wave still has Zoom work but no Zoom connection",
                              "set up and test the Zoom connection on the Site page")
        if wanted & {System.OS4K, System.VERIFY} and self.amo is None:
            raise WizardError("the wave still has OS4K work but no OS4K connection",
                              "set up the OS4K connection on the Site page (AMOs can also be sent by paste in the AMO "
                              "panel, but the read-back needs the session)")

    # ------------------------------------------------------------------ the run
    async def run(self) -> WaveOutcome:
        await self.project.commit(self.project.set_wave_state, self.wave_id, WaveState.RUNNING)
        try:
            for change in self.plan.changes:
                if self._settled(change):
                    self._states[change.op_id] = self._journal[change.op_id].state
                    self.progress[change.system].mark(self._states[change.op_id], carried=True)
            await asyncio.sleep(0)  # a resumed wave of thousands of changes: the window gets a turn
            self._needs()
            # Zoom's invitations and the OS4K's AMOs wait on each other for nothing: side by side, so the slower
            # of the two, not their sum, sets the length of the wave.
            await _together(self._zoom_users(), self._amos())
            await self._portal_rounds()
            await asyncio.sleep(0)  # between stages that mark a thousand people each, the window gets a turn
            self._assistant()
            await asyncio.sleep(0)
            await self._verify()
        except BaseException:
            await self.project.commit(self.project.set_wave_state, self.wave_id, WaveState.PAUSED)
            raise
        self.stage = ""
        await self.project.written()  # every outcome marked on the way is on disk before the wave is judged
        entries = self.project.wave_ops(self.wave_id)
        ops = {op: (entry.state, entry.detail) for op, entry in entries.items()}
        planned = {c.op_id for c in self.plan.changes}
        state = WaveState.DONE if all(ops.get(op, (OpState.PLANNED, ""))[0] in SETTLED | {OpState.FAILED}
                                      for op in planned) else WaveState.WAITING
        await self.project.commit(self.project.set_wave_state, self.wave_id, state)
        record = self.project.wave(self.wave_id)
        assert record is not None
        evidence = await asyncio.to_thread(evidence_of, record, self.plan, entries)  # thousands of rows: off the loop
        await self.project.commit(self.project.attach, EVIDENCE_STEP, f"wave-{self.wave_id}.json", evidence,
                                  replace=True)
        await close_steps(self.project, self.wave_id)
        steps = await asyncio.to_thread(next_steps, self.plan, entries)
        return WaveOutcome(self.wave_id, state, ops, self.progress, tuple(steps))

    async def _each(self, changes: list[Change], work: Callable[[Change], Awaitable[None]]) -> None:
        """Runs `work` for every change not settled yet, `concurrency` at a time; pacing is the client's."""
        gate = asyncio.Semaphore(self.concurrency)

        async def one(change: Change) -> None:
            async with gate:
                await self._go.wait()
                await work(change)

        tasks = [asyncio.ensure_future(one(c)) for c in changes if not self._settled(c)]
        try:
            await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    # ------------------------------------------------------------------ stage 1: Zoom users (§7.1.1, §7.1.2)
    async def _zoom_users(self) -> None:
        invites = [c for c in self.plan.of(System.ZOOM) if c.op_id.startswith("zoom.user:")]
        activations = [c for c in self.plan.of(System.ZOOM) if c.op_id.startswith("zoom.active:")]
        if not any(not self._settled(c) for c in invites + activations):
            return
        zoom = self.zoom
        assert zoom is not None
        self.stage = "inviting Zoom users"
        await self._each(invites, functools.partial(self._invite, zoom))
        self.stage = "waiting for Zoom activations"
        await self._activations(zoom, activations, {c.person for c in invites if self.state_of(c) == OpState.FAILED})

    async def _invite(self, zoom: ZoomClient, change: Change) -> None:
        """One invitation (§7.1.1). One found 'sent' may have reached Zoom before the answer was lost: looked up
        first, so nobody is invited twice."""
        email = change.data["email"]
        previous = self._journal.get(change.op_id)
        try:
            if previous is not None and previous.state == OpState.SENT and await zoom.find_user(email) is not None:
                self._settle(change, OpState.DONE, Said("invited before the answer was lost"))
                return
            await self.project.commit(self.project.wave_op_sending, self.wave_id, change.op_id)
            created = await zoom.create_user(email, change.data["first_name"], change.data["last_name"])
            if created is Created.CREATED:
                self._settle(change, OpState.DONE, Said("invited; the person activates the account (§7.1.2)"))
            elif await zoom.find_user(email) is not None:
                self._settle(change, OpState.ALREADY, Said("the user was already in the account"))
            else:
                self._settle(change, OpState.FAILED, Said("{email} belongs to another Zoom account: ask the person "
                                                          "to accept the transfer invitation, or use another email",
                                                          email=email))
        except InvitationExpired:  # the user exists, pending for good: a finding on the person's row
            self._settle(change, OpState.FAILED, Said("{email} never accepted Zoom's invitation and it has expired: "
                                                      "remove the pending user in the Zoom portal (User Management > "
                                                      "Users > Pending) or let the wave's undo do it, then invite "
                                                      "the person again", email=email))
        except ApiError as exc:
            if exc.account_wide:
                raise  # the wave stops, resumably
            self._settle(change, OpState.FAILED, Said.of_error(exc))

    async def _activations(self, zoom: ZoomClient, activations: list[Change], failed_invite: set[str]) -> None:
        """The people whose Zoom account is active (§7.1.2), looked for again until `activation_wait` is over; the
        others wait, for the person or for their invitation's problem to be fixed."""
        give_up = time.monotonic() + self.activation_wait
        while True:
            left = [c for c in activations if not self._settled(c)]
            if not left:
                return
            await self._go.wait()
            active = {str(u.get("email", "")).lower() for u in await zoom.list_users("active")}
            self._settle_many([(c, OpState.DONE, Said("active")) for c in left if c.person in active])
            left = [c for c in left if not self._settled(c)]
            if not left or time.monotonic() >= give_up:
                break
            await asyncio.sleep(self.poll_interval)
        self._settle_many([(c, OpState.WAITING, Said("not invited: see the invitation's problem")
                            if c.person in failed_invite else Said(NOT_ACTIVE, email=c.data["email"])) for c in left])

    # ------------------------------------------------------------------ stage 2: the portal rounds (§7.1.3.2)
    async def _portal_rounds(self) -> None:
        """A round confirmed by the engineer is read back person by person (ListSIPPhonePhones with search_key);
        a round not confirmed yet waits for the engineer's hands."""
        active = {c.person for c in self.plan.of(System.ZOOM)
                  if c.op_id.startswith("zoom.active:") and self._settled(c)}
        for number, members in self.plan.rounds().items():
            todo = [c for c in members if not self._settled(c)]
            if not todo:
                continue
            confirmed = self._journal.get(round_op(number))
            if confirmed is None or confirmed.state != OpState.DONE:
                self._settle_many([(c, OpState.WAITING, Said("round {number}: tick in the portal's Add users, then "
                                                             "confirm the round", number=number) if c.person in active
                                    else Said("round {number}, once the Zoom user is active", number=number))
                                   for c in todo])
                continue
            self.stage = f"checking portal round {number}"

            async def check(change: Change, number: int = number) -> None:
                zoom = self.zoom
                assert zoom is not None
                if change.person not in active:
                    self._settle(change, OpState.WAITING, Said("round {number}: the Zoom user is not active yet, "
                                                               "so it could not be added; tick it once active and "
                                                               "confirm the round again", number=number))
                    return
                if await zoom.find_sip_phone(change.data["email"]) is not None:
                    self._settle(change, OpState.DONE, Said("in the Integrated users list (round {number})",
                                                            number=number))
                else:
                    self._settle(change, OpState.FAILED, Said("not in the Integrated users list after round "
                                                              "{number}: tick {email} in Add users (the email must "
                                                              "be the Zoom user's), then confirm the round again",
                                                              number=number, email=change.data["email"]))

            await self._each(todo, check)

    # ------------------------------------------------------------------ stage 3: the AMOs (§7.2)
    async def _amos(self) -> None:
        """Sends the AMOs through the AMO journal, which resumes on its own."""
        changes = self.plan.of(System.OS4K)
        if not changes or all(self._settled(c) for c in changes):
            return
        assert self.amo is not None
        commands = [self._with_password(c.data["command"]) for c in changes]
        seen = {c.op_id for c in changes if self._settled(c)}

        def record(position: int, result: AmoResult) -> None:
            change = changes[position]
            if change.op_id not in seen:
                self._settle(change, OpState.FAILED if result.status == "error" else OpState.DONE,
                             "; ".join(result.messages))

        await AmoSession(self.project, self.amo, on_result=record).run_batch(self.amo_batch_id, commands)

    @property
    def amo_batch_id(self) -> str:
        return f"{self.wave_id}:amo"

    def _with_password(self, command: str) -> str:
        if DIGEST_PLACEHOLDER not in command:
            return command
        password = amo_values.digest_password(digest_password(self._key, command_station(command) or ""))
        return command.replace(DIGEST_PLACEHOLDER, password)

    # ------------------------------------------------------------------ stage 4: the Assistant (§7.2.1)
    def _assistant(self) -> None:
        states = {c.op_id: self.state_of(c) for c in self.plan.changes}
        ready = {c.op_id for c in assistant_ready(self.plan, states)}
        self._settle_many([(c, OpState.WAITING, Said(ASSISTANT_TODO) if c.op_id in ready
                            else _assistant_blocker(self.plan, states, c.person))
                           for c in self.plan.of(System.ASSISTANT) if not self._settled(c)])

    # ------------------------------------------------------------------ stage 5: read back (§7.2.1, §8.2)
    async def _verify(self) -> None:
        todo: list[Change] = []
        later: list[Change] = []
        for change in self.plan.of(System.VERIFY):
            if self._settled(change):
                continue
            assistant = self.plan.by_person[(change.person, System.ASSISTANT)][0]
            (todo if self._settled(assistant) else later).append(change)
        self._settle_many([(c, OpState.WAITING, Said("after the Assistant's Update (§7.2.1)")) for c in later])
        if not todo:
            return
        assert self.zoom is not None and self.amo is not None
        self.stage = "reading back Zoom and the OS4K"
        readback = await read_back(self.project, self.wave_id, todo, self.zoom, self.amo)
        self._settle_many([(c, readback[c.person].state, _readback_detail(readback[c.person].findings, c))
                           for c in todo])


async def read_back(project: ProjectFile, wave_id: str, changes: list[Change], zoom: ZoomClient,
                    amo: AmoTransport) -> dict[str, Readback]:
    """Reads Zoom (users of every status, the SIP phones) and the OS4K (REG-) once, judges each person, and keeps
    what was found as evidence: the read-back the report cites."""
    statuses: dict[str, str] = {}
    for status in ("inactive", "pending", "active"):  # the last word wins: active
        statuses |= {str(u.get("email", "")).lower(): status for u in await zoom.list_users(status)}
    phones = {str(p.get("user_email", "")).lower(): p for p in await zoom.list_sip_phones()}
    config = (await read_os4k_live(amo)).config
    comparison = _comparison_findings(project)
    options = load_plan(project, wave_id).options
    previous = _latest_readback(project, wave_id)

    def judge() -> tuple[dict[str, Readback], bytes | None]:
        """Pure, for thousands of people: in a worker thread, with the evidence it leaves."""
        found = {}
        for change in changes:
            email, stno = change.data["email"], change.data["stno"]
            result = verify_person(email, stno, options, zoom_status=statuses.get(email.lower()),
                                   phone=phones.get(email.lower()), station=config.stations.get(stno),
                                   pm_routes=config.pm_routes, comparison=comparison.get(email.lower(), ()))
            found[change.person] = result
        people = {**previous, **{person: {"state": r.state, "findings": [f.to_json() for f in r.findings]}
                                 for person, r in found.items()}}
        if people == previous:
            return found, None  # the same as last time: no second copy in the report
        return found, json.dumps({"wave": wave_id, "read_at": datetime.now(UTC).isoformat(timespec="seconds"),
                                  "stations_read": len(config.stations), "people": people}, indent=1).encode()

    found, evidence = await asyncio.to_thread(judge)
    if evidence is not None:
        await project.commit(project.attach, EVIDENCE_STEP, f"verify-{wave_id}.json", evidence, replace=True)
    return found


def _comparison_findings(project: ProjectFile) -> dict[str, list[Finding]]:
    """The latest User Comparison Report attached to §8.2, as findings per email (guide §8.3)."""
    refs = project.evidence(COMPARISON_STEP)
    value = project.step_inputs(COMPARISON_STEP).get("report", "")
    data = project.evidence_data(int(value.removeprefix(EVIDENCE_REF))) if value.startswith(EVIDENCE_REF) else \
        project.evidence_data(refs[-1].id) if refs else None
    if data is None:
        return {}
    try:
        result = check_comparison_report(data, "User Comparison Report")
    except WizardError:
        return {}  # said on the §8.2 step itself
    by_email: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        if finding.subject and finding.severity.value != "info":
            by_email[finding.subject.split(" ")[0].lower()].append(finding)
    return by_email


def _latest_readback(project: ProjectFile, wave_id: str) -> dict[str, dict[str, Any]]:
    """What the wave's last read-back found, per person (the latest evidence file of it)."""
    name = f"verify-{wave_id}.json"
    ref = next((r for r in reversed(project.evidence(EVIDENCE_STEP)) if r.name == name), None)
    if ref is None:
        return {}
    people = json.loads(project.evidence_data(ref.id)).get("people")
    return people if isinstance(people, dict) else {}


def readback_findings(project: ProjectFile, wave_id: str) -> dict[str, list[Finding]]:
    return {person: [Finding.from_json(f) for f in entry.get("findings", [])]
            for person, entry in _latest_readback(project, wave_id).items()}


async def verify_wave(project: ProjectFile, wave_id: str, zoom: ZoomClient, amo: AmoTransport) -> dict[str, str]:
    """Reads every person of the wave back again, whatever stage they are at, without changing anything; the
    verify stage of those through the Assistant follows what was found. Returns person -> state."""
    plan = load_plan(project, wave_id)
    ops = project.wave_ops(wave_id)
    changes = plan.of(System.VERIFY)
    found = await read_back(project, wave_id, changes, zoom, amo)
    assistant_done = {op for op, entry in ops.items() if op.startswith("assistant:") and entry.state in SETTLED}
    through = [c for c in changes if f"assistant:{c.person}" in assistant_done]
    await project.commit(project.wave_ops_done, wave_id, [(c.op_id, found[c.person].state, "; ".join(
        f.message for f in found[c.person].findings) or f"verified: station {c.data['stno']}") for c in through])
    await close_steps(project, wave_id)
    return {person: r.state for person, r in found.items()}


# ---------------------------------------------------------------------------------------------- what the engineer does
@dataclass(frozen=True)
class PortalRound:
    number: int
    to_tick: tuple[tuple[str, str], ...]  # (email, name) to tick in Add users now
    not_active: tuple[str, ...]  # members whose Zoom user is not active yet
    added: int  # members already found in the Integrated users list
    total: int
    confirmed: bool


def portal_rounds(project: ProjectFile, wave_id: str) -> list[PortalRound]:
    """Each round of the wave as the engineer works it in the portal: who to tick now, who cannot be ticked yet."""
    return rounds_of(load_plan(project, wave_id), project.wave_ops(wave_id))


def rounds_of(plan: WavePlan, ops: dict[str, WaveOpEntry]) -> list[PortalRound]:
    def state(op: str) -> str:
        return ops[op].state if op in ops else OpState.PLANNED

    rounds = []
    for number, members in plan.rounds().items():
        active = {c.op_id for c in members if state(f"zoom.active:{c.person}") in SETTLED}
        open_ = [c for c in members if c.op_id in active and state(c.op_id) not in SETTLED]
        rounds.append(PortalRound(number, tuple((c.data["email"], c.data["name"]) for c in open_),
                                  tuple(c.data["email"] for c in members
                                        if c.op_id not in active and state(c.op_id) not in SETTLED),
                                  sum(1 for c in members if state(c.op_id) in SETTLED), len(members),
                                  state(round_op(number)) == OpState.DONE))
    return rounds


@dataclass(frozen=True)
class WaveView:
    """Everything the window shows of a wave, made in one pass (in a worker thread for a big wave)."""
    rounds: list[PortalRound]
    assistant_ready: int
    people: list[dict[str, str]]
    states: dict[str, str]  # op id -> state
    details: dict[str, str]  # op id -> what was answered or what it waits for
    assistant_file_saved: bool  # everyone ready for the Assistant is in an import file saved for this wave


def wave_view(plan: WavePlan, ops: dict[str, WaveOpEntry]) -> WaveView:
    states = {op: entry.state for op, entry in ops.items()}
    ready = assistant_ready(plan, states)
    saved = in_saved_file(ops)
    return WaveView(rounds_of(plan, ops), len(ready), people_of(plan, ops), states,
                    {op: entry.detail for op, entry in ops.items()},
                    bool(ready) and all(c.person in saved for c in ready))


def confirm_round(project: ProjectFile, wave_id: str, number: int) -> PortalRound:
    """The engineer's word that round `number` was added in the portal; the next run reads it back. Returns the
    round as confirmed: its number, the people it holds (`total`) and those the word covers (`to_tick`)."""
    rounds = {r.number: r for r in portal_rounds(project, wave_id)}
    chosen = rounds.get(number)
    if chosen is None:
        raise WizardError("wave {wave_id} has no portal round {number}", "its rounds are {rounds}", wave_id=wave_id,
                          number=number, rounds=', '.join(map(str, rounds)) or 'none')
    if not chosen.to_tick:
        raise WizardError("round {number} has nobody to add now: everyone in it is in the Integrated users list "
                          "already" if not chosen.not_active else "round {number} has nobody to add now: {count} of "
                          "its people have not activated their Zoom account yet",
                          "resume the wave to see where it stands", number=number, count=len(chosen.not_active))
    project.wave_op_done(wave_id, round_op(number), OpState.DONE,
                         f"added in the portal by the engineer: {', '.join(e for e, _ in chosen.to_tick)}")
    return dataclasses.replace(chosen, confirmed=True)


def assistant_ready(plan: WavePlan, states: dict[str, str]) -> list[Change]:
    """The Assistant changes whose person is in the Integrated users list (or was before the wave) and whose AMOs
    are all answered without an error: the people the Assistant's Update can integrate now."""
    amo_state: dict[str, list[str]] = defaultdict(list)
    for c in plan.of(System.OS4K):
        if c.person:
            amo_state[c.person].append(states.get(c.op_id, OpState.PLANNED))
    portal = {c.person: states.get(c.op_id, OpState.PLANNED) for c in plan.of(System.PSI)}
    return [c for c in plan.of(System.ASSISTANT)
            if states.get(c.op_id, OpState.PLANNED) not in SETTLED
            and portal.get(c.person, OpState.DONE) in SETTLED
            and all(s in SETTLED for s in amo_state.get(c.person, []))]


def _assistant_blocker(plan: WavePlan, states: dict[str, str], person: str) -> Said:
    portal = plan.by_person.get((person, System.PSI), [])
    if portal and states.get(portal[0].op_id, OpState.PLANNED) not in SETTLED:
        return Said("after round {number} in the portal", number=portal[0].round)
    if any(states.get(c.op_id) == OpState.FAILED for c in plan.by_person.get((person, System.OS4K), [])):
        return Said("after the refused AMO is fixed")
    return Said("after the AMOs")


def _readback_detail(findings: Sequence[Finding], change: Change) -> str:
    """What the read-back found for a person: one finding in its own wording, several as their English lines."""
    if not findings:
        return Said("verified: active in Zoom, SIP credentials of station {stno}, REG- as §7.2 asks",
                    stno=change.data["stno"])
    if len(findings) == 1 and findings[0].wording[0]:
        return Said.of_finding(findings[0])
    return "; ".join(f.message for f in findings)


def assistant_file(project: ProjectFile, wave_id: str) -> tuple[str, list[str]]:
    """The Assistant's import file for the people ready now, and their emails."""
    plan = load_plan(project, wave_id)
    ops = project.wave_ops(wave_id)
    ready = assistant_ready(plan, {op: entry.state for op, entry in ops.items()})
    return assistant_csv(ready), [c.data["email"] for c in ready]


def record_assistant_file_saved(project: ProjectFile, wave_id: str, people: Sequence[str]) -> None:
    """Kept once the engineer's copy of the Assistant import file (assistant_file) is written: the Assistant's
    confirmation covers only people whose file was saved in this wave. `people`: the emails the file holds."""
    ours = {c.person: c for c in load_plan(project, wave_id).of(System.ASSISTANT)}
    strangers = [email for email in people if email.strip().lower() not in ours]
    if strangers:
        raise WizardError("{people} are not in the Assistant stage of wave {wave_id}",
                          "save the file the wave makes for the people ready now", people=_some(strangers),
                          wave_id=wave_id)
    project.wave_ops_done(wave_id, [(FILE_SAVED + email.strip().lower(), OpState.DONE,
                                     Said("in the Assistant import file saved for this wave")) for email in people])


def in_saved_file(ops: dict[str, WaveOpEntry]) -> set[str]:
    """The people (email keys) of the wave in an Assistant import file saved for it."""
    return {op.removeprefix(FILE_SAVED) for op, entry in ops.items()
            if op.startswith(FILE_SAVED) and entry.state == OpState.DONE}


def confirm_assistant(project: ProjectFile, wave_id: str, *, another_way: str = "") -> int:
    """The engineer's word that the Assistant imported the ready people and ran Update all; the next run reads
    them back. It covers the people in an import file saved for this wave, or, with `another_way` (the engineer's
    note of how they were imported, kept in the audit log), everyone ready. Returns how many people it covers."""
    plan = load_plan(project, wave_id)
    ops = project.wave_ops(wave_id)
    ready = assistant_ready(plan, {op: entry.state for op, entry in ops.items()})
    if not ready:
        raise WizardError("nobody of this wave is ready for the Assistant yet",
                          "the portal rounds and the AMOs come first: resume the wave to see who waits for what")
    note = another_way.strip()
    if note:
        project.wave_op_done(wave_id, ANOTHER_WAY, OpState.DONE,
                             Said("{count} people imported into the Assistant another way, in the engineer's words: "
                                  "{note}", count=len(ready), note=note))
        word = Said("imported another way and updated in the Assistant (the engineer's word)")
        confirmed = ready
    else:
        saved = in_saved_file(ops)
        confirmed = [c for c in ready if c.person in saved]
        word = Said("imported and updated in the Assistant (the engineer's word)")
    if not confirmed:
        raise WizardError("no Assistant import file was saved in this wave for the {count} people ready",
                          "save the wave's Assistant file, import it (Zoom PSI > Data Operation > Import CSV) and "
                          "run Update all, then confirm; if they were imported another way, say how",
                          count=len(ready))
    project.wave_ops_done(wave_id, [(c.op_id, OpState.DONE, word) for c in confirmed])
    return len(confirmed)


def next_steps(plan: WavePlan, ops: dict[str, WaveOpEntry]) -> list[Said]:
    """What has to happen before the wave can go on, in the guide's order, in words for the engineer."""
    states = {op: entry.state for op, entry in ops.items()}
    steps = []
    inactive = [c.data["email"] for c in plan.of(System.ZOOM)
                if c.op_id.startswith("zoom.active:") and states.get(c.op_id) not in SETTLED]
    if inactive:
        steps.append(Said("{count} people have not activated their Zoom account ({people}): ask them, then resume",
                          count=len(inactive), people=", ".join(inactive[:3]) + (" …" if len(inactive) > 3 else "")))
    for number, members in plan.rounds().items():
        open_ = [c for c in members if states.get(c.op_id) not in SETTLED
                 and states.get(f"zoom.active:{c.person}") in SETTLED]
        if open_:
            steps.append(Said("portal round {number}: tick {count} people in Integrated users > Add users, then "
                              "confirm the round", number=number, count=len(open_)))
    ready = assistant_ready(plan, states)
    if ready:
        steps.append(Said("Assistant: import the file for {count} people, run Update all, then confirm",
                          count=len(ready)))
    pending = [c.data["email"] for c in plan.of(System.VERIFY) if states.get(c.op_id) == OpState.WAITING
               and states.get(f"assistant:{c.person}") in SETTLED]
    if pending:
        steps.append(Said("{count} people wait for CloudLink to hand Zoom their SIP credentials: check the "
                          "Assistant's Update / Data synchronisation, then resume", count=len(pending)))
    failed = sum(1 for c in plan.changes if states.get(c.op_id) == OpState.FAILED)
    if failed:
        steps.append(Said("{count} change(s) failed: each person's row says the fix; resume once fixed", count=failed))
    return steps


async def close_steps(project: ProjectFile, wave_id: str) -> None:
    """The runbook steps of chapter 7 take their status from the wave (guide §7.1.1–§7.2.1)."""
    await project.written()  # judged from every outcome recorded so far
    plan = load_plan(project, wave_id)
    ops = project.wave_ops(wave_id)
    readback = readback_findings(project, wave_id)
    results = await asyncio.to_thread(closed_steps, plan, {op: (e.state, e.detail) for op, e in ops.items()},
                                      readback)  # thousands of changes: off the loop
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    records = project.step_records()
    for step_id, result in results.items():
        data = result.to_json() | {"evidence": {**result.evidence, "wave": wave_id,
                                                "wave_evidence": f"wave-{wave_id}.json on step {EVIDENCE_STEP}"}}
        current = records.get(step_id)
        status = {"pass": "passed", "warn": "warning", "fail": "failed"}[result.status.value]
        if current is not None and current.result == data and current.status == status:
            continue
        await project.commit(project.record_result, step_id, status, data, stamp, stamp)


# ---------------------------------------------------------------------------------------------- rows and evidence
def wave_people(project: ProjectFile, wave_id: str) -> list[dict[str, str]]:
    """Per person of the wave: station, each stage's state, where they are and what is open (window, CLI, report)."""
    return people_of(load_plan(project, wave_id), project.wave_ops(wave_id))


STAGE_WORDS = {System.ZOOM: "Zoom user", System.PSI: "portal round", System.OS4K: "AMOs",
               System.ASSISTANT: "Assistant", System.VERIFY: "read-back"}


def people_of(plan: WavePlan, ops: dict[str, WaveOpEntry]) -> list[dict[str, str]]:
    rows = {key: {"email": key, "station": ""} for key in plan.people}
    states: dict[tuple[str, System], list[tuple[str, str]]] = defaultdict(list)
    for change in plan.changes:
        if change.person in rows:
            entry = ops.get(change.op_id)
            states[(change.person, change.system)].append((entry.state, entry.detail) if entry
                                                          else (OpState.PLANNED, ""))
            if change.system is System.VERIFY:
                rows[change.person].update(email=change.data["email"], station=change.data["stno"])
    for key, row in rows.items():
        for system in System:
            row[system.value] = _summary([s for s, _ in states.get((key, system), [])])
        # a refusal anywhere is what the engineer must see first; else the first stage not through yet
        stuck = next((s for s in System if row[s.value] == OpState.FAILED), None) or \
            next((s for s in System if row[s.value] not in (*SETTLED, NO_CHANGES)), None)
        if stuck is None:
            row["stage"], row["open"] = "integrated", ""
        else:
            row["stage"] = f"{STAGE_WORDS[stuck]}: {row[stuck.value]}"
            row["open"] = next((d for s, d in states[(key, stuck)] if s == row[stuck.value]), "")
    return list(rows.values())


NO_CHANGES = "-"  # a stage with nothing to do for the person


def _summary(states: list[str]) -> str:
    if not states:
        return NO_CHANGES
    for worst in (OpState.FAILED, OpState.WAITING, OpState.SENT, OpState.PLANNED):
        if worst in states:
            return worst
    return OpState.DONE if OpState.DONE in states else OpState.ALREADY


COUNTED = (OpState.DONE, OpState.ALREADY, OpState.WAITING, OpState.FAILED)  # per stage, in the wave's evidence


def evidence_of(record: WaveRecord, plan: WavePlan, ops: dict[str, WaveOpEntry]) -> bytes:
    """The wave as the report shows it; pure, so the runner can build it in a worker thread."""
    counts: dict[str, Counter[str]] = {SYSTEM_TITLES[s]: Counter() for s in System}
    failures = []
    for change in plan.changes:
        entry = ops.get(change.op_id)
        if entry is not None:
            counts[SYSTEM_TITLES[change.system]][entry.state] += 1
            if entry.state == OpState.FAILED:
                failures.append({"change": change.text, "detail": entry.detail})
    confirmations = {op: entry.detail for op, entry in ops.items() if op.startswith("psi.round:")}
    return json.dumps({
        "wave": record.wave_id, "state": record.state, "created_at": record.created_at,
        "created_by": record.created_by, "plan_sha256": hashlib.sha256(record.plan.encode()).hexdigest(),
        "stages": {title: {state: c[state] for state in COUNTED} for title, c in counts.items()},
        "portal_rounds_confirmed": confirmations,
        "people": people_of(plan, ops),
        "failures": failures,
    }, indent=1).encode()


# ---------------------------------------------------------------------------------------------- undo
@dataclass(frozen=True)
class WaveUndo:
    amos: tuple[str, ...]
    notes: tuple[str, ...]
    users: tuple[str, ...]  # emails of Zoom users the wave invited: removed if their invitation is still pending
    portal: tuple[str, ...]  # emails added to the integration in the portal: removed there by hand
    assistant: tuple[str, ...]  # emails the Assistant imported: removed there by hand


def undo_plan(project: ProjectFile, wave_id: str) -> WaveUndo:
    plan = load_plan(project, wave_id)
    ops = project.wave_ops(wave_id)
    entries = {e.position: e for e in project.journal(f"{wave_id}:amo")}
    journal = [(c.data["command"], entries[i].state, entries[i].output)
               for i, c in enumerate(plan.of(System.OS4K)) if i in entries]
    amos = undo_amos(journal)

    def ours(system: System, prefix: str = "") -> tuple[str, ...]:
        return tuple(c.data["email"] for c in plan.of(system) if c.op_id.startswith(prefix)
                     and ops.get(c.op_id) is not None and ops[c.op_id].state == OpState.DONE)

    return WaveUndo(amos.amos, amos.notes, ours(System.ZOOM, "zoom.user:"), ours(System.PSI),
                    ours(System.ASSISTANT))


def _targets(project: ProjectFile) -> tuple[str, str, str]:
    """The Zoom account, the OS4K host and its system number, as the project knows them: named in every
    confirmation, so a change is never sent to a system the engineer did not mean."""
    record = project.step_records().get("2.2-system-number")
    numbers = ((record.result or {}).get("evidence", {}).get("system_numbers") or {}) if record else {}
    connections = project.connections()
    return (connections.get("zoom", {}).get("account_id", "") or "(not set)",
            connections.get("os4k", {}).get("host", "") or "(not set)",
            ", ".join(sorted({str(v) for v in numbers.values()})) or "not checked yet (§2.2)")


def change_summary(project: ProjectFile, wave_id: str) -> list[str]:
    """What running the wave will change, per system, for the confirmation before the first change is sent."""
    plan = load_plan(project, wave_id)
    ops = project.wave_ops(wave_id)
    todo = [c for c in plan.changes if ops.get(c.op_id) is None or ops[c.op_id].state not in SETTLED]
    zoom, host, number = _targets(project)
    invites = sum(1 for c in todo if c.op_id.startswith("zoom.user:"))
    amos = sum(1 for c in todo if c.system is System.OS4K)
    rounds = sorted({c.round for c in todo if c.system is System.PSI})
    lines: list[str] = [
        Said("Zoom account {zoom}: {count} invitation(s); Zoom emails each person, who must accept it",
             zoom=zoom, count=invites),
        Said("OS4K at {host}, system number {number}: {count} AMO(s), each journaled before it is sent",
             host=host, number=number, count=amos)]
    if plan.skipped:
        lines.append(Said("left out: {count} of the people chosen, whom the last read-back found integrated "
                          "({people}); the wave changes nothing for them", count=len(plan.skipped),
                          people=_some([key for key, _ in plan.skipped])))
    lines += password_lines(plan, todo)
    if rounds:
        lines.append(Said("by hand in the Zoom portal: {count} round(s) of at most 50 in Integrated users > Add "
                          "users; the wave shows each list and waits for your word", count=len(rounds)))
    assistant = sum(1 for c in todo if c.system is System.ASSISTANT)
    lines.append(Said("by hand in the Assistant: import {count} user(s) and Update all; the wave never writes SIP "
                      "credentials to Zoom", count=assistant))
    return lines


def password_lines(plan: WavePlan, todo: Sequence[Change]) -> list[Said]:
    """Which stations the AMOs still to send give a new digest password, and why; and how many keep their own.
    A new password cuts off every device registered with the old one, so the engineer reads this before sending."""
    open_ = {command_station(c.data["command"]) for c in todo
             if c.system is System.OS4K and DIGEST_PLACEHOLDER in c.data["command"]}
    by_reason: dict[PasswordReason, list[str]] = defaultdict(list)
    for stno, reason in plan.new_passwords:
        if stno in open_:
            by_reason[reason].append(stno)
    lines = []
    if by_reason[PasswordReason.NONE]:
        lines.append(Said("digest passwords: {count} station(s) have none, so the wave gives each one: {stations}",
                          count=len(by_reason[PasswordReason.NONE]), stations=_some(by_reason[PasswordReason.NONE])))
    if by_reason[PasswordReason.NOT_SHOWN]:
        lines.append(Said("digest passwords: {count} station(s) were not read with REG-, so the wave gives each a new "
                          "one, in place of any it has: {stations}; read the OS4K itself to keep the ones that exist",
                          count=len(by_reason[PasswordReason.NOT_SHOWN]),
                          stations=_some(by_reason[PasswordReason.NOT_SHOWN])))
    if by_reason[PasswordReason.ROTATED]:
        lines.append(Said("digest passwords: {count} station(s) get a new one in place of their own, as you chose: "
                          "{stations}; a device registered on one of them stops working until it is set up again "
                          "with the new password", count=len(by_reason[PasswordReason.ROTATED]),
                          stations=_some(by_reason[PasswordReason.ROTATED])))
    given = {stno for stno, _ in plan.new_passwords}
    kept = sum(1 for c in plan.of(System.VERIFY) if c.data["stno"] not in given)
    if kept:
        lines.append(Said("digest passwords: {count} station(s) keep their own; the Assistant hands it to Zoom as it "
                          "is", count=kept))
    return lines


def _some(items: Sequence[str], shown: int = 5) -> str:
    """A list for a sentence: the first few, and '…' for the rest."""
    return ", ".join(items[:shown]) + (" …" if len(items) > shown else "")


def undo_summary(project: ProjectFile, undo: WaveUndo) -> list[str]:
    """What undo will change, per system, for its own confirmation."""
    zoom, host, number = _targets(project)
    lines = [f"Zoom account {zoom}: remove the invitations still pending among the {len(undo.users)} people the "
             "wave invited (people who accepted are kept)",
             f"OS4K at {host}, system number {number}: {len(undo.amos)} AMO(s) to put back what REG- showed before "
             "the wave"]
    if undo.portal:
        lines.append(f"by hand in the Zoom portal: remove {len(undo.portal)} integrated user(s) (Phone System "
                     "Integration > Integrated users)")
    if undo.assistant:
        lines.append(f"by hand in the Assistant: delete {len(undo.assistant)} user(s) (Zoom PSI > Data operations > "
                     "User data)")
    return lines


async def run_undo(project: ProjectFile, wave_id: str, *, zoom: ZoomClient | None,
                   amo: AmoTransport | None) -> WaveUndo:
    """The AMOs back to their REG- state, then the invitations still pending; the portal's and the Assistant's
    records stay for the engineer's hands (the wizard never wrote them)."""
    undo = undo_plan(project, wave_id)
    if undo.users and zoom is None:
        raise WizardError("undoing this wave needs the Zoom connection", "set it up on the Site page")
    if undo.amos and amo is None:
        raise WizardError("undoing this wave needs the OS4K connection", "set it up on the Site page")
    if amo is not None and undo.amos:
        await AmoSession(project, amo).run_batch(f"{wave_id}:undo", list(undo.amos))
    notes: list[str] = []
    if zoom is not None and undo.users:
        pending = {str(u.get("email", "")).lower() for u in await zoom.list_users("pending")}
        for email in undo.users:
            if email.lower() in pending:
                await zoom.remove_user(email, pending=True)  # an invitation not yet accepted: disassociated
                await project.commit(project.wave_op_done, wave_id, f"undo.zoom:{email.lower()}", OpState.DONE)
            else:
                notes.append(f"{email} has accepted the invitation (or left the account): not removed, since that "
                             "would delete the person's data; remove it by hand in User Management > Users if wanted")
    if undo.portal:
        notes.append(f"Remove by hand in the Zoom portal (Integrated users): {', '.join(undo.portal)}")
    if undo.assistant:
        notes.append(f"Delete by hand in the Assistant (Zoom PSI > User data): {', '.join(undo.assistant)}")
    await project.commit(project.set_wave_state, wave_id, WaveState.UNDONE)
    return dataclasses.replace(undo, notes=undo.notes + tuple(notes))


# ---------------------------------------------------------------------------------------------- for the report
REPORTED = (WaveState.RUNNING, WaveState.PAUSED, WaveState.WAITING, WaveState.DONE)  # changed something, still stand


def provisioned(project: ProjectFile) -> Provisioned:
    """Everyone provisioned by the project's waves (a later wave's word on a person wins), with each stage's state
    and where the person stands, and one line per wave with its counts and AMO errors."""
    people: dict[str, dict[str, str]] = {}
    waves: list[dict[str, object]] = []
    for record in project.waves():
        if record.state not in REPORTED:
            continue
        plan = load_plan(project, record.wave_id)
        ops = project.wave_ops(record.wave_id)
        for row in people_of(plan, ops):
            people[row["email"].lower()] = row
        amo_errors = [f"{e.command}: {'; '.join(interpret(e.command, e.output).messages)}"  # the PBX's own words
                      for e in project.journal(f"{record.wave_id}:amo") if e.state == "error"]
        states = Counter(ops[c.op_id].state for c in plan.changes if c.op_id in ops)
        waves.append({"wave": record.wave_id, "state": record.state, "people": len(plan.people),
                      "done": states[OpState.DONE] + states[OpState.ALREADY], "waiting": states[OpState.WAITING],
                      "failed": states[OpState.FAILED], "amo_errors": amo_errors,
                      "plan_sha256": hashlib.sha256(record.plan.encode()).hexdigest()})
    return sorted(people.values(), key=lambda r: r["email"].lower()), waves
