"""One HTTP policy for every cloud system: timeouts, retries only where repeating is safe, HTTP 429 honoured
(Retry-After in seconds or as a date), the per-category rate paced before it is hit, the customer's proxy
and an explicitly trusted extra CA, request ids kept for support, and never a secret in a message."""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import functools
import logging
import random
import socket
import ssl
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from wizard.errors import WizardError, failure_reason

log = logging.getLogger(__name__)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
REQUEST_ID_HEADERS = ("x-mitel-correlation-id", "x-zm-trackingid", "x-request-id")


class ApiError(WizardError):
    """`account_wide`: the error is about the connection or the account, not about one person or record, so work
    on many stops (resumably) instead of failing each one. Unset, it follows from the status."""

    def __init__(self, problem: str, fix: str = "", /, *, status: int | None = None, code: object = None,
                 request_id: str | None = None, account_wide: bool | None = None, **values: object) -> None:
        super().__init__(problem, fix, **values)
        self.status = status
        self.code = code
        self.request_id = request_id
        self.account_wide = (status is None or status in (401, 403, 429) or status >= 500) \
            if account_wide is None else account_wide


@dataclass
class HttpPolicy:
    timeout: float = 15.0
    retries: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    proxy: str | None = None
    extra_ca_pem: bytes | None = None  # e.g. the customer's TLS inspection CA, trusted by explicit choice
    verify: bool = True
    max_wait: float = 60.0  # a longer Retry-After (e.g. a daily cap) is reported, not slept through
    rates: dict[str, float] = field(default_factory=dict)  # requests per second per rate category


class RatePacer:
    """Keeps one category under the server's per-second limit however the server counts it: a request counts
    from the moment it is sent until a second after its answer came back. The server saw it somewhere in
    between, so no window of a second there can hold more than `per_second` of ours, whatever the network or a
    busy event loop does to the timing; and requests that were held up cannot catch up in a burst."""

    WINDOW = 1.0

    def __init__(self, per_second: float) -> None:
        self.capacity = max(1, int(per_second))
        self.in_flight = 0
        self.answered: deque[float] = deque()  # when the answers of the last second came back
        self._lock = asyncio.Lock()  # one waiter at a time: requests keep the order they came in
        self._answer = asyncio.Event()
        self._hold_until = 0.0

    async def acquire(self) -> None:
        async with self._lock:
            while True:
                now = time.monotonic()
                while self.answered and now - self.answered[0] >= self.WINDOW:
                    self.answered.popleft()
                hold = self._hold_until - now
                if hold <= 0 and self.in_flight + len(self.answered) < self.capacity:
                    self.in_flight += 1
                    return
                wake = hold if hold > 0 else self.answered[0] + self.WINDOW - now if self.answered else None
                self._answer.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._answer.wait(), wake)

    def release(self) -> None:
        """The answer is back (or the request failed): from now the request counts for one more second."""
        self.in_flight -= 1
        self.answered.append(time.monotonic())
        self._answer.set()

    def slow_down(self, seconds: float) -> None:
        self._hold_until = max(self._hold_until, time.monotonic() + seconds)


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: it may be a number of seconds or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        try:
            when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def unreachable(system: str, exc: BaseException) -> ApiError:
    """What stopped the connection, in the engineer's terms: DNS, nothing listening, TLS trust, timeout."""
    chain: list[BaseException] = []
    cause: BaseException | None = exc
    while cause is not None and len(chain) < 8:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    text = " ".join(str(c) for c in chain).lower()
    if any(isinstance(c, socket.gaierror) for c in chain) or "name or service not known" in text \
            or "nodename nor servname" in text or "name resolution" in text:
        return ApiError("{system} cannot be reached: its name cannot be resolved (DNS)",
                        "check the address, and the laptop's DNS or proxy settings", system=system)
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in chain) or "certificate verify failed" in text:
        return ApiError("{system} cannot be reached: its TLS certificate is not trusted (is a proxy inspecting TLS?)",
                        "if the customer's proxy inspects TLS, trust its CA explicitly for this project",
                        system=system)
    if any(isinstance(c, ConnectionRefusedError) for c in chain) or "connection refused" in text:
        return ApiError("{system} cannot be reached: nothing accepts connections at that address (TCP refused)",
                        "check the address and port", system=system)
    if isinstance(exc, httpx.ConnectTimeout) or "timed out" in text:
        return ApiError("{system} cannot be reached: no answer to the connection attempt (TCP timeout)",
                        "a firewall may drop the traffic; check the path", system=system)
    return ApiError("{system} cannot be reached ({reason})", "check the network, the proxy setting and the address",
                    system=system, reason=failure_reason(exc))


def json_body(response: httpx.Response) -> dict[str, Any]:
    """The answer's JSON object, or {} when there is none (an error page, an empty body)."""
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def request_id(response: httpx.Response) -> str | None:
    return next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)


def ssl_context(policy: HttpPolicy) -> ssl.SSLContext | bool:
    return _verifying_context(policy.extra_ca_pem) if policy.verify else False


@functools.lru_cache(maxsize=8)
def _verifying_context(extra_ca_pem: bytes | None) -> ssl.SSLContext:
    """Loading the system's CA store takes a noticeable moment: once per process (and per extra CA) is enough,
    a context serves any number of clients."""
    ctx = ssl.create_default_context()
    if extra_ca_pem:
        ctx.load_verify_locations(cadata=extra_ca_pem.decode("ascii", errors="ignore"))
    return ctx


def warm_tls() -> None:
    """Loads the system's CA store ahead of the first connection; the window calls it from a thread."""
    _verifying_context(None)


class ApiClient:
    """An async HTTP client for one system, applying the policy to every call."""

    def __init__(self, system: str, policy: HttpPolicy, *, client: httpx.AsyncClient | None = None) -> None:
        self.system = system
        self.policy = policy
        self.client = client or httpx.AsyncClient(timeout=policy.timeout, proxy=policy.proxy,
                                                  verify=ssl_context(policy))
        self.pacers = {category: RatePacer(rate) for category, rate in policy.rates.items()}
        self.throttled = 0  # 429 answers received: pacing should keep this at zero

    async def aclose(self) -> None:
        await self.client.aclose()

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.policy.backoff_max, self.policy.backoff_base * 2 ** attempt)
        return random.uniform(ceiling / 2, ceiling)  # jitter: clients that failed together retry apart

    async def request(self, method: str, url: str, *, category: str = "light", idempotent: bool | None = None,
                      json: Any = None, params: Mapping[str, Any] | None = None,
                      headers: Mapping[str, str] | None = None, auth: httpx.Auth | tuple[str, str] | None = None,
                      data: Mapping[str, str] | None = None) -> httpx.Response:
        safe = method.upper() in SAFE_METHODS if idempotent is None else idempotent
        pacer = self.pacers.get(category)
        attempt = 0
        while True:
            try:
                response = await self._send(pacer, method, url, json=json, params=params, headers=headers,
                                            auth=auth, data=data)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                # the request never reached the server: repeating it is safe whatever the method
                if attempt >= self.policy.retries:
                    raise unreachable(self.system, exc) from None
            except (httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                if not safe or attempt >= self.policy.retries:
                    raise self._broken_exchange(exc, safe) from None
            except httpx.ProxyError as exc:
                raise ApiError("the proxy refused the connection to {system} ({reason})",
                               "check the proxy address and credentials", system=self.system, reason=exc) from None
            else:
                if response.status_code == 429:
                    await self._wait_out_too_many_requests(response, pacer, attempt)
                    attempt += 1
                    continue
                if response.status_code < 500 or not safe or attempt >= self.policy.retries:
                    return response
            await asyncio.sleep(self._backoff(attempt))
            attempt += 1

    def _broken_exchange(self, exc: httpx.TransportError, safe: bool) -> ApiError:
        """The connection broke after the request went out: an unsafe request may have been carried out."""
        return ApiError("{system} did not answer properly ({reason})" if safe else
                        "{system} did not answer properly ({reason}); the request may or may not have been "
                        "carried out, check before repeating", "try again later",
                        system=self.system, reason=failure_reason(exc))

    async def _wait_out_too_many_requests(self, response: httpx.Response, pacer: RatePacer | None,
                                          attempt: int) -> None:
        """Waits as long as a 429 asks before the request is repeated (429 means 'not processed': always safe to
        repeat); raises instead when the wait is a daily cap, longer than the policy allows, or the server keeps
        refusing."""
        self.throttled += 1
        wait = retry_after_seconds(response.headers.get("retry-after"))
        daily = response.headers.get("x-ratelimit-type", "").lower() == "daily-limit"  # Zoom rate limits page
        if daily and wait is None:
            raise ApiError("{system}'s daily limit is reached (request id {rid})",
                           "the work can go on tomorrow (the limit resets at 00:00 UTC); what is done so far "
                           "is kept", status=429, request_id=request_id(response), system=self.system,
                           rid=request_id(response) or 'none')
        # a per-second 429 need not carry Retry-After (Zoom rate limits page): back off with jitter
        wait = self._backoff(attempt) if wait is None else wait
        if daily or wait > self.policy.max_wait:
            resume = datetime.now().astimezone() + timedelta(seconds=wait)
            raise ApiError("{system}'s daily limit is reached (request id {rid})" if daily else
                           "{system}'s rate limit is reached (request id {rid})",
                           "the work can go on after {resume}; what is done so far is kept", status=429,
                           request_id=request_id(response), system=self.system,
                           rid=request_id(response) or 'none', resume=f"{resume:%Y-%m-%d %H:%M}")
        if pacer is not None:
            pacer.slow_down(wait)
        if attempt >= self.policy.retries + 4:
            raise self.error(response, "keeps answering 'too many requests'")
        log.info("%s: 429 (%s), waiting %.2f s", self.system, response.headers.get("x-ratelimit-type", "rate limit"),
                 wait)
        await asyncio.sleep(wait)

    async def _send(self, pacer: RatePacer | None, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if pacer is None:
            return await self.client.request(method, url, **kwargs)
        await pacer.acquire()
        try:
            return await self.client.request(method, url, **kwargs)
        finally:
            pacer.release()

    def error(self, response: httpx.Response, what: str = "") -> ApiError:
        """An error naming the system, the status and the server's own words, and the request id for support."""
        code, message = None, ""
        try:
            body = response.json()
            if isinstance(body, dict):
                code = body.get("code") or body.get("name") or body.get("error")
                message = str(body.get("message") or body.get("reason") or body.get("error_description") or "")[:300]
        except ValueError:
            message = _not_json(response)
        rid = request_id(response)
        return ApiError("{system} answered {answer} ({what}): {message}" if what else
                        "{system} answered {answer}: {message}",
                        "see the message; quote request id {rid} to the vendor's support" if rid else
                        "see the message", status=response.status_code, code=code, request_id=rid,
                        system=self.system, answer=response.status_code, what=what, message=message or NO_MESSAGE,
                        rid=rid)

    def payload(self, response: httpx.Response, what: str, fields: tuple[str, ...] = ()) -> dict[str, Any]:
        """The JSON object of a success answer, holding the fields the caller relies on. Anything else (an HTML
        page from a proxy, a body that is not an object, a missing field, an error inside a 200) is the other side
        breaking its contract, reported as such; never a KeyError further on."""
        try:
            body = response.json()
        except ValueError:
            raise self.broken(response, what, JSON_OBJECT) from None
        if not isinstance(body, dict):
            raise self.broken(response, what, JSON_OBJECT)
        missing = [name for name in fields if name not in body]
        if missing:
            raise self.broken(response, what, ", ".join(missing), missing=True,
                              said=str(body.get("message") or body.get("error") or ""))
        return body

    def payload_list(self, response: httpx.Response, what: str) -> list[dict[str, Any]]:
        """A success answer that is a JSON list of objects."""
        try:
            body = response.json()
        except ValueError:
            raise self.broken(response, what, JSON_LIST) from None
        if not isinstance(body, list) or not all(isinstance(item, dict) for item in body):
            said = str(body.get("message") or "") if isinstance(body, dict) else ""
            raise self.broken(response, what, JSON_LIST, said=said)
        return body

    def broken(self, response: httpx.Response, what: str, expected: str, said: str = "",
               missing: bool = False) -> ApiError:
        """An answer that breaks the operation's contract: which system, which call, what was expected, what came."""
        rid = request_id(response)
        try:
            response.json()
            came = said[:200]
        except ValueError:
            came = _not_json(response)
        if missing:
            wording = ("{system} answered '{what}' ({answer}) without the field {expected}: {came}" if came else
                       "{system} answered '{what}' ({answer}) without the field {expected}")
        else:
            wording = ("{system} answered '{what}' ({answer}) without {expected}: {came}" if came else
                       "{system} answered '{what}' ({answer}) without {expected}")
        return ApiError(wording,
                        "nothing was changed on our side; if a proxy sits in between, check its settings, else try "
                        "again later and quote request id {rid} to the vendor's support" if rid else
                        "nothing was changed on our side; if a proxy sits in between, check its settings, else try "
                        "again later", status=None, request_id=rid, system=self.system, what=what,
                        answer=response.status_code, expected=expected, came=came, rid=rid)


# What an answer was instead of JSON, said as a value of the errors above; translated where shown.
NO_MESSAGE = "it gave no reason"
HTML_PAGE = "an HTML page came back (a proxy or gateway answered, not the service itself)"
EMPTY_BODY = "the body was empty"
JSON_OBJECT = "a JSON object"
JSON_LIST = "a JSON list of objects"
WORDS = (NO_MESSAGE, HTML_PAGE, EMPTY_BODY, JSON_OBJECT, JSON_LIST)


def _not_json(response: httpx.Response) -> str:
    text = response.text.lstrip()[:2000]
    if "html" in response.headers.get("content-type", "").lower() or text.lower().startswith(("<!doctype", "<html")):
        return HTML_PAGE
    return f"'{text[:80]}'" if text else EMPTY_BODY
