"""The SIP side of a test call (issue #33): one TLS connection per test station to the SBC's access side, as a
Zoom PSI client keeps it (RFC 3261 over TLS, RFC 5630 §3: the client's connection carries requests both ways), the
messages on it read by one task, REGISTER with digest, an INVITE client transaction with CANCEL, and a user agent
server that answers what the SBC sends the callee. Every wait is bounded; every arrow goes into the ladder."""

from __future__ import annotations

import asyncio
import contextlib
import re
import secrets
from dataclasses import dataclass, field

from wizard.checks.call import (
    FAIL_AUTH,
    FAIL_DROPPED,
    FAIL_REGISTER,
    FAIL_SIP,
    SBC,
    CallFailure,
    SipStep,
)
from wizard.checks.sip import ZOOM_USER_AGENT, SipParseError, digest_authorization, header_fields, pick_challenge

MAX_HEAD = 65_536
MAX_BODY = 65_536


class CallFailed(Exception):
    def __init__(self, failure: CallFailure) -> None:
        super().__init__(failure.detail or failure.kind)
        self.failure = failure


@dataclass
class SipMessage:
    """A request or a response with its body. Header names are lower case, compact forms written out."""

    start: str
    headers: list[tuple[str, str]]
    body: bytes = b""

    @property
    def is_request(self) -> bool:
        return not self.start.startswith("SIP/2.0 ")

    @property
    def method(self) -> str:
        return self.start.split(" ", 1)[0] if self.is_request else self.cseq[1]

    @property
    def status(self) -> int:
        return 0 if self.is_request else int(self.start.split(" ", 2)[1])

    @property
    def reason(self) -> str:
        parts = self.start.split(" ", 2)
        return parts[2] if not self.is_request and len(parts) > 2 else ""

    @property
    def uri(self) -> str:
        return self.start.split(" ")[1] if self.is_request else ""

    @property
    def cseq(self) -> tuple[int, str]:
        number, _, method = (self.first("cseq") or "0 ?").partition(" ")
        return int(number) if number.isdigit() else 0, method.strip()

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k == name]

    def first(self, name: str) -> str | None:
        values = self.all(name)
        return values[0] if values else None

    @property
    def label(self) -> str:
        """As the ladder shows it: "INVITE (SDP)", "180 Ringing", "200 OK (SDP)"."""
        text = self.method if self.is_request else f"{self.status} {self.reason}".strip()
        return text + (" (SDP)" if self.body else "")


def parse_head(head: bytes) -> SipMessage:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SipParseError("the message is not text") from exc
    lines = text.replace("\r\n", "\n").split("\n")
    start = lines[0].strip()
    if not (re.fullmatch(r"SIP/2\.0 \d{3}( .*)?", start) or re.fullmatch(r"[A-Z]+ \S+ SIP/2\.0", start)):
        raise SipParseError(f"not a SIP message: {start[:60]!r}")
    return SipMessage(start, header_fields(lines[1:]))


def tag_of(header: str | None) -> str:
    match = re.search(r";\s*tag=([^;>\s]+)", header or "")
    return match.group(1) if match else ""


def uri_of(header: str) -> str:
    """The URI inside a name-addr (`"A" <sip:a@b>;tag=x`) or the bare addr-spec."""
    match = re.search(r"<([^>]+)>", header)
    return match.group(1) if match else header.split(";")[0].strip()


class Ladder:
    """The arrows of the call as they happen, timed from the first one on the loop's monotonic clock."""

    def __init__(self) -> None:
        self.start: float | None = None
        self.steps: list[SipStep] = []

    def add(self, source: str, target: str, label: str) -> None:
        now = asyncio.get_running_loop().time()
        if self.start is None:
            self.start = now
        self.steps.append(SipStep(round((now - self.start) * 1000, 1), source, target, label))


@dataclass
class Link:
    """One station's TLS connection to the SBC: a reader task hands responses to the transaction waiting for them
    (by Call-ID, CSeq number and method) and requests to `requests`."""

    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    party: str  # CALLER or CALLEE, for the ladder
    ladder: Ladder
    timeout: float
    local: str = ""  # address:port of our end, for Via and Contact
    requests: asyncio.Queue[SipMessage] = field(default_factory=asyncio.Queue)
    waiting: dict[tuple[str, int, str], asyncio.Queue[SipMessage]] = field(default_factory=dict)
    lost: asyncio.Event = field(default_factory=asyncio.Event)
    lost_reason: str = ""
    task: asyncio.Task[None] | None = None

    def start(self) -> None:
        sockname = self.writer.get_extra_info("sockname")
        self.local = f"{sockname[0]}:{sockname[1]}"
        self.task = asyncio.get_running_loop().create_task(self._read_all())

    @property
    def local_host(self) -> str:
        return self.local.rsplit(":", 1)[0]

    def send(self, data: bytes, label: str) -> None:
        if self.lost.is_set():
            raise CallFailed(CallFailure(FAIL_DROPPED, detail=f"the SIP connection was lost ({self.lost_reason})"))
        self.ladder.add(self.party, SBC, label)
        self.writer.write(data)

    def expect(self, call_id: str, cseq: int, method: str) -> asyncio.Queue[SipMessage]:
        queue: asyncio.Queue[SipMessage] = asyncio.Queue()
        self.waiting[(call_id, cseq, method)] = queue
        return queue

    async def next_response(self, queue: asyncio.Queue[SipMessage], timeout: float) -> SipMessage:
        """The next answer to a transaction within `timeout`; a lost connection ends the wait at once."""
        getter = asyncio.ensure_future(queue.get())
        lost = asyncio.ensure_future(self.lost.wait())
        try:
            done, _ = await asyncio.wait({getter, lost}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (getter, lost):
                task.cancel()
        if getter in done and not getter.cancelled():
            return getter.result()
        if self.lost.is_set() and queue.empty():
            raise CallFailed(CallFailure(FAIL_DROPPED, detail=f"the SIP connection was lost ({self.lost_reason})"))
        if not queue.empty():
            return queue.get_nowait()
        raise TimeoutError

    async def _read_all(self) -> None:
        try:
            while True:
                message = await self._read_one()
                self.ladder.add(SBC, self.party, message.label)
                if message.is_request:
                    self.requests.put_nowait(message)
                    continue
                number, method = message.cseq
                queue = self.waiting.get((message.first("call-id") or "", number, method))
                if queue is not None:
                    queue.put_nowait(message)
        except (asyncio.IncompleteReadError, ConnectionError, SipParseError, asyncio.LimitOverrunError,
                OSError, ValueError) as exc:
            self.lost_reason = str(exc) or type(exc).__name__
            if isinstance(exc, asyncio.IncompleteReadError):
                self.lost_reason = "the SBC closed the connection"
            self.lost.set()

    async def _read_one(self) -> SipMessage:
        while True:
            raw = await self.reader.readuntil(b"\r\n\r\n")
            if raw.strip():  # a keep-alive CRLF pair (RFC 5626 §3.5.1) is not a message
                break
        message = parse_head(raw[:MAX_HEAD])
        length = message.first("content-length") or "0"
        size = int(length) if length.isdigit() else 0
        if size > MAX_BODY:
            raise SipParseError(f"a body of {size} bytes")
        if size:
            message.body = await self.reader.readexactly(size)
        return message

    async def close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.task
        self.writer.close()
        with contextlib.suppress(OSError, TimeoutError, Exception):
            await asyncio.wait_for(self.writer.wait_closed(), 1)


def request(method: str, uri: str, link: Link, headers: list[str], body: bytes = b"", *,
            branch: str | None = None) -> tuple[bytes, str]:
    """A request as a Zoom PSI client sends it (User-Agent ZoomPbxPhone); returns it and its Via branch."""
    branch = branch or "z9hG4bK" + secrets.token_hex(8)
    head = [f"{method} {uri} SIP/2.0", f"Via: SIP/2.0/TLS {link.local};branch={branch};rport", "Max-Forwards: 70",
            *headers, f"User-Agent: {ZOOM_USER_AGENT}"]
    if body:
        head.append("Content-Type: application/sdp")
    head.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body, branch


def response(to: SipMessage, status: int, reason: str, *, to_tag: str = "", contact: str = "",
             body: bytes = b"") -> bytes:
    """An answer to a request the SBC sent: its Via, From, Call-ID, CSeq and Record-Route copied (RFC 3261 §8.2.6)."""
    head = [f"SIP/2.0 {status} {reason}"]
    head += [f"Via: {v}" for v in to.all("via")]
    head += [f"Record-Route: {v}" for v in to.all("record-route")] if 100 < status < 300 else []
    to_header = to.first("to") or ""
    if to_tag and not tag_of(to_header):
        to_header += f";tag={to_tag}"
    head += [f"From: {to.first('from') or ''}", f"To: {to_header}", f"Call-ID: {to.first('call-id') or ''}",
             f"CSeq: {to.first('cseq') or ''}", f"User-Agent: {ZOOM_USER_AGENT}"]
    if contact:
        head.append(f"Contact: <{contact}>")
    if body:
        head.append("Content-Type: application/sdp")
    head.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


@dataclass
class Station:
    """A test station as a Zoom PSI client: its number, digest credentials and its connection to the SBC."""

    user: str
    password: str
    domain: str
    link: Link
    auth_algorithm: str = ""
    registered: bool = False

    @property
    def aor(self) -> str:
        return f"sip:{self.user}@{self.domain}"

    @property
    def contact(self) -> str:
        return f"sip:{self.user}@{self.link.local};transport=tls"

    async def register(self, expires: int) -> SipMessage:
        """REGISTER (RFC 3261 §10.2), answering one digest challenge; a refusal raises CallFailed."""
        call_id, tag, uri = f"{secrets.token_hex(10)}@psi-wizard", secrets.token_hex(6), f"sip:{self.domain}"
        base = [f"From: <{self.aor}>;tag={tag}", f"To: <{self.aor}>", f"Call-ID: {call_id}",
                f"Contact: <{self.contact}>;expires={expires}", f"Expires: {expires}"]
        answer = await self._transact("REGISTER", uri, call_id, 1, base)
        if answer.status in (401, 407):
            authorization = self.authorization(answer, "REGISTER", uri)
            answer = await self._transact("REGISTER", uri, call_id, 2, [*base, authorization])
            if answer.status in (401, 403, 407):
                raise CallFailed(CallFailure(FAIL_AUTH, answer.status, answer.reason, station=self.user))
        if not 200 <= answer.status < 300:
            raise CallFailed(CallFailure(FAIL_REGISTER, answer.status, answer.reason, station=self.user))
        self.registered = expires > 0
        return answer

    def authorization(self, challenge: SipMessage, method: str, uri: str) -> str:
        proxy = challenge.status == 407
        try:
            chosen = pick_challenge(challenge.all("proxy-authenticate" if proxy else "www-authenticate"))
        except SipParseError as exc:
            raise CallFailed(CallFailure(FAIL_AUTH, challenge.status, challenge.reason, str(exc), self.user)) \
                from None
        self.auth_algorithm = chosen.get("algorithm", "MD5")
        answer = digest_authorization(chosen, method=method, uri=uri, user=self.user, password=self.password,
                                      cnonce=secrets.token_hex(8))
        return f"{'Proxy-Authorization' if proxy else 'Authorization'}: {answer}"

    async def _transact(self, method: str, uri: str, call_id: str, cseq: int, headers: list[str]) -> SipMessage:
        queue = self.link.expect(call_id, cseq, method)
        data, _ = request(method, uri, self.link, [*headers, f"CSeq: {cseq} {method}"])
        self.link.send(data, method)
        try:
            while True:
                answer = await self.link.next_response(queue, self.link.timeout)
                if answer.status >= 200:
                    return answer
        except TimeoutError:
            raise CallFailed(CallFailure(FAIL_SIP, detail=f"no answer to {method} within {self.link.timeout:g} s",
                                         station=self.user)) from None
        finally:
            self.link.waiting.pop((call_id, cseq, method), None)

