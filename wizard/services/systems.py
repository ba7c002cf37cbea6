"""The live systems the wizard talks to, declared once: what the connections panel shows for each, how its
connection is tested, how it is opened from a project, and which of the lab's simulators stands in for it. The
panel, the services, the demo and the lab iterate this list; adding a system starts here."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wizard.errors import WizardError
from wizard.live import require_live
from wizard.store.project import ProjectFile
from wizard.store.secrets import recall

if TYPE_CHECKING:
    from wizard.checks.result import CheckResult
    from wizard.connectors.http import HttpPolicy
    from wizard.connectors.os4k import SshAmoTransport
    from wizard.connectors.redsky import RedSkyClient
    from wizard.connectors.zoom import ZoomClient

SSH_PORT = 22  # the OS4K platform's SSH, where the AMO sessions run (the only default port of a live system)


@dataclass(frozen=True)
class Setting:
    key: str
    label: str
    placeholder: str


@dataclass(frozen=True)
class LiveSystem:
    id: str
    title: str
    settings: tuple[Setting, ...]
    secret_label: str  # as the panel labels the field
    secret_name: str  # as a sentence names it
    lab_secret: str  # the key of the secret in the lab simulator's endpoint
    test: Callable[[dict[str, Any], str, HttpPolicy], Awaitable[CheckResult]]


async def _test(system: str, settings: dict[str, Any], secret: str, policy: HttpPolicy) -> CheckResult:
    from wizard.connectors import connection

    return await connection.TESTS[system](settings, secret, policy)


def _tester(system: str) -> Callable[[dict[str, Any], str, HttpPolicy], Awaitable[CheckResult]]:
    return lambda settings, secret, policy: _test(system, settings, secret, policy)


LIVE_SYSTEMS: tuple[LiveSystem, ...] = (
    LiveSystem("zoom", "Zoom", (
        Setting("account_id", "Account ID", "Server-to-Server OAuth app: account ID"),
        Setting("client_id", "Client ID", "Server-to-Server OAuth app: client ID"),
        Setting("rates", "Rate limits", "per second; Pro: light=30,medium=20 — Business+: light=80,medium=60"),
    ), "Client secret", "client secret", "client_secret", _tester("zoom")),
    LiveSystem("cloudlink", "CloudLink", (
        Setting("user", "Account admin", "the CloudLink account admin's user name"),
        Setting("account_id", "Account ID", "only if the user is in several accounts"),
    ), "Password", "password", "password", _tester("cloudlink")),
    LiveSystem("redsky", "RedSky", (
        Setting("user", "Administrator", "RedSky administrator's user name"),
        Setting("api_base", "API address",
                "https://api.e911cloud.com — tenants set up through Webex: https://api.wxc.e911cloud.com"),
    ), "Password", "password", "password", _tester("redsky")),
    LiveSystem("os4k", "OS4K (AMO over SSH)", (
        Setting("host", "Host", "Assistant / platform address"),
        Setting("port", "Port", str(SSH_PORT)),
        Setting("user", "User", "AMO login"),
    ), "Password", "AMO password", "password", _tester("os4k")),
)
SYSTEM_IDS = tuple(s.id for s in LIVE_SYSTEMS)


def live_system(system: str) -> LiveSystem:
    for candidate in LIVE_SYSTEMS:
        if candidate.id == system:
            return candidate
    raise WizardError("unknown system '{system}'", "use one of: {known}", system=system, known=', '.join(SYSTEM_IDS))


def texts() -> list[str]:
    """Every text the connections panel shows from this list, for the translators."""
    return list(dict.fromkeys(t for s in LIVE_SYSTEMS for t in (
        s.title, s.secret_label, *(x for f in s.settings for x in (f.label, f.placeholder))) if t))


def secret_reference(project_id: str, system: str) -> str:
    return f"project:{project_id}:{system}"


def connection_port(settings: dict[str, Any], system: str, default: int) -> int:
    """The port a project's connection settings name, judged: a file edited by hand can hold anything."""
    text = str(settings.get("port") or default).strip()
    if not (text.isascii() and text.isdigit() and 1 <= int(text) <= 65535):
        raise WizardError("the {system} connection's port '{text}' is not a port number",
                          "enter a whole number from 1 to 65535 in the connection settings", system=system,
                          text=text[:20])
    return int(text)


def lab_settings(system: LiveSystem, endpoint: dict[str, object]) -> tuple[dict[str, str], str]:
    """A lab simulator's endpoint as a project's connection settings and the secret to remember."""
    return {k: str(v) for k, v in endpoint.items() if k != system.lab_secret}, str(endpoint[system.lab_secret])


def open_amo(project: ProjectFile, *, password: str | None = None) -> SshAmoTransport:
    """The OS4K's AMO session over SSH, as every use case opens it: refused offline, the keyring's password
    unless one is given, and only to the host key the engineer accepted (Site page, Test connection)."""
    from wizard.connectors.os4k import SshAmoTransport

    require_live(project, "an AMO session")
    settings = project.connections().get("os4k", {})
    if not settings.get("host") or not settings.get("user"):
        raise WizardError("the OS4K connection is not set up",
                          "enter host, port and user under Connections on the Site page and test it")
    port = connection_port(settings, "os4k", SSH_PORT)  # a damaged setting is named before anything else
    password = password or recall(secret_reference(project.project_id, "os4k"))
    if not password:
        raise WizardError("no AMO password is known for this project",
                          "type it under Connections on the Site page (or pass --password-env VAR)")
    return SshAmoTransport(settings["host"], port, settings["user"], password,
                           host_key=settings.get("host_key") or None)


def open_zoom(project: ProjectFile, *, secret: str | None = None) -> ZoomClient | None:
    """Zoom's API client paced to the account's limits, or None when its connection or secret is not known."""
    from wizard.connectors.connection import policy_for
    from wizard.connectors.zoom import API_BASE, OAUTH_URL, ZoomAccount, ZoomClient, parse_rates

    require_live(project, "a Zoom API session")
    z = project.connections().get("zoom", {})
    secret = secret or recall(secret_reference(project.project_id, "zoom"))
    if not (z.get("account_id") and z.get("client_id") and secret):
        return None
    policy = policy_for(project)
    policy.rates = parse_rates(z.get("rates", ""))  # pace to the account's limits instead of bouncing
    return ZoomClient(ZoomAccount(z["account_id"], z["client_id"], secret, z.get("oauth_url", OAUTH_URL),
                                  z.get("api_base", API_BASE)), policy)


async def open_redsky(project: ProjectFile) -> RedSkyClient:
    """RedSky's API, signed in with the project's administrator and the kept password (guide §10.4 read-back)."""
    from wizard.connectors.connection import policy_for
    from wizard.connectors.redsky import API_BASE, RedSkyClient

    require_live(project, "reading RedSky")
    settings = project.connections().get("redsky", {})
    secret = recall(secret_reference(project.project_id, "redsky"))
    if not settings.get("user") or not secret:
        raise WizardError("the RedSky connection is not set up", "enter and test it under Connections on the Site page")
    client = RedSkyClient(api_base=settings.get("api_base") or API_BASE, policy=policy_for(project))
    try:
        await client.sign_in(settings["user"], secret)
    except BaseException:
        await client.aclose()
        raise
    return client
