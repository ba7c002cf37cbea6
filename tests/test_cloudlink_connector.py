import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from wizard.checks.result import Verdict
from wizard.connectors.cloudlink import CloudLinkClient, SeveralAccounts, role_check
from wizard.connectors.http import ApiError, HttpPolicy
from wizard.lab.cloudlink import CloudLinkFaults, CloudLinkLab, start


def run(scenario: Callable[[CloudLinkClient], Awaitable[Any]], lab: CloudLinkLab | None = None) -> Any:
    lab = lab or CloudLinkLab()

    async def main() -> Any:
        runner, port = await start(lab)
        base = f"http://127.0.0.1:{port}/2017-09-01"
        client = CloudLinkClient(auth_url=base, admin_url=base, policy=HttpPolicy(retries=0, timeout=5))
        try:
            return await scenario(client)
        finally:
            await client.aclose()
            await runner.cleanup()
    return asyncio.run(main())


def test_account_admin_passes_the_role_check_and_reads_the_account() -> None:
    async def scenario(client: CloudLinkClient) -> tuple[Any, dict]:
        session = await client.sign_in("admin@example.com", "lab-cl-password")
        return role_check(session), await client.account()

    check, account = run(scenario)
    assert check.status is Verdict.PASS and check.evidence["role"] == "ACCOUNT_ADMIN"
    assert account["name"] == "Example Manufacturing"


def test_plain_user_fails_the_role_check_with_the_fix() -> None:
    session = run(lambda c: c.sign_in("user@example.com", "lab-cl-password"))
    result = role_check(session)
    assert result.status is Verdict.FAIL and "§2.2.1" in result.findings[0].fix


def test_several_accounts_ask_for_the_account_id_and_the_choice_signs_in() -> None:
    with pytest.raises(SeveralAccounts) as caught:
        run(lambda c: c.sign_in("partner@example.com", "lab-cl-password"))
    assert "does not say which" in str(caught.value) and "Account ID" in caught.value.fix  # no list to choose from
    session = run(lambda c: c.sign_in("partner@example.com", "lab-cl-password", account_id="acc-customer"))
    assert (session.account_id, session.role, session.scope) == ("acc-customer", "PARTNER_ADMIN",
                                                                 "openid profile read_write")
    role = role_check(session)  # a partner admin signed in to the customer's account is still the wrong role
    assert role.status is Verdict.FAIL and [f.code for f in role.findings] == ["cloudlink.partner-admin"]
    assert "§4.1" in role.findings[0].message and "account admin of the customer's account" in role.findings[0].fix
    with pytest.raises(ApiError, match="does not know that account ID"):
        run(lambda c: c.sign_in("partner@example.com", "lab-cl-password", account_id="acc-nobody"))


@pytest.mark.parametrize(("fault", "expected"), [
    ("account_locked", "is locked"), ("password_change_needed", "change the password"),
    ("user_inactive", "is not active")])
def test_documented_sign_in_refusals_are_named_with_their_fix(fault: str, expected: str) -> None:
    with pytest.raises(ApiError, match=expected) as caught:
        run(lambda c: c.sign_in("admin@example.com", "lab-cl-password"), CloudLinkLab(faults=CloudLinkFaults(
            **{fault: True})))
    assert caught.value.fix and "lab-cl-password" not in str(caught.value)


def test_client_credentials_sign_in() -> None:
    session = run(lambda c: c.sign_in_client("lab-cl-client", "lab-cl-secret"))
    assert session.role == "ACCOUNT_ADMIN"
    with pytest.raises(ApiError, match="client secret is wrong"):
        run(lambda c: c.sign_in_client("lab-cl-client", "nope"))


def test_wrong_password_and_refresh() -> None:
    with pytest.raises(ApiError, match="refused the sign-in") as caught:
        run(lambda c: c.sign_in("admin@example.com", "Typo-In-Secret-77"))
    assert "Typo-In-Secret-77" not in str(caught.value)

    async def scenario(client: CloudLinkClient) -> tuple[str, str]:
        first = await client.sign_in("admin@example.com", "lab-cl-password")
        second = await client.refresh()
        return first.access_token, second.access_token

    first, second = run(scenario)
    assert first != second


def test_correlation_id_is_kept_in_errors() -> None:
    async def scenario(client: CloudLinkClient) -> None:
        await client.sign_in("admin@example.com", "lab-cl-password")
        client.session = client.session.__class__(client.session.access_token + "x", None, "acc-customer",
                                                  "ACCOUNT_ADMIN", client.session.expires_at)
        await client.account()

    with pytest.raises(ApiError, match=r"request id [0-9a-f]{16}"):
        run(scenario)


def test_faults_429_storm_and_server_errors() -> None:
    storm = CloudLinkLab(faults=CloudLinkFaults(storm=2, retry_after_as_date=True))

    async def sign_in(client: CloudLinkClient) -> str:
        client.api.policy.retries = 3
        return (await client.sign_in("admin@example.com", "lab-cl-password")).role

    assert run(sign_in, storm) == "ACCOUNT_ADMIN"  # the token request is safe to repeat: waited out
    with pytest.raises(ApiError, match="503"):
        run(lambda c: c.sign_in("admin@example.com", "lab-cl-password"),
            CloudLinkLab(faults=CloudLinkFaults(error_rate=1.0)))
