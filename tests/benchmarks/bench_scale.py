"""Figures for a big site (#31 item 10). Prints, asserts nothing.

For each size, a site of N people (`psi-wizard lab --people N`, Zoom's limits raised so that the wizard's own cost
is measured, not Zoom's pacing) taken through the command line as the engineer would: plan, the first run
(invitations, activations, AMOs), one portal round confirmed, then every round added in the (lab's) portal and
confirmed at once, and the run that reads the rounds back. Prints per size:
- first run: wall time of `provision --execute`, and its peak memory (resource usage of that process);
- each command's peak memory (its highest run's): the wave's peak is the highest of them;
- the project file's size after it;
- one `--confirm-round WAVE N` (the whole command, start-up included; aim <= 0.3 s at 20,000);
- the read-back: wall time of the `--resume` that reads every confirmed round back.

Run: python tests/benchmarks/bench_scale.py [N ...]   (default 1000 5000; add 20000 for the big site, ~10 min)
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wizard.lab.mitel import play
from wizard.store.project import ProjectFile

ROOT = Path(__file__).resolve().parents[2]
SIZES = [int(n) for n in sys.argv[1:]] or [1000, 5000]
RATES = "light=2000,medium=2000,heavy=2000"  # the lab's and the project's: Zoom's pacing is not what is measured
SITE = (("sbc_public_fqdn", "sbc.lab.psi"), ("sbc_sip_tls_port", "65061"), ("sbc_public_ip", "203.0.113.10"))
PEAKS: dict[str, float] = {}  # each command's peak memory in MB, for the size measured last
SECRETS = ("--zoom-secret-env", "ZOOM_SECRET", "--password-env", "AMO_PASSWORD")


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """One wizard command: (wall seconds, its peak memory in MB, stdout); a failure stops the benchmark. The peak is
    the process's own high-water mark (VmHWM), read until it exits: ru_maxrss would also count this benchmark's
    own size, which the child carries until its exec (after the 20,000-person site, 320 MB for 1,000 people)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        # BENCH_WRAP: a script to run the command under instead of `-m wizard` (e.g. one that traces allocations)
        wrap = [os.environ["BENCH_WRAP"]] if os.environ.get("BENCH_WRAP") else ["-m", "wizard"]
        process = subprocess.Popen([sys.executable, *wrap, *args], stdout=out, stderr=err, cwd=ROOT, env=env)
        peak = 0
        while process.poll() is None:
            peak = max(peak, high_water(process.pid))
            time.sleep(0.02)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise SystemExit(f"{' '.join(args[:3])} failed ({process.returncode}): {err.read()[-2000:]}")
        command = " ".join(args[2:3] + (["all"] if args[-1] == "all" else []))  # e.g. '--execute'
        PEAKS[command] = max(peak / 1024, PEAKS.get(command, 0.0))
        return wall, peak / 1024, out.read()


def high_water(pid: int) -> int:
    """The process's peak resident memory so far, in KB (Linux's VmHWM); 0 once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)


def site(folder: Path, people: int) -> tuple[subprocess.Popen[str], dict, Path]:
    lab = subprocess.Popen([sys.executable, "-m", "wizard", "lab", "--json", "--people", str(people),
                            "--state", str(folder / "lab.json"), "--faults", "zoom.activate_after=0",
                            "--zoom-rates", RATES], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert lab.stdout is not None
    endpoints = json.loads(lab.stdout.readline())
    path = folder / "site.psiproj"
    with ProjectFile.create(path) as project:
        for key, value in SITE:
            project.set_site_field(key, value)
        project.set_connection("zoom", {**{k: str(v) for k, v in endpoints["zoom"].items() if k != "client_secret"},
                                        "rates": RATES})
        project.set_connection("os4k", {k: str(v) for k, v in endpoints["os4k"].items() if k != "password"})
    return lab, endpoints, path


async def add_in_portal(control: str, rounds: list[list[str]]) -> None:
    """The engineer's Add users, one round at a time (the portal takes at most 50 people at once)."""
    for emails in rounds:
        await play(control, "portal/add-users", {"emails": emails})


def measure(people: int) -> dict[str, float]:
    PEAKS.clear()
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as name:
        folder = Path(name)
        lab, endpoints, project = site(folder, people)
        env = {**os.environ, "XDG_STATE_HOME": str(folder / "state"), "XDG_DATA_HOME": str(folder / "data"),
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
               "ZOOM_SECRET": endpoints["zoom"]["client_secret"], "AMO_PASSWORD": endpoints["os4k"]["password"]}
        control = endpoints["lab"]["control"]
        try:
            _, _, out = timed(["provision", str(project), "--plan", "--json", *SECRETS], env)
            wave = json.loads(out)["wave"]
            first, peak, _ = timed(["provision", str(project), "--execute", wave, "--wait-activation", "60",
                                    "--json", *SECRETS], env)
            size = project.stat().st_size / 1e6
            rounds = json.loads(timed(["provision", str(project), "--rounds", wave, "--json"], env)[2])
            ticks = [e for r in rounds for e, _ in r["to_tick"]]
            asyncio.run(add_in_portal(control, [[e for e, _ in r["to_tick"]] for r in rounds if r["to_tick"]]))
            one = min(timed(["provision", str(project), "--confirm-round", wave, str(r["number"])], env)[0]
                      for r in rounds[:3] if r["to_tick"])
            timed(["provision", str(project), "--confirm-round", wave, "all"], env)
            readback, _, _ = timed(["provision", str(project), "--resume", wave, "--json", *SECRETS], env)
        finally:
            lab.send_signal(signal.SIGTERM)
            lab.communicate(timeout=60)
    return {"first run s": first, "peak MB": peak, **{f"peak MB {command}": mb for command, mb in PEAKS.items()},
            "file MB": size, "confirm-round s": one, "read-back s": readback, "rounds": len(rounds),
            "ticked": len(ticks)}


def main() -> None:
    for people in SIZES:
        figures = measure(people)
        print(f"{people} people: " + ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}"
                                               for k, v in figures.items()), flush=True)


if __name__ == "__main__":
    main()
