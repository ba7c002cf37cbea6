import asyncio

import pytest

from tests.certs import hierarchy, issue
from tests.peers import free_port, tcp_peer, tinyproxy, tls_server
from wizard.checks.result import Verdict
from wizard.probes.proxy import probe_proxy

CLOUD = "cloud.psi.test"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A 'public' TLS endpoint (its CA stands for the public PKI), an endpoint whose certificate comes
    from a corporate inspection CA, and tinyproxy with and without authentication in front of them."""
    work = tmp_path_factory.mktemp("proxy")
    public_root, public_issuer = hierarchy()
    corporate = issue("Example Corp Inspection CA", ca=True)
    good = issue(CLOUD, issuer=public_issuer, sans=[CLOUD])
    inspected = issue(CLOUD, issuer=corporate, sans=[CLOUD])
    with tls_server(work, good.pem() + public_issuer.pem(), good.key_pem()) as good_port, \
            tls_server(work, inspected.pem() + corporate.pem(), inspected.key_pem()) as inspected_port:
        allowed = [good_port, inspected_port]
        with tinyproxy(work, allowed_ports=allowed) as open_proxy, \
                tinyproxy(work, allowed_ports=allowed, user="alice", password="s3cret") as auth_proxy:
            yield {"good": good_port, "inspected": inspected_port, "open": open_proxy, "auth": auth_proxy,
                   "public_root": public_root.cert}


def run(world, target_port: int, **kw):
    return asyncio.run(probe_proxy(f"127.0.0.1:{target_port}", trusted=(world["public_root"],), timeout=3, **kw))


def codes(result) -> set[str]:
    return {f.code for f in result.findings}


def test_direct_and_through_the_proxy(world) -> None:
    assert run(world, world["good"]).status is Verdict.PASS
    through = run(world, world["good"], proxy=f"http://127.0.0.1:{world['open']}")
    assert through.status is Verdict.PASS, through.findings
    assert through.evidence["connect_status"].startswith("200")


def test_authentication_needed_refused_and_accepted(world) -> None:
    proxy = f"http://127.0.0.1:{world['auth']}"
    assert codes(run(world, world["good"], proxy=proxy)) == {"proxy.auth-required"}
    assert codes(run(world, world["good"], proxy=proxy, user="alice", password="wrong")) == {"proxy.auth-refused"}
    assert run(world, world["good"], proxy=proxy, user="alice", password="s3cret").status is Verdict.PASS


def test_connect_refused_by_policy(world) -> None:
    closed_port = free_port()
    result = run(world, closed_port, proxy=f"http://127.0.0.1:{world['open']}")
    assert codes(result) == {"proxy.connect-refused"}
    assert "403" in result.findings[0].message


def test_tls_interception_names_the_corporate_ca(world) -> None:
    result = run(world, world["inspected"], proxy=f"http://127.0.0.1:{world['open']}")
    assert codes(result) == {"proxy.tls-intercepted"}
    assert "Example Corp Inspection CA" in result.findings[0].message
    assert result.evidence["intercepting_ca"] == "Example Corp Inspection CA"


def test_proxy_unreachable_and_a_proxy_that_closes_or_says_nothing(world) -> None:
    assert codes(run(world, world["good"], proxy=f"http://127.0.0.1:{free_port()}")) == {"proxy.unreachable"}
    with tcp_peer("reset") as port:
        assert codes(run(world, world["good"], proxy=f"http://127.0.0.1:{port}")) == {"proxy.closed"}
    with tcp_peer("silent") as port:
        assert codes(run(world, world["good"], proxy=f"http://127.0.0.1:{port}")) == {"proxy.silent"}
    with tcp_peer("garbage") as port:
        assert codes(run(world, world["good"], proxy=f"http://127.0.0.1:{port}")) == {"proxy.not-http"}
