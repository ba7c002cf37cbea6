"""RedSky (E911): sign-in, buildings and locations, and IP range mappings (guide §10.4).

From DESIGN.md: POST /auth-service/login, GET /networking-service/ipRange/company/{orgId},
POST /networking-service/ipRange. Assumed and to be confirmed against RedSky's documentation: the refresh
endpoint and the geography paths below. They are the only place to change if they differ."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wizard.checks.iprange import IpRange
from wizard.connectors.http import ApiClient, ApiError, HttpPolicy

API_BASE = "https://api.e911cloud.com"
LOGIN = "/auth-service/login"
REFRESH = "/auth-service/refresh-token"  # assumed
BUILDINGS = "/geography-service/buildings/company/{org}"  # assumed
LOCATIONS = "/geography-service/locations/building/{building}"  # assumed
IP_RANGES = "/networking-service/ipRange/company/{org}"
IP_RANGE = "/networking-service/ipRange"


class Outcome(StrEnum):
    CREATED = "created"
    ALREADY_THERE = "already there"


@dataclass
class RedSkySession:
    access_token: str
    refresh_id: str
    org_id: str


class RedSkyClient:
    def __init__(self, *, api_base: str = API_BASE, policy: HttpPolicy | None = None) -> None:
        self.base = api_base
        self.api = ApiClient("RedSky", policy or HttpPolicy())
        self.session: RedSkySession | None = None

    async def aclose(self) -> None:
        await self.api.aclose()

    def _session_from(self, body: dict[str, Any]) -> RedSkySession:
        try:
            self.session = RedSkySession(body["accessToken"], body["refreshTokenInfo"]["id"],
                                         str(body["userProfileTO"]["company"]["id"]))
        except (KeyError, TypeError) as exc:
            raise ApiError("RedSky's sign-in answer has an unexpected shape", "report this to support") from exc
        return self.session

    async def sign_in(self, username: str, password: str) -> RedSkySession:
        response = await self.api.request("POST", f"{self.base}{LOGIN}", idempotent=True,
                                          json={"username": username, "password": password})
        if response.status_code in (400, 401, 403):
            raise ApiError("RedSky refused the sign-in", "check the RedSky administrator's user name and password",
                           status=response.status_code)
        if response.status_code != 200:
            raise self.api.error(response, "sign-in")
        return self._session_from(response.json())

    async def _call(self, method: str, path: str, json: Any = None, idempotent: bool | None = None) -> Any:
        if self.session is None:
            raise ApiError("not signed in to RedSky", "sign in first")
        for attempt in range(2):
            response = await self.api.request(method, f"{self.base}{path}", json=json, idempotent=idempotent,
                                              headers={"Authorization": f"Bearer {self.session.access_token}"})
            if response.status_code == 401 and attempt == 0:
                renewed = await self.api.request("POST", f"{self.base}{REFRESH}", idempotent=True,
                                                 json={"refreshTokenId": self.session.refresh_id})
                if renewed.status_code != 200:
                    raise ApiError("the RedSky session expired and could not be renewed", "sign in again")
                self._session_from(renewed.json())
                continue
            return response
        return response

    async def _get_list(self, path: str, what: str) -> list[dict[str, Any]]:
        response = await self._call("GET", path)
        if response.status_code != 200:
            raise self.api.error(response, what)
        return response.json()

    async def buildings(self) -> list[dict[str, Any]]:
        assert self.session is not None
        return await self._get_list(BUILDINGS.format(org=self.session.org_id), "buildings")

    async def locations(self, building_id: str) -> list[dict[str, Any]]:
        return await self._get_list(LOCATIONS.format(building=building_id), "locations")

    async def ip_ranges(self) -> list[dict[str, Any]]:
        assert self.session is not None
        return await self._get_list(IP_RANGES.format(org=self.session.org_id), "IP ranges")

    async def location_id(self, building: str, location: str) -> str:
        match = next((b for b in await self.buildings() if b.get("name", "").lower() == building.lower()), None)
        if match is None:
            raise ApiError(f"RedSky has no building named {building!r}",
                           "create the building in RedSky first (guide §10.4 notice), or correct the name")
        place = next((loc for loc in await self.locations(str(match["id"]))
                      if loc.get("name", "").lower() == location.lower()), None)
        if place is None:
            raise ApiError(f"building {building!r} has no location named {location!r}",
                           "create the location in RedSky first, or correct the name")
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
                raise ApiError(f"{entry.low}–{entry.high} is already mapped to another location in RedSky",
                               "change or delete that mapping in RedSky, or correct the table")
        response = await self._call("POST", IP_RANGE, idempotent=False, json={
            "ipAddressLow": entry.low, "ipAddressHigh": entry.high, "locationId": location,
            "orgId": self.session.org_id, "description": entry.description})
        if response.status_code not in (200, 201):
            raise self.api.error(response, f"map {entry.low}–{entry.high}")
        return Outcome.CREATED
