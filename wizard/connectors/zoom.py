"""Zoom: Server-to-Server OAuth, users and PSI integrated users (SIP phones). Every fact about Zoom's API
that the wizard relies on is in this module, so a correction is made once."""

from __future__ import annotations

import asyncio
import base64
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wizard.connectors.http import ApiClient, ApiError, HttpPolicy, json_body
from wizard.errors import WizardError

OAUTH_URL = "https://zoom.us/oauth/token"
API_BASE = "https://api.zoom.us/v2"
TOKEN_RENEW_MARGIN = 60.0  # renew this many seconds before the token expires (tokens live 3600 s)
USER_EXISTS_CODE = 1005
USER_NOT_FOUND_CODE = 1001
PAGE_SIZE = 300
# Zoom's rate categories (per second, Pro accounts); the lab and the pacing use the same numbers
RATES_PRO = {"light": 30.0, "medium": 20.0, "heavy": 10.0}


def parse_rates(spec: str) -> dict[str, float]:
    """'light=80,medium=60' → per-second limits by category; categories not named keep the Pro values."""
    rates = dict(RATES_PRO)
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, _, value = item.partition("=")
        name = name.strip().lower()
        if name not in RATES_PRO:
            raise WizardError(f"unknown Zoom rate category {name!r}", "use light, medium or heavy, e.g. light=80")
        try:
            rates[name] = float(value)
        except ValueError as exc:
            raise WizardError(f"Zoom rate {item!r} is not name=number", "e.g. light=80,medium=60") from exc
        if rates[name] <= 0:
            raise WizardError(f"Zoom rate {item!r} must be above zero", "e.g. light=30")
    return rates



class Created(StrEnum):
    CREATED = "created"
    ALREADY_THERE = "already there"


@dataclass(frozen=True)
class ZoomAccount:
    account_id: str
    client_id: str
    client_secret: str
    oauth_url: str = OAUTH_URL
    api_base: str = API_BASE


class ZoomClient:
    def __init__(self, account: ZoomAccount, policy: HttpPolicy | None = None,
                 api: ApiClient | None = None) -> None:
        self.account = account
        self.api = api or ApiClient("Zoom", policy or HttpPolicy(rates=dict(RATES_PRO)))
        self._token: str | None = None
        self._expires_at = 0.0
        self._token_lock = asyncio.Lock()  # concurrent callers share one token request
        self.tokens_issued = 0

    async def aclose(self) -> None:
        await self.api.aclose()

    async def _fetch_token(self) -> str:
        basic = base64.b64encode(f"{self.account.client_id}:{self.account.client_secret}".encode()).decode()
        response = await self.api.request(
            "POST", self.account.oauth_url, idempotent=True,
            params={"grant_type": "account_credentials", "account_id": self.account.account_id},
            headers={"Authorization": f"Basic {basic}"})
        if response.status_code in (400, 401):
            raise ApiError("Zoom refused the app's credentials (Server-to-Server OAuth)",
                           "check the account ID, client ID and client secret of the Server-to-Server OAuth app",
                           status=response.status_code)
        if response.status_code != 200:
            raise self.api.error(response, "token")
        body = response.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + float(body.get("expires_in", 3600))
        self.tokens_issued += 1
        return self._token

    def _token_fresh(self) -> bool:
        return self._token is not None and time.monotonic() < self._expires_at - TOKEN_RENEW_MARGIN

    async def token(self) -> str:
        if not self._token_fresh():
            async with self._token_lock:
                if not self._token_fresh():
                    return await self._fetch_token()
        assert self._token is not None
        return self._token

    async def call(self, method: str, path: str, *, category: str = "light", json: Any = None,
                   params: dict[str, Any] | None = None, idempotent: bool | None = None) -> Any:
        for attempt in range(2):
            token = await self.token()
            response = await self.api.request(method, f"{self.account.api_base}{path}", category=category, json=json,
                                              params=params, idempotent=idempotent,
                                              headers={"Authorization": f"Bearer {token}"})
            if response.status_code == 401 and attempt == 0:
                if self._token == token:
                    self._token = None  # revoked or expired early: renew once (unless another call just did)
                continue
            return response
        return response

    # ------------------------------------------------------------------ users
    async def _all_pages(self, path: str, key: str, params: dict[str, Any], what: str) -> list[dict[str, Any]]:
        """Every item of a paged list (Zoom pages with next_page_token)."""
        items: list[dict[str, Any]] = []
        token = ""
        while True:
            response = await self.call("GET", path, params={**params, **({"next_page_token": token} if token else {})},
                                       category="medium")
            if response.status_code != 200:
                raise self.api.error(response, what)
            body = response.json()
            items += body.get(key, [])
            token = body.get("next_page_token") or ""
            if not token:
                return items

    async def list_users(self, status: str = "active") -> list[dict[str, Any]]:
        return await self._all_pages("/users", "users", {"status": status, "page_size": PAGE_SIZE}, "list users")

    async def find_user(self, email: str) -> dict[str, Any] | None:
        response = await self.call("GET", f"/users/{email}")
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise self.api.error(response, "find user")
        return response.json()

    async def create_user(self, email: str, first_name: str, last_name: str, user_type: int = 1) -> Created:
        """Create a user; one that exists already (409 / code 1005) is not an error: the step is idempotent."""
        response = await self.call("POST", "/users", category="light", idempotent=False, json={
            "action": "create",
            "user_info": {"email": email, "type": user_type, "first_name": first_name, "last_name": last_name}})
        if response.status_code == 201:
            return Created.CREATED
        body = json_body(response)
        if response.status_code == 409 or body.get("code") == USER_EXISTS_CODE:
            return Created.ALREADY_THERE
        raise self.api.error(response, f"create user {email}")

    # ------------------------------------------------------------------ PSI integrated users (SIP phones)
    async def list_sip_phones(self) -> list[dict[str, Any]]:
        return await self._all_pages("/sip_phones/phones", "phones", {"page_size": 100}, "list SIP phones")

    async def find_sip_phone(self, email: str) -> dict[str, Any] | None:
        wanted = email.strip().lower()
        return next((p for p in await self.list_sip_phones() if p.get("user_email", "").lower() == wanted), None)

    async def create_sip_phone(self, fields: dict[str, Any], *, look_first: bool = True) -> Created:
        """`look_first` False: the caller has just listed the phones itself (a wave lists them once, not per user)."""
        if look_first and await self.find_sip_phone(fields["user_email"]):
            return Created.ALREADY_THERE
        response = await self.call("POST", "/sip_phones/phones", category="light", idempotent=False, json=fields)
        if response.status_code in (200, 201):
            return Created.CREATED
        if response.status_code == 409:
            return Created.ALREADY_THERE
        raise self.api.error(response, f"create SIP phone for {fields.get('user_email')}")

    async def delete_sip_phone(self, phone_id: str) -> None:
        response = await self.call("DELETE", f"/sip_phones/phones/{phone_id}", idempotent=True)
        if response.status_code not in (200, 204, 404):
            raise self.api.error(response, f"delete SIP phone {phone_id}")

    async def delete_user(self, email: str) -> None:
        """Removes the user from the account for good (undo of a user the wave created)."""
        response = await self.call("DELETE", f"/users/{email}", params={"action": "delete"}, idempotent=True)
        if response.status_code not in (200, 204, 404):
            raise self.api.error(response, f"delete user {email}")

    async def update_sip_phone(self, phone_id: str, fields: dict[str, Any]) -> None:
        response = await self.call("PATCH", f"/sip_phones/phones/{phone_id}", category="light", idempotent=True,
                                   json=fields)
        if response.status_code not in (200, 204):
            raise self.api.error(response, f"update SIP phone {phone_id}")

