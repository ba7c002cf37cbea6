"""SIP as the probe needs it: parse a response, answer a digest challenge (RFC 2617/7616, SHA-256 per
RFC 8760), and read the registration expiry the registrar granted (RFC 3261 §10.3)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

ZOOM_USER_AGENT = "ZoomPbxPhone"
ZOOM_REGISTER_EXPIRES = 2678400  # what Zoom mobile clients ask for; guide §9.4.1.1
_HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}
_PARAM = re.compile(r'([A-Za-z0-9_-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]+)')


class SipParseError(ValueError):
    pass


@dataclass(frozen=True)
class SipResponse:
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]

    def all(self, name: str) -> list[str]:
        name = name.lower()
        return [v for k, v in self.headers if k == name]

    def first(self, name: str) -> str | None:
        values = self.all(name)
        return values[0] if values else None


# RFC 3261 §7.3.3 and §20: the compact forms of the header fields a SIP message may use
COMPACT_FORMS = {"m": "contact", "v": "via", "f": "from", "t": "to", "i": "call-id", "l": "content-length",
                 "c": "content-type", "e": "content-encoding", "k": "supported", "s": "subject"}


def parse_response_head(head: bytes) -> SipResponse:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SipParseError("the answer is not text") from exc
    lines = text.replace("\r\n", "\n").split("\n")
    match = re.fullmatch(r"SIP/2\.0 (\d{3}) ?(.*)", lines[0].strip())
    if not match:
        raise SipParseError(f"not a SIP response: {lines[0][:60]!r}")
    return SipResponse(int(match.group(1)), match.group(2), tuple(header_fields(lines[1:])))


def header_fields(lines: list[str]) -> list[tuple[str, str]]:
    """A message's header lines as (lower-case full name, value): folded lines joined, compact forms written out."""
    headers: list[tuple[str, str]] = []
    for line in lines:
        if not line.strip():
            continue
        if line[0] in " \t" and headers:  # folded header line
            name, value = headers.pop()
            headers.append((name, value + " " + line.strip()))
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise SipParseError(f"malformed header line {line[:60]!r}")
        name = name.strip().lower()
        headers.append((COMPACT_FORMS.get(name, name), value.strip()))
    return headers


def parse_challenge(value: str) -> dict[str, str]:
    scheme, _, rest = value.strip().partition(" ")
    if scheme.lower() != "digest":
        raise SipParseError(f"unsupported authentication scheme {scheme!r}")
    return {k.lower(): v[1:-1] if v.startswith('"') else v for k, v in _PARAM.findall(rest)}


def pick_challenge(values: list[str]) -> dict[str, str]:
    """The strongest digest challenge we can answer (a registrar may offer SHA-256 and MD5)."""
    challenges = [parse_challenge(v) for v in values]
    usable = [c for c in challenges if c.get("algorithm", "MD5").upper().removesuffix("-SESS") in _HASHES]
    if not usable:
        offered = ", ".join(c.get("algorithm", "MD5") for c in challenges)
        raise SipParseError(f"no supported digest algorithm offered ({offered})")
    return max(usable, key=lambda c: c.get("algorithm", "MD5").upper().startswith("SHA-256"))


def digest_authorization(challenge: dict[str, str], *, method: str, uri: str, user: str, password: str,
                         cnonce: str, nc: int = 1) -> str:
    algorithm = challenge.get("algorithm", "MD5")
    base = algorithm.upper().removesuffix("-SESS")
    h = _HASHES[base]

    def digest(text: str) -> str:
        return h(text.encode("utf-8")).hexdigest()

    realm, nonce = challenge.get("realm", ""), challenge["nonce"]
    ha1 = digest(f"{user}:{realm}:{password}")
    if algorithm.upper().endswith("-SESS"):
        ha1 = digest(f"{ha1}:{nonce}:{cnonce}")
    ha2 = digest(f"{method}:{uri}")
    qops = [q.strip() for q in challenge.get("qop", "").split(",") if q.strip()]
    fields = [f'username="{user}"', f'realm="{realm}"', f'nonce="{nonce}"', f'uri="{uri}"',
              f"algorithm={algorithm}"]
    if "auth" in qops:
        count = f"{nc:08x}"
        response = digest(f"{ha1}:{nonce}:{count}:{cnonce}:auth:{ha2}")
        fields += ["qop=auth", f"nc={count}", f'cnonce="{cnonce}"']
    else:
        response = digest(f"{ha1}:{nonce}:{ha2}")
    fields.insert(4, f'response="{response}"')
    if "opaque" in challenge:
        fields.append(f'opaque="{challenge["opaque"]}"')
    return "Digest " + ", ".join(fields)


def granted_expiry(response: SipResponse, contact_uri: str) -> int | None:
    """The expiry granted to our contact: its Contact ;expires parameter, else the Expires header."""
    for value in response.all("contact"):
        for contact in re.split(r",(?=\s*<)", value):
            if contact_uri in contact:
                match = re.search(r";\s*expires\s*=\s*(\d+)", contact, re.IGNORECASE)
                if match:
                    return int(match.group(1))
    expires = response.first("expires")
    return int(expires) if expires and expires.strip().isdigit() else None
