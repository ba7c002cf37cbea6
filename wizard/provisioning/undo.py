"""Undoing a wave: the AMOs back to what REG- showed before it, the invitations nobody accepted withdrawn, and a
list for the engineer's hands of what the wizard never wrote (the portal's integrated users, the Assistant's user
data), each said before it is done."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from wizard.checks.provisioning import (
    NEW_DIGEST_STAYS,
    NO_DIGEST_BEFORE,
    NO_EMAIL_BEFORE,
    OpState,
    System,
    WaveState,
    undo_amos,
)
from wizard.checks.result import Finding
from wizard.connectors.os4k import AmoSession, AmoTransport
from wizard.errors import WizardError
from wizard.provisioning.readback import close_steps
from wizard.provisioning.waves import first_few, load_plan, wave_targets
from wizard.said import Said
from wizard.store.project import ProjectFile

if TYPE_CHECKING:  # the HTTP client is loaded by whoever makes one
    from wizard.connectors.zoom import ZoomClient


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

    notes = tuple(grouped_notes(amos.notes))  # sentences the window says in its language
    return WaveUndo(amos.amos, notes, ours(System.ZOOM, "zoom.user:"), ours(System.PSI), ours(System.ASSISTANT))


STATIONS_SHOWN = 8  # a note for many stations names the first few (the AMOs below name each one) and the count


def grouped_notes(notes: Sequence[Finding]) -> list[Said]:
    """The undo's notes as sentences, in their order; a note the undo makes per station is said once for all its
    stations, where the first of them stood (30 stations were 30 lines of the same sentence)."""
    stations: dict[str, list[str]] = defaultdict(list)
    for note in notes:
        if note.wording[0] in (NO_EMAIL_BEFORE, NEW_DIGEST_STAYS, NO_DIGEST_BEFORE):
            stations[note.wording[0]].append(dict(note.values).get("stno", ""))
    said: list[Said] = []
    grouped: set[str] = set()  # the notes said for all their stations already
    for note in notes:
        listed = stations.get(note.wording[0], [])
        if len(listed) < 2:
            said.append(Said.of_finding(note))
        elif note.wording[0] not in grouped:  # the first of its stations: said for them all, once
            said.append(_for_stations(note.wording[0], first_few(listed, STATIONS_SHOWN), len(listed)))
            grouped.add(note.wording[0])
    return said


def _for_stations(wording: str, stations: str, total: int) -> Said:
    if wording == NO_DIGEST_BEFORE:
        return Said("Stations {stations} ({total}): had no digest password before the wave; the ones the wave gave "
                    "them stay.", stations=stations, total=total)
    if wording == NEW_DIGEST_STAYS:
        return Said("Stations {stations} ({total}): the digest password the wave set in place of the old one stays; "
                    "the old one cannot be read back from the OS4K (REG- shows ****), so a device registered with it "
                    "needs the new one.", stations=stations, total=total)
    return Said("Stations {stations} ({total}): had no email before the wave; CHANGE-PERSI:EMAIL with an empty "
                'email ("") clears it, a form no public AMO description confirms. Confirm it on a test station '
                "first.", stations=stations, total=total)


def undo_summary(project: ProjectFile, undo: WaveUndo) -> list[str]:
    """What undo will change, per system, for its own confirmation: sentences the window says in its language
    (wizard.said), each counted one with the language's plural form."""
    zoom, host, number = wave_targets(project)
    lines: list[str] = []  # a system with nothing to undo is left out, not said with a count of none
    if undo.users:
        lines.append(Said("Zoom account {zoom}: remove the invitations still pending among the {count} people the "
                          "wave invited (people who accepted are kept)", zoom=zoom, count=len(undo.users)))
    if undo.amos:
        lines.append(Said("OS4K at {host}, system number {number}: {count} AMO(s) to put back what REG- showed "
                          "before the wave", host=host, number=number, count=len(undo.amos)))
    if undo.portal:
        lines.append(Said("by hand in the Zoom portal: remove {count} integrated user(s) (Phone System Integration "
                          "> Integrated users)", count=len(undo.portal)))
    if undo.assistant:
        lines.append(Said("by hand in the Assistant: delete {count} user(s) (Zoom PSI > Data operations > User "
                          "data)", count=len(undo.assistant)))
    return lines or [Said("nothing to undo: the wave invited nobody, sent no AMO and added nobody by hand")]


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
                notes.append(Said("{email} has accepted the invitation (or left the account): not removed, since "
                                  "that would delete the person's data; remove it by hand in User Management > "
                                  "Users if wanted", email=email))
    if undo.portal:
        notes.append(Said("Remove by hand in the Zoom portal (Integrated users): {people}",
                          people=", ".join(undo.portal)))
    if undo.assistant:
        notes.append(Said("Delete by hand in the Assistant (Zoom PSI > User data): {people}",
                          people=", ".join(undo.assistant)))
    await project.commit(project.set_wave_state, wave_id, WaveState.UNDONE)
    # what the wave did is not in force now: the steps it closed are open again and say what the undo did
    await close_steps(project, wave_id, undone_on=datetime.now(UTC).date().isoformat())
    return dataclasses.replace(undo, notes=undo.notes + tuple(notes))
