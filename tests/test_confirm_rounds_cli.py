"""`provision --confirm-round WAVE N[,M…|all]` (#31 item 10): a 20,000-person site has 400 portal rounds, and the
portal takes several at once; the engineer's word for them is one command, not 400."""

import json
from pathlib import Path

from tests.test_laptop_faults import environment, new_site, wizard
from wizard.checks.provisioning import OpState, System
from wizard.errors import Exit
from wizard.provisioning.by_hand import portal_rounds
from wizard.provisioning.waves import load_plan
from wizard.store.project import ProjectFile

PEOPLE = 120  # three rounds of at most 50


def three_rounds(folder: Path, env: dict[str, str], people: int = PEOPLE) -> tuple[Path, str]:
    """A wave planned from files whose Zoom users are all active: its rounds (three of the default 120 people) have
    people to tick now."""
    project = new_site(folder / "site.psiproj")
    (folder / "zoom.csv").write_text("Email,First Name,Last Name,User Status\n" + "".join(
        f"p{i:03d}@example.com,P,{i},active\n" for i in range(people)), encoding="utf-8")
    (folder / "subs.txt").write_text("Station,Email\n" + "".join(
        f"{3000 + i},p{i:03d}@example.com\n" for i in range(people)), encoding="utf-8")
    planned = wizard("provision", str(project), "--plan", "--zoom-csv", str(folder / "zoom.csv"), "--subscribers",
                     str(folder / "subs.txt"), "--pmidx", "1", env=env)
    assert planned.returncode == Exit.OK, planned.stderr
    with ProjectFile.open(project) as p:
        wave = p.waves()[-1].wave_id
        p.wave_ops_done(wave, [(c.op_id, OpState.DONE, "") for c in load_plan(p, wave).of(System.ZOOM)])
    return project, wave


def confirmed(project: Path, wave: str) -> list[int]:
    with ProjectFile.open(project, read_only=True) as p:
        return [r.number for r in portal_rounds(p, wave) if r.confirmed]


def test_several_rounds_or_all_of_them_are_confirmed_in_one_command(tmp_path: Path) -> None:
    env = environment(tmp_path)
    project, wave = three_rounds(tmp_path, env)
    refused = wizard("provision", str(project), "--confirm-round", wave, "1,4", env=env)
    assert refused.returncode != Exit.OK and "has no portal round 4" in refused.stderr
    assert confirmed(project, wave) == []  # all named or none
    two = wizard("provision", str(project), "--confirm-round", wave, "1,3", "--json", env=env)
    assert two.returncode == Exit.OK, two.stderr
    said = json.loads(two.stdout)
    assert said["rounds"] == [1, 3] and len(said["confirmed"]) == 70
    assert confirmed(project, wave) == [1, 3]
    every = wizard("provision", str(project), "--confirm-round", wave, "all", env=env)
    assert every.returncode == Exit.OK, every.stderr
    assert f"rounds 1, 2, 3 of wave {wave} recorded as added ({PEOPLE} people)" in every.stdout
    assert confirmed(project, wave) == [1, 2, 3]
    one = wizard("provision", str(project), "--confirm-round", wave, "2", env=env)  # as before: one round
    assert one.returncode == Exit.OK and f"round 2 of wave {wave} recorded as added (50 people)" in one.stdout


def test_all_rounds_of_a_big_wave_are_said_in_one_line(tmp_path: Path) -> None:
    env = environment(tmp_path)
    project, wave = three_rounds(tmp_path, env, people=450)
    every = wizard("provision", str(project), "--confirm-round", wave, "all", env=env)
    assert every.returncode == Exit.OK, every.stderr
    assert f"9 rounds (1, 2, 3, 4, 5, 6, 7, 8 …) of wave {wave} recorded as added (450 people)" in every.stdout


def test_a_rounds_confirmation_judges_the_rows_it_reads_not_the_whole_file(tmp_path: Path) -> None:
    """Judging every page and value of a 20,000-person project took most of a second of each round's confirmation:
    it now judges what every open reads and the rows it reads as it reads them. A wrong value among those is refused
    with the same words as before; one elsewhere (an old audit entry) no longer stops the round, and the next open
    that reads the whole file still names it."""
    import sqlite3

    env = environment(tmp_path)
    project, wave = three_rounds(tmp_path, env)
    raw = sqlite3.connect(project)
    raw.execute("UPDATE audit SET actor = X'00' WHERE seq = 1")
    raw.commit()
    one = wizard("provision", str(project), "--confirm-round", wave, "1", env=env)
    assert one.returncode == Exit.OK, one.stderr
    shown = wizard("project", "show", str(project), env=env)
    assert shown.returncode == Exit.INPUT and "is damaged: audit.actor holds values that are not text (1)" in \
        shown.stderr, shown.stderr
    first = raw.execute("SELECT person FROM wave_round WHERE wave = ? AND number = 2 ORDER BY position LIMIT 1",
                        (wave,)).fetchone()[0]
    raw.execute("UPDATE wave_op SET state = X'00' WHERE wave = ? AND op_id = ?", (wave, f"zoom.active:{first}"))
    raw.commit()
    refused = wizard("provision", str(project), "--confirm-round", wave, "2", env=env)
    assert refused.returncode == Exit.INPUT, refused.stderr
    assert "is damaged: wave_op.state holds values that are not text (1)" in refused.stderr
    assert raw.execute("SELECT state FROM wave_op WHERE wave = ? AND op_id = 'psi.round:1'", (wave,)).fetchone() == \
        ("done",)
    assert raw.execute("SELECT COUNT(*) FROM wave_op WHERE wave = ? AND op_id = 'psi.round:2'", (wave,)).fetchone() \
        == (0,)
    raw.close()
