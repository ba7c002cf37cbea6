"""The path from the customer's network to the cloud (guide §6.1, §6.3): an HTTP CONNECT through the
customer's proxy, or a direct connection, then a TLS handshake whose certificate tells whether the
traffic is inspected by a corporate CA."""

from __future__ import annotations

import asyncio
import base64
import ssl
import sys
import warnings
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from wizard.checks.certificates import build_chain, common_name
from wizard.checks.result import CheckResult, Finding, Severity
from wizard.errors import WizardError
from wizard.probes.base import parse_host_port
from wizard.probes.tls import ConnectFailed, client_context, close, connect, handshake

# The cloud endpoints tried when the site names none, each with where it comes from. They are the hosts of the APIs
# the wizard itself calls, taken from the vendors' contracts; which hosts the OS4K's CloudLink daemon needs (§6.1) no
# public source names: a site that knows them lists its own in the step.
CLOUD_ENDPOINTS = {
    "authentication.api.mitel.io:443": "CloudLink Authentication API, its server URL (OpenAPI, shared/specs/"
                                       "cloudlink-authentication-2017-09-01.json)",
    "admin.api.mitel.io:443": "CloudLink Admin API: no public spec; the base URL public clients agree on "
                              "(shared/specs/SOURCES.md)",
    "api.zoom.us:443": "Zoom API, the server URL of the Users and Meetings OpenAPI documents (shared/specs/"
                       "zoom-users-api-2025-02.json)",
    "zoom.us:443": "Zoom Server-to-Server OAuth token endpoint, https://zoom.us/oauth/token (Zoom's S2S OAuth page)",
}
CLOUD_TARGETS = tuple(CLOUD_ENDPOINTS)
MAX_HEAD = 16_384


def system_roots() -> tuple[x509.Certificate, ...]:
    """The operating system's trusted roots, as the wizard's HTTP clients will trust them."""
    if sys.platform == "win32":
        ders = [cert for store in ("ROOT", "CA") for cert, enc, _ in ssl.enum_certificates(store)
                if enc == "x509_asn"]
        return tuple(x509.load_der_x509_certificate(d) for d in ders)
    paths = ssl.get_default_verify_paths()
    for candidate in (paths.cafile, paths.openssl_cafile):
        if candidate:
            try:
                with open(candidate, "rb") as handle, warnings.catch_warnings():
                    # some long-trusted roots carry a non-positive serial; they are the OS's choice, not ours
                    warnings.simplefilter("ignore")
                    return tuple(x509.load_pem_x509_certificates(handle.read()))
            except (OSError, ValueError):
                continue
    return ()


def parse_proxy(url: str) -> tuple[str, int]:
    parts = urlsplit(url if "://" in url else f"http://{url}")
    if parts.scheme not in ("http", "") or not parts.hostname:
        raise WizardError("'{url}' is not an HTTP proxy address", "write it as http://host:port", url=url)
    try:
        port = parts.port or 8080
    except ValueError as exc:
        raise WizardError("'{url}' has an invalid port", "write it as http://host:port", url=url) from exc
    if parts.username:
        raise WizardError("the proxy URL contains credentials", "pass the user with --user and the password "
                          "through --password-env, so it never lands in a log or the project")
    return parts.hostname, port


async def _read_head(reader: asyncio.StreamReader, timeout: float) -> tuple[int, str, dict[str, str]]:
    raw = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
    lines = raw[:MAX_HEAD].decode("iso-8859-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        raise ValueError(lines[0][:80])
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return int(parts[1]), parts[2] if len(parts) > 2 else "", headers


async def probe_proxy(target: str, *, proxy: str | None = None, user: str | None = None,
                      password: str | None = None, trusted: tuple[x509.Certificate, ...] = (),
                      timeout: float = 5.0) -> CheckResult:
    host, port = parse_host_port(target, 443)
    evidence: dict[str, object] = {"target": f"{host}:{port}", "proxy": None}

    def result(*findings: Finding) -> CheckResult:
        return CheckResult("probe.proxy", tuple(findings), evidence)

    if proxy is None:
        try:
            reader, writer = await connect(host, port, timeout)
        except ConnectFailed as failed:
            return result(failed.finding)
    else:
        proxy_host, proxy_port = parse_proxy(proxy)
        evidence["proxy"] = f"{proxy_host}:{proxy_port}"
        try:
            reader, writer = await connect(proxy_host, proxy_port, timeout)
        except ConnectFailed as failed:
            return result(Finding.of(
                "proxy.unreachable", Severity.ERROR,
                "The proxy {proxy_host}:{proxy_port} cannot be reached: {message}",
                "Check the proxy address and port with the customer's network team.",
                proxy_host=proxy_host, proxy_port=proxy_port, message=failed.finding.message))
        request = f"CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\nUser-Agent: psi-wizard\r\n"
        if user is not None:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
            request += f"Proxy-Authorization: Basic {token}\r\n"
        writer.write((request + "\r\n").encode())
        try:
            status, reason, headers = await _read_head(reader, timeout)
        except (asyncio.IncompleteReadError, ConnectionResetError, BrokenPipeError):
            await close(writer)
            return result(Finding.of(
                "proxy.closed", Severity.ERROR,
                "The proxy closed the connection without answering the CONNECT request.",
                "Check the proxy's logs; it may not allow CONNECT at all."))
        except TimeoutError:
            await close(writer)
            return result(Finding.of(
                "proxy.silent", Severity.ERROR,
                "The proxy accepted the connection but did not answer within {timeout} s.",
                "Check that this is an HTTP proxy port, not e.g. a SOCKS or PAC port.",
                timeout=f"{timeout:g}"))
        except (ValueError, asyncio.LimitOverrunError) as exc:
            await close(writer)
            return result(Finding.of(
                "proxy.not-http", Severity.ERROR,
                "The proxy's answer is not HTTP ({exc}).",
                "Check the proxy port: it should be the HTTP proxy's.",
                exc=exc))
        evidence["connect_status"] = f"{status} {reason}"
        if status in (401, 407):  # a second 407 is the standard answer to wrong credentials; tinyproxy says 401
            await close(writer)
            scheme = headers.get("proxy-authenticate", "").split(" ")[0] or "unknown"
            if user is None:
                return result(Finding.of(
                    "proxy.auth-required", Severity.ERROR,
                    "The proxy needs authentication ({scheme}).",
                    "Enter the proxy user and password (the password goes to the keyring).",
                    scheme=scheme))
            return result(Finding.of(
                "proxy.auth-refused", Severity.ERROR,
                "The proxy refused the credentials of user {user}.",
                "Check the user and password with the customer's network team.",
                user=f"{user!r}"))
        if status != 200:
            await close(writer)
            return result(Finding.of(
                "proxy.connect-refused", Severity.ERROR,
                "The proxy refused to connect to {host}:{port}: {status} {reason}.",
                "Ask the network team to allow CONNECT to {host} on port {port}.",
                host=host, port=port, status=status, reason=reason))

    try:
        session = await handshake(reader, writer, f"{host}:{port}", host, client_context(), timeout)
    except ConnectFailed as failed:
        return result(failed.finding)
    await close(session.writer)
    evidence["protocol"] = session.protocol
    leaf = session.chain[0] if session.chain else None
    if leaf is None:
        return result(Finding.of(
            "tls.no-certificate", Severity.ERROR,
            "The server sent no certificate.",
            "This is not a normal cloud endpoint; check the target."))
    evidence["issuer"] = leaf.issuer.rfc4514_string()
    roots = (*trusted, *system_roots())
    chain, complete = build_chain(leaf, [*session.chain[1:], *roots])
    top = chain[-1]
    if complete and top.fingerprint(hashes.SHA256()) in {c.fingerprint(hashes.SHA256()) for c in roots}:
        return result()
    issuer = common_name(top) or top.issuer.rfc4514_string()
    evidence["intercepting_ca"] = issuer
    return result(Finding.of(
        "proxy.tls-intercepted", Severity.WARNING,
        "The certificate for {host} is issued by {issuer}, which this laptop does not trust: the traffic is being "
        "inspected (TLS interception).",
        "If {issuer} is the customer's inspection CA, trust it explicitly (the step's 'Inspection CA to trust', or "
        "--trust-ca); the choice is recorded. Otherwise ask for {host} to be excluded from inspection.",
        host=host, issuer=issuer))

