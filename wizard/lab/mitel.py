"""The Mitel side of guide chapter 7 in the lab: the Zoom admin's Add users in the portal (§7.1.3.2), the OS4K
Assistant's Import CSV and Update all (§7.2.1, §7.2.1.1), and CloudLink handing Zoom each integrated user's SIP
credentials from the OS4K's subscriber data. The demo and the tests use it in place of the engineer's clicks; it is
served on a port of its own as the lab's control, never as one of the vendors' APIs.

Written from the guide's description of the process; where the guide is silent, the choice is marked 'assumed'."""

from __future__ import annotations

import csv
import io
import secrets
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from wizard.lab.os4k import Os4kModel
from wizard.lab.web import serve
from wizard.lab.zoom import ZoomState


@dataclass
class MitelState:
    # CloudLink's user database as the Assistant fills it (Add user or Import CSV): email -> names
    cloudlink_users: dict[str, dict[str, str]] = field(default_factory=dict)
    sync_errors: dict[str, str] = field(default_factory=dict)  # email -> why Update left the user pending


class MitelSide:
    def __init__(self, zoom: ZoomState, os4k: Os4kModel, state: MitelState | None = None) -> None:
        self.zoom = zoom
        self.os4k = os4k
        self.state = state or MitelState()

    def add_users(self, emails: list[str]) -> dict[str, list[str]]:
        """Integrated users > Add users: only activated Zoom users can be added (§7.1.3.2 prerequisites), at most
        50 at a time; each appears with the status Pending SIP credential, which in the API is a SIP phone
        without credentials (assumed: the portal's status has no field of its own in ListSIPPhonePhones)."""
        if len(emails) > 50:
            raise ValueError("the portal adds at most 50 users at a time")
        outcome: dict[str, list[str]] = {"added": [], "already": [], "refused": []}
        have = {p["user_email"].lower() for p in self.zoom.phones.values()}
        for email in emails:
            user = self.zoom.users.get(email.strip().lower())
            if user is None or user["status"] != "active":
                outcome["refused"].append(email)
            elif user["email"].lower() in have:
                outcome["already"].append(email)
            else:
                phone_id = secrets.token_hex(8)
                name = f"{user.get('first_name', '')} {user.get('last_name', '')}".strip()
                self.zoom.phones[phone_id] = {"phone_id": phone_id, "user_email": user["email"], "user_name": name}
                have.add(user["email"].lower())
                outcome["added"].append(email)
        return outcome

    def import_csv(self, data: bytes) -> dict[str, Any]:
        """Zoom PSI > Data Operation > Import CSV: users from a Zoom export, columns found by their header."""
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        if not rows:
            raise ValueError("the file is empty")
        header = [h.strip().lower() for h in rows[0]]
        if "email" not in header:
            raise ValueError("the file has no Email column")
        column = {name: header.index(name) if name in header else None for name in ("email", "first name",
                                                                                   "last name")}
        imported, refused = 0, []
        for row in rows[1:]:
            def cell(name: str, row: list[str] = row) -> str:
                index = column[name]
                return row[index].strip() if index is not None and index < len(row) else ""
            email = cell("email")
            if "@" not in email:
                refused.append(",".join(row))
                continue
            self.state.cloudlink_users[email.lower()] = {"email": email, "first_name": cell("first name"),
                                                         "last_name": cell("last name")}
            imported += 1
        return {"imported": imported, "refused": refused}

    def update_all(self) -> dict[str, Any]:
        """Data operations > User data > Update all: for each CloudLink user whose email is in PERSI of a
        subscriber, CloudLink writes the SIP credentials into the user's integrated user in Zoom (§7.2.1 'Next
        steps'). The registration address is the one ZANDE OSMO advertises to Zoom (§7.2 notice); the digest is
        the station's own; transport TLS and the domain being the OSMO address are assumed."""
        by_email = {st.email.lower(): (stno, st) for stno, st in self.os4k.stations.items() if st.email}
        phones = {p["user_email"].lower(): p for p in self.zoom.phones.values()}
        updated: list[str] = []
        self.state.sync_errors.clear()
        for key, user in self.state.cloudlink_users.items():
            found, phone = by_email.get(key), phones.get(key)
            problem = ("not in Zoom's Integrated users" if phone is None else
                       "no subscriber has this email in PERSI" if found is None else
                       "the subscriber has no digest password" if not found[1].has_password else
                       "ZANDE OSMO has no SBC address" if self.os4k.osmo is None else "")
            if problem:
                self.state.sync_errors[user["email"]] = problem
                continue
            assert phone is not None and found is not None and self.os4k.osmo is not None
            stno, station = found
            server = f"{self.os4k.osmo[0]}:{self.os4k.osmo[1]}"
            phone.update({"authorization_name": stno, "user_name": stno, "domain": self.os4k.osmo[0],
                          "server": {"register_server": server, "proxy_server": server, "transport_protocol": "TLS"},
                          "password_sha256": station.password_sha256})
            updated.append(user["email"])
        return {"updated": updated, "not_updated": dict(self.state.sync_errors)}

    # ------------------------------------------------------------------ the lab's control, over HTTP
    def app(self) -> web.Application:
        app = web.Application()
        app.add_routes([web.post("/portal/add-users", self._add_users), web.post("/assistant/import", self._import),
                        web.post("/assistant/update-all", self._update_all)])
        return app

    async def _add_users(self, request: web.Request) -> web.Response:
        body = await request.json()
        try:
            return web.json_response(self.add_users(list(body.get("emails", []))))
        except ValueError as exc:
            return web.json_response({"error": str(exc)}, status=400)

    async def _import(self, request: web.Request) -> web.Response:
        try:
            return web.json_response(self.import_csv(await request.read()))
        except (ValueError, UnicodeDecodeError) as exc:
            return web.json_response({"error": str(exc)}, status=400)

    async def _update_all(self, request: web.Request) -> web.Response:
        return web.json_response(self.update_all())


async def start(side: MitelSide, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, int]:
    return await serve(side.app(), host, port, wiretap=False)


# ---------------------------------------------------------------------------------------------- the engineer's hands
async def play(control: str, action: str, body: bytes | dict[str, Any] | None = None) -> dict[str, Any]:
    """What the demo and the tests do in place of the engineer: 'portal/add-users' ({"emails": [...]}),
    'assistant/import' (the CSV file's bytes) or 'assistant/update-all', on a lab's control address."""
    import httpx  # the lab's server side needs only aiohttp

    # loopback and plain HTTP: never through a proxy, and no CA store loaded (35 ms on the loop for each call)
    async with httpx.AsyncClient(trust_env=False, verify=False, timeout=30) as client:
        if isinstance(body, bytes):
            response = await client.post(f"{control}/{action}", content=body)
        else:
            response = await client.post(f"{control}/{action}", json=body or {})
    answer: dict[str, Any] = response.json()
    if response.status_code != 200:
        raise ValueError(f"the lab refused {action}: {answer.get('error')}")
    return answer
