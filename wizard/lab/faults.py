"""Faults every HTTP simulator of the lab can inject: latency, server errors, dropped connections, 429 storms
with Retry-After in seconds or as a date, and tokens that expire early."""

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
    error_rate: float = 0.0  # share of API calls answered 503
    reset_rate: float = 0.0  # share of API calls whose connection is dropped without an answer
    storm: int = 0  # the next N API calls are answered 429
    retry_after_as_date: bool = False  # Retry-After as an HTTP date instead of seconds
    token_lifetime: float = 3600.0
    seed: int = 0


def too_many(faults: HttpFaults, kind: str, category: str, wait: float) -> web.Response:
    retry_after = (format_datetime(datetime.now(UTC) + timedelta(seconds=max(1.0, wait)), usegmt=True)
                   if faults.retry_after_as_date else str(max(1, round(wait))))
    return web.json_response({"code": 429, "message": "You have exceeded the rate limit for this API."},
                             status=429, headers={"X-RateLimit-Category": category.title(), "X-RateLimit-Type": kind,
                                                  "X-RateLimit-Remaining": "0", "Retry-After": retry_after})


def fault_middleware(faults: HttpFaults, is_api: Callable[[web.Request], bool]) -> Any:
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
            return too_many(faults, "QPS", "light", 1.0)
        if faults.error_rate and chance.random() < faults.error_rate:
            return web.json_response({"code": 503, "message": "Service temporarily unavailable"}, status=503)
        return await handler(request)

    return middleware
