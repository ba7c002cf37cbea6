"""What only the engineer's hands do in a wave, and the word the wave takes for it: the Zoom portal's rounds of Add
users (§7.1.3.2) and the Assistant's import file and Update all (§7.2.1). The wizard never clicks there; it shows
each list, takes a confirmation only for what can be true (a round with people to add, an import file saved in this
wave or a note of how else), reads it back on the next run, and says what has to happen next."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from wizard.checks.provisioning import Change, OpState, System, WavePlan, assistant_csv
from wizard.errors import WizardError
from wizard.provisioning.people import people_of
from wizard.provisioning.waves import SETTLED, first_few, load_plan, plan_rounds, released, stage
from wizard.said import Said
from wizard.store.project import ProjectFile, RoundMember, WaveOpEntry


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
    """Each round of the wave as the engineer works it in the portal: who to tick now, who cannot be ticked yet.
    From the rounds' own rows (copied from the plan when it was stored), not the plan: a 20,000-person plan is
    40 MB of text to read for 20,000 of its 170,000 changes."""
    members = project.round_members(wave_id)
    if not members and project.wave(wave_id) is None:
        load_plan(project, wave_id)  # a wave the project does not have is named as such, with the ones it has
    # only the rounds' own entries and their people's activations: the whole journal is five or more entries a
    # person, read on the window's loop when the engineer looks at the rounds
    ops = project.wave_ops_of(wave_id, _round_ops(members))
    return [portal_round(number, people, ops) for number, people in members.items()]


def _round_ops(members: dict[int, list[RoundMember]]) -> set[str]:
    """The journal entries `portal_round` reads for these rounds."""
    return {op for number, people in members.items() for m in people
            for op in (m.op_id, f"zoom.active:{m.person}", round_op(number))}


def rounds_of(plan: WavePlan, ops: dict[str, WaveOpEntry]) -> list[PortalRound]:
    return [portal_round(number, [RoundMember(c.op_id, c.person, c.data["email"], c.data["name"]) for c in members],
                         ops) for number, members in plan_rounds(plan).items()]


def portal_round(number: int, members: Sequence[RoundMember], ops: dict[str, WaveOpEntry]) -> PortalRound:
    """One round as it stands: `ops` needs only its members' entries, their activations' and the round's own."""
    def state(op: str) -> str:
        return ops[op].state if op in ops else OpState.PLANNED

    active = {m.op_id for m in members if state(f"zoom.active:{m.person}") in SETTLED}
    return PortalRound(number, tuple((m.email, m.name) for m in members
                                     if m.op_id in active and state(m.op_id) not in SETTLED),
                       tuple(m.email for m in members if m.op_id not in active and state(m.op_id) not in SETTLED),
                       sum(1 for m in members if state(m.op_id) in SETTLED), len(members),
                       state(round_op(number)) == OpState.DONE)


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
    return confirm_rounds(project, wave_id, [number])[0]


def confirm_rounds(project: ProjectFile, wave_id: str, numbers: Collection[int] | None) -> list[PortalRound]:
    """The engineer's word that the portal took several rounds at once: the rounds `numbers`, all of them or none
    (one that has nobody to add now refuses the word), or with None every round that has people to add now. Reads
    only these rounds' rows and journal entries, so a round costs the same however large the site."""
    members = project.round_members(wave_id, numbers)
    if not members and project.wave(wave_id) is None:
        load_plan(project, wave_id)  # a wave the project does not have is named as such, with the ones it has
    unknown = sorted(set(numbers or ()) - set(members))
    if unknown:
        raise WizardError("wave {wave_id} has no portal round {number}", "its rounds are {rounds}", wave_id=wave_id,
                          number=", ".join(map(str, unknown)),
                          rounds=", ".join(map(str, project.round_numbers(wave_id))) or "none")
    ops = project.wave_ops_of(wave_id, _round_ops(members))
    rounds = [portal_round(number, people, ops) for number, people in members.items()]
    chosen = [r for r in rounds if r.to_tick] if numbers is None else rounds
    if not chosen:
        raise WizardError("no portal round of wave {wave_id} has anybody to add now",
                          "resume the wave to see where it stands", wave_id=wave_id)
    refused = [r for r in chosen if not r.to_tick]
    if refused:
        raise _nobody_to_add(refused[0])
    project.wave_ops_done(wave_id, [(round_op(r.number), OpState.DONE, "added in the portal by the engineer: "
                                     + ", ".join(e for e, _ in r.to_tick)) for r in chosen])
    return [dataclasses.replace(r, confirmed=True) for r in chosen]


def _nobody_to_add(chosen: PortalRound) -> WizardError:
    return WizardError("round {number} has nobody to add now: everyone in it is in the Integrated users list "
                       "already" if not chosen.not_active else "round {number} has nobody to add now: {count} of "
                       "its people have not activated their Zoom account yet",
                       "resume the wave to see where it stands", number=chosen.number, count=len(chosen.not_active))


def assistant_ready(plan: WavePlan, states: dict[str, str]) -> list[Change]:
    """The Assistant changes whose person is in the Integrated users list (or was before the wave) and whose AMOs
    are all answered without an error: the people the Assistant's Update can integrate now."""
    amo_state: dict[str, list[str]] = defaultdict(list)
    for c in stage(plan, System.OS4K):
        if c.person:
            amo_state[c.person].append(states.get(c.op_id, OpState.PLANNED))
    portal = {c.person: states.get(c.op_id, OpState.PLANNED) for c in stage(plan, System.PSI)}
    return [c for c in stage(plan, System.ASSISTANT)
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


# Why a person's activation (§7.1.2) waits when it is not for the person: the runner says it on the person's row,
# next_steps groups the people by it, so nobody is asked to accept an invitation they cannot accept.
NOT_INVITED = "not invited: see the invitation's problem"
OTHER_ACCOUNT = ("{email} has a Zoom user in another Zoom account, so it cannot become active in this one: add the "
                 "person in the Zoom portal (User Management > Users > Add users), which asks them to join this "
                 "account, or ask the other account's admin to remove the user, or plan the person with another "
                 "email; then resume")
EXPIRED = ("{email}'s Zoom invitation expired before it was accepted: resume, and the wave removes it and invites the "
           "person again (once)")
EXPIRED_BY_HAND = ("{email}'s Zoom invitation expired before it was accepted, and the wave does not send it again: "
                   "remove the pending user in the Zoom portal (User Management > Users > Pending), invite the person "
                   "there and ask them to accept, then resume")


def not_invited(email: str, *, other_account: bool) -> Said:
    """What the activation of a person whose invitation failed waits for."""
    return Said(OTHER_ACCOUNT, email=email) if other_account else Said(NOT_INVITED)


def invitation_expired(email: str, *, invited_again: bool) -> Said:
    """What the activation of a person whose invitation expired waits for: the resume (when the wave will invite
    the person again) or the engineer's hands."""
    return Said(EXPIRED, email=email) if invited_again else Said(EXPIRED_BY_HAND, email=email)


def next_steps(plan: WavePlan, ops: dict[str, WaveOpEntry]) -> list[Said]:
    """What has to happen before the wave can go on, in the guide's order, in words for the engineer."""
    states = {op: entry.state for op, entry in ops.items()}
    steps = _activation_steps(plan, ops)
    for number, members in plan_rounds(plan).items():
        open_ = [c for c in members if states.get(c.op_id) not in SETTLED
                 and states.get(f"zoom.active:{c.person}") in SETTLED]
        if open_:
            steps.append(Said("portal round {number}: tick {count} people in Integrated users > Add users, then "
                              "confirm the round", number=number, count=len(open_)))
    ready = assistant_ready(plan, states)
    if ready:
        steps.append(Said("Assistant: import the file for {count} people, run Update all, then confirm",
                          count=len(ready)))
    pending = [c.data["email"] for c in stage(plan, System.VERIFY) if states.get(c.op_id) == OpState.WAITING
               and states.get(f"assistant:{c.person}") in SETTLED]
    if pending:
        steps.append(Said("{count} people wait for CloudLink to hand Zoom their SIP credentials: check the "
                          "Assistant's Update / Data synchronisation, then resume", count=len(pending)))
    failed = sum(1 for c in released(plan.changes) if states.get(c.op_id) == OpState.FAILED)
    if failed:
        steps.append(Said("{count} change(s) failed: each person's row says the fix; resume once fixed", count=failed))
    return steps


def _activation_steps(plan: WavePlan, ops: dict[str, WaveOpEntry]) -> list[Said]:
    """The people whose Zoom account is not active yet, grouped by what they wait for: only those who can accept
    an invitation are to be asked."""
    why: dict[str, list[str]] = defaultdict(list)  # the wording a waiting activation gave -> the people
    for c in stage(plan, System.ZOOM):
        if c.op_id.startswith("zoom.active:") and (c.op_id not in ops or ops[c.op_id].state not in SETTLED):
            why[getattr(ops[c.op_id].detail, "wording", "") if c.op_id in ops else ""].append(c.data["email"])
    inactive = [email for wording, emails in why.items()
                if wording not in (NOT_INVITED, OTHER_ACCOUNT, EXPIRED, EXPIRED_BY_HAND) for email in emails]
    steps = []
    if inactive:
        steps.append(Said("{count} people have not activated their Zoom account ({people}): ask them, then resume",
                          count=len(inactive), people=first_few(inactive, 3)))
    if why[EXPIRED]:
        steps.append(Said("{count} people's Zoom invitations expired ({people}): resume, and the wave invites them "
                          "again, once each", count=len(why[EXPIRED]), people=first_few(why[EXPIRED], 3)))
    if why[EXPIRED_BY_HAND]:
        steps.append(Said("{count} people's Zoom invitations expired and are not the wave's to send again "
                          "({people}): invite them in the Zoom portal (User Management > Users > Pending), then "
                          "resume", count=len(why[EXPIRED_BY_HAND]), people=first_few(why[EXPIRED_BY_HAND], 3)))
    if why[OTHER_ACCOUNT]:
        steps.append(Said("{count} people have a Zoom user in another Zoom account ({people}): each row says how to "
                          "bring them into this one; resume once done", count=len(why[OTHER_ACCOUNT]),
                          people=first_few(why[OTHER_ACCOUNT], 3)))
    return steps
