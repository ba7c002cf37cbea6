"""Chapter 7 through its one service, as the window and the command line use it: a plan only from a reading newer
than the wizard's last change to a live system, and a damaged Zoom export refused before it changes who is
provisioned (online and offline)."""

import asyncio
from pathlib import Path

import pytest

from tests.gui import click, on_loop, settle
from wizard.app import MainWindow
from wizard.checks.provisioning import System
from wizard.demo import DEMO_LAB_FAULTS, commission_demo, point_at_lab
from wizard.errors import WizardError
from wizard.lab.run import start_lab
from wizard.provisioning.people import provisioned
from wizard.provisioning.session import select
from wizard.provisioning.waves import load_plan
from wizard.services.provisioning import Provisioning, refuse_damaged_zoom_export
from wizard.store.project import Mode, ProjectFile

ZOOM_EXPORT = (b"Email,First Name,Last Name,Status\n"
               b"user000@example.com,User,Zero,active\n"
               b"user001@example.com,User,One,active\n"
               b"user002@example.com,User,Two,active\n")
# line 4 is garbage (a stray byte-order mark and a broken quote): taken as it comes, it would become a person
DAMAGED_EXPORT = (b"Email,First Name,Last Name,Status\n"
                  b"user000@example.com,User,Zero,active\n"
                  b"user001@example.com,User,One,active\n"
                  b"\xff\xfe garbage \"line\n"
                  b"user002@example.com,User,Two,active\n")
SUBSCRIBERS = (b"Station,Email\n3100,user000@example.com\n3101,user001@example.com\n3102,user002@example.com\n"
               b"3103,user003@example.com\n")


def integrated(project: ProjectFile) -> set[str]:
    people, _ = provisioned(project)
    return {row["email"].lower() for row in people if row["stage"] == "integrated"}


def test_a_plan_from_a_reading_older_than_the_last_wave_is_refused(tmp_path: Path) -> None:
    """The demo's wave integrated everyone; the reading kept from before it must not plan them again."""

    async def work() -> None:
        lab = await start_lab(faults=DEMO_LAB_FAULTS)
        try:
            project = await commission_demo(lab.endpoints, tmp_path)
            try:
                chapter = Provisioning(project)
                options = chapter.options(pmidx="5", voicemail_number="7999")
                before = await chapter.kept(options)
                assert before is not None and integrated(project)
                assert not chapter.current(before)
                with pytest.raises(WizardError, match="read Zoom and the OS4K again"):
                    await chapter.plan(before, select(before.rows, "all"), options)
                waves = len(project.waves())
                now = await chapter.read(options)
                assert chapter.current(now)
                assert select(now.rows, "all") == [] or not integrated(project) & {
                    p.key for p in select(now.rows, "all")}
                assert len(project.waves()) == waves  # nothing was planned from the old reading
            finally:
                project.close()
        finally:
            await lab.stop()

    asyncio.run(work())


def test_a_zoom_export_is_judged_as_check_users_judges_it() -> None:
    refuse_damaged_zoom_export(ZOOM_EXPORT, "zoom.csv")
    with pytest.raises(WizardError) as refused:
        refuse_damaged_zoom_export(DAMAGED_EXPORT, "zoom.csv")
    assert "zoom.csv line 4" in str(refused.value) and "not a valid email address" in str(refused.value)
    assert "people shown stay as they were" in refused.value.fix


def rows_shown(panel) -> list[tuple[str, str]]:
    return [(row.key, row.state.value) for row in panel.model.rows]


def test_the_window_refuses_a_damaged_zoom_export_and_keeps_the_table_online(qtbot, window: MainWindow,
                                                                             tmp_path: Path, memory_keyring,
                                                                             running_lab) -> None:
    lab = running_lab("zoom.activate_after=0")
    window.new_project(tmp_path / "wave.psiproj")
    on_loop(qtbot, point_at_lab(window.project, lab.endpoints))
    window.go_to_chapter("provisioning")
    controller = window.panel("provisioning").wave
    panel = controller.panel
    click(qtbot, panel.read_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 40, timeout=15000)
    settle(qtbot, window)
    before = rows_shown(panel)
    damaged = tmp_path / "zoom-export.csv"
    damaged.write_bytes(DAMAGED_EXPORT)
    assert on_loop(qtbot, controller.people.read_from("zoom", damaged)) is False
    assert "zoom-export.csv line 4" in panel.message.text() and "not a valid email address" in panel.message.text()
    assert rows_shown(panel) == before
    assert not any("garbage" in key for key, _ in rows_shown(panel))
    # the next plain read still reads Zoom itself: the refused file took nobody's place
    assert on_loop(qtbot, controller.read()) is True
    assert rows_shown(panel) == before


def test_the_window_refuses_a_damaged_zoom_export_and_keeps_the_table_offline(qtbot, window: MainWindow,
                                                                              tmp_path: Path) -> None:
    window.new_project(tmp_path / "offline.psiproj")
    window.offline_action.trigger()
    settle(qtbot, window)
    assert window.project.mode is Mode.OFFLINE
    window.go_to_chapter("provisioning")
    controller = window.panel("provisioning").wave
    panel = controller.panel
    (tmp_path / "subscribers.csv").write_bytes(SUBSCRIBERS)
    (tmp_path / "zoom.csv").write_bytes(ZOOM_EXPORT)
    (tmp_path / "damaged.csv").write_bytes(DAMAGED_EXPORT)
    assert on_loop(qtbot, controller.people.read_from("subscribers", tmp_path / "subscribers.csv")) is True
    assert on_loop(qtbot, controller.people.read_from("zoom", tmp_path / "zoom.csv")) is True
    before = rows_shown(panel)
    assert len(before) == 4
    assert on_loop(qtbot, controller.people.read_from("zoom", tmp_path / "damaged.csv")) is False
    assert "damaged.csv line 4" in panel.message.text()
    assert rows_shown(panel) == before


def test_planning_from_a_table_read_before_the_wave_reads_again_first(qtbot, window: MainWindow, tmp_path: Path,
                                                                      memory_keyring, running_lab) -> None:
    """The demo opens on the table read before its wave ran; Plan reads Zoom and the OS4K again, and nobody
    already integrated is in what it plans."""
    lab = running_lab(DEMO_LAB_FAULTS)
    project = on_loop(qtbot, commission_demo(lab.endpoints, tmp_path), timeout=90000)
    done = integrated(project)
    path = project.path
    project.close()
    assert done
    window.open_project(path)
    window.go_to_chapter("provisioning")
    controller = window.panel("provisioning").wave
    panel = controller.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=15000)
    settle(qtbot, window)
    stale = {row.key for row in panel.model.selected()}
    assert stale & done  # the kept table still offers people the wave integrated
    waves_before = [w.wave_id for w in window.project.waves()]
    click(qtbot, panel.plan_button)
    settle(qtbot, window, timeout=60000)
    shown = {row.key: row.state.value for row in panel.model.rows}
    assert all(shown[email] == "integrated" for email in done if email in shown)  # the table was read again
    new = [w.wave_id for w in window.project.waves() if w.wave_id not in waves_before]
    for wave in new:  # whatever was planned leaves the integrated alone
        plan = load_plan(window.project, wave)
        assert not {c.person for c in plan.changes if c.system is not System.VERIFY} & done
    if not new:
        assert "Nobody is chosen" in panel.message.text() or "nobody is chosen" in panel.message.text()
