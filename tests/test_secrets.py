import keyring
import pytest
from keyring.testing.backend import BackendBasicTests

from tests.memory_keyring import BrokenKeyring, MemoryKeyring
from wizard.store.secrets import KeyringUnavailable, delete_secret, get_secret, set_secret


class TestMemoryKeyringIsARealBackend(BackendBasicTests):
    """keyring's own conformance tests, run against the backend the other tests use."""

    def init_keyring(self) -> MemoryKeyring:
        return MemoryKeyring()


def test_secrets_round_trip_through_the_keyring(memory_keyring: MemoryKeyring) -> None:
    memory = memory_keyring
    set_secret("identity:/home/e/erika.p12", "s3cret")
    assert get_secret("identity:/home/e/erika.p12") == "s3cret"
    assert memory.store == {("psi-wizard", "identity:/home/e/erika.p12"): "s3cret"}
    delete_secret("identity:/home/e/erika.p12")
    delete_secret("identity:/home/e/erika.p12")  # deleting what is not there is fine
    assert get_secret("identity:/home/e/erika.p12") is None


def test_missing_keyring_is_a_clear_message() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        with pytest.raises(KeyringUnavailable, match="for this session only"):
            get_secret("x")
        with pytest.raises(KeyringUnavailable, match="no system keyring") as raised:
            set_secret("x", "y")
        assert "Error" not in str(raised.value)  # the library's class names stay in the log
    finally:
        keyring.set_keyring(previous)
