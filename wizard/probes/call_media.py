"""The audio of a test call: a tone in 20 ms RTP packets (RFC 3550, payload PCMA/PCMU per RFC 3551), protected
with SRTP (RFC 3711, libsrtp through pylibsrtp) with the keys of the a=crypto lines (RFC 4568), sent on the asyncio
loop at its pace, and measured where it arrives: received, lost, interarrival jitter (RFC 3550 §6.4.1, A.8) and
one-way delay. Both stations run in this process, so the sender's send time and the receiver's arrival time are read
on one clock (time.perf_counter)."""

from __future__ import annotations

import asyncio
import math
import os
import struct
import time
from dataclasses import dataclass, field
from typing import cast

import pylibsrtp

from wizard.checks.call import DirectionStats
from wizard.probes.call_sdp import PCMA, PCMU, Codec, Crypto

PACKET_MS = 20  # a=ptime:20, as Zoom clients and the SBC's media profile use
SAMPLES = 160  # 20 ms at 8000 Hz (G.711; G.722 too, whose RTP clock is 8000 Hz, RFC 3551 §4.5.2)
TONE_HZ = 400  # a tone, not silence: a relay that suppresses silence (VAD) would otherwise send nothing
LATE_MS = 5.0  # a packet sent this much after its slot counts as late (the benchmark's pacing accuracy)
_PROFILES = {"AES_CM_128_HMAC_SHA1_80": pylibsrtp.Policy.SRTP_PROFILE_AES128_CM_SHA1_80,
             "AES_CM_128_HMAC_SHA1_32": pylibsrtp.Policy.SRTP_PROFILE_AES128_CM_SHA1_32}


def _alaw(sample: int) -> int:
    """ITU-T G.711 A-law of a 16-bit sample (the segment search of the reference encoder)."""
    pcm = sample >> 3
    mask = 0xD5 if pcm >= 0 else 0x55
    if pcm < 0:
        pcm = -pcm - 1
    segment = next((i for i, end in enumerate((0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)) if pcm <= end), 8)
    if segment >= 8:
        return 0x7F ^ mask
    value = (segment << 4) | ((pcm >> (1 if segment < 2 else segment)) & 0x0F)
    return value ^ mask


def _ulaw(sample: int) -> int:
    """ITU-T G.711 µ-law of a 16-bit sample."""
    pcm = sample >> 2
    mask = 0xFF
    if pcm < 0:
        pcm, mask = -pcm, 0x7F
    pcm = min(pcm, 8159) + (0x84 >> 2)
    segment = next((i for i, end in enumerate((0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)) if pcm <= end),
                   8)
    if segment >= 8:
        return 0x7F ^ mask
    return ((segment << 4) | ((pcm >> (segment + 1)) & 0x0F)) ^ mask


def tone(codec: Codec) -> bytes:
    """One packet of the tone (TONE_HZ divides 8000 / 160 evenly, so every packet is the same)."""
    encode = _ulaw if codec == PCMU else _alaw
    return bytes(encode(int(8000 * math.sin(2 * math.pi * TONE_HZ * n / 8000))) for n in range(SAMPLES))


def srtp_session(crypto: Crypto, outbound: bool) -> pylibsrtp.Session:
    policy = pylibsrtp.Policy(key=crypto.key, srtp_profile=_PROFILES.get(crypto.suite, _PROFILES[
        "AES_CM_128_HMAC_SHA1_80"]), ssrc_type=pylibsrtp.Policy.SSRC_ANY_OUTBOUND if outbound
        else pylibsrtp.Policy.SSRC_ANY_INBOUND)
    return pylibsrtp.Session(policy=policy)


@dataclass
class Sent:
    """What a sender sent, by sequence number, with the time it left (perf_counter): the receiver's measure."""

    ssrc: int = 0
    at: dict[int, float] = field(default_factory=dict)
    first_at: float | None = None
    last_at: float = 0.0
    late: int = 0  # packets sent LATE_MS or more after their slot


@dataclass
class Received:
    """RFC 3550 A.8's running jitter and the arrivals, as the receiver sees them."""

    seqs: set[int] = field(default_factory=set)
    first_at: float | None = None
    last_at: float | None = None
    jitter: float = 0.0  # in RTP timestamp units
    transit: float | None = None
    delays: list[float] = field(default_factory=list)
    undecryptable: int = 0
    foreign_ssrc: bool = False  # the stream was re-originated on the way: delay by sequence is not measurable

    def arrived(self, seq: int, timestamp: int, ssrc: int, at: float, sent: Sent, rate: int) -> None:
        if seq in self.seqs:
            return
        self.seqs.add(seq)
        self.first_at = self.first_at if self.first_at is not None else at
        self.last_at = at
        transit = at * rate - timestamp  # RFC 3550 A.8: arrival in timestamp units minus the RTP timestamp
        if self.transit is not None:
            self.jitter += (abs(transit - self.transit) - self.jitter) / 16
        self.transit = transit
        if ssrc != sent.ssrc:
            self.foreign_ssrc = True
        elif seq in sent.at:
            self.delays.append(at - sent.at[seq])


class MediaStream(asyncio.DatagramProtocol):
    """One station's RTP socket: sends the tone to the SBC's address of the answer, receives what the SBC sends."""

    def __init__(self, local: Crypto | None) -> None:
        self.codec = PCMA
        self.protect = srtp_session(local, True) if local is not None else None
        self.unprotect: pylibsrtp.Session | None = None
        self.incoming = Sent()  # the far sender's log: what arrives here is matched against it
        self.sent = Sent(ssrc=int.from_bytes(os.urandom(4), "big"))
        self.received = Received()
        self.transport: asyncio.DatagramTransport | None = None
        self.remote: tuple[str, int] | None = None
        self.ready = False  # nothing is counted before the answer said what arrives (codec, key)

    def configure(self, codec: Codec, remote: Crypto | None, address: tuple[str, int], incoming: Sent) -> None:
        """What the answer (or the offer, at the callee) said: the codec, the far end's key and address."""
        self.codec, self.remote, self.incoming = codec, address, incoming
        self.unprotect = srtp_session(remote, False) if remote is not None else None
        self.ready = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        at = time.perf_counter()
        if not self.ready or len(data) < 12 or data[0] >> 6 != 2 or 72 <= (data[1] & 0x7F) <= 76:
            return  # not RTP, or RTCP multiplexed on the port (RFC 5761 §4)
        if self.unprotect is not None:
            try:
                data = self.unprotect.unprotect(data)
            except pylibsrtp.Error:
                self.received.undecryptable += 1
                return
        seq, timestamp, ssrc = struct.unpack("!HII", data[2:12])
        self.received.arrived(seq, timestamp, ssrc, at, self.incoming, self.codec.rate)

    def error_received(self, exc: Exception) -> None:  # ICMP port unreachable: the SBC's port is closed; counted
        pass  # as packets that never arrive

    async def send(self, seconds: float) -> None:
        """The tone for `seconds`, one packet every 20 ms on an absolute schedule (a late packet does not push the
        next ones back)."""
        assert self.transport is not None and self.remote is not None
        loop = asyncio.get_running_loop()
        payload, count = tone(self.codec), max(1, round(seconds * 1000 / PACKET_MS))
        seq, stamp = int.from_bytes(os.urandom(2), "big"), int.from_bytes(os.urandom(4), "big")
        start = loop.time()
        for n in range(count):
            slot = start + n * PACKET_MS / 1000
            delay = slot - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            elif -delay * 1000 >= LATE_MS:
                self.sent.late += 1
            number = (seq + n) & 0xFFFF
            header = struct.pack("!BBHII", 0x80, (0x80 if n == 0 else 0) | self.codec.payload, number,
                                 (stamp + n * SAMPLES) & 0xFFFFFFFF, self.sent.ssrc)
            packet = header + payload
            if self.protect is not None:
                packet = self.protect.protect(packet)
            now = time.perf_counter()
            self.sent.at[number] = now
            self.sent.first_at = self.sent.first_at if self.sent.first_at is not None else now
            self.sent.last_at = now
            if self.transport.is_closing():
                return
            self.transport.sendto(packet, self.remote)

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


def direction(sender: MediaStream, receiver: MediaStream) -> DirectionStats:
    """One direction's figures: what `sender` sent against what `receiver` got."""
    sent, got = sender.sent, receiver.received
    start = sent.first_at or 0.0
    delays = [] if got.foreign_ssrc else got.delays
    return DirectionStats(
        sent=len(sent.at), received=len(got.seqs), lost=max(0, len(sent.at) - len(got.seqs)),
        jitter_ms=round(got.jitter / sender.codec.rate * 1000, 3),
        delay_ms=round(sum(delays) / len(delays) * 1000, 3) if delays else None,
        delay_max_ms=round(max(delays) * 1000, 3) if delays else None,
        undecryptable=got.undecryptable,
        first_ms=round((got.first_at - start) * 1000, 1) if got.first_at is not None else None,
        last_ms=round((got.last_at - start) * 1000, 1) if got.last_at is not None else None,
        sent_for_ms=round((sent.last_at - start) * 1000, 1) if sent.at else 0.0)


async def open_stream(host: str, local: Crypto | None) -> tuple[MediaStream, int]:
    """A stream bound to an ephemeral UDP port on `host` (the address this laptop reaches the SBC from)."""
    loop = asyncio.get_running_loop()
    transport, stream = await loop.create_datagram_endpoint(lambda: MediaStream(local), local_addr=(host, 0))
    return stream, transport.get_extra_info("sockname")[1]
