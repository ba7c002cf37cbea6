"""The SBC settings sheet: the guide's values for each SBC dialog (§9.1–§9.5, §10.3), filled in with
this site's addresses and ports. The values live in the runbook with {placeholders}; the rules of what
goes where live here."""

from __future__ import annotations

import re
from collections.abc import Mapping

from wizard.checks.site import FIELDS_BY_KEY, validate_field

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")
# The files the engineer chose on §9.3's certificate step, by name: what the SBC's dialogs are to be given.
CHOSEN_FILES = {"sbc_cert_file": "the server certificate chosen in §9.3", "sbc_key_file": "the key chosen in §9.3",
                "sbc_ca_file": "the CA chain chosen in §9.3"}
CERTIFICATE_STEP, CERTIFICATE_INPUTS = "9.3-certificate-files", {"cert": "sbc_cert_file", "key": "sbc_key_file",
                                                                 "ca": "sbc_ca_file"}


def fill_value(template: str, site: Mapping[str, str]) -> str:
    """The value with each {site_field} replaced by the site's entry, or by <Field label> while it is
    missing or invalid, so the engineer never copies a wrong address into a portal."""
    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in CHOSEN_FILES:
            return site.get(key) or f"<{CHOSEN_FILES[key]}>"
        if key not in FIELDS_BY_KEY:
            return match.group(0)
        value = site.get(key, "").strip()
        problem = validate_field(key, site.get(key, "")) if value else None
        if not value or (problem is not None and problem.severity.value == "error"):
            return f"<{FIELDS_BY_KEY[key].label}>"
        return value
    return _PLACEHOLDER.sub(replace, template)


def fill_values(values: tuple[tuple[str, str], ...], site: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((label, fill_value(value, site)) for label, value in values)

