"""Done means passed by a check or confirmed by hand. A waived step and a step in warning are counted on their own,
and the window's sidebar, the report page, `project show` and the PDF (read back with pdftotext) say the same."""

import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from tests.gui import settle
from wizard.app import MainWindow
from wizard.checks.result import CheckResult, Finding, Severity
from wizard.provisioning.people import provisioned
from wizard.report.content import build_report_data, render_html
from wizard.report.pdf import render_pdf
from wizard.runbook.model import load_runbook
from wizard.runbook.states import StepStatus, chapter_progress, effective_statuses


def _session(qtbot, window: MainWindow, path: Path) -> None:
    window.new_project(path)
    project = window.project
    assert project is not None
    project.confirm_step("2.2-admin-pc-internet", "Opened the three portals from the laptop.")
    project.waive_step("5-os4k-zoom-licences", "The partner checks the licences.")
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    warned = CheckResult("version", (Finding.of("version.close", Severity.WARNING, "{what} is close to the minimum.",
                                                "Plan the update.", what="RMX"),))
    project.record_result("2.2-version-os4k-rmx", "warning", warned.to_json(), stamp, stamp)
    sip_server = load_runbook().step("9.2-sip-server")
    for label, _ in sip_server.values:  # every value ticked as applied: the step is confirmed by hand
        window.steps.set_value_applied(sip_server.id, label, True)
    window.offline_action.trigger()  # part of the work offline: the report says so
    settle(qtbot, window)


def test_waived_and_warning_steps_are_never_counted_done(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _session(qtbot, window, tmp_path / "counts.psiproj")
    project = window.project
    runbook = load_runbook()
    assert StepStatus.PASSED.done and StepStatus.CONFIRMED.done
    assert not StepStatus.WAIVED.done and not StepStatus.WARNING.done
    progress = chapter_progress(runbook, effective_statuses(runbook, {k: r.status for k, r in
                                                                       project.step_records().items()}))
    prerequisites, licensing = progress["prerequisites"], progress["licensing"]
    assert (prerequisites.done, prerequisites.warnings, licensing.done, licensing.waived) == (1, 1, 0, 1)
    sbc = progress["sbc"]
    assert sbc.done == 1 and sbc.total == 13  # §9's twelve steps and the test calls through the SBC (#33)

    # the window: sidebar words per chapter
    labels = {c.id: window.sidebar.item(i).text() for i, c in enumerate(runbook.chapters)}
    assert labels["prerequisites"].endswith(f"1 of {prerequisites.total} done · 1 warning")  # one, said in the singular
    assert labels["licensing"].endswith("0 of 1 done · 1 waived")
    assert labels["sbc"].endswith(f"1 of {sbc.total} done")
    window.go_to_chapter("report")
    qtbot.wait(50)  # the layout settles
    window.grab().save(str(tmp_path / "counts.png"))  # looked at: the sidebar and the report summary

    # the report: its data, and the PDF's own text
    data = build_report_data(runbook, project, provisioned=provisioned(project))
    assert data["verdict"] == "incomplete" and data["done"] == 2 and data["waived"] == 1 and data["warnings"] == 1
    pdf = tmp_path / "counts.pdf"
    render_pdf(render_html(data, "0" * 64), pdf, title="counts", header="h", footer="f")
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    total = data["total"]
    assert f"Incomplete — 2 of {total} done · 1 with warnings · 1 waived · {total - 4} not started" in text
    assert "Parts of this work were done in offline checklist mode" in text
    assert re.search(rf"SBC §9 1 ?/ ?{sbc.total} 0 0 0 {sbc.total - 1} in progress", text)
    assert re.search(r"Licensing §5 0 ?/ ?1 0 1 0 0 done with warnings or waivers", text), text[:3000]
    assert "Warnings Waived Failed" in text  # the headers fit their columns
    assert "The partner checks the licences." in text  # the waiver, with its reason, in the report
    assert "warning RMX is close to the minimum. RMX hotfix V11" in text, text  # the step by its title
    assert "2.2-version-os4k-rmx" not in text  # never by its id

    # project show says the same
    shown = subprocess.run([sys.executable, "-m", "wizard", "project", "show", str(project.path)],
                           capture_output=True, text=True, timeout=60).stdout
    assert "Licensing  0 of 1 done · 1 waived" in shown
    assert f"Prerequisites  1 of {prerequisites.total} done · 1 with warnings" in shown


def test_ticking_every_value_applied_confirms_the_step_and_unticking_takes_it_back(qtbot, window: MainWindow,
                                                                                   tmp_path: Path) -> None:
    window.new_project(tmp_path / "applied.psiproj")
    project = window.project
    step = load_runbook().step("9.2-sip-server")
    labels = [name for name, _ in step.values]
    for label in labels[:-1]:
        window.steps.set_value_applied(step.id, label, True)
    settle(qtbot, window)
    assert step.id not in project.step_records()  # not all of them yet
    window.steps.set_value_applied(step.id, labels[-1], True)
    settle(qtbot, window)
    record = project.step_records()[step.id]
    assert record.status == "confirmed" and record.note == "Values applied: " + "; ".join(labels)
    data = build_report_data(load_runbook(), project, provisioned=provisioned(project))
    shown = next(s for c in data["chapters"] for s in c["steps"] if s["id"] == step.id)
    assert shown["status"] == "confirmed" and shown["note"].startswith("Values applied: ")
    window.steps.set_value_applied(step.id, labels[0], False)
    settle(qtbot, window)
    assert step.id not in project.step_records()  # back to not started
    # a confirmation the engineer wrote is the engineer's: unticking a value leaves it alone
    project.confirm_step(step.id, "Checked on the SBC's own screen.")
    window.steps.set_value_applied(step.id, labels[1], False)
    settle(qtbot, window)
    assert project.step_records()[step.id].status == "confirmed"
