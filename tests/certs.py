"""Certificates made on the spot for the tests: a CA hierarchy and server certificates with the
defects the certificate check must recognise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

NOW = datetime.now(UTC)


@dataclass
class Issued:
    cert: x509.Certificate
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    def key_pem(self, passphrase: bytes | None = None) -> bytes:
        encryption = (serialization.BestAvailableEncryption(passphrase) if passphrase
                      else serialization.NoEncryption())
        return self.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def issue(cn: str, *, issuer: Issued | None = None, ca: bool = False, sans: list[str] | None = None,
          key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | None = None, not_before: datetime | None = None,
          not_after: datetime | None = None, hash_algo: hashes.HashAlgorithm | None = None,
          eku: list[x509.ObjectIdentifier] | None = None) -> Issued:
    key = key or ec.generate_private_key(ec.SECP256R1())
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(issuer.cert.subject if issuer else _name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or NOW - timedelta(days=1))
        .not_valid_after(not_after or NOW + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(s) for s in sans]), critical=False)
    if eku is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage(eku), critical=False)
    signer = issuer.key if issuer else key
    return Issued(builder.sign(signer, hash_algo or hashes.SHA256()), key)


def hierarchy() -> tuple[Issued, Issued]:
    root = issue("Test Root CA", ca=True)
    intermediate = issue("Test Issuing CA", issuer=root, ca=True)
    return root, intermediate


SERVER_AUTH = [ExtendedKeyUsageOID.SERVER_AUTH]
