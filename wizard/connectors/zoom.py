"""Zoom: Server-to-Server OAuth, users, and reading the SIP phones (the records Zoom keeps of Phone System
Integration users). The wizard never writes a SIP phone: for Mitel PSI the portal's Add users and the Assistant's
Update, through CloudLink, do that (guide §7.1.3.2, §7.2.1).
Every fact about Zoom's API the wizard relies on is in this module, each with its source beside it, so a
correction is made once. 'Users spec' and 'Meetings spec' are Zoom's OpenAPI documents of 2025-02 (see
tests/contracts/zoom-api.json, extracted from them); operation ids are the specs' own."""

from __future__ import annotations

import asyncio
import base64
import random
import re
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wizard.checks.rates import parse_rate_spec
from wizard.checks.result import CheckResult, Finding, Severity
from wizard.connectors.http import NO_MESSAGE, ApiClient, ApiError, HttpPolicy, json_body, request_id

OAUTH_URL = "https://zoom.us/oauth/token"  # Zoom's S2S OAuth page
API_BASE = "https://api.zoom.us/v2"  # both specs' servers
TOKEN_RENEW_MARGIN = 60.0  # renew this many seconds before the token expires (S2S OAuth page: tokens live 3600 s)
USER_EXISTS = 1005  # userCreate 409 code 1005 'Email has already been used' (Users spec)
USER_NOT_FOUND = 1001  # user 404 code 1001 (Users spec)
INVITATION_EXPIRED = 1120  # user 400 code 1120 'A valid invitation … was not found' (Users spec)
# 401 code 124 'Invalid access token' (both specs); users (List users) lists code 124 'Access token is expired' under
# 400 instead (Users spec): either way the token is renewed once
INVALID_TOKEN = 124
# ListSIPPhonePhones documents 'Error Code: 200 Permission missing. Enable SIP phone integration …' inside its 200
# answer, EnableSIPPhonePhones as 400 code 200 (Meetings spec): the account-wide switch, recognised in either form
NO_SIP_INTEGRATION = 200
NO_PERMISSION = 200  # userCreate 400 code 200 'No privilege. No permission. … does not contain permissions' (Users)
# userDelete 400 code 200 'Cannot delete a user out of your account. / … a Zoom Rooms user. / Unable to delete this
# deactivated user' (Users spec): this one user cannot be removed, nothing about the app's rights
CANNOT_DELETE = 200
# Not in the specs: a token without an operation's scope is answered 400 code 4711 'Invalid access token, does not
# contain scopes:[…]' (public reports of GET /users: github.com/JubaerHossain/zoom-laravel issue 15,
# github.com/lanec/zoom-batch-downloader issue 34); the message names the scopes as Zoom calls them
SCOPE_MISSING = 4711
NAMED_SCOPES = re.compile(r"scopes:\s*\[([^\]]*)\]")
USERS_PAGE_MAX = 2000  # users: page_size maximum 2000 (Users spec)
PHONES_PAGE_MAX = 300  # ListSIPPhonePhones: page_size maximum 300 (Meetings spec)
# A create answered 5xx (or not at all) is sent again, after a look-up, this many times: with the policy's backoff
# (0.5 s doubling to 8 s) about half a minute of a service that stays down. With one answer in five a 503, that stops
# one create in 390,000 (0.2 ** 8); the policy's 4 retries stopped one in 3,125, and 2 of 25 lab waves of 100.
CREATE_RETRIES = 7
PENDING_REMOVAL = "disassociate"  # userDelete: 'To delete pending user in the account, use disassociate'
# The scope each call needs (each operation's "Scopes:" line; the :admin ones a Server-to-Server app holds)
SCOPES = {"list users": "user:read:admin", "find user": "user:read:admin", "create user": "user:write:admin",
          "remove user": "user:write:admin", "list SIP phones": "sip_phone:read:admin"}
# The roles every Zoom account has (Zoom's Accounts API, Create a role: 'Each Zoom user automatically has a role which
# can either be owner, administrator, or a member'), as user's role_name names them (Users spec, user; its example
# is 'Admin'). Guide §2.2.1: the integration's service account is an Owner or an Admin; any other name is a custom
# role, which the engineer confirms
ADMIN_ROLES = ("Owner", "Admin")
MEMBER_ROLE = "Member"
# Zoom's rate categories (per second, Pro accounts; Zoom rate limits page), used to pace requests
RATES_PRO = {"light": 30.0, "medium": 20.0, "heavy": 10.0}


def parse_rates(spec: str) -> dict[str, float]:
    """'light=80,medium=60' → per-second limits by category; categories not named keep the Pro values."""
    return parse_rate_spec(spec, RATES_PRO)


class Created(StrEnum):
    CREATED = "created"
    ALREADY_THERE = "already there"


class InvitationExpired(ApiError):
    """The person never accepted Zoom's invitation in time: the user cannot be used until invited again."""


@dataclass(frozen=True)
class ZoomAccount:
    account_id: str
    client_id: str
    client_secret: str
    oauth_url: str = OAUTH_URL
    api_base: str = API_BASE


class ZoomClient:
    def __init__(self, account: ZoomAccount, policy: HttpPolicy | None = None,
                 api: ApiClient | None = None, *, users_page: int = USERS_PAGE_MAX,
                 phones_page: int = PHONES_PAGE_MAX) -> None:
        self.account = account
        self.api = api or ApiClient("Zoom", policy or HttpPolicy(rates=dict(RATES_PRO)))
        self.users_page, self.phones_page = min(users_page, USERS_PAGE_MAX), min(phones_page, PHONES_PAGE_MAX)
        self._token: str | None = None
        self._expires_at = 0.0
        self._token_lock = asyncio.Lock()  # concurrent callers share one token request
        self.tokens_issued = 0
        self.granted_scopes: set[str] = set()

    async def aclose(self) -> None:
        await self.api.aclose()

    async def _fetch_token(self) -> str:
        basic = base64.b64encode(f"{self.account.client_id}:{self.account.client_secret}".encode()).decode()
        # S2S OAuth page: grant_type=account_credentials and account_id, form-encoded, HTTP Basic client id:secret
        response = await self.api.request(
            "POST", self.account.oauth_url, idempotent=True,
            data={"grant_type": "account_credentials", "account_id": self.account.account_id},
            headers={"Authorization": f"Basic {basic}"})
        if response.status_code in (400, 401):
            body = json_body(response)
            which = ("the client ID or client secret" if response.status_code == 401 or body.get("error") ==
                     "invalid_client" else "the account ID")
            raise ApiError("Zoom refused the app's credentials (Server-to-Server OAuth: {which} is not accepted)",
                           "check the account ID, client ID and client secret of the Server-to-Server OAuth app, and "
                           "that the app is activated", status=response.status_code, which=which)
        if response.status_code != 200:
            raise self.api.error(response, "token")
        body = self.api.payload(response, "token", ("access_token",))
        self._token = str(body["access_token"])
        try:
            lifetime = float(body.get("expires_in", 3600))
        except (TypeError, ValueError):
            lifetime = 3600.0
        self._expires_at = time.monotonic() + lifetime
        self.granted_scopes = set(str(body.get("scope", "")).split())
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
            if attempt == 0 and _token_refused(response):
                if self._token == token:
                    self._token = None  # revoked or expired early: renew once (unless another call just did)
                continue
            return response
        return response

    def _refused(self, response: Any, what: str) -> ApiError:
        """The error for an answer that is not the operation's success, naming what the engineer can do."""
        status, body = response.status_code, json_body(response)
        code = body.get("code")
        if status in (200, 400) and code == NO_SIP_INTEGRATION and what == "list SIP phones":
            return ApiError("SIP phone integration is not enabled on this Zoom account",
                            "Zoom enables Phone System Integration for an account on request (guide §4, Zoom "
                            "KB0079172); resume once it is enabled", status=status, code=code, account_wide=True)
        if status == 403 and what == "list users":
            # users (List users) 403: 'Access to the Zoom REST API has been denied for this account. Contact Zoom
            # Support for details.' (Users spec): the account, not the app's scopes
            return ApiError("Zoom denies this account access to its REST API",
                            "ask Zoom Support to allow REST API access for the account, then test the connection "
                            "again", status=status, code=code, account_wide=True)
        scope_missing = status == 403 or (status == 400 and code == SCOPE_MISSING) or (
            status == 400 and code == NO_PERMISSION and what == "create user")
        if scope_missing:
            named = NAMED_SCOPES.search(str(body.get("message", "")))
            scope = (", ".join(s.strip(" '\"") for s in named.group(1).split(",")) if named else
                     next((scope for call, scope in SCOPES.items() if what.startswith(call)), ""))
            return ApiError("Zoom refused to {what}: the Server-to-Server OAuth app lacks the scope {scope}",
                            "add {scope} to the app's scopes in the Zoom App Marketplace (Manage > the app > "
                            "Scopes), then try again", status=status, code=code, account_wide=True,
                            what=what, scope=scope)
        return self.api.error(response, what)

    # ------------------------------------------------------------------ users
    async def _all_pages(self, path: str, key: str, params: dict[str, Any], what: str) -> list[dict[str, Any]]:
        """Every item of a paged list (both specs page with next_page_token)."""
        items: list[dict[str, Any]] = []
        token = ""
        for _ in range(100_000):  # a server that keeps handing out tokens cannot keep us here for ever
            response = await self.call("GET", path, params={**params, **({"next_page_token": token} if token else {})},
                                       category="medium")
            if response.status_code != 200:
                raise self._refused(response, what)
            body = self.api.payload(response, what)
            if key not in body and body.get("code") is not None:
                raise self._error_inside_success(response, what, key)
            page = body.get(key, [])  # neither spec requires the list: a page without it holds nobody
            if not isinstance(page, list) or not all(isinstance(item, dict) for item in page):
                raise self.api.broken(response, what, f"'{key}' as a list of objects")
            items += page
            token = str(body.get("next_page_token") or "")
            if not token:
                return items
        raise self.api.broken(response, what, "a last page")

    def _error_inside_success(self, response: Any, what: str, key: str) -> ApiError:
        """A 200 that carries an error code instead of its list: the one the spec documents there (SIP phone
        integration off), else the answer breaking its contract."""
        refused = self._refused(response, what)
        if refused.code == NO_SIP_INTEGRATION and what == "list SIP phones":
            return refused
        return self.api.broken(response, what, key, missing=True, said=str(json_body(response).get("message") or ""))

    async def list_users(self, status: str = "active") -> list[dict[str, Any]]:
        """users (Users spec): status active, inactive or pending; pending users come without an id."""
        return await self._all_pages("/users", "users", {"status": status, "page_size": self.users_page},
                                     "list users")

    async def find_user(self, email: str) -> dict[str, Any] | None:
        """user (Users spec): 404 code 1001 when absent; 400 code 1120 when the invitation expired."""
        response = await self.call("GET", f"/users/{email}")
        if response.status_code == 404:
            return None
        body = json_body(response)
        if response.status_code == 400 and body.get("code") == INVITATION_EXPIRED:
            raise InvitationExpired("{email} never accepted Zoom's invitation and it has expired",
                                    "remove the pending user in the Zoom portal (User Management > Users > Pending) "
                                    "or let the wave's undo do it, then invite the person again", status=400,
                                    code=INVITATION_EXPIRED, email=email)
        if response.status_code != 200:
            raise self._refused(response, "find user")
        return self.api.payload(response, "find user")  # the spec requires only type, which no caller relies on

    async def create_user(self, email: str, first_name: str, last_name: str, user_type: int = 2) -> Created:
        """userCreate (Users spec) with action 'create': Zoom emails an invitation the person must accept. 201, or
        409 code 1005 when the email is in use (in this account or another: the caller looks it up). user_type is
        user_info.type: 2 Licensed unless told otherwise, as PSI users carry a Workplace licence (guide §7.1.1).

        A create is not safe to repeat blindly, so the HTTP policy does not retry it; but a 5xx or a lost answer is
        usually one bad moment of the service, not a down one. The user is looked up first (found: the create went
        through, nothing is sent again), then the create is sent again, with the policy's backoff and at most
        CREATE_RETRIES times: only a service that stays down ends the work."""
        policy = self.api.policy
        attempt = 0
        while True:
            try:
                return await self._create_user(email, first_name, last_name, user_type)
            except ApiError as exc:
                if not _may_have_failed_in_passing(exc) or attempt >= CREATE_RETRIES:
                    raise
            ceiling = min(policy.backoff_max, policy.backoff_base * 2 ** attempt)
            await asyncio.sleep(random.uniform(ceiling / 2, ceiling))  # jitter: callers that failed together part
            if await self.find_user(email) is not None:
                return Created.CREATED  # the create was carried out; its answer was lost
            attempt += 1

    async def _create_user(self, email: str, first_name: str, last_name: str, user_type: int) -> Created:
        response = await self.call("POST", "/users", category="light", idempotent=False, json={
            "action": "create",
            "user_info": {"email": email, "type": user_type, "first_name": first_name[:64],
                          "last_name": last_name[:64]}})  # maxLength 64 each
        if response.status_code == 201:
            return Created.CREATED
        if response.status_code == 409 and json_body(response).get("code") == USER_EXISTS:
            return Created.ALREADY_THERE
        raise self._refused(response, "create user")

    async def remove_user(self, email: str, *, pending: bool) -> None:
        """userDelete (Users spec): a pending user is removed with action=disassociate, an active one with delete
        (its data goes with it). An absent user (404 code 1001) is already removed."""
        action = PENDING_REMOVAL if pending else "delete"
        response = await self.call("DELETE", f"/users/{email}", params={"action": action}, idempotent=True)
        body = json_body(response)
        if response.status_code == 400 and body.get("code") == CANNOT_DELETE:
            raise ApiError("Zoom cannot remove {email}: {message}",
                           "Zoom names the reason: a user of another account, a Zoom Rooms user or a deactivated user "
                           "is not removed through the API; remove it in the Zoom portal (User Management > Users) "
                           "or ask Zoom Support", status=400, code=CANNOT_DELETE, account_wide=False,
                           request_id=request_id(response), email=email,
                           message=str(body.get("message") or "")[:300] or NO_MESSAGE)
        gone = response.status_code == 404 and body.get("code") == USER_NOT_FOUND
        if response.status_code != 204 and not gone:
            raise self._refused(response, f"remove user {email}")

    # ------------------------------------------------------------------ SIP phones
    async def list_sip_phones(self, search: str | None = None) -> list[dict[str, Any]]:
        """ListSIPPhonePhones (Meetings spec); search_key narrows to a user's name or email."""
        params: dict[str, Any] = {"page_size": self.phones_page}
        if search:
            params["search_key"] = search
        return await self._all_pages("/sip_phones/phones", "phones", params, "list SIP phones")

    async def find_sip_phone(self, email: str) -> dict[str, Any] | None:
        wanted = email.strip().lower()
        return next((p for p in await self.list_sip_phones(wanted)
                     if str(p.get("user_email", "")).lower() == wanted), None)


# ---------------------------------------------------------------------------------------------- the service admin
async def check_service_admin(client: ZoomClient, email: str) -> CheckResult:
    """Guide §2.2.1: the integration runs on a dedicated Zoom admin (service account) that must stay active. Read
    through the Users API (user: 404 code 1001 when absent, 400 code 1120 when its invitation expired; status and
    role_name in the user object)."""
    try:
        user = await client.find_user(email)
    except InvitationExpired:
        return CheckResult("zoom.service-admin", (Finding.of(
            "zoom.admin-invitation-expired", Severity.ERROR,
            "{email} never accepted Zoom's invitation and it has expired.",
            "Remove the pending user in the Zoom web portal (User Management > Users > Pending) and add it again, "
            "then accept the invitation from that mailbox (guide §2.2.1).", email=email),), {"email": email})
    return judge_service_admin(email, user)


def judge_service_admin(email: str, user: dict[str, Any] | None) -> CheckResult:
    """The dedicated admin as Zoom shows it: it exists, is active, and holds an admin role."""
    if user is None:
        return CheckResult("zoom.service-admin", (Finding.of(
            "zoom.admin-missing", Severity.ERROR,
            "Zoom has no user {email} in this account.",
            "Create the integration's dedicated admin in the Zoom web portal (User Management > Users > Add users): "
            "its own email address used for nothing else, with the Admin role (guide §2.2.1).", email=email),),
            {"email": email})
    status, role = str(user.get("status") or ""), str(user.get("role_name") or "")
    evidence = {"email": email, "status": status, "role": role}
    return CheckResult("zoom.service-admin", (*_admin_status(email, status), *_admin_role(email, role)), evidence)


def _admin_status(email: str, status: str) -> tuple[Finding, ...]:
    """user's status: active, inactive (deactivated) or pending (invitation not accepted yet) (Users spec)."""
    if status == "active":
        return ()
    if status == "inactive":
        return (Finding.of(
            "zoom.admin-inactive", Severity.ERROR,
            "{email} is deactivated in Zoom: the integration stops working while its service account is.",
            "Reactivate the user in the Zoom web portal (User Management > Users > Deactivated); the guide (§2.2.1) "
            "requires the service account to stay active.", email=email),)
    if status == "pending":
        return (Finding.of(
            "zoom.admin-pending", Severity.ERROR,
            "{email} has not accepted Zoom's invitation yet.",
            "Accept the invitation from that mailbox: until then the admin cannot sign in to authorise the "
            "integration (guide §2.2.1, §4.2).", email=email),)
    return (Finding.of(
        "zoom.admin-status-unknown", Severity.WARNING,
        "Zoom did not say whether {email} is active (status '{status}').",
        "Check in the Zoom web portal (User Management > Users) that the user is active (guide §2.2.1).",
        email=email, status=status),)


def _admin_role(email: str, role: str) -> tuple[Finding, ...]:
    if role.casefold() in (r.casefold() for r in ADMIN_ROLES):
        return ()
    if role.casefold() == MEMBER_ROLE.casefold():
        return (Finding.of(
            "zoom.admin-not-admin", Severity.ERROR,
            "{email} has the role {role}: a regular user cannot manage users and Phone System Integration.",
            "Give it the Admin role (User Management > Users > Edit > User Role), or name a dedicated admin "
            "(guide §2.2.1).", email=email, role=role),)
    if not role:
        return (Finding.of(
            "zoom.admin-role-unknown", Severity.WARNING,
            "Zoom did not name the role of {email}.",
            "Check in the Zoom web portal (User Management > Users) that its role is Admin, or one that manages "
            "Users, Phone System Integration and Zoom Phone (guide §2.2.1).", email=email),)
    return (Finding.of(
        "zoom.admin-custom-role", Severity.WARNING,
        "{email} has the role {role}, a role of this account rather than Zoom's Admin.",
        "Confirm in the Zoom web portal (User Management > Roles) that {role} may manage Users, Phone System "
        "Integration and Zoom Phone (guide §2.2.1).", email=email, role=role),)


def _may_have_failed_in_passing(error: ApiError) -> bool:
    """A 5xx (the service or the infrastructure in front of it) or no answer at all (status None: a timeout, a
    dropped connection): worth a look-up and another try. A 429 was waited out by the policy already, and every
    other answer is Zoom's word on the request itself."""
    return error.status is None or error.status >= 500


def _token_refused(response: Any) -> bool:
    """The token was not accepted: 401 (code 124 in both specs), or 400 code 124 'Access token is expired' where the
    Users spec puts it (users, List users)."""
    return bool(response.status_code == 401 or (
        response.status_code == 400 and json_body(response).get("code") == INVALID_TOKEN))
