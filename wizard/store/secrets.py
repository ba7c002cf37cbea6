"""Secrets live in the operating system's keyring, never in the project file, a log or the report."""

from __future__ import annotations

import logging
import os
from types import ModuleType

from wizard.errors import WizardError

log = logging.getLogger(__name__)

SERVICE = "psi-wizard"


class KeyringUnavailable(WizardError):
    pass


def _unavailable(exc: Exception) -> KeyringUnavailable:
    # the library's own words (a class name, a D-Bus error) go to the log, not into the sentence
    log.info("keyring unavailable: %s: %s", type(exc).__name__, exc)
    return KeyringUnavailable("this computer has no system keyring the wizard can use",
                              "type the secret for this session only; it will not be remembered")


def _keyring() -> tuple[ModuleType, tuple[type[Exception], ...]]:
    """The keyring library and the errors that mean 'no keyring here'; imported when the first secret is
    asked for (it costs about 30 ms of the window's start-up)."""
    import keyring
    import keyring.errors

    return keyring, (keyring.errors.KeyringError, RuntimeError)


_session: dict[str, str] = {}  # secrets the engineer chose to keep for this session only (no keyring)


def remember(reference: str, value: str) -> bool:
    """Keep a secret: in the keyring, or for this session only when there is none. True: in the keyring."""
    try:
        set_secret(reference, value)
    except KeyringUnavailable:
        _session[reference] = value
        return False
    _session.pop(reference, None)
    return True


def recall(reference: str) -> str | None:
    if reference in _session:
        return _session[reference]
    try:
        return get_secret(reference)
    except KeyringUnavailable:
        return None


def get_secret(reference: str) -> str | None:
    library, unavailable = _keyring()
    try:
        return library.get_password(SERVICE, reference)
    except unavailable as exc:
        raise _unavailable(exc) from exc


def set_secret(reference: str, value: str) -> None:
    library, unavailable = _keyring()
    try:
        library.set_password(SERVICE, reference, value)
    except unavailable as exc:
        raise _unavailable(exc) from exc


def delete_secret(reference: str) -> None:
    library, unavailable = _keyring()
    try:
        library.delete_password(SERVICE, reference)
    except library.errors.PasswordDeleteError:
        pass  # nothing to delete: that is what was wanted
    except unavailable as exc:
        raise _unavailable(exc) from exc


def secret_from_env(var: str | None) -> str | None:
    """A secret handed over in an environment variable (never on the command line, where `ps` shows it)."""
    if var is None:
        return None
    if var not in os.environ:
        raise WizardError("the environment variable {var} is not set", "export it with the secret, then run again",
                          var=var)
    return os.environ[var]
