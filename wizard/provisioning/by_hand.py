"""What only the engineer's hands do in a wave, and the word the wave takes for it: the Zoom portal's rounds of Add
users (§7.1.3.2) and the Assistant's import file and Update all (§7.2.1). The wizard never clicks there; it shows
each list, takes a confirmation only for what can be true (a round with people to add, an import file saved in this
wave or a note of how else), reads it back on the next run, and says what has to happen next."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from wizard.checks.provisioning import Change, OpState, System, WavePlan, assistant_csv
from wizard.errors import WizardError
from wizard.provisioning.people import people_of
from wizard.provisioning.waves import SETTLED, first_few, load_plan
from wizard.said import Said
from wizard.store.project import ProjectFile, WaveOpEntry


def round_op(number: int) -> str:
    return f"psi.round:{number}"


# The Assistant import file saved for a person of the wave (one op per person, so the journal and its audit say
# whose file was written); and the engineer's note when the people were imported another way.
FILE_SAVED = "assistant.file:"
ANOTHER_WAY = "assistant.another-way"


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
                          "save the file the wave makes for the people ready now", people=first_few(strangers),
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
