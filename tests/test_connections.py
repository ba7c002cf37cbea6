"""'Test connection' for each system against the lab, and each way it can fail, said precisely."""

import asyncio
from pathlib import Path

import keyring
import pytest

from tests.memory_keyring import BrokenKeyring, MemoryKeyring
from tests.peers import free_port
from wizard.connectors.connection import connection_test
from wizard.connectors.systems import secret_reference
from wizard.lab.run import start_lab
from wizard.store import secrets
from wizard.store.project import ProjectFile


def lab_settings(endpoints: dict) -> dict[str, tuple[dict, str]]:
    z, c, r, o = (endpoints[k] for k in ("zoom", "cloudlink", "redsky", "os4k"))
    return {"zoom": ({k: z[k] for k in ("oauth_url", "api_base", "account_id", "client_id")}, z["client_secret"]),
            "cloudlink": ({"auth_url": c["auth_url"], "admin_url": c["admin_url"], "user": c["user"]}, c["password"]),
            "redsky": ({"api_base": r["api_base"], "user": r["user"]}, r["password"]),
            "os4k": ({"host": o["host"], "port": str(o["port"]), "user": o["user"], "host_key": o["host_key"]},
                     o["password"])}


def test_every_system_connects_to_the_lab_and_says_what_it_found() -> None:
    async def scenario() -> dict:
        lab = await start_lab()
        try:
            settings = lab_settings(lab.endpoints)
            return {s: await connection_test(s, cfg, secret) for s, (cfg, secret) in settings.items()}
        finally:
            await lab.stop()

    results = asyncio.run(scenario())
    assert all(r.findings == () for r in results.values()), {s: r.findings for s, r in results.items()}
    assert results["zoom"].evidence["active_users"] > 0
    assert results["cloudlink"].evidence["role"] == "ACCOUNT_ADMIN"
    assert results["os4k"].evidence["system_number"] == "4711"


def test_each_failure_is_named() -> None:
    async def scenario() -> dict:
        lab = await start_lab()
        try:
            settings = lab_settings(lab.endpoints)
            zoom_cfg, _ = settings["zoom"]
            os4k_cfg, _ = settings["os4k"]
            return {
                "credentials": await connection_test("zoom", zoom_cfg, "wrong-secret"),
                "refused": await connection_test("zoom", {**zoom_cfg, "oauth_url":
                                                          f"http://127.0.0.1:{free_port()}/oauth/token"}, "x"),
                "dns": await connection_test("zoom", {**zoom_cfg, "oauth_url": "http://no-such-host.invalid/t"}, "x"),
                "ssh": await connection_test("os4k", {**os4k_cfg, "port": str(free_port())}, "x"),
                "ssh-password": await connection_test("os4k", os4k_cfg, "wrong"),
                "no-secret": await connection_test("redsky", settings["redsky"][0], None),
                "incomplete": await connection_test("cloudlink", {"auth_url": "http://127.0.0.1:1"}, "x"),
            }
        finally:
            await lab.stop()

    results = asyncio.run(scenario())
    code = {name: r.findings[0].code for name, r in results.items()}
    assert code == {"credentials": "conn.credentials", "refused": "conn.unreachable", "dns": "conn.dns",
                    "ssh": "conn.unreachable", "ssh-password": "conn.credentials", "no-secret": "conn.no-secret",
                    "incomplete": "conn.incomplete"}
    assert "TCP refused" in results["refused"].findings[0].message
    assert "wrong-secret" not in results["credentials"].findings[0].message


def test_secrets_go_to_the_keyring_keyed_by_project_or_stay_for_the_session(tmp_path: Path) -> None:
    with ProjectFile.create(tmp_path / "p.psiproj") as project:
        project.set_connection("zoom", {"account_id": "a", "client_id": "c"})
        ref = secret_reference(project.project_id, "zoom")
        previous = keyring.get_keyring()
        try:
            memory = MemoryKeyring()
            keyring.set_keyring(memory)
            assert secrets.remember(ref, "zoom-client-secret") is True
            assert memory.store[("psi-wizard", ref)] == "zoom-client-secret"
            keyring.set_keyring(BrokenKeyring())  # a laptop without a keyring: kept for this session only
            assert secrets.remember(ref, "typed-for-now") is False
            assert secrets.recall(ref) == "typed-for-now"
        finally:
            keyring.set_keyring(previous)
            secrets._session.clear()
        assert project.connections() == {"zoom": {"account_id": "a", "client_id": "c"}}
    raw = (tmp_path / "p.psiproj").read_bytes()
    assert b"zoom-client-secret" not in raw and b"typed-for-now" not in raw


def test_unknown_system() -> None:
    from wizard.errors import WizardError

    with pytest.raises(WizardError, match="unknown system"):
        asyncio.run(connection_test("fax", {}, "x"))


def test_connections_go_through_the_sites_proxy(tmp_path: Path) -> None:
    from tests.peers import tinyproxy
    from wizard.connectors.connection import policy_for

    async def scenario(proxy_port: int) -> tuple:
        lab = await start_lab()
        try:
            cfg, secret = lab_settings(lab.endpoints)["zoom"]
            with ProjectFile.create(tmp_path / "p.psiproj") as project:
                project.set_site_field("proxy", f"http://127.0.0.1:{proxy_port}")
                through = await connection_test("zoom", cfg, secret, policy_for(project))
                project.set_site_field("proxy", f"http://127.0.0.1:{free_port()}")
                dead = await connection_test("zoom", cfg, secret, policy_for(project))
            return through, dead
        finally:
            await lab.stop()

    work = tmp_path / "proxy"
    work.mkdir()
    with tinyproxy(work, allowed_ports=[]) as proxy_port:
        through, dead = asyncio.run(scenario(proxy_port))
    assert through.findings == (), through.findings
    assert dead.findings[0].code in ("conn.proxy", "conn.unreachable")
    log = next(work.glob("tinyproxy-*.log")).read_text()
    assert "/oauth/token" in log  # the request really went through the customer's proxy
