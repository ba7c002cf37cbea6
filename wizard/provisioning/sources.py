"""Where the people of a wave come from: Zoom (API or an exported CSV) and the OS4K (REG- over the AMO session,
or pasted/imported text, or a list of stations and emails)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wizard.checks.amo import Os4kConfig, Station, parse_amo_text, read_os4k_config
from wizard.checks.provisioning import has_sip_credentials
from wizard.checks.users import ZoomUser, read_subscribers, read_zoom_users
from wizard.connectors.os4k import AmoTransport
from wizard.errors import WizardError

if TYPE_CHECKING:  # the HTTP client is loaded by whoever makes one
    from wizard.connectors.zoom import ZoomClient

# Everything §7.2 asks about, for every station, in one pass
OS4K_READ = ("REG-SBCSU;", "REG-PERSI:TYPE=STN;", "REG-SDAT;", "REG-RICHT:MODE=PM;", "REG-ZANDE:TYPE=OSMO;")


@dataclass(frozen=True)
class Os4kSource:
    config: Os4kConfig
    settings_known: bool  # False: a list of stations and emails, without their §7.2 settings
    text: str  # what was read, for evidence


async def read_zoom_live(client: ZoomClient) -> tuple[list[ZoomUser], list[str], list[str]]:
    """Zoom users of every status; the emails of integrated users with SIP credentials, and of those the
    Integrated users list shows as Pending SIP credential."""
    users: list[ZoomUser] = []
    for status in ("active", "pending", "inactive"):
        users += [ZoomUser(u.get("email", ""), u.get("first_name", ""), u.get("last_name", ""), status, 0)
                  for u in await client.list_users(status)]
    phones, pending = integrated_emails(await client.list_sip_phones())
    return users, phones, pending


def integrated_emails(phones: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """The emails of integrated users with SIP credentials, and of those still pending them."""
    return ([str(p.get("user_email", "")) for p in phones if has_sip_credentials(p)],
            [str(p.get("user_email", "")) for p in phones if not has_sip_credentials(p)])


def read_zoom_file(data: bytes, source: str) -> list[ZoomUser]:
    return list(read_zoom_users(data, source).users)


async def read_os4k_live(transport: AmoTransport) -> Os4kSource:
    parts = [f"{command}\n{await transport.send(command)}" for command in OS4K_READ]
    text = "\n".join(parts)
    # thousands of stations are tens of thousands of lines: parsed in a worker thread, so the window keeps answering
    config = await asyncio.to_thread(lambda: read_os4k_config(parse_amo_text(text)))
    return Os4kSource(config, True, text)


def read_os4k_file(data: bytes, source: str) -> Os4kSource:
    """REG- output (pasted or saved) keeps the §7.2 settings; a CSV of stations and emails has none."""
    text = data.decode("utf-8", errors="replace")
    subscribers = read_subscribers(data, source)
    if not subscribers:
        raise WizardError("{source} holds no subscriber with an email",
                          "use REG-SBCSU and REG-PERSI output, or a CSV with Station and Email columns", source=source)
    if subscribers[0].where.startswith("AMO"):
        return Os4kSource(read_os4k_config(parse_amo_text(text)), True, text)
    config = Os4kConfig(stations={s.stno: Station(s.stno, s.email) for s in subscribers})
    return Os4kSource(config, False, text)
