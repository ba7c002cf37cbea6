"""Real servers the probes talk to in the tests, started on loopback only: dnsmasq, tinyproxy, Kamailio,
and TLS servers backed by OpenSSL. Each is a context manager that cleans up after itself."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import ssl
import struct
import subprocess
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

LOOPBACK = "127.0.0.1"


def require(binary: str, package: str) -> str:
    path = shutil.which(binary) or next((p for p in (f"/usr/sbin/{binary}", f"/usr/bin/{binary}")
                                         if os.path.exists(p)), None)
    if path is None:
        message = f"{binary} is missing: install the Debian package {package} (tests/setup-debian.sh does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def wait_for_tcp(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection((LOOPBACK, port), timeout=0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {LOOPBACK}:{port} after {timeout} s")


@contextlib.contextmanager
def process(args: list[str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@contextlib.contextmanager
def failing_upstream() -> Iterator[int]:
    """An upstream name server whose every answer is SERVFAIL, like a zone whose authoritative servers are
    broken. dnsmasq forwards to it, so the probe meets a SERVFAIL from the real server in front."""
    import dns.message
    import dns.rcode

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((LOOPBACK, 0))

    def serve() -> None:
        while True:
            try:
                data, addr = sock.recvfrom(4096)
            except OSError:
                return
            reply = dns.message.make_response(dns.message.from_wire(data))
            reply.set_rcode(dns.rcode.SERVFAIL)
            sock.sendto(reply.to_wire(), addr)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()[1]
    finally:
        sock.close()


@contextlib.contextmanager
def dnsmasq(workdir: Path, records: dict[str, list[str]], broken_domain: str, refused_domain: str) -> Iterator[int]:
    """dnsmasq serving the zone psi.test: the given A/AAAA records and NXDOMAIN for other names in the zone;
    SERVFAIL for names under broken_domain, REFUSED for names under refused_domain."""
    binary = require("dnsmasq", "dnsmasq-base")
    port = free_port(socket.SOCK_DGRAM)
    with failing_upstream() as upstream:
        args = [binary, "--keep-in-foreground", "--no-resolv", "--no-hosts", "--bind-interfaces",
                f"--listen-address={LOOPBACK}", f"--port={port}", "--user=root", "--local=/psi.test/",
                f"--server=/{broken_domain}/{LOOPBACK}#{upstream}", f"--server=/{refused_domain}/#",
                f"--pid-file={workdir / 'dnsmasq.pid'}", "--log-queries", "--log-facility=-"]
        args += [f"--address=/{name}/{addr}" for name, addrs in records.items() for addr in addrs]
        with _running_dnsmasq(args, workdir, port):
            yield port


@contextlib.contextmanager
def _running_dnsmasq(args: list[str], workdir: Path, port: int) -> Iterator[None]:
    with process(args, workdir / "dnsmasq.log"):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # ready once it answers a query
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.settimeout(0.2)
                query = b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x04psi\x04test\x00\x00\x01\x00\x01"
                s.sendto(query, (LOOPBACK, port))
                with contextlib.suppress(OSError):
                    s.recvfrom(512)
                    break
            time.sleep(0.05)
        yield


@contextlib.contextmanager
def silent_udp() -> Iterator[int]:
    """A UDP port that receives and never answers: a DNS server behind a dropping firewall."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind((LOOPBACK, 0))
        yield s.getsockname()[1]


@contextlib.contextmanager
def _thread_loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield loop
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


@contextlib.contextmanager
def tls_server(workdir: Path, chain_pem: bytes, key_pem: bytes, *, minimum: ssl.TLSVersion | None = None,
               maximum: ssl.TLSVersion | None = None, reply: bytes | None = None) -> Iterator[int]:
    """A TLS server (OpenSSL through Python's ssl) serving the given chain on a loopback port; it answers
    what it is sent with `reply`, or just closes."""
    cert_file, key_file = workdir / f"chain-{id(chain_pem)}.pem", workdir / f"key-{id(key_pem)}.pem"
    cert_file.write_bytes(chain_pem)
    key_file.write_bytes(key_pem)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_file, key_file)
    if minimum is not None or maximum is not None:
        ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
        with warnings.catch_warnings():  # a TLS 1.0-only server is the point of some tests
            warnings.simplefilter("ignore", DeprecationWarning)
            ctx.minimum_version = minimum or ssl.TLSVersion.MINIMUM_SUPPORTED
            ctx.maximum_version = maximum or ssl.TLSVersion.MAXIMUM_SUPPORTED

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(reader.read(1024), 2)
            if reply is not None:
                writer.write(reply)
                await writer.drain()
                await asyncio.sleep(0.5)
        writer.close()

    with _thread_loop() as loop:
        server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(answer, LOOPBACK, 0, ssl=ctx), loop).result(5)
        try:
            yield server.sockets[0].getsockname()[1]
        finally:
            loop.call_soon_threadsafe(server.close)


@contextlib.contextmanager
def tcp_peer(behaviour: str) -> Iterator[int]:
    """A TCP server that accepts and then either never speaks ('silent') or resets the connection once the
    client has spoken ('reset'), or answers garbage ('garbage')."""
    listener = socket.socket()
    listener.bind((LOOPBACK, 0))
    listener.listen(8)
    held: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            held.append(conn)
            if behaviour == "silent":
                continue
            with contextlib.suppress(OSError):
                conn.settimeout(2)
                conn.recv(1024)
                if behaviour == "garbage":
                    conn.sendall(b"\x00\xffthis is not what you expected\r\n\r\n")
                    continue
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()
        for conn in held:
            with contextlib.suppress(OSError):
                conn.close()


@contextlib.contextmanager
def tinyproxy(workdir: Path, *, allowed_ports: list[int], user: str | None = None,
              password: str | None = None) -> Iterator[int]:
    """tinyproxy on loopback: CONNECT allowed only to allowed_ports, Basic authentication when a user is given."""
    binary = require("tinyproxy", "tinyproxy")
    port = free_port()
    config = workdir / f"tinyproxy-{port}.conf"
    lines = [f"Port {port}", f"Listen {LOOPBACK}", "Timeout 10", "MaxClients 40", "LogLevel Info",
             *(f"ConnectPort {p}" for p in allowed_ports)]
    if user is not None:
        lines.append(f"BasicAuth {user} {password}")
    config.write_text("\n".join(lines) + "\n")
    with process([binary, "-d", "-c", str(config)], workdir / f"tinyproxy-{port}.log"):
        wait_for_tcp(port)
        yield port


KAMAILIO_MODULES = ("kex", "corex", "tm", "sl", "pv", "maxfwd", "textops", "siputils", "xlog", "usrloc",
                    "registrar", "auth", "tls")


def kamailio_modules(*needed: str) -> str:
    """The folder of Debian's Kamailio modules that holds every module `needed` (tls is kamailio-tls-modules')."""
    candidates = ("/usr/lib/x86_64-linux-gnu/kamailio/modules", "/usr/lib/aarch64-linux-gnu/kamailio/modules",
                  "/usr/lib/kamailio/modules")
    found = next((d for d in candidates if all(os.path.exists(f"{d}/{m}.so") for m in needed)), None)
    if found is None:
        require("kamailio-modules-missing", "kamailio and kamailio-tls-modules")
    assert found is not None
    return found


def kamailio_tls_folder(run: Path, chain_pem: bytes, key_pem: bytes) -> Path:
    """A Kamailio instance's folder with its certificate, key and tls.cfg (no client certificates asked for)."""
    run.mkdir()
    (run / "cert.pem").write_bytes(chain_pem)
    (run / "key.pem").write_bytes(key_pem)
    (run / "tls.cfg").write_text(
        f"[server:default]\nmethod = TLSv1.2+\nverify_certificate = no\nrequire_certificate = no\n"
        f"private_key = {run / 'key.pem'}\ncertificate = {run / 'cert.pem'}\n\n"
        "[client:default]\nverify_certificate = no\nrequire_certificate = no\n")
    return run


@contextlib.contextmanager
def kamailio(workdir: Path, chain_pem: bytes, key_pem: bytes, *, password: str, max_expires: int,
             algorithm: str = "MD5", version_header: str = "", plain_port: int | None = None) -> Iterator[int]:
    """Kamailio as a SIP-TLS registrar on loopback: digest authentication against one password (any user),
    registrations kept in memory, the granted expiry capped at max_expires; `version_header` is added to every
    reply, as an OpenScape SBC names its version; with `plain_port` it answers plain SIP there too, over UDP and
    TCP, as an SBC whose access realm keeps SIP-UDP and SIP-TCP open."""
    binary = require("kamailio", "kamailio and kamailio-tls-modules")
    modules = kamailio_modules("tls")
    port = free_port()
    run = kamailio_tls_folder(workdir / f"kamailio-{port}", chain_pem, key_pem)
    loads = "\n".join(f'loadmodule "{m}.so"' for m in KAMAILIO_MODULES)
    named = 'append_to_reply("' + version_header + '\\r\\n");' if version_header else ""
    plain = f"listen=udp:{LOOPBACK}:{plain_port}\nlisten=tcp:{LOOPBACK}:{plain_port}\n" if plain_port else ""
    (run / "kamailio.cfg").write_text(f"""#!KAMAILIO
debug=2
log_stderror=yes
children=2
tcp_children=2
listen=tls:{LOOPBACK}:{port}
{plain}enable_tls=yes
auto_aliases=no
mpath="{modules}/"
{loads}
modparam("tls", "config", "{run / 'tls.cfg'}")
modparam("usrloc", "db_mode", 0)
modparam("registrar", "max_expires", {max_expires})
modparam("registrar", "default_expires", 3600)
modparam("auth", "algorithm", "{algorithm}")

request_route {{
    {named}
    if (is_method("OPTIONS")) {{ sl_send_reply("200", "OK"); exit; }}
    if (is_method("REGISTER")) {{
        if (!pv_auth_check("$fd", "{password}", "0", "0")) {{
            auth_challenge("$fd", "1");
            exit;
        }}
        if (!save("location")) {{ sl_reply_error(); }}
        exit;
    }}
    sl_send_reply("405", "Method Not Allowed");
}}
""")
    args = [binary, "-f", str(run / "kamailio.cfg"), "-DD", "-E", "-m", "64", "-M", "8", "-P", str(run / "pid"),
            "-w", str(run)]
    with process(args, run / "kamailio.log"):
        wait_for_tcp(port)
        yield port
