"""The engineer's signing identity: a company-issued PKCS#12, or a personal one made here that the
company can vouch for (its certificate can be exported)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from wizard.errors import WizardError
from wizard.files import write_atomically


def create_identity(name: str, email: str | None, organisation: str | None, passphrase: bytes,
                    *, valid_days: int = 3 * 365) -> tuple[bytes, bytes]:
    """A new self-signed signing identity: (PKCS#12 bytes protected by the passphrase, certificate PEM)."""
    if len(passphrase) < 8:
        raise WizardError("the passphrase is too short", "use at least 8 characters")
    key = ec.generate_private_key(ec.SECP256R1())
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if organisation:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attrs)
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
    )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    cert = builder.sign(key, hashes.SHA256())
    bundle = pkcs12.serialize_key_and_certificates(name.encode(), key, cert, None,
                                                   serialization.BestAvailableEncryption(passphrase))
    return bundle, cert.public_bytes(serialization.Encoding.PEM)


def write_identity(target: Path, bundle: bytes) -> None:
    if target.exists():
        raise WizardError("{target} already exists", "choose another file name; an identity is never overwritten",
                          target=target)
    write_atomically(target, bundle, mode=0o600)
