import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wizard.store.errors import DiskFull, NewerSchema, NotAProject, ProjectError, ProjectLocked, ProjectReadOnly
from wizard.store.project import SCHEMA_VERSION, Mode, ProjectFile


@pytest.fixture
def project(tmp_path: Path):
    p = ProjectFile.create(tmp_path / "site.psiproj", actor="alice")
    yield p
    p.close()


def test_changes_survive_close_and_reopen(tmp_path: Path, project: ProjectFile) -> None:
    project.set_site_field("customer", "Example Corp")
    project.set_step_input("2.2-version-sbc", "observed", "V11 R2.1.0")
    project.confirm_step("2.2-admin-pc-internet", "Browsed to the portals", [("shot.png", b"\x89PNG data")])
    project.waive_step("5-os4k-zoom-licences", "Licences checked by the customer's partner")
    project.set_ui_state("chapter", "prerequisites")
    project.close()

    with ProjectFile.open(tmp_path / "site.psiproj", actor="bob") as again:
        assert again.site() == {"customer": "Example Corp"}
        assert again.step_inputs("2.2-version-sbc") == {"observed": "V11 R2.1.0"}
        records = again.step_records()
        assert records["2.2-admin-pc-internet"].status == "confirmed"
        assert records["2.2-admin-pc-internet"].note == "Browsed to the portals"
        assert records["5-os4k-zoom-licences"].status == "waived"
        [ev] = again.evidence("2.2-admin-pc-internet")
        assert ev.sha256 == hashlib.sha256(b"\x89PNG data").hexdigest()
        assert again.evidence_data(ev.id) == b"\x89PNG data"
        assert again.ui_state() == {"chapter": "prerequisites"}
        assert again.verify_audit().intact


def test_audit_records_who_what_old_and_new(project: ProjectFile) -> None:
    project.set_site_field("site", "Munich")
    project.set_site_field("site", "Munich HQ")
    entries = [e for e in project.audit_entries() if e.field == "site"]
    assert [(e.actor, e.old, e.new) for e in entries] == [("alice", None, "Munich"), ("alice", "Munich", "Munich HQ")]


def test_records_name_the_engineer_from_the_site_page_and_the_audit_keeps_the_login(project: ProjectFile) -> None:
    project.confirm_step("2.2-admin-pc-internet", "before the engineer was entered")
    assert project.step_records()["2.2-admin-pc-internet"].updated_by == "alice"
    project.set_site_field("engineer", "Eva Berger")
    project.waive_step("5-os4k-zoom-licences", "checked by the partner")
    project.attach("site-details", "note.txt", b"x")
    assert project.step_records()["5-os4k-zoom-licences"].updated_by == "Eva Berger"
    assert project.evidence("site-details")[-1].created_by == "Eva Berger"
    assert project.audit_entries()[-1].actor == "Eva Berger (alice)"
    assert project.verify_audit().intact
    with ProjectFile.open(project.path, actor="bob", force=True) as again:  # read again: the name is kept
        again.confirm_step("2.2-admin-pc-internet", "seen again")
        assert again.step_records()["2.2-admin-pc-internet"].updated_by == "Eva Berger"
        assert again.audit_entries()[-1].actor == "Eva Berger (bob)"


def test_evidence_is_kept_once_and_what_the_wizard_records_again_replaces_its_earlier_copy(
        project: ProjectFile) -> None:
    first = project.keep_evidence("site-details", "connection-zoom.json", b'{"ok": false}', replace=True)
    again = project.keep_evidence("site-details", "connection-zoom.json", b'{"ok": true}', replace=True)
    assert first == again and project.evidence_data(first) == b'{"ok": true}'
    assert [e.name for e in project.evidence("site-details")] == ["connection-zoom.json"]
    replaced = [e for e in project.audit_entries() if e.action == "evidence replaced"]
    assert len(replaced) == 1 and replaced[0].old != replaced[0].new  # both hashes stay in the audit log
    # the engineer's own files are never replaced by a namesake; the very same file is kept once
    project.attach("9.3-certificate-files", "screenshot.png", b"one")
    project.attach("9.3-certificate-files", "screenshot.png", b"two")
    project.attach("9.3-certificate-files", "screenshot.png", b"two")
    assert [project.evidence_data(e.id) for e in project.evidence("9.3-certificate-files")] == [b"one", b"two"]
    assert project.verify_audit().intact


def test_unchanged_value_writes_no_audit_entry(project: ProjectFile) -> None:
    project.set_site_field("site", "Munich")
    count = len(project.audit_entries())
    project.set_site_field("site", "Munich")
    assert len(project.audit_entries()) == count


def test_confirm_needs_a_note_and_waive_needs_a_reason(project: ProjectFile) -> None:
    with pytest.raises(ProjectError, match="needs a note"):
        project.confirm_step("2.2-admin-pc-internet", "  ")
    with pytest.raises(ProjectError, match="needs a reason"):
        project.waive_step("2.2-admin-pc-internet", "")
    assert project.step_records() == {}


@pytest.mark.parametrize(
    "tamper, expected",
    [
        ("UPDATE audit SET new = 'Evil Corp' WHERE field = 'customer'", "altered after it was written"),
        ("DELETE FROM audit WHERE seq = 2", "missing"),
        ("DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)", "removed at the end"),
    ],
)
def test_any_edit_of_history_is_detected(tmp_path: Path, project: ProjectFile, tamper: str, expected: str) -> None:
    project.set_site_field("customer", "Example Corp")
    project.set_site_field("site", "Munich")
    assert project.verify_audit().intact
    project.close()
    raw = sqlite3.connect(tmp_path / "site.psiproj")
    raw.execute(tamper)
    raw.commit()
    raw.close()
    with ProjectFile.open(tmp_path / "site.psiproj") as again:
        report = again.verify_audit()
    assert not report.intact
    assert any(expected in p for p in report.problems), report.problems


def test_evidence_altered_in_the_file_is_refused(tmp_path: Path, project: ProjectFile) -> None:
    project.attach("2.2-system-number", "anum.txt", b"DIS-ANUM output")
    project.close()
    raw = sqlite3.connect(tmp_path / "site.psiproj")
    raw.execute("UPDATE evidence SET data = ?", (b"forged",))
    raw.commit()
    raw.close()
    with ProjectFile.open(tmp_path / "site.psiproj") as again, pytest.raises(ProjectError, match="SHA-256"):
        again.evidence_data(again.evidence()[0].id)


def test_text_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "notes.psiproj"
    path.write_text("customer notes, not a database\n" * 20)
    with pytest.raises(NotAProject, match="not a PSI project"):
        ProjectFile.open(path)
    assert path.read_text().startswith("customer notes")


def test_other_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    with pytest.raises(NotAProject, match="database, but not a PSI project"):
        ProjectFile.open(path)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "empty.psiproj").touch()
    with pytest.raises(NotAProject, match="empty"):
        ProjectFile.open(tmp_path / "empty.psiproj")
    with pytest.raises(ProjectError, match="does not exist"):
        ProjectFile.open(tmp_path / "nowhere.psiproj")


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path, project: ProjectFile) -> None:
    project.close()
    path = tmp_path / "site.psiproj"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchema, match="newer wizard"):
        ProjectFile.open(path)
    assert path.read_bytes() == before


def test_read_only_project_refuses_writes_with_a_message(tmp_path: Path, project: ProjectFile) -> None:
    project.set_site_field("customer", "Example Corp")
    project.close()
    with ProjectFile.open(tmp_path / "site.psiproj", read_only=True) as ro:
        assert ro.site() == {"customer": "Example Corp"}
        with pytest.raises(ProjectReadOnly, match="read-only"):
            ro.set_site_field("customer", "Other")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permission bits")
def test_write_protected_file_is_reported(tmp_path: Path, project: ProjectFile) -> None:
    project.close()
    path = tmp_path / "site.psiproj"
    path.chmod(0o444)
    with pytest.raises(ProjectReadOnly, match="cannot be written"):
        ProjectFile.open(path)


def test_disk_full_keeps_everything_saved_before(tmp_path: Path, project: ProjectFile) -> None:
    project.set_site_field("customer", "Example Corp")
    pages = project._conn.execute("PRAGMA page_count").fetchone()[0]
    project._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the file may not grow: a full disk
    with pytest.raises(DiskFull, match="full"):
        project.attach("2.2-system-number", "big.bin", os.urandom(200_000))
    project.close()
    with ProjectFile.open(tmp_path / "site.psiproj") as again:
        assert again.site() == {"customer": "Example Corp"}
        assert again.evidence() == []
        assert again.verify_audit().intact


HOLDER = textwrap.dedent("""
    import sys, time
    from wizard.store.project import ProjectFile
    p = ProjectFile.open(sys.argv[1], actor="holder")
    print("open", flush=True)
    time.sleep(60)
""")


def test_second_wizard_is_told_who_has_the_project_and_a_dead_one_is_taken_over(
        tmp_path: Path, project: ProjectFile) -> None:
    project.close()
    path = tmp_path / "site.psiproj"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectLocked, match=f"process {holder.pid}"):
            ProjectFile.open(path)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with ProjectFile.open(path) as again:  # the holder died: its lock is stale
        assert again.verify_audit().intact


def test_mode_changes_are_audited(project: ProjectFile) -> None:
    project.set_mode(Mode.OFFLINE)
    assert project.mode is Mode.OFFLINE
    last = project.audit_entries()[-1]
    assert (last.action, last.old, last.new) == ("mode", "live", "offline")


def test_save_as_continues_in_the_copy(tmp_path: Path, project: ProjectFile) -> None:
    project.set_site_field("customer", "Example Corp")
    copy = project.save_as(tmp_path / "copy.psiproj")
    try:
        copy.set_site_field("site", "Berlin")
        assert copy.site() == {"customer": "Example Corp", "site": "Berlin"}
        assert copy.verify_audit().intact
        assert copy.audit_entries()[-2].action == "saved as"
    finally:
        copy.close()
    with ProjectFile.open(tmp_path / "site.psiproj") as original:
        assert "site" not in original.site()


def test_a_version_1_project_is_migrated_on_open_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "old.psiproj"
    with ProjectFile.create(path, actor="alice") as p:
        p.set_site_field("customer", "Example Corp")
    raw = sqlite3.connect(path)  # make it a file as the first release wrote it
    for table in ("amo_journal", "wave", "wave_op", "wave_round"):
        raw.execute(f"DROP TABLE {table}")
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()
    with ProjectFile.open(path, actor="bob") as p:
        assert p.site() == {"customer": "Example Corp"}
        p.journal_sending("b1", 0, "REG-SBCSU:STNO=3100;")
        assert [e.state for e in p.journal("b1")] == ["sent"]
        p.create_wave("W1", "{}", "key")
        p.wave_op_sending("W1", "zoom.user:a@example.com")
        assert p.wave_ops("W1")["zoom.user:a@example.com"].state == "sent"
        last = [e for e in p.audit_entries() if e.action == "project format upgraded"]
        assert (last[0].old, last[0].new) == ("1", str(SCHEMA_VERSION))
        assert p.verify_audit().intact


def test_an_attachment_a_steps_input_names_cannot_be_removed_and_a_removal_is_audited(tmp_path: Path) -> None:
    with ProjectFile.create(tmp_path / "p.psiproj") as project:
        kept = project.keep_evidence("9.3-certificate-files", "server.pem", b"-----BEGIN CERTIFICATE-----")
        project.set_step_input("9.3-certificate-files", "cert", f"evidence:{kept}")
        other = project.keep_evidence("9.3-certificate-files", "photo.png", b"\x89PNG")
        with pytest.raises(ProjectError, match="input names"):
            project.remove_evidence("9.3-certificate-files", kept)
        with pytest.raises(ProjectError, match="no attachment"):
            project.remove_evidence("another-step", other)  # only from the step it is on
        project.remove_evidence("9.3-certificate-files", other)
        assert [e.name for e in project.evidence("9.3-certificate-files")] == ["server.pem"]
        assert project.audit_entries()[-1].action == "evidence removed" and project.verify_audit().intact


def test_a_wave_changes_detail_keeps_its_wording_for_the_window(tmp_path: Path) -> None:
    """The English line for the CLI and the report, and the wording and values the window says in its language."""
    from wizard.said import Said

    with ProjectFile.create(tmp_path / "w.psiproj") as project:
        project.create_wave("W1", "{}", "key")
        project.wave_ops_done("W1", [("a", "waiting", Said("round {number}, once the Zoom user is active", number=2)),
                                     ("b", "done", "the PBX's own words")])
        entries = project.wave_ops("W1")
    assert entries["a"].detail == "round 2, once the Zoom user is active"
    assert entries["a"].detail.wording == "round {number}, once the Zoom user is active"  # type: ignore[attr-defined]
    assert entries["a"].detail.values == {"number": "2"}  # type: ignore[attr-defined]
    assert not hasattr(entries["b"].detail, "wording")  # a live system's words stay as they are


def test_a_waves_journal_shares_the_outcomes_its_changes_have_in_common(tmp_path: Path) -> None:
    """A 20,000-person wave's journal holds 60,000 'done'/'active' outcomes and a few hundred distinct ones: each
    distinct outcome is made once when it is read, not once a change (it held 112 MB at that size)."""
    from wizard.said import Said

    with ProjectFile.create(tmp_path / "w.psiproj") as project:
        project.create_wave("W1", "{}", "key")
        project.wave_ops_done("W1", [(f"zoom.active:p{i}", "done", Said("active")) for i in range(3)] +
                              [("zoom.active:q", "waiting", Said("round {number}, once the Zoom user is active",
                                                                 number=2))])
        entries = project.wave_ops("W1")
        some = project.wave_ops_of("W1", ["zoom.active:p1", "zoom.active:p2"])
    assert entries["zoom.active:p0"].detail is entries["zoom.active:p2"].detail
    assert entries["zoom.active:p0"].detail.wording == "active"  # type: ignore[attr-defined]
    assert some["zoom.active:p1"].detail is some["zoom.active:p2"].detail
    assert entries["zoom.active:q"].detail == "round 2, once the Zoom user is active"
    assert entries["zoom.active:q"].state == "waiting" and entries["zoom.active:p1"].state == "done"
