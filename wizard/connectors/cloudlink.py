"""Mitel CloudLink (APIs versioned 2017-09-01): tokens, the account, and the role guide §2.2.1 requires.
Every CloudLink fact the wizard relies on is in this module."""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass
from typing import Any

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.connectors.http import ApiClient, ApiError, HttpPolicy, json_body

AUTH_URL = "https://authentication.api.mitel.io/2017-09-01"
ADMIN_URL = "https://admin.api.mitel.io/2017-09-01"
ADMIN_ROLES = {"ACCOUNT_ADMIN", "PARTNER_ADMIN"}  # who may set up the integration (guide §2.2.1)


class SeveralAccounts(ApiError):
    """The user name exists in several CloudLink accounts: the engineer must say which one."""

    def __init__(self, accounts: list[dict[str, str]]) -> None:
        names = ", ".join(f"{a.get('name', '?')} ({a.get('accountId', '?')})" for a in accounts) or "not listed"
        super().__init__(f"this CloudLink user belongs to several accounts: {names}",
                         "choose the customer's account; the wizard signs in to that one", status=409)
        self.accounts = accounts


@dataclass(frozen=True)
class CloudLinkSession:
    access_token: str
    refresh_token: str | None
    account_id: str
    role: str
    expires_at: float


def token_claims(token: str) -> dict[str, Any]:
    """The claims of a JWT, read without verifying it: the wizard only needs to know who it signed in as."""
    try:
        payload = token.split(".")[1]
        return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError) as exc:
        raise ApiError("CloudLink returned a token the wizard cannot read", "report this to support") from exc


def role_check(session: CloudLinkSession) -> CheckResult:
    evidence = {"account_id": session.account_id, "role": session.role}
    if session.role in ADMIN_ROLES:
        return CheckResult("cloudlink.role", (), evidence)
    return CheckResult("cloudlink.role", (Finding.of(
        "cloudlink.not-admin", Severity.ERROR,
        "The CloudLink user has the role {role}; the setup needs an account admin.",
        "Sign in as an account admin, or have a partner or account admin grant the role (guide §2.2.1).",
        role=session.role),),
        evidence)


class CloudLinkClient:
    def __init__(self, *, auth_url: str = AUTH_URL, admin_url: str = ADMIN_URL, policy: HttpPolicy | None = None,
                 api: ApiClient | None = None) -> None:
        self.auth_url, self.admin_url = auth_url, admin_url
        self.api = api or ApiClient("CloudLink", policy or HttpPolicy())
        self.session: CloudLinkSession | None = None

    async def aclose(self) -> None:
        await self.api.aclose()

    async def _token(self, form: dict[str, str]) -> CloudLinkSession:
        response = await self.api.request("POST", f"{self.auth_url}/token", data=form, idempotent=True)
        if response.status_code == 409:
            body = json_body(response)
            raise SeveralAccounts(body.get("accounts", []))
        if response.status_code in (400, 401, 403):
            raise ApiError("CloudLink refused the sign-in", "check the user name and password (or client "
                           "credentials) of the CloudLink account admin", status=response.status_code)
        if response.status_code not in (200, 201):
            raise self.api.error(response, "sign-in")
        body = response.json()
        claims = token_claims(body["access_token"])
        self.session = CloudLinkSession(body["access_token"], body.get("refresh_token"),
                                        str(claims.get("accountId", "")), str(claims.get("role", "")),
                                        time.monotonic() + float(body.get("expires_in", 3600)))
        return self.session

    async def sign_in(self, username: str, password: str, account_id: str | None = None) -> CloudLinkSession:
        form = {"grant_type": "password", "username": username, "password": password}
        if account_id:
            form["account_id"] = account_id
        return await self._token(form)

    async def sign_in_client(self, client_id: str, client_secret: str,
                             account_id: str | None = None) -> CloudLinkSession:
        form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret}
        if account_id:
            form["account_id"] = account_id
        return await self._token(form)

    async def refresh(self) -> CloudLinkSession:
        if self.session is None or not self.session.refresh_token:
            raise ApiError("there is no CloudLink session to renew", "sign in again")
        return await self._token({"grant_type": "refresh_token", "refresh_token": self.session.refresh_token})

    async def account(self) -> dict[str, Any]:
        if self.session is None:
            raise ApiError("not signed in to CloudLink", "sign in first")
        if time.monotonic() > self.session.expires_at - 60:
            await self.refresh()
        response = await self.api.request("GET", f"{self.admin_url}/accounts/{self.session.account_id}",
                                          headers={"Authorization": f"Bearer {self.session.access_token}"})
        if response.status_code != 200:
            raise self.api.error(response, "account information")
        return response.json()

