"""A RedSky (E911) simulator. RedSky publishes no API specification; this models what a public client shows
(kctrey/wxcadm, redsky.py; facts only) as recorded by hand in tests/contracts/redsky.json: sign-in and refresh,
buildings and their locations, IP range mappings, every list paged with page/pageSize and the X-Pagination-Page /
X-Pagination-Count headers (the count is the number of pages). Where no source says, the choice is marked
'assumed'. It shares nothing with our connector."""

from __future__ import annotations

import ipaddress
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from wizard.lab.faults import HttpFaults, fault_middleware
from wizard.lab.web import SYSTEM, serve

UNPAGED_SIZE = 10  # the page size a list request without pageSize gets (assumed: small, so unpaged clients miss rows)


def refusal(status: int, message: str) -> web.Response:
    return web.json_response({"message": message}, status=status)  # the error body's shape is assumed


def throttled(faults: HttpFaults) -> web.Response:
    return web.json_response({"message": "Too many requests"}, status=429, headers=faults.retry_after(1.0))


@dataclass
class RedSkyState:
    username: str = "e911admin@example.com"
    password: str = "lab-redsky-password"
    org_id: str = "org-1"
    buildings: list[dict[str, Any]] = field(default_factory=lambda: [{"id": "b-1", "name": "Munich HQ"}])
    locations: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {
        "b-1": [{"id": "l-1", "name": "Floor 1"}, {"id": "l-2", "name": "Floor 2"}]})
    ranges: list[dict[str, Any]] = field(default_factory=list)
    tokens: dict[str, float] = field(default_factory=dict)  # access token -> expiry
    issued: set[str] = field(default_factory=set)  # every access token ever issued (a refresh presents one)
    refresh: set[str] = field(default_factory=set)
    token_lifetime: float = 3600.0
    creates: int = 0


def _paged(request: web.Request, items: list[dict[str, Any]]) -> web.Response:
    """One page of a list, with the pagination headers the public client reads."""
    try:
        page = int(request.query.get("page", "1"))
        size = int(request.query.get("pageSize", str(UNPAGED_SIZE)))
    except ValueError:
        return refusal(400, "page and pageSize are numbers")
    if page < 1 or size < 1:
        return refusal(400, "page starts at 1 and pageSize is at least 1")
    pages = max(1, -(-len(items) // size))
    return web.json_response(items[(page - 1) * size:page * size],
                             headers={"X-Pagination-Page": str(page), "X-Pagination-Count": str(pages)})


class RedSkyLab:
    def __init__(self, state: RedSkyState | None = None, faults: HttpFaults | None = None) -> None:
        self.state = state or RedSkyState()
        self.faults = faults or HttpFaults()
        self.state.token_lifetime = self.faults.token_lifetime
        self.app = web.Application(middlewares=[fault_middleware(self.faults, lambda request: True, throttled),
                                                self._auth])
        self.app[SYSTEM] = "redsky"
        self.app.add_routes([
            web.post("/auth-service/login", self.login),
            web.post("/auth-service/token/refresh", self.refresh_session),
            web.get("/geography-service/buildings/parent/{orgId}", self.buildings),
            web.get("/geography-service/locations/parent/{buildingId}", self.locations),
            web.get("/networking-service/ipRange/company/{orgId}", self.list_ranges),
            web.post("/networking-service/ipRange", self.create_range)])

    def _bearer(self, request: web.Request) -> str:
        return request.headers.get("Authorization", "").removeprefix("Bearer ")

    def _tokens(self) -> dict[str, Any]:
        token, refresh = secrets.token_urlsafe(16), secrets.token_urlsafe(8)
        self.state.tokens[token] = time.monotonic() + self.state.token_lifetime
        self.state.issued.add(token)
        self.state.refresh.add(refresh)
        return {"accessToken": token, "refreshTokenInfo": {"id": refresh}}

    @web.middleware
    async def _auth(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.path.startswith("/auth-service/"):
            return await handler(request)
        expiry = self.state.tokens.get(self._bearer(request))
        if expiry is None or time.monotonic() > expiry:
            return refusal(401, "Unauthorized")
        return await handler(request)

    async def login(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except ValueError:
            return refusal(401, "Bad credentials")
        if not isinstance(body, dict) or (body.get("username"), body.get("password")) != (self.state.username,
                                                                                           self.state.password):
            return refusal(401, "Bad credentials")
        return web.json_response({**self._tokens(), "userProfileTO": {"company": {"id": self.state.org_id}}})

    async def refresh_session(self, request: web.Request) -> web.Response:
        """The body is the refresh token's id as a JSON string, with the (expired) access token as Bearer; the
        answer carries new tokens only (the client keeps its org id)."""
        try:
            presented = json.loads(await request.text())
        except ValueError:
            presented = None
        if self._bearer(request) not in self.state.issued or not isinstance(presented, str) \
                or presented not in self.state.refresh:
            return refusal(401, "Invalid refresh token")
        self.state.refresh.discard(presented)
        return web.json_response(self._tokens())

    def _org(self, request: web.Request) -> bool:
        return request.match_info["orgId"] == self.state.org_id

    async def buildings(self, request: web.Request) -> web.Response:
        return _paged(request, self.state.buildings if self._org(request) else [])

    async def locations(self, request: web.Request) -> web.Response:
        building = request.match_info["buildingId"]
        if not any(b["id"] == building for b in self.state.buildings):
            return refusal(404, f"Building {building} not found")
        return _paged(request, self.state.locations.get(building, []))

    async def list_ranges(self, request: web.Request) -> web.Response:
        return _paged(request, self.state.ranges if self._org(request) else [])

    async def create_range(self, request: web.Request) -> web.Response:
        if request.query.get("companyId") != self.state.org_id:
            return refusal(400, "companyId is missing or not yours")
        try:
            body = await request.json()
            low, high = ipaddress.ip_address(body["ipAddressLow"]), ipaddress.ip_address(body["ipAddressHigh"])
            location = str(body["locationId"])
        except (ValueError, KeyError, TypeError):
            return refusal(400, "ipAddressLow, ipAddressHigh and locationId are required, as addresses and an id")
        # addresses of two families do not order; within one, their integers order as the addresses do
        if low.version != high.version or int(low) > int(high):
            return refusal(400, "The range is not low to high within one address family")
        if not any(loc["id"] == location for locs in self.state.locations.values() for loc in locs):
            return refusal(400, f"Location {location} not found")
        if any((r["ipAddressLow"], r["ipAddressHigh"]) == (str(low), str(high)) for r in self.state.ranges):
            return refusal(409, "The range is already mapped")  # assumed: RedSky refuses an exact duplicate
        self.state.creates += 1
        item = {"id": secrets.token_hex(4), "ipAddressLow": str(low), "ipAddressHigh": str(high),
                "locationId": location, "description": str(body.get("description") or "")}
        self.state.ranges.append(item)
        return web.json_response(item, status=201)


async def start(lab: RedSkyLab, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, int]:
    return await serve(lab.app, host, port)
