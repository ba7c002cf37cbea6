"""Use case: the engineer's signing identity — a personal one created here, a company's PKCS#12 file used as it
is, its certificate exported for the company to vouch for, and its passphrase kept in the keyring (or for this
session only, where there is none)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wizard.errors import WizardError
from wizard.files import write_atomically
from wizard.paths import data_dir
from wizard.store.secrets import recall, remember


@dataclass(frozen=True)
class CreatedIdentity:
    path: Path
    certificate: Path
    kept: str  # where the passphrase is kept: "keyring", "session" or "" (not kept)


def _reference(identity: Path) -> str:
    return f"identity:{identity}"


def identity_folder() -> Path:
    return data_dir() / "identities"


async def create_personal_identity(name: str, company: str, passphrase: str, *, email: str | None = None,
                                   target: Path | None = None, certificate: Path | None = None,
                                   keep: bool = True) -> CreatedIdentity:
    """A new key and self-issued certificate in a PKCS#12 file of its own (never over an older one; by default
    in the wizard's data folder), the certificate as PEM (by default beside it), and the passphrase kept
    (`keep`) so the next report needs no typing."""
    from wizard.report.identity import create_identity, write_identity

    name = name.strip()
    if not name:
        raise WizardError("the identity needs the engineer's name", "enter your name (it is printed as the signer)")
    bundle, cert = await asyncio.to_thread(create_identity, name, email, company.strip() or None,
                                           passphrase.encode())
    stem = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-") or "engineer"
    target = target or identity_folder() / f"{stem}-{datetime.now():%Y%m%d-%H%M%S}.p12"
    certificate = certificate or target.with_suffix(".pem")
    folder = target.parent

    def write() -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WizardError("cannot create the folder {folder}: {reason}",
                              "free space, or check the permissions of your data folder", folder=folder,
                              reason=exc.strerror or exc) from None
        write_identity(target, bundle)
        write_atomically(certificate, cert)

    await asyncio.to_thread(write)
    kept = await keep_passphrase(target, passphrase) if keep else ""
    return CreatedIdentity(target, certificate, kept)


async def check_identity_file(path: Path) -> Path:
    """A file chosen as the signing identity: it must exist and be PKCS#12 (a PEM certificate is not one)."""
    def read() -> bytes:
        try:
            return path.read_bytes()[:64]
        except OSError as exc:
            raise WizardError("cannot read {path}: {reason}", "choose the file again", path=path,
                              reason=exc.strerror or exc) from None

    head = await asyncio.to_thread(read)
    if head.lstrip().startswith(b"-----BEGIN"):
        raise WizardError("{name} is a PEM file, not a signing identity",
                          "choose the PKCS#12 file (.p12 or .pfx) that holds the key and the certificate",
                          name=path.name)
    if not head.startswith(b"\x30"):
        raise WizardError("{name} is not a PKCS#12 file", "choose the .p12 or .pfx file of the identity",
                          name=path.name)
    return path


async def passphrase_for(identity: Path, typed: str) -> str:
    """The passphrase typed now, else the one kept for this identity."""
    kept = await kept_passphrase(identity, typed)
    if not kept:
        raise WizardError("the identity's passphrase is needed", "type it in the Passphrase field")
    return kept


async def kept_passphrase(identity: Path, typed: str) -> str | None:
    """The passphrase typed now, else the one kept for this identity, else None (a file without one)."""
    return typed or await asyncio.to_thread(recall, _reference(identity))


async def keep_passphrase(identity: Path, passphrase: str) -> str:
    return "keyring" if await asyncio.to_thread(remember, _reference(identity), passphrase) else "session"


async def export_certificate(identity: Path, target: Path, typed_passphrase: str = "") -> Path:
    """The identity's certificate as PEM: the copy made beside a personal identity, or read out of the file."""
    def certificate(passphrase: str | None) -> bytes:
        beside = identity.with_suffix(".pem")
        if beside.exists():
            return beside.read_bytes()
        from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

        try:
            _, leaf, _ = pkcs12.load_key_and_certificates(identity.read_bytes(), (passphrase or "").encode())
        except OSError as exc:
            raise WizardError("cannot read {identity}: {reason}", "choose the identity again", identity=identity,
                              reason=exc.strerror or exc) from None
        except ValueError:
            raise WizardError("{name} does not open with this passphrase", "type the identity's passphrase",
                              name=identity.name) from None
        if leaf is None:
            raise WizardError("{name} holds no certificate", "use a PKCS#12 file with a certificate",
                              name=identity.name)
        return leaf.public_bytes(Encoding.PEM)

    passphrase = None if identity.with_suffix(".pem").exists() else await passphrase_for(identity, typed_passphrase)
    data = await asyncio.to_thread(certificate, passphrase)
    await asyncio.to_thread(write_atomically, target, data)
    return target
