"""SIP over TLS to the SBC's access side, as a Zoom PSI client: OPTIONS, then a digest-authenticated
REGISTER asking for 2678400 s and the expiry the SBC grants (guide §9.4.1.1), then an unREGISTER so
nothing is left behind. And whether the access side still answers plain SIP, over UDP or TCP, where the guide
wants TLS only (§9.1)."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from dataclasses import dataclass

from wizard.checks.call import SBC_PORTAL
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
from wizard.probes.tls import ConnectFailed, client_context, close, connect, open_tls

MAX_HEAD = 65_536
# The access realm's SIP-UDP and SIP-TCP port in the guide's table (§9.1, 5060 both), which its notice asks to set to
# 0 when nothing else needs them: PSI clients use SIP over TLS only
PLAIN_SIP_PORT = 5060
UDP_RETRANSMIT = 0.5  # RFC 3261 §17.1.2.2: a request over UDP is sent again after T1 (500 ms), then doubling


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
    transport: str = "TLS"  # as the Via names it

    async def request(self, method: str, uri: str, headers: list[str]) -> SipResponse:
        self.cseq += 1
        self.writer.write(request_head(method, uri, self.transport, self.local, self.call_id, self.cseq, headers))
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


def request_head(method: str, uri: str, transport: str, local: str, call_id: str, cseq: int,
                 headers: list[str]) -> bytes:
    """A request without a body, as a Zoom PSI client sends it (User-Agent ZoomPbxPhone)."""
    branch = "z9hG4bK" + secrets.token_hex(8)
    head = [f"{method} {uri} SIP/2.0", f"Via: SIP/2.0/{transport} {local};branch={branch};rport",
            "Max-Forwards: 70", f"Call-ID: {call_id}", f"CSeq: {cseq} {method}",
            f"User-Agent: {ZOOM_USER_AGENT}", *headers, "Content-Length: 0"]
    return ("\r\n".join(head) + "\r\n\r\n").encode()


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
        options = await dialog.request("OPTIONS", f"sip:{fqdn}", options_headers(fqdn, dialog.from_tag))
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


# ---------------------------------------------------------------------------------------------- plain SIP (§9.1)
@dataclass(frozen=True)
class Heard:
    """What one plain-SIP attempt met: a SIP answer or not, said for the evidence; `untried`: the address could not
    be tried at all (a name that does not resolve, no way there), which says nothing about the port."""

    answered: bool
    said: str
    untried: Finding | None = None


UNTRIED = ("net.no-such-host", "net.unreachable")


async def probe_plain_sip(host: str, fqdn: str, port: int = PLAIN_SIP_PORT, *, timeout: float = 3.0) -> CheckResult:
    """OPTIONS in plain text over UDP and over TCP to the SBC's public address. The access side should carry SIP over
    TLS only (guide §9.1): a SIP answer on either means the access realm's SIP-UDP or SIP-TCP port is still open.
    Silence, a refusal or a connection that says nothing are what a closed port looks like."""
    udp, tcp = await asyncio.gather(_plain_udp(host, port, fqdn, timeout), _plain_tcp(host, port, fqdn, timeout))
    evidence: dict[str, object] = {"host": host, "port": port, "user_agent": ZOOM_USER_AGENT, "udp": udp.said,
                                   "tcp": tcp.said}
    if tcp.untried is not None:
        return CheckResult("probe.sip-plain", (tcp.untried,), evidence)
    findings = tuple(Finding.of(
        f"sip.plain-{transport.lower()}", Severity.WARNING,
        "The SBC answers plain SIP over {transport} on {host} port {port} ({answer}): the access side should carry "
        "SIP over TLS only.",
        "Unless something else needs it, set SIP-{transport} of the access realm to 0 ({portal} > Administration > "
        "Network/Net Services > Settings > Access and Admin realm configuration; guide §9.1), Apply Changes, and run "
        "this probe again.",
        transport=transport, host=host, port=port, answer=heard.said, portal=SBC_PORTAL)
        for transport, heard in (("UDP", udp), ("TCP", tcp)) if heard.answered)
    return CheckResult("probe.sip-plain", findings, evidence)


def options_headers(fqdn: str, tag: str) -> list[str]:
    """An OPTIONS' own headers, as a PSI client's keep-alive asks the SBC."""
    return [f"From: <sip:probe@{fqdn}>;tag={tag}", f"To: <sip:{fqdn}>", "Accept: application/sdp"]


def _answer_line(response: SipResponse) -> str:
    server = response.first("server") or response.first("user-agent") or ""
    return f"{response.status} {response.reason}" + (f" ({server})" if server else "")


class _FirstDatagram(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.answer: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()

    def datagram_received(self, data: bytes, addr: object) -> None:
        if not self.answer.done():
            self.answer.set_result(data)

    def error_received(self, exc: Exception) -> None:  # ICMP port unreachable: nothing listens there
        if not self.answer.done():
            self.answer.set_exception(exc)


async def _plain_udp(host: str, port: int, fqdn: str, timeout: float) -> Heard:
    loop = asyncio.get_running_loop()
    try:
        transport, protocol = await asyncio.wait_for(
            loop.create_datagram_endpoint(_FirstDatagram, remote_addr=(host, port)), timeout)
    except (OSError, TimeoutError) as exc:
        return Heard(False, f"not sent ({failure_reason(exc)})")
    try:
        sockname = transport.get_extra_info("sockname")
        request = request_head("OPTIONS", f"sip:{fqdn}", "UDP", f"{sockname[0]}:{sockname[1]}",
                               f"{secrets.token_hex(12)}@psi-wizard", 1, options_headers(fqdn, secrets.token_hex(6)))
        wait, deadline = UDP_RETRANSMIT, loop.time() + timeout
        while loop.time() < deadline:
            transport.sendto(request)
            done, _ = await asyncio.wait({protocol.answer}, timeout=min(wait, deadline - loop.time()))
            if done:
                return _heard(protocol.answer.result())
            wait *= 2
        return Heard(False, "no answer")
    except ConnectionRefusedError:
        return Heard(False, "refused (nothing listens)")
    except OSError as exc:
        return Heard(False, f"not sent ({failure_reason(exc)})")
    finally:
        transport.close()


def _heard(data: bytes) -> Heard:
    try:
        return Heard(True, _answer_line(parse_response_head(data.split(b"\r\n\r\n", 1)[0][:MAX_HEAD])))
    except SipParseError:
        return Heard(False, "an answer that is not SIP")


async def _plain_tcp(host: str, port: int, fqdn: str, timeout: float) -> Heard:
    try:
        reader, writer = await connect(host, port, timeout)
    except ConnectFailed as failed:
        return Heard(False, failed.finding.message, failed.finding if failed.finding.code in UNTRIED else None)
    sockname = writer.get_extra_info("sockname")
    dialog = Dialog(reader, writer, f"{sockname[0]}:{sockname[1]}", f"{secrets.token_hex(12)}@psi-wizard",
                    secrets.token_hex(6), timeout, transport="TCP")
    try:
        options = await dialog.request("OPTIONS", f"sip:{fqdn}", options_headers(fqdn, dialog.from_tag))
    except SipExchangeFailed:
        return Heard(False, "a connection that gave no SIP answer")
    finally:
        await close(writer)
    return Heard(True, _answer_line(options))
