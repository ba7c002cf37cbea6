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
            raise WizardError("unknown rate category '{name}'", "use {known}, e.g. {defaults}=80", name=name,
                              known=', '.join(defaults), defaults=next(iter(defaults)))
        try:
            rates[name] = float(value)
        except ValueError as exc:
            raise WizardError("rate '{item}' is not name=number", "e.g. light=80,medium=60", item=item) from exc
        if not (math.isfinite(rates[name]) and rates[name] > 0):
            raise WizardError("rate '{item}' must be a number above zero", "e.g. light=30", item=item)
    return rates
