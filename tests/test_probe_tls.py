import asyncio
import ssl
import time
from datetime import timedelta
from pathlib import Path

import pytest

from tests.certs import NOW, hierarchy, issue
from tests.peers import free_port, tcp_peer, tls_server
from wizard.checks.certificates import load_material
from wizard.checks.result import Verdict
from wizard.probes.tls import probe_tls

FQDN = "sbc01.psi.test"


@pytest.fixture(scope="module")
def pki():
    root, intermediate = hierarchy()
    return root, intermediate


def codes(result) -> set[str]:
    return {f.code for f in result.findings}


def probe(port: int, pki, **kw):
    root = pki[0]
    return asyncio.run(probe_tls("127.0.0.1", port, FQDN, ca=load_material(root.pem(), "root.pem"),
                                 trusted_roots=(root.cert,), timeout=kw.pop("timeout", 3.0)))


def test_good_sbc_passes_with_tls12_and_no_old_versions(tmp_path: Path, pki) -> None:
    leaf = issue(FQDN, issuer=pki[1], sans=[FQDN])
    with tls_server(tmp_path, leaf.pem() + pki[1].pem(), leaf.key_pem(), minimum=ssl.TLSVersion.TLSv1_2) as port:
        result = probe(port, pki)
    assert result.status is Verdict.PASS, result.findings
    assert result.evidence["accepts"] == {"TLS 1.0": False, "TLS 1.1": False, "TLS 1.2": True}
    assert result.evidence["protocol"] in ("TLSv1.2", "TLSv1.3")
    assert [c["subject"] for c in result.evidence["served_chain"]][:2] == [f"CN={FQDN}", "CN=Test Issuing CA"]


def test_wrong_name_and_expired_are_judged_on_the_served_certificate(tmp_path: Path, pki) -> None:
    wrong = issue("other.psi.test", issuer=pki[1], sans=["other.psi.test"])
    expired = issue(FQDN, issuer=pki[1], sans=[FQDN], not_before=NOW - timedelta(days=100),
                    not_after=NOW - timedelta(days=3))
    with tls_server(tmp_path, wrong.pem() + pki[1].pem(), wrong.key_pem()) as port:
        assert "cert.name-mismatch" in codes(probe(port, pki))
    with tls_server(tmp_path, expired.pem() + pki[1].pem(), expired.key_pem()) as port:
        assert "cert.expired" in codes(probe(port, pki))


def test_incomplete_served_chain(tmp_path: Path, pki) -> None:
    leaf = issue(FQDN, issuer=pki[1], sans=[FQDN])
    with tls_server(tmp_path, leaf.pem(), leaf.key_pem()) as port:
        result = probe(port, pki)
    assert "cert.chain-incomplete" in codes(result)
    assert "chain the SBC serves" in next(f.fix for f in result.findings if f.code == "cert.chain-incomplete")


def test_tls10_only_server_is_reported(tmp_path: Path, pki) -> None:
    leaf = issue(FQDN, issuer=pki[1], sans=[FQDN])
    with tls_server(tmp_path, leaf.pem() + pki[1].pem(), leaf.key_pem(), maximum=ssl.TLSVersion.TLSv1) as port:
        result = probe(port, pki)
    assert {"tls.old-version-accepted", "tls.tls12-refused"} <= codes(result)
    assert result.evidence["accepts"]["TLS 1.0"] is True


@pytest.mark.parametrize("behaviour, code", [("silent", "tls.no-handshake"), ("reset", "tls.reset"),
                                             ("garbage", "tls.handshake-failed")])
def test_broken_peers_end_within_the_timeout_with_a_finding(behaviour: str, code: str, pki) -> None:
    with tcp_peer(behaviour) as port:
        started = time.monotonic()
        result = probe(port, pki, timeout=1.0)
        elapsed = time.monotonic() - started
    assert codes(result) == {code}
    assert elapsed < 4


def test_nothing_listening() -> None:
    result = asyncio.run(probe_tls("127.0.0.1", free_port(), FQDN, timeout=1.0))
    assert codes(result) == {"net.refused"}
