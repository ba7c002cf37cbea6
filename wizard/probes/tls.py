"""The SBC's access side as a Zoom client meets it: TCP, the TLS handshake with SNI, the certificate chain
it really serves, and which TLS versions it accepts (guide §9.1, §9.3)."""

from __future__ import annotations

import _ssl  # the DER encoding constant of the private chain API (Python 3.10–3.12)
import asyncio
import contextlib
import socket
import ssl
import warnings
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography import x509

from wizard.checks.certificates import Material, check_certificate
from wizard.checks.result import CheckResult, Finding, Severity
from wizard.errors import WizardError
from wizard.probes.base import NO_ROUTE, ProbeCannotRun

DEFAULT_SIP_TLS_PORT = 5061


class ConnectFailed(Exception):
    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


@dataclass
class Handshake:
    protocol: str
    cipher: str
    chain: list[x509.Certificate]
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter


def client_context(*, version: ssl.TLSVersion | None = None) -> ssl.SSLContext:
    """A client that accepts whatever it is served, old versions included: we capture the chain and judge
    it ourselves. With `version`, it offers that version only."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")  # OpenSSL 3 will not even offer TLS 1.0/1.1 otherwise
    with warnings.catch_warnings():  # offering TLS 1.0/1.1 is the point: we test that the SBC refuses them
        warnings.simplefilter("ignore", DeprecationWarning)
        if version is not None:
            ctx.minimum_version = ctx.maximum_version = version
        else:
            ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
    return ctx


def served_chain(ssl_object: ssl.SSLObject) -> list[x509.Certificate]:
    getter = getattr(ssl_object, "get_unverified_chain", None)  # public from Python 3.13
    if getter is None:
        getter = ssl_object._sslobj.get_unverified_chain  # type: ignore[attr-defined]  # private in 3.10–3.12
    chain = []
    for item in getter() or []:
        der = item if isinstance(item, bytes) else item.public_bytes(_ssl.ENCODING_DER)
        chain.append(x509.load_der_x509_certificate(der))
    return chain


async def connect(host: str, port: int, timeout: float) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    where = f"{host}:{port}"
    try:
        return await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    except TimeoutError:
        raise ConnectFailed(Finding.of(
            "net.tcp-timeout", Severity.ERROR,
            "{where} did not answer the connection attempt within {timeout} s.",
            "A firewall probably drops the traffic: check the rule for this port.",
            where=where, timeout=f"{timeout:g}")) from None
    except ConnectionRefusedError:
        raise ConnectFailed(Finding.of(
            "net.refused", Severity.ERROR,
            "Nothing accepts connections on {where}.",
            "Check the port, and that the service listens on that interface.",
            where=where)) from None
    except socket.gaierror as exc:
        raise ConnectFailed(Finding.of(
            "net.no-such-host", Severity.ERROR,
            "{host} cannot be resolved ({strerror}).",
            "Check the name, or the laptop's DNS settings.",
            host=host, strerror=exc.strerror)) from None
    except OSError as exc:
        if exc.errno in NO_ROUTE:
            raise ProbeCannotRun("this laptop has no route to {host}",
                                 "connect it to a network that reaches the target, then run the probe again",
                                 host=host) from exc
        raise ConnectFailed(Finding.of(
            "net.unreachable", Severity.ERROR,
            "{where} cannot be reached ({value}).",
            "Check routing and firewalls between this laptop and the target.",
            where=where, value=exc.strerror or exc)) from None


async def handshake(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, where: str, sni: str,
                    ctx: ssl.SSLContext, timeout: float) -> Handshake:
    try:
        await asyncio.wait_for(writer.start_tls(ctx, server_hostname=sni, ssl_handshake_timeout=timeout),
                               timeout + 1)
    except (TimeoutError, ConnectionAbortedError):  # asyncio reports its handshake timeout as an abort
        raise ConnectFailed(Finding.of(
            "tls.no-handshake", Severity.ERROR,
            "{where} accepts TCP but did not complete a TLS handshake within {timeout} s.",
            "The port is open but no TLS service answers: check the SBC's SIP-TLS port and certificate profile.",
            where=where, timeout=f"{timeout:g}")) from None
    except (ConnectionResetError, asyncio.IncompleteReadError, ssl.SSLEOFError, BrokenPipeError):
        raise ConnectFailed(Finding.of(
            "tls.reset", Severity.ERROR,
            "{where} closed the connection during the TLS handshake.",
            "The server refused this client's TLS offer, or a firewall cut it; check the SBC's TLS settings and logs.",
            where=where)) from None
    except ssl.SSLError as exc:
        reason = exc.reason or str(exc)
        not_tls = "WRONG_VERSION_NUMBER" in str(reason) or "record layer" in str(exc).lower()
        raise ConnectFailed(Finding.of(
            "tls.handshake-failed", Severity.ERROR,
            "The TLS handshake with {where} failed ({reason}).",
            "The port answers, but not with TLS (plain SIP or HTTP?): check the port number." if not_tls else
            "Check the SBC's certificate profile and minimum TLS version.",
            where=where, reason=reason)) from None
    ssl_object = writer.get_extra_info("ssl_object")
    cipher = ssl_object.cipher()
    return Handshake(ssl_object.version() or "?", cipher[0] if cipher else "?", served_chain(ssl_object), reader,
                     writer)


async def open_tls(host: str, port: int, sni: str, ctx: ssl.SSLContext, timeout: float) -> Handshake:
    reader, writer = await connect(host, port, timeout)
    try:
        return await handshake(reader, writer, f"{host}:{port}", sni, ctx, timeout)
    except BaseException:
        writer.close()
        raise


async def close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    with contextlib.suppress(OSError, ssl.SSLError, TimeoutError):
        await asyncio.wait_for(writer.wait_closed(), 1)


async def _accepts(host: str, port: int, sni: str, version: ssl.TLSVersion, timeout: float) -> bool:
    try:
        session = await open_tls(host, port, sni, client_context(version=version), timeout)
    except ConnectFailed:
        return False
    await close(session.writer)
    return True


async def probe_tls(host: str, port: int, fqdn: str, *, ca: Material | None = None,
                    trusted_roots: tuple[x509.Certificate, ...] = (), timeout: float = 5.0,
                    confirmed_roots: Mapping[str, str] | None = None) -> CheckResult:
    """`confirmed_roots`: the engineer's word that Zoom accepts a root, by its SHA-256 (hex), as the certificate
    step (§9.3) recorded it: the served chain ending there is not asked about again."""
    try:
        session = await open_tls(host, port, fqdn, client_context(), timeout)
    except ConnectFailed as failed:
        return CheckResult("probe.tls", (failed.finding,), {"host": host, "port": port, "sni": fqdn})
    await close(session.writer)
    findings: list[Finding] = []
    try:
        cert_result = check_certificate(fqdn, Material(tuple(session.chain), None, "the served chain"), None, ca,
                                        trusted_roots, served=True, confirmed_roots=confirmed_roots)
    except WizardError as exc:  # a served certificate that cannot be read is the finding
        cert_result = CheckResult("certificate", (Finding.of(
            "tls.unreadable-certificate", Severity.ERROR, "{problem}",
            "Install a certificate a TLS client can read; the SBC's one is damaged or of an unknown kind.",
            problem=exc.problem),), {})
    findings += cert_result.findings

    old, v12 = await asyncio.gather(
        asyncio.gather(*(_accepts(host, port, fqdn, v, timeout) for v in (ssl.TLSVersion.TLSv1,
                                                                          ssl.TLSVersion.TLSv1_1))),
        _accepts(host, port, fqdn, ssl.TLSVersion.TLSv1_2, timeout),
    )
    for name, accepted in zip(("TLS 1.0", "TLS 1.1"), old, strict=True):
        if accepted:
            findings.append(Finding.of(
                "tls.old-version-accepted", Severity.ERROR,
                "The SBC accepts {name}.",
                "Set the certificate profile's Minimum TLS version to TLS V1.2 (guide §9.3).",
                name=name))
    if not v12:
        findings.append(Finding.of(
            "tls.tls12-refused", Severity.ERROR,
            "The SBC refuses TLS 1.2, which Zoom clients use.",
            "Allow TLS 1.2 in the SBC's certificate profile (guide §9.3)."))
    if port == DEFAULT_SIP_TLS_PORT:
        findings.append(Finding.of(
            "tls.default-port", Severity.WARNING,
            "SIP-TLS is served on the default port 5061.",
            "Guide §9.1 advises a custom port (e.g. 65061) on the access side."))
    evidence = {"host": host, "port": port, "sni": fqdn, "protocol": session.protocol, "cipher": session.cipher,
                "accepts": {"TLS 1.0": old[0], "TLS 1.1": old[1], "TLS 1.2": v12},
                "served_chain": cert_result.evidence["chain"], "chain_complete": cert_result.evidence["chain_complete"]}
    return CheckResult("probe.tls", tuple(findings), evidence)

