import asyncio
import secrets
from pathlib import Path

import pytest

from tests.certs import issue
from tests.peers import kamailio, tcp_peer, tls_server
from wizard.checks.result import Verdict
from wizard.checks.sip import ZOOM_REGISTER_EXPIRES, digest_authorization, parse_challenge
from wizard.probes.sip import Dialog, probe_sip
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
