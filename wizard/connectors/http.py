"""One HTTP policy for every cloud system: timeouts, retries only where repeating is safe, HTTP 429 honoured
(Retry-After in seconds or as a date, measured against the answer's own Date header), the per-category rate paced
before it is hit, the customer's proxy and an explicitly trusted extra CA, request ids kept for support, the
laptop's clock compared with the servers', and never a secret in a message."""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import functools
import importlib.util
import logging
import random
import socket
import ssl
import sys
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from wizard.checks.result import Finding, Severity
from wizard.errors import WizardError, failure_reason

log = logging.getLogger(__name__)

# httpcore imports sniffio on every request and takes asyncio when it is missing; anyio no longer installs it, and a
# failed import is never remembered, so each request searched the whole import path: 16 s of a 5,000-person
# read-back (encode/httpcore discussion 1102, pull request 1103). Marked absent once, the look-up fails at once.
if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
    sys.modules["sniffio"] = None  # type: ignore[assignment]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
REQUEST_ID_HEADERS = ("x-mitel-correlation-id", "x-zm-trackingid", "x-request-id")
# No wait a server asks for is taken as longer than a day (Zoom's daily limit resets at 00:00 UTC): a Retry-After
# of years is a broken header, and a time that far ahead cannot even be printed.
LONGEST_RETRY_AFTER = 86_400.0
# A laptop clock further off than this from a server's is said to be off. Date is to the second and comes back
# after the answer's trip, so a right clock reads a second or two off; half a minute already moves a certificate's
# validity and the audit log's times visibly.
CLOCK_TOLERANCE = 30.0


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


class ConnectionFailed(ApiError):
    """No answer came from the system: the connection could not be made (DNS, TLS trust, refused, timeout, the
    proxy) or broke before the answer. A network failure, as opposed to the system's own refusal."""


@dataclass
class ClockSkew:
    """How far the laptop's clock is from a live system's, as that system's answers show it: their Date header is
    the server's clock when it answered (RFC 9110 §6.6.1). Kept because a clock that is off moves certificates'
    validity, the audit log's times and every wait a server gives as a date."""

    seconds: float = 0.0  # the server's clock minus the laptop's: positive when the laptop's clock is behind
    system: str = ""  # whose answer showed it

    def saw(self, system: str, response: httpx.Response) -> None:
        """One answer's Date against the laptop's clock now. A cached answer (it carries an Age) shows the time it
        was first made, not now, so it says nothing about the clock."""
        answered = answer_time(response)
        if answered is None or "age" in response.headers:
            return
        self.seconds = (answered - datetime.now(UTC)).total_seconds()
        self.system = system

    @property
    def off(self) -> bool:
        return abs(self.seconds) > CLOCK_TOLERANCE

    def finding(self) -> Finding | None:
        """The sentence for the engineer when the laptop's clock is off; None while it is right."""
        if not self.off:
            return None
        fix = ("set the laptop's clock right (automatic time): certificates' validity, the audit log's times and the "
               "waits servers ask for depend on it")
        if self.seconds > 0:
            return Finding.of("clock.behind", Severity.WARNING, "the laptop's clock is {seconds} s behind {system}'s",
                              fix, seconds=round(self.seconds), system=self.system)
        return Finding.of("clock.ahead", Severity.WARNING, "the laptop's clock is {seconds} s ahead of {system}'s",
                          fix, seconds=round(-self.seconds), system=self.system)


# The laptop's clock as every live system's answers showed it in this process: the policy's default, so the window
# and the command line can say the clock is off whichever system showed it.
LAPTOP_CLOCK = ClockSkew()


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
    clock: ClockSkew = field(default_factory=lambda: LAPTOP_CLOCK)  # the laptop's clock, as the answers show it


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


def retry_after_seconds(value: str | None, *, date: str | None = None, now: datetime | None = None) -> float | None:
    """Retry-After as the seconds to wait, between 0 and a day: a number of seconds, or an HTTP date (RFC 9110
    §10.2.3; Zoom's daily limit gives an ISO 8601 time). A date is measured against `date`, the answer's own Date
    header (§6.6.1: the server's clock when it answered), so the laptop's clock plays no part; only an answer
    without a Date is measured against `now` (the laptop's clock)."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return min(float(value), LONGEST_RETRY_AFTER)
    when = _time_of(value)
    if when is None:
        return None
    reference = _time_of(date) if date else None
    seconds = (when - (reference or now or datetime.now(UTC))).total_seconds()
    return min(max(0.0, seconds), LONGEST_RETRY_AFTER)


def _time_of(text: str) -> datetime | None:
    """An HTTP date (IMF-fixdate, or its obsolete forms) or an ISO 8601 time, in UTC when it names no zone."""
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def answer_time(response: httpx.Response) -> datetime | None:
    """When the server made the answer, by its own clock (its Date header); None without a readable one."""
    date = response.headers.get("date")
    return _time_of(date) if date else None


def local_time(moment: datetime) -> str:
    """A moment on the laptop's clock as the engineer reads it, with its time zone: '2026-12-07 14:05 UTC+01:00'."""
    local = moment.astimezone()
    offset = local.strftime("%z")
    zone = "UTC" if offset in ("+0000", "-0000", "") else f"UTC{offset[:3]}:{offset[3:]}"
    return f"{local:%Y-%m-%d %H:%M} {zone}"


def unreachable(system: str, exc: BaseException) -> ConnectionFailed:
    """What stopped the connection, in the engineer's terms: DNS, nothing listening, TLS trust, timeout."""
    chain: list[BaseException] = []
    cause: BaseException | None = exc
    while cause is not None and len(chain) < 8:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    text = " ".join(str(c) for c in chain).lower()
    if any(isinstance(c, socket.gaierror) for c in chain) or "name or service not known" in text \
            or "nodename nor servname" in text or "name resolution" in text:
        return ConnectionFailed("{system} cannot be reached: its name cannot be resolved (DNS)",
                                "check the address, and the laptop's DNS or proxy settings", system=system)
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in chain) or "certificate verify failed" in text:
        return ConnectionFailed("{system} cannot be reached: its TLS certificate is not trusted (is a proxy inspecting "
                                "TLS?)",
                                "if the customer's proxy inspects TLS, trust its CA explicitly for this project",
                                system=system)
    if any(isinstance(c, ConnectionRefusedError) for c in chain) or "connection refused" in text:
        return ConnectionFailed("{system} cannot be reached: nothing accepts connections at that address (TCP refused)",
                                "check the address and port", system=system)
    if isinstance(exc, httpx.ConnectTimeout) or "timed out" in text:
        return ConnectionFailed("{system} cannot be reached: no answer to the connection attempt (TCP timeout)",
                                "a firewall may drop the traffic; check the path", system=system)
    return ConnectionFailed("{system} cannot be reached ({reason})",
                            "check the network, the proxy setting and the address", system=system,
                            reason=failure_reason(exc))


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
                raise ConnectionFailed("the proxy refused the connection to {system} ({reason})",
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

    def _broken_exchange(self, exc: httpx.TransportError, safe: bool) -> ConnectionFailed:
        """The connection broke after the request went out: an unsafe request may have been carried out."""
        return ConnectionFailed("{system} did not answer properly ({reason})" if safe else
                        "{system} did not answer properly ({reason}); the request may or may not have been "
                        "carried out, check before repeating", "try again later",
                        system=self.system, reason=failure_reason(exc))

    async def _wait_out_too_many_requests(self, response: httpx.Response, pacer: RatePacer | None,
                                          attempt: int) -> None:
        """Waits as long as a 429 asks before the request is repeated (429 means 'not processed': always safe to
        repeat); raises instead when the wait is a daily cap, longer than the policy allows, or the server keeps
        refusing. A wait given as a date is measured against the answer's own Date, never the laptop's clock."""
        self.throttled += 1
        wait = retry_after_seconds(response.headers.get("retry-after"), date=response.headers.get("date"))
        daily = response.headers.get("x-ratelimit-type", "").lower() == "daily-limit"  # Zoom rate limits page
        # a per-second 429 need not carry Retry-After (Zoom rate limits page): back off with jitter
        if daily or (wait is not None and wait > self.policy.max_wait):
            raise self._limit_reached(response, daily, wait)
        wait = self._backoff(attempt) if wait is None else wait
        if pacer is not None:
            pacer.slow_down(wait)
        if attempt >= self.policy.retries + 4:
            raise self.error(response, "keeps answering 'too many requests'")
        log.info("%s: 429 (%s), waiting %.2f s", self.system, response.headers.get("x-ratelimit-type", "rate limit"),
                 wait)
        await asyncio.sleep(wait)

    def _limit_reached(self, response: httpx.Response, daily: bool, wait: float | None) -> ApiError:
        """A limit the work stops at (what is done is kept): when it can go on, on the laptop's clock and with its
        time zone; a daily limit without a time resets at midnight UTC."""
        rid = request_id(response)
        if wait is None:
            return ApiError("{system}'s daily limit is reached (request id {rid})" if rid else
                            "{system}'s daily limit is reached",
                            "the work can go on tomorrow (the limit resets at 00:00 UTC); what is done so far is kept",
                            status=429, request_id=rid, system=self.system, rid=rid)
        resume = local_time(datetime.now(UTC) + timedelta(seconds=wait))
        if daily:
            return ApiError("{system}'s daily limit is reached (request id {rid})" if rid else
                            "{system}'s daily limit is reached",
                            "the work can go on after {resume}; what is done so far is kept", status=429,
                            request_id=rid, system=self.system, rid=rid, resume=resume)
        return ApiError("{system}'s rate limit is reached (request id {rid})" if rid else
                        "{system}'s rate limit is reached",
                        "the work can go on after {resume}; what is done so far is kept", status=429,
                        request_id=rid, system=self.system, rid=rid, resume=resume)

    async def _send(self, pacer: RatePacer | None, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if pacer is None:
            response = await self.client.request(method, url, **kwargs)
        else:
            await pacer.acquire()
            try:
                response = await self.client.request(method, url, **kwargs)
            finally:
                pacer.release()
        self.policy.clock.saw(self.system, response)
        return response

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
