"""A wave's run reads its stored plan and its journal in worker threads, not on the event loop: each stage's
changes decoded from the plan's text, and the whole journal, held the window 50-170 ms at each stage boundary of a
1,000-person wave (tests/benchmarks/bench_provision.py). On the loop a run only reads the one change an answer is
for."""

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from tests.test_provisioning import Lab, project, read_and_plan, run_assistant, site, tick_rounds, with_lab
from wizard.checks import provisioning as checks
from wizard.checks.provisioning import OpState, WaveState
from wizard.connectors.os4k import SshAmoTransport
from wizard.connectors.zoom import ZoomClient
from wizard.provisioning.runner import WaveRunner
from wizard.provisioning.waves import new_wave
from wizard.store.project import ProjectFile

__all__ = ["project"]  # the fixture


def test_a_runs_stages_read_the_plan_and_the_journal_off_the_loop(project: ProjectFile,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    state, model = site()
    on_loop: list[str] = []
    running = [False]

    def noted(what: str) -> None:
        if running[0] and threading.current_thread() is threading.main_thread():
            on_loop.append(what)

    stage_read = checks.StoredChanges.__iter__

    def iterated(self: checks.StoredChanges) -> Iterator[checks.Change]:
        noted(f"{len(self)} changes read from the plan's text")
        return stage_read(self)

    monkeypatch.setattr(checks.StoredChanges, "__iter__", iterated)
    for name in ("wave", "wave_ops"):
        read = getattr(project, name)

        def reader(*args: Any, _read: Any = read, _name: str = name) -> Any:
            noted(_name)
            return _read(*args)

        monkeypatch.setattr(project, name, reader)

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> list[Any]:
        _, plan, _ = await read_and_plan(client, transport)
        wave = new_wave(project, plan)
        outcomes = []
        for hands in (None, tick_rounds, run_assistant):  # invitations and AMOs, the rounds, the read-back
            if hands is not None:
                hands(project, wave, lab)
            running[0] = True
            outcomes.append(await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=3,
                                             poll_interval=0.1).run())
            running[0] = False
        return outcomes

    outcomes = asyncio.run(with_lab(state, model, work))
    assert on_loop == []
    # the run itself is as before: everyone who could be is read back, the rest named
    last = outcomes[-1]
    assert last.state == WaveState.WAITING
    assert sum(1 for s, _ in last.ops.values() if s == OpState.DONE) > 0
    assert last.next_steps
