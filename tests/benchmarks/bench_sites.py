"""Figures for the sites overview (issue 20): 200 project files summarised, as `psi-wizard sites DIR` and the
welcome page do it. Prints, asserts nothing.

Run: python tests/benchmarks/bench_sites.py [--projects N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wizard.runbook.model import load_runbook
from wizard.services.sites import project_files, summarise_site
from wizard.store.project import ProjectFile


def make_projects(folder: Path, count: int) -> None:
    steps = [s.id for s in load_runbook().steps]
    for n in range(count):
        with ProjectFile.create(folder / f"site-{n:03}.psiproj", actor="bench") as project:
            conn = project._conn  # bulk: one transaction per file instead of one per change
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO site(key, value) VALUES (?, ?)",
                             [("customer", f"Customer {n}"), ("site", f"Site {n}")])
            conn.executemany("INSERT INTO step_state(step_id, status, note, result_json, updated_at, updated_by) "
                             "VALUES (?, ?, '', NULL, '2026-12-01T10:00:00+00:00', 'bench')",
                             [(sid, ("passed", "failed", "warning", "confirmed")[i % 4])
                              for i, sid in enumerate(steps[: 20 + n % 40])])
            conn.execute("COMMIT")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    runbook = load_runbook()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_projects(folder, args.projects)
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            summaries = [summarise_site(p, runbook) for p in project_files(folder)]
            times.append(time.perf_counter() - start)
        assert len(summaries) == args.projects and not any(s.unreadable for s in summaries)
        median = statistics.median(times)
        print(f"{args.projects} projects summarised (median of {args.rounds}): {median * 1000:.0f} ms, "
              f"{median / args.projects * 1000:.2f} ms each  (aim: 200 in < 1 s)")


if __name__ == "__main__":
    main()
