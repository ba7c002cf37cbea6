"""The portal rounds read back on a big site (#31 item 10): the read-back grew faster than the site (1k 5.6 s, 5k
33 s, 20k 217 s) because each person was one search (which the lab answers by going through its whole list) and
one transaction with its fsync. Many people to check: the Integrated users list is read once, and each round's
outcomes are one transaction."""

import asyncio
from pathlib import Path
from typing import Any

from tests.test_confirm_rounds_cli import three_rounds
from tests.test_laptop_faults import environment
from wizard.checks.provisioning import OpState, System
from wizard.provisioning.by_hand import confirm_rounds
from wizard.provisioning.runner import WaveRunner
from wizard.provisioning.waves import load_plan
from wizard.store.project import ProjectFile


class CountingZoom:
    """Zoom's SIP phone look-ups, counted: everyone ticked in the portal is in the Integrated users list."""

    def __init__(self, emails: set[str]) -> None:
        self.emails = emails
        self.searches = 0
        self.listings = 0

    async def find_sip_phone(self, email: str) -> dict[str, Any] | None:
        self.searches += 1
        return {"user_email": email} if email.lower() in self.emails else None

    async def list_sip_phones(self) -> list[dict[str, Any]]:
        self.listings += 1
        return [{"user_email": email.upper()} for email in self.emails]


def read_back_rounds(project_path: Path, wave: str, numbers: list[int] | None) -> tuple[CountingZoom, int, dict]:
    with ProjectFile.open(project_path) as project:
        confirm_rounds(project, wave, numbers)
        emails = {c.data["email"].lower() for c in load_plan(project, wave).of(System.PSI)}
        zoom = CountingZoom(emails - {"p007@example.com"})  # one person was not ticked after all
        before = project.audit_position()
        runner = WaveRunner(project, wave, zoom=zoom, amo=None)  # type: ignore[arg-type]

        async def portal_rounds() -> None:
            await runner.load()  # the wave's plan and journal, as `run` reads them first
            await runner._portal_rounds()

        asyncio.run(portal_rounds())
        states = {c.person: runner.state_of(c) for c in runner.plan.of(System.PSI)}
        return zoom, project.audit_position() - before, states


def test_many_people_to_check_read_the_integrated_users_list_once_and_write_once_a_round(tmp_path: Path) -> None:
    project, wave = three_rounds(tmp_path, environment(tmp_path), people=450)  # 9 rounds
    zoom, entries, states = read_back_rounds(project, wave, None)
    assert (zoom.listings, zoom.searches) == (1, 0)  # before: 450 searches
    assert entries == 9  # one transaction a round; before: 450
    assert states["p007@example.com"] == OpState.FAILED
    assert sum(1 for state in states.values() if state == OpState.DONE) == 449


def test_one_round_to_check_looks_up_its_people(tmp_path: Path) -> None:
    """A round of 50 costs 50 searches, not a listing of an account's every SIP phone."""
    project, wave = three_rounds(tmp_path, environment(tmp_path), people=450)
    zoom, entries, states = read_back_rounds(project, wave, [1])
    assert (zoom.listings, zoom.searches) == (0, 50)
    assert entries == 1 + 1  # the round's outcomes; the other rounds' people marked waiting for the engineer
    assert states["p007@example.com"] == OpState.FAILED
