"""The SBC as a Zoom client meets it from outside, for the lab: SIP over TLS with a certificate for its FQDN,
OPTIONS, REGISTER with digest authentication and a configurable maximum expiry, and calls between two registered
clients (a B2BUA: each client has a dialog with the SBC, as with the OpenScape SBC), their media judged by the Zoom
media profile and relayed (wizard.lab.sbc_media). (The tests of the SIP probe use Kamailio; this is for demos and
training, where nothing but the wizard is installed.)

What no public source gives and the lab chooses: the SBC sends calls to a client over the TLS connection the client
registered on (connection reuse, as for clients behind NAT, RFC 5626 §3); an INVITE is not challenged (on a real
site the OS4K behind the SBC may ask for the digest again), but its caller must be registered on that connection;
a called user who is not registered is answered 404 (as Kamailio's lookup does); a re-INVITE is answered 488."""

from __future__ import annotations

import asyncio
import hashlib
import re
import secrets
import ssl
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from wizard.checks.sip import parse_challenge
from wizard.lab.faults import SbcFaults
from wizard.lab.sbc_media import MediaRelay, OfferRefused, audio_offer, close_quietly, judge_offer, rewrite

FQDN = "sbc.lab.psi"


@dataclass
class SbcState:
    fqdn: str = FQDN
    password: str = "lab-digest-password"
    max_expires: int = 2678400
    # how the SBC names itself in every SIP answer (the X-Siemens-OSS form given in DESIGN.md)
    version_header: str = "X-Siemens-OSS: OpenScape SBC V11 R2.01.00-1/BCF/THIG"
    bindings: dict[str, int] = field(default_factory=dict)  # contact -> granted expiry
    nonces: set[str] = field(default_factory=set)
    # §9.4.1.1's Remote Subscribers dialog: "INVITE No Reply timeout (msec) 3000", "INVITE No Answer timeout (msec)
    # 360000" - the SBC gives up on a callee that says nothing, or that rings without answering
    no_reply_timeout: float = 3.0
    no_answer_timeout: float = 360.0
    calls: list[CallRecord] = field(default_factory=list)  # every call the SBC saw, for tests and the demo


def self_signed(fqdn: str, days: int = 365) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, fqdn)])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(fqdn)]), critical=False)
            .sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


ZOOM_USER_AGENT = "ZoomPbxPhone"  # §9.4.2 step 9: the user agent the Zoom media profile is bound to
IDLE = 300.0  # seconds a connection may say nothing (a registered client waits for its calls on it)
# RFC 3261 §7.3.3: the compact forms of header names a UA may use
COMPACT = {"v": "via", "f": "from", "t": "to", "i": "call-id", "m": "contact", "l": "content-length",
           "c": "content-type", "k": "supported"}


@dataclass
class SipMessage:
    start: str
    headers: list[tuple[str, str]]
    body: str = ""

    @classmethod
    def parse(cls, head: str, body: str = "") -> SipMessage:
        lines = head.strip("\r\n").split("\r\n")
        headers = []
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers.append((name.strip(), value.strip()))
        return cls(lines[0], headers, body)

    def all(self, name: str) -> list[str]:
        wanted = name.lower()
        return [v for n, v in self.headers if COMPACT.get(n.lower(), n.lower()) == wanted]

    def get(self, name: str) -> str:
        found = self.all(name)
        return found[0] if found else ""

    @property
    def is_request(self) -> bool:
        return not self.start.startswith("SIP/2.0")

    @property
    def method(self) -> str:
        return self.start.split(" ")[0] if self.is_request else self.get("cseq").partition(" ")[2].strip()

    @property
    def uri(self) -> str:
        return [*self.start.split(" "), ""][1]

    @property
    def status(self) -> int:
        code = [*self.start.split(" "), ""][1]
        return int(code) if code.isdigit() else 0

    def encode(self) -> bytes:
        lines = [self.start, *(f"{n}: {v}" for n, v in self.headers if n.lower() not in ("content-length", "l"))]
        body = self.body.encode()
        return ("\r\n".join([*lines, f"Content-Length: {len(body)}"]) + "\r\n\r\n").encode() + body


def _tag(value: str) -> str:
    match = re.search(r";\s*tag=([^;>\s]+)", value)
    return match.group(1) if match else ""


def _uri(value: str) -> str:
    inside = re.search(r"<([^>]*)>", value)
    return inside.group(1) if inside else value.split(";")[0].strip()


def _user(value: str) -> str:
    uri = _uri(value)
    return uri.split(":", 1)[-1].split("@")[0] if "@" in uri else ""


def _token() -> str:
    return secrets.token_hex(8)


@dataclass
class CallRecord:
    """One call as the SBC saw it, for the tests and the demo."""
    caller: str
    callee: str
    status: int = 0  # the final answer the caller got
    reason: str = ""  # why it was refused, as the Warning header says
    ended_by: str = ""  # "caller", "callee" or "connection"
    relay: MediaRelay | None = None


@dataclass(eq=False)
class _Conn:
    writer: asyncio.StreamWriter
    user: str = ""  # the user registered on this connection
    contact: str = ""  # its registered contact URI

    def send(self, message: SipMessage) -> None:
        if not self.writer.is_closing():
            self.writer.write(message.encode())


@dataclass
class _Call:
    """Both dialogs of one call: leg A (caller and SBC) and leg B (SBC and callee)."""
    record: CallRecord
    a: _Conn
    invite: SipMessage  # the caller's INVITE
    a_tag: str
    a_cseq: int = 0  # the SBC's own requests on leg A
    b: _Conn | None = None
    b_call_id: str = ""
    b_tag: str = ""
    b_branch: str = ""
    b_uri: str = ""  # where the INVITE went (the callee's registered contact)
    b_to: str = ""  # the callee's To, with its tag
    b_contact: str = ""  # the callee's Contact of its 200
    b_cseq: int = 1
    b_replied: bool = False
    b_final: bool = False
    final: bool = False  # the caller got its final answer
    ended: bool = False
    timer: asyncio.Task[None] | None = None


class SbcLab:
    def __init__(self, state: SbcState | None = None, faults: SbcFaults | None = None) -> None:
        self.state = state or SbcState()
        self.faults = faults or SbcFaults()
        self.cert_pem, key_pem = self_signed(self.state.fqdn)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        with tempfile.TemporaryDirectory() as tmp:  # ssl loads keys from files only
            (Path(tmp) / "c.pem").write_bytes(self.cert_pem)
            (Path(tmp) / "k.pem").write_bytes(key_pem)
            self.ctx.load_cert_chain(Path(tmp) / "c.pem", Path(tmp) / "k.pem")
        self._server: asyncio.base_events.Server | None = None
        self.port = 0
        self._registered: dict[str, _Conn] = {}  # user -> the connection it registered on
        self._calls: dict[str, _Call] = {}  # the Call-ID of either leg -> the call
        self._conns: set[_Conn] = set()
        self._readers: set[asyncio.Task[None]] = set()

    def reissue(self, days: int) -> None:
        """A new certificate, valid for `days` more days, served from the next handshake on (time passing)."""
        self.cert_pem, key_pem = self_signed(self.state.fqdn, days)
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "c.pem").write_bytes(self.cert_pem)
            (Path(tmp) / "k.pem").write_bytes(key_pem)
            self.ctx.load_cert_chain(Path(tmp) / "c.pem", Path(tmp) / "k.pem")

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        self._server = await asyncio.start_server(self._client, host, port, ssl=self.ctx)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        for call in list(self._calls.values()):
            self._end(call)
        for conn in list(self._conns):  # a client waiting for calls holds its connection open: end the reads
            conn.writer.close()
        if self._readers:  # and let them finish, so none is cancelled mid-read when the loop closes
            await asyncio.wait(self._readers, timeout=2)
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = _Conn(writer)
        self._conns.add(conn)
        reading = asyncio.current_task()
        if reading is not None:
            self._readers.add(reading)
        try:
            while True:
                head = (await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IDLE)).decode("utf-8", "replace")
                head = head.lstrip("\r\n")  # keep-alive CRLFs between messages (RFC 5626 §4.4.1)
                if not head:
                    continue
                message = SipMessage.parse(head)
                length = message.get("content-length")
                if length.isdigit() and int(length):
                    message.body = (await reader.readexactly(int(length))).decode("utf-8", "replace")
                await self._handle(message, conn)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, TimeoutError, asyncio.LimitOverrunError):
            pass
        finally:
            self._readers.discard(reading)
            self._conns.discard(conn)
            self._forget(conn)
            writer.close()

    async def _handle(self, message: SipMessage, conn: _Conn) -> None:
        if not message.is_request:
            self._response(message)
            return
        method = message.method
        if method == "OPTIONS":
            conn.send(self._reply(message, "200 OK", ["Server: OpenScape SBC lab", self.state.version_header,
                                                       f"Allow: {', '.join(METHODS)}"]))
        elif method == "REGISTER":
            conn.send(self._register(message, conn))
        elif method == "INVITE":
            await self._invite(message, conn)
        elif method == "CANCEL":
            self._cancel(message, conn)
        elif method == "BYE":
            self._bye(message, conn)
        elif method != "ACK":  # an ACK ends its transaction: the SBC acknowledged the callee itself
            conn.send(self._reply(message, "405 Method Not Allowed", [f"Allow: {', '.join(METHODS)}"]))

    # ------------------------------------------------------------------------------------------ registrar
    def answer(self, request: str) -> str:
        """The answer to one OPTIONS or REGISTER, as text (kept for callers without a connection)."""
        message = SipMessage.parse(request)
        if message.method == "OPTIONS":
            return self._reply(message, "200 OK", ["Server: OpenScape SBC lab", self.state.version_header,
                                                    f"Allow: {', '.join(METHODS)}"]).encode().decode()
        return self._register(message, None).encode().decode()

    def _register(self, message: SipMessage, conn: _Conn | None) -> SipMessage:
        if message.method != "REGISTER":
            return self._reply(message, "405 Method Not Allowed", [])
        auth = message.get("authorization")
        if not auth or not self._valid(auth, message.uri):
            nonce = secrets.token_hex(12)
            self.state.nonces.add(nonce)
            challenge = f'Digest realm="{self.state.fqdn}", nonce="{nonce}", algorithm=MD5, qop="auth"'
            return self._reply(message, "401 Unauthorized", [f"WWW-Authenticate: {challenge}"])
        requested = int(message.get("expires") or 3600)
        contact = re.sub(r";\s*expires=\d+", "", message.get("contact")).strip()
        granted = min(requested, self.state.max_expires)
        user = _user(message.get("to"))
        if granted == 0:
            self.state.bindings.pop(contact, None)
            if conn is not None and self._registered.get(user) is conn:
                del self._registered[user]
            return self._reply(message, "200 OK", ["Server: OpenScape SBC lab", self.state.version_header])
        self.state.bindings[contact] = granted
        if conn is not None:
            conn.user, conn.contact = user, _uri(contact)
            self._registered[user] = conn
        return self._reply(message, "200 OK", [f"Contact: {contact};expires={granted}", "Server: OpenScape SBC lab",
                                               self.state.version_header])

    def _valid(self, header: str, uri: str) -> bool:
        fields = parse_challenge(header)
        if fields.get("nonce") not in self.state.nonces:
            return False

        def md5(text: str) -> str:
            return hashlib.md5(text.encode()).hexdigest()

        ha1 = md5(f"{fields.get('username')}:{fields.get('realm')}:{self.state.password}")
        ha2 = md5(f"REGISTER:{fields.get('uri', uri)}")
        expected = md5(f"{ha1}:{fields['nonce']}:{fields.get('nc')}:{fields.get('cnonce')}:auth:{ha2}")
        return secrets.compare_digest(expected, fields.get("response", ""))

    # ------------------------------------------------------------------------------------------ calls
    async def _invite(self, invite: SipMessage, conn: _Conn) -> None:
        call_id = invite.get("call-id")
        if call_id in self._calls:  # a re-INVITE (or a retransmission, which TLS does not need)
            if _tag(invite.get("to")):
                conn.send(self._reply(invite, "488 Not Acceptable Here", ['Warning: 399 - "re-INVITE not modelled"'],
                                      to_tag=_token()))
            return
        conn.send(self._reply(invite, "100 Trying", []))
        call = _Call(CallRecord(_user(invite.get("from")), _user(invite.uri)), conn, invite, _token())
        self._calls[call_id] = call
        self.state.calls.append(call.record)
        call.timer = asyncio.create_task(self._watch(call))
        refusal, kept = self._refusal(call)
        if refusal:
            self._final(call, *refusal)
        elif self.faults.no_answer:  # the call is never offered: ringing until the caller or the timeout ends it
            conn.send(self._reply(invite, "180 Ringing", [], to_tag=call.a_tag))
        else:
            await self._offer_to_callee(call, kept)

    def _refusal(self, call: _Call) -> tuple[tuple[str, str] | None, list[str] | None]:
        """Why the SBC answers the INVITE at once with an error (status, Warning text), else the payload types it
        passes on (None: all, the default media profile)."""
        invite = call.invite
        if not call.a.user:
            return ("403 Forbidden", "register before calling"), None
        if self.faults.refuse_invite:
            return ("488 Not Acceptable Here", "lab fault sbc.refuse_invite"), None
        try:
            offer = audio_offer(invite.body)
            # §9.4.2 step 9: the Zoom profile applies to the ZoomPbxPhone user agent; any other keeps the default
            # profile, whose settings the guide does not give (the lab lets everything through it)
            kept = judge_offer(offer) if invite.get("user-agent").startswith(ZOOM_USER_AGENT) else None
        except OfferRefused as refused:
            return ("488 Not Acceptable Here", refused.reason), None
        if call.record.callee not in self._registered:
            return ("404 Not Found", f"{call.record.callee} is not registered"), None
        return None, kept

    async def _offer_to_callee(self, call: _Call, kept: list[str] | None) -> None:
        relay = MediaRelay(drop_from=self.faults.drop_media)
        await relay.open()
        call.record.relay = relay
        offer = audio_offer(call.invite.body)
        relay.peer("caller", offer.address, offer.port)
        callee = self._registered[call.record.callee]
        call.b, call.b_call_id, call.b_tag, call.b_branch = callee, _token(), _token(), _branch()
        call.b_uri = callee.contact or f"sip:{call.record.callee}@{self.state.fqdn}"
        self._calls[call.b_call_id] = call
        caller = re.sub(r";\s*tag=[^;>\s]+", "", call.invite.get("from"))
        callee.send(SipMessage(f"INVITE {call.b_uri} SIP/2.0", [
            ("Via", f"SIP/2.0/TLS {self.state.fqdn}:{self.port};branch={call.b_branch}"), ("Max-Forwards", "69"),
            ("From", f"{caller};tag={call.b_tag}"), ("To", f"<sip:{call.record.callee}@{self.state.fqdn}>"),
            ("Call-ID", call.b_call_id), ("CSeq", "1 INVITE"), ("Contact", self._contact()),
            ("Allow", ", ".join(METHODS)), ("Content-Type", "application/sdp")],
            rewrite(call.invite.body, relay.ports["callee"], kept)))

    async def _watch(self, call: _Call) -> None:
        """§9.4.1.1's two INVITE timers: no reply at all from the callee, then no answer."""
        await asyncio.sleep(self.state.no_reply_timeout)
        if call.b is not None and not call.b_replied and not call.final:
            self._cancel_callee(call)
            self._final(call, "408 Request Timeout", "the callee did not reply")
            return
        await asyncio.sleep(max(0.0, self.state.no_answer_timeout - self.state.no_reply_timeout))
        if not call.final:
            self._cancel_callee(call)
            self._final(call, "480 Temporarily Unavailable", "no answer")

    def _response(self, response: SipMessage) -> None:
        call = self._calls.get(response.get("call-id"))
        # answers on leg A (to the SBC's BYE) and to the SBC's BYE or CANCEL on leg B end nothing more
        if call is None or response.get("call-id") != call.b_call_id or response.method != "INVITE":
            return
        call.b_replied = True
        if response.status < 200:
            if response.status in (180, 183) and not call.final:
                call.a.send(self._reply(call.invite, "180 Ringing", [], to_tag=call.a_tag))
            return
        first = not call.b_final
        call.b_final, call.b_to = True, response.get("to")
        if response.status >= 300:
            self._ack(call, response, call.b_branch)  # RFC 3261 §17.1.1.3: same branch as the INVITE
            if not call.final:
                self._final(call, response.start.split(" ", 1)[1], response.get("warning"))
            return
        call.b_contact = _uri(response.get("contact")) or call.b_uri
        self._ack(call, response, _branch())  # RFC 3261 §13.2.2.4: the ACK of a 2xx is a transaction of its own
        if not first:
            return
        if call.final:  # the caller gave up meanwhile
            self._bye_callee(call)
            self._end(call)
            return
        self._answer_caller(call, response)

    def _answer_caller(self, call: _Call, response: SipMessage) -> None:
        try:
            answer = audio_offer(response.body)
        except OfferRefused as refused:
            self._bye_callee(call)
            self._final(call, "488 Not Acceptable Here", f"the callee's answer: {refused.reason}")
            return
        assert call.record.relay is not None
        call.record.relay.peer("callee", answer.address, answer.port)
        call.final, call.record.status = True, 200
        call.a.send(self._reply(call.invite, "200 OK", [f"Contact: {self._contact()}", f"Allow: {', '.join(METHODS)}",
                                                         "Content-Type: application/sdp"], to_tag=call.a_tag,
                                body=rewrite(response.body, call.record.relay.ports["caller"])))

    def _final(self, call: _Call, status: str, reason: str) -> None:
        """The caller's final error answer, and the call is over."""
        call.final = True
        call.record.status, call.record.reason = int(status.split(" ")[0]), reason
        extra = [f'Warning: 399 {self.state.fqdn} "{reason}"'] if reason and status.startswith("488") else []
        call.a.send(self._reply(call.invite, status, extra, to_tag=call.a_tag))
        self._end(call)

    def _cancel(self, cancel: SipMessage, conn: _Conn) -> None:
        call = self._calls.get(cancel.get("call-id"))
        if call is None or call.final:
            conn.send(self._reply(cancel, "481 Call/Transaction Does Not Exist", []))
            return
        conn.send(self._reply(cancel, "200 OK", []))
        call.record.ended_by = "caller"
        self._cancel_callee(call)
        self._final(call, "487 Request Terminated", "")

    def _cancel_callee(self, call: _Call) -> None:
        if call.b is not None and not call.b_final:
            call.b.send(SipMessage(f"CANCEL {call.b_uri} SIP/2.0", [
                ("Via", f"SIP/2.0/TLS {self.state.fqdn}:{self.port};branch={call.b_branch}"), ("Max-Forwards", "70"),
                ("From", self._b_from(call)), ("To", f"<sip:{call.record.callee}@{self.state.fqdn}>"),
                ("Call-ID", call.b_call_id), ("CSeq", "1 CANCEL")]))

    def _bye(self, bye: SipMessage, conn: _Conn) -> None:
        call = self._calls.get(bye.get("call-id"))
        if call is None or call.ended:
            conn.send(self._reply(bye, "481 Call/Transaction Does Not Exist", []))
            return
        conn.send(self._reply(bye, "200 OK", []))
        if bye.get("call-id") == call.b_call_id:
            call.record.ended_by = "callee"
            self._bye_caller(call)
        else:
            call.record.ended_by = "caller"
            self._bye_callee(call)
        self._end(call)

    def _bye_callee(self, call: _Call) -> None:
        if call.b is None:
            return
        call.b_cseq += 1
        call.b.send(SipMessage(f"BYE {call.b_contact or call.b_uri} SIP/2.0", [
            ("Via", f"SIP/2.0/TLS {self.state.fqdn}:{self.port};branch={_branch()}"), ("Max-Forwards", "70"),
            ("From", self._b_from(call)), ("To", call.b_to), ("Call-ID", call.b_call_id),
            ("CSeq", f"{call.b_cseq} BYE")]))

    def _bye_caller(self, call: _Call) -> None:
        call.a_cseq += 1
        invite = call.invite
        call.a.send(SipMessage(f"BYE {_uri(invite.get('contact'))} SIP/2.0", [
            ("Via", f"SIP/2.0/TLS {self.state.fqdn}:{self.port};branch={_branch()}"), ("Max-Forwards", "70"),
            ("From", f"{invite.get('to')};tag={call.a_tag}"), ("To", invite.get("from")),
            ("Call-ID", invite.get("call-id")), ("CSeq", f"{call.a_cseq} BYE")]))

    def _ack(self, call: _Call, response: SipMessage, branch: str) -> None:
        assert call.b is not None
        target = call.b_contact if response.status < 300 else call.b_uri
        call.b.send(SipMessage(f"ACK {target} SIP/2.0", [
            ("Via", f"SIP/2.0/TLS {self.state.fqdn}:{self.port};branch={branch}"), ("Max-Forwards", "70"),
            ("From", self._b_from(call)), ("To", response.get("to")), ("Call-ID", call.b_call_id),
            ("CSeq", "1 ACK")]))

    def _b_from(self, call: _Call) -> str:
        return re.sub(r";\s*tag=[^;>\s]+", "", call.invite.get("from")) + f";tag={call.b_tag}"

    def _end(self, call: _Call) -> None:
        call.ended = True
        if call.timer is not None and call.timer is not asyncio.current_task():
            call.timer.cancel()
        close_quietly(call.record.relay)

    def _forget(self, conn: _Conn) -> None:
        """A connection closed: its registration goes, and a call on it ends for the other side too."""
        if conn.user and self._registered.get(conn.user) is conn:
            del self._registered[conn.user]
        for call in {id(c): c for c in self._calls.values() if not c.ended and conn in (c.a, c.b)}.values():
            call.record.ended_by = call.record.ended_by or "connection"
            if conn is call.a:
                if call.b_final:
                    self._bye_callee(call)
                else:
                    self._cancel_callee(call)
                self._end(call)
            elif call.final:
                self._bye_caller(call)
                self._end(call)
            else:
                self._final(call, "480 Temporarily Unavailable", "the callee's connection closed")

    def _contact(self) -> str:
        return f"<sip:sbc@{self.state.fqdn}:{self.port};transport=tls>"

    @staticmethod
    def _reply(request: SipMessage, status: str, extra: list[str], *, to_tag: str = "", body: str = "") -> SipMessage:
        headers = [("Via", v) for v in request.all("via")]
        for name in ("From", "To", "Call-ID", "CSeq"):
            value = request.get(name)
            if name == "To" and to_tag and not _tag(value) and not status.startswith("100"):
                value += f";tag={to_tag}"
            if value:
                headers.append((name, value))
        headers += [(n.strip(), v.strip()) for n, _, v in (line.partition(":") for line in extra)]
        return SipMessage(f"SIP/2.0 {status}", headers, body)


METHODS = ("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER")


def _branch() -> str:
    return "z9hG4bK" + _token()  # RFC 3261 §8.1.1.7: the magic cookie
