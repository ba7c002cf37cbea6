"""The psi-wizard command as a user runs it: a real process, its exit code, its output."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.store.project import ProjectFile


def run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # never the developer's own keyring
    return subprocess.run([sys.executable, "-m", "wizard", *args], capture_output=True, text=True, env=env,
                          timeout=60)


def test_runbook_list_json_has_chapters_in_order_with_step_fields(tmp_path: Path) -> None:
    result = run("runbook", "list", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["chapters"][1]["title"] == "Prerequisites"
    step = data["chapters"][7]["steps"][0]
    assert set(step) >= {"id", "section", "title", "kind", "depends_on"}


def test_project_new_show_and_verify(tmp_path: Path) -> None:
    path = tmp_path / "site.psiproj"
    assert run("project", "new", str(path), "--offline", tmp_path=tmp_path).returncode == 0
    with ProjectFile.open(path) as p:
        p.confirm_step("2.2-admin-pc-internet", "checked in the browser", [("shot.png", b"png")])
        p.waive_step("5-os4k-zoom-licences", "partner checks licences")
    shown = run("project", "show", str(path), "--json", tmp_path=tmp_path)
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["mode"] == "offline"
    steps = {s["id"]: s for c in data["chapters"] for s in c["steps"]}
    assert steps["2.2-admin-pc-internet"]["status"] == "confirmed"
    assert steps["2.2-admin-pc-internet"]["evidence"][0]["name"] == "shot.png"
    assert steps["5-os4k-zoom-licences"]["note"] == "partner checks licences"
    assert steps["4.1-add-zoom-integration"]["status"] == "not started"
    verified = run("project", "verify", str(path), tmp_path=tmp_path)
    assert verified.returncode == 0 and "intact" in verified.stdout

    raw = sqlite3.connect(path)
    raw.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 3")
    raw.commit()
    raw.close()
    broken = run("project", "verify", str(path), tmp_path=tmp_path)
    assert broken.returncode == 1
    assert "entry 3" in broken.stdout and "altered" in broken.stdout


@pytest.mark.parametrize("content", [b"not a database at all" * 10, b""])
def test_bad_project_file_is_exit_2_with_one_line_and_no_traceback(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.psiproj"
    path.write_bytes(content)
    result = run("project", "show", str(path), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(path) in result.stderr and "PSI project" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_check_version_exit_codes(tmp_path: Path) -> None:
    ok = run("check", "version", "os4k-assistant", "V11R0.22.5", "--json", tmp_path=tmp_path)
    assert ok.returncode == 0 and json.loads(ok.stdout)["status"] == "pass"
    old = run("check", "version", "os4k-rmx", "V11 R0.22.8", "--json", tmp_path=tmp_path)
    assert old.returncode == 1
    finding = json.loads(old.stdout)["findings"][0]
    assert {"code", "severity", "message", "fix"} <= set(finding)  # and the wording for translation
    bad = run("check", "version", "sbc", "latest", tmp_path=tmp_path)
    assert bad.returncode == 2 and "cannot read a version" in bad.stderr and "Traceback" not in bad.stderr


def test_help_lists_the_subcommands(tmp_path: Path) -> None:
    result = run("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    for sub in ("runbook list", "project show", "project verify", "check version"):
        assert sub in result.stdout


def test_demo_builds_a_project_on_the_lab_and_a_signed_report(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = run("demo", "--out", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    report = out / "commissioning-report.pdf"
    said = result.stdout  # what it did, in a few lines
    assert "connections tested against the lab: cloudlink, os4k, redsky, zoom" in said
    assert "probes: 2.2.2-public-dns" in said and "people integrated and read back" in said
    assert "signed by Demo Engineer" in said
    again = run("demo", "--out", str(out), tmp_path=tmp_path)  # the demo again: the same project, made afresh
    assert again.returncode == 0, again.stderr
    assert [p.name for p in out.glob("*.psiproj")] == ["demo.psiproj"]
    verified = run("report", "verify", str(report), "--trust", str(out / "demo-engineer.pem"), tmp_path=tmp_path)
    assert verified.returncode == 0, verified.stdout
    [project] = out.glob("*.psiproj")
    shown = json.loads(run("project", "show", str(project), "--json", tmp_path=tmp_path).stdout)
    steps = {s["id"]: s for c in shown["chapters"] for s in c["steps"]}
    assert steps["9.4.1.1-max-registration-expiry"]["status"] == "passed"  # registered at the lab's SBC
    assert {e["name"] for e in steps["site-details"]["evidence"]} >= {"connection-zoom.json", "connection-os4k.json"}


def site_from_files(tmp_path: Path, zoom_rows: str, sbcsu_3100: str) -> tuple[Path, tuple[str, ...]]:
    """A project with the SBC's addresses, and Anna (station 3100, as `sbcsu_3100` describes it) and Ben (3101) in
    a Zoom export and REG- output: the files `provision` reads instead of the live systems."""
    project = tmp_path / "files.psiproj"
    with ProjectFile.create(project) as p:
        for key, value in (("sbc_public_fqdn", "sbc01.example.com"), ("sbc_sip_tls_port", "65061"),
                           ("sbc_public_ip", "203.0.113.10")):
            p.set_site_field(key, value)
    zoom = tmp_path / "zoom.csv"
    zoom.write_text("Email,First Name,Last Name,User Status\n" + zoom_rows, encoding="utf-8")
    subs = tmp_path / "subs.txt"
    subs.write_text(f'ADD-SBCSU:{sbcsu_3100};\nCHANGE-PERSI:EMAIL,3100,"anna@example.com";\n'
                    'ADD-SBCSU:STNO=3101,OPT=OPTI,PMIDX=1,CALLOG=ALL;\nCHANGE-PERSI:EMAIL,3101,"ben@example.com";\n'
                    "ADD-RICHT:MODE=PM,IDX=1,SAN=7999,STYPE=OTHER;\n", encoding="utf-8")
    return project, ("--zoom-csv", str(zoom), "--subscribers", str(subs))


def test_provision_from_files_rows_plan_and_bad_input(tmp_path: Path) -> None:
    project, files = site_from_files(tmp_path, "anna@example.com,Anna,Berg,active\nben@example.com ,Ben,Kurz,active\n",
                                     "STNO=3100,OPT=OPTI,PMIDX=1,CALLOG=ALL")

    rows = run("provision", str(project), "--rows", "--json", *files, tmp_path=tmp_path)
    assert rows.returncode == 0, rows.stderr
    by_email = {r["email"]: r for r in json.loads(rows.stdout)}
    assert by_email["anna@example.com"]["state"] == "ready"
    assert by_email["ben@example.com"]["state"] == "blocked"  # the trailing space in Zoom's export
    assert "provision.zoom-email-spaces" in {f["code"] for f in by_email["ben@example.com"]["findings"]}

    planned = run("provision", str(project), "--plan", "--json", *files, tmp_path=tmp_path)
    assert planned.returncode == 0, planned.stderr
    plan = json.loads(planned.stdout)
    assert plan["people"] == ["anna@example.com"]
    texts = [c["text"] for c in plan["changes"]]
    assert 'CHANGE-SBCSU:STNO=3100,OPT=OPTI,PMIDX=1,IPPASSW="<digest password>";' in texts
    assert "<digest password>" in json.dumps(plan)  # the real one is derived at run time, never printed

    # bad input: a message naming the problem and the fix, never a traceback
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("Name;Phone\nAnna;123\n", encoding="utf-8")
    bad = run("provision", str(project), "--rows", "--zoom-csv", str(wrong), "--subscribers", files[3],
              tmp_path=tmp_path)
    assert bad.returncode == 2 and "Email" in bad.stderr and "Traceback" not in bad.stderr
    unknown = run("provision", str(project), "--undo", "W-nope", tmp_path=tmp_path)
    assert unknown.returncode == 2 and "no wave 'W-nope'" in unknown.stderr
    unplanned = run("provision", str(project), "--execute", "W-nope", tmp_path=tmp_path)  # only a wave shown first
    assert unplanned.returncode == 2 and "plan one with --plan, review what it changes" in unplanned.stderr
    unconnected = run("provision", str(project), "--execute", plan["wave"], tmp_path=tmp_path)
    assert unconnected.returncode == 2 and "no Zoom connection" in unconnected.stderr
    assert "Traceback" not in unconnected.stderr
    with ProjectFile.open(project) as p:
        p.set_mode(p.mode.OFFLINE)
    offline = run("provision", str(project), "--execute", plan["wave"], tmp_path=tmp_path)
    assert offline.returncode == 3 and "offline checklist mode" in offline.stderr


def test_the_log_never_holds_a_secret_after_a_failed_run(tmp_path: Path) -> None:
    project = tmp_path / "secret.psiproj"
    with ProjectFile.create(project) as p:
        p.set_connection("os4k", {"host": "127.0.0.1", "port": "1", "user": "engr"})  # nothing listens on port 1
        for key, value in (("sbc_public_fqdn", "sbc01.example.com"), ("sbc_sip_tls_port", "65061"),
                           ("sbc_public_ip", "203.0.113.10")):
            p.set_site_field(key, value)
    secret = "Very-Secret-AMO-Password-4711"
    os.environ["PSI_TEST_AMO_SECRET"] = secret
    try:
        failed = run("provision", str(project), "--rows", "--password-env", "PSI_TEST_AMO_SECRET", tmp_path=tmp_path)
    finally:
        del os.environ["PSI_TEST_AMO_SECRET"]
    assert failed.returncode == 2 and "127.0.0.1" in failed.stderr
    logs = list((tmp_path / "state").rglob("*.log*"))
    assert logs, "the run wrote no log file"
    logged = "".join(log.read_text(encoding="utf-8", errors="replace") for log in logs)
    assert "127.0.0.1" in logged  # the failure is there for support
    assert secret not in logged
    assert secret not in failed.stderr + failed.stdout


def test_identity_certificate_and_amo_read_pasted_reach_the_windows_use_cases_headless(tmp_path: Path) -> None:
    env_pass = {"ID_PASS": "Erika-Passphrase-8"}
    os.environ.update(env_pass)
    try:
        made = run("identity", "new", "--name", "Erika Engineer", "--out", str(tmp_path / "erika.p12"),
                   "--passphrase-env", "ID_PASS", tmp_path=tmp_path)
        assert made.returncode == 0, made.stderr
        (tmp_path / "erika.pem").unlink()  # read out of the PKCS#12 file itself, with the passphrase
        cert = run("identity", "certificate", str(tmp_path / "erika.p12"), "--out", str(tmp_path / "out.pem"),
                   "--passphrase-env", "ID_PASS", tmp_path=tmp_path)
        assert cert.returncode == 0, cert.stderr
        assert (tmp_path / "out.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE")
        wrong = run("identity", "certificate", str(tmp_path / "erika.p12"), "--out", str(tmp_path / "x.pem"),
                    tmp_path=tmp_path)
        assert wrong.returncode == 2 and "passphrase" in wrong.stderr and "Traceback" not in wrong.stderr
    finally:
        os.environ.pop("ID_PASS")

    project = tmp_path / "paste.psiproj"
    assert run("project", "new", str(project), "--offline", tmp_path=tmp_path).returncode == 0
    (tmp_path / "batch.txt").write_text('CHANGE-PERSI:EMAIL,3100,"anna@example.com";\n'
                                        "CHA-SDAT:3100,ATTRIBUT,DMCALLWD;\n")
    (tmp_path / "out.txt").write_text('<CHANGE-PERSI:EMAIL,3100,"anna@example.com";\nCHANGE COMPLETED;\n<\n'
                                      "<CHA-SDAT:3100,ATTRIBUT,DMCALLWD;\nF23: STATION 3100 NOT FOUND\n"
                                      "CHA NOT EXECUTED;\n<\n")
    pasted = run("amo", "read-pasted", str(project), "--batch", str(tmp_path / "batch.txt"), "--output",
                 str(tmp_path / "out.txt"), tmp_path=tmp_path)
    assert pasted.returncode == 1, pasted.stderr  # one AMO was refused: said, and the exit code says so
    assert "completed" in pasted.stdout and "F23: STATION 3100 NOT FOUND" in pasted.stdout
    with ProjectFile.open(project, read_only=True) as opened:  # offline, yet journaled like a sent batch
        assert [e.state for e in opened.journal("batch-pasted")] == ["completed", "error"]


def test_sites_summarises_every_project_of_a_folder_and_names_the_unreadable_ones(tmp_path: Path) -> None:
    folder = tmp_path / "sites"
    folder.mkdir()
    with ProjectFile.create(folder / "munich.psiproj") as project:
        project.set_site_field("customer", "Example Manufacturing GmbH")
        project.set_site_field("site", "Munich HQ")
        project.confirm_step("2.2-admin-pc-internet", "Portals open from the laptop.")
        project.record_result("2.2-version-os4k-rmx", "failed", {"check": "version", "findings": []}, "t", "t")
    (folder / "notes.psiproj").write_text("meeting minutes\n" * 50)  # not ours
    foreign = sqlite3.connect(folder / "other.psiproj")  # a database, but not a project
    foreign.execute("CREATE TABLE t (x)")
    foreign.commit()
    foreign.close()
    (folder / "readme.txt").write_text("not a project, not listed")
    result = run("sites", str(folder), "--json", tmp_path=tmp_path)
    assert result.returncode == 1, result.stderr  # some could not be read: said, and the rest summarised
    listed = {Path(s["file"]).name: s for s in json.loads(result.stdout)}
    assert set(listed) == {"munich.psiproj", "notes.psiproj", "other.psiproj"}
    munich = listed["munich.psiproj"]
    assert (munich["customer"], munich["site"], munich["done"], munich["failed"]) == \
        ("Example Manufacturing GmbH", "Munich HQ", 1, 1) and munich["total"] > 50 and munich["last_change"]
    assert "not a PSI project" in listed["notes.psiproj"]["unreadable"]
    assert listed["other.psiproj"]["unreadable"]
    text = run("sites", str(folder), tmp_path=tmp_path).stdout
    assert "! munich.psiproj: Example Manufacturing GmbH — Munich HQ; 1/" in text and "✘ notes.psiproj" in text


def test_sites_shows_the_last_signed_report_and_recheck_and_puts_the_sites_needing_attention_first(
        tmp_path: Path) -> None:
    folder = tmp_path / "sites"
    folder.mkdir()
    with ProjectFile.create(folder / "calm.psiproj") as calm:
        calm.set_site_field("site", "Calm")
        calm.record_signed("report", "calm-report.pdf", "ab" * 32, {"pages": 9})
        calm.record_signed("recheck", "calm-recheck.pdf", "cd" * 32, {"drifts": 0})
    with ProjectFile.create(folder / "drifted.psiproj") as drifted:
        drifted.set_site_field("site", "Drifted")
        drifted.record_signed("recheck", "drifted-recheck.pdf", "ef" * 32, {"drifts": 3})
    listed = json.loads(run("sites", str(folder), "--json", tmp_path=tmp_path).stdout)
    assert [Path(s["file"]).name for s in listed] == ["drifted.psiproj", "calm.psiproj"]  # attention first
    calm_row = listed[1]
    assert calm_row["last_report"] and calm_row["recheck_drifts"] == 0 and not calm_row["needs_attention"]
    assert listed[0]["recheck_drifts"] == 3 and listed[0]["needs_attention"]
    text = run("sites", str(folder), tmp_path=tmp_path).stdout
    assert "re-checked" in text and "3 drifts" in text and "report signed" in text and "(s)" not in text
    by_name = json.loads(run("sites", str(folder), "--sort", "customer", "--json", tmp_path=tmp_path).stdout)
    assert [Path(s["file"]).name for s in by_name] == ["calm.psiproj", "drifted.psiproj"]


def test_amo_batch_prints_one_amo_a_line_and_names_the_file_line_of_a_bad_row(tmp_path: Path) -> None:
    # one function used 'line' both for a row's line in the CSV and for an AMO of the batch (issue #28): the
    # batch printed and the line named in the error are each pinned here, through the real command
    subscribers = tmp_path / "subscribers.csv"
    subscribers.write_text("Station;Email;PMIDX\n\n3101;bob@example.com;5\n3100;anna@example.com;5\n",
                           encoding="utf-8")
    current = tmp_path / "reg.txt"  # the system already carries the OSMO address, route 5 and bob's settings
    current.write_text("ADD-ZANDE:TYPE=OSMO,SBCADDR1=203.0.113.10,PORT1=65061;\n"
                       "ADD-RICHT:MODE=PM,IDX=5,SAN=7999,STYPE=OTHER;\n"
                       'ADD-PERSI:TYPE=STN,STNO=3101,EMAIL="bob@example.com";\n'
                       'ADD-SBCSU:STNO=3101,PMIDX=5,IPPASSW="secret-123";\n'
                       "ADD-SDAT:STNO=3101,TYPE=ATTRIBUT,AATTR=CLIP&DMCALLWD;\n", encoding="utf-8")
    args = ("amo", "batch", "--subscribers", str(subscribers), "--sbc-address", "203.0.113.10", "--sbc-port",
            "65061")
    batch = run(*args, "--current", str(current), tmp_path=tmp_path)
    assert batch.returncode == 0, batch.stderr
    assert batch.stdout.splitlines() == [
        "REG-PERSI:TYPE=STN,STNO=3100;", 'CHANGE-PERSI:EMAIL,3100,"anna@example.com";',
        "REG-SBCSU:STNO=3100;", 'CHANGE-SBCSU:STNO=3100,OPT=OPTI,PMIDX=5,IPPASSW="<digest password>";',
        "REG-SDAT:STNO=3100;", "CHANGE-SDAT:3100,ATTRIBUT,DMCALLWD;"]
    subscribers.write_text("Station;Email;PMIDX\n\n3101;bob@example.com;5\n3100;anna@example.com;x\n",
                           encoding="utf-8")
    refused = run(*args, tmp_path=tmp_path)
    assert refused.returncode == 2 and refused.stdout == ""
    assert f"{subscribers}, line 4, column PMIDX: 'x' cannot go into an AMO" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_provision_keeps_a_digest_password_unless_the_engineer_rotates_them(tmp_path: Path) -> None:
    """A station REG- shows with a password keeps it; --rotate-passwords gives it a new one, and says so."""
    project, files = site_from_files(tmp_path, "anna@example.com,Anna,Berg,active\nben@example.com,Ben,Kurz,active\n",
                                     'STNO=3100,OPT=OPTI,PMIDX=1,IPPASSW="****",CALLOG=ALL')

    def passwords_set(*extra: str) -> tuple[set[str], dict]:
        planned = run("provision", str(project), "--plan", "--json", *files, *extra, tmp_path=tmp_path)
        assert planned.returncode == 0, planned.stderr
        plan = json.loads(planned.stdout)
        return {c["text"].split("STNO=")[1].split(",")[0] for c in plan["changes"] if "IPPASSW" in c["text"]}, plan

    kept, plan = passwords_set()
    assert kept == {"3101"} and not plan["options"]["rotate_passwords"]
    rotated, plan = passwords_set("--rotate-passwords")
    assert rotated == {"3100", "3101"} and plan["options"]["rotate_passwords"]
    assert any("3100" in line for line in plan["will_change"] if "password" in line)


def test_a_bare_resume_continues_the_wave_a_run_left_unfinished_never_one_only_planned(tmp_path: Path) -> None:
    """Wave A is run and interrupted (killed while it waits for activations); wave B is planned later, for approval.
    `provision --resume` without a wave continues A: B starts only with --execute. The choice follows the project's
    own order of changes, not the waves' created_at: B's is the later one (before, that chose B)."""
    import signal
    import time

    lab = subprocess.Popen([sys.executable, "-m", "wizard", "lab", "--json", "--people", "6", "--faults",
                            "zoom.activate_after=600"], stdout=subprocess.PIPE, text=True,
                           env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "lab-state")})
    try:
        endpoints = json.loads(lab.stdout.readline())
        project = tmp_path / "two-waves.psiproj"
        with ProjectFile.create(project) as p:
            p.set_connection("zoom", {k: str(v) for k, v in endpoints["zoom"].items() if k != "client_secret"})
            p.set_connection("os4k", {k: str(v) for k, v in endpoints["os4k"].items() if k != "password"})
            for key, value in (("sbc_public_fqdn", "sbc.lab.psi"), ("sbc_sip_tls_port", "65061"),
                               ("sbc_public_ip", "203.0.113.10")):
                p.set_site_field(key, value)
        os.environ.update(ZOOM_SECRET=endpoints["zoom"]["client_secret"], AMO_PASSWORD=endpoints["os4k"]["password"])
        secrets = ("--zoom-secret-env", "ZOOM_SECRET", "--password-env", "AMO_PASSWORD")
        rows = json.loads(run("provision", str(project), "--rows", "--json", *secrets, tmp_path=tmp_path).stdout)
        emails = sorted(r["email"] for r in rows if r["state"] == "ready")
        assert len(emails) == 6

        def plan(chosen: list[str]) -> str:
            planned = run("provision", str(project), "--plan", "--json", "--select", ",".join(chosen), *secrets,
                          tmp_path=tmp_path)
            assert planned.returncode == 0, planned.stderr
            return json.loads(planned.stdout)["wave"]

        wave_a = plan(emails[:3])
        env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data"),
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        running = subprocess.Popen([sys.executable, "-m", "wizard", "provision", str(project), "--execute", wave_a,
                                    "--wait-activation", "300", *secrets], stdout=subprocess.PIPE, text=True, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # until its invitations are out and it waits for the activations
            with ProjectFile.open(project, read_only=True) as p:
                invited = sum(1 for op, e in p.wave_ops(wave_a).items() if op.startswith("zoom.") and e.state != "sent")
            if invited >= 3:
                break
            time.sleep(0.2)
        running.send_signal(signal.SIGKILL)
        running.wait()
        wave_b = plan(emails[3:])
        with ProjectFile.open(project, read_only=True) as p:
            created = {w.wave_id: (w.created_at, w.state) for w in p.waves()}
        assert created[wave_b][0] > created[wave_a][0] and created[wave_b][1] == "planned"
        assert created[wave_a][1] != "planned"

        resumed = run("provision", str(project), "--resume", "--json", *secrets, tmp_path=tmp_path)
        assert resumed.returncode == 0, resumed.stderr
        assert json.loads(resumed.stdout)["wave"] == wave_a
        with ProjectFile.open(project, read_only=True) as p:
            assert p.wave(wave_b).state == "planned"  # untouched: it waits for its --execute
    finally:
        os.environ.pop("ZOOM_SECRET", None)
        os.environ.pop("AMO_PASSWORD", None)
        lab.send_signal(signal.SIGTERM)
        lab.wait()


def test_the_help_lists_every_headless_command_with_its_action(tmp_path: Path) -> None:
    shown = run("--help", tmp_path=tmp_path)
    assert shown.returncode == 0
    listed = shown.stdout.split("headless subcommands", 1)[1]
    for command in ("probe call", "amo run", "amo read-pasted", "recheck", "sites", "identity certificate",
                    "provision", "demo", "connection test", "report verify"):
        assert f"\n  {command} " in listed, command
