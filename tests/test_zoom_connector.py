"""The Zoom connector against the lab's Zoom, over real HTTP on loopback, including every fault setting."""

import asyncio
import base64
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
from aiohttp import web

from tests.conftest import contracts
from wizard.connectors.http import ApiError, HttpPolicy, retry_after_seconds
from wizard.connectors.zoom import Created, InvitationExpired, ZoomAccount, ZoomClient
from wizard.lab.zoom import ZoomFaults, ZoomLab, ZoomState, start


def run(lab: ZoomLab, scenario: Callable[[ZoomClient], Awaitable[Any]], *, secret: str = "lab-secret",
        rates: dict[str, float] | None = None, retries: int = 4, **pages: int) -> Any:
    async def main() -> Any:
        runner, port = await start(lab)
        base = f"http://127.0.0.1:{port}"
        account = ZoomAccount("lab-account", "lab-client", secret, oauth_url=f"{base}/oauth/token",
                              api_base=f"{base}/v2")
        client = ZoomClient(account, HttpPolicy(rates=rates or {}, retries=retries, backoff_base=0.05,
                                                backoff_max=0.2, timeout=5), **pages)
        try:
            return await scenario(client)
        finally:
            await client.aclose()
            await runner.cleanup()
    return asyncio.run(main())


def lab_with_users(n: int, **faults: Any) -> ZoomLab:
    state = ZoomState()
    for i in range(n):
        state.add_user(f"user{i:04d}@example.com", "U", str(i))
    state.add_user("pending@example.com", "P", "P", status="pending")
    return ZoomLab(state, ZoomFaults(**faults))


def test_token_is_cached_and_list_users_follows_pagination() -> None:
    lab = lab_with_users(650)

    async def scenario(client: ZoomClient) -> tuple[int, int, list[dict[str, Any]]]:
        active = await client.list_users()
        pending = await client.list_users("pending")
        return len(active), client.tokens_issued, pending

    count, tokens, pending = run(lab, scenario, users_page=100)
    assert count == 650 and tokens == 1
    assert lab.state.requests == 7 + 1  # seven pages of active users, one of pending ones
    assert pending == [{"email": "pending@example.com", "first_name": "P", "last_name": "P", "type": 2,
                        "status": "pending"}]  # pending users carry no id; the lab's own users are Licensed


def test_wrong_secret_is_a_clear_error_without_the_secret() -> None:
    with pytest.raises(ApiError) as caught:
        run(lab_with_users(1), lambda c: c.list_users(), secret="not-the-secret")
    assert "refused the app's credentials" in str(caught.value) and "not-the-secret" not in str(caught.value)


def test_an_expired_token_is_renewed_once_whether_zoom_answers_400_or_401(vendor_contracts: list) -> None:
    """List users answers an expired token 400 code 124 'Access token is expired' (Users spec, users), the other
    operations 401 code 124: either way the token is renewed and the call made again."""
    lab = lab_with_users(3, token_lifetime=0.2)

    async def scenario(client: ZoomClient) -> tuple[int, dict[str, Any] | None]:
        await client.list_users()
        await asyncio.sleep(0.3)  # the lab expired the token; the client still believes it good
        await client.list_users()
        await asyncio.sleep(0.3)
        found = await client.find_user("user0000@example.com")
        return client.tokens_issued, found

    tokens, found = run(lab, scenario)
    assert tokens == 3 and found is not None
    refusals = [(ex.path, ex.status) for ex in vendor_contracts if ex.status in (400, 401)]
    assert refusals == [("/v2/users", 400), ("/v2/users/user0000@example.com", 401)]


def test_create_user_is_idempotent() -> None:
    async def scenario(client: ZoomClient) -> list[Created]:
        return [await client.create_user("new@example.com", "N", "U"),
                await client.create_user("new@example.com", "N", "U"),
                await client.create_user("user0000@example.com", "U", "0")]

    assert run(lab_with_users(1), scenario) == [Created.CREATED, Created.ALREADY_THERE, Created.ALREADY_THERE]


@pytest.mark.parametrize("as_date", [False, True])
def test_429_storm_is_waited_out_with_retry_after_in_seconds_or_as_a_date(as_date: bool) -> None:
    lab = lab_with_users(2, storm=2, retry_after_as_date=as_date)
    started = time.monotonic()
    users = run(lab, lambda c: c.list_users())
    assert len(users) == 2 and time.monotonic() - started >= 1.0
    assert lab.state.throttled == 0  # the storm, not the rate limit


def test_pacing_keeps_a_long_run_clear_of_the_rate_limit() -> None:
    lab = lab_with_users(0)
    lab.state.rates = {"light": 10.0, "medium": 10.0}

    async def scenario(client: ZoomClient) -> int:
        await asyncio.gather(*(client.create_user(f"p{i}@example.com", "P", str(i)) for i in range(25)))
        return client.tokens_issued

    started = time.monotonic()
    tokens = run(lab, scenario, rates={"light": 9.0, "medium": 9.0})
    elapsed = time.monotonic() - started
    assert lab.state.throttled == 0
    assert lab.state.creates_today == 25 and elapsed >= 2.0
    assert tokens == 1  # 25 concurrent first calls share one token request


def test_server_errors_are_retried_only_for_safe_requests() -> None:
    lab = lab_with_users(5, error_rate=0.5, seed=3)
    assert len(run(lab, lambda c: c.list_users(), retries=8)) == 5  # GET: retried until it works
    lab = lab_with_users(0, error_rate=1.0)
    with pytest.raises(ApiError, match="503"):
        run(lab, lambda c: c.create_user("x@example.com", "X", "Y"))  # POST: never repeated blindly
    assert lab.state.requests == 1 + 5  # the POST, then the look-up before a second one (a GET, 1 + 4 retries)


def test_dropped_connections_are_retried_for_safe_requests() -> None:
    lab = lab_with_users(4, reset_rate=0.5, seed=11)
    assert len(run(lab, lambda c: c.list_users(), retries=8)) == 4


def test_daily_create_cap_is_reported() -> None:
    lab = lab_with_users(0, daily_create_cap=1)

    async def scenario(client: ZoomClient) -> None:
        await client.create_user("a@example.com", "A", "A")
        client.api.policy.retries = 0
        await client.create_user("b@example.com", "B", "B")

    started = time.monotonic()
    with pytest.raises(ApiError, match="daily limit is reached") as caught:
        run(lab, scenario, retries=0)
    assert time.monotonic() - started < 10  # reported at once, not slept through
    assert "can go on after" in caught.value.fix


def test_retry_after_forms() -> None:
    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True), now=now) == 30.0
    assert retry_after_seconds("2026-11-27T12:00:10Z", now=now) == 10.0
    assert retry_after_seconds(format_datetime(now - timedelta(seconds=30), usegmt=True), now=now) == 0.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_the_pacer_never_lets_more_than_the_limit_into_any_second() -> None:
    from wizard.connectors.http import RatePacer

    async def scenario() -> list[tuple[float, float]]:
        pacer = RatePacer(10)
        spans: list[tuple[float, float]] = []

        async def one(delay: float) -> None:
            await pacer.acquire()
            sent = time.monotonic()
            await asyncio.sleep(delay)  # the request's trip; a slow answer keeps it in the window longer
            pacer.release()
            spans.append((sent, time.monotonic()))

        await asyncio.gather(*(one(0.05 if i % 3 else 0.2) for i in range(35)))
        return spans

    spans = asyncio.run(scenario())
    # The server saw each request somewhere between its sending and its answer, so a window of a second ending
    # at t can hold every request sent by t and answered after t - 1. The fullest such window ends as a request
    # is sent: at none of those moments may more than the limit be possible.
    for t, _ in spans:
        assert sum(1 for sent, answered in spans if sent <= t and answered > t - 1.0) <= 10
    first, last = min(s for s, _ in spans), max(s for s, _ in spans)
    assert last - first >= 3.0  # 35 requests at 10 a second cannot all go in less than three windows


PHONE = {"user_email": "user0000@example.com", "user_name": "3100", "authorization_name": "3100",
         "domain": "sbc01.example.com", "password": "digest-pw",
         "server": {"register_server": "sbc01.example.com:5061", "proxy_server": "sbc01.example.com:5061",
                    "transport_protocol": "TLS"}}


def test_a_sip_phone_is_found_by_search_key_and_the_connector_cannot_write_one() -> None:
    lab = lab_with_users(2)
    lab.state.phones["ph1"] = {"phone_id": "ph1", "user_email": "user0001@example.com", "user_name": "User 0001"}

    async def scenario(client: ZoomClient) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        return await client.find_sip_phone("USER0001@example.com"), await client.find_sip_phone("user0000@example.com")

    found, absent = run(lab, scenario)
    assert found is not None and found["phone_id"] == "ph1" and absent is None
    assert lab.state.requests == 2  # one search each
    # For Mitel PSI the portal and CloudLink write SIP phones (guide §7.1.3.2, §7.2.1): we only read them
    assert not any(hasattr(ZoomClient, name) for name in ("create_sip_phone", "update_sip_phone", "delete_sip_phone"))


def test_sip_phone_lists_are_paged_at_the_documented_size() -> None:
    lab = lab_with_users(40)
    for i in range(40):
        lab.state.phones[f"ph{i}"] = {"phone_id": f"ph{i}", "user_email": f"user{i:04d}@example.com",
                                      "user_name": str(3100 + i), "authorization_name": str(3100 + i),
                                      "domain": "sbc01.example.com"}
    phones = run(lab, lambda c: c.list_sip_phones(), phones_page=7)
    assert len(phones) == 40 and lab.state.requests == 6  # 7+7+7+7+7+5
    assert ZoomClient(ZoomAccount("a", "b", "c"), phones_page=5000).phones_page == 300  # never above Zoom's maximum


def test_the_lab_refuses_what_the_contract_refuses(vendor_contracts: list) -> None:
    """The lab is written from the contract: a body the spec does not allow is answered 400 code 300, and the
    contract check sees the same request as broken."""
    async def scenario(client: ZoomClient) -> Any:
        response = await client.call("POST", "/sip_phones/phones", json={**PHONE, "registration_expire_time": 44640,
                                                                            "server": {"transport_protocol": "WSS"}})
        return response.status_code, response.json()

    status, body = run(lab_with_users(1), scenario)
    assert status == 400 and body["code"] == 300 and "1 to 127" in body["message"] and "transport" in body["message"]
    problems = [p for e in vendor_contracts for p in contracts().problems(e)]
    assert any("registration_expire_time" in p and "maximum" in p for p in problems)
    assert any("'WSS' is not one of" in p for p in problems)
    vendor_contracts.clear()


@pytest.mark.parametrize(("method", "path", "params", "body", "checker_says", "lab_says"), [
    ("DELETE", "/users/user0000@example.com", {"transfer_meeting": "-1"}, None,  # userDelete: boolean
     "query transfer_meeting='-1'", "transfer_meeting must be of type boolean"),
    ("GET", "/users", {"license": "<garbage>"}, None,  # users: one of two licences
     "query license='<garbage>'", "license must be one of zoom_workforce_management, zoom_compliance_management"),
    ("POST", "/sip_phones/phones", None, {**PHONE, "server_3": {"transport_protocol": None}},  # an enum of text
     "request body server_3/transport_protocol", "server_3.transport_protocol must be of type string"),
    ("POST", "/sip_phones/phones", None, {**PHONE, "server": {**PHONE["server"], "proxy_server": {"host": "x"}}},
     "request body server/proxy_server", "server.proxy_server must be of type string"),
])
def test_the_lab_refuses_queries_and_bodies_the_spec_refuses(vendor_contracts: list, method: str, path: str,
                                                             params: dict[str, str] | None, body: Any,
                                                             checker_says: str, lab_says: str) -> None:
    """Parameters the connector does not send today are judged too: a lab that accepts what Zoom refuses would let
    a connector sending them pass. Nothing is changed, and nothing malformed is echoed back."""
    lab = lab_with_users(1)

    async def scenario(client: ZoomClient) -> tuple[int, dict[str, Any]]:
        response = await client.call(method, path, params=params, json=body)
        return response.status_code, response.json()

    status, answer = run(lab, scenario)
    assert (status, answer["code"]) == (400, 300) and lab_says in answer["message"], answer
    assert "user0000@example.com" in lab.state.users and lab.state.phones == {}
    problems = [p for e in vendor_contracts for p in contracts().problems(e)]
    assert any(checker_says in p for p in problems), problems
    vendor_contracts.clear()


def test_an_expired_invitation_is_named_with_its_fix() -> None:
    lab = lab_with_users(0, expire_invitations=True)

    async def scenario(client: ZoomClient) -> None:
        await client.create_user("late@example.com", "L", "Ate")
        await client.find_user("late@example.com")

    with pytest.raises(InvitationExpired, match="never accepted") as caught:
        run(lab, scenario)
    assert "invite the person again" in caught.value.fix and caught.value.code == 1120


def test_sip_integration_not_enabled_is_an_account_wide_error(vendor_contracts: list) -> None:
    """ListSIPPhonePhones documents it as code 200 inside a 200 answer (Meetings spec), as the lab answers."""
    for call in (lambda c: c.list_sip_phones(), lambda c: c.find_sip_phone("a@example.com")):
        with pytest.raises(ApiError, match="SIP phone integration is not enabled") as caught:
            run(lab_with_users(1, sip_integration_disabled=True), call)
        assert caught.value.account_wide and "KB0079172" in caught.value.fix
    assert {ex.status for ex in vendor_contracts if ex.path == "/v2/sip_phones/phones"} == {200}


@pytest.mark.parametrize(("scope", "call"), [
    ("sip_phone:read:admin", lambda c: c.list_sip_phones()),
    ("user:write:admin", lambda c: c.create_user("n@example.com", "N", "N")),
    ("user:read:admin", lambda c: c.list_users()),  # 400 code 4711, as Zoom answers it (no spec documents it)
    ("user:read:admin", lambda c: c.find_user("user0000@example.com")),
    ("user:write:admin", lambda c: c.remove_user("user0000@example.com", pending=False)),
])
def test_a_missing_scope_is_named(scope: str, call: Callable[[ZoomClient], Awaitable[Any]]) -> None:
    with pytest.raises(ApiError) as caught:
        run(lab_with_users(1, missing_scopes=scope), call)
    assert f"lacks the scope {scope}" in str(caught.value) and caught.value.account_wide
    assert "App Marketplace" in caught.value.fix


def test_a_403_on_list_users_is_the_accounts_api_access_not_a_scope() -> None:
    """users (List users) 403: 'Access to the Zoom REST API has been denied for this account. Contact Zoom Support'
    (Users spec)."""
    with pytest.raises(ApiError) as caught:
        run(lab_with_users(1, api_access_denied=True), lambda c: c.list_users())
    assert caught.value.problem == "Zoom denies this account access to its REST API"
    assert "Zoom Support" in caught.value.fix and "scope" not in caught.value.fix and caught.value.account_wide


def test_a_user_zoom_will_not_remove_is_named_with_zooms_reason() -> None:
    """userDelete 400 code 200 is 'Cannot delete a user out of your account' (and Zoom Rooms or deactivated users),
    not a missing permission (Users spec)."""
    lab = lab_with_users(1, other_account="elsewhere@example.com")
    with pytest.raises(ApiError) as caught:
        run(lab, lambda c: c.remove_user("elsewhere@example.com", pending=False))
    assert caught.value.problem == "Zoom cannot remove elsewhere@example.com: Cannot delete a user out of your account."
    assert not caught.value.account_wide and "Zoom portal" in caught.value.fix and "scope" not in caught.value.fix


def test_the_token_request_may_carry_its_grant_in_the_query_or_the_body() -> None:
    async def scenario(client: ZoomClient) -> list[int]:
        basic = {"Authorization": "Basic " + base64.b64encode(b"lab-client:lab-secret").decode()}
        grant = {"grant_type": "account_credentials", "account_id": "lab-account"}
        by_query = await client.api.client.post(client.account.oauth_url, params=grant, headers=basic)
        by_body = await client.api.client.post(client.account.oauth_url, data=grant, headers=basic)
        wrong_account = await client.api.client.post(client.account.oauth_url, headers=basic,
                                                     data={**grant, "account_id": "other"})
        return [by_query.status_code, by_body.status_code, wrong_account.status_code]

    assert run(lab_with_users(0), scenario) == [200, 200, 400]


def test_a_per_second_429_without_retry_after_is_backed_off() -> None:
    lab = lab_with_users(2, storm=3, storm_without_retry_after=True)
    assert len(run(lab, lambda c: c.list_users())) == 2


def test_a_pending_user_is_removed_by_disassociation() -> None:
    lab = lab_with_users(1)

    async def scenario(client: ZoomClient) -> None:
        await client.remove_user("pending@example.com", pending=True)
        await client.remove_user("user0000@example.com", pending=False)
        await client.remove_user("gone@example.com", pending=True)  # 404 code 1001: nothing left to remove

    run(lab, scenario)
    assert lab.state.users == {}
    with pytest.raises(ApiError, match="disassociate"):  # Zoom refuses 'delete' for a pending user
        run(lab_with_users(0), lambda c: c.remove_user("pending@example.com", pending=False))


# ---------------------------------------------------------------------------------------------- answers by hand
async def _zoom_by_hand(request: web.Request) -> web.Response:
    """Answers the lab does not give: bodies that break the contract, and the forms the specs allow but the lab does
    not use (a list without its list, a user with only its type, SIP phone integration off as a 400)."""
    kind = request.query.get("status") or request.query.get("search_key") or request.match_info.get("user", "")
    if request.path == "/oauth/token":
        return web.json_response({"access_token": "t", "expires_in": 3600})
    if kind == "active":
        return web.Response(text="<html><body>Proxy error</body></html>", content_type="text/html",
                            headers={"x-zm-trackingid": "track-1"})
    if kind in ("pending", "nobody@example.com"):
        return web.json_response({"page_size": 30})  # no 'users' or 'phones': neither spec requires them
    if kind == "inactive":
        return web.json_response({"code": 200, "message": "Permission missing."})  # an error inside a 200
    if kind == "off@example.com":
        return web.json_response({"code": 200, "message": "Permission missing. Enable SIP phone integration by "
                                                          "contacting a Zoom admin first."}, status=400)
    if kind == "typed@example.com":
        return web.json_response({"type": 2})  # the user spec requires only 'type'
    return web.json_response([1, 2, 3])


def by_hand(scenario: Callable[[ZoomClient], Awaitable[Any]]) -> Any:
    async def main() -> Any:
        app = web.Application()
        app.add_routes([web.post("/oauth/token", _zoom_by_hand), web.get("/v2/users", _zoom_by_hand),
                        web.get("/v2/users/{user}", _zoom_by_hand), web.get("/v2/sip_phones/phones", _zoom_by_hand)])
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        base = f"http://127.0.0.1:{port}"
        client = ZoomClient(ZoomAccount("a", "b", "c", f"{base}/oauth/token", f"{base}/v2"),
                            HttpPolicy(retries=0, timeout=5))
        try:
            return await scenario(client)
        finally:
            await client.aclose()
            await runner.cleanup()
    return asyncio.run(main())


@pytest.mark.parametrize(("status", "expected"), [("active", "an HTML page"), ("inactive", ": Permission missing.")])
def test_an_answer_that_breaks_the_contract_is_named_not_a_traceback(status: str, expected: str) -> None:
    with pytest.raises(ApiError) as caught:
        by_hand(lambda c: c.list_users(status))
    text = str(caught.value)
    assert "Zoom answered 'list users' (200)" in text and expected in text and caught.value.account_wide
    if status == "active":
        assert "request id track-1" in text


def test_what_the_spec_leaves_out_is_not_an_error() -> None:
    """Neither spec requires the list of a list answer (users, ListSIPPhonePhones): without it, nobody is listed.
    user requires only 'type': a user without its email is still found."""
    async def scenario(client: ZoomClient) -> tuple[Any, ...]:
        return (await client.list_users("pending"), await client.list_sip_phones("nobody@example.com"),
                await client.find_user("typed@example.com"))

    assert by_hand(scenario) == ([], [], {"type": 2})


def test_sip_integration_off_is_recognised_as_a_400_too() -> None:
    with pytest.raises(ApiError, match="SIP phone integration is not enabled") as caught:
        by_hand(lambda c: c.list_sip_phones("off@example.com"))
    assert caught.value.account_wide and caught.value.status == 400
