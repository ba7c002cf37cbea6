"""'Test connection' for each live system: signs in, reads one harmless thing, and says precisely what
failed (name, network, TLS, proxy, credentials, role). The result has the shape of every check, so it is
kept as evidence like the rest."""

from __future__ import annotations

from typing import Any

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.connectors.http import ApiError, HttpPolicy
from wizard.connectors.systems import SSH_PORT, connection_port, live_system
from wizard.errors import WizardError
from wizard.store.project import ProjectFile

CONNECTION_STEP = "site-details"  # where connection tests keep their evidence
TRUST_STEP = "6.1-os4k-internet-access"  # where the engineer chooses to trust the customer's inspection CA


def policy_for(project: ProjectFile) -> HttpPolicy:
    """The HTTP policy of this site: its proxy, and an inspection CA only if the engineer chose to trust it."""
    proxy = project.site().get("proxy", "").strip() or None
    trusted = project.step_inputs(TRUST_STEP).get("trust_ca", "")
    extra_ca = None
    if trusted.startswith("evidence:"):
        extra_ca = project.evidence_data(int(trusted.removeprefix("evidence:")))
    return HttpPolicy(retries=1, timeout=10, proxy=proxy, extra_ca_pem=extra_ca)


# what the error says → which kind of failure it is, first match wins
FAILURE_KINDS = (("host key", "conn.host-key"), ("resolved", "conn.dns"), ("certificate", "conn.tls"),
                 ("proxy", "conn.proxy"), ("reached", "conn.unreachable"), ("ssh", "conn.unreachable"),
                 ("refused", "conn.credentials"))


def failed_result(system: str, exc: WizardError) -> CheckResult:
    text = str(exc.problem).lower()
    code = next((kind for fragment, kind in FAILURE_KINDS if fragment in text), "conn.failed")
    return CheckResult(f"connection.{system}", (Finding.of_error(code, Severity.ERROR, exc),), {"system": system})


async def connection_test(system: str, settings: dict[str, Any], secret: str | None,
                          policy: HttpPolicy | None = None) -> CheckResult:
    """Test one system. For the OS4K, a host key seen for the first time is added to `settings['host_key']`
    (the caller saves the settings: trust on first use)."""

    declared = live_system(system)
    if not secret:
        return CheckResult(f"connection.{system}", (Finding.of(
            "conn.no-secret", Severity.ERROR,
            "No {secret} is known for {system}.",
            "Enter it; it is kept in the system keyring (or for this session only).",
            secret=declared.secret_name, system=system),), {"system": system})
    policy = policy or HttpPolicy(retries=1, timeout=10)
    try:
        return await declared.test(settings, secret, policy)
    except (ApiError, WizardError) as exc:
        return failed_result(system, exc)
    except KeyError as exc:
        return CheckResult(f"connection.{system}", (Finding.of(
            "conn.incomplete", Severity.ERROR,
            "The {system} connection lacks its {setting}.",
            "Fill in the connection settings on the site page.",
            system=system, setting=exc.args[0]),), {"system": system})


async def _zoom(settings: dict[str, Any], secret: str, policy: HttpPolicy) -> CheckResult:
    from wizard.connectors.zoom import API_BASE, OAUTH_URL, ZoomAccount, ZoomClient

    client = ZoomClient(ZoomAccount(settings["account_id"], settings["client_id"], secret,
                                    oauth_url=settings.get("oauth_url", OAUTH_URL),
                                    api_base=settings.get("api_base", API_BASE)), policy)
    try:
        users = await client.list_users()
    finally:
        await client.aclose()
    return CheckResult("connection.zoom", (), {"system": "zoom", "active_users": len(users)})


async def _cloudlink(settings: dict[str, Any], secret: str, policy: HttpPolicy) -> CheckResult:
    from wizard.connectors.cloudlink import ADMIN_URL, AUTH_URL, CloudLinkClient, role_check

    client = CloudLinkClient(auth_url=settings.get("auth_url", AUTH_URL), admin_url=settings.get("admin_url",
                             ADMIN_URL), policy=policy)
    try:
        session = await client.sign_in(settings["user"], secret, settings.get("account_id") or None)
        account = await client.account()
    finally:
        await client.aclose()
    role = role_check(session)
    return CheckResult("connection.cloudlink", role.findings, {**role.evidence, "account": account.get("name")})


async def _redsky(settings: dict[str, Any], secret: str, policy: HttpPolicy) -> CheckResult:
    from wizard.connectors.redsky import API_BASE, RedSkyClient

    base = settings.get("api_base") or API_BASE  # differs per tenant, so the evidence says which one answered
    client = RedSkyClient(api_base=base, policy=policy)
    try:
        await client.sign_in(settings["user"], secret)
        buildings = await client.buildings()
    finally:
        await client.aclose()
    return CheckResult("connection.redsky", (), {"system": "redsky", "api_base": base, "buildings": len(buildings)})


async def _os4k(settings: dict[str, Any], secret: str, policy: HttpPolicy) -> CheckResult:
    from wizard.checks.amo import parse_amo_text, read_os4k_config
    from wizard.connectors.os4k import SshAmoTransport, host_key_fingerprint

    transport = SshAmoTransport(settings["host"], connection_port(settings, "os4k", SSH_PORT), settings["user"], secret,
                                timeout=policy.timeout, host_key=settings.get("host_key") or None)
    try:
        shown = await transport.send("REG-ANSU;")  # REG- prints commands the wizard reads; ANSU holds SYSNO
    finally:
        await transport.close()
    try:
        numbers = read_os4k_config(parse_amo_text(shown)).system_numbers
    except WizardError:
        numbers = {}
    return CheckResult("connection.os4k", (), {"system": "os4k", "system_number": numbers.get("ANSU"),
                                               "host_key": host_key_fingerprint(settings["host_key"])})


TESTS = {"zoom": _zoom, "cloudlink": _cloudlink, "redsky": _redsky, "os4k": _os4k}


async def os4k_host_key(settings: dict[str, Any], accept: str | None) -> CheckResult | None:
    """The first connection to an OS4K: its host key is read (key exchange only, no password sent) and shown as a
    SHA256 fingerprint for the engineer to compare and accept, as PuTTY asks. None: a key is trusted now (already,
    or because `accept` is its fingerprint, which puts the key into `settings`); else the result to show."""
    from wizard.connectors.os4k import fetch_host_key, host_key_fingerprint

    if settings.get("host_key"):
        return None
    try:
        key = await fetch_host_key(settings["host"], connection_port(settings, "os4k", SSH_PORT))
    except WizardError as exc:
        return failed_result("os4k", exc)
    except KeyError:
        return None  # the test itself says which setting is missing
    fingerprint = host_key_fingerprint(key)
    if accept and accept.strip() == fingerprint:
        settings["host_key"] = key
        return None
    return CheckResult("connection.os4k", (Finding.of(
        "conn.host-key-new", Severity.ERROR,
        "The OS4K at {host} presents the SSH host key {fingerprint}, which has not been accepted yet.",
        "Compare it with the fingerprint the OS4K's administrator reads on the platform (ssh-keygen -lf on its host "
        "key); accept it only if they match.", host=settings["host"], fingerprint=fingerprint),),
        {"system": "os4k", "host_key_fingerprint": fingerprint, "host_key_type": key.split()[0]})
