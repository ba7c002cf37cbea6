"""The headless commands' arguments, each judged at the boundary against its own grammar: an argparse type that
names the allowed form, so a bad value ends in one line naming the argument, never deeper in."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from urllib.parse import urlsplit

from wizard.checks import amo_values
from wizard.checks.call import MAX_SECONDS, MIN_SECONDS
from wizard.checks.site import is_fqdn, is_ip
from wizard.errors import WizardError
from wizard.probes.base import parse_host_port


class UsageError(WizardError):
    """A command line that does not fit the command."""


class Parser(argparse.ArgumentParser):
    """argparse, with its complaints as one line (exit 2 through main, like every unreadable input)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("psi-wizard").strip()
        raise UsageError("{command}{message}", "see {prog} --help", command=command + ': ' if command else '',
                         message=message, prog=self.prog)


def port(text: str) -> int:
    if not (text.isascii() and text.isdigit() and text[0] != "0" and 1 <= int(text) <= 65535):
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: a whole number from 1 to 65535")
    return int(text)


def timeout(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and 0 < seconds <= 600):
        raise argparse.ArgumentTypeError(f"{text!r} is not a timeout: seconds above 0, at most 600")
    return seconds


def dns_name(text: str) -> str:
    """A host name as DNS knows it: labels of letters, digits and hyphens, 63 at most each, 253 in all."""
    if not text.isascii() or not is_fqdn(text):
        raise argparse.ArgumentTypeError(f"{text[:80]!r} is not a DNS name such as sbc01.example.com")
    return text


def host(text: str) -> str:
    """An IP address or a DNS name (or localhost)."""
    bare = text[1:-1] if text.startswith("[") and text.endswith("]") else text
    if not (is_ip(bare) or text == "localhost" or (text.isascii() and is_fqdn(text))):
        raise argparse.ArgumentTypeError(f"{text[:80]!r} is not an IP address or a DNS name")
    return bare


def _host_and_port(text: str, default_port: int | None) -> tuple[str, int]:
    try:
        address, number = parse_host_port(text, default_port)
    except WizardError as exc:
        raise argparse.ArgumentTypeError(exc.problem) from None
    return host(address), number


def _joined(address: str, number: int) -> str:
    return f"[{address}]:{number}" if ":" in address else f"{address}:{number}"


def dns_server(text: str) -> str:
    """IP[:PORT] of a DNS server: an address, since asking a name server by name needs DNS first."""
    address, number = _host_and_port(text, 53)
    if not is_ip(address):
        raise argparse.ArgumentTypeError(f"{text!r}: give the DNS server as an IP address, e.g. 10.0.0.53 or "
                                         "[2001:db8::53]:53")
    return _joined(address, number)


def target(text: str) -> str:
    return _joined(*_host_and_port(text, None))


def proxy_url(text: str) -> str:
    try:
        parts = urlsplit(text)
        number = parts.port
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text[:80]!r} is not a proxy URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or number == 0:
        raise argparse.ArgumentTypeError(f"{text[:80]!r} is not a proxy URL: write http://host:port")
    host(parts.hostname)
    return text


def whole(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        digits = text.removeprefix("-")
        if not (digits.isascii() and digits.isdigit() and low <= int(text) <= high):
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from {low} to {high}")
        return int(text)
    return parse


def amo_port(text: str) -> str:
    return str(port(text))


def amo_address(text: str) -> str:
    try:
        return amo_values.address(text)
    except amo_values.AmoValueError as exc:
        raise argparse.ArgumentTypeError(exc.rule) from None


def station(text: str) -> str:
    """One station number, as the OS4K numbers its subscribers (digits)."""
    if not amo_values.STATION.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a station number (digits 0-9)")
    return text


def call_seconds(text: str) -> float:
    """A test call's audio length, in the bounds the test call's request rule sets (wizard.checks.call)."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and MIN_SECONDS <= seconds <= MAX_SECONDS):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a call length: seconds from {MIN_SECONDS:g} to {MAX_SECONDS:g}")
    return seconds


def stations(text: str) -> str:
    for number in (part.strip() for part in text.split(",")):
        if number and not amo_values.STATION.fullmatch(number):
            raise argparse.ArgumentTypeError(f"{number!r} is not a station number (digits 0-9)")
    return text
