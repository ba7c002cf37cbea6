"""The report's pages, read back from the PDF with poppler's pdftotext: a table row is never split between two
pages, a table's head row is repeated on every page the table runs onto, the HTML's page breaks are kept, and
no text is on two pages (not even clipped away, where a search would find it twice)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.test_report import require_tool
from wizard.report.pdf import render_pdf


def page_texts(pdf: Path, pages: int) -> list[str]:
    pdftotext = require_tool("pdftotext")
    return [subprocess.run([pdftotext, "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True,
                           timeout=60, check=True).stdout for n in range(1, pages + 1)]


def test_no_table_row_is_split_between_two_pages_and_the_head_row_repeats(tmp_path: Path) -> None:
    # rows of 1 to 5 lines, so that many of them meet a page's end somewhere; each row's first and last words mark it
    rows = "".join(f"<tr><td>Start{i:03d}</td><td>{'commissioning ' * (8 + (i % 5) * 14)}End{i:03d}</td></tr>"
                   for i in range(150))
    html = (f"<h1>Steps</h1><table width='100%' border='1' cellspacing='0' cellpadding='4'>"
            f"<thead><tr><th width=20%>Step</th><th width=80%>Outcome</th></tr></thead><tbody>{rows}</tbody></table>"
            "<p>After the table.</p><h2 style='page-break-before: always'>Acceptance</h2><p>Signed below.</p>")
    rendered = render_pdf(html, tmp_path / "rows.pdf", title="t", header="h", footer="f")
    texts = page_texts(tmp_path / "rows.pdf", rendered.pages)
    assert rendered.pages >= 5

    def pages_with(marker: str) -> set[int]:
        return {n for n, text in enumerate(texts) if re.search(rf"\b{marker}\b", text)}

    for i in range(150):
        starts, ends = pages_with(f"Start{i:03d}"), pages_with(f"End{i:03d}")
        assert len(starts) == 1 and starts == ends, f"row {i} starts on page(s) {starts} and ends on {ends}"
    table_pages = set().union(*(pages_with(f"Start{i:03d}") for i in range(150)))
    assert all("Outcome" in texts[n] for n in table_pages)  # the head row on every page of the table
    assert [n for n, text in enumerate(texts) if "After the table." in text] == [len(texts) - 2]
    assert [n for n, text in enumerate(texts) if "Acceptance" in text] == [len(texts) - 1]  # the HTML's page break
    frame = {"h", "t", "f", "Page", "of", *map(str, range(1, rendered.pages + 1))}  # header and footer
    assert all(set(text.split()) - frame for text in texts), "a page holds nothing but its header and footer"




def test_a_page_that_starts_below_a_tables_last_row_shows_no_head_row_of_it(tmp_path: Path) -> None:
    """The Acceptance page starts right after the last chapter's steps: Qt puts its heading a little above the
    table's bottom border, below the table's last row. The steps' head row repeated there headed no row at all
    (#32: 'page 14 starts with an orphan table header')."""
    from wizard.report.content import build_report_data, render_html
    from wizard.runbook.model import load_runbook
    from wizard.store.project import ProjectFile

    with ProjectFile.create(tmp_path / "empty.psiproj") as project:
        html = render_html(build_report_data(load_runbook(), project, provisioned=([], [])), "0" * 64)
    rendered = render_pdf(html, tmp_path / "orphan.pdf", title="t", header="h", footer="f")
    texts = page_texts(tmp_path / "orphan.pdf", rendered.pages)
    [acceptance] = [text for text in texts if "Acceptance" in text]
    assert "Step and evidence" not in acceptance and "By, when" not in acceptance
