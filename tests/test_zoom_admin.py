"""Guide §2.2.1: the integration runs on a dedicated Zoom admin (service account) that must stay active. The §2.2.1
step reads it through the Users API (exists, active, its role) and says each gap with its fix."""

import asyncio
from pathlib import Path
from typing import Any

import pytest

from tests.test_zoom_connector import run
from wizard.checks.result import Verdict
from wizard.connectors.zoom import ZoomClient, check_service_admin
from wizard.lab.zoom import ZoomFaults, ZoomLab, ZoomState

ADMIN = "zoom-psi@example.com"


def lab_with_admin(status: str = "active", role: str | None = "Admin", **faults: Any) -> ZoomLab:
    state = ZoomState()
    state.add_user("anna.berger@example.com", "Anna", "Berger")
    admin = state.add_user(ADMIN, "PSI", "Service", status=status)
    if role is not None:
        admin["role_name"] = role  # user's role_name (Users spec)
    return ZoomLab(state, ZoomFaults(**faults))


def checked(lab: ZoomLab, email: str = ADMIN) -> Any:
    async def scenario(client: ZoomClient) -> Any:
        return await check_service_admin(client, email)
    return run(lab, scenario)


@pytest.mark.parametrize("role", ["Admin", "Owner", "admin"])
def test_an_active_admin_passes_and_is_recorded(role: str) -> None:
    result = checked(lab_with_admin(role=role))
    assert result.status is Verdict.PASS and result.findings == ()
    assert result.evidence == {"email": ADMIN, "status": "active", "role": role}


@pytest.mark.parametrize(("status", "role", "code", "verdict", "said"), [
    ("inactive", "Admin", "zoom.admin-inactive", Verdict.FAIL, "is deactivated in Zoom"),
    ("pending", "Admin", "zoom.admin-pending", Verdict.FAIL, "has not accepted Zoom's invitation yet"),
    ("active", "Member", "zoom.admin-not-admin", Verdict.FAIL, "has the role Member: a regular user"),
    ("active", "PSI operators", "zoom.admin-custom-role", Verdict.WARN, "has the role PSI operators"),
    ("active", None, "zoom.admin-role-unknown", Verdict.WARN, "did not name the role"),
])
def test_each_gap_of_the_service_admin_is_named_with_its_fix(status: str, role: str | None, code: str,
                                                             verdict: Verdict, said: str) -> None:
    result = checked(lab_with_admin(status, role))
    assert [f.code for f in result.findings] == [code] and result.status is verdict
    assert said in result.findings[0].message and "§2.2.1" in result.findings[0].fix


def test_an_admin_zoom_does_not_know_or_whose_invitation_expired_is_named() -> None:
    missing = checked(lab_with_admin(), "nobody@example.com")
    assert [f.code for f in missing.findings] == ["zoom.admin-missing"] and "Add users" in missing.findings[0].fix
    lab = lab_with_admin(status="pending")
    lab.state.users[ADMIN]["invite_expired"] = True  # user: 400 code 1120 (Users spec)
    expired = checked(lab)
    assert [f.code for f in expired.findings] == ["zoom.admin-invitation-expired"]


def test_a_deactivated_user_that_breaks_two_rules_hears_both() -> None:
    result = checked(lab_with_admin("inactive", "Member"))
    assert [f.code for f in result.findings] == ["zoom.admin-inactive", "zoom.admin-not-admin"]


def test_the_221_step_reads_the_admin_through_the_projects_zoom_connection(tmp_path: Path) -> None:
    from wizard.connectors.systems import lab_settings, live_system
    from wizard.lab.run import start_lab
    from wizard.runbook.checks import default_registry
    from wizard.runbook.engine import Engine
    from wizard.runbook.model import load_runbook
    from wizard.services import connection
    from wizard.store.project import ProjectFile

    async def scenario() -> tuple[str, list[tuple[str | None, list[str]]]]:
        lab = await start_lab()
        try:
            admin = lab.zoom_lab.state.add_user(ADMIN, "PSI", "Service")
            admin["role_name"] = "Admin"
            outcomes = []
            with ProjectFile.create(tmp_path / "admin.psiproj") as project:
                engine = Engine(load_runbook(), project, default_registry())
                project.set_step_input("2.2.1-zoom-service-admin", "email", ADMIN)
                unconnected = await engine.run_step("2.2.1-zoom-service-admin")  # said, and nothing recorded
                assert unconnected.status is None and "2.2.1-zoom-service-admin" not in project.step_records()
                settings, secret = lab_settings(live_system("zoom"), lab.endpoints["zoom"])
                await connection.test_connection(project, "zoom", settings=settings, secret=secret,
                                                 keep_secret=True)
                await engine.run_step("2.2.1-zoom-service-admin")
                outcomes.append(outcome(project))
                admin["status"] = "inactive"  # someone deactivated the service account
                await engine.run_step("2.2.1-zoom-service-admin")
                outcomes.append(outcome(project))
            return unconnected.message, outcomes
        finally:
            await lab.stop()

    def outcome(project: ProjectFile) -> tuple[str | None, list[str]]:
        record = project.step_records()["2.2.1-zoom-service-admin"]
        return record.status, [f["code"] for f in (record.result or {}).get("findings", [])]

    not_set_up, (passed, deactivated) = asyncio.run(scenario())
    assert not_set_up.startswith("the Zoom connection is not set up")
    assert passed == ("passed", []) and deactivated == ("failed", ["zoom.admin-inactive"])
