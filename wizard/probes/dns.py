"""Does the SBC's public FQDN resolve, and to the address we expect? (guide §2.2.2, §9.1)"""

from __future__ import annotations

import asyncio

import dns.asyncresolver
import dns.exception
import dns.resolver

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.probes.base import parse_host_port

SYSTEM_RESOLVER = "the system resolver"  # a finding's {where}; the window shows it in its language


async def probe_dns(name: str, *, server: str | None = None, expect: str | None = None,
                    timeout: float = 3.0) -> CheckResult:
    resolver = dns.asyncresolver.Resolver(configure=server is None)
    where = SYSTEM_RESOLVER
    if server is not None:
        host, port = parse_host_port(server, 53)
        resolver.nameservers = [host]
        resolver.port = port
        where = f"DNS server {host}:{port}"
    resolver.lifetime = timeout

    async def lookup(rdtype: str) -> list[str] | str:
        """The records, or the name of what went wrong."""
        try:
            answer = await resolver.resolve(name, rdtype, raise_on_no_answer=False)
        except dns.resolver.NXDOMAIN:
            return "nxdomain"
        except dns.resolver.NoNameservers as exc:
            return "refused" if "REFUSED" in _errors(exc) else "servfail"
        except dns.exception.Timeout:
            return "timeout"
        return sorted(r.to_text() for r in answer.rrset) if answer.rrset else []

    a, aaaa = await asyncio.gather(lookup("A"), lookup("AAAA"))
    answers = {rdtype: value for rdtype, value in (("A", a), ("AAAA", aaaa)) if isinstance(value, list)}
    addresses = answers.get("A", []) + answers.get("AAAA", [])
    failures = [value for value in (a, aaaa) if isinstance(value, str)]
    evidence = {"name": name, "server": where, "answers": answers, "expected": expect, "failures": failures}
    findings: list[Finding] = []
    if not addresses:
        # Report the most telling failure once; an A/AAAA pair usually fails alike.
        kind = next((k for k in ("timeout", "servfail", "refused", "nxdomain") if k in failures), "no-address")
        findings.append(_failure(kind, name, where, timeout))
    elif expect and expect not in addresses:
        findings.append(Finding.of(
            "dns.wrong-address", Severity.ERROR,
            "{name} resolves to {value}, not to the public address you entered ({expect}).",
            "Correct the DNS record, or the SBC public IP on the site page.",
            name=name, value=', '.join(addresses), expect=expect))
    return CheckResult("probe.dns", tuple(findings), evidence)


def _failure(kind: str, name: str, where: str, timeout: float) -> Finding:
    match kind:
        case "nxdomain":
            return Finding.of(
                "dns.nxdomain", Severity.ERROR,
                "{name} does not exist in DNS ({where}).",
                "Create the A record for the SBC's public FQDN at the customer's DNS provider.",
                name=name, where=where)
        case "servfail":
            return Finding.of(
                "dns.servfail", Severity.ERROR,
                "{where} could not answer for {name} (server failure).",
                "The zone's authoritative servers are failing or misconfigured; ask whoever runs the zone.",
                where=where, name=name)
        case "refused":
            return Finding.of(
                "dns.refused", Severity.ERROR,
                "{where} refused to answer for {name}.",
                "Use a DNS server that resolves for this laptop (the customer's resolver), or ask for this network to "
                "be allowed.",
                where=where, name=name)
        case "timeout":
            return Finding.of(
                "dns.timeout", Severity.ERROR,
                "{where} did not answer within {timeout} s for {name}.",
                "Check that the laptop reaches that DNS server (UDP and TCP 53).",
                where=where, timeout=f"{timeout:g}", name=name)
    return Finding.of(
        "dns.no-address", Severity.ERROR,
        "{name} exists but has no A or AAAA record.",
        "Add an A record with the SBC's public address.",
        name=name)


def _errors(exc: dns.resolver.NoNameservers) -> str:
    return " ".join(" ".join(str(part) for part in error) for error in exc.kwargs.get("errors") or []) or str(exc)
