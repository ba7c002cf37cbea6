import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID

from resources import resource_path
from tests.certs import NOW, SERVER_AUTH, hierarchy, issue
from wizard.checks.certificates import check_certificate, list_date, load_material, load_trusted_roots, name_matches
from wizard.checks.result import Verdict
from wizard.errors import WizardError

FQDN = "sbc01.example.com"


@pytest.fixture(scope="module")
def cas():
    return hierarchy()


def run(leaf, cas, *, key=True, ca_order=None, trusted=True, **kw):
    root, intermediate = cas
    chain = ca_order if ca_order is not None else [intermediate, root]
    cert = load_material(leaf.pem(), "server.pem")
    key_m = load_material(leaf.key_pem(), "key.pem") if key else None
    ca = load_material(b"".join(c.pem() for c in chain), "ca.pem") if chain else None
    roots = (root.cert,) if trusted else ()
    return check_certificate(FQDN, cert, key_m, ca, roots, **kw)


def codes(result) -> set[str]:
    return {f.code for f in result.findings}


def test_good_certificate_passes(cas) -> None:
    leaf = issue(FQDN, issuer=cas[1], sans=[FQDN], eku=SERVER_AUTH)
    result = run(leaf, cas)
    assert result.status is Verdict.PASS, result.findings
    assert [c["subject"] for c in result.evidence["chain"]] == ["CN=sbc01.example.com", "CN=Test Issuing CA",
                                                                "CN=Test Root CA"]
    assert result.evidence["sbc_certificate_profile"]["Minimum TLS version"] == "TLS V1.2"


@pytest.mark.parametrize("pattern, host, expected", [
    ("*.example.com", "sbc01.example.com", True),
    ("*.example.com", "a.sbc01.example.com", False),  # one level too deep
    ("*.example.com", "example.com", False),
    ("sbc*.example.com", "sbc01.example.com", False),  # partial-label wildcards are not accepted
    ("*.com", "example.com", False),
    ("SBC01.Example.COM.", "sbc01.example.com", True),
])
def test_rfc_6125_name_matching(pattern: str, host: str, expected: bool) -> None:
    assert name_matches(pattern, host) is expected


def test_wildcard_san_passes_even_with_another_cn(cas) -> None:
    leaf = issue("portal.example.com", issuer=cas[1], sans=["*.example.com"])
    assert codes(run(leaf, cas)) == set()


def test_wildcard_one_level_too_deep_fails(cas) -> None:
    leaf = issue(FQDN, issuer=cas[1], sans=["*.sbc01.example.com"])
    assert "cert.name-mismatch" in codes(run(leaf, cas))


def test_san_without_the_fqdn_fails_whatever_the_cn_says(cas) -> None:
    leaf = issue(FQDN, issuer=cas[1], sans=["other.example.com"])
    result = run(leaf, cas)
    assert result.status is Verdict.FAIL and "cert.name-mismatch" in codes(result)
    assert "ignore the CN" in result.findings[0].message


def test_exact_san_with_a_different_cn_fails_the_guides_cn_rule(cas) -> None:
    """Guide §9.3: the SBC FQDN is the subject CN. Clients matching by RFC 6125 would take the DNS name, but the
    guide's rule is its own check, and it fails with the fix."""
    leaf = issue("Example SBC", issuer=cas[1], sans=[FQDN])
    result = run(leaf, cas)
    assert result.status is Verdict.FAIL and codes(result) == {"cert.cn-not-fqdn"}
    finding = result.findings[0]
    assert "Example SBC" in finding.message and "§9.3" in finding.message and f"CN={FQDN}" in finding.fix


def test_rfc_6125_matching_and_the_cn_rule_are_two_checks(cas) -> None:
    """A CN that is the FQDN does not save DNS names that miss it (clients ignore the CN then), and a wildcard CN
    that clients would match is still not the FQDN the guide asks for."""
    assert codes(run(issue(FQDN, issuer=cas[1], sans=["other.example.com"]), cas)) == {"cert.name-mismatch"}
    assert codes(run(issue("*.example.com", issuer=cas[1]), cas)) == {"cert.cn-not-fqdn"}


def test_cn_only_certificate(cas) -> None:
    assert codes(run(issue(FQDN, issuer=cas[1]), cas)) == set()
    assert "cert.name-mismatch" in codes(run(issue("other.example.com", issuer=cas[1]), cas))


def test_key_of_another_certificate_is_reported(cas) -> None:
    leaf = issue(FQDN, issuer=cas[1], sans=[FQDN])
    other = issue(FQDN, issuer=cas[1], sans=[FQDN])
    result = check_certificate(FQDN, load_material(leaf.pem(), "s"), load_material(other.key_pem(), "k"),
                               load_material(cas[1].pem() + cas[0].pem(), "ca"), (cas[0].cert,))
    assert "cert.key-mismatch" in codes(result)


def test_incomplete_chain_names_the_missing_issuer(cas) -> None:
    leaf = issue(FQDN, issuer=cas[1], sans=[FQDN])
    result = run(leaf, cas, ca_order=[cas[0]], trusted=False)  # intermediate missing
    assert "cert.chain-incomplete" in codes(result)
    assert "Test Issuing CA" in next(f.message for f in result.findings if f.code == "cert.chain-incomplete")


def test_chain_in_wrong_order_is_put_right(cas) -> None:
    leaf = issue(FQDN, issuer=cas[1], sans=[FQDN])
    result = run(leaf, cas, ca_order=[cas[0], cas[1]])
    assert result.status is Verdict.PASS
    assert "cert.chain-order" in codes(result)
    assert result.evidence["chain_complete"]


def test_expired_intermediate_fails() -> None:
    root = issue("Old Root", ca=True)
    old = issue("Expired Issuing CA", issuer=root, ca=True, not_before=NOW - timedelta(days=800),
                not_after=NOW - timedelta(days=2))
    leaf = issue(FQDN, issuer=old, sans=[FQDN])
    result = run(leaf, (root, old))
    assert "cert.expired" in codes(result)
    expired = next(f.message for f in result.findings if f.code == "cert.expired")
    assert "intermediate CA (Expired Issuing CA)" in expired


def test_expiry_within_30_days_warns_within_7_fails_and_expired_fails(cas) -> None:
    soon = issue(FQDN, issuer=cas[1], sans=[FQDN], not_after=NOW + timedelta(days=10))
    assert run(soon, cas).status is Verdict.WARN
    fine = issue(FQDN, issuer=cas[1], sans=[FQDN], not_after=NOW + timedelta(days=31))
    assert run(fine, cas).status is Verdict.PASS
    days = issue(FQDN, issuer=cas[1], sans=[FQDN], not_after=NOW + timedelta(days=5))
    assert run(days, cas).status is Verdict.FAIL and "cert.expires-within-days" in codes(run(days, cas))
    # any member of the chain: an intermediate ending within the week fails the chain too
    ending = issue("Ending Issuing CA", issuer=cas[0], ca=True, not_after=NOW + timedelta(days=3))
    leaf = issue(FQDN, issuer=ending, sans=[FQDN])
    assert "cert.expires-within-days" in codes(run(leaf, (cas[0], ending)))
    gone = issue(FQDN, issuer=cas[1], sans=[FQDN], not_before=NOW - timedelta(days=90),
                 not_after=NOW - timedelta(days=1))
    assert "cert.expired" in codes(run(gone, cas))


def test_weak_rsa_key_and_small_curve_fail(cas) -> None:
    weak = issue(FQDN, issuer=cas[1], sans=[FQDN], key=rsa.generate_private_key(65537, 1024))
    assert "cert.weak-key" in codes(run(weak, cas))
    small_curve = issue(FQDN, issuer=cas[1], sans=[FQDN], key=ec.generate_private_key(ec.SECP224R1()))
    assert "cert.weak-key" in codes(run(small_curve, cas))


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is needed to sign with SHA-1")
def test_sha1_signature_fails(tmp_path: Path) -> None:
    # cryptography no longer signs with SHA-1, so OpenSSL makes the certificate
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", str(tmp_path / "k.pem"), "-out", str(tmp_path / "c.pem"), "-sha1", "-days", "30",
                    "-subj", f"/CN={FQDN}"], check=True, capture_output=True)
    cert = load_material((tmp_path / "c.pem").read_bytes(), "c.pem")
    assert cert.certificates[0].signature_hash_algorithm.name == "sha1"
    result = check_certificate(FQDN, cert, load_material((tmp_path / "k.pem").read_bytes(), "k.pem"))
    assert "cert.weak-signature" in codes(result)


def test_eku_without_server_auth_fails(cas) -> None:
    leaf = issue(FQDN, issuer=cas[1], sans=[FQDN], eku=[ExtendedKeyUsageOID.CLIENT_AUTH])
    assert "cert.no-server-auth" in codes(run(leaf, cas))


def test_a_root_on_no_list_is_for_the_engineer_to_confirm_with_zoom_not_a_verdict(cas) -> None:
    leaf = issue(FQDN, issuer=cas[1], sans=[FQDN])
    result = run(leaf, cas, trusted=False)
    assert result.status is Verdict.WARN and codes(result) == {"cert.root-confirm-with-zoom"}
    assert "confirm against Zoom's current list" in result.findings[0].message
    assert "not on the list" not in result.findings[0].message  # no verdict of ours on Zoom's list
    confirmed = run(leaf, cas, trusted=False, zoom_confirmation="Zoom support case 123, 2026-12-01")
    assert confirmed.status is Verdict.PASS and codes(confirmed) == {"cert.root-confirmed"}
    assert confirmed.evidence["zoom_confirmation"]["root"] == "Test Root CA"
    # the same word counts for the chain the SBC serves, by the root's fingerprint
    fingerprint = confirmed.evidence["zoom_confirmation"]["sha256"]
    served = run(leaf, cas, trusted=False, key=False, served=True,
                 confirmed_roots={fingerprint: "Zoom support case 123, 2026-12-01"})
    assert served.status is Verdict.PASS


def test_der_and_pkcs12_and_encrypted_keys(cas) -> None:
    leaf = issue(FQDN, issuer=cas[1], sans=[FQDN])
    assert load_material(leaf.der(), "server.der").certificates[0] == leaf.cert
    bundle = pkcs12.serialize_key_and_certificates(b"sbc", leaf.key, leaf.cert, [cas[1].cert, cas[0].cert],
                                                   BestAvailableEncryption(b"p12-pass"))
    material = load_material(bundle, "sbc.p12", b"p12-pass")
    assert material.key is not None and len(material.certificates) == 3
    result = check_certificate(FQDN, material, None, None, (cas[0].cert,))
    assert result.status is Verdict.PASS, result.findings
    with pytest.raises(WizardError, match="passphrase does not open"):
        load_material(bundle, "sbc.p12", b"wrong")
    with pytest.raises(WizardError, match="protected by a passphrase"):
        load_material(bundle, "sbc.p12")
    encrypted = leaf.key_pem(b"k3y-pass")
    assert load_material(encrypted, "key.pem", b"k3y-pass").key is not None
    with pytest.raises(WizardError, match="passphrase does not open"):
        load_material(encrypted, "key.pem", b"nope")
    with pytest.raises(WizardError, match="encrypted"):
        load_material(encrypted, "key.pem")


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"hello, this is a text file\n", "neither PEM, DER nor PKCS#12"),
    (b"-----BEGIN CERTIFICATE-----\nMIIB\n", "not closed"),
    (b"-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n", "damaged"),
])
def test_unreadable_material_says_what_is_wrong(data: bytes, message: str) -> None:
    with pytest.raises(WizardError, match=message):
        load_material(data, "input.pem")


def test_every_root_of_the_bundled_list_names_its_public_source_and_the_date_it_was_read() -> None:
    """No root Zoom is said to accept without the public page that says so: today there is none (the DigiCert
    Global Root G2 of an earlier list had no source for PSI), and the list reads as empty rather than failing."""
    data = resource_path("zoom-trusted-roots.pem").read_bytes()
    assert list_date(data) is not None
    text = data.decode()
    blocks = text.split("-----BEGIN CERTIFICATE-----")
    for before in blocks[:-1]:
        comments = before.strip().splitlines()[-2:]
        assert comments[0].startswith("# source: https://") and comments[1].startswith("# read: 20"), comments
    assert len(load_trusted_roots(data)) == len(blocks) - 1
    assert "DigiCert Global Root G2 chain in 2023" not in text


def test_cli_exit_codes(tmp_path: Path, cas) -> None:
    leaf = issue(FQDN, issuer=cas[1], sans=["other.example.com"])
    (tmp_path / "s.pem").write_bytes(leaf.pem())
    (tmp_path / "k.pem").write_bytes(leaf.key_pem(b"pw"))
    (tmp_path / "ca.pem").write_bytes(cas[0].pem() + cas[1].pem())
    (tmp_path / "roots.pem").write_bytes(cas[0].pem())
    base = [sys.executable, "-m", "wizard", "check", "certificate", "--fqdn", FQDN, "--cert", str(tmp_path / "s.pem"),
            "--key", str(tmp_path / "k.pem"), "--ca", str(tmp_path / "ca.pem"), "--trusted-roots",
            str(tmp_path / "roots.pem"), "--passphrase-env", "SBC_KEY_PASS"]
    failed = subprocess.run(base, capture_output=True, text=True, env={"SBC_KEY_PASS": "pw", "PATH": ""}, timeout=60)
    assert failed.returncode == 1 and "cert.name-mismatch" not in failed.stderr and "do not cover" in failed.stdout
    wrong = subprocess.run(base, capture_output=True, text=True, env={"SBC_KEY_PASS": "xx"}, timeout=60)
    assert wrong.returncode == 2 and "passphrase does not open" in wrong.stderr and "Traceback" not in wrong.stderr
    (tmp_path / "s.pem").write_bytes(leaf.der())  # a DER file where PEM was expected still reads
    ok_der = subprocess.run(base, capture_output=True, text=True, env={"SBC_KEY_PASS": "pw"}, timeout=60)
    assert ok_der.returncode == 1 and "do not cover" in ok_der.stdout
