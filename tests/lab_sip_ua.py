"""A plain asyncio SIP user agent for the lab SBC's call tests, written from RFC 3261 and RFC 4568 and not from the
lab's code: it registers over TLS, calls or answers, sends SRTP (pylibsrtp, SDES keys of its own), and counts what
it could decrypt."""

from __future__ import annotations

import asyncio
import base64
import os
import re
import secrets
import ssl
import struct
from dataclasses import dataclass, field

import pylibsrtp

from wizard.checks.sip import digest_authorization, parse_challenge

ZOOM_UA = "ZoomPbxPhone"
SUITE = "AES_CM_128_HMAC_SHA1_80"


@dataclass
class Msg:
    start: str
    headers: dict[str, list[str]]
    body: str

    def h(self, name: str) -> str:
        return self.headers.get(name.lower(), [""])[0]

    @property
    def status(self) -> int:
        return int(self.start.split()[1]) if self.start.startswith("SIP/2.0") else 0


def tag_of(value: str) -> str:
    match = re.search(r"tag=([^;>\s]+)", value)
    return match.group(1) if match else ""


def sdp_offer(port: int, key: bytes | None, profile: str = "RTP/SAVP", payloads: str = "8 0 101") -> str:
    lines = ["v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-", "c=IN IP4 127.0.0.1", "t=0 0",
             f"m=audio {port} {profile} {payloads}"]
    names = {"0": "PCMU/8000", "8": "PCMA/8000", "9": "G722/8000", "18": "G729/8000", "101": "telephone-event/8000",
             "111": "opus/48000/2"}
    lines += [f"a=rtpmap:{p} {names[p]}" for p in payloads.split()]
    if key is not None:
        lines.append(f"a=crypto:1 {SUITE} inline:{base64.b64encode(key).decode()}")
    lines.append("a=sendrecv")
    return "\r\n".join(lines) + "\r\n"


def media_of(sdp: str) -> tuple[str, int, bytes | None, list[str]]:
    address = re.findall(r"^c=IN IP4 (\S+)", sdp, re.M)[-1]
    m = re.search(r"^m=audio (\d+) \S+ (.*)$", sdp, re.M)
    assert m is not None, sdp
    crypto = re.search(r"^a=crypto:\d+ \S+ inline:([^|\s]+)", sdp, re.M)
    return address, int(m.group(1)), base64.b64decode(crypto.group(1)) if crypto else None, m.group(2).split()


class _Media(asyncio.DatagramProtocol):
    def __init__(self, ua: Ua) -> None:
        self.ua = ua

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.ua.received_packet(data)


@dataclass
class Ua:
    user: str
    password: str
    host: str
    port: int
    fqdn: str
    answer: bool = True  # answer incoming calls with 200 (else only ring)
    user_agent: str = ZOOM_UA
    key: bytes = field(default_factory=lambda: os.urandom(30))  # 16 bytes key + 14 salt (RFC 4568 §6.1)
    received: int = 0
    undecryptable: int = 0
    incoming: list[Msg] = field(default_factory=list)
    byes: int = 0

    async def start(self) -> None:
        ctx = ssl.create_default_context()
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE  # the lab's self-signed certificate, loopback
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port, ssl=ctx,
                                                                 server_hostname=self.fqdn)
        self.local = f"127.0.0.1:{self.writer.get_extra_info('sockname')[1]}"
        loop = asyncio.get_running_loop()
        self.media, _ = await loop.create_datagram_endpoint(lambda: _Media(self), local_addr=("127.0.0.1", 0))
        self.media_port = self.media.get_extra_info("sockname")[1]
        self.answers: list[Msg] = []
        self.peer: tuple[str, int] | None = None
        self.peer_key: bytes | None = None
        self.dialog: dict[str, str] = {}
        self.cseq = 0
        self.task = asyncio.create_task(self._read())

    async def close(self) -> None:
        self.task.cancel()
        self.media.close()
        self.writer.close()

    # ------------------------------------------------------------------ signalling
    def send(self, start: str, headers: list[str], body: str = "") -> None:
        data = body.encode()
        text = "\r\n".join([start, *headers, f"Content-Length: {len(data)}"]) + "\r\n\r\n"
        self.writer.write(text.encode() + data)

    async def _read(self) -> None:
        while True:
            head = (await self.reader.readuntil(b"\r\n\r\n")).decode()
            lines = head.strip().split("\r\n")
            headers: dict[str, list[str]] = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers.setdefault(name.strip().lower(), []).append(value.strip())
            length = int(headers.get("content-length", ["0"])[0])
            body = (await self.reader.readexactly(length)).decode() if length else ""
            msg = Msg(lines[0], headers, body)
            if msg.status:
                self.answers.append(msg)
            else:
                self._request(msg)

    def _request(self, msg: Msg) -> None:
        method = msg.start.split()[0]
        if method == "INVITE":
            self.incoming.append(msg)
            self.dialog = {"call_id": msg.h("call-id"), "local": msg.h("to") + ";tag=" + secrets.token_hex(4),
                           "remote": msg.h("from"), "target": re.sub(r"^.*<|>.*$", "", msg.h("contact"))}
            self._reply(msg, "180 Ringing", to=self.dialog["local"])
            if self.answer:
                address, port, self.peer_key, _ = media_of(msg.body)
                self.peer = (address, port)
                self._reply(msg, "200 OK", to=self.dialog["local"], body=sdp_offer(self.media_port, self.key),
                            extra=[f"Contact: <sip:{self.user}@{self.local};transport=tls>",
                                   "Content-Type: application/sdp"])
        elif method == "BYE":
            self.byes += 1
            self._reply(msg, "200 OK")
        elif method == "CANCEL":
            self._reply(msg, "200 OK")

    def _reply(self, msg: Msg, status: str, *, to: str = "", body: str = "", extra: list[str] | None = None) -> None:
        headers = [f"Via: {v}" for v in msg.headers["via"]] + [f"From: {msg.h('from')}", f"To: {to or msg.h('to')}",
                                                                f"Call-ID: {msg.h('call-id')}",
                                                                f"CSeq: {msg.h('cseq')}"]
        self.send(f"SIP/2.0 {status}", headers + (extra or []), body)

    def _head(self, method: str, uri: str, to: str, call_id: str, from_: str) -> list[str]:
        self.cseq += 1
        return [f"Via: SIP/2.0/TLS {self.local};branch=z9hG4bK{secrets.token_hex(6)}", "Max-Forwards: 70",
                f"From: {from_}", f"To: {to}", f"Call-ID: {call_id}", f"CSeq: {self.cseq} {method}",
                f"User-Agent: {self.user_agent}"]

    async def final(self, method: str, timeout: float = 5) -> Msg:
        """The next final answer to a request of `method` (answers to others are put back for their waiter)."""
        async def first() -> Msg:
            while True:
                for msg in self.answers:
                    if msg.status >= 200 and msg.h("cseq").endswith(method):
                        self.answers.remove(msg)
                        return msg
                await asyncio.sleep(0.01)

        return await asyncio.wait_for(first(), timeout)

    async def register(self, expires: int = 3600) -> Msg:
        uri, aor = f"sip:{self.fqdn}", f"<sip:{self.user}@{self.fqdn}>"
        call_id, from_ = secrets.token_hex(8), f"{aor};tag={secrets.token_hex(4)}"
        contact = f"Contact: <sip:{self.user}@{self.local};transport=tls>"
        self.send(f"REGISTER {uri} SIP/2.0",
                  [*self._head("REGISTER", uri, aor, call_id, from_), contact, f"Expires: {expires}"])
        answer = await self.final("REGISTER")
        if answer.status == 401:
            challenge = parse_challenge(answer.h("www-authenticate"))
            auth = digest_authorization(challenge, method="REGISTER", uri=uri, user=self.user,
                                        password=self.password, cnonce=secrets.token_hex(4))
            self.send(f"REGISTER {uri} SIP/2.0", [*self._head("REGISTER", uri, aor, call_id, from_), contact,
                                                  f"Expires: {expires}", f"Authorization: {auth}"])
            answer = await self.final("REGISTER")
        return answer

    async def call(self, callee: str, sdp: str | None = None, timeout: float = 5) -> Msg:
        uri = f"sip:{callee}@{self.fqdn}"
        call_id, from_ = secrets.token_hex(8), f"<sip:{self.user}@{self.fqdn}>;tag={secrets.token_hex(4)}"
        self.invite, self.invite_uri = self._head("INVITE", uri, f"<{uri}>", call_id, from_), uri
        self.send(f"INVITE {uri} SIP/2.0", [*self.invite, f"Contact: <sip:{self.user}@{self.local};transport=tls>",
                                            "Content-Type: application/sdp"],
            sdp if sdp is not None else sdp_offer(self.media_port, self.key))
        answer = await self.final("INVITE", timeout)
        to = answer.h("to")
        self.dialog = {"call_id": call_id, "local": from_, "remote": to,
                       "target": re.sub(r"^.*<|>.*$", "", answer.h("contact")) or uri}
        ack = self._head("ACK", uri, to, call_id, from_)
        ack[-2] = f"CSeq: {self.cseq - 1} ACK"  # the INVITE's number (RFC 3261 §17.1.1.3, §13.2.2.4)
        self.send(f"ACK {self.dialog['target'] if answer.status < 300 else uri} SIP/2.0", ack)
        if answer.status == 200:
            address, port, self.peer_key, _ = media_of(answer.body)
            self.peer = (address, port)
        return answer

    async def cancel(self) -> Msg:
        via, rest = self.invite[0], self.invite[1:]
        cseq = rest[4].split()[1]
        self.send(f"CANCEL {self.invite_uri} SIP/2.0",
                  [via, *rest[:4], f"CSeq: {cseq} CANCEL"])
        return await self.final("CANCEL")

    async def hang_up(self) -> Msg:
        d = self.dialog
        self.send(f"BYE {d['target']} SIP/2.0", self._head("BYE", d["target"], d["remote"], d["call_id"], d["local"]))
        return await self.final("BYE")

    # ------------------------------------------------------------------ media
    def received_packet(self, data: bytes) -> None:
        if self.peer_key is None:
            return
        if not hasattr(self, "_in"):
            self._in = pylibsrtp.Session(pylibsrtp.Policy(key=self.peer_key,
                                                          ssrc_type=pylibsrtp.Policy.SSRC_ANY_INBOUND))
        try:
            self._in.unprotect(data)
            self.received += 1
        except pylibsrtp.Error:
            self.undecryptable += 1

    async def send_audio(self, packets: int = 50, interval: float = 0.005) -> None:
        assert self.peer is not None
        out = pylibsrtp.Session(pylibsrtp.Policy(key=self.key, ssrc_type=pylibsrtp.Policy.SSRC_ANY_OUTBOUND))
        ssrc = secrets.randbits(32)
        for seq in range(packets):
            rtp = struct.pack("!BBHII", 0x80, 8, seq, seq * 160, ssrc) + b"\xd5" * 160  # PCMA silence
            self.media.sendto(out.protect(rtp), self.peer)
            await asyncio.sleep(interval)
