"""What a report page holds (walk-through item 19): the steps' "By, when" column keeps an engineer's name on one line
in every chapter, the Emergency chapter's four-part sections (10.3.2.1) included, and no page holds only the last
few rows of a table that began on an earlier page (the SIP ladder left page 10 with two rows and nothing else)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.test_report import require_tool
from wizard.report.pdf import render_pdf


def page_texts(pdf: Path, pages: int) -> list[str]:
    pdftotext = require_tool("pdftotext")
    return [subprocess.run([pdftotext, "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True,
                           timeout=60, check=True).stdout for n in range(1, pages + 1)]


def test_the_emergency_steps_name_their_engineer_on_one_line(tmp_path: Path) -> None:
    from wizard.provisioning.people import provisioned
    from wizard.report.content import build_report_data, render_html
    from wizard.runbook.model import load_runbook
    from wizard.store.project import ProjectFile

    runbook = load_runbook()
    [emergency] = [c for c in runbook.chapters if c.id == "emergency"]
    with ProjectFile.create(tmp_path / "site.psiproj") as project:
        project.set_site_field("engineer", "Demo Engineer")
        for step in emergency.steps:
            project.confirm_step(step.id, "done as the guide says")
        html = render_html(build_report_data(runbook, project, provisioned=provisioned(project)), "0" * 64)
    rendered = render_pdf(html, tmp_path / "report.pdf", title="t", header="h", footer="f")
    text = "".join(page_texts(tmp_path / "report.pdf", rendered.pages))
    assert any(step.section == "10.3.2.1" for step in emergency.steps)
    assert text.count("Demo Engineer") >= len(emergency.steps)
    assert "Demo\nEngineer" not in text


def _ladder_html(rows: int, before: int) -> str:
    """`before` paragraphs, then a table of `rows` one-line rows with a head row, then a new page."""
    text = "".join(f"<p>Paragraph {i:03d}</p>" for i in range(before))
    body = "".join(f"<tr><td>Row{i:03d}</td><td>REGISTER</td></tr>" for i in range(rows))
    return (f"{text}<table width='100%' border='1' cellspacing='0' cellpadding='4'>"
            f"<thead><tr><th width=20%>ms</th><th width=80%>Message</th></tr></thead><tbody>{body}</tbody></table>"
            "<h2 style='page-break-before: always'>Emergency</h2><p>Next section.</p>")


def _rows_on(text: str) -> list[int]:
    return [int(word[3:]) for word in text.split() if word.startswith("Row") and word[3:].isdigit()]


def test_no_page_holds_only_a_tables_last_three_rows_or_fewer(tmp_path: Path) -> None:
    # a table that runs onto a second page, for every place its end can fall: one row short of a page to a few rows
    # beyond it, as the SIP ladder's 60 rows did after a page of findings
    seen_tail = set()
    for rows in range(38, 46):  # 39 rows fill the first page
        html = _ladder_html(rows, 0)
        rendered = render_pdf(html, tmp_path / f"ladder{rows}.pdf", title="t", header="h", footer="f")
        texts = page_texts(tmp_path / f"ladder{rows}.pdf", rendered.pages)
        on_pages = [_rows_on(text) for text in texts]
        table_pages = [found for found in on_pages if found]
        assert sorted(r for found in table_pages for r in found) == list(range(rows))  # each row once
        if len(table_pages) > 1:
            seen_tail.add(rows)
            last = table_pages[-1]
            assert len(last) > 3, f"{rows} rows: the last page of the table holds only rows {last}"
            assert all("Message" in texts[n] for n, found in enumerate(on_pages) if found)  # head row on each
    assert seen_tail, "no table ran onto a second page: the test measures nothing"
