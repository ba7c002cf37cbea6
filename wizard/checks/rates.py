"""The engineer's way of stating an account's rate limits: 'light=80,medium=60', per second by category."""

from __future__ import annotations

import math
from collections.abc import Mapping

from wizard.errors import WizardError


def parse_rate_spec(spec: str, defaults: Mapping[str, float]) -> dict[str, float]:
    """Per-second limits by category; categories not named keep their defaults."""
    rates = dict(defaults)
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, _, value = item.partition("=")
        name = name.strip().lower()
        if name not in defaults:
            raise WizardError(f"unknown rate category {name!r}",
                              f"use {', '.join(defaults)}, e.g. {next(iter(defaults))}=80")
        try:
            rates[name] = float(value)
        except ValueError as exc:
            raise WizardError(f"rate {item!r} is not name=number", "e.g. light=80,medium=60") from exc
        if not (math.isfinite(rates[name]) and rates[name] > 0):
            raise WizardError(f"rate {item!r} must be a number above zero", "e.g. light=30")
    return rates
