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
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from wizard.checks import amo_values
from wizard.checks.provisioning import (
    BY_HAND,
    DIGEST_PLACEHOLDER,
    Change,
    OpState,
    System,
    WavePlan,
    WaveState,
    ZoomUserType,
    command_station,
    digest_password,
)
from wizard.checks.result import Finding
from wizard.connectors.http import ApiError
from wizard.connectors.os4k import AmoResult, AmoSession, AmoTransport
from wizard.connectors.zoom import PHONES_PAGE_MAX, Created, InvitationExpired, ZoomClient
from wizard.errors import WizardError
from wizard.provisioning.by_hand import assistant_ready, invitation_expired, next_steps, not_invited, round_op
from wizard.provisioning.people import evidence_of, people_of
from wizard.provisioning.readback import close_steps, read_back
from wizard.provisioning.waves import (
    EVIDENCE_STEP,
    SETTLED,
    load_plan,
    parse_plan,
    plan_digest,
    plan_rounds,
    released,
    stage,
)
from wizard.said import Said
from wizard.store.project import ProjectFile, WaveOpEntry, WaveRecord

NOT_ACTIVE = ("{email} has not activated the Zoom account yet (§7.1.2): ask the person to open the invitation from "
              "no-reply@zoom.us (and the junk folder), then resume")
# An expired invitation replaced by a new one (§7.1.1 again), at most once per person and wave: journaled beside the
# wave's planned changes, 'waiting' while offered (the engineer resumes to take it), 'sent' before it is sent
REINVITE = "zoom.reinvite:"
ASSISTANT_TODO = ("ready for the Assistant: import the wave's file (Zoom PSI > Data Operation > Import CSV), then Data "
                  "operations > User data > Update all, and confirm here")


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
    people: list[dict[str, str]] = field(default_factory=list)  # where each person stands (people_of), as run

    def failures(self) -> list[tuple[str, str]]:
        return [(op, detail) for op, (state, detail) in self.ops.items() if state == OpState.FAILED]


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


class WaveRunner:
    def __init__(self, project: ProjectFile, wave_id: str, *, zoom: ZoomClient | None,
                 amo: AmoTransport | None, concurrency: int = 8, activation_wait: float = 0.0,
                 poll_interval: float = 2.0,
                 on_progress: Callable[[dict[System, SystemProgress]], None] | None = None,
                 on_change: Callable[[Change, OpState, str], None] | None = None) -> None:
        self.project = project
        self.wave_id = wave_id
        self.zoom = zoom
        self.amo = amo
        self.concurrency = concurrency
        self.activation_wait = activation_wait
        self.poll_interval = poll_interval
        self.on_progress = on_progress
        self.on_change = on_change
        self._go = asyncio.Event()
        self._go.set()
        # the wave's record, plan and journal are read by `load`, in a worker thread: at 1,000 people the plan's
        # text, its hash and the journal's rows held the window 50-90 ms when read here, on the loop
        self._loaded = False
        self.progress = {system: SystemProgress(0) for system in System}  # counted once the plan is read
        self._journal: dict[str, WaveOpEntry] = {}
        # this run's word on each change; a state read from the project stays its text (OpState's values)
        self._states: dict[str, str] = {}
        self._other_account: set[str] = set()  # people whose email is another Zoom account's user (409, not here)
        # people this run invited (again): an invitation of minutes ago has not expired (Zoom's last for days), so
        # they are not looked up; at 10,000 people that would double the Zoom stage
        self._invited_now: set[str] = set()
        self.stage = ""  # what the run is doing now, for the status bar
        self._invites: dict[str, Change] = {}  # person -> the wave's invitation, while the Zoom stage runs

    plan: WavePlan  # read by `load`
    _key: str
    _record: WaveRecord
    _plan_sha256: str

    async def load(self) -> None:
        """Reads the wave's record, plan and journal in a worker thread, once (`run` reads them first)."""
        if not self._loaded:
            await asyncio.to_thread(self._read)

    def _read(self) -> None:
        record = self.project.wave(self.wave_id)
        if record is None:
            load_plan(self.project, self.wave_id)  # names the wave the project does not have
        assert record is not None
        self.plan = parse_plan(record.plan)
        self._key = record.secret_key
        # the record without its plan's text (40 MB at 20,000 people, which the parsed plan holds) for the evidence
        self._record = dataclasses.replace(record, plan="")
        self._plan_sha256 = plan_digest(record.plan)
        self.progress = {system: SystemProgress(self.plan.count(system)) for system in System}
        self._journal = self.project.wave_ops(self.wave_id)
        self._loaded = True

    # ------------------------------------------------------------------ control
    def pause(self) -> None:
        self._go.clear()

    def resume(self) -> None:
        self._go.set()

    @property
    def paused(self) -> bool:
        return not self._go.is_set()

    def state_of(self, change: Change) -> str:
        return self._state_of_op(change.op_id)

    def _state_of_op(self, op_id: str) -> str:
        if op_id in self._states:
            return self._states[op_id]
        entry = self._journal.get(op_id)
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

    def _carried(self) -> set[System]:
        """One pass over the plan's changes (in a worker thread: each is read from the plan's text): those an
        earlier run settled are counted as carried, and the live systems the others need are returned."""
        wanted: set[System] = set()
        for change in released(self.plan.changes):
            if self._settled(change):
                self._states[change.op_id] = self._journal[change.op_id].state
                self.progress[change.system].mark(self._states[change.op_id], carried=True)
            elif change.system not in BY_HAND:
                wanted.add(change.system)
        return wanted | {System.ZOOM, System.OS4K} if System.VERIFY in wanted else wanted  # the read-back reads both

    @staticmethod
    def _needs(wanted: set[System], zoom: ZoomClient | None, amo: AmoTransport | None) -> None:
        if wanted & {System.ZOOM, System.VERIFY} and zoom is None:
            raise WizardError("the wave still has Zoom work but no Zoom connection",
                              "set up and test the Zoom connection on the Site page")
        if wanted & {System.OS4K, System.VERIFY} and amo is None:
            raise WizardError("the wave still has OS4K work but no OS4K connection",
                              "set up the OS4K connection on the Site page (AMOs can also be sent by paste in the AMO "
                              "panel, but the read-back needs the session)")

    # ------------------------------------------------------------------ the run
    async def run(self) -> WaveOutcome:
        """Every stage's changes are read from the stored plan (and sorted) in a worker thread: each read decodes
        them from the plan's text, which held the window at each stage's start (50-150 ms at 1,000 people)."""
        await self.load()
        await self.project.commit(self.project.set_wave_state, self.wave_id, WaveState.RUNNING)
        try:
            self._needs(await asyncio.to_thread(self._carried), self.zoom, self.amo)
            # Zoom's invitations and the OS4K's AMOs wait on each other for nothing: side by side, so the slower
            # of the two, not their sum, sets the length of the wave.
            await _together(self._zoom_users(), self._amos())
            await self._portal_rounds()
            await asyncio.sleep(0)  # between stages that mark a thousand people each, the window gets a turn
            await self._assistant()
            await asyncio.sleep(0)
            await self._verify()
        except BaseException:
            await self.project.commit(self.project.set_wave_state, self.wave_id, WaveState.PAUSED)
            raise
        self.stage = ""
        await self.project.written()  # every outcome marked on the way is on disk before the wave is judged
        # the run's start and its own word on each change are let go before its end is read: state_of reads the
        # end from then on, and a big wave's journal is held once
        self._journal, self._states = {}, {}
        entries, ops, state = await asyncio.to_thread(self._ended)
        self._journal = entries
        await self.project.commit(self.project.set_wave_state, self.wave_id, state)
        people = await asyncio.to_thread(people_of, self.plan, entries)  # thousands of rows: off the loop
        evidence = await asyncio.to_thread(evidence_of, dataclasses.replace(self._record, state=state), self.plan,
                                           entries, self._plan_sha256, people)
        await self.project.commit(self.project.attach, EVIDENCE_STEP, f"wave-{self.wave_id}.json", evidence,
                                  replace=True)
        del evidence
        await close_steps(self.project, self.wave_id, entries, plan=self.plan)
        steps = await asyncio.to_thread(next_steps, self.plan, entries)
        return WaveOutcome(self.wave_id, state, ops, self.progress, tuple(steps), people)

    def _ended(self) -> tuple[dict[str, WaveOpEntry], dict[str, tuple[str, str]], WaveState]:
        """The journal as the run left it, and the wave's state by it (in a worker thread: the whole plan is read)."""
        entries = self.project.wave_ops(self.wave_id)
        ops = {op: (entry.state, entry.detail) for op, entry in entries.items()}
        state = WaveState.DONE if all(ops.get(c.op_id, (OpState.PLANNED, ""))[0] in SETTLED | {OpState.FAILED}
                                      for c in released(self.plan.changes)) else WaveState.WAITING
        return entries, ops, state

    async def _each(self, changes: list[Change], work: Callable[[Change], Awaitable[None]]) -> None:
        """Runs `work` for every change not settled yet, `concurrency` at a time; pacing is the client's. A few
        workers take the changes in turn: a task per change held 20,000 coroutines at once on a big site."""
        todo = iter([c for c in changes if not self._settled(c)])

        async def worker() -> None:
            for change in todo:  # one shared iterator: each change goes to exactly one worker
                await self._go.wait()
                await work(change)

        tasks = [asyncio.ensure_future(worker()) for _ in range(self.concurrency)]
        try:
            await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    # ------------------------------------------------------------------ stage 1: Zoom users (§7.1.1, §7.1.2)
    async def _zoom_users(self) -> None:
        invites, activations = await asyncio.to_thread(self._zoom_stage)
        if not any(not self._settled(c) for c in invites + activations):
            return
        self._invites = {c.person: c for c in invites}
        zoom = self.zoom
        assert zoom is not None
        self.stage = "inviting Zoom users"
        await self._each(invites, functools.partial(self._invite, zoom))
        offered = [c for c in activations
                   if self._journal_state(REINVITE + c.person) in (OpState.WAITING, OpState.SENT)]
        await self._each(offered, functools.partial(self._reinvite, zoom))
        self.stage = "waiting for Zoom activations"
        # nobody whose invitation failed can activate: named on their row, and not waited for
        failed = {c.person for c in invites if self.state_of(c) == OpState.FAILED}
        self._settle_many([(c, OpState.WAITING, not_invited(c.data["email"],
                                                            other_account=c.person in self._other_account))
                           for c in activations if c.person in failed and not self._settled(c)])
        await self._activations(zoom, [c for c in activations if c.person not in failed])
        self._invites = {}

    def _zoom_stage(self) -> tuple[list[Change], list[Change]]:
        """The stage's invitations and activations (in a worker thread: read from the plan's text)."""
        zoom_changes = list(stage(self.plan, System.ZOOM))
        return ([c for c in zoom_changes if c.op_id.startswith("zoom.user:")],
                [c for c in zoom_changes if c.op_id.startswith("zoom.active:")])

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
            # the type the plan chose; a plan stored before it named one invites Licensed users (§7.1.1)
            created = await zoom.create_user(email, change.data["first_name"], change.data["last_name"],
                                             user_type=int(change.data.get("type", ZoomUserType.LICENSED)))
            if created is Created.CREATED:
                self._invited_now.add(change.person)
                self._settle(change, OpState.DONE, Said("invited; the person activates the account (§7.1.2)"))
            elif await zoom.find_user(email) is not None:
                self._settle(change, OpState.ALREADY, Said("the user was already in the account"))
            else:  # 409 code 1005 and not in this account: the email is another account's user
                self._other_account.add(change.person)
                self._settle(change, OpState.FAILED, not_invited(email, other_account=True))
        except InvitationExpired:  # the user exists, pending for good: a finding on the person's row
            self._settle(change, OpState.FAILED, Said("{email} never accepted Zoom's invitation and it has expired: "
                                                      "remove the pending user in the Zoom portal (User Management > "
                                                      "Users > Pending) or let the wave's undo do it, then invite "
                                                      "the person again", email=email))
        except ApiError as exc:
            if exc.account_wide:
                raise  # the wave stops, resumably
            self._settle(change, OpState.FAILED, Said.of_error(exc))

    async def _activations(self, zoom: ZoomClient, activations: list[Change]) -> None:
        """The people whose Zoom account is active (§7.1.2), looked for again until `activation_wait` is over. The
        others are looked up once (Users spec: 400 code 1120 when the invitation expired): nobody waits for an
        invitation that can no longer be accepted."""
        give_up = time.monotonic() + self.activation_wait
        left = [c for c in activations if not self._settled(c)]
        looked_up = False
        while left:
            await self._go.wait()
            active = {str(u.get("email", "")).lower() for u in await zoom.list_users("active")}
            self._settle_many([(c, OpState.DONE, Said("active")) for c in left if c.person in active])
            left = [c for c in left if not self._settled(c)]
            if left and not looked_up:
                left, looked_up = await self._not_expired(zoom, left), True
            if not left or time.monotonic() >= give_up:
                break
            await asyncio.sleep(self.poll_interval)
        self._settle_many([(c, OpState.WAITING, Said(NOT_ACTIVE, email=c.data["email"])) for c in left])

    async def _not_expired(self, zoom: ZoomClient, left: list[Change]) -> list[Change]:
        """Looks up the people not active yet whose invitation was not sent by this run; those whose invitation
        expired are named (and offered a new one when the wave sent theirs and has not sent a second), the others
        are returned to wait for."""
        expired: dict[str, Change] = {}

        async def look(change: Change) -> None:
            try:
                await zoom.find_user(change.data["email"])
            except InvitationExpired:
                expired[change.op_id] = change

        await self._each([c for c in left if c.person not in self._invited_now], look)
        offered = {c.op_id for c in expired.values() if self._invited_by_wave(c.person)
                   and self._journal_state(REINVITE + c.person) != OpState.DONE}
        if offered:
            self.project.commit_later(self.project.wave_ops_done, self.wave_id,
                                      [(REINVITE + expired[op].person, OpState.WAITING,
                                        Said("offered: the invitation expired")) for op in offered])
        self._settle_many([(c, OpState.WAITING, invitation_expired(c.data["email"], invited_again=c.op_id in offered))
                           for c in expired.values()])
        return [c for c in left if c.op_id not in expired]

    def _invited_by_wave(self, person: str) -> bool:
        return person in self._invites

    def _journal_state(self, op_id: str) -> str:
        entry = self._journal.get(op_id)
        return entry.state if entry is not None else OpState.PLANNED

    async def _reinvite(self, zoom: ZoomClient, change: Change) -> None:
        """The engineer resumed after an expired invitation was named: it is removed and the person invited again,
        once. Journaled before anything is sent, and looked up first, so a run killed half-way neither removes a
        new invitation nor sends a second one."""
        invite = self._invites[change.person]
        email, op = invite.data["email"], REINVITE + change.person
        await self.project.commit(self.project.wave_op_sending, self.wave_id, op)
        self._invited_now.add(change.person)
        try:
            try:
                found = await zoom.find_user(email)
            except InvitationExpired:
                await zoom.remove_user(email, pending=True)  # a pending user is disassociated (userDelete)
                found = None
            if found is None:
                await zoom.create_user(email, invite.data["first_name"], invite.data["last_name"],
                                       user_type=int(invite.data.get("type", ZoomUserType.LICENSED)))
        except ApiError as exc:
            if exc.account_wide:
                raise  # the wave stops; 'sent' is looked up on resume
            await self.project.commit(self.project.wave_op_done, self.wave_id, op, OpState.FAILED,
                                      Said.of_error(exc))
            return
        await self.project.commit(self.project.wave_op_done, self.wave_id, op, OpState.DONE,
                                  Said("invited again after the invitation expired"))

    # ------------------------------------------------------------------ stage 2: the portal rounds (§7.1.3.2)
    async def _portal_rounds(self) -> None:
        """A round confirmed by the engineer is read back person by person; a round not confirmed yet waits for
        the engineer's hands."""
        active, confirmed, waiting = await asyncio.to_thread(self._rounds_now)
        self._settle_many(waiting)
        listed = await self._integrated_list(sum(1 for _, todo in confirmed for c in todo if c.person in active))
        for number, todo in confirmed:
            self.stage = f"checking portal round {number}"
            await self._portal_round(number, todo, active, listed)

    def _rounds_now(self) -> tuple[set[str], list[tuple[int, list[Change]]], list[tuple[Change, OpState, str]]]:
        """The people whose Zoom user is active, the confirmed rounds' changes still to check, and what the rounds
        not confirmed yet wait for (in a worker thread: read from the plan's text)."""
        active = {c.person for c in stage(self.plan, System.ZOOM)
                  if c.op_id.startswith("zoom.active:") and self._settled(c)}
        confirmed: list[tuple[int, list[Change]]] = []
        waiting: list[tuple[Change, OpState, str]] = []  # the rounds not confirmed yet: one transaction for all
        for number, members in plan_rounds(self.plan).items():
            todo = [c for c in members if not self._settled(c)]
            word = self._journal.get(round_op(number))
            if todo and (word is None or word.state != OpState.DONE):
                waiting += [(c, OpState.WAITING, Said("round {number}: tick in the portal's Add users, then confirm "
                                                      "the round", number=number) if c.person in active
                             else Said("round {number}, once the Zoom user is active", number=number)) for c in todo]
            elif todo:
                confirmed.append((number, todo))
        return active, confirmed, waiting

    async def _integrated_list(self, to_check: int) -> set[str] | None:
        """The emails in the Integrated users list, read whole (ListSIPPhonePhones, 300 a page) when more people are
        to be checked than a page holds; else None, and each person is looked up with search_key. At 20,000 people
        that is 67 requests instead of 20,000 searches (each of which the lab answers by going through its whole
        list; how Zoom answers one is not documented)."""
        if to_check <= PHONES_PAGE_MAX:
            return None
        assert self.zoom is not None
        self.stage = "reading the Integrated users list"
        return {str(p.get("user_email", "")).strip().lower() for p in await self.zoom.list_sip_phones()}

    async def _portal_round(self, number: int, todo: list[Change], active: set[str], listed: set[str] | None) -> None:
        """One confirmed round read back; its outcomes are written in one transaction, not fifty (20,000 fsyncs at
        20,000 people). One lost to a crash is a look-up that changed nothing, and is looked up again on resume."""
        found: list[tuple[Change, OpState, str]] = []

        async def check(change: Change) -> None:
            zoom = self.zoom
            assert zoom is not None
            email = change.data["email"]
            if change.person not in active:
                found.append((change, OpState.WAITING, Said("round {number}: the Zoom user is not active yet, so it "
                                                            "could not be added; tick it once active and confirm "
                                                            "the round again", number=number)))
            elif (email.strip().lower() in listed) if listed is not None else \
                    await zoom.find_sip_phone(email) is not None:
                found.append((change, OpState.DONE, Said("in the Integrated users list (round {number})",
                                                         number=number)))
            else:
                found.append((change, OpState.FAILED, Said("not in the Integrated users list after round {number}: "
                                                           "tick {email} in Add users (the email must be the Zoom "
                                                           "user's), then confirm the round again", number=number,
                                                           email=email)))

        try:
            await self._each(todo, check)
        finally:
            self._settle_many(found)

    # ------------------------------------------------------------------ stage 3: the AMOs (§7.2)
    async def _amos(self) -> None:
        """Sends the AMOs through the AMO journal, which resumes on its own."""
        changes = self.plan.of(System.OS4K)  # a stored plan's are read one by one, not held (4 a person)
        seen, commands = await asyncio.to_thread(self._amo_commands, changes)
        if len(seen) == len(changes):
            return
        assert self.amo is not None

        def record(position: int, result: AmoResult) -> None:
            if position not in seen:
                change = changes[position]
                self._settle(change, OpState.FAILED if result.status == "error" else OpState.DONE,
                             "; ".join(result.messages))

        await AmoSession(self.project, self.amo, on_result=record).run_batch(self.amo_batch_id, commands)

    def _amo_commands(self, changes: Sequence[Change]) -> tuple[set[int], list[str]]:
        """The positions of the AMOs already answered, and every AMO's command with its digest password (in a
        worker thread: each change is read from the plan's text, each password is an HMAC)."""
        seen: set[int] = set()
        commands: list[str] = []
        for position, change in enumerate(released(changes)):
            if self._settled(change):
                seen.add(position)
            commands.append(self._with_password(change.data["command"]))
        return seen, commands

    @property
    def amo_batch_id(self) -> str:
        return f"{self.wave_id}:amo"

    def _with_password(self, command: str) -> str:
        if DIGEST_PLACEHOLDER not in command:
            return command
        password = amo_values.digest_password(digest_password(self._key, command_station(command) or ""))
        return command.replace(DIGEST_PLACEHOLDER, password)

    # ------------------------------------------------------------------ stage 4: the Assistant (§7.2.1)
    async def _assistant(self) -> None:
        self._settle_many(await asyncio.to_thread(self._assistant_now))

    def _assistant_now(self) -> list[tuple[Change, OpState, str]]:
        """What each Assistant change still to make waits for (in a worker thread: three stages are read)."""
        states = {c.op_id: self.state_of(c) for system in (System.PSI, System.OS4K, System.ASSISTANT)
                  for c in stage(self.plan, system)}
        ready = {c.op_id for c in assistant_ready(self.plan, states)}
        portal = {c.person: (states[c.op_id], c.round) for c in stage(self.plan, System.PSI)}
        refused = {c.person for c in stage(self.plan, System.OS4K) if states[c.op_id] == OpState.FAILED}
        return [(c, OpState.WAITING, Said(ASSISTANT_TODO) if c.op_id in ready
                 else _assistant_blocker(portal.get(c.person), c.person in refused))
                for c in stage(self.plan, System.ASSISTANT) if not self._settled(c)]

    # ------------------------------------------------------------------ stage 5: read back (§7.2.1, §8.2)
    async def _verify(self) -> None:
        todo, later = await asyncio.to_thread(self._to_read_back)
        self._settle_many([(c, OpState.WAITING, Said("after the Assistant's Update (§7.2.1)")) for c in later])
        if not todo:
            return
        assert self.zoom is not None and self.amo is not None
        self.stage = "reading back Zoom and the OS4K"
        readback = await read_back(self.project, self.wave_id, todo, self.zoom, self.amo, plan=self.plan)
        self._settle_many([(c, readback[c.person].state, _readback_detail(readback[c.person].findings, c))
                           for c in todo])


    def _to_read_back(self) -> tuple[list[Change], list[Change]]:
        """The people to read back now and those still waiting for the Assistant (in a worker thread: read from
        the plan's text)."""
        todo: list[Change] = []
        later: list[Change] = []
        for change in stage(self.plan, System.VERIFY):
            if self._settled(change):
                continue
            # the person's Assistant change, by the id the plan gives it (plan_wave)
            (todo if self._state_of_op(f"assistant:{change.person}") in SETTLED else later).append(change)
        return todo, later


def _assistant_blocker(portal: tuple[str, int] | None, refused: bool) -> Said:
    """`portal`: the person's portal round's state and number; `refused`: one of the person's AMOs was refused."""
    if portal is not None and portal[0] not in SETTLED:
        return Said("after round {number} in the portal", number=portal[1])
    if refused:
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
