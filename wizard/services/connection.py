"""Use case: test one live system's connection with the project's settings, and keep the result as evidence."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass

from wizard.checks.result import CheckResult
from wizard.connectors.systems import live_system, secret_reference
from wizard.live import require_live
from wizard.store.project import ProjectFile
from wizard.store.secrets import recall, remember


@dataclass(frozen=True)
class ConnectionTested:
    result: CheckResult
    secret_kept: str  # "keyring", "session" (no keyring here) or "" (nothing typed)


async def test_connection(project: ProjectFile, system: str, *, settings: dict[str, str] | None = None,
                          secret: str | None = None, keep_secret: bool = False,
                          accept_host_key: str | None = None) -> ConnectionTested:
    """Refused offline. `settings` typed by the engineer are saved first (over what the project holds); a typed
    secret is used, and kept (keyring, else this session) when asked and it got in; otherwise the keyring's. An
    OS4K host key is trusted only once the engineer accepted its fingerprint (`accept_host_key`); the result
    replaces this system's earlier one on the Site step."""
    from wizard.connectors.connection import (  # httpx: on first use
        CONNECTION_STEP,
        connection_test,
        os4k_host_key,
        policy_for,
    )

    require_live(project, "a connection test")
    live_system(system)
    known = project.connections().get(system, {})
    wanted = {**known, **(settings or {})}
    if wanted != known:
        await project.commit(project.set_connection, system, wanted)
    tried = dict(wanted)
    known_secret = secret or await asyncio.to_thread(recall, secret_reference(project.project_id, system))
    unaccepted = await os4k_host_key(tried, accept_host_key) if system == "os4k" else None
    result = unaccepted or await connection_test(system, tried, known_secret, policy_for(project))
    kept = ""
    if secret and keep_secret and not result.findings:  # a secret that did not get in is not kept
        reference = secret_reference(project.project_id, system)
        kept = "keyring" if await asyncio.to_thread(remember, reference, secret) else "session"
    if tried != wanted:
        await project.commit(project.set_connection, system, tried)
    await project.commit(project.attach, CONNECTION_STEP, f"connection-{system}.json",
                         json.dumps(result.to_json(), indent=1).encode(), replace=True)
    return ConnectionTested(result, kept)


def warm_up() -> None:
    """Load the system's CA store ahead of the first connection (a worker thread calls this once)."""
    from wizard.connectors.http import warm_tls

    warm_tls()
