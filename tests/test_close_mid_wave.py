"""Closing the window while a wave runs: the engineer is asked, "Pause and close" stops the wave at the next
journal boundary, the project's lock is released, and nothing runs on without a window."""

import time
from pathlib import Path

import shiboken6

from tests.gui import click, on_loop, settle
from wizard.app import MainWindow
from wizard.checks.provisioning import WaveState
from wizard.demo import point_at_lab
from wizard.store.project import ProjectFile


def start_a_waiting_wave(qtbot, window: MainWindow, tmp_path: Path, running_lab) -> Path:
    """A wave sent and now waiting for people who will not accept their invitation for minutes."""
    lab = running_lab("zoom.activate_after=600")
    path = tmp_path / "closing.psiproj"
    window.new_project(path)
    on_loop(qtbot, point_at_lab(window.project, lab.endpoints))
    window.go_to_chapter("provisioning")
    controller = window.panel("provisioning").wave
    controller.activation_wait = 600  # the run waits for the activations: the wave is under way
    panel = controller.panel
    click(qtbot, panel.read_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 40, timeout=15000)
    settle(qtbot, window)
    click(qtbot, panel.plan_button)
    qtbot.waitUntil(lambda: controller.wave_id is not None and "Nothing has been sent" in panel.message.text(),
                    timeout=15000)
    controller.ask_to_run()
    controller._confirmed("run")
    qtbot.waitUntil(lambda: controller.runner is not None and controller.runner.stage != "", timeout=30000)
    return path


def test_closing_mid_wave_asks_and_pause_and_close_ends_the_wave_and_frees_the_project(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab) -> None:
    path = start_a_waiting_wave(qtbot, window, tmp_path, running_lab)
    wave_id = window.panel("provisioning").wave.wave_id
    window.close()
    question = window.closing_question
    assert question is not None and question.isVisible()  # asked, not closed
    assert window.isVisible() and window.ops.busy("wave")
    assert "Pause and close" in [b.text() for b in question.buttons()]
    started = time.monotonic()
    click(qtbot, next(b for b in question.buttons() if b.text() == "Pause and close"))
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible(), timeout=20000)
    on_loop(qtbot, window.shut_down(), timeout=20000)  # what the application awaits before the process ends
    assert time.monotonic() - started < 20
    assert not window.ops.busy("wave")
    with ProjectFile.open(path) as reopened:  # the lock is released: the project opens again
        record = reopened.wave(wave_id)
        assert record is not None and record.state == WaveState.PAUSED


def test_keep_working_leaves_the_wave_running(qtbot, window: MainWindow, tmp_path: Path, memory_keyring,
                                              running_lab) -> None:
    start_a_waiting_wave(qtbot, window, tmp_path, running_lab)
    window.close()
    question = window.closing_question
    assert question is not None
    click(qtbot, next(b for b in question.buttons() if b.text() == "Keep working"))
    assert window.isVisible() and window.ops.busy("wave")
    assert not question.isVisible()
    window.panel("provisioning").wave.cancel()  # the test's own end: the wave stops, resumably
    on_loop(qtbot, window.ops.idle())


def test_no_other_project_can_replace_this_one_while_its_wave_runs(qtbot, window: MainWindow, tmp_path: Path,
                                                                    memory_keyring, running_lab) -> None:
    """File > New, Open, Open recent, Save as and Close would close the project under the running wave."""
    start_a_waiting_wave(qtbot, window, tmp_path, running_lab)
    held = (window.new_action, window.open_action, window.save_as_action, window.close_action)
    assert not any(action.isEnabled() for action in held) and not window.recent_menu.isEnabled()
    assert "A wave is running" in window.close_action.toolTip()
    window.panel("provisioning").wave.cancel()
    on_loop(qtbot, window.ops.idle())
    assert all(action.isEnabled() for action in held)
