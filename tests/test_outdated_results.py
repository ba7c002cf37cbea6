"""A step's result holds for the values it judged (walkthrough item 1, wizard.checks.judged): once the SBC's SIP-TLS
port the §9 probes ran against is changed on the Site page, their results are outdated — not done in the report,
the step cards and the sidebar — and say what changed; changed back, they are current again. A result recorded
before results kept what they judged stays as it was. PSI_SCREENSHOTS=folder saves the window at 1280×720."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from tests.gui import chapter_page, on_loop, settle
from wizard.checks.judged import DIGEST, Change, changes, judged_values, kept

PROBE = "9.4.1.1-max-registration-expiry"  # §9's REGISTER probe, run against the lab's SBC by the demo
PORT = "sbc_sip_tls_port"
LEGACY = "9.1-access-realm"  # recorded here as a result from before results kept what they judged


def test_a_result_is_outdated_by_a_changed_value_only_and_says_from_what_to_what() -> None:
    judged = judged_values(["site:sbc_sip_tls_port", "input:connect_to"],
                           {"site:sbc_sip_tls_port": "38245", "input:connect_to": ""}.__getitem__)
    now = {"site:sbc_sip_tls_port": "5071", "input:connect_to": ""}
    assert changes(judged, now.__getitem__) == (Change("site:sbc_sip_tls_port", "38245", "5071"),)
    assert changes(judged, {**now, "site:sbc_sip_tls_port": "38245"}.__getitem__) == ()
    # recorded before results kept what they judged: nothing is known of what it judged, so it stays as it was
    assert changes(None, now.__getitem__) == ()


def test_pasted_text_is_kept_as_its_digest_and_still_tells_a_change() -> None:
    pasted = "REG-SBCSU:STNO=3100;\n" * 50
    assert kept(pasted).startswith(DIGEST) and kept("38245") == "38245"
    judged = judged_values(["input:amo"], lambda name: pasted)
    assert changes(judged, lambda name: pasted) == ()
    assert changes(judged, lambda name: pasted + "REG-SBCSU:STNO=3101;\n") == (Change("input:amo", None, None),)


async def _probes_passed(folder: Path) -> tuple[Path, str]:
    """The demo against the lab: §9's probes passed on the lab SBC's SIP-TLS port; §9.1's result as one recorded
    before results kept what they judged."""
    from wizard.demo import create_demo_project
    from wizard.lab.run import start_lab

    lab = await start_lab()
    try:
        project = await create_demo_project(folder, lab=lab.endpoints)
        try:
            record = project.step_records()[PROBE]
            assert record.status == "passed", record.result
            project.record_result(LEGACY, "passed", {"check": "probe.sip-plain", "findings": [], "evidence": {}},
                                  record.updated_at, record.updated_at)
            return project.path, project.site()[PORT]
        finally:
            project.close()
    finally:
        await lab.stop()


def _report(path: Path) -> tuple[dict, str]:
    from wizard.provisioning.people import provisioned
    from wizard.report.content import build_report_data, render_html
    from wizard.runbook.model import load_runbook
    from wizard.store.project import ProjectFile

    with ProjectFile.open(path, read_only=True) as project:
        data = build_report_data(load_runbook(), project, provisioned=provisioned(project))
    return data, render_html(data, "0" * 64)


def _step(data: dict, step_id: str) -> dict:
    return next(s for c in data["chapters"] for s in c["steps"] if s["id"] == step_id)


def test_a_changed_sip_tls_port_leaves_the_probes_outdated_in_the_report_until_changed_back(
        tmp_path: Path, memory_keyring) -> None:
    from wizard.store.project import ProjectFile

    path, port = asyncio.run(_probes_passed(tmp_path))
    with ProjectFile.open(path) as project:
        checked_on = project.step_records()[PROBE].updated_at[:10]
        project.set_site_field(PORT, "5071")  # as the Site form saves it
    # the project closed and opened again: what the result judged is kept in the project
    data, html = _report(path)
    probe = _step(data, PROBE)
    said = f"SBC SIP-TLS port changed from {port} to 5071 after it was checked on {checked_on}; check it again"
    assert probe["status"] == "outdated" and data["verdict"] != "complete", probe
    assert f"outdated: {said}" in html
    assert data["done"] < data["total"] and data["outdated"] >= 1
    assert data["inventory"]["network"][PROBE]["status"] == "outdated"  # no longer a passed probe on the old port
    assert _step(data, LEGACY)["status"] == "passed"  # recorded without what it judged: as it was
    from wizard.runbook.model import load_runbook
    from wizard.services.sites import summarise_site

    assert summarise_site(path, load_runbook()).done == data["done"]  # the welcome page counts as the report does
    with ProjectFile.open(path) as project:
        project.set_site_field(PORT, port)
    data, html = _report(path)
    assert _step(data, PROBE)["status"] == "passed" and "outdated:" not in html


def _chapter_of(window, step_id: str) -> str:
    return next(c.id for c in window.runbook.chapters if any(s.id == step_id for s in c.steps))


def test_a_card_is_outdated_after_a_site_change_also_after_reopening_and_the_sidebar_does_not_count_it(
        qtbot, window, tmp_path: Path, memory_keyring) -> None:
    from wizard.runbook.states import PROBLEMS
    from wizard.services.report import current_summary

    path, port = on_loop(qtbot, _probes_passed(tmp_path), timeout=90000)
    window.resize(QSize(1280, 720))
    assert window.open_project(path)
    chapter = _chapter_of(window, PROBE)
    row = [c.id for c in window.runbook.chapters].index(chapter)
    window.go_to_chapter(chapter)
    settle(qtbot, window)
    card = chapter_page(window, chapter).cards[PROBE]
    assert card.status_pill.text() == "Passed"
    window.steps.set_site_field(PORT, "5071")  # what the Site form's field does
    settle(qtbot, window)
    window.refresh()
    qtbot.waitUntil(lambda: "outdated" in window.sidebar.item(row).text(), timeout=5000)
    assert card.status_pill.text() == "Passed · outdated"
    assert f"SBC SIP-TLS port changed from {port} to 5071" in card.status_pill.toolTip()
    assert "Outdated: the check passed before SBC SIP-TLS port changed" in card.findings_label.text()
    summary = current_summary(window.guide, window.project)
    done = sum(c["done"] for c in summary["chapters"])
    assert done < sum(c["total"] for c in summary["chapters"])
    shoot(window, chapter, "outdated-card")
    window.close_project()
    assert window.open_project(path)  # nothing held in the window: the project says it is outdated
    window.go_to_chapter(chapter)
    settle(qtbot, window)
    card = chapter_page(window, chapter).cards[PROBE]
    qtbot.waitUntil(lambda: card.status_pill.text() == "Passed · outdated", timeout=5000)
    assert "outdated" in window.sidebar.item(row).text()
    assert window._views()[PROBE].status in PROBLEMS  # what F8 stops at: a result to check again
    report = next(c.id for c in window.runbook.chapters if c.panel == "report")
    window.go_to_chapter(report)
    settle(qtbot, window)
    shoot(window, report, "outdated-report")
    attention = window.stack.currentWidget().open_label.text()  # the Report page's "Needs attention"
    assert "Outdated</b>" in attention and "checked against values changed since; check it again" in attention
    window.steps.set_site_field(PORT, port)  # back as it was checked: current again
    settle(qtbot, window)
    window.go_to_chapter(chapter)
    window.refresh()
    qtbot.waitUntil(lambda: "outdated" not in window.sidebar.item(row).text(), timeout=5000)
    assert chapter_page(window, chapter).cards[PROBE].status_pill.text() == "Passed"


def shoot(window, chapter: str, name: str) -> None:
    folder = os.environ.get("PSI_SCREENSHOTS")
    if not folder:
        return
    page = window.card_pages.get(chapter)
    if page is not None and PROBE in page.cards:
        page.scroll_to(PROBE)
    QApplication.processEvents()
    window.grab().save(str(Path(folder) / f"{name}.png"))


RUNBOOK = """
[[chapter]]
id = "c"
title = "C"
[[chapter.step]]
id = "probe"
section = "9"
title = "Probe"
kind = "automatic"
check = "reads.site"
site = ["sbc_sip_tls_port"]
inputs = [{ key = "connect_to", label = "Connect to", required = false },
          { key = "password", label = "Password", kind = "secret", required = false }]
"""


def test_a_check_is_handed_the_site_fields_its_step_declares_and_its_result_keeps_them(tmp_path: Path) -> None:
    """The step's declaration is what its check can read, so what it judged is what its result keeps; a secret
    typed for the run is never kept."""
    import pytest

    from wizard.checks.result import CheckResult
    from wizard.errors import WizardError
    from wizard.runbook.checks import CheckContext, CheckRegistry
    from wizard.runbook.engine import Engine
    from wizard.runbook.model import parse_runbook
    from wizard.store.project import ProjectFile

    seen: list[dict[str, str]] = []

    async def reads_site(ctx: CheckContext) -> CheckResult:
        seen.append(dict(ctx.site))
        return CheckResult("reads.site", ())

    registry = CheckRegistry()
    registry.register("reads.site", reads_site)
    with ProjectFile.create(tmp_path / "p.psiproj") as project:
        project.set_site_field(PORT, "38245")
        project.set_site_field("sbc_public_fqdn", "sbc.example.com")
        project.set_step_input("probe", "connect_to", "10.0.0.1")
        asyncio.run(Engine(parse_runbook(RUNBOOK), project, registry).run_step("probe", {"password": "s3cret"}))
        assert seen == [{PORT: "38245"}]  # not the FQDN, which the step does not declare
        assert project.step_records()["probe"].result["judged"] == {  # type: ignore[index]
            "input:connect_to": "10.0.0.1", "site:sbc_sip_tls_port": "38245"}
    with pytest.raises(WizardError, match="unknown Site field 'sbc_port'"):
        parse_runbook(RUNBOOK.replace('site = ["sbc_sip_tls_port"]', 'site = ["sbc_port"]'))
