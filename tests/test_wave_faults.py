"""The faults a wave meets on Zoom's side, against the lab on loopback: a flaky service (5xx before or after the
create was carried out), and people the wave cannot simply wait for."""

import asyncio
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
