"""The demo runs on loopback alone: the lab answers the site's names (DNS), carries §6.1's cloud endpoints behind a
CONNECT proxy, and the demo project points every probe at it, so DNS, the proxy path, TLS and SIP run for real
against the lab and end as a real site of that shape would. The proxy refuses everything that is not the lab's."""

import asyncio
from pathlib import Path

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
                        "9.4.1.1-max-registration-expiry": "passed"}
    assert tunnels == 4 and refused == ["example.org:443"] and elsewhere == "proxy.connect-refused"
