"""Warnings our dependencies raise about themselves, kept from the engineer's terminal and window.

A newer cryptography deprecates DSA, and asyncssh (SSH key types) and pyHanko (CMS signature types) still name it
when they are imported: five lines on stderr before `psi-wizard lab` prints its JSON, none of them about anything the
engineer can change. Each entry names the category and the module that raises it, so a warning of our own code, or
any other one of a dependency, still shows."""

from __future__ import annotations

import warnings

from cryptography.utils import CryptographyDeprecationWarning  # already loaded by the command line's own imports

# (the warning's category, a regular expression for the modules it comes from)
QUIETED: tuple[tuple[type[Warning], str], ...] = (
    (CryptographyDeprecationWarning, r"asyncssh(\..*)?"),
    (CryptographyDeprecationWarning, r"pyhanko(\..*)?"),
)


def quiet_dependency_warnings() -> None:
    """Called first by every entry point (the command line, the window, python -m wizard)."""
    for category, module in QUIETED:
        warnings.filterwarnings("ignore", category=category, module=module)


def filterwarnings_lines() -> list[str]:
    """The same rules in pytest's filterwarnings syntax, so the tests see what the engineer sees."""
    return [f"ignore::{category.__module__}.{category.__qualname__}:{module}" for category, module in QUIETED]
