"""Hostile values through every path that builds or sends AMOs: the CLI's batch, the provisioning wave, and the
AMO session itself. A ';', '"', ',', '=', a line break or a non-ASCII digit in any field is refused with a
message naming the field and the value, and never becomes a second command, in a batch or on the SSH session."""

import asyncio
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.checks import amo_values
from wizard.checks.amo import SubscriberPlan, one_command, parse_amo_text, provisioning_batch
from wizard.checks.provisioning import RowState, WaveOptions, people, plan_wave
from wizard.cli import main
from wizard.connectors.os4k import AmoSession, SshAmoTransport
from wizard.errors import WizardError
from wizard.lab.os4k import LabStation, Os4kLab, Os4kModel
from wizard.provisioning.sources import read_os4k_file
from wizard.store.project import ProjectFile

SECOND = "DEL-SBCSU:STNO=3101;"
HOSTILE_STATIONS = ["3100;" + SECOND, '3100"', "31,00", "3100=1", "3100\n" + SECOND, "٣١٠٠", "3100²", "", "3 100"]
HOSTILE_EMAILS = ['a@example.com";' + SECOND + '"', 'a"b@example.com', "a,b@example.com", "a@example.com\n" + SECOND,
                  "ä@example.com", "a;b@example.com", "a b@example.com", "a=b@example.com,PMIDX=7"]
HOSTILE_PMIDX = ["5;" + SECOND, "5,PMIDX=6", "²", "٥", "0", "1000", "-1", "5\n"]
HOSTILE_ADDRESSES = ["1.2.3.4;" + SECOND, "1.2.3.4,PORT1=1", "999.999.999.999", 'sbc"x.example.com', "sbc..example.com",
                     "1.2.3.4\n" + SECOND, "sbc.example.com=1"]
HOSTILE_PORTS = ["0", "70000", "-1", "abc", "5061;" + SECOND, "٥٠٦١", "5061,SBCADDR1=x", "05061"]
HOSTILE_VOICEMAIL = ["7999;" + SECOND, "79,99", "٧٩٩٩", '7999"']
GOOD = SubscriberPlan("3100", "anna@example.com", "5")


def assert_single_commands(batch: list[str]) -> None:
    for line in batch:
        assert "\n" not in line
        parsed = parse_amo_text(line)
        assert len(parsed.commands) == 1 and not parsed.problems, line
        assert not any(c.noun == "SBCSU" and c.verb == "DELETE" for c in parsed.commands), line


@pytest.mark.parametrize(("field", "values"), [("stno", HOSTILE_STATIONS), ("email", HOSTILE_EMAILS),
                                               ("pmidx", HOSTILE_PMIDX)])
def test_the_batch_builder_refuses_a_hostile_subscriber_value(field: str, values: list[str]) -> None:
    for value in values:
        plan = SubscriberPlan(**{"stno": GOOD.stno, "email": GOOD.email, "pmidx": GOOD.pmidx, field: value})
        with pytest.raises(amo_values.AmoValueError) as caught:
            provisioning_batch([plan], config=None, sbc_public_address="203.0.113.10", sbc_port="65061")
        assert repr(value) in str(caught.value)


@pytest.mark.parametrize(("option", "values"), [("sbc_public_address", HOSTILE_ADDRESSES),
                                                ("sbc_port", HOSTILE_PORTS), ("voicemail_number", HOSTILE_VOICEMAIL)])
def test_the_batch_builder_refuses_a_hostile_site_value(option: str, values: list[str]) -> None:
    for value in values:
        kwargs = {"sbc_public_address": "sbc01.example.com", "sbc_port": "65061", "voicemail_number": "7999",
                  option: value}
        with pytest.raises(amo_values.AmoValueError):
            provisioning_batch([GOOD], config=None, **kwargs)


def test_good_values_still_make_a_batch() -> None:
    for address in ("203.0.113.10", "2001:db8::10", "sbc01.example.com", "SBC-01.Example.COM."):
        batch = provisioning_batch([GOOD], config=None, sbc_public_address=address, sbc_port="65061",
                                   voicemail_number="7999")
        assert_single_commands(batch)


def _csv(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    path = tmp_path / "subscribers.csv"
    path.write_text("Station;Email;PMIDX\n" + "".join(f"{a};{b};{c}\n" for a, b, c in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(("row", "column"), [
    (("3100\uff1bDEL", "anna@example.com", "5"), "Station"), (("٣١٠٠", "anna@example.com", "5"), "Station"),
    (("3100", 'anna@example.com"', "5"), "Email"), (("3100", "ännä@example.com", "5"), "Email"),
    (("3100", "anna@example.com", "²"), "PMIDX"), (("3100", "anna@example.com", "5=6"), "PMIDX"),
])
def test_amo_batch_names_the_line_column_and_value_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], row: tuple[str, str, str], column: str) -> None:
    path = _csv(tmp_path, [("3101", "bob@example.com", "5"), row])
    code = main(["amo", "batch", "--subscribers", str(path), "--sbc-address", "203.0.113.10", "--sbc-port", "65061"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert f"line 3, column {column}" in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_quoted_csv_cell_with_a_semicolon_cannot_become_a_second_amo(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.csv"
    path.write_text('Station,Email,PMIDX\n"3100;DEL-SBCSU:STNO=3101",anna@example.com,5\n', encoding="utf-8")
    assert main(["amo", "batch", "--subscribers", str(path), "--sbc-address", "x.example.com", "--sbc-port", "1"]) == 2
    assert "DEL-SBCSU" not in capsys.readouterr().out


@pytest.mark.parametrize(("flag", "value"), [("--sbc-address", "1.2.3.4;DEL-SBCSU:STNO=3101"),
                                             ("--sbc-address", "1.2.3.4,PORT1=1"), ("--sbc-port", "70000"),
                                             ("--sbc-port", "abc"), ("--voicemail-number", "7999;X")])
def test_amo_batch_refuses_hostile_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str,
                                             value: str) -> None:
    args = {"--sbc-address": "203.0.113.10", "--sbc-port": "65061", "--voicemail-number": "7999", flag: value}
    code = main(["amo", "batch", "--subscribers", str(_csv(tmp_path, [("3100", "anna@example.com", "5")])),
                 *[x for pair in args.items() for x in pair]])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and repr(value) in err


def test_a_wave_blocks_the_row_and_builds_nothing_from_a_hostile_source() -> None:
    text = (b"Station,Email\n"
            b'"3100;DEL-SBCSU:STNO=3101",anna@example.com\n'
            b'3102,"eve@example.com"";DEL-SBCSU:STNO=3101;"""\n'
            b"3103,carl@example.com\n")
    source = read_os4k_file(text, "stations.csv")
    options = WaveOptions("sbc01.example.com", "65061", "203.0.113.10", pmidx="5", voicemail_number="7999")
    rows = {r.key: r for r in people(None, source.config, [], options, settings_known=source.settings_known)}
    assert rows["anna@example.com"].state is RowState.BLOCKED
    assert rows["anna@example.com"].findings[0].code == "provision.subscriber-invalid-station"
    assert all(r.state is RowState.BLOCKED for k, r in rows.items() if k.startswith("eve"))
    plan = plan_wave([r for r in rows.values() if r.selectable], source.config, options)
    assert_single_commands([c.data["command"] for c in plan.changes if "command" in c.data])
    assert {c.person for c in plan.changes if c.person} == {"carl@example.com"}


@pytest.mark.parametrize(("field", "value"), [("pmidx", "5;" + SECOND), ("voicemail_number", "79,99"),
                                              ("sbc_public_ip", "1.2.3.4,PORT1=1"), ("sbc_port", "٦٥٠٦١")])
def test_a_wave_refuses_hostile_typed_options(field: str, value: str) -> None:
    config = read_os4k_file(b"Station,Email\n3100,anna@example.com\n", "s.csv").config
    base = {"sbc_fqdn": "sbc01.example.com", "sbc_port": "65061", "sbc_public_ip": "203.0.113.10", "pmidx": "5",
            "voicemail_number": "7999"}
    options = WaveOptions(**{**base, field: value})
    rows = people(None, config, [], options, settings_known=False)
    with pytest.raises(amo_values.AmoValueError, match="cannot go into an AMO"):
        plan_wave([r for r in rows if r.selectable], config, options)


def test_the_session_sends_nothing_that_is_not_one_command(tmp_path: Path) -> None:
    async def main_() -> tuple[int, list[str]]:
        lab = Os4kLab(Os4kModel(stations={"3100": LabStation(), "3101": LabStation()}))
        port = await lab.start()
        project = ProjectFile.create(tmp_path / "p.psiproj")
        refused = []
        try:
            for hostile in ("REG-PERSI:TYPE=STN,STNO=3100;" + SECOND, 'CHANGE-PERSI:EMAIL,3100,"a@b.c";\n' + SECOND,
                            'CHANGE-SBCSU:STNO=3100,OPT=OPTI,IPPASSW="<digest password>";'):
                transport = SshAmoTransport("127.0.0.1", port, lab.username, lab.password, timeout=5,
                                            host_key=lab.host_key)
                try:
                    await AmoSession(project, transport).run_batch(f"b{len(refused)}", [hostile])
                except WizardError as exc:
                    refused.append(exc.problem)
                finally:
                    await transport.close()
            return lab.commands, refused
        finally:
            project.close()
            await lab.stop()

    commands, refused = asyncio.run(main_())
    assert commands == 0 and len(refused) == 3  # not one line reached the PBX
    assert "placeholder" in refused[2]


def test_amo_run_judges_every_line_before_connecting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = ProjectFile.create(tmp_path / "p.psiproj")
    project.set_connection("os4k", {"host": "127.0.0.1", "port": "9", "user": "engr"})
    project.close()
    batch = tmp_path / "batch.txt"
    batch.write_text("REG-PERSI:TYPE=STN,STNO=3100;\nREG-PERSI:TYPE=STN,STNO=3100;" + SECOND + "\n")
    code = main(["amo", "run", str(tmp_path / "p.psiproj"), "--batch", str(batch), "--password-env", "NOPE_UNSET"])
    err = capsys.readouterr().err
    assert code == 2 and "AMO 2" in err and "nothing was sent" in err


VALUE = st.text(alphabet=st.sampled_from(list('0123456789;",=&\n\r abc@.-<>٣²')), max_size=20)


@settings(max_examples=300, deadline=None)
@given(stno=VALUE, email=VALUE, pmidx=VALUE, address=VALUE, port=VALUE, voicemail=VALUE)
def test_any_value_either_is_refused_or_yields_single_commands(stno: str, email: str, pmidx: str, address: str,
                                                               port: str, voicemail: str) -> None:
    try:
        batch = provisioning_batch([SubscriberPlan(stno, email, pmidx)], config=None, sbc_public_address=address,
                                   sbc_port=port, voicemail_number=voicemail)
    except amo_values.AmoValueError:
        return
    assert_single_commands(batch)
    for line in batch:
        if "<" not in line:
            one_command(line)
