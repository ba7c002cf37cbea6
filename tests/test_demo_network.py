"""The demo runs on loopback alone: the lab answers the site's names (DNS), carries §6.1's cloud endpoints behind a
CONNECT proxy, and the demo project points every probe at it, so DNS, the proxy path, TLS and SIP run for real
against the lab and end as a real site of that shape would. The proxy refuses everything that is not the lab's."""

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.gui import on_loop
from wizard.demo import LAB_PROBES, create_demo_project
from wizard.lab.run import start_lab
from wizard.probes.proxy import probe_proxy


def test_the_demo_probes_dns_proxy_tls_and_sip_against_the_lab_only(tmp_path: Path, memory_keyring) -> None:
    async def scenario() -> tuple[dict[str, str], int, list[str], str]:
        lab = await start_lab()
        try:
            project = await create_demo_project(tmp_path, lab=lab.endpoints)
            records = project.step_records()
            statuses = {step: records[step].status for step in LAB_PROBES}
            # anything but the lab's cloud names is refused: the proxy never leads beyond loopback
            elsewhere = await probe_proxy("example.org:443", proxy=str(lab.endpoints["network"]["proxy"]))
            project.close()
            return (statuses, lab.network.tunnels, list(lab.network.refused),
                    elsewhere.findings[0].code if elsewhere.findings else "")
        finally:
            await lab.stop()

    statuses, tunnels, refused, elsewhere = asyncio.run(scenario())
    assert statuses == {"2.2.2-public-dns": "passed",  # the lab's DNS answers sbc.lab.psi with the lab's SBC
                        "6.1-os4k-internet-access": "passed",  # four cloud endpoints through the proxy, lab CA
                        "2.2.2-firewall-inbound": "warning",  # the lab SBC's self-signed chain: not a Zoom root
                        "9.1-access-realm": "passed",  # the lab SBC speaks SIP over TLS only (§9.1)
                        "9.4.1.1-max-registration-expiry": "passed"}
    assert tunnels == 4 and refused == ["example.org:443"] and elsewhere == "proxy.connect-refused"


def test_the_window_and_the_cli_demo_end_in_the_same_state(qtbot, window, tmp_path: Path, monkeypatch,
                                                            memory_keyring) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the window's demo goes to the data folder
    on_loop(qtbot, window.open_demo(), timeout=60000)
    in_window = {sid: r.status for sid, r in window.project.step_records().items()}
    waves = [w.state for w in window.project.waves()]
    out = tmp_path / "cli"
    run = subprocess.run([sys.executable, "-m", "wizard", "demo", "--out", str(out)], capture_output=True,
                         text=True, timeout=300, env={**os.environ, "XDG_STATE_HOME": str(tmp_path)})
    assert run.returncode == 0, run.stderr
    [project] = out.glob("*.psiproj")
    shown = json.loads(subprocess.run([sys.executable, "-m", "wizard", "project", "show", str(project), "--json"],
                                      capture_output=True, text=True, timeout=60).stdout)
    in_cli = {s["id"]: s["status"] for c in shown["chapters"] for s in c["steps"] if s["status"] != "not started"}
    assert in_window == in_cli
    assert waves == ["done"]  # the four people pending since before the demo wait for a later wave, in both
    assert in_window["2.2.2-public-dns"] == "passed" and in_window["7.1.1-add-zoom-users"] == "passed"
