"""Running a provisioning wave against the live systems: Zoom users, then the AMOs, then (once the users are
active) the PSI integrated users round by round, then the Assistant's user data. Every change is written to
the project before it is sent and marked when it is answered, so a wave killed at any moment resumes without
doing anything twice: a change found 'sent' is looked up on the live system before it is sent again."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import secrets
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from wizard.checks import amo_values
from wizard.checks.provisioning import (
    DIGEST_PLACEHOLDER,
    SYSTEM_TITLES,
    Change,
    System,
    WavePlan,
    command_station,
    digest_password,
    sip_phone_fields,
    undo_amos,
)
from wizard.connectors.http import ApiError
from wizard.connectors.os4k import AmoResult, AmoSession, AmoTransport, interpret
from wizard.connectors.zoom import Created, InvitationExpired, ZoomClient
from wizard.errors import WizardError
from wizard.store.project import ProjectFile, WaveOpEntry, WaveRecord

EVIDENCE_STEP = "7.1.3.2-add-integrated-users"
SETTLED = {"done", "already"}  # never sent again; 'failed' and 'waiting' are tried again on resume
ASSISTANT_TODO = ("import the file in the OS4K Assistant (Configuration management > Zoom PSI > Data operations > "
                  "Import CSV), then Data operations > User data > Update all; confirm here when done")


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

    def mark(self, state: str, *, carried: bool = False) -> None:
        if carried:
            self.carried += 1
        elif self.started is None:
            self.started = time.monotonic()
        if state in SETTLED:
            self.done += 1
        elif state == "waiting":
            self.waiting += 1
        else:
            self.failed += 1
        if self.settled >= self.total and self.started is not None:
            self.finished_at = time.monotonic()


@dataclass(frozen=True)
class WaveOutcome:
    wave_id: str
    state: str  # done or waiting (users still to activate, the Assistant import to confirm)
    ops: dict[str, tuple[str, str]]  # op id -> (state, detail)
    progress: dict[System, SystemProgress] = field(default_factory=dict)

    def failures(self) -> list[tuple[str, str]]:
        return [(op, detail) for op, (state, detail) in self.ops.items() if state in ("failed", "error")]


def new_wave(project: ProjectFile, plan: WavePlan, plan_json: str | None = None) -> str:
    """Stores the plan as reviewed (`plan_json`: its JSON, if already made, e.g. in a worker thread); an earlier
    plan that never ran is superseded by it."""
    for older in project.waves():
        if older.state == "planned":
            project.set_wave_state(older.wave_id, "superseded")
    wave_id = datetime.now(UTC).strftime("W%Y%m%d-%H%M%S-") + secrets.token_hex(2)
    project.create_wave(wave_id, plan_json or plan.to_json(), secrets.token_urlsafe(32))
    return wave_id


def load_plan(project: ProjectFile, wave_id: str) -> WavePlan:
    record = project.wave(wave_id)
    if record is None:
        known = ", ".join(w.wave_id for w in project.waves()) or "none"
        raise WizardError(f"the project has no wave {wave_id!r}", f"use one of: {known}")
    return _parsed(record.plan)


@functools.lru_cache(maxsize=4)
def _parsed(plan_json: str) -> WavePlan:
    """The window, the runner and the evidence all read the same stored plan; a large one is parsed once."""
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


def _systemic(exc: ApiError) -> bool:
    """Errors that are about the connection or the account, not about one person: the wave stops (resumably)
    instead of failing everyone."""
    return exc.account_wide


class WaveRunner:
    def __init__(self, project: ProjectFile, wave_id: str, *, zoom: ZoomClient | None,
                 amo: AmoTransport | None, concurrency: int = 8, activation_wait: float = 0.0,
                 poll_interval: float = 2.0,
                 on_progress: Callable[[dict[System, SystemProgress]], None] | None = None,
                 on_change: Callable[[Change, str, str], None] | None = None) -> None:
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
        # per person: set once all of the person's AMOs are answered (at once for people without AMOs)
        self._amo_answered = {p: asyncio.Event() for p in {c.person for c in self.plan.of(System.OS4K) if c.person}}
        self._amo_errors: dict[str, str] = {}
        self._active: set[str] = set()
        self._active_changed = asyncio.Condition()
        self._waiting_for_active = 0
        self._poller: asyncio.Task[None] | None = None
        self._poll_error: BaseException | None = None
        self._give_up_at: float | None = None  # set when the Zoom users are done: then activation_wait runs

    # ------------------------------------------------------------------ control
    def pause(self) -> None:
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    @property
    def paused(self) -> bool:
        return not self._go.is_set()

    def _settled(self, change: Change) -> bool:
        entry = self._journal.get(change.op_id)
        return entry is not None and entry.state in SETTLED

    def _settle(self, change: Change, state: str, detail: str = "") -> None:
        self.project.wave_op_done(self.wave_id, change.op_id, state, detail)
        self.progress[change.system].mark(state)
        if self.on_change:
            self.on_change(change, state, detail)
        if self.on_progress:
            self.on_progress(self.progress)

    def _needs(self, system: System) -> None:
        if system in (System.ZOOM, System.PSI) and self.zoom is None:
            raise WizardError("the wave has Zoom changes but no Zoom connection",
                              "set up and test the Zoom connection on the Site page")
        if system is System.OS4K and self.amo is None:
            raise WizardError("the wave has AMOs but no OS4K connection",
                              "set up the OS4K connection, or send the batch by paste in the AMO panel")

    # ------------------------------------------------------------------ the run
    async def run(self) -> WaveOutcome:
        self.project.set_wave_state(self.wave_id, "running")
        try:
            for system in System:
                settled = [c for c in self.plan.of(system) if self._settled(c)]
                for change in settled:
                    self.progress[system].mark(self._journal[change.op_id].state, carried=True)
                if len(settled) < len(self.plan.of(system)) and system is not System.ASSISTANT:
                    self._needs(system)
            # Zoom users and the AMOs wait on each other for nothing, so they run side by side; each integrated
            # user starts as soon as its own person is ready (AMOs answered, Zoom user active), so Zoom's rate
            # limit, not the OS4K's pace, sets the length of the wave.
            await _together(self._zoom_users(), self._amos(), self._integrated_users())
            self._assistant()
        except BaseException:
            self.project.set_wave_state(self.wave_id, "paused")
            raise
        finally:
            if self._poller is not None:
                self._poller.cancel()
        entries = self.project.wave_ops(self.wave_id)
        ops = {op: (entry.state, entry.detail) for op, entry in entries.items()}
        state = "waiting" if any(s == "waiting" for s, _ in ops.values()) else "done"
        self.project.set_wave_state(self.wave_id, state)
        record = self.project.wave(self.wave_id)
        assert record is not None
        evidence = await asyncio.to_thread(evidence_of, record, self.plan, entries)  # thousands of rows: off the loop
        self.project.attach(EVIDENCE_STEP, f"wave-{self.wave_id}.json", evidence)
        return WaveOutcome(self.wave_id, state, ops, self.progress)

    async def _each(self, changes: list[Change], work: Callable[[Change], Awaitable[None]],
                    ready: Callable[[Change], Awaitable[None]] | None = None) -> None:
        """Runs `work` for every change not settled yet, `concurrency` at a time, each once `ready` says its turn
        may come; pacing is the client's."""
        gate = asyncio.Semaphore(self.concurrency)

        async def one(change: Change) -> None:
            if ready is not None:
                await ready(change)
            async with gate:
                await self._go.wait()
                await work(change)

        todo = [c for c in changes if not self._settled(c)]
        tasks = [asyncio.ensure_future(one(c)) for c in todo]
        try:
            await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    async def _zoom_users(self) -> None:
        assert self.zoom is not None or not self.plan.of(System.ZOOM)
        zoom = self.zoom

        async def create(change: Change) -> None:
            try:
                await invite(change)
            except InvitationExpired as exc:  # the user exists, pending for good: a finding on the person's row
                self._settle(change, "failed", str(exc))

        async def invite(change: Change) -> None:
            assert zoom is not None
            email = change.data["email"]
            previous = self._journal.get(change.op_id)
            if previous is not None and previous.state == "sent" and await zoom.find_user(email) is not None:
                self._settle(change, "done", "created before the answer was lost")
                return
            self.project.wave_op_sending(self.wave_id, change.op_id)
            try:
                created = await zoom.create_user(email, change.data["first_name"], change.data["last_name"])
            except ApiError as exc:
                if _systemic(exc):
                    raise
                self._settle(change, "failed", exc.problem)
                return
            if created is Created.CREATED:
                self._settle(change, "done", "invited; the person activates the account (§7.1.2)")
            elif await zoom.find_user(email) is not None:
                self._settle(change, "already", "the user was already in the account")
            else:
                self._settle(change, "failed", f"{email} belongs to another Zoom account: ask the person to accept "
                                               "the transfer invitation, or use another email")

        try:
            await self._each(self.plan.of(System.ZOOM), create)
        finally:
            self._give_up_at = time.monotonic() + self.activation_wait
            async with self._active_changed:
                self._active_changed.notify_all()

    async def _amos(self) -> None:
        """Sends the AMOs through the AMO journal, which resumes on its own; marks each person whose AMOs are all
        answered, and keeps the errors per person."""
        changes = self.plan.of(System.OS4K)
        try:
            if not changes:
                return
            assert self.amo is not None
            commands = [self._with_password(c.data["command"]) for c in changes]
            seen = {c.op_id for c in changes if self._settled(c)}
            left = Counter(c.person for c in changes if c.person)

            def record(position: int, result: AmoResult) -> None:
                change = changes[position]
                if result.status == "error":
                    self._amo_errors.setdefault(change.person, f"{change.text}: {'; '.join(result.messages)}")
                if change.person:
                    left[change.person] -= 1
                    if not left[change.person]:
                        self._amo_answered[change.person].set()
                if change.op_id not in seen:
                    self._settle(change, "failed" if result.status == "error" else "done",
                                 "; ".join(result.messages))

            await AmoSession(self.project, self.amo, on_result=record).run_batch(self.amo_batch_id, commands)
        finally:
            for event in self._amo_answered.values():
                event.set()  # nobody waits for AMOs that will not come in this run

    @property
    def amo_batch_id(self) -> str:
        return f"{self.wave_id}:amo"

    def _with_password(self, command: str) -> str:
        if DIGEST_PLACEHOLDER not in command:
            return command
        password = amo_values.digest_password(digest_password(self._key, command_station(command) or ""))
        return command.replace(DIGEST_PLACEHOLDER, password)

    async def _active_emails(self) -> set[str]:
        assert self.zoom is not None
        return {u.get("email", "").lower() for u in await self.zoom.list_users("active")}

    async def _until_active(self, person: str) -> bool:
        """Waits for the person's Zoom user to be active, until activation_wait after the Zoom users are done.
        One poller asks Zoom for everyone, once per poll interval."""
        async with self._active_changed:
            self._waiting_for_active += 1
            try:
                while person not in self._active:
                    if self._poll_error is not None:
                        raise self._poll_error
                    if self._give_up_at is not None and time.monotonic() >= self._give_up_at:
                        return False
                    if self._poller is None or self._poller.done():
                        self._poller = asyncio.ensure_future(self._poll_active())
                    await self._active_changed.wait()
                return True
            finally:
                self._waiting_for_active -= 1

    async def _poll_active(self) -> None:
        while self._waiting_for_active:
            await asyncio.sleep(self.poll_interval)
            try:
                active = await self._active_emails()
            except ApiError as exc:  # the waiters raise it: a wave does not hang on a dead connection
                self._poll_error, active = exc, self._active
            async with self._active_changed:
                self._active = active
                self._active_changed.notify_all()
            if self._poll_error is not None:
                return

    async def _integrated_users(self) -> None:
        changes = self.plan.of(System.PSI)
        todo = [c for c in changes if not self._settled(c)]
        if not todo:
            return
        zoom = self.zoom
        assert zoom is not None
        have_phone = {p.get("user_email", "").lower() for p in await zoom.list_sip_phones()}
        self._active = await self._active_emails()

        async def ready(change: Change) -> None:
            answered = self._amo_answered.get(change.person)
            if answered is not None:
                await answered.wait()
            if change.person not in self._amo_errors and change.person not in have_phone:
                await self._until_active(change.person)

        async def add(change: Change) -> None:
            previous = self._journal.get(change.op_id)
            if change.person in have_phone:
                was_ours = previous is not None and previous.state == "sent"
                self._settle(change, "done" if was_ours else "already",
                             "added before the answer was lost" if was_ours else "already integrated")
                return
            if change.person in self._amo_errors:
                self._settle(change, "failed", f"not added: the OS4K refused {self._amo_errors[change.person]}")
                return
            if change.person not in self._active:
                self._settle(change, "waiting", "the Zoom user has not activated the account yet (§7.1.2); "
                                                "resume the wave once it is active")
                return
            fields = sip_phone_fields(change, self.plan.options, digest_password(self._key, change.data["stno"]))
            self.project.wave_op_sending(self.wave_id, change.op_id)
            try:
                created = await zoom.create_sip_phone(fields, look_first=False)
            except ApiError as exc:
                if _systemic(exc):
                    raise
                self._settle(change, "failed", exc.problem)
                return
            self._settle(change, "done" if created is Created.CREATED else "already",
                         f"round {change.round}" if created is Created.CREATED else "already integrated")

        # In round order as far as people are ready; via the API each integrated user is one request, the rounds
        # of 50 are the portal's (the plan lists them for adding by hand).
        await self._each(sorted(todo, key=lambda c: c.round), add, ready=ready)

    def _assistant(self) -> None:
        for change in self.plan.of(System.ASSISTANT):
            entry = self._journal.get(change.op_id)
            if entry is None or entry.state not in SETTLED:
                self._settle(change, "waiting", ASSISTANT_TODO)


def confirm_assistant(project: ProjectFile, wave_id: str) -> None:
    plan = load_plan(project, wave_id)
    for change in plan.of(System.ASSISTANT):
        project.wave_op_done(wave_id, change.op_id, "done", "confirmed by the engineer")
    ops = project.wave_ops(wave_id)
    if not any(entry.state == "waiting" for entry in ops.values()) and project.wave(wave_id).state == "waiting":  # type: ignore[union-attr]
        project.set_wave_state(wave_id, "done")


def wave_people(project: ProjectFile, wave_id: str) -> list[dict[str, str]]:
    """Per person of the wave: station, and what happened on each system (for the window, the CLI, the report)."""
    return people_of(load_plan(project, wave_id), project.wave_ops(wave_id))


def people_of(plan: WavePlan, ops: dict[str, WaveOpEntry]) -> list[dict[str, str]]:
    rows = {key: {"email": key, "station": ""} for key in plan.people}
    states: dict[tuple[str, System], list[str]] = defaultdict(list)
    for change in plan.changes:
        if change.person in rows:
            entry = ops.get(change.op_id)
            states[(change.person, change.system)].append(entry.state if entry else "planned")
            if change.system is System.PSI:
                rows[change.person].update(email=change.data["email"], station=change.data["stno"])
    for key, row in rows.items():
        for system in (System.ZOOM, System.OS4K, System.PSI):
            row[system.value] = _summary(states.get((key, system), []))
    return list(rows.values())


def _summary(states: list[str]) -> str:
    if not states:
        return "-"
    for worst in ("failed", "waiting", "sent", "planned"):
        if worst in states:
            return worst
    return "done" if "done" in states else "already"


def evidence_of(record: WaveRecord, plan: WavePlan, ops: dict[str, WaveOpEntry]) -> bytes:
    """The wave as the report shows it; pure, so the runner can build it in a worker thread."""
    counts: dict[str, Counter[str]] = {SYSTEM_TITLES[s]: Counter() for s in System}
    failures = []
    for change in plan.changes:
        entry = ops.get(change.op_id)
        if entry is not None:
            counts[SYSTEM_TITLES[change.system]][entry.state] += 1
            if entry.state == "failed":
                failures.append({"change": change.text, "detail": entry.detail})
    return json.dumps({
        "wave": record.wave_id, "state": record.state, "created_at": record.created_at,
        "created_by": record.created_by,
        "systems": {title: {state: c[state] for state in ("done", "already", "waiting", "failed")}
                    for title, c in counts.items()},
        "people": people_of(plan, ops),
        "failures": failures,
    }, indent=1).encode()


# ---------------------------------------------------------------------------------------------- undo
@dataclass(frozen=True)
class WaveUndo:
    amos: tuple[str, ...]
    notes: tuple[str, ...]
    phones: tuple[str, ...]  # emails whose integrated user the wave added
    users: tuple[str, ...]  # emails of Zoom users the wave created


def undo_plan(project: ProjectFile, wave_id: str) -> WaveUndo:
    plan = load_plan(project, wave_id)
    ops = project.wave_ops(wave_id)
    entries = {e.position: e for e in project.journal(f"{wave_id}:amo")}
    journal = [(c.data["command"], entries[i].state, entries[i].output)
               for i, c in enumerate(plan.of(System.OS4K)) if i in entries]
    amos = undo_amos(journal)
    ours = [c for c in plan.changes if ops.get(c.op_id) is not None and ops[c.op_id].state == "done"]
    return WaveUndo(amos.amos, amos.notes, tuple(c.data["email"] for c in ours if c.system is System.PSI),
                    tuple(c.data["email"] for c in ours if c.system is System.ZOOM))


async def run_undo(project: ProjectFile, wave_id: str, *, zoom: ZoomClient | None,
                   amo: AmoTransport | None) -> WaveUndo:
    """Integrated users first (they hang off the users and stations), then the AMOs, then the Zoom users."""
    undo = undo_plan(project, wave_id)
    if (undo.phones or undo.users) and zoom is None:
        raise WizardError("undoing this wave needs the Zoom connection", "set it up on the Site page")
    if undo.amos and amo is None:
        raise WizardError("undoing this wave needs the OS4K connection", "set it up on the Site page")
    if zoom is not None and undo.phones:
        wanted = {e.lower() for e in undo.phones}
        for phone in await zoom.list_sip_phones():
            if phone.get("user_email", "").lower() in wanted:
                await zoom.delete_sip_phone(phone["phone_id"])
                project.wave_op_done(wave_id, f"undo.psi:{phone['user_email'].lower()}", "done")
    if amo is not None and undo.amos:
        await AmoSession(project, amo).run_batch(f"{wave_id}:undo", list(undo.amos))
    notes: list[str] = []
    if zoom is not None and undo.users:
        pending = {str(u.get("email", "")).lower() for u in await zoom.list_users("pending")}
        for email in undo.users:
            if email.lower() in pending:
                await zoom.remove_user(email, pending=True)  # an invitation not yet accepted: disassociated
                project.wave_op_done(wave_id, f"undo.zoom:{email.lower()}", "done")
            else:
                notes.append(f"{email} has accepted the invitation (or left the account): not removed, since that "
                             "would delete the person's data; remove it by hand in User Management > Users if wanted")
    project.set_wave_state(wave_id, "undone")
    return dataclasses.replace(undo, notes=undo.notes + tuple(notes)) if notes else undo


# ---------------------------------------------------------------------------------------------- for the report
REPORTED = ("running", "paused", "waiting", "done")  # waves that changed something and still stand


def provisioned(project: ProjectFile) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
    """Everyone provisioned by the project's waves (a later wave's word on a person wins), with the final state
    the last verification found, and one line per wave with its counts and AMO errors."""
    people: dict[str, dict[str, str]] = {}
    waves: list[dict[str, object]] = []
    verified = _verifications(project)
    for record in project.waves():
        if record.state not in REPORTED:
            continue
        plan = load_plan(project, record.wave_id)
        ops = project.wave_ops(record.wave_id)
        for row in people_of(plan, ops):
            found = verified.get(record.wave_id, {}).get(row["email"].lower())
            people[row["email"].lower()] = {**row, "verified": found or "not verified"}
        amo_errors = [f"{e.command}: {'; '.join(interpret(e.command, e.output).messages)}"  # the PBX's own words
                      for e in project.journal(f"{record.wave_id}:amo") if e.state == "error"]
        states = Counter(entry.state for entry in ops.values())
        waves.append({"wave": record.wave_id, "state": record.state, "people": len(plan.people),
                      "done": states["done"] + states["already"], "waiting": states["waiting"],
                      "failed": states["failed"], "amo_errors": amo_errors})
    return sorted(people.values(), key=lambda r: r["email"].lower()), waves


def _verifications(project: ProjectFile) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for ref in project.evidence(EVIDENCE_STEP):
        if ref.name.startswith("verify-") and ref.name.endswith(".json"):
            data = json.loads(project.evidence_data(ref.id))
            found[data["wave"]] = {row["email"].lower(): row["state"] for row in data["people"]}  # latest wins
    return found
