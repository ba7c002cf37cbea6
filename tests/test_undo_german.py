"""The undo of a wave in the German window (#34, "German is not finished"): what undo will change and what it
leaves for the engineer's hands are the core's sentences, said in German like the rest of chapter 7; on the
command line they stay the English they were."""

from __future__ import annotations

import asyncio
import re
from html import unescape
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QTreeWidgetItem

from tests.gui import click, settle
from tests.test_german import english_words, portal_texts
from tests.test_provisioning import OPTIONS, Lab, run_assistant, site, tick_rounds, with_lab
from tests.test_provisioning_screen import open_wave, read_and_plan
from wizard.app import MainWindow
from wizard.connectors.os4k import SshAmoTransport
from wizard.connectors.zoom import ZoomClient
from wizard.provisioning.runner import WaveRunner
from wizard.provisioning.sources import read_os4k_live, read_zoom_live
from wizard.provisioning.undo import WaveUndo, run_undo, undo_plan, undo_summary
from wizard.provisioning.waves import new_wave
from wizard.store.project import ProjectFile


def undo_texts(panel) -> list[str]:
    """What the review page says about the undo: its title, the lines asked about, each line of the undo's list."""
    review = panel.review
    texts = [review.title.text(), *map(unescape, re.findall(r"<li>(.*?)</li>", review.text.text()))] \
        if review.kind else []
    items: list[QTreeWidgetItem] = [review.undo.topLevelItem(i) for i in range(review.undo.topLevelItemCount())]
    while items:
        item = items.pop()
        texts.append(item.text(0))
        items += [item.child(i) for i in range(item.childCount())]
    return [t for t in texts if t]


def english_lines(texts: list[str]) -> list[tuple[str, list[str]]]:
    portal = portal_texts()
    return [(text, words) for text in texts if (words := english_words(text, portal))]


def test_the_undo_in_the_german_window_says_no_line_in_english(qtbot, window: MainWindow, tmp_path: Path,
                                                               memory_keyring, running_lab) -> None:
    lab = running_lab("zoom.activate_after=0")
    controller = open_wave(qtbot, window, tmp_path, lab)
    controller.activation_wait = 0
    panel = controller.panel
    read_and_plan(qtbot, window, controller)
    click(qtbot, panel.run_button)
    click(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: controller.running, timeout=5000)
    qtbot.waitUntil(lambda: not controller.running, timeout=60000)
    settle(qtbot, window)
    # the engineer's hands: the portal's round and the Assistant's import, so undo leaves both to them
    chosen = panel.rounds.current()
    lab.mitel.add_users([email for email, _ in chosen.to_tick])
    click(qtbot, panel.round_done_button)
    qtbot.waitUntil(lambda: not controller.running and panel.assistant.ready > 0, timeout=60000)
    settle(qtbot, window)
    click(qtbot, panel.assistant_csv_button)
    dialog = window.findChild(QFileDialog, "SaveDialog")
    dialog.selectFile(str(tmp_path / "assistant.csv"))
    dialog.accept()
    qtbot.waitUntil(panel.assistant_done_button.isEnabled, timeout=10000)
    lab.mitel.import_csv((tmp_path / "assistant.csv").read_bytes())
    lab.mitel.update_all()
    click(qtbot, panel.assistant_done_button)
    qtbot.waitUntil(lambda: not controller.running, timeout=60000)
    settle(qtbot, window)

    assert window.set_language("de") == "de"
    settle(qtbot, window)
    controller = window.panel("provisioning").wave
    panel = controller.panel
    click(qtbot, panel.undo_button)
    asked = undo_texts(panel)
    assert any(t.startswith("OS4K unter ") for t in asked), asked  # the summary was shown, in German
    # the wave invited nobody (everyone had a Zoom user): no line for the Zoom account's invitations (item 7)
    assert not any(t.startswith("Zoom-Konto ") for t in asked), asked
    assert any(t.startswith("von Hand im Zoom-Portal: ") for t in asked), asked
    assert english_lines(asked) == []
    click(qtbot, panel.confirm_button)
    qtbot.waitUntil(lambda: not controller.running, timeout=60000)
    settle(qtbot, window)
    assert window.project.wave(controller.wave_id).state == "undone"
    left = undo_texts(panel)
    assert any("Von Hand im Zoom-Portal entfernen" in t for t in left), left  # what is left for the hands
    assert any("Von Hand im Assistant löschen" in t for t in left), left
    assert english_lines([*left, panel.run_bar.message.text()]) == []


def test_on_the_command_line_the_undo_says_what_it_said_in_english(tmp_path: Path) -> None:
    """The sentences are still the English text they were (a Said is a str): what `provision --undo` prints and
    writes as JSON."""
    project = ProjectFile.create(tmp_path / "wave.psiproj")
    state, model = site()

    async def work(client: ZoomClient, transport: SshAmoTransport, lab: Lab) -> tuple[list[str], WaveUndo]:
        from wizard.checks.provisioning import people, plan_wave

        users, phones, pending = await read_zoom_live(client)
        source = await read_os4k_live(transport)
        rows = people(users, source.config, phones, OPTIONS, pending_phones=pending)
        wave = new_wave(project, plan_wave([r for r in rows if r.selectable], source.config, OPTIONS))
        await WaveRunner(project, wave, zoom=client, amo=transport, activation_wait=1, poll_interval=0.1).run()
        tick_rounds(project, wave, lab)
        await WaveRunner(project, wave, zoom=client, amo=transport).run()
        run_assistant(project, wave, lab)
        summary = undo_summary(project, undo_plan(project, wave))
        return summary, await run_undo(project, wave, zoom=client, amo=transport)

    try:
        summary, undone = asyncio.run(with_lab(state, model, work, activate_after=0.2))
    finally:
        project.close()
    assert summary[0].startswith("Zoom account ") and "remove the invitations still pending among the " in summary[0]
    assert any(line.startswith("by hand in the Zoom portal: remove ") and "integrated user(s) (Phone System "
               "Integration > Integrated users)" in line for line in summary)
    assert any(line.startswith("by hand in the Assistant: delete ") for line in summary)
    assert any(n.startswith("Remove by hand in the Zoom portal (Integrated users): p0@example.com") for n in
               undone.notes)
    assert any(n.startswith("Delete by hand in the Assistant (Zoom PSI > User data): ") for n in undone.notes)
    assert any(n == "p4@example.com has accepted the invitation (or left the account): not removed, since that "
               "would delete the person's data; remove it by hand in User Management > Users if wanted"
               for n in undone.notes)
