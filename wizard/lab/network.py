"""The network around the site, for the demo and the tests, on loopback only and in pure Python (so the Windows
demo has it too): a DNS server answering the site's names, the cloud endpoints guide §6.1 checks (TLS with a
certificate from the lab's own root CA), and an HTTP CONNECT proxy that tunnels to those endpoints and nowhere
else. Nothing here ever opens a connection beyond 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import dns.flags
import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# the names §6.1 asks the customer's network to reach (the probe's own list; DESIGN.md)
CLOUD_NAMES = ("authentication.api.mitel.io", "admin.api.mitel.io", "api.zoom.us", "zoom.us")
LOOPBACK = "127.0.0.1"


# ---------------------------------------------------------------------------------------------- DNS
class _Dns(asyncio.DatagramProtocol):
    def __init__(self, zone: dict[str, list[str]]) -> None:
        self.zone = zone
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            query = dns.message.from_wire(data)
        except Exception:
            return
        answer = dns.message.make_response(query)
        answer.flags |= dns.flags.AA
        question = query.question[0] if query.question else None
        name = question.name.to_text().rstrip(".").lower() if question is not None else ""  # an RRset: never bool
        if name not in self.zone:
            answer.set_rcode(dns.rcode.NXDOMAIN)
        elif question is not None and question.rdtype == dns.rdatatype.A:
            answer.answer.append(dns.rrset.from_text_list(question.name, 60, "IN", "A", self.zone[name]))
        # other record types of a known name: an empty answer (NOERROR, no data), as for a name with only A
        assert self.transport is not None
        self.transport.sendto(answer.to_wire(), addr)


# ---------------------------------------------------------------------------------------------- a lab CA
@dataclass
class LabCa:
    """The lab's root CA and one server certificate for the cloud names, made fresh for each lab."""
    root_pem: bytes = b""
    context: ssl.SSLContext | None = None

    @classmethod
    def make(cls, names: tuple[str, ...]) -> LabCa:
        now = datetime.now(UTC)
        root_key = ec.generate_private_key(ec.SECP256R1())
        root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "PSI Lab Root CA")])
        root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
                .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
                .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                .sign(root_key, hashes.SHA256()))
        key = ec.generate_private_key(ec.SECP256R1())
        leaf = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
                .issuer_name(root_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=90))
                .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), critical=False)
                .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
                .sign(root_key, hashes.SHA256()))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        with tempfile.TemporaryDirectory() as folder:  # ssl loads keys from files only
            chain, key_file = Path(folder) / "chain.pem", Path(folder) / "key.pem"
            chain.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
            key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                   serialization.NoEncryption()))
            context.load_cert_chain(chain, key_file)
        return cls(root.public_bytes(serialization.Encoding.PEM), context)


# ---------------------------------------------------------------------------------------------- the network
@dataclass
class LabNetwork:
    zone: dict[str, list[str]]  # name -> IPv4 addresses the lab's DNS answers
    ca: LabCa = field(default_factory=lambda: LabCa.make(CLOUD_NAMES))
    dns_port: int = 0
    cloud_port: int = 0
    proxy_port: int = 0
    tunnels: int = 0  # CONNECTs the proxy let through, for tests
    refused: list[str] = field(default_factory=list)  # CONNECT targets it refused
    _closers: list[object] = field(default_factory=list)

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(lambda: _Dns(self.zone), local_addr=(LOOPBACK, 0))
        self.dns_port = transport.get_extra_info("sockname")[1]
        cloud = await asyncio.start_server(self._cloud, LOOPBACK, 0, ssl=self.ca.context)
        self.cloud_port = cloud.sockets[0].getsockname()[1]
        proxy = await asyncio.start_server(self._proxy, LOOPBACK, 0)
        self.proxy_port = proxy.sockets[0].getsockname()[1]
        self._closers += [transport, cloud, proxy]

    async def stop(self) -> None:
        for closer in self._closers:
            closer.close()  # type: ignore[attr-defined]
            if isinstance(closer, asyncio.Server):
                await closer.wait_closed()

    async def _cloud(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """A cloud endpoint as §6.1 meets it: a TLS handshake, then any request answered 204 and closed."""
        with contextlib.suppress(OSError, asyncio.IncompleteReadError, ssl.SSLError, TimeoutError):
            await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            writer.write(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")
            await writer.drain()
        writer.close()

    async def _proxy(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """CONNECT to one of the cloud names (port 443) is tunnelled to the lab's endpoint; anything else is
        refused with 403, so the proxy can never reach beyond the lab."""
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, OSError):
            writer.close()
            return
        line = head.split(b"\r\n", 1)[0].decode("latin-1").split()
        target = line[1] if len(line) == 3 and line[0] == "CONNECT" else ""
        host, _, port = target.rpartition(":")
        if host.lower() not in CLOUD_NAMES or port != "443":
            self.refused.append(target or head[:60].decode("latin-1"))
            writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            await writer.drain()
            writer.close()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(LOOPBACK, self.cloud_port)
        except OSError:
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            writer.close()
            return
        self.tunnels += 1
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError, asyncio.IncompleteReadError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    writer.close()
