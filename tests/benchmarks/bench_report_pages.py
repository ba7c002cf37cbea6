"""Figures for cutting a report into pages ourselves (wizard.report.pages: rows kept whole, head rows repeated)
against Qt's own paged layout of the same document (which splits rows): a 150-row table, median of 5 runs each.
Prints, asserts nothing.

Run: python tests/benchmarks/bench_report_pages.py [--rows N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

from wizard.report.pages import paginate
from wizard.report.pdf import RESOLUTION, ensure_gui


def median_ms(work: Callable[[], int]) -> tuple[float, int]:
    times, pages = [], 0
    for _run in range(6):
        started = time.perf_counter()
        pages = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times[1:]) * 1000, pages  # the first run pays for fonts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=150)
    rows = parser.parse_args().rows
    ensure_gui()
    body = "".join(f"<tr><td>Step {i}</td><td>{'commissioning ' * (8 + (i % 5) * 14)}</td></tr>" for i in range(rows))
    html = (f"<table width='100%' border='1'><thead><tr><th width=20%>Step</th><th width=80%>Outcome</th></tr>"
            f"</thead><tbody>{body}</tbody></table>")
    writer = QPdfWriter(os.devnull)
    writer.setResolution(RESOLUTION)
    width, height = 2100.0, 3000.0

    def document() -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setDefaultFont(QFont("DejaVu Sans", 9))
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        return doc

    def ours() -> int:
        doc = document()
        doc.setTextWidth(width)
        return len(paginate(doc, height))

    def qts() -> int:
        doc = document()
        doc.setPageSize(QSizeF(width, height))
        return doc.pageCount()

    own, own_pages = median_ms(ours)
    qt, qt_pages = median_ms(qts)
    print(f"{rows} rows: our pages (rows whole) {own:.0f} ms, {own_pages} pages; Qt's paged layout (rows split) "
          f"{qt:.0f} ms, {qt_pages} pages; ratio {own / qt:.2f}x")


if __name__ == "__main__":
    main()
