"""Faults every HTTP simulator of the lab can inject: latency, server errors (before or after the service acted),
dropped connections, 429 storms (Retry-After in seconds, as a date, or absent), and tokens that expire early. What
a 429 looks like is the vendor's own: each simulator hands its answer in."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

from aiohttp import web


@dataclass
class HttpFaults:
    latency: float = 0.0  # seconds added to every answer
    # seconds between doing what an API call asks and answering it: a client killed meanwhile loses the answer to
    # something that did happen, and must look before it sends again
    answer_delay: float = 0.0
    error_rate: float = 0.0  # share of API calls answered 503 (by the infrastructure in front of the service)
    # share of API calls answered 503 after the service did what they ask (a gateway timing out on the way back):
    # the client cannot tell it from the 503 above, so it must look before it sends again
    lost_answer_rate: float = 0.0
    reset_rate: float = 0.0  # share of API calls whose connection is dropped without an answer
    storm: int = 0  # the next N API calls are answered 429
    retry_after_as_date: bool = False  # the storm's Retry-After as an HTTP date instead of seconds
    storm_without_retry_after: bool = False  # the storm's 429s carry no Retry-After at all
    token_lifetime: float = 3600.0
    seed: int = 0

    def retry_after(self, wait: float) -> dict[str, str]:
        if self.storm_without_retry_after:
            return {}
        if self.retry_after_as_date:
            return {"Retry-After": format_datetime(datetime.now(UTC) + timedelta(seconds=max(1.0, wait)),
                                                   usegmt=True)}
        return {"Retry-After": str(max(1, round(wait)))}


Throttled = Callable[[HttpFaults], web.Response]


def fault_middleware(faults: HttpFaults, is_api: Callable[[web.Request], bool], throttled: Throttled) -> Any:
    chance = random.Random(faults.seed)

    @web.middleware
    async def middleware(request: web.Request,
                         handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> web.StreamResponse:
        if faults.latency:
            await asyncio.sleep(faults.latency)
        if not is_api(request):
            return await handler(request)
        if faults.reset_rate and chance.random() < faults.reset_rate:
            request.transport.close()  # type: ignore[union-attr]
            raise web.HTTPServiceUnavailable()
        if faults.storm > 0:
            faults.storm -= 1
            return throttled(faults)
        if faults.error_rate and chance.random() < faults.error_rate:
            return _unavailable()
        response = await handler(request)
        if faults.answer_delay:
            await asyncio.sleep(faults.answer_delay)
        if faults.lost_answer_rate and chance.random() < faults.lost_answer_rate:
            return _unavailable()
        return response

    return middleware


def _unavailable() -> web.Response:
    """What a load balancer answers for a service it cannot reach: an HTML page, no JSON."""
    return web.Response(status=503, text="<html><body>503 Service Temporarily Unavailable</body></html>",
                        content_type="text/html")


@dataclass
class SbcFaults:
    """What can go wrong on a test call through the lab's SBC (lab spec `sbc.<name>=<value>`)."""
    refuse_invite: bool = False  # every INVITE answered 488, as an SBC whose media profile fits no client
    no_answer: bool = False  # the callee is never offered the call: the caller hears ringing until it gives up
    # the relay drops every packet one leg sends ("caller" or "callee"): the other end hears nothing, as when the
    # SBC's access-side media ports are not open inbound for that client (guide §2.2.2)
    drop_media: str = ""
