"""A check's verdict holds for the values it judged (walkthrough item 1): a step's result keeps the values its check
used — its own inputs, the Site fields and the connection settings the step declares (resources/runbook.toml) —
and once one of them is otherwise in the project the result is outdated: it says nothing about the value there
now, so the step is not done until it is checked again. The one rule the window, the report and the site summaries
apply (wizard.runbook.judged gathers the project's values for it). Pure: no I/O.

Names: "site:<field>" (a Site field, wizard.checks.site), "input:<key>" (one of the step's inputs), and
"connection:<system>.<setting>" (a live system's connection setting). A value is kept as it was, or, when it is
long or spans lines (pasted AMO output), as its SHA-256 (DIGEST): enough to tell that it changed, not from what."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

SITE, INPUT, CONNECTION = "site:", "input:", "connection:"
DIGEST = "sha256:"
LONGEST_KEPT = 120  # characters a value may have to be kept as it is (an FQDN, a port, an address, a file's id)


def kept(value: str) -> str:
    """A value as a result keeps it: itself, or its digest when it is long or spans lines."""
    if len(value) <= LONGEST_KEPT and "\n" not in value and not value.startswith(DIGEST):
        return value
    return DIGEST + hashlib.sha256(value.encode("utf-8")).hexdigest()


def judged_values(names: Iterable[str], value_of: Callable[[str], str]) -> dict[str, str]:
    """What a check judged, to keep with its result: each named value (empty when unset) as `kept` keeps it."""
    return {name: kept(value_of(name)) for name in names}


@dataclass(frozen=True)
class Change:
    """A judged value that is otherwise now; old and new are "" where the value was or is unset, and both are
    None where it is kept as a digest (only that it changed is known)."""

    name: str
    old: str | None
    new: str | None

    @property
    def kind(self) -> str:
        return self.name.split(":", 1)[0]

    @property
    def key(self) -> str:
        return self.name.split(":", 1)[1] if ":" in self.name else self.name

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "old": self.old, "new": self.new}


def changes(judged: Mapping[str, str] | None, value_of: Callable[[str], str]) -> tuple[Change, ...]:
    """The judged values that are otherwise now, in the order the result kept them; none when it is current.

    A result recorded before results kept what they judged has no `judged` values: nothing is known of what it
    judged, so it stays as it was recorded (never outdated by this rule). Only the names the result kept are
    compared, so a step that declares one more value later does not make its older results outdated."""
    found = []
    for name, was in (judged or {}).items():
        now = kept(value_of(name))
        if now != str(was):
            digest = str(was).startswith(DIGEST) or now.startswith(DIGEST)
            found.append(Change(name, None if digest else str(was), None if digest else now))
    return tuple(found)


def judged_of(result: Mapping[str, Any] | None) -> dict[str, str] | None:
    """The values a recorded result (its JSON form) judged; None for a result recorded without them."""
    judged = (result or {}).get("judged")
    return {str(k): str(v) for k, v in judged.items()} if isinstance(judged, dict) else None
