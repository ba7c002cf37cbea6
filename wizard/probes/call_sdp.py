"""SDP for the test call (RFC 4566, offer/answer RFC 3264) with SDES keys (RFC 4568): the offers a Zoom PSI client
makes, and what is read back from an answer."""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import re
import secrets
from dataclasses import dataclass

from wizard.checks.call import PLAIN_PROFILE, SECURE_PROFILE, SRTP_SUITE

KEY_LENGTH = 30  # AES_CM_128 master key (16) and salt (14), RFC 4568 §6.2.1


@dataclass(frozen=True)
class Codec:
    name: str
    rate: int
    payload: int  # the static payload type (RFC 3551 §6)

    @property
    def rtpmap(self) -> str:
        return f"{self.name}/{self.rate}"


PCMA = Codec("PCMA", 8000, 8)
PCMU = Codec("PCMU", 8000, 0)
GSM = Codec("GSM", 8000, 3)
STATIC = {c.payload: c for c in (PCMA, PCMU, GSM)} | {9: Codec("G722", 8000, 9)}


@dataclass(frozen=True)
class Crypto:
    tag: int
    suite: str
    key: bytes  # master key and salt

    @classmethod
    def fresh(cls, suite: str = SRTP_SUITE, tag: int = 1) -> Crypto:
        return cls(tag, suite, os.urandom(KEY_LENGTH))

    @property
    def line(self) -> str:
        return f"a=crypto:{self.tag} {self.suite} inline:{base64.b64encode(self.key).decode()}"


@dataclass(frozen=True)
class Media:
    """The first audio stream of a session description."""

    host: str
    port: int
    profile: str
    codecs: tuple[Codec, ...]
    cryptos: tuple[Crypto, ...]
    line: str  # the m= line as written

    @property
    def secure(self) -> bool:
        return self.profile == SECURE_PROFILE


def describe(host: str, port: int, codecs: tuple[Codec, ...], crypto: Crypto | None) -> bytes:
    """An offer or an answer: one audio stream, 20 ms packets, SRTP with SDES when `crypto` is given."""
    profile = SECURE_PROFILE if crypto is not None else PLAIN_PROFILE
    session = secrets.randbelow(2**31)
    lines = ["v=0", f"o=- {session} {session} IN IP4 {host}", "s=-", f"c=IN IP4 {host}", "t=0 0",
             f"m=audio {port} {profile} " + " ".join(str(c.payload) for c in codecs),
             *(f"a=rtpmap:{c.payload} {c.rtpmap}" for c in codecs), "a=ptime:20", "a=sendrecv"]
    if crypto is not None:
        lines.append(crypto.line)
    return ("\r\n".join(lines) + "\r\n").encode()


def parse_media(body: bytes) -> Media | None:
    """The audio stream of an SDP body, None if there is none (a body that is not SDP, a rejected stream)."""
    text = body.decode("utf-8", errors="replace").replace("\r\n", "\n")
    session_host, host, line, port, profile = "", "", "", 0, ""
    payloads: list[int] = []
    maps: dict[int, Codec] = {}
    cryptos: list[Crypto] = []
    in_audio = False
    for raw in text.split("\n"):
        kind, _, value = raw.strip().partition("=")
        if kind == "m":
            in_audio = value.startswith("audio ") and not line
            if in_audio:
                line, port, profile, payloads = _media_line(value)
        elif kind == "c":
            address = value.split()[-1] if value.split() else ""
            host, session_host = (address, session_host) if in_audio else (host, address)
        elif kind == "a" and (in_audio or not line):
            _attribute(value, maps, cryptos)
    if not line or port == 0:
        return None
    codecs = tuple(maps.get(p) or STATIC.get(p) or Codec(f"PT{p}", 8000, p) for p in payloads)
    return Media(host or session_host, port, profile, codecs, tuple(cryptos), line)


def _media_line(value: str) -> tuple[str, int, str, list[int]]:
    parts = value.split()
    port = int(parts[1].split("/")[0]) if len(parts) > 1 and parts[1].split("/")[0].isdigit() else 0
    return "m=" + value, port, parts[2] if len(parts) > 2 else "", [int(p) for p in parts[3:] if p.isdigit()]


def _attribute(value: str, maps: dict[int, Codec], cryptos: list[Crypto]) -> None:
    rtpmap = re.fullmatch(r"rtpmap:(\d+) ([^/\s]+)/(\d+)(/\d+)?", value)
    if rtpmap:
        payload = int(rtpmap.group(1))
        maps[payload] = Codec(rtpmap.group(2), int(rtpmap.group(3)), payload)
        return
    crypto = re.fullmatch(r"crypto:(\d+) (\S+) inline:([A-Za-z0-9+/=]+)(\|\S+)*(\s.*)?", value)
    if crypto:
        with contextlib.suppress(binascii.Error, ValueError):
            key = base64.b64decode(crypto.group(3), validate=True)
            if len(key) == KEY_LENGTH:
                cryptos.append(Crypto(int(crypto.group(1)), crypto.group(2), key))

