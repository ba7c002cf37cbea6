"""Guide chapter 7 end to end against the lab (Zoom over HTTP, the OS4K over SSH, and the lab's Mitel side playing
the engineer's hands in the portal and the Assistant): the reconciliation rows, the plan in five stages, a wave
with every kind of bad row, resume without repeats, the read-back's findings, and undo back to the REG- state."""

import asyncio
import hashlib
import subprocess
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
    closed_steps,
    digest_password,
    people,
    plan_wave,
    undo_amos,
    verify_person,
)
from wizard.checks.users import ZoomUser
from wizard.connectors.http import ApiError
from wizard.connectors.os4k import SshAmoTransport
from wizard.connectors.zoom import ZoomAccount, ZoomClient
from wizard.errors import WizardError
from wizard.lab import zoom as zoom_lab
from wizard.lab.mitel import MitelSide
from wizard.lab.os4k import LabStation, Os4kLab, Os4kModel
from wizard.provisioning.by_hand import (
    assistant_file,
    confirm_assistant,
    confirm_round,
    portal_rounds,
    record_assistant_file_saved,
)
from wizard.provisioning.people import provisioned, wave_people
from wizard.provisioning.plan_export import export_plan
from wizard.provisioning.readback import verify_wave
from wizard.provisioning.runner import WaveRunner
from wizard.provisioning.sources import read_os4k_file, read_os4k_live, read_zoom_live
from wizard.provisioning.undo import run_undo, undo_plan, undo_summary
from wizard.provisioning.waves import change_summary, new_wave, plan_hash
from wizard.report.content import build_report_data
from wizard.runbook.checks import default_registry
from wizard.runbook.engine import FROM_THE_WAVE, Engine
from wizard.runbook.model import load_runbook
from wizard.store.project import ProjectFile

OPTIONS = WaveOptions("sbc01.example.com", "65061", "203.0.113.10", pmidx="5", voicemail_number="7999")


def site() -> tuple[zoom_lab.ZoomState, Os4kModel]:
    """Ten people: 3 ready with a Zoom user, 2 without one, 1 pending for good, 1 in another Zoom account,
    1 whose station refuses AMOs, 1 ready whom the engineer forgets to tick, 1 with a second station on the same
    email."""
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
    model.stations["3199"] = LabStation(email="p9@example.com")  # two stations, one email: blocked
    return state, model


class Lab:
    def __init__(self, state: zoom_lab.ZoomState, model: Os4kModel, faults: zoom_lab.ZoomFaults) -> None:
        self.state, self.model, self.faults = state, model, faults
        self.mitel = MitelSide(state, model)


async def with_lab(state: zoom_lab.ZoomState, model: Os4kModel,
                   work: Callable[[ZoomClient, SshAmoTransport, Lab], Awaitable[Any]],
                   faults: zoom_lab.ZoomFaults | None = None, **settings: Any) -> Any:
    lab = Lab(state, model, faults or zoom_lab.ZoomFaults(**settings))
    runner, port = await zoom_lab.start(zoom_lab.ZoomLab(state, lab.faults))
    os4k = Os4kLab(model)
    ssh_port = await os4k.start()
    base = f"http://127.0.0.1:{port}"
    client = ZoomClient(ZoomAccount(state.account_id, state.client_id, state.client_secret, f"{base}/oauth/token",
                                    f"{base}/v2"))
    transport = SshAmoTransport("127.0.0.1", ssh_port, os4k.username, os4k.password, timeout=5,
                                host_key=os4k.host_key)
    try:
        return await work(client, transport, lab)
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
    users, phones, pending = await read_zoom_live(client)
    source = await read_os4k_live(transport)
    rows = people(users, source.config, phones, OPTIONS, pending_phones=pending)
    return rows, plan_wave([r for r in rows if r.selectable], source.config, OPTIONS), source.config


def tick_rounds(project: ProjectFile, wave: str, lab: Lab, *, forget: str = "") -> None:
    """The engineer's hands in the portal: every round with people to tick, ticked (but one person forgotten)."""
    for portal_round in portal_rounds(project, wave):
        if portal_round.to_tick:
            lab.mitel.add_users([e for e, _ in portal_round.to_tick if e != forget])
            confirm_round(project, wave, portal_round.number)


def run_assistant(project: ProjectFile, wave: str, lab: Lab) -> list[str]:
    """The engineer's hands in the Assistant: import the wave's file, Update all, confirm."""
    text, emails = assistant_file(project, wave)
    record_assistant_file_saved(project, wave, emails)  # as the window and the command line do once it is written
    assert lab.mitel.import_csv(text.encode())["imported"] == len(emails)
    lab.mitel.update_all()
    confirm_assistant(project, wave)
    return emails


async def run_through(project: ProjectFile, wave: str, client: ZoomClient, transport: SshAmoTransport,
                      lab: Lab) -> None:
    """A wave from its first run to its read-back, the engineer's hands played by the lab: run (invitations
    accepted within a second), every portal round ticked, run, the Assistant's import and Update all, run."""
    await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=1, poll_interval=0.1).run()
    tick_rounds(project, wave, lab)
    await WaveRunner(project, wave, zoom=client, amo=transport).run()
    run_assistant(project, wave, lab)
    await WaveRunner(project, wave, zoom=client, amo=transport).run()


def test_rows_say_what_is_wrong_with_each_person() -> None:
    state, model = site()

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> list:
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


def test_the_wave_runs_the_guides_five_stages_and_never_writes_a_sip_phone(project: ProjectFile,
                                                                          tmp_path: Path) -> None:
    state, model = site()

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> dict[str, Any]:
        _, plan, _ = await read_and_plan(client, transport)
        wave = new_wave(project, plan)

        async def run(wait: float = 0.0) -> Any:
            return await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=wait,
                                    poll_interval=0.1).run()

        seen: dict[str, Any] = {"wave": wave, "plan": plan}
        seen["first"] = await run(wait=3)  # invitations and AMOs; the invited activate within the wait
        seen["rows_first"] = {r["email"]: r for r in wave_people(project, wave)}
        seen["rounds_before"] = portal_rounds(project, wave)
        tick_rounds(project, wave, lab, forget="p2@example.com")
        seen["second"] = await run()  # the round read back: p2 missing
        seen["rows_second"] = {r["email"]: r for r in wave_people(project, wave)}
        seen["assistant"] = run_assistant(project, wave, lab)
        requests = state.requests
        seen["third"] = await run()  # read back
        seen["read_requests"] = state.requests - requests
        seen["again"] = await run()  # nothing left to send: only the pending person is looked at
        seen["again_requests"] = state.requests - requests - seen["read_requests"]
        return seen

    seen = asyncio.run(with_lab(state, model, work, activate_after=0.3))
    wave, plan = seen["wave"], seen["plan"]

    # Stage 1 and 3 side by side: invitations (p3 belongs to another account), AMOs (3106 refuses them)
    first = seen["rows_first"]
    assert first["p4@example.com"]["zoom"] == "done" and first["p4@example.com"]["os4k"] == "done"
    assert first["p3@example.com"]["zoom"] == "failed"
    assert "another Zoom account" in seen["first"].ops["zoom.user:p3@example.com"][1]
    assert first["p6@example.com"]["os4k"] == "failed" and "F42" in first["p6@example.com"]["open"]
    assert first["p0@example.com"]["stage"] == "portal round: waiting"
    assert any("portal round 1: tick" in step for step in seen["first"].next_steps)
    # Stage 2: rounds of the people active at planning time first; the list to tick holds the active people only
    round_1, round_2 = seen["rounds_before"]
    assert not round_1.not_active and {e for e, _ in round_1.to_tick} >= {"p0@example.com", "p5@example.com"}
    assert {e for e, _ in round_2.to_tick} == {"p4@example.com"}  # invited by the wave, active by now
    assert set(round_2.not_active) == {"p3@example.com", "p8@example.com"}
    second = seen["rows_second"]
    assert second["p0@example.com"]["psi"] == "done" and second["p0@example.com"]["assistant"] == "waiting"
    assert second["p2@example.com"]["psi"] == "failed"
    assert "not in the Integrated users list after round 1" in second["p2@example.com"]["open"]
    assert second["p6@example.com"]["assistant"] == "waiting"
    assert "refused AMO" in seen["second"].ops["assistant:p6@example.com"][1]
    assert "p6@example.com" not in seen["assistant"] and "p2@example.com" not in seen["assistant"]
    # Stage 5: read back; CloudLink (the lab's Mitel side) delivered the credentials from the OS4K
    rows = {r["email"]: r for r in wave_people(project, wave)}
    for email in ("p0@example.com", "p1@example.com", "p4@example.com", "p5@example.com"):
        assert rows[email]["stage"] == "integrated", rows[email]
    assert rows["p8@example.com"]["stage"].startswith("Zoom user: waiting")
    assert seen["third"].state == "waiting"  # p8, p2, p3, p6 still need something
    # The wizard never wrote a SIP phone; the digest it set is on the OS4K only, and Zoom got the same through
    # CloudLink; it is nowhere in the project file
    assert not state.sip_phone_writes
    key = project.wave(wave).secret_key
    for email in ("p0@example.com", "p4@example.com"):
        phone = next(p for p in state.phones.values() if p["user_email"] == email)
        password = digest_password(key, phone["authorization_name"])
        assert phone["password_sha256"] == model.stations[phone["authorization_name"]].password_sha256 == \
            hashlib.sha256(password.encode()).hexdigest()
        assert password.encode() not in project.path.read_bytes()
    # Nothing twice: one invitation each, every AMO applied once; a run with nothing to do only reads
    assert set(state.user_creates) == {"p4@example.com"} and state.user_creates["p4@example.com"] == 1
    assert state.users["p4@example.com"]["type"] == 2  # invited Licensed, with a Workplace licence (guide §7.1.1)
    assert all(n == 1 for n in model.applied.values())
    assert seen["read_requests"] < 12 and seen["again_requests"] < 12
    # The runbook steps take their status from the wave; the report says the same
    records = project.step_records()
    assert records["7.1.2-users-activated"].status == "warning"  # p8
    assert records["7.1.3.2-add-integrated-users"].status == "failed"  # p2 forgotten
    assert records["7.1.1-add-zoom-users"].status == "failed"  # p3 in another account
    assert records["7.2-sdat-dmcallwd"].status == "failed"  # 3106 refused
    # the step's own file check would overwrite what the wave found: it does not run while the wave speaks for it
    engine = Engine(load_runbook(), project, default_registry())
    assert engine.why_not_runnable(load_runbook().step("7.1.3.2-add-integrated-users")) == FROM_THE_WAVE
    data = build_report_data(load_runbook(), project, provisioned=provisioned(project))
    users = {u["email"]: u for u in data["inventory"]["users"]}
    assert users["p0@example.com"]["stage"] == "integrated" and users["p6@example.com"]["os4k"] == "failed"
    assert any("F42" in error for error in data["inventory"]["waves"][0]["amo_errors"])
    assert data["inventory"]["waves"][0]["plan_sha256"] == plan_hash(project, wave)
    # The rounds of at most 50 and the Assistant's file in Zoom's user CSV columns
    assert {c.round for c in plan.of(System.PSI)} == {1, 2} and PSI_BATCH_LIMIT == 50
    assert assistant_file(project, wave)[0] == "Email,First Name,Last Name\r\n"  # nobody else ready


def test_the_read_back_names_each_drift_with_its_fix(project: ProjectFile) -> None:
    state, model = site()

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> dict[str, str]:
        _, plan, _ = await read_and_plan(client, transport)
        wave = new_wave(project, plan)
        for _ in range(2):
            await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=2, poll_interval=0.1).run()
            tick_rounds(project, wave, lab)
        run_assistant(project, wave, lab)
        await WaveRunner(project, wave, zoom=client, amo=transport).run()
        # then the site drifts: a transport changed by hand in Zoom, DMCALLWD lost in a PBX change
        phone = next(p for p in state.phones.values() if p["user_email"] == "p0@example.com")
        phone["server"] = {**phone["server"], "transport_protocol": "UDP"}
        model.stations["3101"].dmcallwd = False
        return await verify_wave(project, wave, client, transport)

    found = asyncio.run(with_lab(state, model, work, activate_after=0.2))
    assert found["p0@example.com"] == "failed" and found["p1@example.com"] == "failed"
    assert found["p4@example.com"] == "done"
    ops = project.wave_ops(project.waves()[-1].wave_id)
    assert "transport 'UDP', not TLS" in ops["verify:p0@example.com"].detail
    assert "Station 3101 lacks DMCALLWD" in ops["verify:p1@example.com"].detail
    assert project.step_records()["7.2-sdat-dmcallwd"].status == "failed"
    assert not state.sip_phone_writes


def test_undo_puts_back_the_reg_state_and_leaves_the_portal_and_assistant_to_the_engineer(project: ProjectFile) -> None:
    state, model = site()
    before = {k: (v.email, v.pmidx, v.dmcallwd) for k, v in model.stations.items()}
    routes_before = dict(model.routes)

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> Any:
        _, plan, _ = await read_and_plan(client, transport)
        wave = new_wave(project, plan)
        await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=1, poll_interval=0.1).run()
        tick_rounds(project, wave, lab)
        await WaveRunner(project, wave, zoom=client, amo=transport).run()
        return wave, undo_summary(project, undo_plan(project, wave)), await run_undo(project, wave, zoom=client,
                                                                                     amo=transport)

    wave, summary, undo = asyncio.run(with_lab(state, model, work, activate_after=0.2))
    assert "DEL-RICHT:MODE=PM,IDX=5;" in undo.amos
    assert any("DEL-RICHT:MODE=PM,IDX=5;" in n and "test station first" in n for n in undo.notes)  # unconfirmed form
    assert {k: (v.email, v.pmidx, v.dmcallwd) for k, v in model.stations.items()} == before
    assert model.routes == routes_before
    # the portal's records were never the wizard's: listed for the engineer's hands, not deleted through the API
    assert state.phones and not state.sip_phone_writes
    assert any(n.startswith("Remove by hand in the Zoom portal") and "p0@example.com" in n for n in undo.notes)
    assert any(line.startswith("by hand in the Zoom portal: remove") for line in summary)
    # p4 was invited by the wave and has accepted: removing the user now would delete the person's data
    assert "p4@example.com" in state.users and any("p4@example.com has accepted" in n for n in undo.notes)
    assert "p0@example.com" in state.users  # was there before: kept
    assert project.wave(wave).state == "undone"


def test_undo_disassociates_an_invitation_not_yet_accepted(project: ProjectFile) -> None:
    state, model = site()

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> Any:
        _, plan, _ = await read_and_plan(client, transport)
        wave = new_wave(project, plan)
        await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=0.3, poll_interval=0.1).run()
        return await run_undo(project, wave, zoom=client, amo=transport)

    undo = asyncio.run(with_lab(state, model, work, activate_after=600))
    assert state.user_creates["p4@example.com"] == 1 and "p4@example.com" not in state.users
    assert not any("p4@example.com" in note for note in undo.notes)


def test_sip_integration_off_stops_the_wave_resumably_and_it_resumes_once_enabled(project: ProjectFile) -> None:
    state, model = site()

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> tuple[str, str, Any]:
        _, plan, _ = await read_and_plan(client, transport)
        wave = new_wave(project, plan)
        await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=1, poll_interval=0.1).run()
        tick_rounds(project, wave, lab)
        lab.faults.sip_integration_disabled = True
        with pytest.raises(ApiError, match="SIP phone integration is not enabled") as caught:
            await WaveRunner(project, wave, zoom=client, amo=transport).run()
        stopped = project.wave(wave).state  # type: ignore[union-attr]
        lab.faults.sip_integration_disabled = False  # Zoom enabled it for the account
        again = await WaveRunner(project, wave, zoom=client, amo=transport).run()
        return stopped, caught.value.fix, again

    stopped, fix, again = asyncio.run(with_lab(state, model, work, activate_after=0.2))
    assert stopped == "paused" and "resume" in fix
    assert again.ops["psi.portal:p0@example.com"][0] == "done"
    assert all(n == 1 for n in model.applied.values())


def test_confirmations_refuse_what_is_not_there(project: ProjectFile) -> None:
    config = Os4kConfig(stations={"3100": Station("3100", "a@example.com", "1", True, "ALL", True)}, pm_routes={"1"})
    rows = people([ZoomUser("a@example.com", "A", "B", "pending", 2)], config, [], OPTIONS)
    wave = new_wave(project, plan_wave(rows, config, OPTIONS))
    with pytest.raises(WizardError, match="have not activated their Zoom account") as caught:
        confirm_round(project, wave, 1)  # the only person is not active yet: nothing to tick
    assert "resume" in caught.value.fix
    with pytest.raises(WizardError, match="has no portal round 7"):
        confirm_round(project, wave, 7)
    with pytest.raises(WizardError, match="nobody of this wave is ready for the Assistant"):
        confirm_assistant(project, wave)


def test_the_plan_names_what_it_changes_and_exports_for_change_approval(project: ProjectFile, tmp_path: Path) -> None:
    config = Os4kConfig(stations={str(5000 + i): Station(str(5000 + i), f"u{i:03d}@example.com", "1", True, "ALL",
                                                         False) for i in range(3)}, pm_routes={"1"})
    users = [ZoomUser(f"u{i:03d}@example.com", "U", str(i), "active", i + 2) for i in range(2)]
    project.set_connection("zoom", {"account_id": "acct-42"})
    project.set_connection("os4k", {"host": "10.0.0.7"})
    wave = new_wave(project, plan_wave(people(users, config, [], OPTIONS), config, OPTIONS))
    summary = change_summary(project, wave)
    assert summary[0].startswith("Zoom account acct-42: 1 invitation(s)")
    assert summary[1].startswith("OS4K at 10.0.0.7, system number not checked yet")
    assert any("never writes SIP credentials" in line for line in summary)
    digest = plan_hash(project, wave)
    assert any(digest in e.new for e in project.audit_entries() if e.action == "wave planned")
    export_plan(project, wave, tmp_path / "plan.csv")
    lines = (tmp_path / "plan.csv").read_text().splitlines()
    assert digest in lines[0] and lines[1] == "stage,done by,round,person,station,change"
    assert any(",engineer,2,u002@example.com," in line for line in lines)  # the portal round is the engineer's
    export_plan(project, wave, tmp_path / "plan.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "plan.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert digest in text and "acct-42" in text
    with pytest.raises(WizardError, match=r"name the file \.pdf or \.csv"):
        export_plan(project, wave, tmp_path / "plan.docx")


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


def test_rounds_hold_at_most_fifty_with_the_active_first_and_pending_credentials_need_no_round() -> None:
    config = Os4kConfig(stations={str(5000 + i): Station(str(5000 + i), f"u{i:03d}@example.com", "1", True, "ALL", True)
                                  for i in range(102)}, pm_routes={"1"})
    users = [ZoomUser(f"u{i:03d}@example.com", "U", str(i), "pending" if i < 10 else "active", i + 2)
             for i in range(101)]
    rows = people(users, config, [], OPTIONS, pending_phones=["u101@example.com"])
    u101 = next(r for r in rows if r.key == "u101@example.com")
    assert u101.prereqs["integrated"] is Prereq.WAIT  # in the list already, waiting for its credentials
    plan = plan_wave([r for r in rows if r.selectable and r.key != "u101@example.com"], config, OPTIONS)
    rounds = plan.rounds()
    assert [len(members) for members in rounds.values()] == [50, 41, 10]
    assert all(c.person >= "u010@example.com" for c in rounds[1])  # the active ones first
    assert {c.person for c in rounds[3]} == {f"u{i:03d}@example.com" for i in range(10)}
    assert WavePlan.from_json(plan.to_json()) == plan
    with_listed = plan_wave([u101], config, OPTIONS)
    assert not with_listed.of(System.PSI) and len(with_listed.of(System.ASSISTANT)) == 1


def test_verify_person_names_every_mismatch() -> None:
    station = Station("3100", "a@example.com", "1", True, "ALL", True)
    good = {"authorization_name": "3100", "server": {"register_server": "203.0.113.10:65061",
                                                     "proxy_server": "SBC01.example.com:65061",
                                                     "transport_protocol": "TLS"}}
    ok = verify_person("a@example.com", "3100", OPTIONS, zoom_status="active", phone=good, station=station,
                       pm_routes={"1"})
    assert ok.state == "done" and not ok.findings
    pending = verify_person("a@example.com", "3100", OPTIONS, zoom_status="active",
                            phone={"user_email": "a@example.com"}, station=station, pm_routes={"1"})
    assert pending.state == "waiting" and pending.findings[0].code == "provision.verify-pending-credential"
    bad = verify_person("a@example.com", "3100", OPTIONS, zoom_status="inactive",
                        phone={"authorization_name": "3999", "server": {"register_server": "10.0.0.1:5060",
                                                                         "proxy_server": "sbc01.example.com:65061",
                                                                         "transport_protocol": "UDP"}},
                        station=Station("3100", "b@example.com", "9", False, "NONE", False), pm_routes={"1"})
    assert bad.state == "failed"
    assert [f.code for f in bad.findings] == [
        "provision.verify-zoom-user", "provision.verify-authorization-name", "provision.verify-server",
        "provision.verify-transport", "provision.verify-persi", "provision.verify-pmidx", "provision.verify-digest",
        "provision.verify-call-log", "provision.verify-dmcallwd"]
    gone = verify_person("a@example.com", "3100", OPTIONS, zoom_status="active", phone=None, station=None,
                         pm_routes={"1"})
    assert [f.code for f in gone.findings] == ["provision.verify-not-integrated", "provision.verify-station-missing"]


def test_closed_steps_pass_only_when_everyone_is_read_back() -> None:
    config = Os4kConfig(stations={"3100": Station("3100", "a@example.com", "1", True, "ALL", False)}, pm_routes={"1"})
    plan = plan_wave(people([ZoomUser("a@example.com", "A", "B", "active", 2)], config, [], OPTIONS), config, OPTIONS)
    everything = {c.op_id: ("done", "") for c in plan.changes}
    assert {s: r.status.value for s, r in closed_steps(plan, everything, {}).items()} == dict.fromkeys(
        ["7.1.1-add-zoom-users", "7.1.2-users-activated", "7.1.3.2-add-integrated-users", "7.2-sbcsu-voicemail-digest",
         "7.2-sdat-dmcallwd", "7.2-persi-email", "7.2-pmidx-route", "7.2-zande-sbc-address",
         "7.2.1-assistant-user-data"], "pass")
    not_read = {**everything, "verify:a@example.com": ("waiting", "")}
    steps = closed_steps(plan, not_read, {})
    assert steps["7.2-sdat-dmcallwd"].status.value == "warn" and steps["7.1.2-users-activated"].status.value == "pass"


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
