"""Figures for the signed report (issue 7). Prints, asserts nothing.

Time to build and sign the report of a site with every runbook step recorded and 1,000 users.
Aim: under 3 s (issue 7); 0.5 s (issue 32: 0.92 s before, on the machine that measured it).

Run: python tests/benchmarks/bench_report.py
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from wizard.demo import fill_demo_project
from wizard.provisioning.people import provisioned
from wizard.report.build import build_signed_report
from wizard.report.identity import create_identity
from wizard.runbook.model import load_runbook
from wizard.store.project import ProjectFile


def main() -> None:
    runbook = load_runbook()
    with tempfile.TemporaryDirectory() as tmp:
        project = ProjectFile.create(Path(tmp) / "big.psiproj")
        asyncio.run(fill_demo_project(project))
        for step in runbook.steps:  # every step recorded: confirmed with a note, or checked
            if step.id not in project.step_records():
                project.confirm_step(step.id, f"Checked on site: {step.title}.")
        pairs = [{"email": f"user{i:04d}@example.com", "station": str(30000 + i)} for i in range(1000)]
        batches = [[p["email"] for p in pairs[i:i + 50]] for i in range(0, 1000, 50)]
        project.record_result("7.1.3.2-add-integrated-users", "passed",
                              {"check": "users.reconcile", "findings": [],
                               "evidence": {"pairs": pairs, "batches": batches, "ready": 1000}}, "t", "t")
        bundle, _ = create_identity("Bench Engineer", None, "Bench AG", b"bench-passphrase")
        times, pages = [], 0
        for round_ in range(3):
            start = time.perf_counter()
            built = asyncio.run(build_signed_report(runbook, project, Path(tmp) / f"r{round_}.pdf", identity=bundle,
                                                    passphrase=b"bench-passphrase", identity_source="bench",
                                                    provisioned=provisioned(project)))
            times.append(time.perf_counter() - start)
            pages = built.pages
        size = (Path(tmp) / "r0.pdf").stat().st_size / 1e6
        project.close()
    print(f"signed report, {len(runbook.steps)} steps recorded and 1,000 users: {pages} pages, {size:.1f} MB")
    print(f"  build and sign (median of 3, first run {times[0]:.2f} s)   {statistics.median(times):.2f} s   "
          "(aim ≤ 0.5 s)")


if __name__ == "__main__":
    main()
