"""A CloudLink simulator: the token endpoint (password, client credentials, refresh; 409 for a user in several
accounts) and the admin API's account, with a correlation id on every answer."""

from __future__ import annotations

import base64
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from wizard.lab.faults import HttpFaults, fault_middleware
from wizard.lab.web import serve

VERSION = "/2017-09-01"


def _jwt(claims: dict[str, Any]) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")
    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}.lab"


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
    accounts: dict[str, dict[str, Any]] = field(default_factory=lambda: {
        "acc-customer": {"accountId": "acc-customer", "name": "Example Manufacturing", "partnerId": "p-1"},
        "acc-partner": {"accountId": "acc-partner", "name": "Integrator Prime", "partnerId": "p-1"}})
    tokens: dict[str, tuple[str, float]] = field(default_factory=dict)  # access token -> (account, expiry)
    refresh: dict[str, dict[str, Any]] = field(default_factory=dict)
    token_lifetime: float = 3600.0


class CloudLinkLab:
    def __init__(self, state: CloudLinkState | None = None, faults: HttpFaults | None = None) -> None:
        self.state = state or CloudLinkState()
        self.faults = faults or HttpFaults()
        self.state.token_lifetime = self.faults.token_lifetime
        self.app = web.Application(middlewares=[self._correlation,
                                                fault_middleware(self.faults, lambda request: True)])
        self.app.add_routes([web.post(f"{VERSION}/token", self.token),
                             web.get(f"{VERSION}/accounts/{{account}}", self.account)])

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
                                  "expires_in": int(self.state.token_lifetime)}, status=201)

    async def token(self, request: web.Request) -> web.Response:
        form = await request.post()
        grant = form.get("grant_type")
        if grant == "refresh_token":
            account = self.state.refresh.pop(str(form.get("refresh_token")), None)
            return self._issue(account) if account else web.json_response(
                {"name": "Unauthorized", "message": "Invalid refresh token"}, status=401)
        if grant == "password":
            user = self.state.users.get(str(form.get("username")))
            if user is None or user["password"] != form.get("password"):
                return web.json_response({"name": "Unauthorized", "message": "Invalid credentials"}, status=401)
            accounts = user["accounts"]
            wanted = form.get("account_id")
            if wanted:
                accounts = [a for a in accounts if a["accountId"] == wanted]
            if len(accounts) > 1:
                return web.json_response({"name": "Conflict", "message": "User exists in multiple accounts",
                                          "accounts": [{k: a[k] for k in ("accountId", "name")}
                                                       for a in accounts]}, status=409)
            if not accounts:
                return web.json_response({"name": "Unauthorized", "message": "Not a member of that account"},
                                         status=401)
            return self._issue(accounts[0])
        return web.json_response({"name": "BadRequest", "message": f"Unsupported grant_type {grant}"}, status=400)

    async def account(self, request: web.Request) -> web.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        held = self.state.tokens.get(token)
        if held is None or time.monotonic() > held[1]:
            return web.json_response({"name": "Unauthorized", "message": "Token expired"}, status=401)
        if request.match_info["account"] != held[0]:
            return web.json_response({"name": "Forbidden", "message": "Not your account"}, status=403)
        return web.json_response(self.state.accounts[held[0]])


async def start(lab: CloudLinkLab, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, int]:
    return await serve(lab.app, host, port)
