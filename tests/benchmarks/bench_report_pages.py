"""Figures for laying a report's tables out into pages with every row kept whole (wizard.report.pdf
keep_rows_whole) against Qt's own pagination, which splits rows: the same 150-row table, median of 5 runs each.
Prints, asserts nothing.

Run: python tests/benchmarks/bench_report_pages.py [--rows N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from wizard.report import pdf


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=150)
    rows = parser.parse_args().rows
    body = "".join(f"<tr><td>Step {i}</td><td>{'commissioning ' * (8 + (i % 5) * 14)}</td></tr>" for i in range(rows))
    html = (f"<table width='100%' border='1'><thead><tr><th width=20%>Step</th><th width=80%>Outcome</th></tr>"
            f"</thead><tbody>{body}</tbody></table>")
    whole = pdf.keep_rows_whole
    with tempfile.TemporaryDirectory() as folder:
        def run(label: str) -> tuple[float, int]:
            times, pages = [], 0
            for n in range(6):
                started = time.perf_counter()
                pages = pdf.render_pdf(html, Path(folder) / f"{label}{n}.pdf", title="t", header="h", footer="f").pages
                times.append(time.perf_counter() - started)
            return statistics.median(times[1:]), pages  # the first run pays for fonts and Qt's start

        kept, kept_pages = run("whole")
        pdf.keep_rows_whole = lambda text, laid_out, _height: laid_out(text)  # Qt's pagination alone
        try:
            split, split_pages = run("split")
        finally:
            pdf.keep_rows_whole = whole
    print(f"{rows} rows: rows kept whole {kept * 1000:.0f} ms, {kept_pages} pages; Qt alone (rows split) "
          f"{split * 1000:.0f} ms, {split_pages} pages; ratio {kept / split:.2f}x")


if __name__ == "__main__":
    main()
