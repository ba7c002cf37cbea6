"""A CloudLink simulator written from Mitel's authentication OpenAPI (2017-09-01; tests/contracts/cloudlink-auth.json
holds the trimmed operation) and, for the admin API that has no public spec, from what public clients agree on:
the token endpoint (password, client credentials, refresh), its documented refusals, and the account, with a
correlation id on every answer."""

from __future__ import annotations

import base64
import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from wizard.lab.faults import HttpFaults, fault_middleware
from wizard.lab.web import SYSTEM, serve

VERSION = "/2017-09-01"
GRANTS = ("password", "client_credentials", "refresh_token", "authorization_code",
          "urn:ietf:params:oauth:grant-type:token-exchange")  # createToken's grant_type enum
SCOPE = "openid profile read_write"  # one of the supported scope values the spec names; assumed for an admin


@dataclass
class CloudLinkFaults(HttpFaults):
    account_locked: bool = False  # createToken 422 with error 401
    password_change_needed: bool = False  # createToken 422 with error 451
    user_inactive: bool = False  # createToken 403 UserNotActive


def _jwt(claims: dict[str, Any]) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")
    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}.lab"


def refusal(status: int, name: str, message: str) -> web.Response:
    """The spec's error body: the error's name and a message."""
    return web.json_response({"name": name, "message": message}, status=status)


def throttled(faults: HttpFaults) -> web.Response:
    # TooManyRequestsResponse carries a message only
    return web.json_response({"message": "Too Many Requests"}, status=429, headers=faults.retry_after(1.0))


@dataclass
class CloudLinkState:
    # user name -> password and the accounts (with the role in each) it belongs to
    users: dict[str, dict[str, Any]] = field(default_factory=lambda: {
        "admin@example.com": {"password": "lab-cl-password", "accounts": [
            {"accountId": "acc-customer", "name": "Example Manufacturing", "role": "ACCOUNT_ADMIN"}]},
        "partner@example.com": {"password": "lab-cl-password", "accounts": [
            {"accountId": "acc-customer", "name": "Example Manufacturing", "role": "PARTNER_ADMIN"},
            {"accountId": "acc-partner", "name": "Integrator Prime", "role": "PARTNER_ADMIN"}]},
        "user@example.com": {"password": "lab-cl-password", "accounts": [
            {"accountId": "acc-customer", "name": "Example Manufacturing", "role": "USER"}]},
    })
    clients: dict[str, dict[str, Any]] = field(default_factory=lambda: {
        "lab-cl-client": {"secret": "lab-cl-secret", "account": {"accountId": "acc-customer",
                                                                 "role": "ACCOUNT_ADMIN"}}})
    accounts: dict[str, dict[str, Any]] = field(default_factory=lambda: {
        "acc-customer": {"accountId": "acc-customer", "name": "Example Manufacturing", "partnerId": "p-1"},
        "acc-partner": {"accountId": "acc-partner", "name": "Integrator Prime", "partnerId": "p-1"}})
    tokens: dict[str, tuple[str, float]] = field(default_factory=dict)  # access token -> (account, expiry)
    refresh: dict[str, dict[str, Any]] = field(default_factory=dict)
    token_lifetime: float = 3600.0


class CloudLinkLab:
    def __init__(self, state: CloudLinkState | None = None, faults: CloudLinkFaults | None = None) -> None:
        self.state = state or CloudLinkState()
        self.faults = faults or CloudLinkFaults()
        self.state.token_lifetime = self.faults.token_lifetime
        self.app = web.Application(middlewares=[self._correlation,
                                                fault_middleware(self.faults, lambda request: True, throttled)])
        self.app[SYSTEM] = "cloudlink"
        self.app.add_routes([web.post(f"{VERSION}/token", self.token),
                             web.get(f"{VERSION}/accounts/{{accountId}}", self.account)])

    @web.middleware
    async def _correlation(self, request: web.Request, handler: Any) -> web.StreamResponse:
        response = await handler(request)
        response.headers["x-mitel-correlation-id"] = secrets.token_hex(8)
        return response

    def _issue(self, account: dict[str, Any]) -> web.Response:
        access = _jwt({"accountId": account["accountId"], "role": account["role"], "iat": int(time.time()),
                       "jti": secrets.token_hex(8)})
        refresh = secrets.token_urlsafe(16)
        self.state.tokens[access] = (account["accountId"], time.monotonic() + self.state.token_lifetime)
        self.state.refresh[refresh] = account
        return web.json_response({"access_token": access, "refresh_token": refresh, "token_type": "Bearer",
                                  "expires_in": int(self.state.token_lifetime), "scope": SCOPE}, status=201)

    async def token(self, request: web.Request) -> web.Response:
        if request.content_type != "application/x-www-form-urlencoded":
            return refusal(400, "MissingBodyInRequest", "The token request is form-encoded")
        form = await request.post()
        grant = str(form.get("grant_type", ""))
        if grant not in GRANTS:
            return refusal(400, "InvalidGrantType", f"Unsupported grant_type {grant}")
        if grant == "refresh_token":
            return self._refresh_grant(form)
        if grant == "client_credentials":
            return self._client_credentials_grant(form)
        if grant != "password":
            return refusal(400, "InvalidGrantType", f"grant_type {grant} is not offered by this lab")
        return self._password_grant(form)

    def _refresh_grant(self, form: Mapping[str, object]) -> web.Response:
        account = self.state.refresh.pop(str(form.get("refresh_token", "")), None)
        return self._issue(account) if account else refusal(401, "InvalidLoginCredentials",
                                                            "The refresh token is not valid")

    def _client_credentials_grant(self, form: Mapping[str, object]) -> web.Response:
        client = self.state.clients.get(str(form.get("client_id", "")))
        if client is None:
            return refusal(404, "ClientNotFound", "No such client")
        if client["secret"] != form.get("client_secret"):
            return refusal(401, "ClientSecretMismatch", "The client secret does not match")
        return self._issue(client["account"])

    def _password_grant(self, form: Mapping[str, object]) -> web.Response:
        if not form.get("username") or not form.get("password"):
            return refusal(400, "MissingParameters", "username and password are required")
        user = self.state.users.get(str(form.get("username")))
        if user is None or user["password"] != form.get("password"):
            return refusal(401, "InvalidLoginCredentials", "Invalid login credentials")
        refused = self._sign_in_fault()
        if refused is not None:
            return refused
        accounts = user["accounts"]
        wanted = form.get("account_id")
        if wanted:
            accounts = [a for a in accounts if a["accountId"] == wanted]
            if not accounts:
                return refusal(404, "AccountNotFound", "The user is not in that account")
        if len(accounts) > 1:  # ConflictResponse: a name and a message, no list of the accounts
            return refusal(409, "MultipleMatching", "The user exists in more than one account; give account_id")
        return self._issue(accounts[0])

    def _sign_in_fault(self) -> web.Response | None:
        """The refusals a user with the right password can still get, when the lab is asked to play them."""
        if self.faults.user_inactive:
            return refusal(403, "UserNotActive", "The user is not active")
        if self.faults.account_locked:  # 422 with error 401: account locked
            return web.json_response({"error": "401", "message": "Account locked"}, status=422)
        if self.faults.password_change_needed:  # 422 with error 451: password change needed
            return web.json_response({"error": "451", "message": "Password change needed"}, status=422)
        return None

    async def account(self, request: web.Request) -> web.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        held = self.state.tokens.get(token)
        if held is None or time.monotonic() > held[1]:
            return refusal(401, "Unauthorized", "The access token is missing, invalid or expired")
        if request.match_info["accountId"] != held[0]:
            return refusal(403, "Forbidden", "The token is for another account")
        return web.json_response(self.state.accounts[held[0]])


async def start(lab: CloudLinkLab, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, int]:
    return await serve(lab.app, host, port)
