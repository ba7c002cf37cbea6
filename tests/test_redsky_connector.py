import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from wizard.checks.iprange import read_ranges
from wizard.connectors.http import ApiError, HttpPolicy
from wizard.connectors.redsky import Outcome, RedSkyClient
from wizard.lab.redsky import RedSkyLab, start

TABLE = b"""Range Start;Range End;Building;Location;Description
10.20.1.0;10.20.1.255;Munich HQ;Floor 1;Voice VLAN floor 1
10.20.2.0;10.20.2.255;Munich HQ;Floor 2;Voice VLAN floor 2
"""


def run(scenario: Callable[[RedSkyClient], Awaitable[Any]], lab: RedSkyLab) -> Any:
    async def main() -> Any:
        runner, port = await start(lab)
        client = RedSkyClient(api_base=f"http://127.0.0.1:{port}", policy=HttpPolicy(retries=0, timeout=5))
        try:
            await client.sign_in(lab.state.username, lab.state.password)
            return await scenario(client)
        finally:
            await client.aclose()
            await runner.cleanup()
    return asyncio.run(main())


def test_ranges_from_the_site_table_are_mapped_once() -> None:
    ranges, findings = read_ranges(TABLE, "subnets.csv")
    assert findings == [] and len(ranges) == 2
    lab = RedSkyLab()

    async def twice(client: RedSkyClient) -> list[Outcome]:
        first = [await client.map_range(r) for r in ranges]
        return first + [await client.map_range(r) for r in ranges]

    assert run(twice, lab) == [Outcome.CREATED] * 2 + [Outcome.ALREADY_THERE] * 2
    assert lab.state.creates == 2
    assert {(r["ipAddressLow"], r["locationId"]) for r in lab.state.ranges} == {("10.20.1.0", "l-1"),
                                                                              ("10.20.2.0", "l-2")}


def test_unknown_building_or_location_says_what_to_create() -> None:
    ranges, _ = read_ranges(TABLE.replace(b"Floor 2", b"Floor 9"), "subnets.csv")
    with pytest.raises(ApiError, match="no location named 'Floor 9'"):
        run(lambda c: c.map_range(ranges[1]), RedSkyLab())


def test_an_expired_session_is_renewed_with_the_refresh_token() -> None:
    lab = RedSkyLab()
    lab.state.token_lifetime = 0.1

    async def scenario(client: RedSkyClient) -> list[dict]:
        await asyncio.sleep(0.2)
        return await client.buildings()

    assert run(scenario, lab)[0]["name"] == "Munich HQ"


def test_table_problems_are_findings() -> None:
    bad = (b"Range Start,Range End,Building,Location\n10.0.0.9,10.0.0.1,B,L\n10.1.0.0,10.1.0.255,B,L\n"
           b"10.1.0.128,10.1.1.0,B,L\nnot-an-ip,10.2.0.1,B,L\n2001:db8::1,2001:db8::ff,B,L\n")
    ranges, findings = read_ranges(bad, "s.csv")
    assert {f.code for f in findings} == {"iprange.backwards", "iprange.overlap", "iprange.not-an-address"}
    assert len(ranges) == 3


def test_faults_dropped_connections_latency_and_early_expiry() -> None:
    from wizard.lab.faults import HttpFaults

    lab = RedSkyLab(faults=HttpFaults(reset_rate=0.4, latency=0.05, token_lifetime=0.3, seed=5))

    async def scenario() -> int:
        runner, port = await start(lab)
        client = RedSkyClient(api_base=f"http://127.0.0.1:{port}",
                              policy=HttpPolicy(retries=8, timeout=5, backoff_base=0.02))
        try:
            await client.sign_in(lab.state.username, lab.state.password)
            await asyncio.sleep(0.4)  # the session expired early: renewed with the refresh token
            return len(await client.buildings())
        finally:
            await client.aclose()
            await runner.cleanup()

    assert asyncio.run(scenario()) == 1


def test_every_page_is_read_so_a_range_on_a_later_page_is_not_mapped_twice() -> None:
    lab = RedSkyLab()
    lab.state.buildings += [{"id": f"b-{i}", "name": f"Annex {i}"} for i in range(2, 8)]
    lab.state.ranges += [{"id": f"r{i}", "ipAddressLow": f"10.9.{i}.0", "ipAddressHigh": f"10.9.{i}.255",
                          "locationId": "l-1", "description": ""} for i in range(11)]
    lab.state.ranges.append({"id": "r-last", "ipAddressLow": "10.20.1.0", "ipAddressHigh": "10.20.1.255",
                             "locationId": "l-1", "description": "Voice VLAN floor 1"})
    ranges, _ = read_ranges(TABLE, "subnets.csv")

    async def scenario(client: RedSkyClient) -> tuple[int, int, Outcome]:
        client.page_size = 3
        return len(await client.buildings()), len(await client.ip_ranges()), await client.map_range(ranges[0])

    buildings, existing, outcome = run(scenario, lab)
    assert (buildings, existing) == (7, 12)  # three pages of buildings, four of ranges
    assert outcome is Outcome.ALREADY_THERE and lab.state.creates == 0  # the match was on the last page


def test_a_refresh_keeps_the_org_of_the_session() -> None:
    lab = RedSkyLab()
    lab.state.token_lifetime = 0.1

    async def scenario(client: RedSkyClient) -> tuple[str, str, Outcome]:
        before = client.session.refresh_id if client.session else ""
        await asyncio.sleep(0.2)
        ranges, _ = read_ranges(TABLE, "subnets.csv")
        outcome = await client.map_range(ranges[0])  # 401, refresh with the id as a JSON string, then the POST
        assert client.session is not None
        return before, client.session.org_id, outcome

    before, org, outcome = run(scenario, lab)
    assert org == "org-1" and outcome is Outcome.CREATED and before not in lab.state.refresh
    assert lab.state.ranges[0]["locationId"] == "l-1"


def test_test_connection_shows_the_tenants_api_address() -> None:
    from wizard.connectors.connection import connection_test

    async def main() -> Any:
        lab = RedSkyLab()
        runner, port = await start(lab)
        try:
            return await connection_test("redsky", {"user": lab.state.username, "api_base": f"http://127.0.0.1:{port}"},
                                         lab.state.password, HttpPolicy(retries=0, timeout=5)), port
        finally:
            await runner.cleanup()

    result, port = asyncio.run(main())
    assert result.evidence["api_base"] == f"http://127.0.0.1:{port}" and result.evidence["buildings"] == 1


def test_the_104_read_back_names_missing_extra_and_wrongly_placed_ranges(tmp_path) -> None:
    """Guide §10.4 from the live system: RedSky's mappings, as its API lists them, against the site's table."""
    import asyncio

    from wizard.connectors.systems import lab_settings, live_system
    from wizard.lab.run import start_lab
    from wizard.runbook.checks import default_registry
    from wizard.runbook.engine import Engine
    from wizard.runbook.model import load_runbook
    from wizard.services import connection
    from wizard.store.project import ProjectFile

    table = (b"Range Start,Range End,Building,Location,Description\n"
             b"10.1.1.0,10.1.1.255,Munich HQ,Floor 1,first floor\n"  # mapped as the table says
             b"10.1.2.0,10.1.2.255,Munich HQ,Floor 2,second floor\n"  # mapped to Floor 1: wrong place
             b"10.1.3.0,10.1.3.255,Munich HQ,Floor 2,lab\n")  # not mapped at all

    async def scenario() -> dict:
        lab = await start_lab()
        try:
            lab.redsky_lab.state.ranges = [
                {"id": "r1", "ipAddressLow": "10.1.1.0", "ipAddressHigh": "10.1.1.255", "locationId": "l-1"},
                {"id": "r2", "ipAddressLow": "10.1.2.0", "ipAddressHigh": "10.1.2.255", "locationId": "l-1"},
                {"id": "r3", "ipAddressLow": "10.9.9.0", "ipAddressHigh": "10.9.9.255", "locationId": "l-2"}]
            with ProjectFile.create(tmp_path / "e911.psiproj") as project:
                settings, secret = lab_settings(live_system("redsky"), lab.endpoints["redsky"])
                await connection.test_connection(project, "redsky", settings=settings, secret=secret,
                                                 keep_secret=True)
                kept = project.keep_evidence("10.4-redsky-ip-ranges", "subnets.csv", table)
                project.set_step_input("10.4-redsky-ip-ranges", "ranges", f"evidence:{kept}")
                engine = Engine(load_runbook(), project, default_registry())
                project.confirm_step("10.3-e911-prerequisites", "ready")  # its dependency, done by hand
                await engine.run_step("10.4-redsky-ip-ranges")
                return project.step_records()["10.4-redsky-ip-ranges"].result
        finally:
            await lab.stop()

    result = asyncio.run(scenario())
    codes = sorted(f["code"] for f in result["findings"])
    assert codes == ["iprange.extra", "iprange.missing", "iprange.wrong-location"]
    assert result["evidence"]["missing"] == ["10.1.3.0–10.1.3.255"]
    assert result["evidence"]["wrong_location"] == ["10.1.2.0–10.1.2.255"]
    assert result["evidence"]["extra"] == ["10.9.9.0–10.9.9.255"]
    wrong = next(f for f in result["findings"] if f["code"] == "iprange.wrong-location")
    assert "Munich HQ, Floor 1" in wrong["message"] and "Floor 2" in wrong["message"]
