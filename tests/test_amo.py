import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.checks.amo import (
    SubscriberPlan,
    check_amo_text,
    mask_secrets,
    parse_amo_text,
    provisioning_batch,
    read_os4k_config,
)
from wizard.checks.result import Verdict
from wizard.errors import WizardError

# Output in the form the PBX prints it: prompt and echo, H500, the record as REG- commands (continued lines,
# quoted values, & lists), and the two-line completion.
GOOD = """\
<REG-SBCSU:STNO=3100;
H500: AMO SBCSU STARTED
ADD-SBCSU:STNO=3100,OPT=OPTI,CONN=IP2,DVCFIG=S2IP,COS1=1,PMIDX=5,
  IPPASSW="s3cr,et;x",CALLOG=ALL;
AMO-SBCSU-111 SUBSCRIBER CONFIGURATION OF OPENSCAPE 4000
REGENERATE COMPLETED;
<REG-PERSI:TYPE=STN,STNO=3100;
H500: AMO PERSI STARTED
CHANGE-PERSI:EMAIL,3100,"alice@example.com";
AMO-PERSI-111 PERSONAL IDENTIFICATION
REGENERATE COMPLETED;
ADD-RICHT:MODE=PM,IDX=5,SAN=7999,STYPE=OTHER;
ADD-SDAT:STNO=3100,TYPE=ATTRIBUT,AATTR=CLIP&DMCALLWD&NOTCW;
ADD-ANUM:TYPE=SYS,SYSNO=4711;
ADD-ANSU:TYPE=SYS,SYSNO=4711;
CHANGE-ZANDE:TYPE=OSMO,SBCADDR1=sbc01.example.com,PORT1=65061;
<
"""

SITE = {"sbc_public_address": "sbc01.example.com", "sbc_port": "65061"}


def codes(result) -> list[str]:
    return [f.code for f in result.findings]


def test_parser_handles_continuations_quotes_positional_and_messages() -> None:
    amo = parse_amo_text(GOOD)
    assert [(c.verb, c.noun) for c in amo.commands][:2] == [("REGENERATE", "SBCSU"), ("ADD", "SBCSU")]  # echo, answer
    sbcsu = amo.commands[1]
    assert (sbcsu.verb, sbcsu.noun, sbcsu.params["IPPASSW"], sbcsu.params["CALLOG"]) == \
        ("ADD", "SBCSU", "s3cr,et;x", "ALL")
    persi = amo.commands[3]
    assert persi.positional == ("EMAIL", "3100", "alice@example.com") and persi.verb == "CHANGE"
    assert [(m.kind, m.code) for m in amo.messages] == [("advisory", "H500"), ("advisory", "H500")]
    assert [(c.noun, c.verb, c.executed) for c in amo.completions] == [("SBCSU", "REGENERATE", True),
                                                                       ("PERSI", "REGENERATE", True)]
    assert amo.by_noun("SDAT")[0].values("AATTR") == ["CLIP", "DMCALLWD", "NOTCW"]


def test_a_fully_prepared_system_passes() -> None:
    result = check_amo_text(GOOD, **SITE)
    assert result.status is Verdict.PASS, result.findings
    assert result.evidence["system_numbers"] == {"ANUM": "4711", "ANSU": "4711"}


@pytest.mark.parametrize("change, code, fix_contains", [
    (('CHANGE-PERSI:EMAIL,3100,"alice@example.com";', ""), "amo.station-no-email", 'CHANGE-PERSI:EMAIL,3100,"'),
    (("ADD-RICHT:MODE=PM,IDX=5,SAN=7999,STYPE=OTHER;", ""), "amo.station-pmidx-no-route",
     "ADD-RICHT:MODE=PM,IDX=5,SAN="),
    (('  IPPASSW="s3cr,et;x",CALLOG=ALL;', "  CALLOG=ALL;"), "amo.station-no-digest", "CHANGE-SBCSU:STNO=3100"),
    (("CALLOG=ALL;", "CALLOG=TRIES;"), "amo.station-call-log", "ALL"),
    (("AATTR=CLIP&DMCALLWD&NOTCW", "AATTR=CLIP&NOTCW"), "amo.station-no-dmcallwd",
     "CHANGE-SDAT:3100,ATTRIBUT,DMCALLWD;"),
    (("ADD-ANSU:TYPE=SYS,SYSNO=4711;", "ADD-ANSU:TYPE=SYS,SYSNO=4712;"), "amo.system-number-mismatch", "same"),
    (("SYSNO=4711;\nADD-ANSU:TYPE=SYS,SYSNO=4711;", "SYSNO=0;"), "amo.system-number-unset", "ANUM"),
    (("PORT1=65061", "PORT1=5061"), "amo.osmo-port-differs", "PORT1=65061"),
    (("CHANGE-ZANDE:TYPE=OSMO,SBCADDR1=sbc01.example.com,PORT1=65061;", ""), "amo.osmo-sbc-missing",
     "CHANGE-ZANDE:TYPE=OSMO,SBCADDR1=sbc01.example.com,PORT1=65061;"),
])
def test_each_gap_is_a_finding_whose_fix_is_the_amo(change, code, fix_contains) -> None:
    old, new = change
    assert old in GOOD
    result = check_amo_text(GOOD.replace(old, new), **SITE)
    assert code in codes(result)
    finding = next(f for f in result.findings if f.code == code)
    assert fix_contains in finding.fix


def test_system_number_used_elsewhere_is_not_unique() -> None:
    result = check_amo_text(GOOD, other_system_numbers=["4711", "12"], **SITE)
    assert "amo.system-number-not-unique" in codes(result)


def test_missing_system_number_and_unknown_station() -> None:
    result = check_amo_text("ADD-SBCSU:STNO=3100,PMIDX=5;", stations=["3100", "3999"])
    assert "amo.system-number-missing" in codes(result)
    assert "amo.station-unknown" in codes(result)


def test_gateway_boards_are_not_guessed_at() -> None:
    """SIP via UDP lives in the gateway's WBM (guide §11.1, a step confirmed by screenshot): no key that happens to
    contain 'UDP' is read, and one board never hides another."""
    text = GOOD + ("CHANGE-CGWB:MTYPE=CGW,LTU=17,SLOT=2,TYPE=ASC,SIPUDP=YES;\n"
                   "CHANGE-CGWB:MTYPE=CGW,LTU=17,SLOT=3,TYPE=ASC,SIPUDP=NO;\n")
    result = check_amo_text(text, **SITE)
    assert result.status is Verdict.PASS and not any("udp" in f.code for f in result.findings)


def test_error_lines_in_the_output_are_reported() -> None:
    result = check_amo_text(GOOD + "F23: STATION 3199 NOT FOUND\n", **SITE)
    assert result.status is Verdict.WARN and "F23" in result.findings[0].message


def test_display_echo_lines_do_not_invent_stations() -> None:
    config = read_os4k_config(parse_amo_text("DIS-SBCSU:STNO=3105;\n" + GOOD))
    assert set(config.stations) == {"3100"}


@pytest.mark.parametrize("text, message", [
    ("ADD-SBCSU:STNO=3100,PMIDX=5\n", "no closing ';'"),
    ('CHANGE-PERSI:EMAIL,3100,"alice@example.com;\n', "no closing ';'"),
])
def test_broken_text_is_our_input_error(text: str, message: str) -> None:
    with pytest.raises(WizardError, match=message):
        parse_amo_text(text)


AMO_ALPHABET = st.sampled_from(list('ADDCHAREGSBCSU-:=,;"\n 3100FH23ab*'))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=AMO_ALPHABET, max_size=120) | st.text(max_size=120))
def test_parser_raises_only_our_error(text: str) -> None:
    try:
        result = check_amo_text(text)
    except WizardError:
        return
    assert result.status in (Verdict.PASS, Verdict.WARN, Verdict.FAIL)


def test_batch_for_new_subscribers_has_a_reg_before_every_change() -> None:
    batch = provisioning_batch([SubscriberPlan("3101", "bob@example.com", "5"),
                                SubscriberPlan("3100", "alice@example.com", "5")],
                               config=None, sbc_public_address="sbc01.example.com", sbc_port="65061",
                               voicemail_number="7999")
    changes = [i for i, line in enumerate(batch) if not line.startswith("REG-")]
    for i in changes:
        assert batch[i - 1].startswith("REG-"), f"{batch[i]} has no REG- before it"
    assert batch[1] == "CHANGE-ZANDE:TYPE=OSMO,SBCADDR1=sbc01.example.com,PORT1=65061;"
    assert "ADD-RICHT:MODE=PM,IDX=5,SAN=7999,STYPE=OTHER;" in batch
    assert batch.index('CHANGE-PERSI:EMAIL,3100,"alice@example.com";') < \
        batch.index('CHANGE-PERSI:EMAIL,3101,"bob@example.com";')


def test_batch_against_the_current_system_changes_only_what_differs() -> None:
    current = read_os4k_config(parse_amo_text(GOOD))
    batch = provisioning_batch([SubscriberPlan("3100", "alice@example.com", "5"),
                                SubscriberPlan("3101", "bob@example.com", "5")],
                               config=current, sbc_public_address="sbc01.example.com", sbc_port="65061")
    assert not any("3100" in line for line in batch)
    assert not any("ZANDE" in line or "RICHT" in line for line in batch)
    assert 'CHANGE-PERSI:EMAIL,3101,"bob@example.com";' in batch
    # the generated batch, once applied, closes every gap it was made for
    applied = GOOD + "\n".join(line for line in batch if not line.startswith("REG-")).replace(
        '<digest password>', "pw") + "\n"
    remaining = {f.code for f in check_amo_text(applied, stations=["3101"], **SITE).findings}
    assert remaining == {"amo.station-call-log-unknown"}  # the guide gives no AMO for the call log: set by hand


def test_digest_passwords_are_masked_for_evidence() -> None:
    masked = mask_secrets(GOOD)
    assert "s3cr" not in masked and 'IPPASSW="****"' in masked
    assert mask_secrets('CH-SBCSU:STNO=3100,IPPASS="Typo-Secret-9";') == 'CH-SBCSU:STNO=3100,IPPASS="****";'
    assert mask_secrets("CH-SBCSU:STNO=3100,IPP=Typo-Secret-9;") == 'CH-SBCSU:STNO=3100,IPP="****";'
    assert read_os4k_config(parse_amo_text(masked)).stations["3100"].has_password


@pytest.mark.parametrize("verb", ["AD", "ADD", "CH", "CHA", "CHAN", "CHANGE", "DISP", "DIS", "REG", "REGEN", "DEL",
                                  "EXEC"])
def test_verbs_are_read_in_any_unambiguous_abbreviation(verb: str) -> None:
    command = parse_amo_text(f"{verb}-PERSI:TYP=STN,STNO=3100;").commands[0]
    assert command.verb in ("ADD", "CHANGE", "DISPLAY", "REGENERATE", "DELETE", "EXEC")
    assert command.verb.startswith(verb) and command.params == {"TYPE": "STN", "STNO": "3100"}  # TYP= is TYPE=


def test_an_unknown_or_ambiguous_verb_is_a_finding_on_its_line_not_the_end_of_the_reading() -> None:
    text = "FOO-SBCSU:STNO=1;\nDE-SBCSU:STNO=2;\n" + GOOD
    amo = parse_amo_text(text)
    assert [(p.line, p.why.split(" ")[0]) for p in amo.problems] == [(1, "'FOO'"), (2, "'DE'")]
    result = check_amo_text(text, **SITE)
    assert [f.code for f in result.findings] == ["amo.unreadable-line", "amo.unreadable-line"]
    assert result.evidence["stations"] == 1  # the rest of the text was read


def test_not_executed_is_read_as_not_executed() -> None:
    amo = parse_amo_text("<CHA-SBCSU:STNO=3199,OPT=OPTI,PMIDX=5;\nH500: AMO SBCSU STARTED\n"
                         "AMO-SBCSU-111 SUBSCRIBER CONFIGURATION\nCHANGE NOT EXECUTED;\n<")
    assert [(c.noun, c.verb, c.executed) for c in amo.completions] == [("SBCSU", "CHANGE", False)]


def test_a_display_table_is_named_not_read_as_missing_records() -> None:
    table = ("DIS-SBCSU:STNO=3100;\nH500: AMO SBCSU STARTED\n+--------------------------------------+\n"
             "| STNO   = 3100     OPT  = OPTI       |\n| PMIDX  = 5        CALLOG = ALL     |\n"
             "+--------------------------------------+\nAMO-SBCSU-111 SUBSCRIBER CONFIGURATION\nDISPLAY COMPLETED;\n")
    result = check_amo_text(table, stations=["3100"], system_number=False)
    codes_found = [f.code for f in result.findings]
    assert codes_found[0] == "amo.display-table" and "REG-" in result.findings[0].fix


def test_ansu_holds_the_system_number_and_no_is_not_one() -> None:
    config = read_os4k_config(parse_amo_text("ADD-ANUM:TYPE=X,NO=12;\nADD-ANSU:TYPE=SYS,SYSNO=4711;\n"))
    assert config.system_numbers == {"ANSU": "4711"}
    mismatch = check_amo_text(GOOD.replace("ADD-ANUM:TYPE=SYS,SYSNO=4711;", "ADD-ANUM:TYPE=SYS,SYSNO=4712;"), **SITE)
    finding = next(f for f in mismatch.findings if f.code == "amo.system-number-mismatch")
    assert finding.severity.value == "warning" and "not confirmed" in finding.fix


def test_a_dmcallwd_list_removal_takes_it_away() -> None:
    text = GOOD + "CHANGE-SDAT:STNO=3100,TYPE=ATTRIBUT,DATTR=NOTCW&DMCALLWD;\n"
    assert not read_os4k_config(parse_amo_text(text)).stations["3100"].dmcallwd
