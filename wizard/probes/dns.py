"""Does the SBC's public FQDN resolve, and to the address we expect? (guide §2.2.2, §9.1)"""

from __future__ import annotations

import asyncio

import dns.asyncresolver
import dns.exception
import dns.resolver

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.probes.base import parse_host_port


async def probe_dns(name: str, *, server: str | None = None, expect: str | None = None,
                    timeout: float = 3.0) -> CheckResult:
    resolver = dns.asyncresolver.Resolver(configure=server is None)
    where = "the system resolver"
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
        findings.append(Finding("dns.wrong-address", Severity.ERROR,
                                f"{name} resolves to {', '.join(addresses)}, not to the public address you entered "
                                f"({expect}).", "Correct the DNS record, or the SBC public IP on the site page."))
    return CheckResult("probe.dns", tuple(findings), evidence)


def _failure(kind: str, name: str, where: str, timeout: float) -> Finding:
    match kind:
        case "nxdomain":
            return Finding("dns.nxdomain", Severity.ERROR, f"{name} does not exist in DNS ({where}).",
                           "Create the A record for the SBC's public FQDN at the customer's DNS provider.")
        case "servfail":
            return Finding("dns.servfail", Severity.ERROR, f"{where} could not answer for {name} (server failure).",
                           "The zone's authoritative servers are failing or misconfigured; ask whoever runs the zone.")
        case "refused":
            return Finding("dns.refused", Severity.ERROR, f"{where} refused to answer for {name}.",
                           "Use a DNS server that resolves for this laptop (the customer's resolver), or ask for "
                           "this network to be allowed.")
        case "timeout":
            return Finding("dns.timeout", Severity.ERROR, f"{where} did not answer within {timeout:g} s for {name}.",
                           "Check that the laptop reaches that DNS server (UDP and TCP 53).")
    return Finding("dns.no-address", Severity.ERROR, f"{name} exists but has no A or AAAA record.",
                   "Add an A record with the SBC's public address.")


def _errors(exc: dns.resolver.NoNameservers) -> str:
    return " ".join(" ".join(str(part) for part in error) for error in exc.kwargs.get("errors") or []) or str(exc)
