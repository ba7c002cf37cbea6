"""Mitel CloudLink (APIs versioned 2017-09-01): tokens, the account, and the role guide §2.2.1 requires.
Every CloudLink fact the wizard relies on is in this module, each with its source: 'auth spec' is Mitel's
authentication OpenAPI (operation createToken; tests/contracts/cloudlink-auth.json); the admin API has no public
spec (tests/contracts/cloudlink-admin.json says what public clients agree on)."""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass
from typing import Any

from wizard.checks.result import CheckResult, Finding, Severity
from wizard.connectors.http import ApiClient, ApiError, HttpPolicy, json_body, request_id

AUTH_URL = "https://authentication.api.mitel.io/2017-09-01"
ADMIN_URL = "https://admin.api.mitel.io/2017-09-01"
# The token's role claim (shared/DESIGN.md: GLOBAL_ADMIN, PARTNER_ADMIN, ACCOUNT_ADMIN, USER, GUEST; the auth spec
# types it as a string only). Guide §2.2.1: "you must be a CloudLink account admin"; §4.1: a partner admin cannot
# enable integrations in the partner prime account, as partner accounts do not support them.
ACCOUNT_ADMIN = "ACCOUNT_ADMIN"
PARTNER_ADMIN = "PARTNER_ADMIN"


class SeveralAccounts(ApiError):
    """409 MultipleMatching (auth spec, ConflictResponse): the user name exists in several CloudLink accounts. The
    answer does not say which: the engineer gives the customer's account ID and the sign-in is sent again with it."""

    def __init__(self, request_id: str | None = None) -> None:
        super().__init__("this CloudLink user belongs to several accounts, and CloudLink does not say which",
                         "enter the customer's CloudLink account ID in the CloudLink connection (Account ID) and "
                         "test again", status=409, code="MultipleMatching", request_id=request_id)


# createToken's documented refusals (auth spec) in the engineer's words: (status, name or error) → problem, fix
_WRONG_LOGIN = ("CloudLink refused the sign-in: the user name or password is wrong",
                "check the CloudLink account admin's user name and password")
SIGN_IN_REFUSALS: dict[tuple[int, str], tuple[str, str]] = {
    (401, "InvalidLoginCredentials"): _WRONG_LOGIN,
    (400, "InvalidLoginCredentials"): _WRONG_LOGIN,  # the spec lists the name under 400 as well
    (401, "ClientSecretMismatch"): ("CloudLink refused the client credentials: the client secret is wrong",
                                    "check the client ID and secret"),
    (404, "ClientNotFound"): ("CloudLink does not know this client ID", "check the client ID"),
    (404, "AccountNotFound"): ("CloudLink does not know that account ID for this user",
                               "check the Account ID of the CloudLink connection, or leave it empty"),
    (404, "UserNotFound"): ("CloudLink does not know this user name", "check the user name"),
    (403, "UserNotActive"): ("the CloudLink user is not active",
                             "the user must accept CloudLink's invitation first, or an admin activates it"),
    (400, "InactiveAccount"): ("the CloudLink account is not active", "ask Mitel or the partner to activate it"),
    (422, "401"): ("the CloudLink account of this user is locked (too many failed sign-ins)",
                   "wait, or have a CloudLink admin unlock it, then test again"),
    (422, "451"): ("CloudLink asks this user to change the password before signing in",
                   "sign in once at CloudLink's web portal and set a new password, then enter it here"),
    (422, "452"): ("the CloudLink password does not meet CloudLink's password rules",
                   "set a password that meets the rules in CloudLink's web portal"),
}


@dataclass(frozen=True)
class CloudLinkSession:
    access_token: str
    refresh_token: str | None
    account_id: str
    role: str
    expires_at: float
    scope: str = ""


def token_claims(token: str) -> dict[str, Any]:
    """The claims of a JWT, read without verifying it: the wizard only needs to know who it signed in as."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError) as exc:
        raise ApiError("CloudLink returned a token the wizard cannot read", "report this to support") from exc
    if not isinstance(claims, dict):
        raise ApiError("CloudLink returned a token without claims", "report this to support")
    return claims


def role_check(session: CloudLinkSession) -> CheckResult:
    evidence = {"account_id": session.account_id, "role": session.role}
    if session.role == ACCOUNT_ADMIN:
        return CheckResult("cloudlink.role", (), evidence)
    if session.role == PARTNER_ADMIN:
        return CheckResult("cloudlink.role", (Finding.of(
            "cloudlink.partner-admin", Severity.ERROR,
            "The CloudLink user is a partner admin (PARTNER_ADMIN), the wrong role for this setup: it needs the "
            "customer account's admin (guide §2.2.1), and partner accounts cannot carry the integration (§4.1).",
            "Sign in as an account admin of the customer's account; a partner admin can give a user of that account "
            "the Account Admin role (Mitel Administration > User Management)."),), evidence)
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
        """createToken (auth spec): form-encoded; 201 with access_token, refresh_token, token_type, expires_in,
        scope; errors are {name, message}, a 422 carries {error, message} instead."""
        response = await self.api.request("POST", f"{self.auth_url}/token", data=form, idempotent=True)
        if response.status_code != 201:
            body = json_body(response)
            reason = str(body.get("error") if response.status_code == 422 else body.get("name") or "")
            if response.status_code == 409 and reason == "MultipleMatching":
                raise SeveralAccounts(request_id(response))
            known = SIGN_IN_REFUSALS.get((response.status_code, reason))
            if known is not None:
                raise ApiError(*known, status=response.status_code, code=reason, request_id=request_id(response))
            raise self.api.error(response, "sign-in")
        body = self.api.payload(response, "sign-in", ("access_token",))
        claims = token_claims(str(body["access_token"]))
        try:
            lifetime = float(body.get("expires_in", 3600))
        except (TypeError, ValueError):
            lifetime = 3600.0
        self.session = CloudLinkSession(str(body["access_token"]), body.get("refresh_token"),
                                        str(claims.get("accountId", "")), str(claims.get("role", "")),
                                        time.monotonic() + lifetime, str(body.get("scope", "")))
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
        # GET /accounts/{accountId} (admin API, no public spec: public clients agree on {accountId, name, partnerId})
        response = await self.api.request("GET", f"{self.admin_url}/accounts/{self.session.account_id}",
                                          headers={"Authorization": f"Bearer {self.session.access_token}"})
        if response.status_code != 200:
            raise self.api.error(response, "account information")
        return self.api.payload(response, "account information", ("accountId", "name"))

