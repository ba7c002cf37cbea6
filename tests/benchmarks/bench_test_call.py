"""Figures for the test call (issue #33). Prints, asserts nothing.

Test calls through Kamailio (TLS, the SBC's access side) and rtpengine (SRTP terminated on each leg), on loopback:
call set-up time (INVITE sent to 200 OK received, digest challenge included), packets sent on time (within 5 ms of
their 20 ms slot), loss each way (≈ 0 on loopback), jitter and one-way delay, the loop's worst stall while a call runs
(the window's loop runs the call), and the probe's own CPU per second of call: both clients, SRTP both ways, this
process only (Kamailio and rtpengine not counted).

Run: python tests/benchmarks/bench_test_call.py [calls] [seconds]
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.certs import issue
from tests.sip_peers import SBC_FQDN, kamailio_sbc
from wizard.checks.call import TestCallEvidence
from wizard.probes.call import run_test_call

PASSWORD = "bench-digest"


async def one_call(port: int, ca: bytes, seconds: float) -> tuple[TestCallEvidence, float, float, float]:
    """A call, the CPU this process spent on it, its wall time, and the loop's worst lag meanwhile."""
    loop = asyncio.get_running_loop()
    worst = 0.0
    running = True

    async def watch() -> None:  # how late a 10 ms tick comes: what the window would feel
        nonlocal worst
        while running:
            before = loop.time()
            await asyncio.sleep(0.01)
            worst = max(worst, loop.time() - before - 0.01)

    watcher = asyncio.ensure_future(watch())
    cpu, wall = time.process_time(), time.perf_counter()
    evidence = await run_test_call("127.0.0.1", port, SBC_FQDN, caller="4711", caller_password=PASSWORD,
                                   callee="4712", callee_password=PASSWORD, ca_pem=ca, seconds=seconds, timeout=3.0,
                                   media_profile=False)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    running = False
    await watcher
    return evidence, cpu, wall, worst


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    ca = issue("Bench CA", ca=True)
    leaf = issue(SBC_FQDN, issuer=ca, sans=[SBC_FQDN])
    with tempfile.TemporaryDirectory() as work, \
            kamailio_sbc(Path(work), leaf.pem(), leaf.key_pem(), password=PASSWORD) as sbc:
        runs = [asyncio.run(one_call(sbc.port, ca.pem(), seconds)) for _ in range(calls)]
    setups = [e.setup_ms for e, *_ in runs if e.setup_ms is not None]
    directions = [d for e, *_ in runs for d in (e.caller_to_callee, e.callee_to_caller) if d is not None]
    sent = sum(d.sent for d in directions)
    late = sum(int(e.extra.get("late_packets", 0)) for e, *_ in runs)
    delays = [d.delay_ms for d in directions if d.delay_ms is not None]
    print(f"{calls} calls of {seconds:g} s through Kamailio + rtpengine (SRTP both legs), loopback")
    print(f"  failures: {sum(1 for e, *_ in runs if e.failure is not None)}")
    print(f"  set-up time: median {statistics.median(setups):.1f} ms, max {max(setups):.1f} ms")
    print(f"  packets sent on time (within 5 ms of the 20 ms slot): {sent - late}/{sent} "
          f"({100 * (sent - late) / sent:.2f} %)")
    print(f"  lost: {sum(d.lost for d in directions)} of {sent} ({100 * sum(d.lost for d in directions) / sent:.3f} %)")
    print(f"  jitter (RFC 3550): max {max(d.jitter_ms for d in directions):.2f} ms")
    print(f"  one-way delay: mean {statistics.mean(delays):.2f} ms, worst packet "
          f"{max(d.delay_max_ms or 0 for d in directions):.2f} ms")
    per_second = [cpu / seconds for _, cpu, _, _ in runs]
    print(f"  probe CPU (this process, both clients) per second of call: median "
          f"{1000 * statistics.median(per_second):.1f} ms/s ({100 * statistics.median(per_second):.1f} % of a core)"
          f"; whole call incl. registration and teardown: median {statistics.median(w for *_, w, _ in runs):.2f} s")
    print(f"  the loop's worst stall during a call: {1000 * max(w for *_, w in runs):.1f} ms")


if __name__ == "__main__":
    main()
