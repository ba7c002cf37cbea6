"""A signing identity that cannot sign is refused by name, before pyHanko trips over what is missing in it."""

import pytest
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

from wizard.errors import WizardError
from wizard.report.identity import create_identity
from wizard.report.sign import load_signer, signer_name

PASSPHRASE = b"Identity-Passphrase-31"


@pytest.fixture(scope="module")
def parts() -> tuple:
    bundle, _ = create_identity("Erika Engineer", None, "Example Integrator AG", PASSPHRASE)
    key, cert, _ = pkcs12.load_key_and_certificates(bundle, PASSPHRASE)
    return bundle, key, cert


@pytest.mark.parametrize("missing", ["certificate", "key"])
def test_a_pkcs12_without_its_certificate_or_key_is_refused_naming_the_file(parts, missing: str) -> None:
    _, key, cert = parts
    half = pkcs12.serialize_key_and_certificates(b"half", None if missing == "key" else key,
                                                 None if missing == "certificate" else cert, None,
                                                 BestAvailableEncryption(PASSPHRASE))
    with pytest.raises(WizardError, match=r"half\.p12 is not a usable signing identity"):
        load_signer(half, PASSPHRASE, "half.p12")


def test_the_signer_is_named_from_its_certificate(parts) -> None:
    bundle, _, _ = parts
    assert signer_name(load_signer(bundle, PASSPHRASE, "erika.p12")) == "Erika Engineer (Example Integrator AG)"
