"""RedSky (E911): sign-in, buildings and locations, and IP range mappings (guide §10.4).

RedSky publishes no API specification. Every fact here comes from a public client, kctrey/wxcadm's redsky.py
(GPL-3.0, release 4.6.1; facts only, no code), and DESIGN.md; tests/contracts/redsky.json records them by hand.
Unconfirmed by any public source, and kept here in one place: the error bodies, whether every list honours paging,
and whether creating a range answers 200 or 201."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wizard.checks.iprange import IpRange
from wizard.connectors.http import ApiClient, ApiError, HttpPolicy

API_BASE = "https://api.e911cloud.com"  # per tenant: Webex-provisioned tenants use https://api.wxc.e911cloud.com
LOGIN = "/auth-service/login"  # {username, password} → accessToken, refreshTokenInfo.id, userProfileTO.company.id
REFRESH = "/auth-service/token/refresh"  # Bearer header, JSON body = the refresh token's id as a string
BUILDINGS = "/geography-service/buildings/parent/{org}"  # with origin=default
LOCATIONS = "/geography-service/locations/parent/{building}"
IP_RANGES = "/networking-service/ipRange/company/{org}"
IP_RANGE = "/networking-service/ipRange"  # POST ?companyId={org} {ipAddressLow, ipAddressHigh, locationId, description}
PAGE_SIZE = 100  # the public client's page size; pages are numbered from 1
PAGES_HEADER = "X-Pagination-Count"  # the number of pages (the client pages while X-Pagination-Page is below it)
MAX_PAGES = 10_000  # a server that never says 'last page' cannot keep us here for ever


class Outcome(StrEnum):
    CREATED = "created"
    ALREADY_THERE = "already there"


@dataclass
class RedSkySession:
    access_token: str
    refresh_id: str
    org_id: str


class RedSkyClient:
    def __init__(self, *, api_base: str = API_BASE, policy: HttpPolicy | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        self.base = api_base.rstrip("/")
        self.page_size = page_size
        self.api = ApiClient("RedSky", policy or HttpPolicy())
        self.session: RedSkySession | None = None

    async def aclose(self) -> None:
        await self.api.aclose()

    def _session_from(self, body: dict[str, Any], org_id: str | None = None) -> RedSkySession:
        """A session from a sign-in answer; a refresh answer has new tokens only, so the org id is kept."""
        try:
            org = org_id if org_id is not None else str(body["userProfileTO"]["company"]["id"])
            self.session = RedSkySession(str(body["accessToken"]), str(body["refreshTokenInfo"]["id"]), org)
        except (KeyError, TypeError) as exc:
            raise ApiError("RedSky's sign-in answer lacks accessToken, refreshTokenInfo.id or the company id",
                           "check the RedSky API address (it differs per tenant); else report this to support") \
                from exc
        return self.session

    async def sign_in(self, username: str, password: str) -> RedSkySession:
        response = await self.api.request("POST", f"{self.base}{LOGIN}", idempotent=True,
                                          json={"username": username, "password": password})
        if response.status_code in (400, 401, 403):
            raise ApiError("RedSky refused the sign-in", "check the RedSky administrator's user name and password",
                           status=response.status_code)
        if response.status_code != 200:
            raise self.api.error(response, "sign-in")
        return self._session_from(self.api.payload(response, "sign-in"))

    async def _renew(self) -> None:
        assert self.session is not None
        renewed = await self.api.request(  # the JSON body is the id itself, a string: "abc", not {"id": "abc"}
            "POST", f"{self.base}{REFRESH}", idempotent=True, json=self.session.refresh_id,
            headers={"Authorization": f"Bearer {self.session.access_token}"})
        if renewed.status_code != 200:
            raise ApiError("the RedSky session expired and could not be renewed", "sign in again",
                           status=renewed.status_code)
        self._session_from(self.api.payload(renewed, "renew the session"), org_id=self.session.org_id)

    async def _call(self, method: str, path: str, json: Any = None, idempotent: bool | None = None,
                    params: dict[str, Any] | None = None) -> Any:
        if self.session is None:
            raise ApiError("not signed in to RedSky", "sign in first")
        for attempt in range(2):
            response = await self.api.request(method, f"{self.base}{path}", json=json, idempotent=idempotent,
                                              params=params,
                                              headers={"Authorization": f"Bearer {self.session.access_token}"})
            if response.status_code == 401 and attempt == 0:
                await self._renew()
                continue
            return response
        return response

    async def _get_list(self, path: str, what: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Every page of a list: page from 1 while the page number is below X-Pagination-Count; a short page ends
        it too, for a server that leaves the headers out."""
        items: list[dict[str, Any]] = []
        for page in range(1, MAX_PAGES + 1):
            response = await self._call("GET", path, params={**(params or {}), "page": page,
                                                             "pageSize": self.page_size})
            if response.status_code != 200:
                raise self.api.error(response, what)
            rows = self.api.payload_list(response, what)
            items += rows
            try:
                pages = int(response.headers.get(PAGES_HEADER, "0"))
            except ValueError:
                pages = 0
            if len(rows) < self.page_size or (pages and page >= pages):
                return items
        raise self.api.broken(response, what, "a last page")

    async def buildings(self) -> list[dict[str, Any]]:
        assert self.session is not None
        return await self._get_list(BUILDINGS.format(org=self.session.org_id), "buildings", {"origin": "default"})

    async def locations(self, building_id: str) -> list[dict[str, Any]]:
        return await self._get_list(LOCATIONS.format(building=building_id), "locations")

    async def ip_ranges(self) -> list[dict[str, Any]]:
        assert self.session is not None
        return await self._get_list(IP_RANGES.format(org=self.session.org_id), "IP ranges")

    async def location_id(self, building: str, location: str) -> str:
        match = next((b for b in await self.buildings() if b.get("name", "").lower() == building.lower()), None)
        if match is None:
            raise ApiError("RedSky has no building named '{building}'",
                           "create the building in RedSky first (guide §10.4 notice), or correct the name",
                           building=building)
        place = next((loc for loc in await self.locations(str(match["id"]))
                      if loc.get("name", "").lower() == location.lower()), None)
        if place is None:
            raise ApiError("building '{building}' has no location named '{location}'",
                           "create the location in RedSky first, or correct the name", building=building,
                           location=location)
        return str(place["id"])

    async def map_range(self, entry: IpRange, existing: list[dict[str, Any]] | None = None) -> Outcome:
        """Create one mapping; the same range already mapped to the same place is not created again."""
        assert self.session is not None
        location = await self.location_id(entry.building, entry.location)
        current = existing if existing is not None else await self.ip_ranges()
        for item in current:
            if (item.get("ipAddressLow"), item.get("ipAddressHigh")) == (entry.low, entry.high):
                if str(item.get("locationId")) == location:
                    return Outcome.ALREADY_THERE
                raise ApiError("{low}–{high} is already mapped to another location in RedSky",
                               "change or delete that mapping in RedSky, or correct the table", low=entry.low,
                               high=entry.high)
        response = await self._call("POST", IP_RANGE, idempotent=False, params={"companyId": self.session.org_id},
                                    json={"ipAddressLow": entry.low, "ipAddressHigh": entry.high,
                                          "locationId": location, "description": entry.description})
        if response.status_code not in (200, 201):
            raise self.api.error(response, f"map {entry.low}–{entry.high}")
        return Outcome.CREATED
