"""The by-hand stages take only a word that can be true: the Assistant's import is confirmed for people whose
import file was saved in this wave, or with the engineer's note of how else they were imported (kept in the audit
log); a portal round's confirmation comes back with its number and how many people it holds."""

import sqlite3

import pytest

from wizard.checks.amo import Os4kConfig, Station
from wizard.checks.provisioning import OpState, System, WaveOptions, WavePlan, people, plan_wave
from wizard.checks.users import ZoomUser
from wizard.errors import WizardError
from wizard.provisioning.by_hand import (
    assistant_file,
    confirm_assistant,
    confirm_round,
    confirm_rounds,
    portal_rounds,
    record_assistant_file_saved,
    wave_view,
)
from wizard.provisioning.waves import load_plan, new_wave
from wizard.store.project import ProjectFile

OPTIONS = WaveOptions("sbc01.example.com", "65061", "203.0.113.10", pmidx="1", voicemail_number="7999")


@pytest.fixture
def project(tmp_path):
    p = ProjectFile.create(tmp_path / "hands.psiproj")
    yield p
    p.close()


def wave_through_the_portal(project: ProjectFile, count: int = 3) -> str:
    """`count` active Zoom users on stations §7.2 is happy with (no AMO to send): once their portal round is read
    back, they are ready for the Assistant."""
    config = Os4kConfig(stations={str(3400 + i): Station(str(3400 + i), f"h{i}@example.com", "1", True, "ALL", True)
                                  for i in range(count)}, pm_routes={"1"}, osmo_address="203.0.113.10",
                        osmo_port="65061")
    rows = people([ZoomUser(f"h{i}@example.com", "H", str(i), "active", i + 2) for i in range(count)], config, [],
                  OPTIONS)
    wave = new_wave(project, plan_wave(rows, config, OPTIONS))
    plan = load_plan(project, wave)
    assert not plan.of(System.OS4K)
    project.wave_ops_done(wave, [(c.op_id, OpState.DONE, "") for c in plan.changes
                                 if c.system in (System.ZOOM, System.PSI)])
    return wave


def assistant_states(project: ProjectFile, wave: str) -> dict[str, str]:
    return {op: e.state for op, e in project.wave_ops(wave).items() if op.startswith("assistant:")}


def view(project: ProjectFile, wave: str):
    return wave_view(load_plan(project, wave), project.wave_ops(wave))


def test_the_assistant_cannot_be_confirmed_without_this_waves_import_file(project: ProjectFile) -> None:
    wave = wave_through_the_portal(project)
    assert view(project, wave).assistant_ready == 3 and not view(project, wave).assistant_file_saved
    with pytest.raises(WizardError, match="no Assistant import file was saved in this wave for the 3 people") as no:
        confirm_assistant(project, wave)
    assert "save the wave's Assistant file" in no.value.fix and "another way" in no.value.fix
    assert assistant_states(project, wave) == {}
    with pytest.raises(WizardError, match="no Assistant import file"):
        confirm_assistant(project, wave, another_way="   ")  # a blank note says nothing
    # the file written and recorded: the word now covers exactly its people
    text, emails = assistant_file(project, wave)
    assert text.count("\r\n") == 4
    record_assistant_file_saved(project, wave, emails)
    assert view(project, wave).assistant_file_saved
    assert confirm_assistant(project, wave) == 3
    assert set(assistant_states(project, wave).values()) == {"done"}
    assert any(e.action == "wave changes" and e.field == wave for e in project.audit_entries())


def test_the_word_covers_only_the_people_in_the_saved_file(project: ProjectFile) -> None:
    wave = wave_through_the_portal(project)
    record_assistant_file_saved(project, wave, ["H1@example.com"])  # a file saved while only one was ready
    assert not view(project, wave).assistant_file_saved  # two more are ready now: not everyone is in a file
    assert confirm_assistant(project, wave) == 1
    assert assistant_states(project, wave) == {"assistant:h1@example.com": "done"}
    with pytest.raises(WizardError, match="not in the Assistant stage of wave"):
        record_assistant_file_saved(project, wave, ["stranger@example.com"])


def test_imported_another_way_needs_a_note_which_the_audit_keeps(project: ProjectFile) -> None:
    wave = wave_through_the_portal(project)
    note = "the customer's admin imported them from the HR export on Tuesday"
    assert confirm_assistant(project, wave, another_way=f"  {note} ") == 3
    assert set(assistant_states(project, wave).values()) == {"done"}
    audited = [e.new for e in project.audit_entries() if e.action == "wave change" and e.field == wave]
    assert any(note in (text or "") and "3 people imported into the Assistant another way" in (text or "")
               for text in audited)


def test_a_confirmed_round_comes_back_with_its_number_and_how_many_it_holds(project: ProjectFile) -> None:
    config = Os4kConfig(stations={str(3500 + i): Station(str(3500 + i), f"r{i}@example.com", "1", True, "ALL", True)
                                  for i in range(4)}, pm_routes={"1"})
    users = [ZoomUser(f"r{i}@example.com", "R", str(i), "active", i + 2) for i in range(4)]
    wave = new_wave(project, plan_wave(people(users, config, [], OPTIONS), config, OPTIONS, round_size=3))
    project.wave_ops_done(wave, [(c.op_id, OpState.DONE, "") for c in load_plan(project, wave).of(System.ZOOM)])
    assert [(r.number, r.total, r.confirmed) for r in portal_rounds(project, wave)] == [(1, 3, False), (2, 1, False)]
    confirmed = confirm_round(project, wave, 2)
    assert (confirmed.number, confirmed.total, len(confirmed.to_tick), confirmed.confirmed) == (2, 1, 1, True)


def rounds_of_four(project: ProjectFile, count: int = 10) -> str:
    """A wave of `count` active Zoom users in portal rounds of at most four."""
    config = Os4kConfig(stations={str(3600 + i): Station(str(3600 + i), f"q{i}@example.com", "1", True, "ALL", True)
                                  for i in range(count)}, pm_routes={"1"})
    users = [ZoomUser(f"q{i}@example.com", "Q", str(i), "active", i + 2) for i in range(count)]
    wave = new_wave(project, plan_wave(people(users, config, [], OPTIONS), config, OPTIONS, round_size=4))
    project.wave_ops_done(wave, [(c.op_id, OpState.DONE, "") for c in load_plan(project, wave).of(System.ZOOM)])
    return wave


def test_a_round_is_confirmed_without_reading_the_whole_wave(project: ProjectFile, monkeypatch) -> None:
    """#31 item 10: confirming one round parsed the wave's whole plan and read its whole journal (2.75 s per round
    at 20,000 people, 400 rounds): it reads that round's rows and journal entries only."""
    wave = rounds_of_four(project)

    def whole(*_args: object) -> None:
        raise AssertionError("the whole wave was read to confirm one round")

    monkeypatch.setattr(WavePlan, "from_json", whole)
    monkeypatch.setattr(ProjectFile, "wave_ops", whole)
    confirmed = confirm_round(project, wave, 2)
    assert (confirmed.number, confirmed.total, [e for e, _ in confirmed.to_tick]) == (
        2, 4, ["q4@example.com", "q5@example.com", "q6@example.com", "q7@example.com"])
    monkeypatch.undo()
    assert [r.confirmed for r in portal_rounds(project, wave)] == [False, True, False]


def test_several_rounds_the_portal_took_are_confirmed_at_once_or_not_at_all(project: ProjectFile) -> None:
    wave = rounds_of_four(project)
    with pytest.raises(WizardError, match=r"wave .* has no portal round 4, 7"):
        confirm_rounds(project, wave, [1, 4, 7])
    assert not any(r.confirmed for r in portal_rounds(project, wave))  # nothing recorded
    before = len(project.audit_entries())
    assert [(r.number, len(r.to_tick)) for r in confirm_rounds(project, wave, [3, 1])] == [(1, 4), (3, 2)]
    assert [r.confirmed for r in portal_rounds(project, wave)] == [True, False, True]
    # the two rounds in one transaction: one audit entry holding both
    assert [e.action for e in project.audit_entries()[before:]] == ["wave changes"]
    # read back: round 1 in the list; 'all' then takes every round with people to add now, 1 no more
    project.wave_ops_done(wave, [(c.op_id, OpState.DONE, "") for c in load_plan(project, wave).rounds()[1]])
    assert [r.number for r in confirm_rounds(project, wave, None)] == [2, 3]
    with pytest.raises(WizardError, match="round 1 has nobody to add now"):
        confirm_rounds(project, wave, [1, 2])


def test_a_wave_planned_before_the_rounds_had_rows_of_their_own_gets_them_on_open(tmp_path) -> None:
    """A project of the previous format (4): its waves' rounds are copied from their plans when it is upgraded."""
    path = tmp_path / "older.psiproj"
    with ProjectFile.create(path) as project:
        wave = rounds_of_four(project)
    raw = sqlite3.connect(path)
    raw.execute("DROP TABLE wave_round")
    raw.execute("PRAGMA user_version = 4")
    raw.commit()
    raw.close()
    with ProjectFile.open(path) as project:
        assert [(r.number, r.total) for r in confirm_rounds(project, wave, None)] == [(1, 4), (2, 4), (3, 2)]
        assert not project.damage
