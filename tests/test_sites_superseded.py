"""The welcome page's site summaries count steps as the report does (#32): a step that only findings a later read
superseded failed is not counted as failed there, nor the steps it blocked as blocked."""

from __future__ import annotations

import asyncio
from pathlib import Path

STEP = "2.2-sip-subscriber-prerequisites"


def test_a_site_summary_does_not_count_a_step_a_later_read_settled_as_failed(tmp_path: Path, memory_keyring) -> None:
    """The issue's case: §2.2's AMO text pasted with station 3102's errors, then a wave integrates 3102 and reads
    it back; the summary's counts are those of the report's summary (wizard.services.report.current_summary)."""
    from wizard.checks.amo import mask_secrets
    from wizard.demo import DEMO_LAB_FAULTS, DEMO_SUBSCRIBERS, create_demo_project, provision_demo
    from wizard.lab.run import start_lab
    from wizard.runbook.checks import default_registry
    from wizard.runbook.engine import Engine
    from wizard.runbook.model import load_runbook
    from wizard.services.report import current_summary
    from wizard.services.sites import summarise_site
    from wizard.store.project import ProjectFile

    guide = load_runbook()

    async def scenario() -> Path:
        lab = await start_lab(faults=DEMO_LAB_FAULTS)
        try:
            project = await create_demo_project(tmp_path, lab=lab.endpoints)
            try:
                project.set_step_input(STEP, "amo", mask_secrets(DEMO_SUBSCRIBERS))
                await Engine(guide, project, default_registry()).run_steps([STEP])
                assert project.step_records()[STEP].status == "failed"  # station 3102's errors, as pasted
                await provision_demo(project)  # integrates 3102 and reads it back
                return project.path
            finally:
                project.close()
        finally:
            await lab.stop()

    path = asyncio.run(scenario())
    with ProjectFile.open(path, read_only=True) as project:
        report = current_summary(guide, project)
    chapter = next(c for c in report["chapters"] if any(s["id"] == STEP for s in c["steps"]))
    assert next(s for s in chapter["steps"] if s["id"] == STEP)["status"] == "passed"

    summary = summarise_site(path, guide)
    assert not summary.unreadable, summary.unreadable
    assert summary.failed == sum(c["failed"] + c["blocked"] for c in report["chapters"])
    assert summary.warnings == sum(c["warnings"] for c in report["chapters"])
    assert summary.done == sum(c["done"] for c in report["chapters"])
    assert summary.chapters[chapter["id"]] == chapter["done"]
