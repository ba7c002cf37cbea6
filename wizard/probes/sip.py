"""SIP over TLS to the SBC's access side, as a Zoom PSI client: OPTIONS, then a digest-authenticated
REGISTER asking for 2678400 s and the expiry the SBC grants (guide §9.4.1.1), then an unREGISTER so
nothing is left behind."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from dataclasses import dataclass

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.checks.sip import (
    ZOOM_REGISTER_EXPIRES,
    ZOOM_USER_AGENT,
    SipParseError,
    SipResponse,
    digest_authorization,
    granted_expiry,
    parse_response_head,
    pick_challenge,
)
from wizard.checks.versions import sbc_version_in
from wizard.errors import failure_reason
from wizard.probes.tls import ConnectFailed, client_context, close, open_tls

MAX_HEAD = 65_536


class SipExchangeFailed(Exception):
    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


@dataclass
class Dialog:
    """One TLS connection and the identifiers its requests share."""

    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    local: str
    call_id: str
    from_tag: str
    timeout: float
    cseq: int = 0
    lines: list[str] | None = None  # first line of each response, for the evidence
    algorithm: str | None = None  # the digest algorithm the registrar asked for

    async def request(self, method: str, uri: str, headers: list[str]) -> SipResponse:
        self.cseq += 1
        branch = "z9hG4bK" + secrets.token_hex(8)
        head = [f"{method} {uri} SIP/2.0", f"Via: SIP/2.0/TLS {self.local};branch={branch};rport",
                "Max-Forwards: 70", f"Call-ID: {self.call_id}", f"CSeq: {self.cseq} {method}",
                f"User-Agent: {ZOOM_USER_AGENT}", *headers, "Content-Length: 0"]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode())
        while True:  # skip provisional answers (100 Trying)
            response = await self._read()
            if response.status >= 200:
                return response

    async def _read(self) -> SipResponse:
        try:
            raw = await asyncio.wait_for(self.reader.readuntil(b"\r\n\r\n"), self.timeout)
        except TimeoutError:
            raise SipExchangeFailed(Finding.of(
                "sip.no-answer", Severity.ERROR,
                "The SBC did not answer the SIP request within {timeout} s.",
                "Check that SIP-TLS on the access realm is enabled on this port (guide §9.1).",
                timeout=f"{self.timeout:g}")) from None
        except (asyncio.IncompleteReadError, ConnectionResetError, asyncio.LimitOverrunError) as exc:
            raise SipExchangeFailed(Finding.of(
                "sip.closed", Severity.ERROR,
                "The SBC closed the connection instead of answering ({error}).",
                "Look at the SBC's SIP log for the reason (e.g. a blocked user agent or address).",
                error=failure_reason(exc))) from None
        try:
            response = parse_response_head(raw[:MAX_HEAD])
        except SipParseError as exc:
            raise SipExchangeFailed(Finding.of(
                "sip.garbage", Severity.ERROR,
                "The peer answered something that is not SIP ({exc}).",
                "Check that the port is the SBC's SIP-TLS port.",
                exc=exc)) \
                from None
        length = response.first("content-length")
        if length and length.isdigit() and int(length):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.reader.readexactly(int(length)), self.timeout)
        if self.lines is not None:
            server = response.first("server") or response.first("user-agent") or ""
            self.lines.append(f"{response.status} {response.reason}" + (f" ({server})" if server else ""))
        return response


async def _register(dialog: Dialog, *, user: str, password: str, domain: str, contact: str,
                    expires: int) -> SipResponse:
    uri = f"sip:{domain}"
    base = [f"From: <sip:{user}@{domain}>;tag={dialog.from_tag}", f"To: <sip:{user}@{domain}>",
            f"Contact: <{contact}>;expires={expires}", f"Expires: {expires}"]
    response = await dialog.request("REGISTER", uri, base)
    if response.status in (401, 407):
        header = "www-authenticate" if response.status == 401 else "proxy-authenticate"
        try:
            challenge = pick_challenge(response.all(header))
        except SipParseError as exc:
            raise SipExchangeFailed(Finding.of(
                "sip.unsupported-challenge", Severity.ERROR,
                "The SBC's authentication challenge cannot be answered ({exc}).",
                "Use digest MD5 or SHA-256 for remote subscribers.",
                exc=exc)) from None
        answer = digest_authorization(challenge, method="REGISTER", uri=uri, user=user, password=password,
                                      cnonce=secrets.token_hex(8))
        auth = "Authorization" if response.status == 401 else "Proxy-Authorization"
        response = await dialog.request("REGISTER", uri, [*base, f"{auth}: {answer}"])
        if response.status in (401, 403, 407):
            raise SipExchangeFailed(Finding.of(
                "sip.auth-refused", Severity.ERROR,
                "The SBC refused the credentials of {user} ({status} {reason}).",
                "Check the authorization name, the digest password (OS4K IPPASSW) and the domain.",
                user=user, status=response.status, reason=response.reason))
        dialog.algorithm = challenge.get("algorithm", "MD5")
    return response


async def probe_sip(host: str, port: int, fqdn: str, *, user: str | None = None, password: str | None = None,
                    domain: str | None = None, timeout: float = 5.0) -> CheckResult:
    evidence: dict[str, object] = {"host": host, "port": port, "sni": fqdn, "user_agent": ZOOM_USER_AGENT}
    try:
        session = await open_tls(host, port, fqdn, client_context(), timeout)
    except ConnectFailed as failed:
        return CheckResult("probe.sip", (failed.finding,), evidence)
    sockname = session.writer.get_extra_info("sockname")
    local = f"{sockname[0]}:{sockname[1]}" if sockname else "0.0.0.0:5061"
    lines: list[str] = []
    dialog = Dialog(session.reader, session.writer, local, f"{secrets.token_hex(12)}@psi-wizard",
                    secrets.token_hex(6), timeout, lines=lines)
    findings: list[Finding] = []
    try:
        options = await dialog.request("OPTIONS", f"sip:{fqdn}", [
            f"From: <sip:probe@{fqdn}>;tag={dialog.from_tag}", f"To: <sip:{fqdn}>", "Accept: application/sdp"])
        evidence["options"] = f"{options.status} {options.reason}"
        evidence["server"] = options.first("server") or options.first("user-agent")
        _sbc_version(options, evidence)
        if not 200 <= options.status < 300:
            findings.append(Finding.of(
                "sip.options-rejected", Severity.WARNING,
                "The SBC answered OPTIONS with {status} {reason}.",
                "Not fatal for registration, but Zoom clients use OPTIONS as keep-alive.",
                status=options.status, reason=options.reason))
        if user is not None:
            findings += await _registration(dialog, evidence, user=user, password=password or "",
                                            domain=domain or fqdn, local=local)
    except SipExchangeFailed as failed:
        findings.append(failed.finding)
    finally:
        evidence["responses"] = lines
        await close(session.writer)
    return CheckResult("probe.sip", tuple(findings), evidence)


def _sbc_version(response: SipResponse, evidence: dict[str, object]) -> None:
    """The SBC's own word on its version, where an answer carries it (X-Siemens-OSS, else Server / User-Agent)."""
    if evidence.get("sbc_version"):
        return
    for header in ("x-siemens-oss", "server", "user-agent"):
        found = sbc_version_in(response.first(header) or "")
        if found:
            evidence["sbc_version"], evidence["sbc_version_from"] = found, header
            return


async def _registration(dialog: Dialog, evidence: dict[str, object], *, user: str, password: str, domain: str,
                        local: str) -> list[Finding]:
    contact = f"sip:{user}@{local};transport=tls"
    response = await _register(dialog, user=user, password=password, domain=domain, contact=contact,
                               expires=ZOOM_REGISTER_EXPIRES)
    evidence["register"] = f"{response.status} {response.reason}"
    _sbc_version(response, evidence)
    evidence["digest_algorithm"] = dialog.algorithm
    if not 200 <= response.status < 300:
        return [Finding.of(
            "sip.register-rejected", Severity.ERROR,
            "The SBC rejected the registration: {status} {reason}.",
            "Check the remote subscriber configuration on the SBC (guide §9.4.1) and the subscriber on the OS4K.",
            status=response.status, reason=response.reason)]
    granted = granted_expiry(response, contact)
    evidence["granted_expiry"] = granted
    findings = []
    if granted is None:
        findings.append(Finding.of(
            "sip.expiry-unknown", Severity.WARNING,
            "The SBC accepted the registration but did not say for how long.",
            "Check Maximum registration expiry time in the SBC's remote subscriber settings (guide §9.4.1.1)."))
    elif granted < ZOOM_REGISTER_EXPIRES:
        findings.append(Finding.of(
            "sip.expiry-capped", Severity.ERROR,
            "The SBC granted {granted} s where Zoom clients ask for {wanted} s: Zoom mobile clients "
            "will be rejected.",
            "Set Features > Enable Remote Subscribers > Configure > Maximum registration expiry time to "
            "{wanted} (guide §9.4.1.1).",
            granted=granted, wanted=ZOOM_REGISTER_EXPIRES))
    try:
        removed = await _register(dialog, user=user, password=password, domain=domain, contact=contact, expires=0)
        evidence["unregister"] = f"{removed.status} {removed.reason}"
        if not 200 <= removed.status < 300:
            raise SipExchangeFailed(Finding.of(
                "sip.unregister-failed", Severity.WARNING,
                "The test registration could not be removed ({status} {reason}).",
                "It expires by itself; remove it on the SBC if it disturbs.",
                status=removed.status, reason=removed.reason))
    except SipExchangeFailed as failed:
        findings.append(failed.finding)
    return findings

