"""The SBC as a Zoom client meets it from outside, for the lab: SIP over TLS with a certificate for its FQDN,
OPTIONS, and REGISTER with digest authentication and a configurable maximum expiry. (The tests of the SIP
probe use Kamailio; this is for demos and training, where nothing but the wizard is installed.)"""

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


class SbcLab:
    def __init__(self, state: SbcState | None = None) -> None:
        self.state = state or SbcState()
        self.cert_pem, key_pem = self_signed(self.state.fqdn)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        with tempfile.TemporaryDirectory() as tmp:  # ssl loads keys from files only
            (Path(tmp) / "c.pem").write_bytes(self.cert_pem)
            (Path(tmp) / "k.pem").write_bytes(key_pem)
            self.ctx.load_cert_chain(Path(tmp) / "c.pem", Path(tmp) / "k.pem")
        self._server: asyncio.base_events.Server | None = None

    def reissue(self, days: int) -> None:
        """A new certificate, valid for `days` more days, served from the next handshake on (time passing)."""
        self.cert_pem, key_pem = self_signed(self.state.fqdn, days)
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "c.pem").write_bytes(self.cert_pem)
            (Path(tmp) / "k.pem").write_bytes(key_pem)
            self.ctx.load_cert_chain(Path(tmp) / "c.pem", Path(tmp) / "k.pem")

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        self._server = await asyncio.start_server(self._client, host, port, ssl=self.ctx)
        return self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
                writer.write(self.answer(head.decode("utf-8", errors="replace")).encode())
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, TimeoutError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    def answer(self, request: str) -> str:
        lines = request.split("\r\n")
        method, uri = [*lines[0].split(" "), "", ""][:2]
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers.setdefault(name.strip().lower(), value.strip())
        copied = [f"{h.title()}: {headers[h]}" for h in ("via", "from", "to", "call-id", "cseq") if h in headers]
        if method == "OPTIONS":
            return self._reply("200 OK", copied, ["Server: OpenScape SBC lab", self.state.version_header,
                                                  "Allow: OPTIONS, REGISTER"])
        if method != "REGISTER":
            return self._reply("405 Method Not Allowed", copied, [])
        auth = headers.get("authorization")
        if auth is None or not self._valid(auth, uri):
            nonce = secrets.token_hex(12)
            self.state.nonces.add(nonce)
            challenge = f'Digest realm="{self.state.fqdn}", nonce="{nonce}", algorithm=MD5, qop="auth"'
            return self._reply("401 Unauthorized", copied, [f"WWW-Authenticate: {challenge}"])
        requested = int(headers.get("expires", "3600") or 3600)
        contact = re.sub(r";\s*expires=\d+", "", headers.get("contact", "")).strip()
        granted = min(requested, self.state.max_expires)
        if granted == 0:
            self.state.bindings.pop(contact, None)
            return self._reply("200 OK", copied, ["Server: OpenScape SBC lab", self.state.version_header])
        self.state.bindings[contact] = granted
        return self._reply("200 OK", copied, [f"Contact: {contact};expires={granted}", "Server: OpenScape SBC lab",
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

    @staticmethod
    def _reply(status: str, copied: list[str], extra: list[str]) -> str:
        return "\r\n".join([f"SIP/2.0 {status}", *copied, *extra, "Content-Length: 0"]) + "\r\n\r\n"
