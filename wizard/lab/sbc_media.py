"""The lab SBC's media side, as the guide configures the OpenScape SBC's access side for Zoom PSI clients: the offer
is judged by the Zoom media profile (§9.4.2), its SDP is rewritten to the SBC's own relay ports, and the relay
forwards packets between the two legs.

The relay does not decrypt: the SDES keys of `a=crypto` pass end to end, as they do through an SBC whose media
relay forwards SRTP between two access-side legs of the same profile without terminating it. RTCP passes on the
port above RTP untouched (§9.4.2 step 6: RTCP Mode Bypass)."""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
from dataclasses import dataclass, field

LOOPBACK = "127.0.0.1"
# §9.4.2 step 5: Media protocol "SRTP only"; RFC 3711 / RFC 4568 name the SRTP profile RTP/SAVP
SRTP_PROFILE = "RTP/SAVP"
# §9.4.2 step 8 lists the codecs of the Zoom profile in a picture our copy of the guide does not carry; the lab takes
# the codecs DESIGN.md names for PSI clients (PCMA, PCMU, G.722) and telephone-event for DTMF (RFC 4733). Static
# payload types per RFC 3551 §6: 0 PCMU, 8 PCMA, 9 G722.
CONFIGURED_CODECS = ("PCMA", "PCMU", "G722", "TELEPHONE-EVENT")
STATIC_PAYLOADS = {"0": "PCMU", "8": "PCMA", "9": "G722"}
NOT_AUDIO = ("TELEPHONE-EVENT",)
# The guide gives no media port range for the access side: the lab's is the demo site's "SBC media (RTP/SRTP) port
# range" (wizard.demo, 20000-40000), so the firewall values the demo shows name the ports its calls use. An RTP port
# and the RTCP port above it both lie in it, the highest pair being 39998/39999.
RELAY_PORTS = (20000, 40000)


class OfferRefused(Exception):
    """The offer does not fit the Zoom media profile: answered 488 with `reason` in a Warning header."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class AudioOffer:
    address: str
    port: int
    profile: str
    payloads: list[str]
    names: dict[str, str]  # payload type -> encoding name, upper case
    crypto: bool


def audio_offer(sdp: str) -> AudioOffer:
    """The audio stream of an SDP offer or answer (RFC 4566): its address (media c= over session c=), port, profile,
    payload types and whether it carries an SDES key (RFC 4568 a=crypto)."""
    session_address = ""
    media: AudioOffer | None = None
    for line in sdp.splitlines():
        if line.startswith("c=") and media is None:
            session_address = line.split()[-1]
        elif line.startswith("m="):
            if media is not None:
                break  # only the first audio stream is relayed
            parts = line[2:].split()
            if len(parts) < 4 or parts[0] != "audio" or not parts[1].isdigit():
                raise OfferRefused("the offer has no audio stream")
            media = AudioOffer(session_address, int(parts[1]), parts[2], parts[3:], {}, False)
        elif media is not None and line.startswith("c="):
            media.address = line.split()[-1]
        elif media is not None and line.startswith("a=rtpmap:"):
            payload, _, rest = line[len("a=rtpmap:"):].partition(" ")
            media.names[payload] = rest.split("/")[0].upper()
        elif media is not None and line.startswith("a=crypto:"):
            media.crypto = True
    if media is None:
        raise OfferRefused("the offer has no audio stream")
    for payload in media.payloads:
        media.names.setdefault(payload, STATIC_PAYLOADS.get(payload, payload))
    return media


def judge_offer(offer: AudioOffer) -> list[str]:
    """The payload types the Zoom media profile lets through, or OfferRefused with the rule the offer breaks."""
    if offer.profile != SRTP_PROFILE:
        raise OfferRefused(f"media protocol SRTP only (guide 9.4.2): {offer.profile} offered")
    if not offer.crypto:
        raise OfferRefused("SRTP configuration SDES (guide 9.4.2): no a=crypto in the offer")
    # §9.4.2 step 7: "Allow unconfigured codecs" unchecked - what is not configured is taken out of the offer
    kept = [p for p in offer.payloads if offer.names.get(p) in CONFIGURED_CODECS]
    if not [p for p in kept if offer.names[p] not in NOT_AUDIO]:
        offered = ", ".join(offer.names.get(p, p) for p in offer.payloads)
        raise OfferRefused(f"allow unconfigured codecs off (guide 9.4.2): only {offered} offered")
    return kept


def rewrite(sdp: str, port: int, keep: list[str] | None = None) -> str:
    """The SDP as the SBC passes it on: its own relay address and port, only the payload types in `keep` (all when
    None), and no a=rtcp (RTCP goes to the port above RTP, RFC 3550 §11)."""
    out: list[str] = []
    dropped: set[str] = set()
    for line in sdp.splitlines():
        if line.startswith("c="):
            line = f"c=IN IP4 {LOOPBACK}"
        elif line.startswith("o="):
            parts = line.split()
            line = " ".join([*parts[:5], LOOPBACK]) if len(parts) >= 6 else line
        elif line.startswith("m=audio"):
            parts = line.split()
            payloads = parts[3:] if keep is None else [p for p in parts[3:] if p in keep]
            dropped = set(parts[3:]) - set(payloads)
            line = " ".join([parts[0], str(port), parts[2], *payloads])
        elif line.startswith("a=rtcp:") or _names_payload(line, dropped):
            continue
        out.append(line)
    return "\r\n".join(out) + "\r\n"


def _names_payload(line: str, payloads: set[str]) -> bool:
    for prefix in ("a=rtpmap:", "a=fmtp:"):
        if line.startswith(prefix):
            return line[len(prefix):].split(" ")[0] in payloads
    return False


# ---------------------------------------------------------------------------------------------- the relay
@dataclass
class Direction:
    """What the relay saw from one leg: packets forwarded on to the other leg, and those it dropped."""
    forwarded: int = 0
    dropped: int = 0


class _Port(asyncio.DatagramProtocol):
    def __init__(self, relay: MediaRelay, leg: str, rtcp: bool) -> None:
        self.relay, self.leg, self.rtcp = relay, leg, rtcp
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.relay.forward(self.leg, self.rtcp, data, addr)


@dataclass
class MediaRelay:
    """Two RTP/RTCP port pairs on loopback, one per leg ("caller", "callee"). A packet from a leg goes out of the
    other leg's port to that leg's peer: first the address its SDP named, then the address packets actually come
    from (latching, as an SBC does for clients behind NAT)."""
    drop_from: str = ""  # a leg whose packets are dropped (the lab fault sbc.drop_media)
    ports: dict[str, int] = field(default_factory=dict)
    peers: dict[tuple[str, bool], tuple[str, int]] = field(default_factory=dict)
    seen: dict[str, Direction] = field(default_factory=lambda: {"caller": Direction(), "callee": Direction()})
    _sockets: dict[tuple[str, bool], _Port] = field(default_factory=dict)

    async def open(self) -> None:
        for leg in ("caller", "callee"):
            rtp, rtcp = _port_pair()
            self.ports[leg] = rtp.getsockname()[1]
            loop = asyncio.get_running_loop()
            for sock, is_rtcp in ((rtp, False), (rtcp, True)):
                port = _Port(self, leg, is_rtcp)
                await loop.create_datagram_endpoint(lambda port=port: port, sock=sock)  # type: ignore[misc]
                self._sockets[(leg, is_rtcp)] = port

    def peer(self, leg: str, address: str, port: int) -> None:
        """Where the leg's SDP says it receives (RTP on `port`, RTCP on the port above)."""
        self.peers.setdefault((leg, False), (address, port))
        self.peers.setdefault((leg, True), (address, port + 1))

    def forward(self, leg: str, rtcp: bool, data: bytes, addr: tuple[str, int]) -> None:
        self.peers[(leg, rtcp)] = addr  # latching: answer where the packets come from
        other = "callee" if leg == "caller" else "caller"
        target, out = self.peers.get((other, rtcp)), self._sockets.get((other, rtcp))
        if leg == self.drop_from or target is None or out is None or out.transport is None:
            self.seen[leg].dropped += 1
            return
        out.transport.sendto(data, target)
        self.seen[leg].forwarded += 1

    def close(self) -> None:
        for port in self._sockets.values():
            if port.transport is not None:
                port.transport.close()
        self._sockets.clear()


def _port_pair() -> tuple[socket.socket, socket.socket]:
    """An even port for RTP and the odd one above it for RTCP (RFC 3550 §11), both free on loopback."""
    chance = random.Random()
    for _ in range(200):
        port = chance.randrange(*RELAY_PORTS) & ~1
        rtp, rtcp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM), socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            rtp.bind((LOOPBACK, port))
            rtcp.bind((LOOPBACK, port + 1))
        except OSError:
            rtp.close()
            rtcp.close()
            continue
        rtp.setblocking(False)
        rtcp.setblocking(False)
        return rtp, rtcp
    raise OSError("no free pair of UDP ports for the media relay on loopback")


def close_quietly(relay: MediaRelay | None) -> None:
    if relay is not None:
        with contextlib.suppress(OSError):
            relay.close()
