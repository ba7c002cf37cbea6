"""Chapter 7's screen on a laptop: a whole wave walked in the window at 1280×720 against the lab, one stage at a
time, the window's size taken after every step and at every moment between (no step may grow it); and the status
bar, which says what runs now and forgets the wave's words once nothing of the wave runs.

With PSI_SCREENSHOTS naming a folder, the walk leaves a picture of every step there (run it with LANG=de_DE.UTF-8
for the German window)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from tests.gui import click, on_loop, settle
from wizard.app import MainWindow
from wizard.app.window import DEFAULT_SIZE
from wizard.checks.provisioning import System

SCREEN = QSize(1280, 720)


class Sizes(QObject):
    """Every size the window takes, as Qt resizes it: a page that asks for more height shows here at once."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.seen: list[QSize] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.seen.append(QSize(event.size()))  # type: ignore[attr-defined] - a QResizeEvent here
        return False


def words(context: str, source: str, n: int = -1, **values: object) -> str:
    """A text as the window says it, in English or (for the German pictures) in German."""
    return QCoreApplication.translate(context, source, None, n).format(**values)


def status_text(window: MainWindow) -> str:
    """Everything the status bar says now: its passing message and its labels."""
    bar = window.statusBar()
    return " | ".join([bar.currentMessage(), *(label.text() for label in bar.findChildren(QLabel))])


def open_wave(qtbot, window: MainWindow, tmp_path: Path, lab):
    from wizard.demo import point_at_lab

    window.resize(SCREEN)
    window.new_project(tmp_path / "wave.psiproj")
    on_loop(qtbot, point_at_lab(window.project, lab.endpoints))
    window.go_to_chapter("provisioning")
    return window.panel("provisioning").wave


def read_and_plan(qtbot, window: MainWindow, controller, step=lambda name: None) -> None:
    panel = controller.panel
    click(qtbot, panel.read_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 40 and not controller.running, timeout=15000)
    panel.pmidx.setText("1")  # the engineer's index for subscribers without one
    panel.voicemail.setText("7999")
    panel.voicemail.editingFinished.emit()  # the wave may add the PM route now: more people are ready
    step("people")
    click(qtbot, panel.plan_button)
    qtbot.waitUntil(lambda: controller.wave_id is not None and not controller.running, timeout=10000)
    settle(qtbot, window)


def test_a_whole_wave_keeps_the_window_at_1280_by_720_one_stage_at_a_time(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab) -> None:
    lab = running_lab("zoom.activate_after=0")
    sizes = Sizes(window)
    controller = open_wave(qtbot, window, tmp_path, lab)
    controller.activation_wait = 0  # the people who never activate are not waited for
    panel = controller.panel
    stepper = panel.stepper
    shots = os.environ.get("PSI_SCREENSHOTS")
    walked: list[tuple[str, QSize]] = []

    def step(name: str) -> None:
        QApplication.processEvents()
        walked.append((name, window.size()))
        assert window.size() == SCREEN, (name, window.size())
        # the page never asks for more than the window's default size, which fits a 1280×720 screen with its title bar
        fits = window.minimumSizeHint().boundedTo(DEFAULT_SIZE) == window.minimumSizeHint()
        assert fits, (name, window.minimumSizeHint())
        if shots:
            window.grab().save(str(Path(shots) / f"ch7-{len(walked):02d}-{name}.png"))

    step("empty")
    assert stepper.current == "people"
    read_and_plan(qtbot, window, controller, step)
    step("plan")
    assert stepper.current == "plan" and panel.plan_tree.topLevelItemCount() == 5

    click(qtbot, panel.run_button)  # what will change, on a page of the stepper: nothing is sent yet
    step("confirm-run")
    assert stepper.current == "review" and panel.confirmation.isVisible() and not controller.running
    click(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: controller.running, timeout=5000)
    step("running")
    qtbot.waitUntil(lambda: not controller.running, timeout=60000)
    settle(qtbot, window)

    # Stage 2 by the engineer's hands: the round's list has the page's height, its button names it
    step("portal-round")
    assert stepper.current == System.PSI
    for stage, name in ((System.ZOOM, "invitations"), (System.OS4K, "amos"), (System.PSI, "back-to-the-round")):
        click(qtbot, stepper.steps[stage])  # every stage's page, opened as the engineer would
        step(name)
        assert stepper.current == stage
    chosen = panel.rounds.current()
    assert len(chosen.to_tick) == 26 and panel.round_list.height() >= 200
    assert panel.round_done_button.text() == words("RoundsPage", "Round {number} added in the portal (%n people)", 26,
                                                   number=chosen.number)
    lab.mitel.add_users([email for email, _ in chosen.to_tick])
    click(qtbot, panel.round_done_button)
    qtbot.waitUntil(lambda: not controller.running and panel.assistant.ready > 0, timeout=60000)
    settle(qtbot, window)

    # Stage 4: no word for the Assistant before this wave's file was saved, or another way named in a note
    step("assistant")
    assert stepper.current == System.ASSISTANT and not panel.assistant_done_button.isEnabled()
    panel.assistant.elsewhere.setChecked(True)
    assert not panel.assistant_done_button.isEnabled()  # another way needs a note saying how
    panel.assistant.note.setText("added one by one in the Assistant")
    assert panel.assistant_done_button.isEnabled()
    step("assistant-another-way")
    panel.assistant.elsewhere.setChecked(False)
    assert not panel.assistant_done_button.isEnabled()
    click(qtbot, panel.assistant_csv_button)
    dialog = window.findChild(QFileDialog, "SaveDialog")
    dialog.selectFile(str(tmp_path / "assistant.csv"))
    dialog.accept()
    qtbot.waitUntil(panel.assistant_done_button.isEnabled, timeout=10000)
    lab.mitel.import_csv((tmp_path / "assistant.csv").read_bytes())
    lab.mitel.update_all()
    step("assistant-file-saved")
    click(qtbot, panel.assistant_done_button)
    qtbot.waitUntil(lambda: not controller.running and panel.stepper.current == System.VERIFY, timeout=60000)
    settle(qtbot, window)
    step("read-back")
    done = words("SystemBar", "{done} of {total} done", done=26, total=30)
    waiting = words("SystemBar", "{count} waiting", count=4)
    assert panel.bars[System.VERIFY].detail.text() == f"{done} · {waiting}"

    click(qtbot, panel.verify_button)
    qtbot.waitUntil(lambda: not controller.running, timeout=30000)
    settle(qtbot, window)
    step("verified")

    click(qtbot, panel.undo_button)
    step("confirm-undo")
    assert stepper.current == "review" and panel.confirm_button.isVisible()
    click(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: not controller.running, timeout=60000)
    settle(qtbot, window)
    step("undone")
    assert stepper.current == "review" and not panel.confirm_button.isVisible()  # what undo did, asked nothing
    assert window.project.wave(controller.wave_id).state == "undone"
    assert [name for name, _ in walked] == [
        "empty", "people", "plan", "confirm-run", "running", "portal-round", "invitations", "amos",
        "back-to-the-round", "assistant", "assistant-another-way",
        "assistant-file-saved", "read-back", "verified", "confirm-undo", "undone"]
    assert sizes.seen and all(size == SCREEN for size in sizes.seen), sorted({(s.width(), s.height())
                                                                             for s in sizes.seen})


def test_the_status_bar_follows_the_op_runner_and_forgets_the_wave_after_cancel_and_undo(
        qtbot, window: MainWindow, tmp_path: Path, memory_keyring, running_lab) -> None:
    lab = running_lab("zoom.activate_after=600")  # nobody activates while the test runs: the wave waits
    controller = open_wave(qtbot, window, tmp_path, lab)
    controller.activation_wait = 60
    panel = controller.panel
    read_and_plan(qtbot, window, controller)
    click(qtbot, panel.run_button)
    click(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: "Wave:" in status_text(window), timeout=30000)
    assert controller.running and "Idle" not in status_text(window)  # a wave runs: the bar says so

    click(qtbot, panel.cancel_button)
    qtbot.waitUntil(lambda: not controller.running, timeout=10000)
    settle(qtbot, window)
    assert "Wave:" not in status_text(window) and "Idle" in status_text(window)

    click(qtbot, panel.undo_button)
    click(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: controller.running, timeout=5000)
    assert "Idle" not in status_text(window)
    qtbot.waitUntil(lambda: not controller.running, timeout=30000)
    settle(qtbot, window)
    assert window.project.wave(controller.wave_id).state == "undone"
    assert "Wave:" not in status_text(window) and "Idle" in status_text(window)


def test_what_an_op_says_lasts_as_long_as_the_op(qtbot, loop) -> None:
    import asyncio

    from wizard.app.ops import OpRunner

    runner = OpRunner()
    gate = asyncio.Event()
    runner.say("wave", "Wave: inviting Zoom users")  # nothing runs under the key: not taken
    assert runner.doing() == {}
    runner.start("wave", gate.wait(), doing="Wave: starting")
    runner.start("amo", asyncio.sleep(0))
    assert runner.doing() == {"wave": "Wave: starting", "amo": ""}  # in the order they started
    runner.say("wave", "Wave: waiting for Zoom activations")
    assert runner.doing()["wave"] == "Wave: waiting for Zoom activations"
    gate.set()
    on_loop(qtbot, runner.idle())
    assert runner.doing() == {}
    runner.say("wave", "Wave: waiting for Zoom activations")  # a late word about work that ended
    assert runner.doing() == {}


def test_the_window_opens_at_a_size_that_fits_a_1280_by_720_screen(qtbot, loop) -> None:
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    assert fresh.size() == DEFAULT_SIZE
    assert DEFAULT_SIZE.width() <= SCREEN.width() and DEFAULT_SIZE.height() + 40 <= SCREEN.height()  # a title bar
    fresh.close()


def test_the_assistant_is_confirmed_only_from_its_saved_file_or_with_a_note(qtbot) -> None:
    from types import SimpleNamespace

    from pages.provisioning_panel import ProvisioningPanel

    panel = ProvisioningPanel()
    qtbot.addWidget(panel)
    panel.set_state(busy=False, has_rows=True, has_wave=True, offline=False)
    rounds = [SimpleNamespace(number=2, to_tick=(("anna@example.com", "Anna"), ("ben@example.com", "Ben")),
                              not_active=(), added=0, total=2, confirmed=False)]
    words_said: list[object] = []
    panel.round_done_requested.connect(words_said.append)
    panel.assistant_done_requested.connect(lambda: words_said.append("from the file"))
    panel.assistant_done_elsewhere.connect(words_said.append)

    panel.show_rounds(rounds, 2)
    assert panel.round_done_button.text() == "Round 2 added in the portal (2 people)"
    panel.round_done_button.click()
    assert not panel.assistant_done_button.isEnabled()  # ready, but no file of this wave was saved
    panel.assistant.elsewhere.setChecked(True)
    assert not panel.assistant_done_button.isEnabled()  # another way, but not said how
    panel.assistant.note.setText("  ")
    assert not panel.assistant_done_button.isEnabled()
    panel.assistant.note.setText("added one by one in the Assistant")
    panel.assistant_done_button.click()
    panel.assistant.elsewhere.setChecked(False)
    panel.show_rounds(rounds, 2, assistant_file_saved=True)
    panel.assistant_done_button.click()
    panel.set_state(busy=True, has_rows=True, has_wave=True, offline=False)
    assert not panel.assistant_done_button.isEnabled() and not panel.round_done_button.isEnabled()  # a run is on
    assert words_said == [2, "added one by one in the Assistant", "from the file"]
    panel.show_rounds(rounds, 0, assistant_file_saved=True)
    panel.set_state(busy=False, has_rows=True, has_wave=True, offline=False)
    assert not panel.assistant_done_button.isEnabled()  # nobody is ready: nothing to confirm


def test_a_long_confirmation_undo_or_message_never_asks_the_page_for_more_height(qtbot) -> None:
    """What grows with the wave (the confirmation's list, the undo's AMOs, a message, a person's findings) scrolls
    in its place: the panel asks no more height than it did empty, far below what a 1280×720 window leaves it."""
    from pages.provisioning_panel import ProvisioningPanel

    panel = ProvisioningPanel()
    qtbot.addWidget(panel)
    panel.resize(960, 540)
    panel.show()
    empty = panel.minimumSizeHint().height()
    panel.set_message("The wave says a great deal here. " * 200, error=True)
    panel.ask_confirmation("undo", "Undoing wave W1 will change", [f"change {i}: " + "words " * 30 for i in range(80)],
                           "Undo these changes")
    panel.show_undo([f"CHANGE-SBCSU:STNO={3100 + i},OPT=OPTI,PMIDX=0;" for i in range(3000)], ["by hand"] * 200)
    QApplication.processEvents()
    assert panel.minimumSizeHint().height() <= max(empty, 480), (empty, panel.minimumSizeHint())
    assert panel.minimumSizeHint().width() <= 960


def test_a_stage_page_in_view_keeps_its_changes_when_the_wave_is_shown_again(qtbot) -> None:
    from pages.provisioning_panel import ProvisioningPanel
    from pages.wave_plan import StageChanges
    from wizard.checks.amo import Os4kConfig, Station
    from wizard.checks.provisioning import WaveOptions, people, plan_wave
    from wizard.checks.users import ZoomUser

    options = WaveOptions("sbc.example.com", "5061", "203.0.113.10", pmidx="5", voicemail_number="7999")
    # more AMOs than the plan's own tree opens by itself: only the stage's page opens their group
    config = Os4kConfig(stations={f"31{i:02d}": Station(f"31{i:02d}", f"user{i}@example.com", "5", True, "ALL", False)
                                  for i in range(40)}, pm_routes={"5"})
    rows = people([ZoomUser(f"user{i}@example.com", "User", str(i), "active", 2) for i in range(40)], config, [],
                  options)
    plan = plan_wave([r for r in rows if r.selectable], config, options)
    amos = plan.of(System.OS4K)
    panel = ProvisioningPanel()
    qtbot.addWidget(panel)
    panel.resize(960, 540)
    panel.show()
    panel.show_plan("W1", "planned", plan, {})
    panel.stepper.show_page(System.OS4K)  # the engineer looks at the AMOs while the wave is shown again
    panel.show_plan("W1", "running", plan, {amos[0].op_id: "done"})
    QApplication.processEvents()
    view = panel.stepper.pages.currentWidget().findChild(StageChanges)
    model = view.model()
    in_view = [model.index(row, 0) for row in range(model.rowCount()) if not view.isRowHidden(row, view.rootIndex())]
    assert len(in_view) == 1 and view.isExpanded(in_view[0]) and model.rowCount(in_view[0]) == len(amos) > 50
