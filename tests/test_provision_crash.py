"""The promise of chapter 7: a wave of 500 people, the wizard killed with SIGKILL at random moments and resumed
each time, against the lab running as its own process. Afterwards the lab says: every Zoom user and every
integrated user created exactly once, no AMO applied twice, nobody missing, and both sides of every station
hold the same digest password."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wizard.store.project import ProjectFile

PEOPLE = 500
KILLS = 20


def cli(*args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "wizard", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_a_500_person_wave_survives_sigkill_at_random_moments(tmp_path: Path) -> None:
    state_file = tmp_path / "lab.json"
    # the PBX takes a few milliseconds per AMO, as a loaded one does: kills then land inside AMO exchanges too,
    # whatever the speed of the machine the test runs on
    lab = subprocess.Popen([sys.executable, "-m", "wizard", "lab", "--json", "--people", str(PEOPLE), "--state",
                            str(state_file), "--faults", "zoom.activate_after=0.5,os4k.latency=0.004",
                            "--zoom-rates", "light=80,medium=60"], stdout=subprocess.PIPE, text=True)
    try:
        endpoints = json.loads(lab.stdout.readline())
        project_path = tmp_path / "wave.psiproj"
        with ProjectFile.create(project_path) as project:
            project.set_connection("zoom", {k: str(v) for k, v in endpoints["zoom"].items() if k != "client_secret"})
            project.set_connection("os4k", {k: str(v) for k, v in endpoints["os4k"].items() if k != "password"})
            for key, value in (("sbc_public_fqdn", "sbc.lab.psi"), ("sbc_sip_tls_port", "65061"),
                               ("sbc_public_ip", "203.0.113.10")):
                project.set_site_field(key, value)
        env = {**os.environ, "ZOOM_SECRET": endpoints["zoom"]["client_secret"],
               "AMO_PASSWORD": endpoints["os4k"]["password"]}
        common = ["--zoom-secret-env", "ZOOM_SECRET", "--password-env", "AMO_PASSWORD", "--json"]
        planned = cli("provision", str(project_path), "--plan", *common, env=env)
        out, err = planned.communicate(timeout=120)
        assert planned.returncode == 0, err
        wave = json.loads(out)["wave"]

        seed = int(os.environ.get("PSI_CRASH_SEED", "20261127"))
        rng = random.Random(seed)
        in_flight = {"zoom/psi": 0, "amo": 0}  # changes a kill caught between 'sent' and their answer
        for kill in range(KILLS):
            run = cli("provision", str(project_path), "--execute" if kill == 0 else "--resume", wave, *common, env=env)
            time.sleep(rng.uniform(0.8, 2.5))  # the first ~0.6 s is the interpreter starting
            if run.poll() is not None:
                break  # finished before the kill: the wave is shorter than the kills planned
            run.send_signal(signal.SIGKILL)
            run.communicate(timeout=30)
            with ProjectFile.open(project_path) as project:  # rolls back the hot journal the kill left
                in_flight["zoom/psi"] += sum(1 for e in project.wave_ops(wave).values() if e.state == "sent")
                in_flight["amo"] += sum(1 for e in project.journal(f"{wave}:amo") if e.state == "sent")
        assert in_flight["zoom/psi"] > 0 and in_flight["amo"] > 0, f"seed {seed}: no kill caught a change in flight"
        final = cli("provision", str(project_path), "--resume", wave, "--wait-activation", "30", *common, env=env)
        out, err = final.communicate(timeout=600)
        assert final.returncode == 0, f"seed {seed}: {err[-2000:]}"
        result = json.loads(out)
        assert all(row["psi"] in ("done", "already") for row in result["people"]), f"seed {seed}"
    finally:
        lab.send_signal(signal.SIGTERM)  # the lab writes its final state on the way out
        lab.communicate(timeout=30)

    state = json.loads(state_file.read_text())
    zoom, os4k = state["zoom"], state["os4k"]
    invited = {f"person{i:05d}@example.com" for i in range(0, PEOPLE, 2)}
    assert zoom["user_creates"] == dict.fromkeys(invited, 1), f"seed {seed}: a Zoom user created twice or missing"
    everyone = {f"person{i:05d}@example.com" for i in range(PEOPLE)}
    assert zoom["phone_creates"] == dict.fromkeys(everyone, 1), f"seed {seed}: an integrated user twice or missing"
    assert zoom["duplicate_creates"] == 0
    assert len(zoom["phones"]) == PEOPLE
    assert set(os4k["applied"].values()) == {1}, f"seed {seed}: an AMO applied twice"
    assert len(os4k["applied"]) == 1 + 2 * PEOPLE  # the OSMO address, then SBCSU and SDAT per station
    stations = os4k["stations"]
    for phone in zoom["phones"].values():
        station = stations[phone["authorization_name"]]
        assert station["dmcallwd"] and station["password_sha256"] == phone["password_sha256"], phone["user_email"]
    # the project's own record agrees, and its audit chain held through every kill
    with ProjectFile.open(project_path) as project:
        assert project.verify_audit().intact
        assert project.wave(wave).state == "waiting"  # only the Assistant import is left to the engineer
