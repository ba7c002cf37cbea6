"""How every use case opens a live system from a project: refused offline, with the secret kept in the keyring, and
with the connection settings the Site page tested."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.connectors.systems import SSH_PORT, connection_port, secret_reference
from wizard.errors import WizardError
from wizard.live import require_live
from wizard.store.project import ProjectFile
from wizard.store.secrets import recall

if TYPE_CHECKING:
    from wizard.connectors.os4k import SshAmoTransport
    from wizard.connectors.redsky import RedSkyClient
    from wizard.connectors.zoom import ZoomClient


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
