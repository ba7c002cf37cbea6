"""The live systems the wizard talks to, declared once: what the connections panel shows for each, how its
connection is tested, and which of the lab's simulators stands in for it. The panel, the services, the demo and the
lab iterate this list; adding a system starts here. Declarations only, so the window may read them; a session is
opened by wizard.connectors.sessions."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wizard.errors import WizardError

if TYPE_CHECKING:
    from wizard.checks.result import CheckResult
    from wizard.connectors.http import HttpPolicy

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
