"""Running a provisioning wave against the live systems: Zoom users, then the AMOs, then (once the users are
active) the PSI integrated users round by round, then the Assistant's user data. Every change is written to
the project before it is sent and marked when it is answered, so a wave killed at any moment resumes without
doing anything twice: a change found 'sent' is looked up on the live system before it is sent again."""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

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
from wizard.connectors.os4k import AmoResult, AmoSession, AmoTransport
from wizard.connectors.zoom import Created, ZoomClient
from wizard.errors import WizardError
from wizard.store.project import ProjectFile

T1 = TypeVar("T1")
T2 = TypeVar("T2")
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


def new_wave(project: ProjectFile, plan: WavePlan) -> str:
    """Stores the plan as reviewed; an earlier plan that never ran is superseded by it."""
    for older in project.waves():
        if older.state == "planned":
            project.set_wave_state(older.wave_id, "superseded")
    wave_id = datetime.now(UTC).strftime("W%Y%m%d-%H%M%S-") + secrets.token_hex(2)
    project.create_wave(wave_id, plan.to_json(), secrets.token_urlsafe(32))
    return wave_id


def load_plan(project: ProjectFile, wave_id: str) -> WavePlan:
    record = project.wave(wave_id)
    if record is None:
        known = ", ".join(w.wave_id for w in project.waves()) or "none"
        raise WizardError(f"the project has no wave {wave_id!r}", f"use one of: {known}")
    return WavePlan.from_json(record.plan)


async def _together(first: Awaitable[T1], second: Awaitable[T2]) -> tuple[T1, T2]:
    """Both at once; if one fails, the other is cancelled (and waited for) before the error goes up."""
    tasks = [asyncio.ensure_future(first), asyncio.ensure_future(second)]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            if task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
        return tasks[0].result(), tasks[1].result()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def _systemic(exc: ApiError) -> bool:
    """Errors that are about the connection, not about one person: the wave stops instead of failing everyone."""
    return exc.status is None or exc.status in (401, 403, 429) or exc.status >= 500


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

    # ------------------------------------------------------------------ control
    def pause(self) -> None:
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    @property
    def paused(self) -> bool:
        return not self._go.is_set()

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
                pending = [c for c in self.plan.of(system) if self._journal.get(c.op_id, None) is None
                           or self._journal[c.op_id].state not in SETTLED]
                for change in self.plan.of(system):
                    if change not in pending:
                        self.progress[system].mark(self._journal[change.op_id].state, carried=True)
                if pending and system is not System.ASSISTANT:
                    self._needs(system)
            # Zoom users and the AMOs touch different systems and wait on each other for nothing: they run side
            # by side. Integrated users need both (an active user, a station with its digest password).
            _, amo_errors = await _together(self._zoom_users(), self._amos())
            await self._integrated_users(amo_errors)
            self._assistant()
        except BaseException:
            self.project.set_wave_state(self.wave_id, "paused")
            raise
        ops = {op: (entry.state, entry.detail) for op, entry in self.project.wave_ops(self.wave_id).items()}
        state = "waiting" if any(s == "waiting" for s, _ in ops.values()) else "done"
        self.project.set_wave_state(self.wave_id, state)
        outcome = WaveOutcome(self.wave_id, state, ops, self.progress)
        self.project.attach(EVIDENCE_STEP, f"wave-{self.wave_id}.json", wave_evidence(self.project, self.wave_id))
        return outcome

    async def _each(self, changes: list[Change], work: Callable[[Change], object]) -> None:
        """Runs `work` for every change not settled yet, `concurrency` at a time; pacing is the client's."""
        gate = asyncio.Semaphore(self.concurrency)

        async def one(change: Change) -> None:
            async with gate:
                await self._go.wait()
                await work(change)  # type: ignore[misc]

        todo = [c for c in changes if self._journal.get(c.op_id) is None or self._journal[c.op_id].state not in SETTLED]
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

        await self._each(self.plan.of(System.ZOOM), create)

    async def _amos(self) -> dict[str, str]:
        """Sends the AMOs (through the AMO journal, which resumes on its own); returns AMO errors per person."""
        changes = self.plan.of(System.OS4K)
        if not changes:
            return {}
        assert self.amo is not None
        commands = [self._with_password(c.data["command"]) for c in changes]
        errors: dict[str, str] = {}
        seen = {c.op_id for c in changes if c.op_id in self._journal and self._journal[c.op_id].state in SETTLED}

        def record(position: int, result: AmoResult) -> None:
            change = changes[position]
            if result.status == "error":
                errors.setdefault(change.person, f"{change.text}: {'; '.join(result.messages)}")
            if change.op_id in seen:
                return
            state = "failed" if result.status == "error" else "done"
            self._settle(change, state, "; ".join(result.messages))

        session = AmoSession(self.project, self.amo, on_result=record)
        await session.run_batch(self.amo_batch_id, commands)
        return errors

    @property
    def amo_batch_id(self) -> str:
        return f"{self.wave_id}:amo"

    def _with_password(self, command: str) -> str:
        if DIGEST_PLACEHOLDER not in command:
            return command
        return command.replace(DIGEST_PLACEHOLDER, digest_password(self._key, command_station(command) or ""))

    async def _active_emails(self) -> set[str]:
        assert self.zoom is not None
        return {u.get("email", "").lower() for u in await self.zoom.list_users("active")}

    async def _integrated_users(self, amo_errors: dict[str, str]) -> None:
        changes = self.plan.of(System.PSI)
        todo = [c for c in changes if c.op_id not in self._journal or self._journal[c.op_id].state not in SETTLED]
        if not todo:
            return
        zoom = self.zoom
        assert zoom is not None
        have_phone = {p.get("user_email", "").lower() for p in await zoom.list_sip_phones()}
        active = await self._active_emails()
        deadline = time.monotonic() + self.activation_wait
        while any(c.person not in active and c.person not in amo_errors for c in todo) \
                and time.monotonic() < deadline:
            await asyncio.sleep(min(self.poll_interval, max(0.0, deadline - time.monotonic())))
            active = await self._active_emails()

        async def add(change: Change) -> None:
            previous = self._journal.get(change.op_id)
            if change.person in have_phone:
                was_ours = previous is not None and previous.state == "sent"
                self._settle(change, "done" if was_ours else "already",
                             "added before the answer was lost" if was_ours else "already integrated")
                return
            if change.person in amo_errors:
                self._settle(change, "failed", f"not added: the OS4K refused {amo_errors[change.person]}")
                return
            if change.person not in active:
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

        for round_no in sorted({c.round for c in todo}):
            await self._each([c for c in todo if c.round == round_no], add)

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
    plan = load_plan(project, wave_id)
    ops = project.wave_ops(wave_id)
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


def wave_evidence(project: ProjectFile, wave_id: str) -> bytes:
    record = project.wave(wave_id)
    assert record is not None
    plan = load_plan(project, wave_id)
    ops = project.wave_ops(wave_id)
    return json.dumps({
        "wave": wave_id, "state": record.state, "created_at": record.created_at, "created_by": record.created_by,
        "systems": {SYSTEM_TITLES[s]: {state: sum(1 for c in plan.of(s) if c.op_id in ops and ops[c.op_id].state
                                                  == state) for state in ("done", "already", "waiting", "failed")}
                    for s in System},
        "people": wave_people(project, wave_id),
        "failures": [{"change": c.text, "detail": ops[c.op_id].detail} for c in plan.changes
                     if c.op_id in ops and ops[c.op_id].state == "failed"],
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
    if zoom is not None:
        for email in undo.users:
            await zoom.delete_user(email)
            project.wave_op_done(wave_id, f"undo.zoom:{email.lower()}", "done")
    project.set_wave_state(wave_id, "undone")
    return undo
