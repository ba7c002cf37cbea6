"""A Zoom simulator on loopback, written from Zoom's published contracts (the Users and Meetings OpenAPI documents
of 2025-02; tests/contracts/zoom-api.json holds the trimmed operations) and never from our connector: Server-to-
Server OAuth, users (pending ones without an id, invitations that expire), SIP phones (the records Zoom keeps of
Phone System Integration users), per-category rate limits with Zoom's headers, the daily create cap, the scopes
an app was granted, and faults to train on and test against.

Where a document is silent, the choice made here is marked 'assumed' in one line beside it."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web

from wizard.lab.faults import HttpFaults, fault_middleware
from wizard.lab.web import SYSTEM, serve

# Rate Limit Label of each operation (the spec's descriptions); per-second limits of a Pro account by label
# (Zoom rate limits page: Light 30, Medium 20, Heavy 10 per second).
RATE_LABEL = {("GET", "users"): "medium", ("POST", "users"): "light", ("GET", "user"): "light",
              ("DELETE", "user"): "light", ("GET", "phones"): "medium", ("POST", "phones"): "light",
              ("PATCH", "phone"): "light", ("DELETE", "phone"): "light"}
PRO_RATES = {"light": 30.0, "medium": 20.0, "heavy": 10.0}
# The scope each operation needs (the spec's "Scopes:" lines; the admin-level one a Server-to-Server app holds)
SCOPE = {("GET", "users"): "user:read:admin", ("POST", "users"): "user:write:admin",
         ("GET", "user"): "user:read:admin", ("DELETE", "user"): "user:write:admin",
         ("GET", "phones"): "sip_phone:read:admin", ("POST", "phones"): "sip_phone:write:admin",
         ("PATCH", "phone"): "sip_phone:write:admin", ("DELETE", "phone"): "sip_phone:write:admin"}
ALL_SCOPES = frozenset(SCOPE.values())
# page_size maxima (users: 2000, ListSIPPhonePhones: 300) and the default of both (30)
USERS_PAGE_MAX, PHONES_PAGE_MAX, PAGE_DEFAULT = 2000, 300, 30
USER_STATUSES = ("active", "inactive", "pending")
TRANSPORTS = ("UDP", "TCP", "TLS", "AUTO")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")

# What the specs allow, for what the lab judges: the query of each operation that documents a 400 for it (code 300,
# the specs' 'invalid field'), and the bodies it takes. Copied from the specs' schemas (their keywords type, enum,
# minimum, maximum, maxLength, required, format), so the lab refuses what Zoom's contract refuses and a connector
# sending a bad value is caught; tests/test_contracts.py holds them equal to tests/contracts/zoom-api.json.
TEXT, FLAG = {"type": "string"}, {"type": "boolean"}
QUERIES: dict[tuple[str, str], dict[str, dict[str, Any]]] = {
    ("GET", "users"): {  # users (Users spec)
        "status": {"type": "string", "enum": list(USER_STATUSES)},
        "page_size": {"type": "integer", "maximum": USERS_PAGE_MAX}, "role_id": TEXT, "page_number": TEXT,
        "include_fields": {"type": "string", "enum": ["custom_attributes", "host_key"]}, "next_page_token": TEXT,
        "license": {"type": "string", "enum": ["zoom_workforce_management", "zoom_compliance_management"]}},
    ("DELETE", "user"): {  # userDelete (Users spec)
        "encrypted_email": FLAG, "action": {"type": "string", "enum": ["disassociate", "delete"]},
        "transfer_email": TEXT, "transfer_meeting": FLAG, "transfer_webinar": FLAG, "transfer_recording": FLAG,
        "transfer_whiteboard": FLAG, "transfer_clipfiles": FLAG, "transfer_notes": FLAG, "transfer_visitors": FLAG,
        "transfer_docs": FLAG},
    ("GET", "phones"): {  # ListSIPPhonePhones (Meetings spec)
        "search_key": TEXT, "page_size": {"type": "integer", "maximum": PHONES_PAGE_MAX}, "next_page_token": TEXT},
}
# user (GetUser) documents no refusal of its query (its 400 is code 1120 only): the lab does not judge it (assumed)
SERVER = {"type": "object", "properties": {"proxy_server": TEXT, "register_server": TEXT,
                                           "transport_protocol": {"type": "string", "enum": list(TRANSPORTS)}}}
TEXT_64 = {"type": "string", "maxLength": 64}
PHONE_FIELDS = {  # UpdateSIPPhonePhones' request (Meetings spec); EnableSIPPhonePhones' adds user_email and requires
    "authorization_name": TEXT_64, "domain": TEXT_64, "password": TEXT,
    "registration_expire_time": {"type": "integer", "minimum": 1, "maximum": 127}, "server": SERVER,
    "server_2": SERVER, "server_3": SERVER, "user_name": TEXT_64, "voice_mail": {"type": "string", "maxLength": 255}}
PHONE_UPDATE = {"type": "object", "properties": PHONE_FIELDS}
PHONE_CREATE = {"type": "object", "required": ["authorization_name", "domain", "password", "server", "user_email",
                                               "user_name"],
                "properties": {**PHONE_FIELDS, "user_email": {"type": "string", "format": "email", "maxLength": 64}}}
USER_CREATE = {  # userCreate's request (Users spec); of user_info's fields all but 'feature', which the lab ignores
    "type": "object", "required": ["action"], "properties": {
        "action": {"type": "string", "enum": ["create", "autoCreate", "custCreate", "ssoCreate"]},
        "user_info": {"type": "object", "required": ["email", "type"], "properties": {
            "email": {"type": "string", "maxLength": 128}, "type": {"type": "integer", "enum": [1, 2, 4, 99]},
            "first_name": TEXT_64, "last_name": TEXT_64, "display_name": {"type": "string", "maxLength": 128},
            "password": {"type": "string", "format": "password", "minLength": 8, "maxLength": 32},
            "plan_united_type": {"type": "string", "enum": [str(2 ** n) for n in range(18)]}}}}}  # "1" to "131072"


@dataclass
class ZoomFaults(HttpFaults):
    daily_create_cap: int | None = None  # user creations allowed per day (Pro: 1,500; the spec's userCreate)
    activate_after: float = 5.0  # seconds until a user created through the API accepts the invitation
    expire_invitations: bool = False  # invitations sent from now on expire instead of being accepted
    sip_integration_disabled: bool = False  # the account has no SIP phone integration enabled (code 200)
    missing_scopes: str = ""  # scopes the Server-to-Server app was not granted, e.g. 'sip_phone:read:admin'
    api_access_denied: bool = False  # Zoom denies the account its REST API (List users' 403, Users spec)
    other_account: str = ""  # emails (comma-separated) whose Zoom user belongs to another account: 409 code 1005


@dataclass
class ZoomState:
    account_id: str = "lab-account"
    client_id: str = "lab-client"
    client_secret: str = "lab-secret"
    rates: dict[str, float] = field(default_factory=lambda: dict(PRO_RATES))
    users: dict[str, dict[str, Any]] = field(default_factory=dict)  # by lower-case email
    phones: dict[str, dict[str, Any]] = field(default_factory=dict)  # by phone_id
    foreign: set[str] = field(default_factory=set)  # emails whose user lives in another Zoom account
    # what the wizard did, for tests to assert on: creates per email, and creates of something already there
    user_creates: Counter[str] = field(default_factory=Counter)
    # SIP phones written through the API (POST, PATCH, DELETE): for Mitel PSI nobody should (guide §7.1.3.2, §7.2.1)
    sip_phone_writes: Counter[str] = field(default_factory=Counter)
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
                 activate_at: float | None = None, user_type: int = 2) -> dict[str, Any]:
        # user_type: the Users spec's 1 Basic, 2 Licensed, 4 Unassigned, 99 None; the lab's own users are Licensed
        user = {"id": secrets.token_hex(8), "email": email, "first_name": first, "last_name": last,
                "type": user_type, "status": status}
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


def error(status: int, code: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    """Zoom's error body: a numeric code and a message (API reference, error definitions)."""
    return web.json_response({"code": code, "message": message}, status=status, headers=headers)


def throttled(faults: HttpFaults, category: str = "light", limit_type: str = "QPS") -> web.Response:
    """A per-second 429 (Zoom rate limits page: X-RateLimit-Category, X-RateLimit-Type QPS; Retry-After is not
    promised for per-second limits)."""
    return error(429, 429, "You have reached the maximum per-second rate limit for this API. Try again later.",
                 {"X-RateLimit-Category": category.title(), "X-RateLimit-Type": limit_type,
                  "X-RateLimit-Remaining": "0", **faults.retry_after(1.0)})


def _public(user: dict[str, Any]) -> dict[str, Any]:
    """A user as the API shows it: pending users have no id (ListUsers), lab bookkeeping stays inside."""
    hidden = {"activate_at", "invite_expired"} | ({"id"} if user["status"] == "pending" else set())
    return {k: v for k, v in user.items() if k not in hidden}


KINDS: dict[str, tuple[type, ...]] = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
                                      "object": (dict,), "array": (list,)}


def invalid(value: Any, schema: dict[str, Any], where: str = "") -> list[str]:
    """What a schema of the tables above refuses of `value`, one sentence each, naming the field."""
    kind = schema.get("type")
    if kind is not None and (not isinstance(value, KINDS[kind]) or (kind != "boolean" and isinstance(value, bool))):
        return [f"{where or 'the body'} must be of type {kind}"]
    problems = _out_of_bounds(value, schema, where)
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where} must be one of {', '.join(map(str, schema['enum']))}")
    if isinstance(value, dict):
        inside = f"{where}." if where else ""
        problems += [f"{inside}{name} is required" for name in schema.get("required", []) if name not in value]
        for name, rule in schema.get("properties", {}).items():
            problems += invalid(value[name], rule, inside + name) if name in value else []
    return problems


def _out_of_bounds(value: Any, schema: dict[str, Any], where: str) -> list[str]:
    """A number outside minimum/maximum, text outside minLength/maxLength, an email format that is no address."""
    if isinstance(value, int | float) and not (schema.get("minimum", value) <= value <= schema.get("maximum", value)):
        return [f"{where} must be from {schema.get('minimum', '…')} to {schema.get('maximum', '…')}"]
    if isinstance(value, str) and not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value)):
        return [f"{where} must be text of {schema.get('minLength', 0)} to {schema.get('maxLength')} characters"]
    if isinstance(value, str) and schema.get("format") == "email" and not EMAIL.match(value):
        return [f"{where} is not an email address"]
    return []


def _typed(text: str, rule: dict[str, Any]) -> Any:
    """A query value (always text) as the type its rule names; text that is not one stays text, and is refused."""
    if rule.get("type") == "integer" and re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if rule.get("type") == "boolean":
        return {"true": True, "false": False}.get(text, text)
    return text


def query_problems(request: web.Request, endpoint: tuple[str, str]) -> list[str]:
    """The operation's query parameters the spec refuses; parameters it does not declare are ignored (assumed)."""
    rules = QUERIES.get(endpoint, {})
    return [problem for name, rule in rules.items() if name in request.query
            for problem in invalid(_typed(request.query[name], rule), rule, name)]


class ZoomLab:
    def __init__(self, state: ZoomState | None = None, faults: ZoomFaults | None = None) -> None:
        self.state = state or ZoomState()
        self.faults = faults or ZoomFaults()
        self.app = web.Application(middlewares=[
            self._count, fault_middleware(self.faults, lambda request: request.path.startswith("/v2/"), throttled),
            self._limits])
        self.app[SYSTEM] = "zoom"
        self.app.add_routes([
            web.post("/oauth/token", self.token),
            web.get("/v2/users", self.list_users),
            web.post("/v2/users", self.create_user),
            web.get("/v2/users/{userId}", self.get_user),
            web.delete("/v2/users/{userId}", self.delete_user),
            web.get("/v2/sip_phones/phones", self.list_phones),
            web.post("/v2/sip_phones/phones", self.create_phone),
            web.patch("/v2/sip_phones/phones/{phoneId}", self.update_phone),
            web.delete("/v2/sip_phones/phones/{phoneId}", self.delete_phone),
        ])

    # ------------------------------------------------------------------ rate limits, auth, scopes
    @web.middleware
    async def _count(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.path.startswith("/v2/"):
            self.state.requests += 1  # every API request that arrives, whatever the faults make of it
        return await handler(request)

    @web.middleware
    async def _limits(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if not request.path.startswith("/v2/"):
            return await handler(request)
        endpoint = _endpoint(request)
        refused = self._token_refusal(request, endpoint)
        if refused is not None:
            return refused
        category = RATE_LABEL.get(endpoint, "light")
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
            return throttled(self.faults, category)
        self.state.calls.append((now, category))
        self.state.by_category[category] += 1
        refusal = self._account_refusal(endpoint) or self._scope_refusal(endpoint)
        problems = query_problems(request, endpoint)
        if refusal is None and problems:
            refusal = error(400, 300, f"Invalid field. {'; '.join(problems)}")
        return refusal if refusal is not None else await handler(request)

    def _token_refusal(self, request: web.Request, endpoint: tuple[str, str]) -> web.Response | None:
        """A token the lab never issued: 401 code 124 (both specs). An expired one: 400 code 124 'Access token is
        expired' where the Users spec lists it (users, List users), else 401 code 124."""
        expiry = self.state.tokens.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
        if expiry is None:
            return error(401, 124, "Invalid access token.")
        if time.monotonic() <= expiry:
            return None
        if endpoint == ("GET", "users"):
            return error(400, 124, "Access token is expired.")
        return error(401, 124, "Invalid access token.")

    def _account_refusal(self, endpoint: tuple[str, str]) -> web.Response | None:
        """users (List users) 403: 'Access to the Zoom REST API has been denied for this account. Contact Zoom Support
        for details.' (Users spec, which names no code: 200 assumed, the code its other operations give 'No
        permission')."""
        if self.faults.api_access_denied and endpoint == ("GET", "users"):
            return error(403, 200, "Access to the Zoom REST API has been denied for this account. Contact Zoom "
                                   "Support for details.")
        return None

    def _scope_refusal(self, endpoint: tuple[str, str]) -> web.Response | None:
        """An app without the operation's scope is refused the way the operation documents it: 403 code 3306
        (list/create SIP phones) or 3336 (update/delete them), 400 code 200 'does not contain permissions' for
        userCreate. List users, get user and userDelete document none: Zoom answers 400 code 4711 'Invalid access
        token, does not contain scopes:[…]' (public reports; tests/contracts/extract.py names them)."""
        missing = {s.strip() for s in self.faults.missing_scopes.split(",") if s.strip()}
        scope = SCOPE.get(endpoint)
        if scope not in missing:
            return None
        text = f"Invalid access token, does not contain scopes:[{scope}]."
        if endpoint[1] == "phones":
            return error(403, 3306, text)
        if endpoint[1] == "phone":
            return error(403, 3336, text)
        if endpoint == ("POST", "users"):
            return error(400, 200, f"No permission. {text}")
        return error(400, 4711, text)

    async def token(self, request: web.Request) -> web.Response:
        """Server-to-Server OAuth: grant_type and account_id in the query or the form body (Zoom's S2S OAuth
        page); HTTP Basic with the app's client id and secret."""
        form = await request.post()
        values = {key: str(request.query.get(key) or form.get(key) or "") for key in ("grant_type", "account_id")}
        expected = base64.b64encode(f"{self.state.client_id}:{self.state.client_secret}".encode()).decode()
        if request.headers.get("Authorization") != f"Basic {expected}":
            return web.json_response({"reason": "Invalid client_id or client_secret", "error": "invalid_client"},
                                     status=401)
        if values["grant_type"] != "account_credentials":
            return web.json_response({"reason": "Unsupported grant type", "error": "unsupported_grant_type"},
                                     status=400)
        if values["account_id"] != self.state.account_id:
            return web.json_response({"reason": "Invalid account ID", "error": "invalid_request"}, status=400)
        token = secrets.token_urlsafe(24)
        self.state.tokens[token] = time.monotonic() + self.faults.token_lifetime
        missing = {s.strip() for s in self.faults.missing_scopes.split(",")}
        return web.json_response({"access_token": token, "token_type": "bearer", "expires_in": 3600,
                                  "scope": " ".join(sorted(ALL_SCOPES - missing))})

    # ------------------------------------------------------------------ users
    async def list_users(self, request: web.Request) -> web.Response:
        self.state.activate_due()
        status = request.query.get("status", "active")  # the spec's default; another value was refused before
        size, start = _paging(request, USERS_PAGE_MAX)
        if size is None or start is None:
            return error(400, 300, "Invalid field.")
        matching = [u for u in self.state.users.values() if u["status"] == status]
        page = matching[start:start + size]
        more = start + size < len(matching)
        return web.json_response({"page_size": size, "total_records": len(matching),
                                  "users": [_public(u) for u in page],
                                  "next_page_token": _page_token(start + size) if more else ""})

    def _user(self, request: web.Request) -> dict[str, Any] | None:
        self.state.activate_due()
        key = request.match_info["userId"].lower()
        return self.state.users.get(key) or next((u for u in self.state.users.values() if u["id"] == key), None)

    async def get_user(self, request: web.Request) -> web.Response:
        user = self._user(request)
        if user is None:
            return error(404, 1001, f"User does not exist: {request.match_info['userId']}.")
        if user.get("invite_expired"):
            return error(400, 1120, "A valid invitation to join the Zoom account was not found for this user.")
        return web.json_response(_public(user))

    async def delete_user(self, request: web.Request) -> web.Response:
        action = request.query.get("action", "disassociate")  # the spec's default; another value was refused before
        user = self._user(request)
        elsewhere = self.state.foreign | {e.strip().lower() for e in self.faults.other_account.split(",") if e.strip()}
        if user is None and request.match_info["userId"].lower() in elsewhere:
            return error(400, 200, "Cannot delete a user out of your account.")  # userDelete 400 code 200
        if user is None:
            return error(404, 1001, f"User does not exist: {request.match_info['userId']}.")
        if user["status"] == "pending" and action == "delete":
            # the spec: 'To delete pending user in the account, use disassociate'; the code is assumed
            return error(400, 300, "A pending user cannot be deleted; use action=disassociate.")
        del self.state.users[user["email"].lower()]
        return web.Response(status=204)

    async def create_user(self, request: web.Request) -> web.Response:
        body = await _json(request)
        problems = invalid(body, USER_CREATE)
        info: Any = body.get("user_info") if isinstance(body, dict) else None
        # without user_info, or with an email that is no address, no user can be made (assumed: the spec says neither)
        if not problems and not (isinstance(info, dict) and EMAIL.match(info["email"])):
            problems = ["user_info.email must be an email address"]
        if problems:
            return error(400, 300, f"Validation Failed. {'; '.join(problems)}")
        email = info["email"]
        elsewhere = self.state.foreign | {e.strip().lower() for e in self.faults.other_account.split(",")}
        if email.lower() in self.state.users or email.lower() in elsewhere:
            self.state.duplicate_creates += email.lower() in self.state.users
            return error(409, 1005, f'Email "{email}" has already been used.')  # userCreate 409
        if self.faults.daily_create_cap is not None and self.state.creates_today >= self.faults.daily_create_cap:
            midnight = (datetime.now(UTC) + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
            # a daily-limit 429 names the next reset as an ISO 8601 time (Zoom rate limits page)
            return error(429, 429, "You have reached the maximum daily rate limit for this API.",
                         {"X-RateLimit-Category": "Light", "X-RateLimit-Type": "Daily-limit",
                          "X-RateLimit-Remaining": "0", "Retry-After": midnight.strftime("%Y-%m-%dT%H:%M:%SZ")})
        self.state.creates_today += 1
        self.state.user_creates[email.lower()] += 1
        user = self.state.add_user(email, str(info.get("first_name", "")), str(info.get("last_name", "")),
                                   status="pending", user_type=info["type"],  # kept as userCreate asked for it
                                   activate_at=None if self.faults.expire_invitations
                                   else time.time() + self.faults.activate_after)
        if self.faults.expire_invitations:
            user["invite_expired"] = True
        return web.json_response({k: user[k] for k in ("id", "first_name", "last_name", "email", "type")},
                                 status=201)

    # ------------------------------------------------------------------ SIP phones
    def _integration_off(self, status: int = 400) -> web.Response | None:
        """SIP phone integration not enabled for the account: code 200, inside a 200 answer where ListSIPPhonePhones
        documents it, as a 400 for EnableSIPPhonePhones (Meetings spec)."""
        if self.faults.sip_integration_disabled:
            return error(status, 200, "Permission missing. Enable SIP phone integration by contacting a Zoom admin "
                                      "first.")
        return None

    async def list_phones(self, request: web.Request) -> web.Response:
        refused = self._integration_off(200)
        if refused is not None:
            return refused
        size, start = _paging(request, PHONES_PAGE_MAX)
        if size is None or start is None:
            return error(400, 300, "Invalid field.")
        wanted = request.query.get("search_key", "").lower()
        phones = [p for p in self.state.phones.values()
                  if not wanted or wanted in p["user_email"].lower() or wanted in p.get("user_name", "").lower()]
        more = start + size < len(phones)
        shown = [{k: v for k, v in p.items() if k != "password_sha256"} for p in phones[start:start + size]]
        return web.json_response({"page_size": size, "total_records": len(phones), "phones": shown,
                                  "next_page_token": _page_token(start + size) if more else ""})

    async def create_phone(self, request: web.Request) -> web.Response:
        self.state.sip_phone_writes["POST"] += 1
        self.state.activate_due()
        refused = self._integration_off()
        if refused is not None:
            return refused
        body = await _json(request)
        problems = invalid(body, PHONE_CREATE)
        if problems:
            return error(400, 300, f"Validation Failed. {'; '.join(problems)}")
        email = body["user_email"].lower()
        user = self.state.users.get(email)
        if user is None or user["status"] != "active":
            # EnableSIPPhonePhones 404 code 1001; a pending user counts as not belonging yet (assumed)
            return error(404, 1001, f"User {email} not exist or not belong to this account.")
        if any(p["user_email"].lower() == email for p in self.state.phones.values()):
            self.state.duplicate_creates += 1
            return error(400, 300, "SIP phone with the same email already exists.")
        # the password itself is not kept, only its hash, so tests can see both sides got the same one
        phone = {k: v for k, v in body.items() if k != "password"} | {
            "phone_id": secrets.token_hex(8), "password_sha256": hashlib.sha256(body["password"].encode()).hexdigest()}
        self.state.phones[phone["phone_id"]] = phone
        return web.json_response({"phone_id": phone["phone_id"], **{k: v for k, v in body.items() if k != "password"}},
                                 status=201)

    async def update_phone(self, request: web.Request) -> web.Response:
        self.state.sip_phone_writes["PATCH"] += 1
        phone = self.state.phones.get(request.match_info["phoneId"])
        if phone is None:
            return error(404, 2305, f"SIP phone does not exist: {request.match_info['phoneId']}.")
        body = await _json(request)
        problems = invalid(body, PHONE_UPDATE)
        if problems:
            return error(400, 300, f"Validation Failed. {'; '.join(problems)}")
        phone.update({k: v for k, v in body.items() if k != "password"})
        return web.Response(status=204)

    async def delete_phone(self, request: web.Request) -> web.Response:
        self.state.sip_phone_writes["DELETE"] += 1
        if self.state.phones.pop(request.match_info["phoneId"], None) is None:
            return error(404, 2305, f"SIP phone does not exist: {request.match_info['phoneId']}.")
        return web.Response(status=204)


async def _json(request: web.Request) -> Any:
    try:
        return await request.json()
    except ValueError:
        return None


def _page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()  # opaque to the client, as Zoom's are


def _paging(request: web.Request, maximum: int) -> tuple[int | None, int | None]:
    """page_size (1 to the operation's maximum, default 30) and where next_page_token points."""
    try:
        size = int(request.query.get("page_size", PAGE_DEFAULT))
    except ValueError:
        return None, None
    token = request.query.get("next_page_token", "")
    try:
        start = int(base64.urlsafe_b64decode(token).decode().removeprefix("offset:")) if token else 0
    except ValueError:
        start = None  # the spec: 400 code 300, the next page token is invalid or expired
    return (size if 1 <= size <= maximum else None), start


def _endpoint(request: web.Request) -> tuple[str, str]:
    parts = request.path.strip("/").split("/")  # v2/users[/x] or v2/sip_phones/phones[/x]
    if parts[1] == "users":
        return request.method, "users" if len(parts) == 2 else "user"
    return request.method, "phones" if len(parts) == 3 else "phone"


async def start(lab: ZoomLab, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, int]:
    return await serve(lab.app, host, port)
