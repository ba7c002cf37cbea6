"""Guide chapter 7 end to end against the lab (Zoom over HTTP, the OS4K over SSH): the reconciliation rows,
the plan, a wave with every kind of bad row, resume without repeats, and undo back to the REG- state."""

import asyncio
import hashlib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from wizard.checks.amo import Os4kConfig, Station
from wizard.checks.provisioning import (
    PSI_BATCH_LIMIT,
    Prereq,
    RowState,
    System,
    WaveOptions,
    WavePlan,
    digest_password,
    people,
    plan_wave,
    undo_amos,
)
from wizard.checks.users import ZoomUser
from wizard.connectors.http import ApiError
from wizard.connectors.os4k import SshAmoTransport
from wizard.connectors.zoom import ZoomAccount, ZoomClient
from wizard.errors import WizardError
from wizard.lab import zoom as zoom_lab
from wizard.lab.os4k import LabStation, Os4kLab, Os4kModel
from wizard.provisioning.sources import read_os4k_file, read_os4k_live, read_zoom_live
from wizard.provisioning.wave import WaveRunner, confirm_assistant, new_wave, run_undo, undo_plan, wave_people
from wizard.report.content import build_report_data
from wizard.runbook.model import load_runbook
from wizard.store.project import ProjectFile

OPTIONS = WaveOptions("sbc01.example.com", "65061", "203.0.113.10", pmidx="5", voicemail_number="7999")


def site() -> tuple[zoom_lab.ZoomState, Os4kModel]:
    """Ten people: 3 ready with a Zoom user, 2 without one, 1 pending for good, 1 in another Zoom account,
    1 whose station refuses AMOs, 1 who leaves the Zoom account mid-wave, 1 with a second station on the same email."""
    state = zoom_lab.ZoomState()
    model = Os4kModel(routes={"1": "7999"})
    for i in range(10):
        email = f"p{i}@example.com"
        model.stations[str(3100 + i)] = LabStation(email=email, pmidx="1" if i % 2 else None)
        if i in (0, 1, 2, 5, 6, 7):
            state.add_user(email, "P", str(i))
    state.add_user("p8@example.com", "P", "8", status="pending")  # never activates in this test
    state.foreign.add("p3@example.com")
    model.locked.add("3106")
    state.leaving.add("p7@example.com")  # removed from the account between reading and writing
    model.stations["3199"] = LabStation(email="p9@example.com")  # two stations, one email: blocked
    return state, model


async def with_lab(state: zoom_lab.ZoomState, model: Os4kModel,
                   work: Callable[[ZoomClient, SshAmoTransport], Awaitable[Any]],
                   faults: zoom_lab.ZoomFaults | None = None, **settings: Any) -> Any:
    lab = zoom_lab.ZoomLab(state, faults or zoom_lab.ZoomFaults(**settings))
    runner, port = await zoom_lab.start(lab)
    os4k = Os4kLab(model)
    ssh_port = await os4k.start()
    base = f"http://127.0.0.1:{port}"
    client = ZoomClient(ZoomAccount(state.account_id, state.client_id, state.client_secret, f"{base}/oauth/token",
                                    f"{base}/v2"))
    transport = SshAmoTransport("127.0.0.1", ssh_port, os4k.username, os4k.password, timeout=5)
    try:
        return await work(client, transport)
    finally:
        await transport.close()
        await client.aclose()
        await runner.cleanup()
        await os4k.stop()


@pytest.fixture
def project(tmp_path: Path):
    p = ProjectFile.create(tmp_path / "wave.psiproj")
    yield p
    p.close()


async def read_and_plan(client: ZoomClient, transport: SshAmoTransport) -> tuple[list, WavePlan, Os4kConfig]:
    users, phones = await read_zoom_live(client)
    source = await read_os4k_live(transport)
    rows = people(users, source.config, phones, OPTIONS)
    return rows, plan_wave([r for r in rows if r.selectable], source.config, OPTIONS), source.config


def test_rows_say_what_is_wrong_with_each_person() -> None:
    state, model = site()

    async def work(client: ZoomClient, transport: SshAmoTransport) -> list:
        return (await read_and_plan(client, transport))[0]

    rows = {r.key: r for r in asyncio.run(with_lab(state, model, work))}
    assert rows["p1@example.com"].state is RowState.READY
    assert rows["p1@example.com"].prereqs["pmidx_route"] is Prereq.OK
    assert rows["p0@example.com"].prereqs["pmidx_route"] is Prereq.FIX  # no PMIDX: the wave sets 5 and its route
    assert rows["p3@example.com"].prereqs["zoom_user"] is Prereq.FIX
    assert rows["p8@example.com"].state is RowState.WAITING
    assert rows["p9@example.com"].state is RowState.BLOCKED
    duplicate = {f.code: f for f in rows["p9@example.com"].findings}["provision.subscriber-duplicate"]
    assert "3109, 3199" in duplicate.message


def test_wave_runs_every_row_to_its_end_and_resumes_without_repeats(project: ProjectFile) -> None:
    state, model = site()

    async def work(client: ZoomClient, transport: SshAmoTransport) -> tuple:
        _, plan, _ = await read_and_plan(client, transport)
        wave = new_wave(project, plan)
        first = await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=5,
                                 poll_interval=0.1).run()
        requests = state.requests
        again = await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=0).run()
        return wave, plan, first, again, requests

    wave, plan, first, again, requests = asyncio.run(with_lab(state, model, work, activate_after=0.3))
    assert first.state == "waiting"  # p8 never activates; the Assistant import waits for the engineer
    outcome = {row["email"]: row for row in wave_people(project, wave)}
    assert outcome["p0@example.com"] == {"email": "p0@example.com", "station": "3100", "zoom": "-", "os4k": "done",
                                         "psi": "done"}
    assert outcome["p4@example.com"]["zoom"] == "done" and outcome["p4@example.com"]["psi"] == "done"
    assert outcome["p3@example.com"]["zoom"] == "failed" and outcome["p3@example.com"]["psi"] == "waiting"
    assert "another Zoom account" in first.ops["zoom.user:p3@example.com"][1]
    assert outcome["p6@example.com"]["os4k"] == "failed" and outcome["p6@example.com"]["psi"] == "failed"
    assert "F42" in first.ops["psi.phone:p6@example.com"][1]
    assert first.ops["psi.phone:p7@example.com"] == ("failed", "Zoom has no active user p7@example.com in this account")
    assert outcome["p7@example.com"]["psi"] == "waiting"  # resumed: gone from the account, so not active (yet)
    assert outcome["p8@example.com"]["psi"] == "waiting"
    # Both sides got the same derived digest password, and it is nowhere in the project file
    key = project.wave(wave).secret_key
    for email in ("p0@example.com", "p1@example.com", "p4@example.com"):
        phone = next(p for p in state.phones.values() if p["user_email"] == email)
        station = model.stations[phone["authorization_name"]]
        password = digest_password(key, phone["authorization_name"])
        assert phone["password_sha256"] == station.password_sha256 == hashlib.sha256(password.encode()).hexdigest()
        assert password.encode() not in project.path.read_bytes()
    # Resumed: nothing created or applied twice; only reads were sent
    assert all(n == 1 for n in state.user_creates.values()) and set(state.user_creates) == {"p4@example.com"}
    assert all(n == 1 for n in state.phone_creates.values()) and state.duplicate_creates == 0
    assert all(n == 1 for n in model.applied.values())
    assert again.state == "waiting" and state.requests - requests < 10
    # Rounds of at most 50, the Assistant's CSV, evidence for the report
    assert all(c.round == 1 for c in plan.of(System.PSI)) and PSI_BATCH_LIMIT == 50
    assert plan.of(System.ASSISTANT)[0].data["csv"].startswith("First Name,Last Name,Email\r\n")
    confirm_assistant(project, wave)
    assert project.wave_ops(wave)["assistant.user-data"].state == "done"
    assert any(e.name == f"wave-{wave}.json" for e in project.evidence("7.1.3.2-add-integrated-users"))
    # what the signed report shows: every person with the state of each system, and the AMOs refused
    data = build_report_data(load_runbook(), project)
    users = {u["email"]: u for u in data["inventory"]["users"]}
    assert users["p0@example.com"]["psi"] == "done" and users["p6@example.com"]["os4k"] == "failed"
    assert any("F42" in error for error in data["inventory"]["waves"][0]["amo_errors"])


def test_undo_puts_back_what_reg_showed_before_the_wave(project: ProjectFile) -> None:
    state, model = site()
    before = {k: (v.email, v.pmidx, v.dmcallwd) for k, v in model.stations.items()}
    routes_before = dict(model.routes)

    async def work(client: ZoomClient, transport: SshAmoTransport) -> Any:
        _, plan, _ = await read_and_plan(client, transport)
        wave = new_wave(project, plan)
        await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=5, poll_interval=0.1).run()
        return wave, await run_undo(project, wave, zoom=client, amo=transport)

    wave, undo = asyncio.run(with_lab(state, model, work, activate_after=0.2))
    assert "DEL-RICHT:MODE=PM,IDX=5;" in undo.amos
    assert any("DEL-RICHT:MODE=PM,IDX=5;" in n and "test station first" in n for n in undo.notes)  # unconfirmed form
    assert {k: (v.email, v.pmidx, v.dmcallwd) for k, v in model.stations.items()} == before
    assert model.routes == routes_before
    assert not state.phones
    # p4 was invited by the wave and has accepted: removing the user now would delete the person's data
    assert "p4@example.com" in state.users and any("p4@example.com has accepted" in n for n in undo.notes)
    assert "p0@example.com" in state.users  # was there before: kept
    assert any("digest password" in note for note in undo.notes)
    assert project.wave(wave).state == "undone"
    assert undo_plan(project, wave).amos == undo.amos


def test_sip_integration_off_stops_the_wave_resumably_and_it_resumes_once_enabled(project: ProjectFile) -> None:
    state, model = site()

    async def work(client: ZoomClient, transport: SshAmoTransport) -> tuple[str, str, Any]:
        _, plan, _ = await read_and_plan(client, transport)
        wave = new_wave(project, plan)
        lab_faults.sip_integration_disabled = True
        with pytest.raises(ApiError, match="SIP phone integration is not enabled") as caught:
            await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=2, poll_interval=0.1).run()
        stopped = project.wave(wave).state  # type: ignore[union-attr]
        lab_faults.sip_integration_disabled = False  # Zoom enabled it for the account
        again = await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=2,
                                 poll_interval=0.1).run()
        return stopped, caught.value.fix, again

    lab_faults = zoom_lab.ZoomFaults(activate_after=0.2)
    stopped, fix, again = asyncio.run(with_lab(state, model, work, faults=lab_faults))
    assert stopped == "paused" and "resume" in fix
    assert again.ops["psi.phone:p0@example.com"][0] == "done"
    assert all(n == 1 for n in state.phone_creates.values()) and all(n == 1 for n in model.applied.values())


def test_undo_disassociates_an_invitation_not_yet_accepted(project: ProjectFile) -> None:
    state, model = site()

    async def work(client: ZoomClient, transport: SshAmoTransport) -> Any:
        _, plan, _ = await read_and_plan(client, transport)
        wave = new_wave(project, plan)
        await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=0.3, poll_interval=0.1).run()
        return await run_undo(project, wave, zoom=client, amo=transport)

    undo = asyncio.run(with_lab(state, model, work, activate_after=600))
    assert state.user_creates["p4@example.com"] == 1 and "p4@example.com" not in state.users
    assert not any("p4@example.com" in note for note in undo.notes)


def test_plan_refuses_blocked_people_and_oversized_rounds() -> None:
    config = Os4kConfig(stations={"3100": Station("3100", "a@example.com", "1", True, "ALL", True)}, pm_routes={"1"})
    rows = people([ZoomUser("a@example.com", "A", "B", "inactive", 2)], config, [], OPTIONS)
    assert rows[0].state is RowState.BLOCKED and rows[0].findings[0].code == "provision.zoom-inactive"
    with pytest.raises(WizardError, match=r"cannot provision a@example\.com"):
        plan_wave(rows, config, OPTIONS)
    with pytest.raises(WizardError, match="at most 50"):
        plan_wave([], config, OPTIONS, round_size=51)
    with pytest.raises(WizardError, match="SBC public IP"):
        plan_wave([], config, WaveOptions("sbc.example.com", "65061", ""))


def test_spaces_and_capitals_in_emails_are_row_findings_not_crashes() -> None:
    config = Os4kConfig(stations={"3100": Station("3100", "Anna.Bauer@example.com", "1", True, "ALL", True),
                                  "3101": Station("3101", "ben@example.com", "1", True, "NONE", True)},
                        pm_routes={"1"})
    users = [ZoomUser("anna.bauer@example.com", "", "", "active", 2), ZoomUser("ben@example.com ", "", "", "active", 3),
             ZoomUser("not-an-email", "", "", "active", 4)]
    rows = {r.key: r for r in people(users, config, [], OPTIONS)}
    assert [f.code for f in rows["anna.bauer@example.com"].findings] == ["provision.email-differs"]
    assert "CHANGE-PERSI:EMAIL,3100,\"anna.bauer@example.com\";" in rows["anna.bauer@example.com"].findings[0].fix
    assert {f.code for f in rows["ben@example.com"].findings} == {"provision.zoom-email-spaces", "provision.call-log"}
    assert rows["not-an-email"].state is RowState.BLOCKED


def test_hundred_and_one_people_go_in_three_rounds() -> None:
    config = Os4kConfig(stations={str(5000 + i): Station(str(5000 + i), f"u{i:03d}@example.com", "1", True, "ALL", True)
                                  for i in range(101)}, pm_routes={"1"})
    users = [ZoomUser(f"u{i:03d}@example.com", "U", str(i), "active", i + 2) for i in range(101)]
    plan = plan_wave(people(users, config, [], OPTIONS), config, OPTIONS)
    rounds = [c.round for c in plan.of(System.PSI)]
    assert [rounds.count(n) for n in (1, 2, 3)] == [50, 50, 1]
    assert WavePlan.from_json(plan.to_json()) == plan


def test_a_csv_of_stations_means_every_setting_is_written(tmp_path: Path) -> None:
    source = read_os4k_file(b"Station;Email\n3100;a@example.com\n", "subs.csv")
    assert not source.settings_known
    rows = people([ZoomUser("a@example.com", "A", "B", "active", 2)], source.config, [], OPTIONS,
                  settings_known=False)
    plan = plan_wave(rows, source.config, OPTIONS)
    assert any(c.text.startswith("CHANGE-SBCSU:STNO=3100,OPT=OPTI,PMIDX=5,IPPASSW=") for c in plan.of(System.OS4K))
    with pytest.raises(WizardError, match="no subscriber"):
        read_os4k_file(b"Station;Email\n", "empty.csv")


def test_undo_amos_from_a_journal() -> None:
    journal = [("REG-PERSI:TYPE=STN,STNO=3100;", "completed", 'CHANGE-PERSI:EMAIL,3100,"old@example.com";'),
               ('CHANGE-PERSI:EMAIL,3100,"new@example.com";', "completed", ""),
               ("REG-SDAT:STNO=3100;", "completed", "H02: NO DATA FOUND"),
               ("CHA-SDAT:3100,ATTRIBUT,DMCALLWD;", "error", "F42: LOCKED")]
    undo = undo_amos(journal)
    assert undo.amos == ('CHANGE-PERSI:EMAIL,3100,"old@example.com";',)  # the refused change needs no undo
