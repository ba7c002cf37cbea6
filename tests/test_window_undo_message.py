"""After an undo, the run bar's line is true (#34): it points at what is left for the engineer's hands only while
that list is shown, and says so when nothing is left."""

from pathlib import Path

from tests.gui import click, settle
from tests.test_provisioning_screen import open_wave, read_and_plan
from wizard.app import MainWindow


def test_after_undo_the_message_points_only_at_a_list_that_is_shown(qtbot, window: MainWindow, tmp_path: Path,
                                                                    memory_keyring, running_lab) -> None:
    lab = running_lab("zoom.activate_after=600")  # nobody activates while the test runs: the wave waits
    controller = open_wave(qtbot, window, tmp_path, lab)
    controller.activation_wait = 60
    panel = controller.panel
    read_and_plan(qtbot, window, controller)
    click(qtbot, panel.run_button)
    click(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: controller.running, timeout=30000)
    click(qtbot, panel.cancel_button)
    qtbot.waitUntil(lambda: not controller.running, timeout=10000)
    settle(qtbot, window)
    click(qtbot, panel.undo_button)
    click(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: not controller.running, timeout=30000)
    settle(qtbot, window)
    assert window.project.wave(controller.wave_id).state == "undone"
    message = panel.run_bar.message.text()
    undo_list = panel.review.undo
    if "listed above" in message:
        assert undo_list.isVisibleTo(window) and undo_list.topLevelItemCount() > 0, message
        assert undo_list.topLevelItem(0).text(0) == "Left for your hands"
    else:
        assert "nothing is left for your hands" in message, message
    assert undo_list.isVisibleTo(window) or "listed above" not in message
