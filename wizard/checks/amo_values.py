"""Every value we put into an AMO, judged against its own grammar before any AMO is built from it.

A value from a customer's CSV, a typed field or another system's answer becomes part of a command line that the
PBX executes. Each rule below admits only what the parameter can hold, in ASCII, so that a ';' (end of a command),
a '"' (end of a quoted string), a ',' (next parameter), a '=' or a line break can never become a second command or
a second parameter. Numeric ranges that no public AMO description states are marked 'assumed' and live here only.
"""

from __future__ import annotations

import ipaddress
import re

from wizard.errors import WizardError

STATION = re.compile(r"[0-9]{1,12}")  # a station number (STNO): ASCII digits; up to 12 is assumed
PM_INDEX_MAX = 999  # PMIDX and the RICHT MODE=PM index: whole numbers from 1; the upper bound is assumed
VOICEMAIL = re.compile(r"[0-9]{1,22}")  # the PM route's SAN (the number dialled for voicemail); length assumed
# The local part and the domain of an address as guide §7.2 wants it (no spaces), without '"' so it can sit in
# a quoted AMO string; ASCII only.
EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                   r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+")
HOST_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
DIGEST = re.compile(r"[A-Za-z0-9._+!*#$%@-]{6,32}")  # IPPASSW: letters, digits, a few signs; length assumed


class AmoValueError(WizardError):
    """A value that may not go into an AMO. `field` names it in the engineer's terms."""

    def __init__(self, field: str, value: str, rule: str) -> None:
        super().__init__("{field} '{value}' cannot go into an AMO: {rule}",
                         "correct the value in its source (file, form or system) and try again", field=field,
                         value=value, rule=rule)
        self.field, self.value, self.rule = field, value, rule


def _whole(pattern: re.Pattern[str], value: str) -> bool:
    return pattern.fullmatch(value) is not None


def station(value: str, field: str = "station") -> str:
    if not _whole(STATION, value):
        raise AmoValueError(field, value, "a station number is 1 to 12 digits 0-9")
    return value


def email(value: str, field: str = "email") -> str:
    if not _whole(EMAIL, value) or len(value) > 254:
        raise AmoValueError(field, value, "an email address without spaces, quotes, commas or semicolons")
    return value


def pm_index(value: str, field: str = "PM index") -> str:
    if not (value.isascii() and value.isdigit() and 1 <= int(value) <= PM_INDEX_MAX and value[0] != "0"):
        raise AmoValueError(field, value, "a PM index is a whole number from 1 to 999")  # PM_INDEX_MAX
    return value


def voicemail_number(value: str, field: str = "voicemail number") -> str:
    if not _whole(VOICEMAIL, value):
        raise AmoValueError(field, value, "a voicemail number is 1 to 22 digits 0-9")
    return value


def address(value: str, field: str = "SBC address") -> str:
    """An IPv4 or IPv6 address, or a DNS name (RFC 1123 labels)."""
    try:
        ipaddress.ip_address(value)
        return value
    except ValueError:
        pass
    name = value[:-1] if value.endswith(".") else value
    labels = name.split(".")
    if not (value.isascii() and 0 < len(name) <= 253 and len(labels) >= 2 and all(_whole(HOST_LABEL, x) for x in labels)
            and not labels[-1].isdigit()):
        raise AmoValueError(field, value, "an IPv4 or IPv6 address, or a DNS name such as sbc.example.com")
    return value


def port(value: str, field: str = "SBC port") -> str:
    if not (value.isascii() and value.isdigit() and 1 <= int(value) <= 65535 and value[0] != "0"):
        raise AmoValueError(field, value, "a port is a whole number from 1 to 65535")
    return value


def digest_password(value: str, field: str = "digest password") -> str:
    if not _whole(DIGEST, value):
        raise AmoValueError(field, value, "6 to 32 letters, digits or . _ + ! * # $ % @ -")
    return value
