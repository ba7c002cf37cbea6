"""Real servers the probes talk to in the tests, started on loopback only: dnsmasq, tinyproxy, Kamailio,
and TLS servers backed by OpenSSL. Each is a context manager that cleans up after itself."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
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
