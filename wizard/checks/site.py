"""The site form's fields and their validation rules (pure: no I/O)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from wizard.checks.result import CheckResult, Finding, Severity


class FieldKind(StrEnum):
    TEXT = "text"
    IP = "ip"
    HOST = "host"
    FQDN = "fqdn"
    PORT = "port"
    PORT_RANGE = "port-range"
    PROXY_URL = "proxy-url"
    NETMASK = "netmask"


@dataclass(frozen=True)
class SiteField:
    key: str
    label: str
    kind: FieldKind
    required: bool
    placeholder: str = ""
    group: str = ""


SITE_FIELDS: tuple[SiteField, ...] = (
    SiteField("customer", "Customer", FieldKind.TEXT, True, "Example Corp", "Site"),
    SiteField("site", "Site", FieldKind.TEXT, True, "Munich HQ", "Site"),
    SiteField("engineer", "Engineer", FieldKind.TEXT, True, "Name of the commissioning engineer", "Site"),
    SiteField("company", "Engineer's company", FieldKind.TEXT, False, "Integrator Ltd", "Site"),
    SiteField("os4k_host", "OS4K Assistant host", FieldKind.HOST, True, "10.180.0.10 or os4k.example.local",
              "OpenScape 4000"),
    # Where the SBC sends SIP (guide §9.2: "IP Address or FQDN: Enter the OpenScape 4000 IP address"), which need not
    # be the Assistant's address above (the SSH/AMO host).
    SiteField("os4k_sip_address", "OS4K SIP signalling address", FieldKind.HOST, False,
              "the address the OS4K takes SIP on, e.g. 10.180.0.20", "OpenScape 4000"),
    SiteField("sbc_core_ip", "SBC core (LAN) IP", FieldKind.IP, True, "10.180.0.4", "OpenScape SBC"),
    SiteField("sbc_core_mask", "SBC core subnet mask", FieldKind.NETMASK, False, "255.255.248.0", "OpenScape SBC"),
    SiteField("sbc_access_ip", "SBC access (WAN) IP", FieldKind.IP, True, "10.181.181.147", "OpenScape SBC"),
    SiteField("sbc_access_mask", "SBC access subnet mask", FieldKind.NETMASK, False, "255.255.255.0",
              "OpenScape SBC"),
    SiteField("sbc_gateway", "SBC default gateway", FieldKind.IP, False, "10.181.181.1", "OpenScape SBC"),
    SiteField("sbc_public_fqdn", "SBC public FQDN", FieldKind.FQDN, True, "sbc01.example.com", "OpenScape SBC"),
    SiteField("sbc_public_ip", "SBC public IP", FieldKind.IP, False,
              "the address the FQDN resolves to, e.g. 203.0.113.10", "OpenScape SBC"),
    SiteField("sbc_sip_tls_port", "SBC SIP-TLS port", FieldKind.PORT, True, "65061", "OpenScape SBC"),
    # The guide has the firewall pass SRTP "based on the configured port range of the OSSBC" (§2.2.2) and names no
    # range: the one configured on this SBC, for the firewall values to give numbers.
    SiteField("sbc_media_ports", "SBC media (RTP/SRTP) port range", FieldKind.PORT_RANGE, False, "e.g. 20000-40000",
              "OpenScape SBC"),
    SiteField("zoom_account", "Zoom account ID", FieldKind.TEXT, False, "Server-to-Server OAuth account ID",
              "Cloud accounts"),
    SiteField("cloudlink_account", "CloudLink account", FieldKind.TEXT, False, "Customer account name or ID",
              "Cloud accounts"),
    SiteField("redsky_tenant", "RedSky tenant", FieldKind.TEXT, False, "Organization ID", "Cloud accounts"),
    SiteField("proxy", "Customer HTTP proxy", FieldKind.PROXY_URL, False, "http://proxy.example.local:3128",
              "Network"),
)

FIELDS_BY_KEY = {f.key: f for f in SITE_FIELDS}

# low-high, as a firewall rule takes a UDP range; below 1024 are the system's well-known ports, not a media range
_PORT_RANGE = re.compile(r"([0-9]{1,5})-([0-9]{1,5})")
LOWEST_MEDIA_PORT = 1024
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def is_fqdn(value: str) -> bool:
    name = value[:-1] if value.endswith(".") else value
    if not name or len(name) > 253:
        return False
    labels = name.split(".")
    if len(labels) < 2 or labels[-1].isdigit():
        return False
    return all(_LABEL.match(label) for label in labels)


def is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def is_netmask(value: str) -> bool:
    """A dotted IPv4 mask of contiguous ones (255.255.248.0), as the SBC's interface dialog takes it."""
    try:
        bits = int(ipaddress.IPv4Address(value))
    except ValueError:
        return False
    zeros = ~bits & 0xFFFFFFFF
    return bits != 0 and zeros & (zeros + 1) == 0  # ones then zeros: the host part is all zeros at the end


def validate_field(key: str, raw: str) -> Finding | None:
    """The problem with one field's value, or None when it is acceptable."""
    spec = FIELDS_BY_KEY[key]
    value = raw.strip()
    if not value:
        if spec.required:
            return Finding.of(
                f"site.{key}.missing", Severity.ERROR,
                "{label} is empty.",
                "Fill in {label}.",
                label=spec.label)
        return None
    if value != raw:
        return Finding.of(
            f"site.{key}.whitespace", Severity.ERROR,
            "{label} has spaces before or after the value.",
            "Remove the surrounding spaces.",
            label=spec.label)
    match spec.kind:
        case FieldKind.IP if not is_ip(value):
            return Finding.of(
                f"site.{key}.not-ip", Severity.ERROR,
                "{label}: '{value}' is not an IP address.",
                "Enter an IPv4 address such as 10.180.0.4, or an IPv6 address.",
                label=spec.label, value=value)
        case FieldKind.HOST if not (is_ip(value) or is_fqdn(value)):
            return Finding.of(
                f"site.{key}.not-host", Severity.ERROR,
                "{label}: '{value}' is neither an IP address nor a host name.",
                "Enter an IP address or a fully qualified host name.",
                label=spec.label, value=value)
        case FieldKind.FQDN if is_ip(value) or not is_fqdn(value):
            return Finding.of(
                f"site.{key}.not-fqdn", Severity.ERROR,
                "{label}: '{value}' is not a fully qualified domain name.",
                "Enter the name clients resolve, such as sbc01.example.com.",
                label=spec.label, value=value)
        case FieldKind.NETMASK if not is_netmask(value):
            return Finding.of(
                f"site.{key}.not-netmask", Severity.ERROR,
                "{label}: '{value}' is not a subnet mask.",
                "Enter it in dotted form with contiguous ones, such as 255.255.255.0.",
                label=spec.label, value=value)
        case FieldKind.PORT:
            return _validate_port(key, spec.label, value)
        case FieldKind.PORT_RANGE:
            return _validate_port_range(key, spec.label, value)
        case FieldKind.PROXY_URL:
            return _validate_proxy(key, spec.label, value)
    return None


def _validate_port(key: str, label: str, value: str) -> Finding | None:
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= 65535:
        return Finding.of(
            f"site.{key}.not-port", Severity.ERROR,
            "{label}: '{value}' is not a port number.",
            "Enter a whole number from 1 to 65535.",
            label=label, value=value)
    if int(value) == 5061:
        return Finding.of(
            f"site.{key}.default-port", Severity.WARNING,
            "{label} is the default 5061.",
            "Guide §9.1 advises a custom SIP-TLS port on the access side (e.g. 65061).",
            label=label)
    return None


def port_range(value: str) -> tuple[int, int] | None:
    """The lowest and highest port of a range written low-high (20000-40000), or None when it is not one: two ports
    from 1024 to 65535, the low one first."""
    match = _PORT_RANGE.fullmatch(value)
    if match is None:
        return None
    low, high = int(match.group(1)), int(match.group(2))
    return (low, high) if LOWEST_MEDIA_PORT <= low <= high <= 65535 else None


def _validate_port_range(key: str, label: str, value: str) -> Finding | None:
    if port_range(value) is None:
        return Finding.of(
            f"site.{key}.not-port-range", Severity.ERROR,
            "{label}: '{value}' is not a port range.",
            "Enter the lowest and the highest port as the SBC has them, low first, such as 20000-40000 "
            "(ports from 1024 to 65535).",
            label=label, value=value)
    return None


def _validate_proxy(key: str, label: str, value: str) -> Finding | None:
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:  # an unclosed [IPv6 address, or a port that is no number
        parts, port = urlsplit(""), None
        valid_port = False
    else:
        valid_port = True
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host or not valid_port or not (is_ip(host) or is_fqdn(host)
                                                                                   or host == "localhost"):
        return Finding.of(
            f"site.{key}.not-url", Severity.ERROR,
            "{label}: '{value}' is not a proxy URL.",
            "Enter it as http://host:port, for example http://proxy.example.local:3128.",
            label=label, value=value)
    if parts.username or parts.password:
        return Finding.of(
            f"site.{key}.credentials-in-url", Severity.ERROR,
            "{label} contains a user name or password.",
            "Remove them from the URL; proxy credentials are kept in the keyring, not the project.",
            label=label)
    if port is None:
        return Finding.of(
            f"site.{key}.no-port", Severity.WARNING,
            "{label} names no port.",
            "Add the port explicitly (proxies often listen on 3128 or 8080).",
            label=label)
    return None


def check_site(values: Mapping[str, str]) -> CheckResult:
    findings = tuple(
        f for f in (validate_field(spec.key, values.get(spec.key, "")) for spec in SITE_FIELDS) if f is not None
    )
    return CheckResult("site.complete", findings, {"site": {k: values.get(k, "") for k in FIELDS_BY_KEY}})
