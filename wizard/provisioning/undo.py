"""Undoing a wave: the AMOs back to what REG- showed before it, the invitations nobody accepted withdrawn, and a
list for the engineer's hands of what the wizard never wrote (the portal's integrated users, the Assistant's user
data), each said before it is done."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from wizard.checks.provisioning import OpState, System, WaveState, undo_amos
from wizard.connectors.os4k import AmoSession, AmoTransport
from wizard.errors import WizardError
from wizard.provisioning.readback import close_steps
from wizard.provisioning.waves import load_plan, wave_targets
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

    notes = tuple(Said.of_finding(note) for note in amos.notes)  # sentences the window says in its language
    return WaveUndo(amos.amos, notes, ours(System.ZOOM, "zoom.user:"), ours(System.PSI), ours(System.ASSISTANT))


def undo_summary(project: ProjectFile, undo: WaveUndo) -> list[str]:
    """What undo will change, per system, for its own confirmation: sentences the window says in its language
    (wizard.said), each counted one with the language's plural form."""
    zoom, host, number = wave_targets(project)
    lines: list[str] = [
        Said("Zoom account {zoom}: remove the invitations still pending among the {count} people the wave invited "
             "(people who accepted are kept)", zoom=zoom, count=len(undo.users)),
        Said("OS4K at {host}, system number {number}: {count} AMO(s) to put back what REG- showed before the wave",
             host=host, number=number, count=len(undo.amos))]
    if undo.portal:
        lines.append(Said("by hand in the Zoom portal: remove {count} integrated user(s) (Phone System Integration "
                          "> Integrated users)", count=len(undo.portal)))
    if undo.assistant:
        lines.append(Said("by hand in the Assistant: delete {count} user(s) (Zoom PSI > Data operations > User "
                          "data)", count=len(undo.assistant)))
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
