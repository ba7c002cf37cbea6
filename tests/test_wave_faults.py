"""The faults a wave meets on Zoom's side, against the lab on loopback: a flaky service (5xx before or after the
create was carried out), and people the wave cannot simply wait for."""

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from tests.test_provisioning import OPTIONS, Lab, with_lab
from wizard.checks.provisioning import OpState, people, plan_wave
from wizard.connectors.http import ApiError
from wizard.connectors.os4k import SshAmoTransport
from wizard.connectors.zoom import ZoomClient
from wizard.lab import zoom as zoom_lab
from wizard.lab.os4k import LabStation, Os4kModel
from wizard.provisioning.runner import WaveRunner
from wizard.provisioning.sources import read_os4k_live, read_zoom_live
from wizard.provisioning.waves import new_wave
from wizard.store.project import ProjectFile


@pytest.fixture
def project(tmp_path: Path):
    p = ProjectFile.create(tmp_path / "faults.psiproj")
    yield p
    p.close()


def new_people(count: int) -> tuple[zoom_lab.ZoomState, Os4kModel]:
    """`count` people with a ready OS4K station each and no Zoom user yet: every one is invited by the wave."""
    model = Os4kModel(routes={"5": "7999"})
    for i in range(count):
        model.stations[str(40000 + i)] = LabStation(email=f"person{i:03d}@example.com", pmidx="5", dmcallwd=True)
    return zoom_lab.ZoomState(), model


async def plan(project: ProjectFile, client: ZoomClient, transport: SshAmoTransport) -> str:
    users, phones, pending = await read_zoom_live(client)
    source = await read_os4k_live(transport)
    rows = people(users, source.config, phones, OPTIONS, pending_phones=pending)
    return new_wave(project, plan_wave([r for r in rows if r.selectable], source.config, OPTIONS))


def quick_backoff(client: ZoomClient) -> None:
    """The policy's backoff shortened, so a test of a service that stays down does not wait for real."""
    client.api.policy.backoff_base, client.api.policy.backoff_max = 0.01, 0.05


def test_a_flaky_zoom_does_not_stop_the_wave_and_nobody_is_invited_twice(project: ProjectFile) -> None:
    """One answer in five a 503 (and one in twenty lost after the create was carried out): the creates are looked up
    and sent again, so one run invites all 100 people, each once."""
    state, model = new_people(100)

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> Any:
        wave = await plan(project, client, transport)
        lab.faults.error_rate, lab.faults.lost_answer_rate = 0.2, 0.05
        return await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=5,
                                poll_interval=0.2).run()

    outcome = asyncio.run(with_lab(state, model, work, activate_after=0.2, seed=7))
    invites = {op: s for op, (s, _) in outcome.ops.items() if op.startswith("zoom.user:")}
    assert len(invites) == 100 and set(invites.values()) == {OpState.DONE}
    assert len(state.user_creates) == 100 and set(state.user_creates.values()) == {1}
    assert state.duplicate_creates == 0


def test_a_zoom_that_stays_down_stops_the_wave_resumably(project: ProjectFile) -> None:
    state, model = new_people(3)

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> tuple[str, Any]:
        wave = await plan(project, client, transport)
        quick_backoff(client)
        lab.faults.error_rate = 1.0
        with pytest.raises(ApiError, match="503") as caught:
            await WaveRunner(project, wave, zoom=client, amo=transport).run()
        stopped = project.wave(wave).state  # type: ignore[union-attr]
        lab.faults.error_rate = 0.0  # the service is back
        again = await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=3,
                                 poll_interval=0.1).run()
        return stopped, caught.value, again

    stopped, error, again = asyncio.run(with_lab(state, model, work, activate_after=0.2))
    assert stopped == "paused" and error.account_wide
    assert all(again.ops[f"zoom.active:person{i:03d}@example.com"][0] == OpState.DONE for i in range(3))
    assert set(state.user_creates.values()) == {1}


def detail(outcome: Any, op: str) -> str:
    return outcome.ops[op][1]


def test_a_person_in_another_zoom_account_is_named_with_its_fix_and_not_waited_for(project: ProjectFile) -> None:
    """409 code 1005 on create and 404 on the look-up: the user is another account's. No resume waits the whole
    --wait-activation for that person, and nobody is told to ask them to accept an invitation."""
    state, model = new_people(2)

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> list[tuple[Any, float]]:
        wave = await plan(project, client, transport)
        lab.faults.other_account = "person000@example.com"
        runs = []
        for _ in range(2):  # the first run and a resume
            started = time.monotonic()
            outcome = await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=6,
                                       poll_interval=0.1).run()
            runs.append((outcome, time.monotonic() - started))
        return runs

    runs = asyncio.run(with_lab(state, model, work, activate_after=0.2))
    for outcome, took in runs:
        assert took < 4, took  # person001 activates within a second; person000 is not waited for
        assert "another Zoom account" in detail(outcome, "zoom.active:person000@example.com")
        assert "Add users" in detail(outcome, "zoom.active:person000@example.com")  # with its fix
        assert outcome.ops["zoom.active:person001@example.com"][0] == OpState.DONE
        assert not any("have not activated" in step for step in outcome.next_steps)
        assert any("another Zoom account (person000@example.com)" in step for step in outcome.next_steps)
    assert "person000@example.com" not in state.user_creates


def test_expired_invitations_are_named_and_the_resume_invites_again_once(project: ProjectFile) -> None:
    """zoom.expire_invitations: a resume looks the pending people up (400 code 1120), names the expired invitations
    instead of asking people to accept them, and the next removes each one and invites the person again: once."""
    state, model = new_people(2)

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> dict[str, Any]:
        wave = await plan(project, client, transport)

        async def run(wait: float) -> tuple[Any, float]:
            started = time.monotonic()
            outcome = await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=wait,
                                       poll_interval=0.1).run()
            return outcome, time.monotonic() - started

        seen: dict[str, Any] = {}
        lab.faults.expire_invitations = True
        seen["invited"] = await run(0.5)  # invitations of a moment ago are not looked up
        seen["expired"] = await run(6)
        seen["creates_before_resume"] = sum(state.user_creates.values())
        seen["invited_again"] = await run(0.5)  # the fault goes on: the second invitations expire too
        seen["creates_after"] = dict(state.user_creates)
        seen["by_hand"] = await run(6)
        lab.faults.expire_invitations = False  # the fault is gone: still no third invitation from the wave
        seen["later"] = await run(0.5)
        return seen

    seen = asyncio.run(with_lab(state, model, work, activate_after=0.2))
    outcome, took = seen["expired"]
    assert took < 4, took  # an expired invitation is not waited for
    for i in range(2):
        assert "invitation expired" in detail(outcome, f"zoom.active:person00{i}@example.com")
    assert not any("have not activated" in step for step in outcome.next_steps)
    assert any("invitations expired (person000@example.com, person001@example.com): resume, and the wave invites "
               "them again" in step for step in outcome.next_steps)
    assert seen["creates_before_resume"] == 2
    assert seen["creates_after"] == {"person000@example.com": 2, "person001@example.com": 2}
    by_hand, took = seen["by_hand"]
    assert took < 4, took
    assert "does not send it again" in detail(by_hand, "zoom.active:person000@example.com")
    assert any("not the wave's to send again" in step for step in by_hand.next_steps)
    assert dict(state.user_creates) == seen["creates_after"] and state.duplicate_creates == 0
    assert project.wave_ops(project.waves()[-1].wave_id)["zoom.reinvite:person000@example.com"].state == OpState.DONE


def test_after_the_fault_is_gone_the_resume_invites_again_and_the_people_activate(project: ProjectFile) -> None:
    state, model = new_people(2)

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> Any:
        wave = await plan(project, client, transport)
        lab.faults.expire_invitations = True
        for _ in range(2):  # invited, then found expired
            await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=0.5, poll_interval=0.1).run()
        lab.faults.expire_invitations = False
        return await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=6,
                                poll_interval=0.1).run()

    outcome = asyncio.run(with_lab(state, model, work, activate_after=0.2))
    assert all(outcome.ops[f"zoom.active:person00{i}@example.com"][0] == OpState.DONE for i in range(2))
    assert dict(state.user_creates) == {"person000@example.com": 2, "person001@example.com": 2}
