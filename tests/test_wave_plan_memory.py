"""A stored plan is read from its text when its changes are asked for, not held parsed (#31 item 10): a
20,000-person plan is 40 MB of JSON and was 120 MB as Change objects, held whole for a wave's run. What is read
must be the plan as stored (the text the audit log's SHA-256 is of), and a damaged plan is still refused whole."""

import json
import sqlite3
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from wizard.checks.amo import Os4kConfig, Station
from wizard.checks.provisioning import Change, OpState, System, WaveOptions, WavePlan, people, plan_wave
from wizard.checks.users import ZoomUser
from wizard.errors import WizardError
from wizard.provisioning import by_hand
from wizard.provisioning.by_hand import portal_rounds, rounds_of
from wizard.provisioning.waves import new_wave
from wizard.store.project import _ROUND_ROWS, ProjectFile

OPTIONS = WaveOptions("sbc01.example.com", "65061", "203.0.113.10", pmidx="1", voicemail_number="7999")


def big_plan(people: int) -> WavePlan:
    """The changes a wave makes per person (invitation, activation, portal round, AMOs, Assistant, read-back)."""
    changes: list[Change] = []
    for i in range(people):
        email, stno = f"person{i:05d}@example.com", str(40000 + i)
        changes += [
            Change(f"zoom.user:{email}", System.ZOOM, email, f"invite {email} to Zoom",
                   {"email": email, "first_name": f"p{i}", "last_name": "", "type": "2"}),
            Change(f"zoom.active:{email}", System.ZOOM, email, f"{email} activates", {"email": email}),
            Change(f"psi.portal:{email}", System.PSI, email, f"round {i // 50 + 1}: tick {email}",
                   {"email": email, "name": f"P {i}", "stno": stno}, i // 50 + 1),
            *(Change(f"amo:{4 * i + k}", System.OS4K, email, f"CHANGE-SBCSU:STNO={stno},K={k};",
                     {"command": f"CHANGE-SBCSU:STNO={stno},K={k};"}) for k in range(4)),
            Change(f"assistant:{email}", System.ASSISTANT, email, f"Assistant: {email}",
                   {"email": email, "first_name": f"p{i}", "last_name": "", "stno": stno}),
            Change(f"verify:{email}", System.VERIFY, email, f"read back {email}", {"email": email, "stno": stno})]
    return WavePlan(tuple(f"person{i:05d}@example.com" for i in range(people)), OPTIONS, tuple(changes))


def test_a_stored_plan_holds_little_more_than_its_text() -> None:
    text = big_plan(2000).to_json()
    tracemalloc.start()
    try:
        plan = WavePlan.from_json(text)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # the text itself is the caller's: what the parse keeps beside it is where each change starts (8 bytes each)
    # and its stage; parsed whole, the plan held three times the text's size
    assert held < len(text) / 5, f"{held / 1e6:.1f} MB held for a {len(text) / 1e6:.1f} MB plan"
    assert len(plan.changes) == 2000 * 9


def test_a_plan_is_written_without_holding_it_twice_more() -> None:
    plan = big_plan(2000)
    tracemalloc.start()
    try:
        text = plan.to_json()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # the text and its changes' pieces before they are joined; encoded as one object, the changes were held as
    # dicts and as the encoder's pieces besides (3.4 times the text)
    assert peak < 2.8 * len(text), f"{peak / 1e6:.1f} MB at most to write a {len(text) / 1e6:.1f} MB plan"


def test_what_a_stored_plan_gives_is_the_plan_as_stored() -> None:
    planned = big_plan(120)
    stored = WavePlan.from_json(planned.to_json())
    assert stored == planned and stored.to_json() == planned.to_json()
    for system in System:
        assert list(stored.of(system)) == [c for c in planned.changes if c.system is system]
        assert stored.count(system) == len(stored.of(system))
    assert stored.rounds() == planned.rounds()
    amos = stored.of(System.OS4K)
    assert amos[5] == planned.changes[9 + 3 + 1] and amos[-1] == planned.changes[-3] and amos[2:4] == list(amos)[2:4]


def test_a_plan_written_with_white_space_reads_the_same() -> None:
    planned = big_plan(3)
    spaced = json.dumps(json.loads(planned.to_json()), indent=2)
    assert WavePlan.from_json(spaced) == planned


@pytest.mark.parametrize("damage", [
    lambda d: d["changes"][7].pop("op_id"),
    lambda d: d["changes"][3].update(system="fax"),
    lambda d: d.pop("changes"),
    lambda d: d.pop("people"),
    lambda d: d.update(changes={"not": "a list"}),
])
def test_a_damaged_stored_plan_is_refused_whole_when_read(damage: Callable[[dict], object]) -> None:
    data = json.loads(big_plan(3).to_json())
    damage(data)
    with pytest.raises(WizardError, match="cannot be read"):
        WavePlan.from_json(json.dumps(data))


def test_a_cut_plan_is_refused() -> None:
    text = big_plan(3).to_json()
    for cut in (len(text) // 2, len(text) - 1, 1):
        with pytest.raises(WizardError, match="cannot be read"):
            WavePlan.from_json(text[:cut])


def test_the_rounds_list_is_read_from_the_rounds_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with ProjectFile.create(tmp_path / "rounds.psiproj") as project:
        planned = big_plan(120)
        wave = new_wave(project, planned)
        project.wave_ops_done(wave, [(c.op_id, OpState.DONE, "") for c in planned.of(System.ZOOM)][:150])
        expected = rounds_of(planned, project.wave_ops(wave))

        def not_read(*_: object) -> None:
            raise AssertionError("the whole plan was read for the rounds")

        monkeypatch.setattr(by_hand, "load_plan", not_read)
        assert portal_rounds(project, wave) == expected
        assert [r.total for r in expected] == [50, 50, 20] and len(expected[1].to_tick) == 25
        with pytest.raises(WizardError, match="no wave"):  # a wave it does not have is still named as such
            monkeypatch.undo()
            portal_rounds(project, "W-none")


def site_rows(count: int) -> tuple[list, Os4kConfig]:
    """`count` people with a Zoom user still to invite and a station that needs every §7.2 AMO."""
    config = Os4kConfig(stations={str(40000 + i): Station(str(40000 + i), f"p{i:05d}@example.com", "", False, "",
                                                          False) for i in range(count)})
    rows = people([ZoomUser(f"p{i:05d}@example.com", "P", str(i), "active", i + 2) for i in range(count // 2)],
                  config, [], OPTIONS)
    return [r for r in rows if r.selectable], config


def test_planning_holds_little_more_than_the_plans_text() -> None:
    rows, config = site_rows(2000)
    tracemalloc.start()
    try:
        planned = plan_wave(rows, config, OPTIONS)
        text = planned.to_json()  # what is stored
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(planned.changes) > 2000 * 8 and planned == WavePlan.from_json(text)
    # held: the text and where each change starts; at the peak also the text's bytes as written. Made as objects
    # first and then written, the changes took 2.3 times their text beside it, 4.6 times at the peak (the peak of
    # planning a 20,000-person wave)
    assert held < 1.5 * len(text), f"{held / 1e6:.1f} MB held for a {len(text) / 1e6:.1f} MB plan"
    assert peak < 3 * len(text), f"{peak / 1e6:.1f} MB at most to plan a {len(text) / 1e6:.1f} MB plan"


def test_a_new_waves_rounds_rows_are_those_its_stored_plan_names(tmp_path: Path) -> None:
    """The rows are made from the plan at hand, no longer by SQLite from the stored text: both give the same."""
    rows, config = site_rows(130)
    with ProjectFile.create(tmp_path / "rows.psiproj") as project:
        new_wave(project, plan_wave(rows, config, OPTIONS, round_size=40))
        conn = sqlite3.connect(project.path)
        try:
            made = conn.execute("SELECT wave, number, position, op_id, person, email, name FROM wave_round "
                                "ORDER BY number, position").fetchall()
            from_text = conn.execute(_ROUND_ROWS.format(wave="w.id", plan="w.plan", source="wave AS w,")
                                     + " ORDER BY 2, 3").fetchall()
        finally:
            conn.close()
    assert made == from_text and len(made) == 130 and made[-1][1] == 4
