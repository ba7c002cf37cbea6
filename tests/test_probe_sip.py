import asyncio
import secrets
from pathlib import Path

import pytest

from tests.certs import issue
from tests.peers import free_port, kamailio, tcp_peer, tls_server
from wizard.checks.result import Verdict
from wizard.checks.sip import ZOOM_REGISTER_EXPIRES, digest_authorization, parse_challenge
from wizard.probes.sip import Dialog, probe_plain_sip, probe_sip
from wizard.probes.tls import client_context, close, open_tls

FQDN = "sbc01.psi.test"
PASSWORD = "Digest-Secret-7"


@pytest.fixture(scope="module")
def sbc_cert():
    leaf = issue(FQDN, sans=[FQDN])
    return leaf.pem(), leaf.key_pem()


def codes(result) -> set[str]:
    return {f.code for f in result.findings}


def probe(port: int, **kw):
    return asyncio.run(probe_sip("127.0.0.1", port, FQDN, timeout=3, **kw))


async def bindings(port: int, user: str) -> int:
    """Ask the registrar which contacts it holds for the user (a REGISTER without Contact)."""
    session = await open_tls("127.0.0.1", port, FQDN, client_context(), 3)
    dialog = Dialog(session.reader, session.writer, "127.0.0.1:5061", secrets.token_hex(8) + "@test", "t", 3)
    uri = f"sip:{FQDN}"
    base = [f"From: <sip:{user}@{FQDN}>;tag=t", f"To: <sip:{user}@{FQDN}>"]
    first = await dialog.request("REGISTER", uri, base)
    auth = digest_authorization(parse_challenge(first.first("www-authenticate")), method="REGISTER", uri=uri,
                                user=user, password=PASSWORD, cnonce="abc")
    answer = await dialog.request("REGISTER", uri, [*base, f"Authorization: {auth}"])
    await close(session.writer)
    assert answer.status == 200
    return len(answer.all("contact"))


def test_options_and_a_full_registration_then_nothing_left_behind(tmp_path: Path, sbc_cert) -> None:
    with kamailio(tmp_path, *sbc_cert, password=PASSWORD, max_expires=ZOOM_REGISTER_EXPIRES) as port:
        result = probe(port, user="3100", password=PASSWORD)
        assert result.status is Verdict.PASS, result.findings
        assert result.evidence["granted_expiry"] == ZOOM_REGISTER_EXPIRES
        assert result.evidence["options"] == "200 OK" and "kamailio" in result.evidence["server"]
        assert result.evidence["unregister"] == "200 OK"
        assert asyncio.run(bindings(port, "3100")) == 0


def test_the_sbcs_own_word_on_its_version_is_recorded(tmp_path: Path, sbc_cert) -> None:
    header = "X-Siemens-OSS: OpenScape SBC V10 R9.00.00-1/BCF/THIG"
    with kamailio(tmp_path, *sbc_cert, password=PASSWORD, max_expires=ZOOM_REGISTER_EXPIRES,
                  version_header=header) as port:
        result = probe(port, user="3102", password=PASSWORD)
    assert (result.evidence["sbc_version"], result.evidence["sbc_version_from"]) == ("OpenScape SBC V10 R9.00.00-1",
                                                                                     "x-siemens-oss")
    with kamailio(tmp_path, *sbc_cert, password=PASSWORD, max_expires=ZOOM_REGISTER_EXPIRES) as port:
        assert "sbc_version" not in probe(port).evidence  # Kamailio names no SBC version: nothing is made up


def test_capped_expiry_means_the_remote_subscriber_setting_is_missing(tmp_path: Path, sbc_cert) -> None:
    with kamailio(tmp_path, *sbc_cert, password=PASSWORD, max_expires=3600) as port:
        result = probe(port, user="3101", password=PASSWORD)
    assert codes(result) == {"sip.expiry-capped"}
    assert result.evidence["granted_expiry"] == 3600
    assert "2678400" in result.findings[0].fix and "§9.4.1.1" in result.findings[0].fix


def test_sha256_digest_rfc_8760(tmp_path: Path, sbc_cert) -> None:
    with kamailio(tmp_path, *sbc_cert, password=PASSWORD, max_expires=ZOOM_REGISTER_EXPIRES,
                  algorithm="SHA-256") as port:
        result = probe(port, user="3102", password=PASSWORD)
    assert result.status is Verdict.PASS, result.findings
    assert result.evidence["digest_algorithm"] == "SHA-256"


def test_wrong_password_is_refused(tmp_path: Path, sbc_cert) -> None:
    with kamailio(tmp_path, *sbc_cert, password=PASSWORD, max_expires=ZOOM_REGISTER_EXPIRES) as port:
        result = probe(port, user="3100", password="wrong")
    assert codes(result) == {"sip.auth-refused"}


@pytest.mark.parametrize("behaviour, code", [("garbage", "tls.handshake-failed"), ("silent", "tls.no-handshake")])
def test_peers_that_are_not_sip_over_tls(behaviour: str, code: str) -> None:
    with tcp_peer(behaviour) as port:
        assert codes(probe(port)) == {code}


def test_tls_peer_answering_garbage_instead_of_sip(tmp_path: Path, sbc_cert) -> None:
    with tls_server(tmp_path, *sbc_cert, reply=b"HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n\r\n") as port:
        result = probe(port)
    assert codes(result) == {"sip.garbage"}
    assert "not SIP" in result.findings[0].message


# ---------------------------------------------------------------------------------------------- plain SIP (§9.1)
def plain(port: int, host: str = "127.0.0.1"):
    return asyncio.run(probe_plain_sip(host, FQDN, port, timeout=2))


def test_an_access_side_that_still_answers_plain_sip_is_named_with_the_fix(tmp_path: Path, sbc_cert) -> None:
    """Guide §9.1: PSI clients use SIP over TLS; SIP-UDP and SIP-TCP of the access realm go to 0 when nothing else
    needs them. Kamailio answering OPTIONS over UDP and TCP is such an SBC."""
    plain_port = free_port()
    with kamailio(tmp_path, *sbc_cert, password=PASSWORD, max_expires=ZOOM_REGISTER_EXPIRES,
                  plain_port=plain_port):
        result = plain(plain_port)
    assert codes(result) == {"sip.plain-udp", "sip.plain-tcp"} and result.status is Verdict.WARN
    assert result.evidence["udp"].startswith("200 OK (kamailio") and result.evidence["tcp"].startswith("200 OK")
    udp = next(f for f in result.findings if f.code == "sip.plain-udp")
    assert f"plain SIP over UDP on 127.0.0.1 port {plain_port}" in udp.message
    assert "SIP-UDP of the access realm to 0" in udp.fix and "§9.1" in udp.fix


def test_an_access_side_with_tls_only_passes(tmp_path: Path, sbc_cert) -> None:
    with kamailio(tmp_path, *sbc_cert, password=PASSWORD, max_expires=ZOOM_REGISTER_EXPIRES) as tls_port:
        closed = plain(free_port())
        tls_there = plain(tls_port)  # the TLS port takes a TCP connection but says nothing in plain SIP
    assert closed.status is Verdict.PASS and closed.findings == ()
    assert closed.evidence["udp"] == "refused (nothing listens)" and "Nothing accepts" in closed.evidence["tcp"]
    assert tls_there.status is Verdict.PASS and tls_there.evidence["tcp"] == "a connection that gave no SIP answer"
    with tcp_peer("silent") as port:
        assert plain(port).evidence["tcp"] == "a connection that gave no SIP answer"


def test_a_name_that_does_not_resolve_tests_nothing() -> None:
    result = plain(5060, host="no-such-sbc.invalid")
    assert codes(result) == {"net.no-such-host"} and result.status is Verdict.FAIL
