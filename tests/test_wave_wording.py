"""Chapter 7's words say what is so: the activation change says what the stage does (it waits), in the plan, its
PDF and the window, while a plan stored before keeps its own line; zero counts are not offered as work; the undo's
notes repeated per station are said once for them all."""

import pytest

from wizard.checks.provisioning import Change, Person, Prereq, RowState, System, WaveOptions, plan_wave
from wizard.provisioning.plan_export import change_said
from wizard.said import Said


@pytest.fixture(autouse=True)
def english(qapp):
    """In English, whatever language a test before this one left the application in."""
    from wizard.app.translators import install_translators

    install_translators(qapp, "en")

OPTIONS = WaveOptions("sbc01.example.com", "65061", "203.0.113.10", pmidx="5", voicemail_number="7999")


def _person(email: str, zoom: str | None = "active") -> Person:
    prereqs = {"zoom_user": Prereq.OK if zoom else Prereq.FIX, "persi_email": Prereq.OK, "pmidx_route": Prereq.OK,
               "digest": Prereq.OK, "call_log": Prereq.OK, "dmcallwd": Prereq.OK, "integrated": Prereq.FIX}
    return Person(email.lower(), email, "Ada", "Lovelace", zoom, ("3100",), prereqs, (), RowState.READY)


def _activation(plan_changes: object) -> Change:
    return next(c for c in plan_changes if c.op_id.startswith("zoom.active:"))  # type: ignore[attr-defined]


def test_the_activation_change_says_the_stage_waits_for_the_person(qtbot) -> None:
    from pages.wave_plan import PlanTree

    plan = plan_wave([_person("ada@example.com")], None, OPTIONS)
    change = _activation(plan.changes)
    assert change.text == "wait for ada@example.com to activate the Zoom account"
    said = change_said(change)
    assert isinstance(said, Said) and said == change.text  # translated in the PDF, word for word in English
    tree = PlanTree()
    qtbot.addWidget(tree)
    assert tree.change_text(change) == change.text


def test_a_plan_stored_before_keeps_its_own_activation_line(qtbot) -> None:
    from pages.wave_plan import PlanTree

    old = Change("zoom.active:ada@example.com", System.ZOOM, "ada@example.com",
                 "ada@example.com has activated the Zoom account", {"email": "ada@example.com"})
    assert change_said(old) == old.text and not isinstance(change_said(old), Said)
    tree = PlanTree()
    qtbot.addWidget(tree)
    assert tree.change_text(old) == old.text


def test_the_run_confirmation_names_no_invitations_instead_of_a_count_of_none(tmp_path) -> None:
    from wizard.provisioning.waves import change_summary, new_wave
    from wizard.store.project import ProjectFile

    project = ProjectFile.create(tmp_path / "w.psiproj")
    try:
        has_user = new_wave(project, plan_wave([_person("ada@example.com")], None, OPTIONS))
        lines = [str(line) for line in change_summary(project, has_user)]
        invited = new_wave(project, plan_wave([_person("bob@example.com", zoom=None)], None, OPTIONS))
        invite_lines = [str(line) for line in change_summary(project, invited)]
    finally:
        project.close()
    assert not any(" 0 " in f" {line} " for line in lines), lines
    assert any(line.endswith("no invitations needed; everyone has a Zoom user") for line in lines), lines
    assert any("1 invitation" in line for line in invite_lines), invite_lines


def test_the_undo_confirmation_leaves_out_a_system_with_nothing_to_undo(tmp_path) -> None:
    from wizard.provisioning.undo import WaveUndo, undo_summary
    from wizard.store.project import ProjectFile

    project = ProjectFile.create(tmp_path / "w.psiproj")
    try:
        amos_only = [str(line) for line in undo_summary(project, WaveUndo(("CHANGE-SBCSU:STNO=3100;",), (), (), (),
                                                                          ()))]
        nothing = [str(line) for line in undo_summary(project, WaveUndo((), (), (), (), ()))]
    finally:
        project.close()
    assert len(amos_only) == 1 and "1 AMO" in amos_only[0] and "invitation" not in amos_only[0]
    assert nothing and not any(" 0 " in f" {line} " for line in nothing)


def test_an_undo_note_made_per_station_is_said_once_for_its_stations() -> None:
    from wizard.checks.provisioning import NO_DIGEST_BEFORE, UNDO_NOTE, undo_amos
    from wizard.checks.result import Finding, Severity
    from wizard.provisioning.undo import grouped_notes

    sent = [(f"CHANGE-SBCSU:STNO={3100 + i},OPT=OPTI,PMIDX=5,IPPASSW=\"x\";", "completed", "") for i in range(30)]
    notes = undo_amos(sent).notes
    assert len(notes) == 30  # made per station, as before
    said = grouped_notes(notes)
    assert [str(s) for s in said] == ["Stations 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107 … (30): had no digest "
                                      "password before the wave; the ones the wave gave them stay."]
    one = Finding.of(UNDO_NOTE, Severity.INFO, NO_DIGEST_BEFORE, stno="3100")
    other = Finding.of(UNDO_NOTE, Severity.INFO, "The OSMO SBC address had no value before the wave; it is left as "
                       "the wave set it.")
    assert [str(s) for s in grouped_notes([other, one])] == [other.message, one.message]  # one station: as it was


def test_a_long_undo_note_wraps_and_is_read_whole(qtbot) -> None:
    from pages.wave_run import UndoBox

    box = UndoBox()
    qtbot.addWidget(box)
    box.resize(600, 400)
    box.show()
    people = ", ".join(f"user{i:03d}@example.com" for i in range(30))
    note = f"Remove by hand in the Zoom portal (Integrated users): {people}"
    box.show_undo(["CHANGE-SBCSU:STNO=3100,OPT=OPTI,PMIDX=0;"], [note])
    qtbot.wait(50)
    item = box.topLevelItem(0).child(0)
    assert note in item.text(0) and note in item.toolTip(0)
    line = box.fontMetrics().lineSpacing()
    assert box.visualItemRect(item).height() >= 3 * line  # wrapped over lines, not cut at the edge
    assert box.visualItemRect(item).right() <= box.viewport().width()
