"""The lab as its own process: endpoints printed, the connectors work against it, state survives restarts,
fault settings are checked."""

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.connectors.os4k import AmoSession, SshAmoTransport
from wizard.connectors.zoom import Created, ZoomAccount, ZoomClient
from wizard.errors import WizardError
from wizard.lab.run import parse_faults
from wizard.store.project import ProjectFile


def start_lab(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[str], dict]:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "s")}
    lab = subprocess.Popen([sys.executable, "-m", "wizard", "lab", "--json", *extra], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, env=env)
    line = lab.stdout.readline()
    assert line, lab.stderr.read()
    return lab, json.loads(line)


def stop(lab: subprocess.Popen[str]) -> None:
    lab.send_signal(signal.SIGTERM)
    lab.wait(timeout=20)


async def use_lab(endpoints: dict, project: ProjectFile) -> tuple[Created, str]:
    z = endpoints["zoom"]
    client = ZoomClient(ZoomAccount(z["account_id"], z["client_id"], z["client_secret"], oauth_url=z["oauth_url"],
                                    api_base=z["api_base"]))
    try:
        created = await client.create_user("trainee@example.com", "Train", "Ee")
    finally:
        await client.aclose()
    o = endpoints["os4k"]
    transport = SshAmoTransport(o["host"], o["port"], o["user"], o["password"], timeout=5, host_key=o["host_key"])
    try:
        results = await AmoSession(project, transport).run_batch("b", ['CHANGE-PERSI:EMAIL,3100,"t@example.com";'])
    finally:
        await transport.close()
    return created, results[0].status


def test_lab_process_serves_the_connectors_and_keeps_state_across_restarts(tmp_path: Path) -> None:
    state = tmp_path / "lab-state.json"
    lab, endpoints = start_lab(tmp_path, "--state", str(state))
    try:
        with ProjectFile.create(tmp_path / "p.psiproj") as project:
            assert asyncio.run(use_lab(endpoints, project)) == (Created.CREATED, "completed")
    finally:
        stop(lab)
    assert lab.returncode == 0
    saved = json.loads(state.read_text())
    assert "trainee@example.com" in saved["zoom"]["users"]
    assert saved["os4k"]["stations"]["3100"]["email"] == "t@example.com"

    lab, endpoints = start_lab(tmp_path, "--state", str(state))  # restarted: what was done is still there
    try:
        with ProjectFile.create(tmp_path / "q.psiproj") as project:
            assert asyncio.run(use_lab(endpoints, project))[0] == Created.ALREADY_THERE
    finally:
        stop(lab)


def test_fault_spec_is_parsed_and_checked() -> None:
    faults = parse_faults("zoom.storm=5,zoom.latency=0.25,zoom.retry_after_as_date=yes,os4k.drop_after=7,"
                          "cloudlink.error_rate=0.5,redsky.token_lifetime=2")
    assert (faults.zoom.storm, faults.zoom.latency, faults.zoom.retry_after_as_date, faults.os4k.drop_after) == \
        (5, 0.25, True, 7)
    assert (faults.cloudlink.error_rate, faults.redsky.token_lifetime) == (0.5, 2.0)
    documented = parse_faults("zoom.expire_invitations=1,zoom.sip_integration_disabled=yes,"
                              "zoom.missing_scopes=user:read:admin+sip_phone:read:admin,zoom.other_account=x@example.com,"
                              "zoom.storm_without_retry_after=1,zoom.daily_create_cap=3,"
                              "cloudlink.account_locked=1,cloudlink.password_change_needed=1")
    assert (documented.zoom.expire_invitations, documented.zoom.sip_integration_disabled,
            documented.zoom.storm_without_retry_after, documented.zoom.daily_create_cap) == (True, True, True, 3)
    assert documented.zoom.missing_scopes == "user:read:admin,sip_phone:read:admin"
    assert documented.zoom.other_account == "x@example.com"
    assert documented.cloudlink.account_locked and documented.cloudlink.password_change_needed
    with pytest.raises(WizardError, match=re.escape("unknown fault setting 'zoom.flood=1'")):
        parse_faults("zoom.flood=1")
    with pytest.raises(WizardError, match="needs a number"):
        parse_faults("zoom.storm=lots")


def test_bad_fault_spec_on_the_command_line_is_exit_2(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "wizard", "lab", "--faults", "os4k.explode=1"],
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "s")})
    assert result.returncode == 2 and "unknown fault setting" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("max_expires, expected_codes", [(2678400, set()), (3600, {"sip.expiry-capped"})])
def test_the_lab_sbc_answers_the_sip_probe_as_a_real_one_would(max_expires: int, expected_codes: set) -> None:
    from wizard.lab.run import start_lab
    from wizard.probes.sip import probe_sip

    async def scenario() -> tuple:
        lab = await start_lab(sbc_max_expires=max_expires)
        sbc = lab.endpoints["sbc"]
        try:
            result = await probe_sip(sbc["host"], sbc["sip_tls_port"], sbc["fqdn"], user="3100",
                                     password=sbc["digest_password"], timeout=5)
            return result, dict(lab.sbc_lab.state.bindings)
        finally:
            await lab.stop()

    result, bindings = asyncio.run(scenario())
    assert {f.code for f in result.findings} == expected_codes
    assert result.evidence["granted_expiry"] == max_expires
    assert bindings == {}  # the probe unregistered


def test_every_simulator_is_listed_with_its_endpoint(tmp_path: Path) -> None:
    lab, endpoints = start_lab(tmp_path)
    try:
        assert set(endpoints) == {"zoom", "cloudlink", "redsky", "os4k", "sbc", "lab", "network"}
        assert all("127.0.0.1" in str(v) for name, v in endpoints.items())
    finally:
        stop(lab)


def test_the_labs_mitel_side_plays_the_portal_and_the_assistant_over_its_control(tmp_path: Path) -> None:
    """The portal adds active users only, at most 50 at a time, as Pending SIP credential; the Assistant's Update
    writes the credentials from the OS4K's subscriber data, and says why it leaves someone pending."""
    from wizard.lab.mitel import play

    lab, endpoints = start_lab(tmp_path, "--state", str(tmp_path / "lab.json"))
    control = endpoints["lab"]["control"]

    async def scenario() -> tuple[dict, dict, dict]:
        added = await play(control, "portal/add-users", {"emails": ["user000@example.com", "user009@example.com"]})
        with pytest.raises(ValueError, match="at most 50"):
            await play(control, "portal/add-users", {"emails": [f"u{i}@example.com" for i in range(51)]})
        with pytest.raises(ValueError, match="no Email column"):
            await play(control, "assistant/import", b"Name,Phone\nx,1\n")
        imported = await play(control, "assistant/import", b"First Name,Email,Last Name\nU,user000@example.com,0\n")
        return added, imported, await play(control, "assistant/update-all")

    try:
        added, imported, updated = asyncio.run(scenario())
    finally:
        stop(lab)
    assert added == {"added": ["user000@example.com"], "already": [], "refused": ["user009@example.com"]}  # pending
    assert imported == {"imported": 1, "refused": []}  # the columns found by their header, not their place
    # the demo site's 3100 has neither a digest password nor a PERSI email: Update leaves the user pending
    assert updated["updated"] == [] and updated["not_updated"] == {
        "user000@example.com": "no subscriber has this email in PERSI"}
    saved = json.loads((tmp_path / "lab.json").read_text())
    assert "user000@example.com" in saved["mitel"]["cloudlink_users"]
    phone = next(iter(saved["zoom"]["phones"].values()))
    assert phone["user_email"] == "user000@example.com" and "authorization_name" not in phone


def test_amo_run_dry_runs_then_executes_and_resumes_through_the_journal(tmp_path: Path) -> None:
    lab, endpoints = start_lab(tmp_path, "--faults", "os4k.drop_after=3")
    try:
        os4k = endpoints["os4k"]
        with ProjectFile.create(tmp_path / "p.psiproj") as project:
            project.set_connection("os4k", {"host": os4k["host"], "port": str(os4k["port"]), "user": os4k["user"],
                                            "host_key": os4k["host_key"]})
        batch = tmp_path / "wave1.amo"
        batch.write_text('# wave 1\nREG-PERSI:TYPE=STN,STNO=3100;\nCHANGE-PERSI:EMAIL,3100,"w1@example.com";\n'
                         "REG-SDAT:STNO=3100;\nCHA-SDAT:3100,ATTRIBUT,DMCALLWD;\n")
        env = {**os.environ, "AMO_PW": os4k["password"], "XDG_STATE_HOME": str(tmp_path / "s")}
        base = [sys.executable, "-m", "wizard", "amo", "run", str(tmp_path / "p.psiproj"), "--batch", str(batch),
                "--password-env", "AMO_PW"]
        dry = subprocess.run(base, capture_output=True, text=True, env=env, timeout=60)
        assert dry.returncode == 0, dry.stderr
        assert 'would send: CHANGE-PERSI:EMAIL,3100,"w1@example.com";' in dry.stdout
        assert "nothing was changed" in dry.stdout
        done = subprocess.run([*base, "--execute"], capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
        # the session drops on the first REG- (the lab's third command after the dry run's two): a query is
        # simply sent again after reconnecting, so every command ends completed (a REG- of an empty record with
        # the PBX's advisory 'no data'), each once in the journal
        statuses = [line.split()[0] for line in done.stdout.splitlines()]
        assert statuses == ["advisory", "completed", "completed", "completed"], done.stdout
        with ProjectFile.open(tmp_path / "p.psiproj") as project:
            assert len(project.journal("wave1")) == 4
    finally:
        stop(lab)


def test_connection_test_from_the_cli_keeps_one_evidence_file_per_system(tmp_path: Path) -> None:
    lab, endpoints = start_lab(tmp_path)
    try:
        path = tmp_path / "site.psiproj"
        with ProjectFile.create(path) as project:
            project.set_connection("zoom", {k: str(v) for k, v in endpoints["zoom"].items() if k != "client_secret"})
        env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "s"), "ZS": endpoints["zoom"]["client_secret"],
               "WRONG": "not-the-secret"}
        base = [sys.executable, "-m", "wizard", "connection", "test", str(path), "--system", "zoom"]
        good = subprocess.run([*base, "--secret-env", "ZS"], env=env, capture_output=True, text=True, timeout=60)
        again = subprocess.run([*base, "--secret-env", "ZS", "--json"], env=env, capture_output=True, text=True,
                               timeout=60)
        bad = subprocess.run([*base, "--secret-env", "WRONG"], env=env, capture_output=True, text=True, timeout=60)
    finally:
        stop(lab)
    assert good.returncode == 0 and good.stdout.startswith("✔ zoom: connected"), good.stderr
    assert again.returncode == 0 and json.loads(again.stdout)["status"] == "pass"
    assert bad.returncode == 1 and "fix:" in bad.stdout and "Traceback" not in bad.stderr
    with ProjectFile.open(path) as project:
        files = [e.name for e in project.evidence("site-details")]
        assert files == ["connection-zoom.json"]  # three tests, one file: the latest, the others in the audit log
        assert json.loads(project.evidence_data(project.evidence("site-details")[0].id))["status"] == "fail"
