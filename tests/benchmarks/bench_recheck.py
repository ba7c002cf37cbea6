"""Figures for the re-check (issue 20): how long re-checking the demo site against its signed baseline takes,
every check and probe again and its people read back, against the lab on loopback. Prints, asserts nothing.

Run: python tests/benchmarks/bench_recheck.py [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wizard.demo import DEMO_LAB_FAULTS, commission_demo
from wizard.lab.run import start_lab
from wizard.provisioning.people import provisioned
from wizard.report.build import build_signed_report
from wizard.report.identity import create_identity
from wizard.runbook.model import load_runbook
from wizard.services.recheck import recheck

PASSPHRASE = b"Bench-Passphrase-1"


async def main(rounds: int) -> None:
    bundle, cert = create_identity("Bench Engineer", None, None, PASSPHRASE)
    with tempfile.TemporaryDirectory() as tmp:
        lab = await start_lab(faults=DEMO_LAB_FAULTS)
        try:
            project = await commission_demo(lab.endpoints, Path(tmp))
            built = await build_signed_report(load_runbook(), project, Path(tmp) / "baseline.pdf", identity=bundle,
                                              passphrase=PASSPHRASE, identity_source="bench",
                                              provisioned=provisioned(project))
            pdf = built.pdf.read_bytes()
            times, found = [], None
            for _ in range(rounds):
                start = time.perf_counter()
                found = await recheck(load_runbook(), project, pdf, cert, "baseline.pdf")
                times.append(time.perf_counter() - start)
            project.close()
        finally:
            await lab.stop()
    assert found is not None
    print(f"re-check of the demo site (median of {rounds}): {statistics.median(times) * 1000:.0f} ms; "
          f"{len(found.drifts)} drift(s), {len(found.unchanged)} unchanged")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    asyncio.run(main(parser.parse_args().rounds))
