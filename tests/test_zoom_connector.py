"""The Zoom connector against the lab's Zoom, over real HTTP on loopback, including every fault setting."""

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest

from wizard.connectors.http import ApiError, HttpPolicy, retry_after_seconds
from wizard.connectors.zoom import Created, ZoomAccount, ZoomClient
from wizard.lab.zoom import ZoomFaults, ZoomLab, ZoomState, start


def run(lab: ZoomLab, scenario: Callable[[ZoomClient], Awaitable[Any]], *, secret: str = "lab-secret",
        rates: dict[str, float] | None = None, retries: int = 4) -> Any:
    async def main() -> Any:
        runner, port = await start(lab)
        base = f"http://127.0.0.1:{port}"
        account = ZoomAccount("lab-account", "lab-client", secret, oauth_url=f"{base}/oauth/token",
                              api_base=f"{base}/v2")
        client = ZoomClient(account, HttpPolicy(rates=rates or {}, retries=retries, backoff_base=0.05,
                                                backoff_max=0.2, timeout=5))
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

    count, tokens, pending = run(lab, scenario)
    assert count == 650 and tokens == 1
    assert pending == [{"email": "pending@example.com", "first_name": "P", "last_name": "P", "type": 1,
                        "status": "pending"}]  # pending users carry no id


def test_wrong_secret_is_a_clear_error_without_the_secret() -> None:
    with pytest.raises(ApiError) as caught:
        run(lab_with_users(1), lambda c: c.list_users(), secret="not-the-secret")
    assert "refused the app's credentials" in str(caught.value) and "not-the-secret" not in str(caught.value)


def test_an_expired_token_is_renewed_once() -> None:
    lab = lab_with_users(3, token_lifetime=0.2)

    async def scenario(client: ZoomClient) -> int:
        await client.list_users()
        await asyncio.sleep(0.3)  # the lab expired the token; the client still believes it good
        await client.list_users()
        return client.tokens_issued

    assert run(lab, scenario) == 2


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
    assert lab.state.requests == 1


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


def test_sip_phones_for_active_users_only_and_idempotent() -> None:
    fields = {"user_email": "user0000@example.com", "user_name": "U 0", "authorization_name": "3100",
              "domain": "sbc01.example.com", "password": "digest-pw", "registration_expire_time": 60,
              "server": {"register_server": "sbc01.example.com", "proxy_server": "sbc01.example.com",
                         "transport_protocol": "TLS"}}

    async def scenario(client: ZoomClient) -> tuple[Created, Created, dict[str, Any] | None]:
        first = await client.create_sip_phone(fields)
        again = await client.create_sip_phone(fields)
        return first, again, await client.find_sip_phone("USER0000@example.com")

    lab = lab_with_users(1)
    first, again, found = run(lab, scenario)
    assert (first, again) == (Created.CREATED, Created.ALREADY_THERE)
    assert found is not None and "password" not in found
    with pytest.raises(ApiError, match="not active"):
        run(lab_with_users(1), lambda c: c.create_sip_phone({**fields, "user_email": "pending@example.com"}))


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
