"""A test call through the SBC as two Zoom PSI clients (issue #33; DESIGN.md "A test call proves it end to end"):
both test stations register through the SBC's public FQDN and SIP-TLS port with the ZoomPbxPhone user agent, the
caller INVITEs the callee with an SRTP offer (RTP/SAVP, a=crypto AES_CM_128_HMAC_SHA1_80, PCMA/PCMU), the callee
answers, both send a tone for a few seconds over SRTP, the call is hung up and both registrations removed. Then the
media profile from the outside (guide §9.4.2): an RTP/AVP offer, an offer of only an unconfigured codec, an SRTP
offer. Everything runs on the asyncio loop; every wait is bounded; every fault ends in the evidence's `failure`."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import ssl
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from wizard.checks.call import (
    CALLEE,
    CALLER,
    FAIL_DROPPED,
    FAIL_NO_ANSWER,
    FAIL_NOT_REACHED,
    FAIL_REFUSED,
    FAIL_SIP,
    FAIL_TLS,
    OFFER_PLAIN_RTP,
    OFFER_SRTP,
    OFFER_UNCONFIGURED_CODEC,
    CallFailure,
    OfferOutcome,
    TestCallEvidence,
)
from wizard.checks.sip import ZOOM_REGISTER_EXPIRES
from wizard.probes.call_media import MediaStream, direction, open_stream
from wizard.probes.call_sdp import GSM, PCMA, PCMU, Codec, Crypto, Media, describe, parse_media
from wizard.probes.call_sip import CallFailed, Ladder, Link, SipMessage, Station, request, response, uri_of
from wizard.probes.tls import ConnectFailed, open_tls

OUR_CODECS = (PCMA, PCMU)  # what the tone is encoded in (G.711, ITU-T; RFC 3551 §4.5.14)
SETTLE = 0.3  # seconds the receivers keep listening after the senders' last packet (the relay's own delay)


def tls_context(ca_pem: bytes | None) -> ssl.SSLContext:
    """As a Zoom PSI client connects: the SBC's certificate verified, against `ca_pem` when given (a private CA),
    else against the system's roots, and its name checked against the FQDN (guide §9.3)."""
    ctx = ssl.create_default_context(cadata=ca_pem.decode("ascii", errors="replace") if ca_pem else None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


@dataclass
class Incoming:
    """A call the SBC brought to the callee, as the callee answered it."""

    invite: SipMessage
    offer: Media | None
    stream: MediaStream | None = None
    status: int = 0
    acked: asyncio.Event = field(default_factory=asyncio.Event)
    ended: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class Agent:
    """A station's user agent server: answers what the SBC sends it. The callee answers every INVITE at once with
    the offer's own kind of media (so that whatever the SBC lets through is seen as accepted); both answer BYE,
    CANCEL and OPTIONS."""

    station: Station
    answers: bool
    calls: asyncio.Queue[Incoming] = field(default_factory=asyncio.Queue)
    current: Incoming | None = None
    bye: asyncio.Event = field(default_factory=asyncio.Event)  # a BYE from the network reached this station
    task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = asyncio.get_running_loop().create_task(self._serve())

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
        while not self.calls.empty():
            call = self.calls.get_nowait()
            if call.stream is not None:
                call.stream.close()

    async def _serve(self) -> None:
        link = self.station.link
        while True:
            message = await link.requests.get()
            match message.method:
                case "INVITE" if self.answers:
                    await self._answer(message)
                case "INVITE":
                    link.send(response(message, 486, "Busy Here", to_tag=secrets.token_hex(6)), "486 Busy Here")
                case "ACK":
                    if self.current is not None:
                        self.current.acked.set()
                case "BYE" | "CANCEL":
                    self._ended(message)
                case _:
                    link.send(response(message, 200, "OK"), "200 OK")

    def _ended(self, message: SipMessage) -> None:
        link = self.station.link
        link.send(response(message, 200, "OK"), "200 OK")
        if message.method == "CANCEL" and self.current is not None and self.current.status < 200:
            link.send(response(self.current.invite, 487, "Request Terminated", to_tag=secrets.token_hex(6)),
                      "487 Request Terminated")
        if self.current is not None:
            self.current.ended.set()
        if message.method == "BYE":
            self.bye.set()

    async def _answer(self, invite: SipMessage) -> None:
        link, offer = self.station.link, parse_media(invite.body)
        call = Incoming(invite, offer)
        self.current = call
        tag = secrets.token_hex(6)
        link.send(response(invite, 180, "Ringing", to_tag=tag), "180 Ringing")
        codec = next((c for c in (offer.codecs if offer else ()) if c in OUR_CODECS),
                     offer.codecs[0] if offer and offer.codecs else None)
        remote = next((c for c in offer.cryptos), None) if offer is not None else None
        if offer is None or codec is None or (offer.secure and remote is None):
            call.status = 488
            link.send(response(invite, 488, "Not Acceptable Here", to_tag=tag), "488 Not Acceptable Here")
            self.calls.put_nowait(call)
            return
        local = Crypto.fresh(remote.suite, remote.tag) if offer.secure and remote is not None else None
        call.stream, port = await open_stream(link.local_host, local)
        call.stream.configure(codec, remote, (offer.host, offer.port), call.stream.incoming)
        body = describe(link.local_host, port, (codec,), local)
        call.status = 200
        link.send(response(invite, 200, "OK", to_tag=tag, contact=self.station.contact, body=body), "200 OK (SDP)")
        self.calls.put_nowait(call)


@dataclass
class Outgoing:
    """The caller's side of a call: the INVITE's dialog identifiers, its answer and its media."""

    call_id: str
    from_tag: str
    target: str  # the callee's URI
    cseq: int = 1
    branch: str = ""
    answer: SipMessage | None = None
    provisional: bool = False  # a provisional answer came: the INVITE reached somebody
    stream: MediaStream | None = None
    media: Media | None = None
    setup_ms: float | None = None

    def dialog_headers(self, caller: Station) -> list[str]:
        to = self.answer.first("to") if self.answer is not None else f"<{self.target}>"
        return [f"From: <{caller.aor}>;tag={self.from_tag}", f"To: {to}", f"Call-ID: {self.call_id}"]


async def _invite(caller: Station, target: str, body: bytes, ring_timeout: float) -> Outgoing:
    """INVITE and its final answer (RFC 3261 §17.1.1), one digest challenge answered; no final answer within
    `ring_timeout` → CANCEL. Raises CallFailed when no final answer comes at all."""
    call = Outgoing(f"{secrets.token_hex(10)}@psi-wizard", secrets.token_hex(6), target)
    loop, started = asyncio.get_running_loop(), asyncio.get_running_loop().time()
    auth: list[str] = []
    while True:
        queue = caller.link.expect(call.call_id, call.cseq, "INVITE")
        data, call.branch = request("INVITE", target, caller.link, [
            *call.dialog_headers(caller), f"CSeq: {call.cseq} INVITE", f"Contact: <{caller.contact}>",
            "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS", *auth], body)
        caller.link.send(data, "INVITE (SDP)")
        try:
            answer = await _final(caller, call, queue, ring_timeout - (loop.time() - started))
        except CallFailed as failed:
            if failed.failure.kind not in (FAIL_NO_ANSWER, FAIL_NOT_REACHED):
                raise
            raise CallFailed(replace(failed.failure, detail=f"{ring_timeout:g}")) from None
        if answer.status in (401, 407) and not auth:
            _ack_failure(caller, call, answer)
            auth = [caller.authorization(answer, "INVITE", target)]
            call.cseq += 1
            continue
        call.answer = answer
        if 200 <= answer.status < 300:
            call.setup_ms = round((loop.time() - started) * 1000, 1)
            call.media = parse_media(answer.body)
        else:
            _ack_failure(caller, call, answer)
        return call


async def _final(caller: Station, call: Outgoing, queue: asyncio.Queue[SipMessage], wait: float) -> SipMessage:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + max(wait, 0.1)
    try:
        while True:
            answer = await caller.link.next_response(queue, max(deadline - loop.time(), 0.01))
            if answer.status >= 200:
                return answer
            call.provisional = True
    except TimeoutError:
        pass
    return await _cancel(caller, call, queue)


async def _cancel(caller: Station, call: Outgoing, queue: asyncio.Queue[SipMessage]) -> SipMessage:
    """CANCEL (RFC 3261 §9.1: same branch, same CSeq number) and the INVITE's 487; a cancel nobody confirms still
    ends the wait."""
    if not call.provisional:  # §9.1: no CANCEL before a provisional answer; nobody got the INVITE
        raise CallFailed(CallFailure(FAIL_NOT_REACHED))
    data, _ = request("CANCEL", call.target, caller.link, [
        f"From: <{caller.aor}>;tag={call.from_tag}", f"To: <{call.target}>", f"Call-ID: {call.call_id}",
        f"CSeq: {call.cseq} CANCEL"], branch=call.branch)
    caller.link.send(data, "CANCEL")
    with contextlib.suppress(TimeoutError):
        while True:
            answer = await caller.link.next_response(queue, caller.link.timeout)
            if answer.status >= 200:
                _ack_failure(caller, call, answer)
                break
    raise CallFailed(CallFailure(FAIL_NO_ANSWER))


def _ack_failure(caller: Station, call: Outgoing, answer: SipMessage) -> None:
    """The ACK of a final error answer belongs to the INVITE's transaction (RFC 3261 §17.1.1.3: same branch)."""
    data, _ = request("ACK", call.target, caller.link, [
        f"From: <{caller.aor}>;tag={call.from_tag}", f"To: {answer.first('to') or ''}", f"Call-ID: {call.call_id}",
        f"CSeq: {call.cseq} ACK"], branch=call.branch)
    caller.link.send(data, "ACK")


def _in_dialog(caller: Station, call: Outgoing, method: str, cseq: int) -> bytes:
    """ACK or BYE in the dialog the 200 OK set up: to its Contact, along its Record-Route (RFC 3261 §12.1.2)."""
    assert call.answer is not None
    contact = call.answer.first("contact")
    target = uri_of(contact) if contact else call.target
    routes = [r.strip() for value in reversed(call.answer.all("record-route")) for r in value.split(",")]
    data, _ = request(method, target, caller.link, [
        *call.dialog_headers(caller), f"CSeq: {cseq} {method}", *(f"Route: {r}" for r in routes)])
    return data


async def _hang_up(caller: Station, call: Outgoing) -> None:
    call.cseq += 1
    queue = caller.link.expect(call.call_id, call.cseq, "BYE")
    caller.link.send(_in_dialog(caller, call, "BYE", call.cseq), "BYE")
    with contextlib.suppress(TimeoutError, CallFailed):
        while (await caller.link.next_response(queue, caller.link.timeout)).status < 200:
            pass


# --------------------------------------------------------------------------------------------------- the call
@dataclass
class Plan:
    host: str
    port: int
    fqdn: str
    domain: str
    ctx: ssl.SSLContext
    seconds: float
    timeout: float
    ring_timeout: float


async def _open(plan: Plan, user: str, password: str, party: str, ladder: Ladder) -> Station:
    try:
        session = await open_tls(plan.host, plan.port, plan.fqdn, plan.ctx, plan.timeout)
    except ConnectFailed as failed:
        raise CallFailed(CallFailure(FAIL_TLS, detail=failed.finding.message.rstrip("."), station=user)) from None
    link = Link(session.reader, session.writer, party, ladder, plan.timeout)
    link.start()
    return Station(user, password, plan.domain, link)


async def run_test_call(host: str, port: int, fqdn: str, *, caller: str, caller_password: str, callee: str,
                        callee_password: str, domain: str | None = None, ca_pem: bytes | None = None,
                        seconds: float = 3.0, timeout: float = 5.0, ring_timeout: float = 15.0,
                        media_profile: bool = True) -> TestCallEvidence:
    """The whole test call; never raises for what the network or the SBC does: that is the evidence's failure."""
    # the system's roots are read from disk: off the loop, which may be the window's
    plan = Plan(host, port, fqdn, domain or fqdn, await asyncio.to_thread(tls_context, ca_pem), seconds, timeout,
                ring_timeout)
    evidence = TestCallEvidence(caller, callee, f"{fqdn}:{port}", datetime.now(UTC).isoformat(timespec="seconds"),
                                seconds)
    ladder, stations, agents = Ladder(), [], []
    try:
        stations = list(await asyncio.gather(_open(plan, caller, caller_password, CALLER, ladder),
                                             _open(plan, callee, callee_password, CALLEE, ladder)))
        agents = [Agent(stations[0], answers=False), Agent(stations[1], answers=True)]
        for agent in agents:
            agent.start()
        for station in stations:
            await station.register(ZOOM_REGISTER_EXPIRES)
        evidence = await _call(plan, evidence, stations[0], agents[1], agents[0])
        if media_profile and evidence.failure is None:
            evidence = replace(evidence, offers=await _profile_offers(plan, stations[0], agents[1]))
    except CallFailed as failed:
        evidence = replace(evidence, failure=failed.failure)
    finally:
        await _close(stations, agents)
    extra = {"digest_algorithm": next((s.auth_algorithm for s in stations if s.auth_algorithm), "")}
    return replace(evidence, ladder=tuple(ladder.steps), extra=evidence.extra | extra)


async def _close(stations: list[Station], agents: list[Agent]) -> None:
    """unREGISTER what was registered, then close; bounded by each link's timeout, never raising."""
    for station in stations:
        if station.registered:
            with contextlib.suppress(CallFailed):
                await station.register(0)
    for agent in agents:
        await agent.stop()
    for station in stations:
        await station.link.close()


async def _call(plan: Plan, evidence: TestCallEvidence, caller: Station, callee: Agent,
                caller_agent: Agent) -> TestCallEvidence:
    offer = Crypto.fresh()
    stream, port = await open_stream(caller.link.local_host, offer)
    try:
        body = describe(caller.link.local_host, port, OUR_CODECS, offer)
        call = await _invite(caller, f"sip:{callee.station.user}@{plan.domain}", body, plan.ring_timeout)
        assert call.answer is not None
        if call.answer.status >= 300:
            raise CallFailed(CallFailure(FAIL_REFUSED, call.answer.status, call.answer.reason))
        evidence = _answered(evidence, call)
        caller.link.send(_in_dialog(caller, call, "ACK", call.cseq), "ACK")
        incoming = await _incoming(callee, plan.timeout)
        if call.media is None or incoming.stream is None:
            await _hang_up(caller, call)
            raise CallFailed(CallFailure(FAIL_SIP, detail="the 200 OK carries no audio stream we can send to"))
        codec = next((c for c in call.media.codecs if c in OUR_CODECS), PCMA)
        stream.configure(codec, next(iter(call.media.cryptos), None), (call.media.host, call.media.port),
                         incoming.stream.sent)
        incoming.stream.incoming = stream.sent
        evidence = await _talk(plan, evidence, caller, call, stream, incoming, caller_agent)
    finally:
        stream.close()
    return evidence


def _answered(evidence: TestCallEvidence, call: Outgoing) -> TestCallEvidence:
    media = call.media
    codec = next((c for c in media.codecs if c in OUR_CODECS), media.codecs[0] if media.codecs else None) \
        if media else None
    return replace(evidence, setup_ms=call.setup_ms, answer_media=media.line if media else "",
                   crypto_suite=media.cryptos[0].suite if media and media.cryptos else "",
                   codec=codec.rtpmap if codec else "")


async def _incoming(callee: Agent, timeout: float) -> Incoming:
    """The call as the callee answered it: it answered before the caller could send its ACK."""
    try:
        return await asyncio.wait_for(callee.calls.get(), timeout)
    except TimeoutError:
        raise CallFailed(CallFailure(FAIL_SIP, detail="the callee's answer was never seen at the callee")) from None


async def _talk(plan: Plan, evidence: TestCallEvidence, caller: Station, call: Outgoing, stream: MediaStream,
                incoming: Incoming, caller_agent: Agent) -> TestCallEvidence:
    """Both send the tone for `seconds`; a BYE from the network or a lost connection ends it early."""
    assert incoming.stream is not None
    sending: asyncio.Future[object] = asyncio.ensure_future(_both(stream, incoming.stream, plan.seconds))
    dropped: asyncio.Future[object] = asyncio.ensure_future(_dropped(caller, caller_agent, incoming))
    try:
        done, _ = await asyncio.wait({sending, dropped}, timeout=plan.seconds + plan.timeout,
                                     return_when=asyncio.FIRST_COMPLETED)
        failure = dropped.result() if dropped in done else None
        assert failure is None or isinstance(failure, CallFailure)
        if failure is None:
            await asyncio.sleep(SETTLE)
    finally:
        sending.cancel()
        dropped.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await sending
        incoming.stream.close()
    evidence = replace(evidence, caller_to_callee=direction(stream, incoming.stream),
                       callee_to_caller=direction(incoming.stream, stream),
                       extra=evidence.extra | {"late_packets": stream.sent.late + incoming.stream.sent.late})
    if failure is not None:
        return replace(evidence, failure=failure)
    with contextlib.suppress(CallFailed):
        await _hang_up(caller, call)
    return evidence


async def _both(forth: MediaStream, back: MediaStream, seconds: float) -> None:
    await asyncio.gather(forth.send(seconds), back.send(seconds))


async def _dropped(caller: Station, caller_agent: Agent, incoming: Incoming) -> CallFailure:
    waits = {asyncio.ensure_future(e.wait()): what for e, what in (
        (caller_agent.bye, f"a BYE reached {caller.user}"), (incoming.ended, "a BYE reached the callee"),
        (caller.link.lost, "the caller's SIP connection was lost"))}
    try:
        done, _ = await asyncio.wait(set(waits), return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waits:
            waiter.cancel()
    return CallFailure(FAIL_DROPPED, detail=next(waits[w] for w in done))


# ------------------------------------------------------------------------------------------ the media profile
PROFILE_OFFERS: tuple[tuple[str, tuple[Codec, ...], bool], ...] = (
    (OFFER_PLAIN_RTP, OUR_CODECS, False), (OFFER_UNCONFIGURED_CODEC, (GSM,), True), (OFFER_SRTP, OUR_CODECS, True))


async def _profile_offers(plan: Plan, caller: Station, callee: Agent) -> tuple[OfferOutcome, ...]:
    """Each offer an INVITE of its own (guide §9.4.2); an accepted one is hung up at once, without media."""
    outcomes = []
    for offer, codecs, secure in PROFILE_OFFERS:
        crypto = Crypto.fresh() if secure else None
        stream, port = await open_stream(caller.link.local_host, crypto)
        try:
            outcomes.append(await _offer(plan, caller, callee, offer, describe(caller.link.local_host, port, codecs,
                                                                               crypto)))
        finally:
            stream.close()
    return tuple(outcomes)


async def _offer(plan: Plan, caller: Station, callee: Agent, offer: str, body: bytes) -> OfferOutcome:
    while not callee.calls.empty():  # what an earlier offer left at the callee
        left = callee.calls.get_nowait()
        if left.stream is not None:
            left.stream.close()
    try:
        call = await _invite(caller, f"sip:{callee.station.user}@{plan.domain}", body, plan.timeout)
    except CallFailed:
        return OfferOutcome(offer, None, "no final answer")
    assert call.answer is not None
    answer = call.answer
    if answer.status >= 300:
        return OfferOutcome(offer, answer.status, answer.reason)
    caller.link.send(_in_dialog(caller, call, "ACK", call.cseq), "ACK")
    with contextlib.suppress(TimeoutError):
        taken = await asyncio.wait_for(callee.calls.get(), plan.timeout)
        if taken.stream is not None:
            taken.stream.close()
    await _hang_up(caller, call)
    media = call.media
    return OfferOutcome(offer, answer.status, answer.reason, media.line if media else "",
                        media.cryptos[0].suite if media and media.cryptos else "")

