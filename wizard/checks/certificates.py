"""The SBC's SIP-TLS certificate (guide §9.3): name, key, chain, dates, strength, and the root Zoom trusts.

Inputs are bytes as read from the files the engineer has: PEM or DER, chains in any order, encrypted
keys, PKCS#12 bundles. Two name rules, each a check of its own: the name as clients match it (RFC 6125:
a DNS SAN decides whenever there is one, the CN only without), and the guide's (§9.3: the SBC FQDN is the
subject CN; a wildcard DNS SAN per RFC 2818 that covers it is also supported). Which roots Zoom accepts is
Zoom's list, which changes without notice (§9.3): a root not on a sourced list is the engineer's to confirm.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.errors import WizardError

# The certificate horizon: within 30 days of its end a certificate (the SBC's or any in its chain) is a warning,
# within 7 days an error — too late to order, check and upload a new one without Zoom clients being cut off.
EXPIRY_WARNING = timedelta(days=30)
EXPIRY_ERROR = timedelta(days=7)
SBC_CERTIFICATE_PROFILE = {
    "Certificate service": "SIP-TLS",
    "Certificate Verification": "None",
    "Minimum TLS version": "TLS V1.2",
}
_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----\r?\n.+?-----END \1-----", re.S)
_STRONG_CURVES = (ec.SECP256R1, ec.SECP384R1, ec.SECP521R1)
PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey


@dataclass(frozen=True)
class Material:
    certificates: tuple[x509.Certificate, ...]
    key: PrivateKey | None
    source: str = ""  # the file it came from, for messages


def _needs_passphrase(source: str) -> WizardError:
    return WizardError("{source}: the private key is encrypted", "give the key's passphrase",
                       source=source)


def _wrong_passphrase(source: str) -> WizardError:
    return WizardError("{source}: the passphrase does not open the private key",
                       "check the passphrase (it is case-sensitive) and try again", source=source)


def _load_key(data: bytes, source: str, passphrase: bytes | None, pem: bool) -> PrivateKey:
    loader = serialization.load_pem_private_key if pem else serialization.load_der_private_key
    try:
        return loader(data, password=passphrase or None)  # type: ignore[return-value]
    except TypeError as exc:  # encrypted but no passphrase, or a passphrase for a plain key
        if passphrase == b"":
            raise WizardError("{source}: the private key is encrypted, and the passphrase variable is empty",
                              "set the variable to the key's passphrase, then run the check again",
                              source=source) from exc
        if passphrase is None:
            raise _needs_passphrase(source) from exc
        return _load_key(data, source, None, pem)
    except ValueError as exc:
        if passphrase is not None:  # an encrypted key that this passphrase does not open
            raise _wrong_passphrase(source) from exc
        raise WizardError("{source}: the private key cannot be read ({reason})", "export the key again as PEM (PKCS#8)",
                          source=source, reason=exc) from exc
    except UnsupportedAlgorithm as exc:
        raise WizardError("{source}: the key uses an algorithm this wizard cannot read",
                          "export it as an RSA or EC key", source=source) from exc


def load_material(data: bytes, source: str, passphrase: bytes | None = None) -> Material:
    """Certificates and a private key from PEM, DER or PKCS#12 bytes."""
    return dataclasses.replace(_material(data, source, passphrase), source=source)


def _material(data: bytes, source: str, passphrase: bytes | None) -> Material:
    if not data.strip():
        raise WizardError("{source} is empty", "choose the file that holds the certificate", source=source)
    blocks = [m.group(0) for m in _PEM_BLOCK.finditer(data)]
    if blocks:
        return _load_pem_blocks(blocks, source, passphrase)
    if data.lstrip().startswith(b"-----BEGIN"):
        raise WizardError("{source}: a PEM block is not closed", "copy the file again, with its END line",
                          source=source)
    try:
        return Material((x509.load_der_x509_certificate(data),), None)
    except ValueError:
        pass
    bundle = _load_pkcs12(data, source, passphrase)
    if bundle is not None:
        return bundle
    try:
        return Material((), _load_key(data, source, passphrase, pem=False))
    except WizardError as exc:
        if "passphrase" in str(exc):
            raise
    raise WizardError("{source} is neither PEM, DER nor PKCS#12 certificate material",
                      "export the certificate as PEM (Base64) or DER, or the bundle as .p12/.pfx", source=source)


def _load_pem_blocks(blocks: list[bytes], source: str, passphrase: bytes | None) -> Material:
    certs, key = [], None
    for block in blocks:
        kind = block.split(b"-----")[1].decode()
        if kind == "BEGIN CERTIFICATE":
            try:
                certs.append(x509.load_pem_x509_certificate(block))
            except ValueError as exc:
                raise WizardError("{source}: a certificate in the file is damaged ({reason})",
                                  "copy the PEM blocks again, complete with BEGIN and END lines", source=source,
                                  reason=exc) from exc
        elif kind.endswith("PRIVATE KEY"):
            key = _load_key(block, source, passphrase, pem=True)
    if not certs and key is None:
        raise WizardError("{source} holds PEM blocks but no certificate or private key",
                          "choose the server certificate, the CA file or the key file", source=source)
    return Material(tuple(certs), key)


def _load_pkcs12(data: bytes, source: str, passphrase: bytes | None) -> Material | None:
    """The bundle's key and certificates; None when the bytes are not PKCS#12 at all."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError as exc:
        text = str(exc).lower()
        if "password" not in text and "mac" not in text:
            return None
        if passphrase is None:
            raise WizardError("{source}: the PKCS#12 bundle is protected by a passphrase",
                              "give the bundle's passphrase", source=source) from exc
        raise _wrong_passphrase(source) from exc
    certs = tuple(c for c in (cert, *extra) if c is not None)
    return Material(certs, key)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------- names
def dns_sans(cert: x509.Certificate) -> list[str]:
    try:
        ext = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except x509.ExtensionNotFound:
        return []
    return ext.value.get_values_for_type(x509.DNSName)


def common_name(cert: x509.Certificate) -> str | None:
    attrs = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = attrs[0].value if attrs else None
    return value if isinstance(value, str) else None


def _norm(name: str) -> str:
    return name.strip().lower().removesuffix(".")


def name_matches(pattern: str, fqdn: str) -> bool:
    """RFC 6125 matching: exact, or a '*' that stands for exactly the whole left-most label."""
    pattern, fqdn = _norm(pattern), _norm(fqdn)
    if "*" not in pattern:
        return pattern == fqdn
    first, _, rest = pattern.partition(".")
    if first != "*" or "*" in rest or rest.count(".") < 1:
        return False  # only "*.example.com": no partial labels, no wildcard of a public suffix alone
    host_first, _, host_rest = fqdn.partition(".")
    return bool(host_first) and host_rest == rest


def _name_findings(leaf: x509.Certificate, fqdn: str) -> list[Finding]:
    """The name as clients match it (RFC 6125): a DNS SAN decides whenever there is one; the CN only without."""
    sans, cn = dns_sans(leaf), common_name(leaf)
    if sans:
        if any(name_matches(s, fqdn) for s in sans):
            return []
        shown = ", ".join(sans[:6]) + (" …" if len(sans) > 6 else "")
        return [Finding.of(
            "cert.name-mismatch", Severity.ERROR,
            "The certificate's DNS names ({shown}) do not cover {fqdn}; clients ignore the CN ({cn}) when DNS "
            "names are present.",
            "Have the CA issue a certificate with {fqdn} (or *.{parent_domain}) as a DNS subject alternative name.",
            shown=shown, fqdn=fqdn, cn=cn, parent_domain=fqdn.partition('.')[2])]
    if cn is not None and name_matches(cn, fqdn):
        return []
    return [Finding.of(
        "cert.name-mismatch", Severity.ERROR,
        "The certificate is for {value} (subject CN, no DNS names), not {fqdn}.",
        "Have the CA issue a certificate with CN={fqdn}.",
        value=cn or 'no name', fqdn=fqdn)]


def _guide_cn_findings(leaf: x509.Certificate, fqdn: str) -> list[Finding]:
    """Guide §9.3: 'The certificate must have the SBC FQDN as the common name (CN) in the subject field';
    'Certificates with a wildcard in the certificate Subject Alternate Name field conforming to RFC2818 are also
    supported'. A CN-only certificate for another name is already a name mismatch, said once."""
    sans, cn = dns_sans(leaf), common_name(leaf)
    if cn is not None and _norm(cn) == _norm(fqdn):
        return []
    if any("*" in s and name_matches(s, fqdn) for s in sans):
        return []
    if not sans and not (cn is not None and name_matches(cn, fqdn)):
        return []
    return [Finding.of(
        "cert.cn-not-fqdn", Severity.ERROR,
        "The subject CN is {value}, not the SBC FQDN {fqdn}; guide §9.3 requires the FQDN as the CN (or a "
        "wildcard DNS name that covers it).",
        "Have the CA reissue the certificate with CN={fqdn} and {fqdn} as a DNS name, then upload it to the SBC.",
        fqdn=fqdn, value=cn or 'empty')]


# ---------------------------------------------------------------------------------------------- chain
def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    if cert.issuer != issuer.subject:
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


def _self_signed(cert: x509.Certificate) -> bool:
    return _issued_by(cert, cert)


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _public_bytes(key: object) -> bytes:
    return key.public_bytes(serialization.Encoding.DER,  # type: ignore[attr-defined]
                            serialization.PublicFormat.SubjectPublicKeyInfo)


def pick_leaf(certs: list[x509.Certificate], key: PrivateKey | None, fqdn: str) -> x509.Certificate:
    if key is not None:
        mine = [c for c in certs if _public_bytes(c.public_key()) == _public_bytes(key.public_key())]
        if mine:
            return mine[0]
    non_ca = [c for c in certs if not _is_ca(c)] or certs
    for cert in non_ca:
        if any(name_matches(n, fqdn) for n in [*dns_sans(cert), common_name(cert) or ""]):
            return cert
    return non_ca[0]


MAX_CHAIN = 10  # certificates from the leaf up; real chains have three or four, so a longer one is not followed


def build_chain(leaf: x509.Certificate, pool: list[x509.Certificate]) -> tuple[list[x509.Certificate], bool]:
    """leaf → … → top, and whether the top is self-signed (a complete chain up to a root). Each step looks at
    the pool once, and the chain stops at MAX_CHAIN, so a file of a thousand look-alike CAs cannot hold us up."""
    chain = [leaf]
    while not _self_signed(chain[-1]) and len(chain) < MAX_CHAIN:
        issuer = next((c for c in pool if all(c is not seen for seen in chain) and c.subject == chain[-1].issuer
                       and _issued_by(chain[-1], c)), None)
        if issuer is None:
            return chain, False
        chain.append(issuer)
    return chain, _self_signed(chain[-1])


def _describe(cert: x509.Certificate) -> dict[str, object]:
    key = cert.public_key()
    return {
        "subject": cert.subject.rfc4514_string(),
        "issuer": cert.issuer.rfc4514_string(),
        "dns_names": dns_sans(cert),
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "serial": format(cert.serial_number, "x"),
        "sha256": cert.fingerprint(hashes.SHA256()).hex(":"),
        "key": _key_text(key),
        "signature_hash": cert.signature_hash_algorithm.name if cert.signature_hash_algorithm else "none",
    }


def _key_text(key: object) -> str:
    if isinstance(key, rsa.RSAPublicKey):
        return f"RSA {key.key_size}"
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"EC {key.curve.name}"
    return type(key).__name__.removeprefix("_").replace("PublicKey", "")


def _strength_findings(cert: x509.Certificate, role: str) -> list[Finding]:
    key = cert.public_key()
    findings = []
    if isinstance(key, rsa.RSAPublicKey) and key.key_size < 2048:
        findings.append(Finding.of(
            "cert.weak-key", Severity.ERROR,
            "The {role} has an RSA key of {key_size} bits.",
            "Use RSA 2048 bits or more, or EC P-256 or better.",
            role=role, key_size=key.key_size))
    elif isinstance(key, ec.EllipticCurvePublicKey) and not isinstance(key.curve, _STRONG_CURVES):
        findings.append(Finding.of(
            "cert.weak-key", Severity.ERROR,
            "The {role} uses the curve {name}.",
            "Use EC P-256, P-384 or P-521, or RSA 2048 bits or more.",
            role=role, name=key.curve.name))
    elif not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        findings.append(Finding.of(
            "cert.key-type", Severity.WARNING,
            "The {role} has a {key_type} key, which SIP clients may not support.",
            "Use RSA 2048+ or EC P-256+.",
            role=role, key_type=_key_text(key)))
    algo = cert.signature_hash_algorithm
    if algo is not None and algo.name in ("sha1", "md5"):
        findings.append(Finding.of(
            "cert.weak-signature", Severity.ERROR,
            "The {role} is signed with {name}.",
            "Have it reissued with SHA-256 or better.",
            role=role, name=algo.name.upper()))
    return findings


def _date_findings(cert: x509.Certificate, role: str, now: datetime) -> list[Finding]:
    if now < cert.not_valid_before_utc:
        return [Finding.of(
            "cert.not-yet-valid", Severity.ERROR,
            "The {role} only becomes valid on {valid_from} UTC.",
            "Check the laptop's clock; otherwise wait, or have it reissued.",
            role=role, valid_from=f"{cert.not_valid_before_utc:%Y-%m-%d %H:%M}")]
    if now > cert.not_valid_after_utc:
        return [Finding.of(
            "cert.expired", Severity.ERROR,
            "The {role} expired on {valid_until} ({common_name}).",
            "Renew it with the CA and upload the new file to the SBC.",
            role=role, valid_until=f"{cert.not_valid_after_utc:%Y-%m-%d}", common_name=common_name(cert))]
    left = cert.not_valid_after_utc - now
    if left < EXPIRY_ERROR:
        return [Finding.of(
            "cert.expires-within-days", Severity.ERROR,
            "The {role} expires in {days} day(s), on {valid_until} UTC.",
            "Renew it today and upload it to the SBC: after that, Zoom clients can no longer register.",
            role=role, days=left.days, valid_until=f"{cert.not_valid_after_utc:%Y-%m-%d %H:%M}")]
    if left < EXPIRY_WARNING:
        return [Finding.of(
            "cert.expires-soon", Severity.WARNING,
            "The {role} expires in {days} days, on {valid_until}.",
            "Renew it now, so Zoom clients are not cut off.",
            role=role, days=left.days, valid_until=f"{cert.not_valid_after_utc:%Y-%m-%d}")]
    return []


def unreadable(cert: x509.Certificate) -> WizardError | None:
    """Why a certificate that parsed at first cannot be judged (cryptography reads extensions, the key and the
    signature algorithm only when asked), or None."""
    try:
        cert.extensions  # noqa: B018 - parses every extension now, not in the middle of the check
    except ValueError as exc:
        return WizardError("an extension is malformed ({reason})", reason=exc)
    try:
        cert.public_key()
        cert.signature_hash_algorithm  # noqa: B018
    except (ValueError, UnsupportedAlgorithm) as exc:
        return WizardError("its key or signature algorithm is unknown ({reason})", reason=exc)
    return None


def check_certificate(fqdn: str, cert: Material, key: Material | None = None, ca: Material | None = None,
                      trusted_roots: tuple[x509.Certificate, ...] = (), now: datetime | None = None,
                      served: bool = False, zoom_confirmation: str = "",
                      confirmed_roots: Mapping[str, str] | None = None) -> CheckResult:
    """`trusted_roots`: roots a sourced list says Zoom accepts. `zoom_confirmation`: the engineer's word (who at Zoom
    confirmed it, when) that Zoom accepts the root this chain ends at; `confirmed_roots`: such words given before,
    by the root's SHA-256 (hex), for a chain read elsewhere (the one the SBC serves)."""
    now = now or datetime.now(UTC)
    _refuse_unreadable(cert, ca)
    trusted_roots = tuple(r for r in trusted_roots if unreadable(r) is None)
    pool = [*cert.certificates, *(ca.certificates if ca else ())]
    private_key = (key.key if key else None) or cert.key
    if not cert.certificates:
        raise WizardError("{source} holds only a private key, no certificate" if cert.key is not None else
                          "{source} holds no certificate", "choose the SBC's server certificate file",
                          source=cert.source)
    leaf = pick_leaf(list(cert.certificates), private_key, fqdn)
    chain, complete = build_chain(leaf, pool + list(trusted_roots))
    top = chain[-1].fingerprint(hashes.SHA256()).hex()
    confirmation = zoom_confirmation.strip() or (confirmed_roots or {}).get(top, "")
    findings = [*_name_findings(leaf, fqdn), *_guide_cn_findings(leaf, fqdn),
                *_key_pair_findings(leaf, private_key, served),
                *_chain_findings(chain, complete, now), *_server_auth_findings(leaf),
                *_trust_findings(chain, complete, trusted_roots, served, confirmation),
                *_chain_order_findings(pool, chain, ca is not None)]
    evidence: dict[str, object] = {"fqdn": fqdn, "chain": [_describe(c) for c in chain], "chain_complete": complete,
                                   "sbc_certificate_profile": SBC_CERTIFICATE_PROFILE}
    if complete and confirmation:
        evidence["zoom_confirmation"] = {"root": common_name(chain[-1]), "sha256": top, "note": confirmation}
    return CheckResult("certificate", tuple(findings), evidence)


def _refuse_unreadable(*materials: Material | None) -> None:
    """Stops before the check when a certificate given cannot be judged: a finding about half a certificate would
    mislead."""
    for material in [m for m in materials if m is not None]:
        for member in material.certificates:
            why = unreadable(member)
            if why:
                raise WizardError("{source}: the certificate for {subject} cannot be read: {why}",
                                  "export the certificate again from the SBC or the CA", source=material.source,
                                  subject=member.subject.rfc4514_string()[:80], why=why)


def _key_pair_findings(leaf: x509.Certificate, private_key: PrivateKey | None, served: bool) -> list[Finding]:
    if private_key is not None:
        if _public_bytes(private_key.public_key()) != _public_bytes(leaf.public_key()):
            return [Finding.of(
                "cert.key-mismatch", Severity.ERROR,
                "The private key does not belong to the server certificate.",
                "Upload the key that was used for this certificate's CSR.")]
        return []
    if served:  # a certificate read from the SBC's handshake never comes with its key
        return []
    return [Finding.of(
        "cert.no-key", Severity.INFO,
        "No private key was given, so it was not compared.",
        "Give the certificate's private key file too, to check that it belongs to the certificate.")]


def _chain_roles(chain: list[x509.Certificate], complete: bool) -> list[str]:
    """What each certificate of the chain is, as the findings name it; the top is a root only when it is
    self-signed, else the last intermediate that was found."""
    roles = ["server certificate"] + [f"intermediate CA ({common_name(c)})" for c in chain[1:-1]]
    if complete and len(chain) > 1:
        roles.append(f"root CA ({common_name(chain[-1])})")
    elif len(chain) > 1:
        roles.append(f"intermediate CA ({common_name(chain[-1])})")
    return roles


def _chain_findings(chain: list[x509.Certificate], complete: bool, now: datetime) -> list[Finding]:
    """Dates of every certificate in the chain, and the strength of every one but a root."""
    findings: list[Finding] = []
    for cert_in_chain, role in zip(chain, _chain_roles(chain, complete), strict=True):
        findings += _date_findings(cert_in_chain, role, now)
        if not (complete and cert_in_chain is chain[-1] and len(chain) > 1):  # a root's self-signature is moot
            findings += _strength_findings(cert_in_chain, role)
    return findings


def _server_auth_findings(leaf: x509.Certificate) -> list[Finding]:
    """No extended key usage means any usage; one that is there has to allow a TLS server."""
    try:
        eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return []
    if ExtendedKeyUsageOID.SERVER_AUTH in eku:
        return []
    return [Finding.of(
        "cert.no-server-auth", Severity.ERROR,
        "The certificate's extended key usage does not include TLS server authentication.",
        "Have it reissued as a TLS server certificate (serverAuth).")]


def _trust_findings(chain: list[x509.Certificate], complete: bool, trusted_roots: tuple[x509.Certificate, ...],
                    served: bool, confirmation: str) -> list[Finding]:
    """Whether the chain reaches a root at all, and whether Zoom's acceptance of that root is known: on a sourced
    list, or confirmed by the engineer with Zoom. Never a verdict of our own on Zoom's list (guide §9.3)."""
    if not complete:
        return [Finding.of(
            "cert.chain-incomplete", Severity.ERROR,
            "The chain stops at {issuer}: that issuer's certificate was not given.",
            "Add the missing intermediate and root certificates to the CA file given to the check, and the "
            "intermediates to the chain the SBC serves." if served else
            "Add the missing intermediate and root certificates to the CA file given to the check.",
            issuer=chain[-1].issuer.rfc4514_string())]
    top = chain[-1]
    root = common_name(top) or top.subject.rfc4514_string()
    if top.fingerprint(hashes.SHA256()) in {r.fingerprint(hashes.SHA256()) for r in trusted_roots}:
        return []
    if confirmation:
        return [Finding.of(
            "cert.root-confirmed", Severity.INFO,
            "The chain ends at {root}; the engineer confirmed with Zoom that it is accepted: {note}",
            root=root, note=confirmation)]
    return [Finding.of(
        "cert.root-confirm-with-zoom", Severity.WARNING,
        "The chain ends at {root}: confirm against Zoom's current list that Zoom Phone System Integration accepts "
        "this root (guide §9.3: the list is Zoom's and changes without notice).",
        "Ask Zoom Support or the Zoom account representative, then write who confirmed it and when in the "
        "certificate step's 'Zoom confirmed the root CA' field and check again.",
        root=root)]


def _chain_order_findings(pool: list[x509.Certificate], chain: list[x509.Certificate],
                          ca_given: bool) -> list[Finding]:
    """The SBC serves its CA file in the order it was uploaded, so a file out of order is worth a note."""
    order = [c for c in pool if c in chain]
    if not ca_given or len(order) <= 1 or order == [c for c in chain if c in pool]:
        return []
    return [Finding.of(
        "cert.chain-order", Severity.INFO,
        "The certificates were given out of order; they were put in order for the check.",
        "Upload the CA file to the SBC ordered from the intermediate up to the root.")]


def load_trusted_roots(pem: bytes, source: str = "the list of trusted roots") -> tuple[x509.Certificate, ...]:
    """A PEM list of root certificates (a single DER certificate is taken too); a list of only '#' comments holds
    none."""
    if all(not line.strip() or line.lstrip().startswith(b"#") for line in pem.splitlines()):
        return ()
    try:
        if b"-----BEGIN" not in pem:
            return (x509.load_der_x509_certificate(pem),)
        return tuple(x509.load_pem_x509_certificates(pem))
    except ValueError:
        raise WizardError("{source} holds no certificates that can be read (PEM or DER)",
                          "give a PEM file of root certificates, each between BEGIN/END CERTIFICATE lines",
                          source=source) from None


def list_date(pem: bytes) -> str | None:
    match = re.search(rb"^# list-date: (\S+)", pem, re.M)
    return match.group(1).decode() if match else None


def pem_named_der(name: str, data: bytes) -> Finding | None:
    """A file named .pem that holds DER (binary ASN.1): the SBC's Certificate Management takes PEM only (guide §9.3:
    "Upload the CA chain, the server certificate and its private key, all as PEM"), so the engineer hears it when
    the file is chosen, not at the SBC's upload dialog. DER starts with an ASN.1 SEQUENCE tag, 0x30 (ITU-T X.690
    §8.9); PEM is Base64 text between BEGIN and END lines (RFC 7468)."""
    if not name.lower().endswith(".pem") or _PEM_BLOCK.search(data) or not data.startswith(b"\x30"):
        return None
    return Finding.of("certificate.der-named-pem", Severity.WARNING,
                      "The file {file} holds DER (binary) data, though its name says PEM.",
                      "The SBC takes PEM only (guide §9.3): convert it, e.g. openssl x509 -inform DER -in {file} "
                      "-out {file}.converted.pem (a key: openssl pkey -inform DER), and choose the converted file.",
                      file=name)
