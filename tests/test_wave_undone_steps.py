"""After a wave is undone, what it did is not in force: the chapter-7 steps it closed are open again and say what
the undo put back and what is left for the engineer's hands; a wave run again closes them again."""

import asyncio
from typing import Any

import pytest

from tests.test_provisioning import (
    Lab,
    project,  # noqa: F401  (the fixture)
    read_and_plan,
    run_through,
    with_lab,
)
from wizard.connectors.os4k import SshAmoTransport
from wizard.connectors.zoom import ZoomClient
from wizard.lab import zoom as zoom_lab
from wizard.lab.os4k import LabStation, Os4kModel
from wizard.provisioning.readback import verify_wave
from wizard.provisioning.runner import WaveRunner
from wizard.provisioning.undo import run_undo
from wizard.provisioning.waves import new_wave
from wizard.runbook.model import load_runbook
from wizard.runbook.states import chapter_progress, effective_statuses
from wizard.store.project import ProjectFile


@pytest.fixture(autouse=True)
def english(qapp):
    """In English, whatever language a test before this one left the application in."""
    from wizard.app.translators import install_translators

    install_translators(qapp, "en")


def clean_site() -> tuple[zoom_lab.ZoomState, Os4kModel]:
    """Four people ready, one of them without a Zoom user yet (invited by the wave): a wave that goes through."""
    state = zoom_lab.ZoomState()
    model = Os4kModel(routes={"1": "7999"})
    for i in range(4):
        email = f"p{i}@example.com"
        model.stations[str(3100 + i)] = LabStation(email=email, pmidx="1" if i % 2 else None)
        if i:
            state.add_user(email, "P", str(i))
    return state, model


def _done_in_chapter_7(project_file: ProjectFile) -> int:
    runbook = load_runbook()
    views = effective_statuses(runbook, {k: r.status for k, r in project_file.step_records().items()})
    chapter = next(c for c in runbook.chapters if any(s.id == "7.2-sdat-dmcallwd" for s in c.steps))
    return chapter_progress(runbook, views)[chapter.id].done


def test_undoing_a_wave_opens_the_steps_it_closed_and_says_what_the_undo_did(project: ProjectFile) -> None:  # noqa: F811
    state, model = clean_site()
    seen: dict[str, Any] = {}

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> str:
        _, plan, _ = await read_and_plan(client, transport)
        wave = new_wave(project, plan)
        await run_through(project, wave, client, transport, lab)
        seen["before"] = {k: r.status for k, r in project.step_records().items() if k.startswith("7.")}
        seen["done_before"] = _done_in_chapter_7(project)
        seen["undo"] = await run_undo(project, wave, zoom=client, amo=transport)
        seen["after"] = {k: r for k, r in project.step_records().items() if k.startswith("7.")}
        seen["done_after"] = _done_in_chapter_7(project)
        await verify_wave(project, wave, client, transport)  # reading an undone wave back closes nothing
        seen["after_verify"] = {k: r.status for k, r in project.step_records().items() if k.startswith("7.")}
        # the wave run again: its steps are closed again from its journal, as before the undo
        await project.commit(project.set_wave_state, wave, "waiting")
        await WaveRunner(project, wave, zoom=client, amo=transport).run()
        seen["again"] = {k: r for k, r in project.step_records().items() if k.startswith("7.")}
        return wave

    asyncio.run(with_lab(state, model, work, activate_after=0.2))
    assert "passed" in seen["before"].values() and seen["done_before"] > 0
    after = seen["after"]
    assert set(after) == set(seen["before"])
    assert {r.status for r in after.values()} == {"warning"}
    assert seen["done_after"] == 0
    amos = len(seen["undo"].amos)
    for record in after.values():
        message = record.result["findings"][0]["message"]
        assert message.startswith("Undone on ") and "not in force" in message
        assert f"put the OS4K back as REG- showed it before the wave: {amos};" in message
        assert "removed by hand" in message
    assert set(seen["after_verify"].values()) == {"warning"}
    # judged again from the journal and what the read-back finds now (the undone AMOs are missing): no longer undone
    assert set(seen["again"]) == set(seen["before"])
    assert not any(f["message"].startswith("Undone") for r in seen["again"].values() for f in r.result["findings"])



def test_the_stage_boxes_of_an_undone_wave_say_undone_not_done(qtbot) -> None:
    from pages.provisioning_panel import ProvisioningPanel
    from pages.wave_stepper import StepState
    from wizard.checks.provisioning import Change, System, WaveOptions, WavePlan

    changes = (Change("zoom.user:a@x", System.ZOOM, "a@x", "invite a@x", {"email": "a@x"}),
               Change("os4k:0", System.OS4K, "a@x", "CHANGE-PERSI:EMAIL,3100,\"a@x\";",
                      {"command": "CHANGE-PERSI:EMAIL,3100,\"a@x\";"}),
               Change("verify:a@x", System.VERIFY, "a@x", "read a@x back", {"email": "a@x", "stno": "3100"}))
    plan = WavePlan(("a@x",), WaveOptions("sbc", "65061", "203.0.113.10"), changes)
    panel = ProvisioningPanel()
    qtbot.addWidget(panel)
    states = {c.op_id: "done" for c in changes}
    panel.show_plan("W1", "done", plan, states)
    assert panel.stepper.steps[System.OS4K].state is StepState.DONE
    panel.show_plan("W1", "undone", plan, states)
    for system in (System.ZOOM, System.OS4K, System.VERIFY):
        step = panel.stepper.steps[system]
        assert step.state is StepState.UNDONE and "done" not in step.detail.replace("undone", "")
        assert "Before the undo: 1 of 1 done" in step.toolTip()
    assert panel.stepper.steps[System.PSI].state is StepState.NOTHING
    assert "put back" in panel.stepper.steps[System.OS4K].detail
    assert panel.stepper.steps["plan"].state is StepState.UNDONE
    assert "done" not in panel.bars[System.OS4K].detail.text().replace("undone", "")
