"""A Zoom user no OS4K subscriber has in PERSI gets a station inside the wizard: the engineer chooses one of the
stations read that carries no email, the choice is kept with the project (and its audit log), the wave writes the
email into the station's PERSI record with the guide's §7.2 AMO, the read-back finds the person integrated, and
undo takes the email off again. Every way the choice can be wrong blocks the person with its reason."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.test_provisioning import Lab, run_through, with_lab
from wizard.checks.amo import Os4kConfig, Station
from wizard.checks.amo_values import AmoValueError
from wizard.checks.provisioning import Prereq, RowState, WaveOptions, free_stations, people, plan_wave
from wizard.checks.users import ZoomUser
from wizard.connectors.os4k import SshAmoTransport
from wizard.connectors.zoom import ZoomClient
from wizard.lab import zoom as zoom_lab
from wizard.lab.os4k import LabStation, Os4kModel
from wizard.provisioning.readback import verify_wave
from wizard.provisioning.session import assign_station, read_people, station_assignments, wave_options
from wizard.provisioning.undo import run_undo
from wizard.provisioning.waves import new_wave
from wizard.store.project import ProjectFile

OPTIONS = WaveOptions("sbc01.example.com", "65061", "203.0.113.10", pmidx="5", voicemail_number="7999")


def config() -> Os4kConfig:
    stations = {"3100": Station("3100", "taken@example.com", "5", True, "ALL", True),
                "3101": Station("3101", None, "5", False, "ALL", False),
                "3102": Station("3102", None, None, False, "ALL", False)}
    return Os4kConfig(stations=stations, pm_routes={"5"})


def zoom(*emails: str) -> list[ZoomUser]:
    return [ZoomUser(email, "First", "Last", "active", line) for line, email in enumerate(emails, start=2)]


def row(rows: list, email: str):
    return next(r for r in rows if r.key == email)


def test_a_station_chosen_for_a_zoom_user_makes_the_person_ready_and_the_plan_writes_persi() -> None:
    before = row(people(zoom("new@example.com"), config(), [], OPTIONS), "new@example.com")
    assert before.state is RowState.BLOCKED and before.prereqs["persi_email"] is Prereq.MISSING
    assert "Choose the person's SIP/UFIP station" in before.findings[0].fix

    options = WaveOptions(**{**OPTIONS.__dict__, "assignments": (("new@example.com", "3101"),)})
    after = row(people(zoom("new@example.com"), config(), [], options), "new@example.com")
    assert after.state is RowState.READY and after.stations == ("3101",)
    assert after.prereqs["persi_email"] is Prereq.FIX and after.prereqs["dmcallwd"] is Prereq.FIX
    assert any(f.code == "provision.assigned" for f in after.findings)
    amos = [c.text for c in plan_wave([after], config(), options).changes]
    # the old PERSI record is read before it changes, so undo can put it back
    assert amos.index("REG-PERSI:TYPE=STN,STNO=3101;") + 1 == amos.index('CHANGE-PERSI:EMAIL,3101,"new@example.com";')


@pytest.mark.parametrize(("assignments", "code"), [
    ((("new@example.com", "3100"),), "provision.assigned-taken"),  # another person's email is on it
    ((("new@example.com", "3999"),), "provision.assigned-unknown"),  # not among the stations read
    ((("new@example.com", "31;01"),), "provision.assigned-invalid"),  # not a station number at all
    ((("new@example.com", "3101"), ("other@example.com", "3101")), "provision.assigned-twice"),
])
def test_a_wrong_choice_blocks_the_person_and_says_why(assignments: tuple, code: str) -> None:
    options = WaveOptions(**{**OPTIONS.__dict__, "assignments": assignments})
    person = row(people(zoom("new@example.com", "other@example.com"), config(), [], options), "new@example.com")
    assert person.state is RowState.BLOCKED and code in {f.code for f in person.findings}
    assert person.prereqs["persi_email"] is Prereq.MISSING


def test_the_free_stations_are_those_without_an_email_not_chosen_yet() -> None:
    assert free_stations(config(), OPTIONS) == ["3101", "3102"]
    chosen = WaveOptions(**{**OPTIONS.__dict__, "assignments": (("new@example.com", "3101"),)})
    assert free_stations(config(), chosen) == ["3102"]


def test_the_choice_is_kept_with_the_project_checked_against_its_grammar_and_audited(tmp_path: Path) -> None:
    with ProjectFile.create(tmp_path / "p.psiproj") as project:
        with pytest.raises(AmoValueError, match="station"):
            assign_station(project, "new@example.com", '3101;DEL-SBCSU:STNO=3102')
        with pytest.raises(AmoValueError, match="email"):
            assign_station(project, 'new@example.com",x', "3101")
        assert station_assignments(project) == ()
        assign_station(project, "New@Example.com", "3101")
        assign_station(project, "new@example.com", "3102")  # chosen again: replaces
        assert station_assignments(project) == (("new@example.com", "3102"),)
        assert wave_options(project).assignments == (("new@example.com", "3102"),)
        assign_station(project, "new@example.com", "")  # forgotten
        assert station_assignments(project) == ()
        assert sum(1 for e in project.audit_entries() if e.field == "stations") == 3


def test_a_wave_against_the_lab_gives_the_zoom_user_the_chosen_station_and_undo_takes_it_back(
        tmp_path: Path) -> None:
    state = zoom_lab.ZoomState()
    model = Os4kModel(routes={"5": "7999"})
    model.stations["3100"] = LabStation(email="has@example.com", pmidx="5")
    model.stations["3101"] = LabStation(email=None, pmidx="5")  # a SIP station nobody's email is on yet
    state.add_user("has@example.com", "Has", "Station")
    state.add_user("new@example.com", "New", "Person")

    with ProjectFile.create(tmp_path / "wave.psiproj") as project:
        for key, value in {"sbc_public_fqdn": "sbc01.example.com", "sbc_sip_tls_port": "65061",
                           "sbc_public_ip": "203.0.113.10"}.items():
            project.set_site_field(key, value)

        async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> tuple:
            from wizard.provisioning.session import Systems

            systems = Systems(client, transport)
            options = wave_options(project, pmidx="5", voicemail_number="7999")
            first = await read_people(project, systems, options)
            free = free_stations(first.config, options)
            assign_station(project, "new@example.com", free[0])
            reading = first.judged_with(wave_options(project, pmidx="5", voicemail_number="7999"))
            ready = [r for r in reading.rows if r.selectable]
            plan = plan_wave(ready, reading.config, wave_options(project, pmidx="5", voicemail_number="7999"))
            wave = new_wave(project, plan)
            await run_through(project, wave, client, transport, lab)
            verdict = await verify_wave(project, wave, client, transport)
            email_after_wave = model.stations["3101"].email
            await run_undo(project, wave, zoom=client, amo=transport)
            return free, [r.key for r in ready], verdict, email_after_wave

        free, ready, verdict, email_after_wave = asyncio.run(with_lab(state, model, work, activate_after=0))
    assert free == ["3101"]
    assert "new@example.com" in ready
    assert email_after_wave == "new@example.com"  # the lab's PERSI record, written by the wave's AMO
    assert verdict["new@example.com"] == "done"
    assert not model.stations["3101"].email  # undo put the station back as it was read


def test_the_window_gives_a_zoom_user_a_station_from_the_people_table(
        qtbot, window, tmp_path: Path, memory_keyring, running_lab) -> None:
    from tests.gui import click, on_loop, settle
    from wizard.demo import point_at_lab

    lab = running_lab("zoom.activate_after=0")
    window.resize(1280, 720)
    window.new_project(tmp_path / "stations.psiproj")
    on_loop(qtbot, point_at_lab(window.project, lab.endpoints))
    window.go_to_chapter("provisioning")
    wave = window.panel("provisioning").wave
    wave.panel.pmidx.setText("5")  # the demo's PM route: a station without a PM index gets it
    assert on_loop(qtbot, wave.read(), timeout=15000)
    panel = wave.panel
    rows = [r.key for r in panel.model.rows]
    panel.table.selectRow(panel.proxy.mapFromSource(panel.model.index(rows.index("user000@example.com"), 0)).row())
    assert panel.station_row.isVisibleTo(panel)  # no subscriber has user000 in PERSI: a station can be given
    offered = [panel.station_box.itemText(i) for i in range(panel.station_box.count())]
    assert offered[:2] == ["3100", "3104"]  # the demo's stations without an email in PERSI
    panel.station_box.setCurrentText("3100")
    click(qtbot, panel.assign_button)
    qtbot.waitUntil(lambda: next(r for r in panel.model.rows if r.key == "user000@example.com").stations == ("3100",),
                    timeout=10000)
    settle(qtbot, window)
    person = next(r for r in panel.model.rows if r.key == "user000@example.com")
    assert person.selectable and any(f.code == "provision.assigned" for f in person.findings)
    assert station_assignments(window.project) == (("user000@example.com", "3100"),)
    offered = [panel.station_box.itemText(i) for i in range(panel.station_box.count())]
    assert panel.station_row.isVisibleTo(panel) and offered[0] == "3100" and "3100" not in offered[1:]  # taken now

    panel.station_box.setCurrentText("31;00")  # typed, hostile: refused with its reason, nothing kept
    click(qtbot, panel.assign_button)
    settle(qtbot, window)
    assert station_assignments(window.project) == (("user000@example.com", "3100"),)
    assert "cannot go into an AMO" in panel.message.text()


def test_the_command_line_gives_a_station_and_refuses_a_hostile_one(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "cli.psiproj"
    ProjectFile.create(path).close()
    zoom_csv = tmp_path / "zoom.csv"
    zoom_csv.write_text("Email,First Name,Last Name,Status\nnew@example.com,New,Person,active\n", encoding="utf-8")
    subscribers = tmp_path / "os4k.txt"
    subscribers.write_text('ADD-SBCSU:STNO=3100,OPT=OPTI,PMIDX=5,CALLOG=ALL;\nCHANGE-PERSI:EMAIL,3100,"has@example.com";\n'
                           "ADD-SBCSU:STNO=3101,OPT=OPTI,PMIDX=5,CALLOG=ALL;\n", encoding="utf-8")

    def cli(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "wizard", "provision", str(path), "--zoom-csv", str(zoom_csv),
                               "--subscribers", str(subscribers), "--pmidx", "5", *extra],
                              capture_output=True, text=True, timeout=60)

    listed = cli()
    assert "stations without an email in PERSI" in listed.stdout and "3101" in listed.stdout
    refused = cli("--assign", 'new@example.com=3101;DEL-SBCSU:STNO=3102')
    assert refused.returncode == 2 and "cannot go into an AMO" in refused.stderr and "Traceback" not in refused.stderr
    given = cli("--assign", "new@example.com=3101", "--json")
    import json

    row = next(r for r in json.loads(given.stdout) if r["email"] == "new@example.com")
    assert row["stations"] == ["3101"] and row["prerequisites"]["persi_email"] == "fix"
    with ProjectFile.open(path) as project:
        assert station_assignments(project) == (("new@example.com", "3101"),)
