import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.checks.comparison import check_comparison_report
from wizard.checks.result import Severity, Verdict
from wizard.checks.tables import read_table
from wizard.checks.users import read_subscribers, read_zoom_users, reconcile
from wizard.errors import WizardError


def zoom_csv(rows: list[str], header: str = "Email,First Name,Last Name,Department", sep: str = ",") -> bytes:
    return ("\n".join([header.replace(",", sep), *rows]) + "\n").encode()


def codes(result) -> list[str]:
    return [f.code for f in result.findings]


def test_columns_are_found_by_name_not_position() -> None:
    data = b"Department;Last Name;First Name;Email\nSales;Meier;Anna;anna@example.com\n"
    users = read_zoom_users(data, "zoom.csv").users
    assert users[0].email == "anna@example.com" and users[0].first_name == "Anna"


def test_german_excel_export_semicolons_bom_and_windows_1252() -> None:
    data = "Email;Vorname;Nachname\r\njürgen@example.com;Jürgen;Müller\r\n".encode("cp1252")
    table = read_table(data, "export.csv")
    assert (table.encoding, table.delimiter) == ("Windows-1252", ";")
    assert table.rows[0][1]["Vorname"] == "Jürgen"
    bom = "\ufeffEmail\tFirst Name\nx@example.com\tX\n".encode()
    table = read_table(bom, "tab.csv")
    assert (table.encoding, table.delimiter, table.headers[0]) == ("UTF-8 with BOM", "\t", "Email")


def test_quoted_fields_with_commas_and_line_breaks_keep_line_numbers() -> None:
    data = b'Email,First Name,Last Name\n"a@example.com","Anne, Jr.","two\nlines"\nb@example.com,B,B\n'
    users = read_zoom_users(data, "z.csv").users
    assert users[0].first_name == "Anne, Jr." and users[0].last_name == "two\nlines"
    assert [u.line for u in users] == [2, 4]


def test_missing_email_column_quotes_the_header() -> None:
    with pytest.raises(WizardError, match="no Email column; its header row reads 'Name,Vorname'"):
        read_zoom_users(b"Name,Vorname\nx,y\n", "wrong-export.csv")


def test_reconciliation_reports_every_way_a_join_fails() -> None:
    zoom = read_zoom_users(zoom_csv([
        "alice@example.com,A,A,", "Bob@Example.com,B,B,", "carol@example.com ,C,C,", "dave@example.com,D,D,",
        "dave@example.com,D,D,", "not-an-email,E,E,", "frank@example.com,F,F,",
    ]), "zoom.csv")
    subs = read_subscribers(b"Station,Email\n3100,alice@example.com\n3101,bob@example.com\n3102,carol@example.com\n"
                            b"3103,gina@example.com\n3104,gina@example.com\n3105,henry@example.com\n", "os4k.csv")
    result = reconcile(zoom, subs)
    found = codes(result)
    assert "users.email-differs" in found            # Bob: capitals
    assert "users.email-spaces" in found             # carol: trailing space
    assert "users.zoom-duplicate" in found           # dave twice
    assert "users.invalid-email" in found            # not-an-email
    assert "users.subscriber-duplicate-email" in found  # gina on 3103 and 3104
    assert "users.zoom-without-subscriber" in found  # frank
    assert "users.subscriber-without-zoom" in found  # henry
    assert result.evidence["batches"] == [["alice@example.com"]]
    differs = next(f for f in result.findings if f.code == "users.email-differs")
    assert differs.fix.startswith('CHANGE-PERSI:EMAIL,3101,"Bob@Example.com";')


def test_batches_are_at_most_50_stable_and_reproducible() -> None:
    rows = [f"user{i:04d}@example.com,U,{i}," for i in range(123)]
    first = reconcile(read_zoom_users(zoom_csv(rows), "z.csv"), None)
    second = reconcile(read_zoom_users(zoom_csv(list(reversed(rows))), "z.csv"), None)
    assert [len(b) for b in first.evidence["batches"]] == [50, 50, 23]
    assert first.evidence["batches"] == second.evidence["batches"]
    assert first.evidence["batches"][0][0] == "user0000@example.com"
    with pytest.raises(WizardError, match="at most 50"):
        reconcile(read_zoom_users(zoom_csv(rows), "z.csv"), None, batch_size=51)


def test_subscribers_from_amo_output() -> None:
    amo = b'CHANGE-PERSI:EMAIL,3100,"alice@example.com";\nCHANGE-PERSI:EMAIL,3101,"bob@example.com";\n'
    subs = read_subscribers(amo, "persi.txt")
    assert {(s.stno, s.email) for s in subs} == {("3100", "alice@example.com"), ("3101", "bob@example.com")}


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400) | st.text(alphabet=st.sampled_from(list('Email,;\t"\n\rxy@.é')), max_size=200).map(
    lambda t: t.encode("utf-8")))
def test_csv_reader_raises_only_our_error(data: bytes) -> None:
    try:
        zoom = read_zoom_users(data, "fuzz.csv")
        reconcile(zoom, None)
    except WizardError:
        pass


def test_cli_users_json_includes_batches_and_bad_file_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "zoom.csv").write_bytes(zoom_csv(["a@example.com,A,A,", "b@example.com,B,B,"]))
    (tmp_path / "os4k.csv").write_bytes(b"Station;Email\n3100;a@example.com\n")
    result = subprocess.run([sys.executable, "-m", "wizard", "check", "users", "--zoom", str(tmp_path / "zoom.csv"),
                             "--os4k", str(tmp_path / "os4k.csv"), "--json"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["evidence"]["batches"] == [["a@example.com"]]
    assert {f["code"] for f in data["findings"]} == {"users.zoom-without-subscriber", "users.status-not-shown"}
    (tmp_path / "bad.csv").write_bytes(b"Name,Department\nx,y\n")
    bad = subprocess.run([sys.executable, "-m", "wizard", "check", "users", "--zoom", str(tmp_path / "bad.csv")],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "header row reads 'Name,Department'" in bad.stderr and "Traceback" not in bad.stderr


COMPARISON = b"""email,name,clUserId,licenses,zmUserId,zmUserStatus,zmSipPhoneId,zmSipPhoneNumber,zmSipPhoneMobileId,\
zmSipPhoneMobileNumber,issues
alice@example.com,Alice,cl1,"[""ZoomPSI""]",zm1,active,sp1,+4989100,,,
bob@example.com,Bob,cl2,"[""ZoomPSI""]",zm2,pending,,,,,"[""ZoomUserStatusPending"",""ZoomSipPhoneNotFound""]"
carol@example.com,Carol,cl3,[],zm3,active,,,,,"[""NoClZoomPsiLicense"",""ZoomSipPhoneNotFound""]"
dave@example.com,Dave,,,,,,,,,CloudLinkUserNotFound;FutureIssueName
"""


def test_comparison_report_maps_issues_and_honours_the_licence_rule() -> None:
    result = check_comparison_report(COMPARISON, "report.csv")
    found = [(f.code, f.message.split(" ")[0]) for f in result.findings]
    assert ("comparison.ZoomUserStatusPending", "bob@example.com") in found
    assert ("comparison.ZoomSipPhoneNotFound", "bob@example.com") in found
    assert ("comparison.NoClZoomPsiLicense", "carol@example.com") in found
    assert ("comparison.ZoomSipPhoneNotFound", "carol@example.com") not in found  # no checks past the licence
    assert ("comparison.not-evaluated", "carol@example.com:") in found
    unknown = next(f for f in result.findings if f.code == "comparison.unknown-issue")
    assert "FutureIssueName" in unknown.message and unknown.severity is Severity.WARNING
    assert result.status is Verdict.FAIL
    assert result.evidence["users_with_issues"] == 3


def test_comparison_report_with_no_issues_passes() -> None:
    result = check_comparison_report(COMPARISON.split(b"\n")[0] + b"\n" + COMPARISON.split(b"\n")[1] + b"\n", "r")
    assert result.status is Verdict.PASS


def test_only_activated_users_are_batched_and_the_others_are_named_with_why() -> None:
    """Guide §7.1.3.2: only activated Zoom users can be added to the integration."""
    zoom = read_zoom_users(zoom_csv(["anna@example.com,A,A,Active", "ben@example.com,B,B,Pending",
                                     "carl@example.com,C,C,Inactive", "dora@example.com,D,D,"],
                                    header="Email,First Name,Last Name,Status"), "zoom.csv")
    result = reconcile(zoom, None)
    assert result.evidence["batches"] == [["anna@example.com"]]
    named = {f.code: f for f in result.findings}
    assert "ben@example.com" in named["users.pending"].message and "§7.1.2" in named["users.pending"].fix
    not_active = [f.message for f in result.findings if f.code == "users.not-active"]
    assert any("carl@example.com is 'Inactive'" in m for m in not_active)
    assert "dora@example.com shows no status" in named["users.no-status"].message


def test_a_file_without_a_status_column_says_it_cannot_tell() -> None:
    result = reconcile(read_zoom_users(zoom_csv(["anna@example.com,A,A,"]), "zoom.csv"), None)
    assert result.status is Verdict.WARN and "users.status-not-shown" in codes(result)
    assert result.evidence["batches"] == [["anna@example.com"]]
