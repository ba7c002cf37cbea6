"""A RedSky simulator: sign-in with refresh, buildings and locations, and IP range mappings."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from wizard.connectors import redsky as api
from wizard.lab.faults import HttpFaults, fault_middleware
from wizard.lab.web import serve


@dataclass
class RedSkyState:
    username: str = "e911admin@example.com"
    password: str = "lab-redsky-password"
    org_id: str = "org-1"
    buildings: list[dict[str, Any]] = field(default_factory=lambda: [{"id": "b-1", "name": "Munich HQ"}])
    locations: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {
        "b-1": [{"id": "l-1", "name": "Floor 1"}, {"id": "l-2", "name": "Floor 2"}]})
    ranges: list[dict[str, Any]] = field(default_factory=list)
    tokens: dict[str, float] = field(default_factory=dict)
    refresh: set[str] = field(default_factory=set)
    token_lifetime: float = 3600.0
    creates: int = 0


class RedSkyLab:
    def __init__(self, state: RedSkyState | None = None, faults: HttpFaults | None = None) -> None:
        self.state = state or RedSkyState()
        self.faults = faults or HttpFaults()
        self.state.token_lifetime = self.faults.token_lifetime
        self.app = web.Application(middlewares=[fault_middleware(self.faults, lambda request: True), self._auth])
        org, building = "{org}", "{building}"
        self.app.add_routes([
            web.post(api.LOGIN, self.login), web.post(api.REFRESH, self.refresh),
            web.get(api.BUILDINGS.format(org=org), self.buildings),
            web.get(api.LOCATIONS.format(building=building), self.locations),
            web.get(api.IP_RANGES.format(org=org), self.list_ranges), web.post(api.IP_RANGE, self.create_range)])

    def _session(self) -> dict[str, Any]:
        token, refresh = secrets.token_urlsafe(16), secrets.token_urlsafe(8)
        self.state.tokens[token] = time.monotonic() + self.state.token_lifetime
        self.state.refresh.add(refresh)
        return {"accessToken": token, "refreshTokenInfo": {"id": refresh},
                "userProfileTO": {"company": {"id": self.state.org_id}}}

    @web.middleware
    async def _auth(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.path in (api.LOGIN, api.REFRESH):
            return await handler(request)
        expiry = self.state.tokens.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
        if expiry is None or time.monotonic() > expiry:
            return web.json_response({"message": "Unauthorized"}, status=401)
        return await handler(request)

    async def login(self, request: web.Request) -> web.Response:
        body = await request.json()
        if (body.get("username"), body.get("password")) != (self.state.username, self.state.password):
            return web.json_response({"message": "Bad credentials"}, status=401)
        return web.json_response(self._session())

    async def refresh(self, request: web.Request) -> web.Response:
        body = await request.json()
        if body.get("refreshTokenId") not in self.state.refresh:
            return web.json_response({"message": "Invalid refresh token"}, status=401)
        self.state.refresh.discard(body["refreshTokenId"])
        return web.json_response(self._session())

    async def buildings(self, request: web.Request) -> web.Response:
        return web.json_response(self.state.buildings)

    async def locations(self, request: web.Request) -> web.Response:
        return web.json_response(self.state.locations.get(request.match_info["building"], []))

    async def list_ranges(self, request: web.Request) -> web.Response:
        return web.json_response(self.state.ranges)

    async def create_range(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.state.creates += 1
        item = {k: body[k] for k in ("ipAddressLow", "ipAddressHigh", "locationId", "orgId", "description")}
        self.state.ranges.append({"id": secrets.token_hex(4), **item})
        return web.json_response(self.state.ranges[-1], status=201)


async def start(lab: RedSkyLab, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, int]:
    return await serve(lab.app, host, port)
