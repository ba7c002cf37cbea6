"""Secrets live in the operating system's keyring, never in the project file, a log or the report."""

from __future__ import annotations

import os

import keyring
import keyring.errors

from wizard.errors import WizardError

SERVICE = "psi-wizard"


class KeyringUnavailable(WizardError):
    pass


def _unavailable(exc: Exception) -> KeyringUnavailable:
    return KeyringUnavailable(f"the system keyring cannot be used ({type(exc).__name__})",
                              "type the secret for this session only; it will not be remembered")


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
    try:
        return keyring.get_password(SERVICE, reference)
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        raise _unavailable(exc) from exc


def set_secret(reference: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, reference, value)
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        raise _unavailable(exc) from exc


def delete_secret(reference: str) -> None:
    try:
        keyring.delete_password(SERVICE, reference)
    except keyring.errors.PasswordDeleteError:
        pass
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        raise _unavailable(exc) from exc


def secret_from_env(var: str | None) -> str | None:
    """A secret handed over in an environment variable (never on the command line, where `ps` shows it)."""
    if var is None:
        return None
    if var not in os.environ:
        raise WizardError(f"the environment variable {var} is not set", "export it with the secret, then run again")
    return os.environ[var]
