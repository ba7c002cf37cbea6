import asyncio
from pathlib import Path

import pytest

from tests.peers import dnsmasq, silent_udp
from wizard.checks.result import Verdict
from wizard.probes.dns import probe_dns


@pytest.fixture(scope="module")
def dns_server(tmp_path_factory) -> str:
    records = {"sbc01.psi.test": ["127.0.0.10", "::10"], "sbc02.psi.test": ["127.0.0.11"]}
    with dnsmasq(tmp_path_factory.mktemp("dns"), records, "broken.test", "refused.test") as port:
        yield f"127.0.0.1:{port}"


def codes(result) -> set[str]:
    return {f.code for f in result.findings}


def test_a_and_aaaa_answers(dns_server: str) -> None:
    result = asyncio.run(probe_dns("sbc01.psi.test", server=dns_server, expect="127.0.0.10"))
    assert result.status is Verdict.PASS, result.findings
    assert result.evidence["answers"] == {"A": ["127.0.0.10"], "AAAA": ["::10"]}


def test_resolves_but_not_to_the_public_address_entered(dns_server: str) -> None:
    result = asyncio.run(probe_dns("sbc02.psi.test", server=dns_server, expect="203.0.113.10"))
    assert codes(result) == {"dns.wrong-address"}
    assert "127.0.0.11" in result.findings[0].message and "203.0.113.10" in result.findings[0].message


def test_nxdomain(dns_server: str) -> None:
    result = asyncio.run(probe_dns("missing.psi.test", server=dns_server))
    assert codes(result) == {"dns.nxdomain"}


def test_servfail(dns_server: str) -> None:
    result = asyncio.run(probe_dns("sbc.broken.test", server=dns_server))
    assert codes(result) == {"dns.servfail"}


def test_refused(dns_server: str) -> None:
    result = asyncio.run(probe_dns("sbc.refused.test", server=dns_server))
    assert codes(result) == {"dns.refused"}


def test_timeout_ends_within_its_limit() -> None:
    with silent_udp() as port:
        started = asyncio.get_event_loop_policy().new_event_loop()
        try:
            t0 = started.time()
            result = started.run_until_complete(probe_dns("sbc01.psi.test", server=f"127.0.0.1:{port}", timeout=1.0))
            elapsed = started.time() - t0
        finally:
            started.close()
    assert codes(result) == {"dns.timeout"}
    assert elapsed < 3


def test_name_that_exists_without_address(tmp_path: Path, dns_server: str) -> None:
    result = asyncio.run(probe_dns("psi.test", server=dns_server))
    assert codes(result) & {"dns.no-address", "dns.nxdomain"}
