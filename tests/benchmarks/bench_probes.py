"""Figures for the network probes (issue 4). Prints, asserts nothing.

Eight TLS probes against eight OpenSSL servers, each reached through a relay that holds the connection
for a different delay before passing bytes on. Wall time of the eight run concurrently, divided by the
slowest single probe (aim <= 1.2), beside the sequential sum.

Run: python tests/benchmarks/bench_probes.py
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.certs import issue
from tests.peers import tls_server
from wizard.probes.tls import probe_tls

DELAYS = (0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85)
FQDN = "sbc01.psi.test"


async def delayed_relay(target_port: int, delay: float) -> asyncio.base_events.Server:
    async def relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(delay)  # the slow peer: every connection waits before anything moves
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", target_port)

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(Exception):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    return await asyncio.start_server(relay, "127.0.0.1", 0)


async def measure(tls_port: int) -> None:
    relays = [await delayed_relay(tls_port, d) for d in DELAYS]
    ports = [r.sockets[0].getsockname()[1] for r in relays]

    async def one(port: int) -> float:
        start = time.perf_counter()
        result = await probe_tls("127.0.0.1", port, FQDN, timeout=10)
        assert result.evidence.get("protocol"), result.findings
        return time.perf_counter() - start

    singles = [await one(p) for p in ports]
    start = time.perf_counter()
    await asyncio.gather(*(one(p) for p in ports))
    concurrent = time.perf_counter() - start
    for r in relays:
        r.close()
    slowest = max(singles)
    print(f"8 TLS probes (4 handshakes each) against peers delayed {DELAYS[0]}–{DELAYS[-1]} s per connection:")
    print(f"  slowest single probe      {slowest * 1000:7.0f} ms")
    print(f"  sequential sum            {sum(singles) * 1000:7.0f} ms")
    print(f"  all eight concurrently    {concurrent * 1000:7.0f} ms   ratio to slowest {concurrent / slowest:.2f} "
          "(aim <= 1.2)")


def main() -> None:
    leaf = issue(FQDN, sans=[FQDN])
    with tempfile.TemporaryDirectory() as tmp, tls_server(Path(tmp), leaf.pem(), leaf.key_pem()) as port:
        asyncio.run(measure(port))


if __name__ == "__main__":
    main()
