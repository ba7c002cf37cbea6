"""A station's digest password is kept where it has one (guide §7.2 asks only that the station has digest
authentication; the Assistant hands the OS4K's password, whichever it is, to Zoom through CloudLink). A new one is
given where there is none, or everywhere when the engineer chooses to rotate them; the plan names each such station
and why. Run against the lab, whose OS4K keeps each password as its SHA-256 only."""

import asyncio
import hashlib
from pathlib import Path
from typing import Any

import pytest

from tests.test_provisioning import OPTIONS, Lab, run_assistant, tick_rounds, with_lab
from wizard.checks.amo import Os4kConfig
from wizard.checks.provisioning import (
    PasswordReason,
    RowState,
    WaveOptions,
    WavePlan,
    digest_password,
    people,
    plan_wave,
)
from wizard.connectors.os4k import SshAmoTransport
from wizard.connectors.zoom import ZoomClient
from wizard.lab import zoom as zoom_lab
from wizard.lab.os4k import LabStation, Os4kModel
from wizard.provisioning.people import wave_people
from wizard.provisioning.runner import WaveRunner
from wizard.provisioning.sources import read_os4k_live, read_zoom_live
from wizard.provisioning.undo import undo_plan
from wizard.provisioning.waves import change_summary, load_plan, new_wave
from wizard.store.project import ProjectFile

PEOPLE = 8


def half_with_passwords() -> tuple[zoom_lab.ZoomState, Os4kModel]:
    """Eight active Zoom users, each with a SIP station that has its PERSI email and PM route; the even ones
    already have a digest password (a device may be registered with it), the odd ones have none."""
    state = zoom_lab.ZoomState()
    model = Os4kModel(routes={"1": "7999"})
    for i in range(PEOPLE):
        email = f"d{i}@example.com"
        state.add_user(email, "D", str(i))
        model.stations[str(3200 + i)] = LabStation(email=email, pmidx="1")
        if i % 2 == 0:
            model.stations[str(3200 + i)].set_password(f"registered-device-{i}")
    return state, model


async def read_and_plan(client: ZoomClient, transport: SshAmoTransport,
                        options: WaveOptions) -> tuple[list, WavePlan, Os4kConfig]:
    users, phones, pending = await read_zoom_live(client)
    source = await read_os4k_live(transport)
    rows = people(users, source.config, phones, options, pending_phones=pending)
    return rows, plan_wave([r for r in rows if r.selectable], source.config, options), source.config


async def whole_wave(project: ProjectFile, client: ZoomClient, transport: SshAmoTransport, lab: Lab,
                     options: WaveOptions) -> dict[str, Any]:
    """Plan, run, the portal rounds and the Assistant by the lab's hands, read back; then read and plan again."""
    _, plan, _ = await read_and_plan(client, transport, options)
    wave = new_wave(project, plan)

    async def run() -> None:
        await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=1, poll_interval=0.1).run()

    summary = change_summary(project, wave)
    await run()
    tick_rounds(project, wave, lab)
    await run()
    run_assistant(project, wave, lab)
    await run()
    rows_after, plan_after, config_after = await read_and_plan(client, transport, options)
    return {"wave": wave, "plan": plan, "summary": summary, "rows_after": rows_after, "plan_after": plan_after,
            "config_after": config_after}


def passwords(model: Os4kModel) -> dict[str, str | None]:
    return {stno: station.password_sha256 for stno, station in model.stations.items()}


def ippassw_sent(model: Os4kModel) -> int:
    return sum(times for command, times in model.applied.items() if "IPPASSW" in command.upper())


def derived(project: ProjectFile, wave: str, stno: str) -> str:
    """The SHA-256 of the password the wave derives for a station."""
    key = project.wave(wave).secret_key  # type: ignore[union-attr]
    return hashlib.sha256(digest_password(key, stno).encode()).hexdigest()


@pytest.fixture
def project(tmp_path: Path):
    p = ProjectFile.create(tmp_path / "passwords.psiproj")
    yield p
    p.close()


def test_a_wave_keeps_the_digest_passwords_that_exist_and_integrates_everyone(project: ProjectFile) -> None:
    state, model = half_with_passwords()
    before = passwords(model)
    seen = asyncio.run(with_lab(state, model, lambda c, t, lab: whole_wave(project, c, t, lab, OPTIONS)))
    wave = seen["wave"]
    after = passwords(model)
    having = [str(3200 + i) for i in range(0, PEOPLE, 2)]
    lacking = [str(3200 + i) for i in range(1, PEOPLE, 2)]
    # the passwords that existed are the ones the stations still have; the others got the wave's own
    assert {stno: after[stno] for stno in having} == {stno: before[stno] for stno in having}
    assert all(after[stno] == derived(project, wave, stno) for stno in lacking)
    assert ippassw_sent(model) == len(lacking) == PEOPLE // 2
    # everyone integrated; Zoom got each station's own password through CloudLink, whichever it is
    assert {row["stage"] for row in wave_people(project, wave)} == {"integrated"}
    for phone in state.phones.values():
        assert phone["password_sha256"] == after[phone["authorization_name"]], phone["user_email"]
    assert not state.sip_phone_writes
    # the plan named the stations it gave a password and why, and said so before anything was sent
    assert seen["plan"].new_passwords == tuple((stno, PasswordReason.NONE) for stno in lacking)
    assert "digest passwords: 4 station(s) have none, so the wave gives each one: 3201, 3203, 3205, 3207" \
        in seen["summary"]
    assert "digest passwords: 4 station(s) keep their own; the Assistant hands it to Zoom as it is" in seen["summary"]
    # read again after the wave: nobody is left to plan, and a plan of those left changes nothing
    assert {row.state for row in seen["rows_after"]} == {RowState.INTEGRATED}
    assert seen["plan_after"].changes == () and seen["plan_after"].new_passwords == ()
    # every row chosen anyway, with those the read-back found integrated: all left out, nothing changed
    integrated = [row["email"] for row in wave_people(project, wave) if row["stage"] == "integrated"]
    again = plan_wave(seen["rows_after"], seen["config_after"], OPTIONS, integrated=integrated)
    assert again.changes == () and len(again.skipped) == PEOPLE


def test_rotating_is_the_engineers_choice_and_the_plan_names_every_station(project: ProjectFile) -> None:
    state, model = half_with_passwords()
    before = passwords(model)
    rotate = WaveOptions(**{**OPTIONS.__dict__, "rotate_passwords": True})
    seen = asyncio.run(with_lab(state, model, lambda c, t, lab: whole_wave(project, c, t, lab, rotate)))
    wave = seen["wave"]
    after = passwords(model)
    assert all(after[stno] == derived(project, wave, stno) != before[stno] for stno in model.stations)
    assert ippassw_sent(model) == PEOPLE
    assert {row["stage"] for row in wave_people(project, wave)} == {"integrated"}
    # every station named, each with why; kept with the stored plan, so a resumed wave does the same
    stored = load_plan(project, wave)
    assert stored.options.rotate_passwords and stored.new_passwords == seen["plan"].new_passwords
    assert dict(stored.new_passwords) == {str(3200 + i): PasswordReason.ROTATED if i % 2 == 0 else PasswordReason.NONE
                                          for i in range(PEOPLE)}
    rotated = next(line for line in seen["summary"] if "as you chose" in line)
    assert rotated.startswith("digest passwords: 4 station(s) get a new one in place of their own, as you chose: "
                              "3200, 3202, 3204, 3206")
    assert "stops working until it is set up again with the new password" in rotated
    # undo says the truth about each: an old password cannot come back, a station without one keeps the new one
    notes = undo_plan(project, wave).notes
    # said once for the stations of each (walk-through item 9), not once per station
    assert any(n.startswith("Stations 3200, 3202, 3204, 3206 (4): the digest password the wave set in place of the "
                            "old one stays") for n in notes), notes
    assert "Stations 3201, 3203, 3205, 3207 (4): had no digest password before the wave; the ones the wave gave them " \
        "stay." in notes, notes
