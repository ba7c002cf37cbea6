"""Serving a simulator's aiohttp application on loopback, and the lab's wiretap: every exchange a simulator has,
handed to whoever listens (the contract tests judge each one against the vendor's contract)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web

SYSTEM = web.AppKey("system", str)  # which vendor's service an application plays: zoom, cloudlink, redsky


@dataclass(frozen=True)
class Exchange:
    system: str
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    status: int
    response_headers: dict[str, str]
    response_body: bytes


Listener = Callable[[Exchange], None]
listeners: list[Listener] = []


@web.middleware
async def _wiretap(request: web.Request,
                   handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> web.StreamResponse:
    if not listeners:
        return await handler(request)
    body = await request.read()  # aiohttp keeps it: the handler reads it again
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        _tell(request, body, exc.status, dict(exc.headers), exc.text.encode() if exc.text else b"")
        raise
    payload = response.body if isinstance(response, web.Response) and isinstance(response.body, bytes) else b""
    _tell(request, body, response.status, dict(response.headers), payload)
    return response


def _tell(request: web.Request, body: bytes, status: int, headers: dict[str, str], payload: bytes) -> None:
    exchange = Exchange(request.app.get(SYSTEM, "unknown"), request.method, request.path, request.query_string,
                        dict(request.headers), body, status, headers, payload)
    for listener in list(listeners):
        listener(exchange)


async def serve(app: web.Application, host: str = "127.0.0.1", port: int = 0, *,
                wiretap: bool = True) -> tuple[web.AppRunner, int]:
    """Start the app; returns its runner (to clean up) and the port it got. `wiretap` False: the lab's own control,
    which plays no vendor and has no contract to be judged by."""
    if wiretap and not app.frozen:
        app.middlewares.insert(0, _wiretap)  # outermost: it sees every answer, faults and refusals included
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    return runner, site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
