"""The probes as steps: 'probe all' against real peers on loopback, results landing in the project file."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.certs import hierarchy, issue
from tests.peers import dnsmasq, free_port, kamailio
from wizard.store.project import Mode, ProjectFile

FQDN = "sbc01.psi.test"


@pytest.fixture(scope="module")
def sbc(tmp_path_factory):
    work = tmp_path_factory.mktemp("preflight")
    root, intermediate = hierarchy()
    leaf = issue(FQDN, issuer=intermediate, sans=[FQDN])
    plain = free_port()  # an SBC whose access realm still has SIP-UDP and SIP-TCP open (guide §9.1: set them to 0)
    with dnsmasq(work, {FQDN: ["127.0.0.1"]}, "broken.test", "refused.test") as dns_port, \
            kamailio(work, leaf.pem() + intermediate.pem(), leaf.key_pem(), password="pw", max_expires=3600,
                     plain_port=plain) as port:
        yield {"dns": dns_port, "sip_tls": port, "sip_plain": plain, "root_pem": root.pem()}


def make_project(path: Path, sbc: dict, mode: Mode = Mode.LIVE) -> None:
    with ProjectFile.create(path, mode=mode) as p:
        for key, value in {"sbc_public_fqdn": FQDN, "sbc_public_ip": "127.0.0.1",
                           "sbc_sip_tls_port": str(sbc["sip_tls"])}.items():
            p.set_site_field(key, value)
        p.set_step_input("2.2.2-public-dns", "dns_server", f"127.0.0.1:{sbc['dns']}")
        p.set_step_input("2.2.2-firewall-inbound", "connect_to", "127.0.0.1")
        p.attach("2.2.2-firewall-inbound", "root.pem", sbc["root_pem"])
        p.set_step_input("2.2.2-firewall-inbound", "ca", f"evidence:{p.evidence('2.2.2-firewall-inbound')[-1].id}")
        p.set_step_input("9.4.1.1-max-registration-expiry", "connect_to", "127.0.0.1")
        p.set_step_input("9.1-access-realm", "connect_to", f"127.0.0.1:{sbc['sip_plain']}")
        p.set_step_input("6.1-os4k-internet-access", "targets", f"127.0.0.1:{sbc['sip_tls']}")


def run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    return subprocess.run([sys.executable, "-m", "wizard", *args], capture_output=True, text=True, env=env, timeout=120)


def test_probe_all_runs_every_probe_and_records_the_results(tmp_path: Path, sbc) -> None:
    path = tmp_path / "site.psiproj"
    make_project(path, sbc)
    result = run("probe", "all", "--project", str(path), "--json", tmp_path=tmp_path)
    data = {item["step"]: item for item in json.loads(result.stdout)}
    assert set(data) == {"2.2.2-public-dns", "2.2.2-firewall-inbound", "6.1-os4k-internet-access",
                         "9.1-access-realm", "9.4.1.1-max-registration-expiry"}, result.stderr
    assert data["2.2.2-public-dns"]["status"] == "passed"
    tls_codes = {f["code"] for f in data["2.2.2-firewall-inbound"]["result"]["findings"]}
    assert "cert.root-confirm-with-zoom" in tls_codes  # a test CA: the engineer confirms it with Zoom (a warning)
    assert data["9.4.1.1-max-registration-expiry"]["status"] in ("passed", "warning")  # OPTIONS only: no password
    plain = data["9.1-access-realm"]  # §9.1: the access side answers plain SIP, named with the fix
    assert plain["status"] == "warning"
    assert {f["code"] for f in plain["result"]["findings"]} == {"sip.plain-udp", "sip.plain-tcp"}
    with ProjectFile.open(path) as project:
        records = project.step_records()
        assert records["2.2.2-public-dns"].status == "passed"
        assert records["2.2.2-firewall-inbound"].result["evidence"]["protocol"].startswith("TLSv1.")
        assert project.verify_audit().intact


def test_offline_project_refuses_to_probe_with_exit_3(tmp_path: Path, sbc) -> None:
    path = tmp_path / "offline.psiproj"
    make_project(path, sbc, mode=Mode.OFFLINE)
    result = run("probe", "all", "--project", str(path), tmp_path=tmp_path)
    assert result.returncode == 3 and "offline checklist mode" in result.stderr


def test_single_probes_exit_codes(tmp_path: Path, sbc) -> None:
    ok = run("probe", "dns", "--name", FQDN, "--server", f"127.0.0.1:{sbc['dns']}", "--expect", "127.0.0.1",
             tmp_path=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    wrong = run("probe", "dns", "--name", FQDN, "--server", f"127.0.0.1:{sbc['dns']}", "--expect", "203.0.113.9",
                tmp_path=tmp_path)
    assert wrong.returncode == 1 and "not to the public address you entered" in wrong.stdout
    bad = run("probe", "dns", "--name", FQDN, "--server", "127.0.0.1:99999", tmp_path=tmp_path)
    assert bad.returncode == 2 and "is not a port" in bad.stderr
    env_missing = run("probe", "sip", "--host", "127.0.0.1", "--port", str(sbc["sip_tls"]), "--fqdn", FQDN,
                      "--user", "3100", "--password-env", "NOPE_NOT_SET", tmp_path=tmp_path)
    assert env_missing.returncode == 2 and "NOPE_NOT_SET" in env_missing.stderr
    capped = subprocess.run([sys.executable, "-m", "wizard", "probe", "sip", "--host", "127.0.0.1", "--port",
                             str(sbc["sip_tls"]), "--fqdn", FQDN, "--user", "3100", "--password-env", "SIP_PW",
                             "--json"], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "SIP_PW": "pw", "XDG_STATE_HOME": str(tmp_path / "s")})
    assert capped.returncode == 1
    assert json.loads(capped.stdout)["evidence"]["granted_expiry"] == 3600
