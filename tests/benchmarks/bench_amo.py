"""Figures for the AMO parser (issue 14). Prints, asserts nothing.

A REGEN dump of a large system as the PBX prints it (prompt and echo, H500, records continued over two lines,
quoted values, & lists, the two-line completion), at 10,000, 40,000 and 100,000 lines; and the text the old
parser took quadratic time on: a command without its closing ';' running over 40,000 lines. Aim: 100,000 lines
in under 1 s, time growing in step with the lines (the ratio column stays near 1).

Run: python tests/benchmarks/bench_amo.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wizard.checks.amo import parse_amo_text, read_os4k_config
from wizard.errors import WizardError


def dump(lines: int) -> str:
    """REG- output of as many stations as fill `lines` lines (eight lines per station)."""
    out: list[str] = []
    station = 100000
    while len(out) < lines:
        out += [f"<REG-SBCSU:STNO={station};", "H500: AMO SBCSU STARTED",
                f"ADD-SBCSU:STNO={station},OPT=OPTI,CONN=IP2,DVCFIG=S2IP,COS1=1,PMIDX=5,",
                '  IPPASSW="****",CALLOG=ALL;',
                f'CHANGE-PERSI:EMAIL,{station},"user{station}@example.com";',
                f"ADD-SDAT:STNO={station},TYPE=ATTRIBUT,AATTR=CLIP&DMCALLWD;",
                "AMO-SBCSU-111 STATION AND S0-BUS CONFIGURATION", "REGENERATE COMPLETED;"]
        station += 1
    return "\n".join(out[:lines])


def timed(text: str) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        stations = len(read_os4k_config(parse_amo_text(text)).stations)
        outcome = f"{stations} stations"
    except WizardError as exc:
        outcome = f"refused: {exc.problem[:50]}"
    return time.perf_counter() - started, outcome


def main() -> None:
    print(f"{'lines':>8} {'seconds':>8} {'µs/line':>8} {'ratio':>6}  outcome")
    base = None
    for lines in (10_000, 40_000, 100_000):
        seconds, outcome = min((timed(dump(lines)) for _ in range(3)), key=lambda r: r[0])
        per_line = seconds / lines * 1e6
        base = base or per_line
        print(f"{lines:>8} {seconds:>8.3f} {per_line:>8.2f} {per_line / base:>6.2f}  {outcome}")
    unterminated = "ADD-SBCSU:STNO=3100,OPT=OPTI," + "\n  COS1=1," * 40_000
    seconds, outcome = timed(unterminated)
    print(f"{40_001:>8} {seconds:>8.3f} {seconds / 40_001 * 1e6:>8.2f} {'':>6}  unterminated command: {outcome}")


if __name__ == "__main__":
    main()
