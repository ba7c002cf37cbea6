"""A Zoom simulator that speaks Zoom's wire protocol (HTTP/JSON) on loopback: Server-to-Server OAuth, users
(pending ones without an id), PSI integrated users (SIP phones), per-category rate limits, a daily create cap,
and faults to train on and test against."""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from wizard.lab.faults import HttpFaults, fault_middleware, too_many
from wizard.lab.web import serve

# which rate category each endpoint counts against, as the client paces them
CATEGORY = {("GET", "users"): "medium", ("POST", "users"): "light", ("GET", "user"): "light",
            ("GET", "phones"): "medium", ("POST", "phones"): "light", ("PATCH", "phone"): "light",
            ("DELETE", "phone"): "light", ("DELETE", "user"): "light"}


@dataclass
class ZoomFaults(HttpFaults):
    daily_create_cap: int | None = None
    activate_after: float = 5.0  # seconds until a user created through the API accepts the invitation


@dataclass
class ZoomState:
    account_id: str = "lab-account"
    client_id: str = "lab-client"
    client_secret: str = "lab-secret"
    rates: dict[str, float] = field(default_factory=lambda: {"light": 30.0, "medium": 20.0, "heavy": 10.0})
    users: dict[str, dict[str, Any]] = field(default_factory=dict)  # by lower-case email
    phones: dict[str, dict[str, Any]] = field(default_factory=dict)  # by id
    foreign: set[str] = field(default_factory=set)  # emails whose user lives in another Zoom account
    refuse_phones: set[str] = field(default_factory=set)  # emails whose SIP phone Zoom refuses (lab fault)
    # what the wizard did, for tests to assert on: creates per email, and creates of something already there
    user_creates: Counter[str] = field(default_factory=Counter)
    phone_creates: Counter[str] = field(default_factory=Counter)
    duplicate_creates: int = 0
    tokens: dict[str, float] = field(default_factory=dict)  # token -> expiry (monotonic)
    creates_today: int = 0
    requests: int = 0
    throttled: int = 0
    throttled_late: Counter[str] = field(default_factory=Counter)  # 429s after the first second, per category
    first_request: float | None = None
    by_category: Counter[str] = field(default_factory=Counter)  # requests let through, per rate category
    calls: deque[tuple[float, str]] = field(default_factory=deque)  # (time, category) of the last second

    def add_user(self, email: str, first: str, last: str, status: str = "active",
                 activate_at: float | None = None) -> dict[str, Any]:
        user = {"id": secrets.token_hex(8), "email": email, "first_name": first, "last_name": last, "type": 1,
                "status": status}
        if activate_at is not None:
            user["activate_at"] = activate_at  # wall clock, so it survives a restart of the lab
        self.users[email.lower()] = user
        return user

    def activate_due(self) -> None:
        """Invited users who have 'clicked the link' by now become active (guide §7.1.2)."""
        now = time.time()
        for user in self.users.values():
            if user["status"] == "pending" and user.get("activate_at") is not None and user["activate_at"] <= now:
                user["status"] = "active"
                del user["activate_at"]


class ZoomLab:
    def __init__(self, state: ZoomState | None = None, faults: ZoomFaults | None = None) -> None:
        self.state = state or ZoomState()
        self.faults = faults or ZoomFaults()
        self.app = web.Application(middlewares=[
            self._count, fault_middleware(self.faults, lambda request: request.path.startswith("/v2/")), self._limits])
        self.app.add_routes([
            web.post("/oauth/token", self.token),
            web.get("/v2/users", self.list_users),
            web.post("/v2/users", self.create_user),
            web.get("/v2/users/{user}", self.get_user),
            web.delete("/v2/users/{user}", self.delete_user),
            web.get("/v2/sip_phones/phones", self.list_phones),
            web.post("/v2/sip_phones/phones", self.create_phone),
            web.patch("/v2/sip_phones/phones/{phone}", self.update_phone),
            web.delete("/v2/sip_phones/phones/{phone}", self.delete_phone),
        ])

    # ------------------------------------------------------------------ faults, rate limits, auth
    @web.middleware
    async def _count(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.path.startswith("/v2/"):
            self.state.requests += 1  # every API request that arrives, whatever the faults make of it
        return await handler(request)

    @web.middleware
    async def _limits(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if not request.path.startswith("/v2/"):
            return await handler(request)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        expiry = self.state.tokens.get(token)
        if expiry is None or time.monotonic() > expiry:
            return web.json_response({"code": 124, "message": "Invalid access token."}, status=401)
        category = CATEGORY.get(_endpoint(request), "light")
        now = time.monotonic()
        if self.state.first_request is None:
            self.state.first_request = now
        while self.state.calls and now - self.state.calls[0][0] > 1.0:
            self.state.calls.popleft()
        used = sum(1 for _, c in self.state.calls if c == category)
        if used >= self.state.rates.get(category, 30.0):
            self.state.throttled += 1
            if now - self.state.first_request > 1.0:
                self.state.throttled_late[category] += 1
            return self._too_many("QPS", category, 1.0)
        self.state.calls.append((now, category))
        self.state.by_category[category] += 1
        return await handler(request)

    def _too_many(self, kind: str, category: str, wait: float) -> web.Response:
        return too_many(self.faults, kind, category, wait)

    async def token(self, request: web.Request) -> web.Response:
        expected = base64.b64encode(f"{self.state.client_id}:{self.state.client_secret}".encode()).decode()
        if (request.headers.get("Authorization") != f"Basic {expected}"
                or request.query.get("account_id") != self.state.account_id
                or request.query.get("grant_type") != "account_credentials"):
            return web.json_response({"reason": "Invalid client_id or client_secret", "error": "invalid_client"},
                                     status=401)
        token = secrets.token_urlsafe(24)
        self.state.tokens[token] = time.monotonic() + self.faults.token_lifetime
        return web.json_response({"access_token": token, "token_type": "bearer", "expires_in": 3600,
                                  "scope": "user:write:admin"})

    # ------------------------------------------------------------------ users
    async def list_users(self, request: web.Request) -> web.Response:
        self.state.activate_due()
        status = request.query.get("status", "active")
        size = min(int(request.query.get("page_size", "30")), 300)
        start = int(request.query.get("next_page_token") or 0)
        matching = [u for u in self.state.users.values() if u["status"] == status]
        page = matching[start:start + size]
        shown = [{k: v for k, v in u.items() if k != "activate_at" and not (k == "id" and u["status"] == "pending")}
                 for u in page]
        more = start + size < len(matching)
        return web.json_response({"page_size": size, "total_records": len(matching), "users": shown,
                                  "next_page_token": str(start + size) if more else ""})

    def _user(self, request: web.Request) -> dict[str, Any] | None:
        self.state.activate_due()
        key = request.match_info["user"].lower()
        return self.state.users.get(key) or next((u for u in self.state.users.values() if u["id"] == key), None)

    async def get_user(self, request: web.Request) -> web.Response:
        user = self._user(request)
        if user is None:
            return _no_such_user(request)
        return web.json_response({k: v for k, v in user.items() if k != "activate_at"})

    async def delete_user(self, request: web.Request) -> web.Response:
        user = self._user(request)
        if user is None:
            return _no_such_user(request)
        del self.state.users[user["email"].lower()]
        return web.Response(status=204)

    async def create_user(self, request: web.Request) -> web.Response:
        body = await request.json()
        info = body.get("user_info", {})
        email = str(info.get("email", ""))
        if body.get("action") != "create" or "@" not in email:
            return web.json_response({"code": 300, "message": "Validation Failed.",
                                      "errors": [{"field": "user_info.email", "message": "Invalid field."}]},
                                     status=400)
        if email.lower() in self.state.users:
            self.state.duplicate_creates += 1
            return web.json_response({"code": 1005, "message": f"User already in the account: {email}"}, status=409)
        if email.lower() in self.state.foreign:
            return web.json_response({"code": 1005, "message": f"User already exists in another account: {email}"},
                                     status=409)
        if self.faults.daily_create_cap is not None and self.state.creates_today >= self.faults.daily_create_cap:
            return self._too_many("Daily", "light", 3600.0)
        self.state.creates_today += 1
        self.state.user_creates[email.lower()] += 1
        user = self.state.add_user(email, info.get("first_name", ""), info.get("last_name", ""), status="pending",
                                   activate_at=time.time() + self.faults.activate_after)
        return web.json_response({k: user[k] for k in ("id", "first_name", "last_name", "email", "type")},
                                 status=201)

    # ------------------------------------------------------------------ SIP phones
    async def list_phones(self, request: web.Request) -> web.Response:
        size = min(int(request.query.get("page_size", "30")), 100)
        start = int(request.query.get("next_page_token") or 0)
        phones = list(self.state.phones.values())
        more = start + size < len(phones)
        return web.json_response({"page_size": size, "total_records": len(phones),
                                  "phones": phones[start:start + size],
                                  "next_page_token": str(start + size) if more else ""})

    async def create_phone(self, request: web.Request) -> web.Response:
        self.state.activate_due()
        body = await request.json()
        email = str(body.get("user_email", "")).lower()
        user = self.state.users.get(email)
        if user is None or user["status"] != "active":
            return web.json_response({"code": 1001, "message": f"User does not exist or is not active: {email}"},
                                     status=400)
        if any(p["user_email"].lower() == email for p in self.state.phones.values()):
            self.state.duplicate_creates += 1
            return web.json_response({"code": 409, "message": "SIP phone already exists for this user."}, status=409)
        if email in self.state.refuse_phones:
            return web.json_response({"code": 300, "message": "The phone number is already in use."}, status=400)
        missing = [f for f in ("authorization_name", "domain", "password") if not body.get(f)]
        if missing:
            return web.json_response({"code": 300, "message": f"Missing: {', '.join(missing)}"}, status=400)
        # the password itself is not kept, only its hash, so tests can see both sides got the same one
        phone = {k: v for k, v in body.items() if k != "password"} | {
            "phone_id": secrets.token_hex(8), "password_sha256": hashlib.sha256(body["password"].encode()).hexdigest()}
        self.state.phones[phone["phone_id"]] = phone
        self.state.phone_creates[email] += 1
        return web.json_response({"phone_id": phone["phone_id"]}, status=201)

    async def update_phone(self, request: web.Request) -> web.Response:
        phone = self.state.phones.get(request.match_info["phone"])
        if phone is None:
            return web.json_response({"code": 404, "message": "SIP phone does not exist."}, status=404)
        phone.update({k: v for k, v in (await request.json()).items() if k != "password"})
        return web.Response(status=204)

    async def delete_phone(self, request: web.Request) -> web.Response:
        if self.state.phones.pop(request.match_info["phone"], None) is None:
            return web.json_response({"code": 404, "message": "SIP phone does not exist."}, status=404)
        return web.Response(status=204)


def _no_such_user(request: web.Request) -> web.Response:
    return web.json_response({"code": 1001, "message": f"User does not exist: {request.match_info['user']}."},
                             status=404)


def _endpoint(request: web.Request) -> tuple[str, str]:
    parts = request.path.strip("/").split("/")  # v2/users[/x] or v2/sip_phones/phones[/x]
    if parts[1] == "users":
        return request.method, "users" if len(parts) == 2 else "user"
    return request.method, "phones" if len(parts) == 3 else "phone"


async def start(lab: ZoomLab, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, int]:
    return await serve(lab.app, host, port)
