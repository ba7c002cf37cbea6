"""Figures for the prerequisite checks (issue 3). Prints, asserts nothing.

Reconciling 10,000 Zoom users with 10,000 OS4K subscribers and planning the batches of 50, from
the CSV bytes as the engineer has them (reading, joining, findings, batches). Aim: under 0.3 s.

Run: python tests/benchmarks/bench_checks.py [--rounds N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from wizard.checks.amo import check_amo_text
from wizard.checks.users import read_subscribers, read_zoom_users, reconcile


def make_inputs(n: int, seed: int = 7) -> tuple[bytes, bytes, bytes]:
    rng = random.Random(seed)
    emails = [f"user{i:05d}@example.com" for i in range(n)]
    zoom_rows = ["Email,First Name,Last Name,Department,User Group"]
    for i, email in enumerate(emails):
        shown = email.upper() if i % 997 == 0 else email  # a few that differ in capitals only
        zoom_rows.append(f"{shown},First{i},Last{i},Dept{i % 40},Group{i % 7}")
    order = list(range(n))
    rng.shuffle(order)
    os4k_rows = ["Station;Email"] + [f"{30000 + i};{emails[i]}" for i in order if i % 501]  # some without
    amo_lines = []
    for i in range(n):
        stno = 30000 + i
        amo_lines.append(f'ADD-SBCSU:STNO={stno},OPT=OPTI,CONN=IP2,PMIDX=5,IPPASSW="x",CALLOG=ALL;')
        amo_lines.append(f'CHANGE-PERSI:EMAIL,{stno},"{emails[i]}";')
        amo_lines.append(f"CHA-SDAT:{stno},ATTRIBUT,DMCALLWD;")
    amo_lines.append("ADD-RICHT:MODE=PM,IDX=5,SAN=7999,STYPE=OTHER;")
    return ("\n".join(zoom_rows) + "\n").encode(), ("\n".join(os4k_rows) + "\n").encode(), \
        ("\n".join(amo_lines) + "\n").encode()


def timed(fn, rounds: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    zoom_csv, os4k_csv, amo_text = make_inputs(10_000)

    def reconcile_all():
        return reconcile(read_zoom_users(zoom_csv, "zoom.csv"), read_subscribers(os4k_csv, "os4k.csv"))

    t_all, result = timed(reconcile_all, args.rounds)
    zoom = read_zoom_users(zoom_csv, "zoom.csv")
    subs = read_subscribers(os4k_csv, "os4k.csv")
    t_join, _ = timed(lambda: reconcile(zoom, subs), args.rounds)
    t_amo, amo_result = timed(lambda: check_amo_text(amo_text.decode()), max(1, args.rounds // 2))
    print(f"10,000 Zoom users x 10,000 subscribers (median of {args.rounds}):")
    print(f"  read both CSVs, join, findings, batches   {t_all * 1000:7.1f} ms   (aim < 300 ms)")
    print(f"  join, findings and batches alone          {t_join * 1000:7.1f} ms")
    print(f"  -> {result.evidence['ready']} ready in {len(result.evidence['batches'])} batches, "
          f"{len(result.findings)} findings")
    print(f"AMO audit of 10,000 subscribers (30,001 commands, {len(amo_text) / 1e6:.1f} MB): {t_amo * 1000:7.1f} ms, "
          f"{len(amo_result.findings)} findings")


if __name__ == "__main__":
    main()
